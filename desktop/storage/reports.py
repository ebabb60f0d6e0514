"""Reads for the printed summaries (township summary, county overview):
figures per village and per day, counted by the database (GROUP BY), so a
county of thousands of villages and 150,000 problems is a few thousand
rows here, not a pass in Python over every problem."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select

from desktop.core.ledger_terms import ProblemStatus
from desktop.storage.models import (
    AdminUnitRow,
    InspectionRow,
    ProblemEventRow,
    ProblemRow,
    VillageRow,
    VillageWarningRow,
    live,
)
from desktop.storage.villages import fetch_columns

V = VillageRow.__table__
U = AdminUnitRow.__table__
PR = ProblemRow.__table__
PE = ProblemEventRow.__table__
IN = InspectionRow.__table__
VW = VillageWarningRow.__table__

FINAL = "final"


class ReportStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def _in_scope(self, unit_id: str | None):
        """A condition on the village table: its township is the unit or
        lies in it (a county); None: every village."""
        if unit_id is None:
            return None
        townships = select(U.c.id).where(U.c.parent_id == unit_id)
        return (V.c.township_id == unit_id) | V.c.township_id.in_(townships)

    def _scoped(self, stmt, unit_id: str | None):
        """`stmt` over villages (joined already) narrowed to the live villages of the scope."""
        stmt = stmt.where(live(V))
        cond = self._in_scope(unit_id)
        return stmt if cond is None else stmt.where(cond)

    def villages(self, unit_id: str | None) -> list[tuple]:
        """(id, code, name_zh, name_bo, township id, township name_zh,
        township name_bo, rating, warning, weakness) of the scope's live
        villages, by township and then village in name order."""
        stmt = (select(V.c.id, V.c.code, V.c.name_zh, V.c.name_bo, V.c.township_id, U.c.name_zh, U.c.name_bo,
                       V.c.rating, V.c.warning, V.c.weakness)
                .select_from(V.outerjoin(U, U.c.id == V.c.township_id))
                .order_by(U.c.name_sort, U.c.id, V.c.name_sort, V.c.id))
        return fetch_columns(self.conn, self._scoped(stmt, unit_id))

    def problem_tally(self, unit_id: str | None, today: date) -> list[tuple]:
        """(village id, status, problems, of them past their deadline,
        of them ever reopened) per village and status. Past the deadline
        counts as overdue only for a status still being worked on; the
        caller decides that with `ProblemStatus.is_open`, as the ledger does."""
        late = func.sum(case((PR.c.deadline < today, 1), else_=0))
        reopened = func.sum(case((PR.c.reopen_count > 0, 1), else_=0))
        stmt = (select(PR.c.village_id, PR.c.status, func.count(), late, reopened)
                .select_from(PR.join(V, V.c.id == PR.c.village_id)).where(live(PR))
                .group_by(PR.c.village_id, PR.c.status))
        statuses = {s.value: s for s in ProblemStatus}
        return [(v, statuses[s], n, int(lt or 0), int(ro or 0))
                for v, s, n, lt, ro in fetch_columns(self.conn, self._scoped(stmt, unit_id))]

    def inspections(self, unit_id: str | None) -> dict[str, int]:
        """village id -> its final inspections."""
        stmt = (select(IN.c.village_id, func.count()).select_from(IN.join(V, V.c.id == IN.c.village_id))
                .where(live(IN), IN.c.status == FINAL).group_by(IN.c.village_id))
        return dict(fetch_columns(self.conn, self._scoped(stmt, unit_id)))

    def problems_found_by_day(self, unit_id: str | None) -> list[tuple[date, int]]:
        """(day found, problems) for the live problems of the scope."""
        stmt = (select(PR.c.found_on, func.count()).select_from(PR.join(V, V.c.id == PR.c.village_id))
                .where(live(PR), PR.c.found_on.is_not(None)).group_by(PR.c.found_on))
        return [(_as_date(d), n) for d, n in fetch_columns(self.conn, self._scoped(stmt, unit_id))]

    def moves_by_day(self, unit_id: str | None, statuses: list[ProblemStatus]) -> list[tuple[date, ProblemStatus, int]]:
        """(day, status reached, moves) from the problems' histories: how
        many were reported solved, closed out... on each day."""
        stmt = (select(PE.c.on_date, PE.c.to_status, func.count())
                .select_from(PE.join(PR, PR.c.id == PE.c.problem_id).join(V, V.c.id == PR.c.village_id))
                .where(live(PE), live(PR), PE.c.to_status.in_([s.value for s in statuses]))
                .group_by(PE.c.on_date, PE.c.to_status))
        return [(_as_date(d), ProblemStatus(s), n) for d, s, n in fetch_columns(self.conn, self._scoped(stmt, unit_id))]

    def colours_by_period(self, unit_id: str | None) -> list[tuple[str, str, int]]:
        """(period, colour, villages) of the scope's warnings."""
        stmt = (select(VW.c.period, VW.c.colour, func.count()).select_from(VW.join(V, V.c.id == VW.c.village_id))
                .where(live(VW)).group_by(VW.c.period, VW.c.colour))
        return [tuple(r) for r in fetch_columns(self.conn, self._scoped(stmt, unit_id))]


def _as_date(value) -> date | None:
    """Dates read straight from the cursor are ISO text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
