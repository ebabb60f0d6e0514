"""The support log (帮扶): what the first secretary, the work team, the
contact leader and the paired unit did for a village, and what each kind
of entry must say."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import translate
from desktop.core.inspection_terms import PeriodKind
from desktop.core.ledger_terms import ActivityKind
from desktop.core.periods import BadPeriod, parse_period
from desktop.core.validation import FieldError

K = ActivityKind


@dataclass(slots=True)
class ActivityRecord:
    id: str
    row_version: int
    village_id: str
    kind: ActivityKind
    on: date | None = None
    by: str = ""                   # who did it (first secretary, team, unit)
    summary: str = ""
    participants: int | None = None     # trainings, talks, meetings
    amount_yuan: int | None = None      # funds, projects
    fund_source: str = ""
    period: str = ""               # monthly report "2026-11", assessment "2026Q3"
    score: float | None = None     # quarterly assessment, 0-100
    poll_total: int | None = None       # 满意度测评: people polled
    poll_satisfied: int | None = None   # ... satisfied
    note: str = ""

    @property
    def satisfaction(self) -> float | None:
        if not self.poll_total or self.poll_satisfied is None:
            return None
        return self.poll_satisfied / self.poll_total


def _month(text: str) -> str | None:
    """'2026-11' → itself; anything else None."""
    parts = text.strip().split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4 and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[0]):04d}-{int(parts[1]):02d}"
    return None


def validate_activity(a: ActivityRecord, today: date) -> list[FieldError]:
    errors = []
    if a.on is None:
        errors.append(FieldError("on", translate("Support", "Give the date.")))
    elif a.on > today:
        errors.append(FieldError("on", translate("Support", "The date is in the future.")))
    if a.kind is not K.TEAM_WITHDRAWN and not a.summary.strip() and a.kind not in (K.QUARTERLY_ASSESSMENT,):
        errors.append(FieldError("summary", translate("Support", "Say briefly what was done.")))
    if a.kind in (K.TRAINING, K.TALK) and a.participants is not None and a.participants < 1:
        errors.append(FieldError("participants", translate("Support", "The number of participants must be at least 1.")))
    if a.kind is K.TRAINING and a.participants is None:
        errors.append(FieldError("participants", translate("Support", "Give the number of participants.")))
    if a.kind is K.FUNDS:
        if not a.amount_yuan or a.amount_yuan <= 0:
            errors.append(FieldError("amount_yuan", translate("Support", "Give the amount in yuan.")))
        if not a.fund_source.strip():
            errors.append(FieldError("fund_source", translate("Support", "Give where the funds come from.")))
    if a.amount_yuan is not None and a.amount_yuan < 0:
        errors.append(FieldError("amount_yuan", translate("Support", "An amount cannot be negative.")))
    if a.kind is K.MONTHLY_REPORT and _month(a.period) is None:
        errors.append(FieldError("period", translate("Support", "Give the month reported on, e.g. 2026-11.")))
    if a.kind is K.QUARTERLY_ASSESSMENT:
        try:
            if parse_period(a.period).kind is not PeriodKind.QUARTER:
                raise BadPeriod("")
        except BadPeriod:
            errors.append(FieldError("period", translate("Support", "Give the quarter assessed, e.g. 2026Q3.")))
        if a.score is None or not 0 <= a.score <= 100:
            errors.append(FieldError("score", translate("Support", "Give the assessment score, 0 to 100.")))
        if a.poll_total is None or a.poll_total < 1:
            errors.append(FieldError("poll_total", translate("Support", "Give how many people took the satisfaction poll.")))
        elif a.poll_satisfied is None or not 0 <= a.poll_satisfied <= a.poll_total:
            errors.append(FieldError("poll_satisfied", translate(
                "Support", "The number satisfied must be between 0 and the number polled.")))
    return errors


def normalise_period(a: ActivityRecord) -> str:
    if a.kind is K.MONTHLY_REPORT:
        return _month(a.period) or a.period.strip()
    if a.kind is K.QUARTERLY_ASSESSMENT:
        try:
            return parse_period(a.period).key
        except BadPeriod:
            return a.period.strip()
    return a.period.strip()


@dataclass(slots=True)
class SupportTotals:
    """A village's (or a scope's) support in figures, for the dashboard."""

    by_kind: dict[ActivityKind, int]
    funds_yuan: int = 0
    projects: int = 0
    project_yuan: int = 0
    trained: int = 0
