"""Reads for the prefecture overview: figures per county, counted by the
database (GROUP BY over village -> township -> county), so a prefecture of
thousands of villages and years of ledger is a few hundred rows here.

A village's county is its township's parent (`admin_unit.parent_id`), as
`InspectionStore.village_scope` has it for the dashboard; villages whose
township has no county are counted under None.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import case, exists, func, select

from desktop.core.acceptance import AcceptanceRecord
from desktop.core.ledger_terms import (
    AcceptanceLevel,
    AcceptanceResult,
    ActivityKind,
    ProblemStatus,
)
from desktop.core.prefecture import CountyName
from desktop.core.terms import AdminLevel, Rating, WarningColour
from desktop.storage.models import (
    AcceptanceReviewRow,
    AdminUnitRow,
    PlanRow,
    ProblemRow,
    SupportActivityRow,
    VillageRow,
    live,
)
from desktop.storage.villages import fetch_columns

V = VillageRow.__table__
U = AdminUnitRow.__table__
T = U.alias("township")
PR = ProblemRow.__table__
PL = PlanRow.__table__
SA = SupportActivityRow.__table__
AR = AcceptanceReviewRow.__table__

COUNTY = T.c.parent_id
_VILLAGES = V.outerjoin(T, T.c.id == V.c.township_id)
_OPEN = [s.value for s in ProblemStatus if s.is_open]


class PrefectureStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def counties_of(self, unit_id: str) -> list[str]:
        """The live counties of a prefecture."""
        return list(self.conn.execute(select(U.c.id).where(
            U.c.parent_id == unit_id, U.c.level == AdminLevel.COUNTY.value, live(U))).scalars())

    def names(self, county_ids: Sequence[str] | None) -> list[CountyName]:
        """The counties in scope (None: every live county), by division code and name."""
        stmt = select(U.c.id, U.c.code, U.c.name_zh, U.c.name_bo).order_by(
            U.c.code.is_(None), U.c.code, U.c.name_sort, U.c.id)
        if county_ids is None:
            stmt = stmt.where(U.c.level == AdminLevel.COUNTY.value, live(U))
        else:
            stmt = stmt.where(U.c.id.in_(list(county_ids)))
        return [CountyName(*r) for r in self.conn.execute(stmt)]

    def townships(self, county_ids: Sequence[str] | None) -> dict[str | None, int]:
        """county id -> its live townships."""
        stmt = (select(U.c.parent_id, func.count()).where(U.c.level == AdminLevel.TOWNSHIP.value, live(U))
                .group_by(U.c.parent_id))
        if county_ids is not None:
            stmt = stmt.where(U.c.parent_id.in_(list(county_ids)))
        return dict(fetch_columns(self.conn, stmt))

    def colours(self, county_ids: Sequence[str] | None) -> list[tuple[str | None, WarningColour | None, int]]:
        """(county, current warning colour, live villages)."""
        stmt = select(COUNTY, V.c.warning, func.count()).select_from(_VILLAGES).group_by(COUNTY, V.c.warning)
        return [(c, WarningColour.parse(w), n) for c, w, n in fetch_columns(self.conn, _scoped(stmt, county_ids))]

    def campaign(self, county_ids: Sequence[str] | None) -> dict[str | None, int]:
        """county -> live villages in the campaign: marked weak (as
        `VillageStore.weak_ids`) or with a live problem, plan, support log
        entry or acceptance review (`core/dashboard.in_campaign`)."""
        weak = (V.c.weakness != 0) | V.c.rating.in_([Rating.BACKWARD.value, Rating.PROBLEM.value])
        has = [exists().where(t.c.village_id == V.c.id, live(t)) for t in (PR, PL, SA, AR)]
        stmt = (select(COUNTY, func.count()).select_from(_VILLAGES)
                .where(weak | has[0] | has[1] | has[2] | has[3]).group_by(COUNTY))
        return dict(fetch_columns(self.conn, _scoped(stmt, county_ids)))

    def reviews(self, county_ids: Sequence[str] | None) -> list[tuple[str | None, list[AcceptanceRecord], bool]]:
        """(county, the village's live reviews, work team withdrawn) for
        each live village with a review: its campaign status follows
        (`core/acceptance.campaign_status`, which orders the reviews
        itself). A few thousand rows, read as plain tuples."""
        withdrawn = set(self.conn.execute(select(SA.c.village_id).where(
            SA.c.kind == ActivityKind.TEAM_WITHDRAWN.value, live(SA))).scalars())
        stmt = (select(COUNTY, AR.c.village_id, AR.c.id, AR.c.level, AR.c.result, AR.c.decided_on)
                .select_from(AR.join(V, V.c.id == AR.c.village_id).outerjoin(T, T.c.id == V.c.township_id))
                .where(live(AR)))
        levels = {v.value: v for v in AcceptanceLevel}
        results = {v.value: v for v in AcceptanceResult}
        out: dict[str, tuple[str | None, list[AcceptanceRecord], bool]] = {}
        for county, village, review, level, result, on in fetch_columns(self.conn, _scoped(stmt, county_ids)):
            record = AcceptanceRecord(id=review, row_version=0, village_id=village, level=levels[level],
                                      result=results[result], decided_on=_as_date(on))
            out.setdefault(village, (county, [], village in withdrawn))[1].append(record)
        return list(out.values())

    def problems(self, county_ids: Sequence[str] | None, cuts: tuple[date, date]
                 ) -> list[tuple[str | None, ProblemStatus, date | None, bool, int]]:
        """(county, status, a deadline of the group, ever reopened, live
        problems of live villages), grouped by the band of the deadline
        between `cuts` (`core/prefecture.deadline_cuts`: every deadline of
        a band colours alike) rather than by the deadline itself: a
        prefecture's thousands of deadlines make tens of thousands of
        groups, the bands a few hundred. Only statuses still worked on
        (`ProblemStatus.is_open`) have a deadline that can colour them."""
        statuses = {s.value: s for s in ProblemStatus}
        return [(c, statuses[s], _as_date(d), bool(ro), n)
                for c, s, d, ro, n in fetch_columns(self.conn, problem_tally(county_ids, cuts))]


def problem_tally(county_ids: Sequence[str] | None, cuts: tuple[date, date]):
    """The statement of `PrefectureStore.problems`; it reads ix_problem_tally alone."""
    before, last = cuts
    open_ = PR.c.status.in_(_OPEN)
    band = case((~open_, None), (PR.c.deadline.is_(None), 3), (PR.c.deadline < before, 0),
                (PR.c.deadline <= last, 1), else_=2)
    deadline = func.min(case((open_, PR.c.deadline), else_=None))
    reopened = case((PR.c.reopen_count > 0, 1), else_=0)
    stmt = (select(COUNTY, PR.c.status, deadline, reopened, func.count())
            .select_from(PR.join(V, V.c.id == PR.c.village_id).outerjoin(T, T.c.id == V.c.township_id))
            .where(live(PR)).group_by(COUNTY, PR.c.status, band, reopened))
    return _scoped(stmt, county_ids)


def _scoped(stmt, county_ids: Sequence[str] | None):
    """`stmt` over villages (joined with their township) narrowed to the
    live villages of the counties (None: every village)."""
    stmt = stmt.where(live(V))
    return stmt if county_ids is None else stmt.where(COUNTY.in_(list(county_ids)))


def _as_date(value) -> date | None:
    """Dates read straight from the cursor are ISO text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
