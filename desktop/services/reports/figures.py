"""The figures the township summary and the county overview print: one
line per village (colour, rating, campaign status, plan, its problems
counted), summed per township, and the scope's problems month by month.

Every count is the database's (GROUP BY, `storage/reports.py`) or the
dashboard's; the rules (overdue, solved, weak, campaign status) stay where
the ledger and the dashboard keep them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from desktop.core.dashboard import Dashboard
from desktop.core.i18n import translate
from desktop.core.ledger import LedgerCounts, tallied
from desktop.core.ledger_terms import CampaignStatus, PlanStatus, ProblemStatus
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel, Rating, WarningColour
from desktop.services.reports import ReportRequestInvalid

COLOURS: tuple[WarningColour | None, ...] = (WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN, None)


@dataclass(slots=True)
class VillageLine:
    id: str
    code: str
    name_zh: str
    name_bo: str
    township_id: str
    township_zh: str
    township_bo: str
    rating: Rating | None
    colour: WarningColour | None
    weak: bool
    status: CampaignStatus | None      # None: not in the campaign
    plan: PlanStatus | None            # of its newest plan; None: no plan
    problems: LedgerCounts
    inspections: int = 0


@dataclass(slots=True)
class TownshipLine:
    id: str
    name_zh: str
    name_bo: str
    villages: list[VillageLine] = field(default_factory=list)

    @property
    def weak(self) -> int:
        return sum(v.weak for v in self.villages)

    @property
    def colours(self) -> Counter:
        return Counter(v.colour for v in self.villages)

    @property
    def problems(self) -> LedgerCounts:
        return add_counts(v.problems for v in self.villages)

    @property
    def plans_approved(self) -> int:
        return sum(v.plan is PlanStatus.APPROVED for v in self.villages)

    @property
    def converted(self) -> int:
        """Villages whose conversion passed the final review (acceptance)."""
        return sum(v.status in (CampaignStatus.CONVERTED, CampaignStatus.CONSOLIDATING) for v in self.villages)

    @property
    def inspections(self) -> int:
        return sum(v.inspections for v in self.villages)


@dataclass(slots=True)
class ScopeFigures:
    unit: AdminUnit | None
    dashboard: Dashboard
    villages: list[VillageLine]
    townships: list[TownshipLine]
    today: date

    @property
    def inspections(self) -> int:
        return sum(v.inspections for v in self.villages)

    @property
    def weak(self) -> int:
        return sum(v.weak for v in self.villages)


def add_counts(parts) -> LedgerCounts:
    """Counts summed (found, solved, closed, open, overdue, reopened, by status)."""
    out = LedgerCounts()
    for c in parts:
        out.found += c.found
        out.solved += c.solved
        out.closed += c.closed
        out.open += c.open
        out.overdue += c.overdue
        out.due_soon += c.due_soon
        out.reopened += c.reopened
        for s, n in c.by_status.items():
            out.by_status[s] = out.by_status.get(s, 0) + n
    return out


def resolve_unit(ws, key: str | None, level: AdminLevel | None = None) -> AdminUnit | None:
    """The unit a request names by id, division code or name (Chinese or
    Tibetan); None for none. A name that fits no unit (or not one of
    `level`) is refused with the units there are."""
    if not key:
        return None
    key = key.strip()
    with ws.db.read() as r:
        unit = r.units.get(key) or r.units.by_code(key)
        candidates = r.units.of_level(level) if level else [u for lv in (AdminLevel.TOWNSHIP, AdminLevel.COUNTY)
                                                            for u in r.units.of_level(lv)]
    if unit is None:
        unit = next((u for u in candidates if key in (u.name_zh, u.name_bo)), None)
    if unit is None or (level is not None and unit.level is not level):
        names = "、".join(u.name_zh or u.name_bo for u in candidates[:30])
        if level is AdminLevel.TOWNSHIP:
            message = translate("Reports", "There is no township {key}. Townships: {names}.")
        elif level is AdminLevel.COUNTY:
            message = translate("Reports", "There is no county {key}. Counties: {names}.")
        else:
            message = translate("Reports", "There is no township or county {key}. Units: {names}.")
        raise ReportRequestInvalid(message.format(key=key, names=names))
    return unit


def village_counts(rows, today: date) -> dict[str, LedgerCounts]:
    """Per village, the counts of `ReportStore.problem_tally` rows."""
    tallies: dict[str, Counter] = {}
    reopened: Counter = Counter()
    for vid, status, n, late, reopens in rows:
        tally = tallies.setdefault(vid, Counter())
        # Past its deadline and still being worked on: red, as ledger.deadline_colour has it.
        overdue = late if status.is_open else 0
        if overdue:
            tally[status, WarningColour.RED, False] += overdue
        if n - overdue:
            tally[status, None, False] += n - overdue
        reopened[vid] += reopens
    out = {}
    for vid, tally in tallies.items():
        counts = tallied(tally)
        counts.reopened = reopened[vid]
        out[vid] = counts
    return out


def scope_figures(ws, unit: AdminUnit | None) -> ScopeFigures:
    """Every village of the unit (None: of the database) with its figures, and the townships' sums."""
    unit_id = unit.id if unit else None
    dashboard = ws.dashboard.figures(unit_id)
    today = ws.today()
    with ws.db.read() as r:
        rows = r.reports.villages(unit_id)
        tally = r.reports.problem_tally(unit_id, today)
        inspections = r.reports.inspections(unit_id)
        weak = r.villages.weak_ids()
    counts = village_counts(tally, today)
    status = {v: s for s, ids in dashboard.by_status.items() for v in ids}
    plan = {v: p for p, ids in dashboard.by_plan.items() for v in ids}
    villages = []
    townships: dict[str, TownshipLine] = {}
    for vid, code, name_zh, name_bo, tid, t_zh, t_bo, rating, warning, _ in rows:
        line = VillageLine(vid, code or "", name_zh, name_bo, tid, t_zh or "", t_bo or "", Rating.parse(rating),
                           WarningColour.parse(warning), vid in weak, status.get(vid), plan.get(vid),
                           counts.get(vid) or LedgerCounts(), inspections.get(vid, 0))
        villages.append(line)
        if tid not in townships:
            townships[tid] = TownshipLine(tid, t_zh or "", t_bo or "")
        townships[tid].villages.append(line)
    return ScopeFigures(unit, dashboard, villages, list(townships.values()), today)


@dataclass(slots=True)
class Months:
    """Problems found, reported solved and closed out, month by month."""

    months: list[tuple[int, int]]          # (year, month)
    found: list[int]
    solved: list[int]
    closed: list[int]


def months(ws, unit: AdminUnit | None, most: int = 18) -> Months:
    """The last `most` months up to today that saw any of it (solved: each
    report of a problem as solved, again after a reopening; closed: each
    close-out)."""
    unit_id = unit.id if unit else None
    with ws.db.read() as r:
        found_days = r.reports.problems_found_by_day(unit_id)
        moves = r.reports.moves_by_day(unit_id, [ProblemStatus.SOLVED, ProblemStatus.CLOSED])
    found: Counter = Counter()
    solved: Counter = Counter()
    closed: Counter = Counter()
    for day, n in found_days:
        found[day.year, day.month] += n
    for day, to, n in moves:
        (solved if to is ProblemStatus.SOLVED else closed)[day.year, day.month] += n
    today = ws.today()
    seen = [m for m in (*found, *solved, *closed) if m <= (today.year, today.month)]
    if not seen:
        return Months([], [], [], [])
    first = max(min(seen), _back((today.year, today.month), most - 1))
    span = []
    m = first
    while m <= (today.year, today.month):
        span.append(m)
        m = (m[0] + m[1] // 12, m[1] % 12 + 1)
    return Months(span, [found[m] for m in span], [solved[m] for m in span], [closed[m] for m in span])


def _back(month: tuple[int, int], count: int) -> tuple[int, int]:
    index = month[0] * 12 + month[1] - 1 - count
    return index // 12, index % 12 + 1


def colour_periods(ws, unit: AdminUnit | None, most: int = 8) -> list[tuple[str, dict]]:
    """The last `most` warning periods with villages per colour."""
    with ws.db.read() as r:
        rows = r.reports.colours_by_period(unit.id if unit else None)
    by_period: dict[str, Counter] = {}
    for period, colour, n in rows:
        by_period.setdefault(period, Counter())[WarningColour.parse(colour)] += n
    return [(p, by_period[p]) for p in sorted(by_period)[-most:]]
