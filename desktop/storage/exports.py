"""Reads for the Excel exports: every live row of a kind with the names a
sheet shows beside it (village code and names, township), in the order the
sheet lists them.

The ledger and the answers of inspections run to hundreds of thousands of
rows, so those two stream plain tuples from the cursor in batches (dates as
the driver gives them: ISO text on SQLite); the rest are small and come as
SQLAlchemy rows with their types converted.
"""

from __future__ import annotations

from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from desktop.storage.models import (
    AdminUnitRow,
    ChecklistTemplateRow,
    InspectionAnswerRow,
    InspectionRow,
    PersonRow,
    PlanItemRow,
    PlanRow,
    PostRow,
    ProblemRow,
    VillageRow,
    VillageWarningRow,
    live,
)

V = VillageRow.__table__
U = AdminUnitRow.__table__
PR = ProblemRow.__table__
PL = PlanRow.__table__
PI = PlanItemRow.__table__
I = InspectionRow.__table__
A = InspectionAnswerRow.__table__
T = ChecklistTemplateRow.__table__
W = VillageWarningRow.__table__
P = PersonRow.__table__
POST = PostRow.__table__
BATCH = 2000

# The village columns every sheet starts with; a village without a township sorts first.
_PLACE = (V.c.code.label("village_code"), U.c.name_zh.label("township_zh"), U.c.name_bo.label("township_bo"),
          V.c.name_zh.label("village_zh"), V.c.name_bo.label("village_bo"))
_ORDER = (U.c.name_sort, V.c.name_sort, V.c.id)

PROBLEM_COLUMNS = ("village_code", "township_zh", "township_bo", "village_zh", "village_bo", "description",
                   "category", "aspect", "weakness", "source", "source_ref", "indicator_code", "found_on",
                   "deadline", "responsible_leader", "responsible_person", "status", "status_on", "closed_by",
                   "reopen_count", "note")
ANSWER_COLUMNS = ("inspection_id", "indicator_code", "value", "not_applicable", "fraction", "passed", "note",
                  "problem_id")


def _with_place(table):
    """`table` joined to its live village and that village's township."""
    return table.join(V, V.c.id == table.c.village_id).outerjoin(U, U.c.id == V.c.township_id)


class ExportStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _stream(self, stmt) -> Iterator[tuple]:
        result = self.conn.execute(stmt)
        try:
            cursor = result.cursor
            while batch := cursor.fetchmany(BATCH):
                yield from batch
        finally:
            result.close()

    # -- the ledger ------------------------------------------------------

    def problem_count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(PR.join(V, V.c.id == PR.c.village_id))
                                 .where(live(PR), live(V))).scalar()

    def problems(self) -> Iterator[tuple]:
        """Every live problem of a live village, as tuples of PROBLEM_COLUMNS,
        by township, village and date found."""
        stmt = (select(*_PLACE, *(PR.c[name] for name in PROBLEM_COLUMNS[5:]))
                .select_from(_with_place(PR)).where(live(PR), live(V))
                .order_by(*_ORDER[:2], PR.c.found_on, PR.c.id))
        return self._stream(stmt)

    # -- plans -----------------------------------------------------------

    def plan_items(self) -> list:
        """Each live plan with the items of its current round (a plan without
        items once, its item columns None), by township, village, year and position."""
        item = PI.join(PR, PR.c.id == PI.c.problem_id)
        items = (select(PI.c.plan_id, PI.c.round, PI.c.position, PI.c.goal, PI.c.content, PI.c.measures,
                        PI.c.deadline, PI.c.responsible_leader, PI.c.responsible_person, PI.c.review_comment,
                        PR.c.description.label("problem"))
                 .select_from(item).where(live(PI)).subquery())
        stmt = (select(*_PLACE, PL.c.year, PL.c.round, PL.c.status, PL.c.meeting_on, PL.c.submitted_on,
                       PL.c.decided_on, items.c.position, items.c.problem, items.c.goal, items.c.content,
                       items.c.measures, items.c.deadline, items.c.responsible_leader, items.c.responsible_person,
                       items.c.review_comment)
                .select_from(_with_place(PL).outerjoin(items, (items.c.plan_id == PL.c.id)
                                                       & (items.c.round == PL.c.round)))
                .where(live(PL), live(V))
                .order_by(*_ORDER, PL.c.year, PL.c.id, items.c.position))
        return self.conn.execute(stmt).all()

    # -- inspections -----------------------------------------------------

    def inspections(self) -> list:
        """Every live inspection of a live village with its template, by
        township, village, period and template; `replaced` is True for a
        finalised inspection a later correction replaced."""
        later = I.alias("later")
        replaced = select(later.c.id).where(later.c.replaces_id == I.c.id, live(later)).exists()
        stmt = (select(I.c.id, *_PLACE, T.c.code.label("template_code"), T.c.version.label("template_version"),
                       T.c.title_zh.label("template_zh"), T.c.title_bo.label("template_bo"), I.c.period,
                       I.c.period_kind, I.c.status, I.c.score, I.c.colour, I.c.veto_failed, I.c.answered, I.c.total,
                       I.c.failed, I.c.inspector, I.c.started_on, I.c.finalised_at, I.c.finalised_by, I.c.note,
                       replaced.label("replaced"), I.c.template_id)
                .select_from(_with_place(I).join(T, T.c.id == I.c.template_id))
                .where(live(I), live(V))
                .order_by(*_ORDER[:2], I.c.period, T.c.code, I.c.id))
        return self.conn.execute(stmt).all()

    def answer_count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(A.join(I, I.c.id == A.c.inspection_id)
                                                                  .join(V, V.c.id == I.c.village_id))
                                 .where(live(A), live(I), live(V))).scalar()

    def answers(self) -> Iterator[tuple]:
        """Every live answer of the live inspections, as tuples of ANSWER_COLUMNS, by inspection and code."""
        stmt = (select(*(A.c[name] for name in ANSWER_COLUMNS))
                .select_from(A.join(I, I.c.id == A.c.inspection_id).join(V, V.c.id == I.c.village_id))
                .where(live(A), live(I), live(V)).order_by(A.c.inspection_id, A.c.indicator_code))
        return self._stream(stmt)

    def template_contents(self, template_ids) -> dict[str, str]:
        """template id -> its JSON content."""
        ids = list(set(template_ids))
        return {r.id: r.content for r in self.conn.execute(select(T.c.id, T.c.content).where(T.c.id.in_(ids)))}

    # -- warnings --------------------------------------------------------

    def warnings(self) -> list:
        """Every live warning of a live village, with its county (for the
        thresholds) and whether its inspection failed a veto item; by
        township, village and period."""
        stmt = (select(*_PLACE, U.c.parent_id.label("county_id"), W.c.period, W.c.colour, W.c.score,
                       W.c.quota_class, W.c.assessed_on, W.c.note, I.c.veto_failed, I.c.period_kind)
                .select_from(_with_place(W).outerjoin(I, I.c.id == W.c.inspection_id))
                .where(live(W), live(V))
                .order_by(*_ORDER, W.c.period, W.c.id))
        return self.conn.execute(stmt).all()

    # -- villages, people and posts (the roster) ---------------------------

    def villages(self) -> list:
        """Every live village with its township's names, by township and name."""
        stmt = (select(V.c.id, V.c.code, U.c.code.label("township_code"), U.c.name_zh.label("township_zh"),
                       U.c.name_bo.label("township_bo"), V.c.name_zh, V.c.name_bo, V.c.kind, V.c.population,
                       V.c.households, V.c.party_members, V.c.party_org_type, V.c.weakness, V.c.paired_unit,
                       V.c.note)
                .select_from(V.outerjoin(U, U.c.id == V.c.township_id)).where(live(V)).order_by(*_ORDER))
        return self.conn.execute(stmt).all()

    def posts(self) -> list:
        """Every live post of a live village with its live person, by village,
        then as the village file lists them (current posts first)."""
        stmt = (select(POST.c.village_id, POST.c.role, POST.c.unit.label("post_unit"), POST.c.term_start,
                       POST.c.term_end, POST.c.note.label("post_note"), P.c.id.label("person_id"), P.c.name_zh,
                       P.c.name_bo, P.c.gender, P.c.birth_year, P.c.ethnicity, P.c.education, P.c.phone,
                       P.c.party_member, P.c.unit.label("person_unit"), P.c.note.label("person_note"))
                .select_from(POST.join(P, P.c.id == POST.c.person_id).join(V, V.c.id == POST.c.village_id))
                .where(live(POST), live(P), live(V))
                .order_by(POST.c.village_id, POST.c.term_end.desc().nulls_first(), POST.c.term_start, POST.c.id))
        return self.conn.execute(stmt).all()
