"""Stored values as the history view says them: a closed list's code as
its translated label, a period as people write it, a time on the user's
clock, blanks and flags in words, references by name where the view can
name them, long text cut for the table (the whole value goes in the
tooltip).

The change log keeps values in stored form (docs/audit.md): "backward",
"2026Q3", "2026-11-23T08:12:00+00:00", a weakness bit mask. Which list a
column's codes come from is written here once, per table.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication

from desktop.core.inspection_terms import InspectionStatus, PeriodKind, QuotaClass, Subject
from desktop.core.ledger_terms import (
    AcceptanceLevel,
    AcceptanceResult,
    ActivityKind,
    PlanStatus,
    PlanStep,
    ProblemAspect,
    ProblemCategory,
    ProblemSource,
    ProblemStatus,
)
from desktop.core.periods import period_label
from desktop.core.terms import (
    AdminLevel,
    Education,
    Ethnicity,
    Gender,
    PartyOrgType,
    PostRole,
    Rating,
    TownshipKind,
    VillageKind,
    WarningColour,
    weakness_short_labels,
    weakness_types,
)

# table -> column -> the closed list its codes come from.
TERM_COLUMNS: dict[str, dict[str, type]] = {
    "admin_unit": {"level": AdminLevel, "kind": TownshipKind},
    "village": {"kind": VillageKind, "party_org_type": PartyOrgType, "rating": Rating, "warning": WarningColour},
    "village_rating": {"rating": Rating},
    "village_warning": {"colour": WarningColour, "quota_class": QuotaClass},
    "person": {"gender": Gender, "ethnicity": Ethnicity, "education": Education},
    "post": {"role": PostRole},
    "checklist_template": {"subject": Subject},
    "inspection": {"status": InspectionStatus, "period_kind": PeriodKind, "colour": WarningColour},
    "problem": {"status": ProblemStatus, "source": ProblemSource, "category": ProblemCategory,
                "aspect": ProblemAspect},
    "problem_event": {"from_status": ProblemStatus, "to_status": ProblemStatus},
    "plan": {"status": PlanStatus},
    "plan_event": {"step": PlanStep},
    "support_activity": {"kind": ActivityKind},
    "acceptance_review": {"level": AcceptanceLevel, "result": AcceptanceResult},
}
PERIOD_COLUMNS = {"period"}
LONG_TEXT = 60          # characters shown in the table; the tooltip has the rest
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def local_time(moment: datetime | None) -> str:
    """A time on the user's clock, to the minute (stored times are UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _roles(value: str) -> str:
    # Imported here: only user accounts' history needs it.
    from desktop.core.access import Role, roles_label

    codes = [c.strip() for c in value.split(",") if c.strip()]
    known = [Role(c) for c in codes if c in Role._value2member_map_]
    unknown = [c for c in codes if c not in Role._value2member_map_]
    return " ".join(([roles_label(known)] if known else []) + unknown)


def value_text(entity: str, column: str, value: object,
               names: Callable[[str, str], str | None] | None = None) -> str:
    """`value` of `entity.column` as a person reads it, whole.

    `names(column, id)` may name a referenced record (a village, a person);
    an id it cannot name is shown short."""
    if value is None or value == "":
        return QCoreApplication.translate("HistoryValues", "(blank)")
    if isinstance(value, bool):
        return QCoreApplication.translate("HistoryValues", "yes") if value else QCoreApplication.translate("HistoryValues", "no")
    if entity == "village" and column == "weakness" and isinstance(value, int):
        return weakness_short_labels(weakness_types(value)) or QCoreApplication.translate("HistoryValues", "none")
    if entity == "user_account" and column == "roles" and isinstance(value, str):
        return _roles(value)
    term = TERM_COLUMNS.get(entity, {}).get(column)
    if term is not None and isinstance(value, str):
        try:
            return term(value).label
        except (ValueError, KeyError):
            return value        # a code this version does not know: as stored
    if column in PERIOD_COLUMNS and isinstance(value, str):
        return period_label(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str):
        if _STAMP.match(value):
            try:
                return local_time(datetime.fromisoformat(value))
            except ValueError:
                return value
        if column == "id" or column.endswith("_id"):
            named = names(column, value) if names else None
            return named or value[:8]
        return value
    return str(value)


def short(text: str, limit: int = LONG_TEXT) -> str:
    """One line of at most `limit` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
