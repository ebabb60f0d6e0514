"""Reads of village plans: the plan, its items per round, its review steps."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import select

from desktop.core.ledger_terms import PlanStatus, PlanStep
from desktop.core.plans import ITEM_FIELDS, PlanEvent, PlanItem, PlanRecord
from desktop.storage.models import PlanEventRow, PlanItemRow, PlanRow, live

PL = PlanRow.__table__
PI = PlanItemRow.__table__
PV = PlanEventRow.__table__

PLAN_FIELDS = ("village_id", "year", "round", "status", "drafted_on", "meeting_on", "meeting_present",
               "meeting_expected", "meeting_resolution", "submitted_on", "decided_on", "decided_by",
               "review_comment", "note")


def plan_values(p: PlanRecord) -> dict:
    values = {name: getattr(p, name) for name in PLAN_FIELDS}
    values["status"] = p.status.value
    return values


def plan_from_row(r) -> PlanRecord:
    return PlanRecord(id=r.id, row_version=r.row_version, village_id=r.village_id, year=r.year, round=r.round,
                      status=PlanStatus(r.status), drafted_on=r.drafted_on, meeting_on=r.meeting_on,
                      meeting_present=r.meeting_present, meeting_expected=r.meeting_expected,
                      meeting_resolution=r.meeting_resolution, submitted_on=r.submitted_on,
                      decided_on=r.decided_on, decided_by=r.decided_by, review_comment=r.review_comment,
                      note=r.note)


def item_values(plan_id: str, round_: int, problem_id: str, position: int, values: dict) -> dict:
    out = {"plan_id": plan_id, "round": round_, "problem_id": problem_id, "position": position,
           "review_comment": ""}
    for name in ITEM_FIELDS:
        v = values.get(name, None if name == "deadline" else "")
        out[name] = v.strip() if isinstance(v, str) else v
    return out


def item_from_row(r) -> PlanItem:
    return PlanItem(id=r.id, row_version=r.row_version, plan_id=r.plan_id, round=r.round, problem_id=r.problem_id,
                    position=r.position, goal=r.goal, content=r.content, measures=r.measures, deadline=r.deadline,
                    responsible_leader=r.responsible_leader, responsible_person=r.responsible_person,
                    review_comment=r.review_comment)


class PlanStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def get(self, plan_id: str) -> PlanRecord | None:
        row = self.conn.execute(select(PL).where(PL.c.id == plan_id, live(PL))).first()
        return plan_from_row(row) if row else None

    def for_village(self, village_id: str) -> list[PlanRecord]:
        """The village's plans, newest year first."""
        rows = self.conn.execute(select(PL).where(PL.c.village_id == village_id, live(PL))
                                 .order_by(PL.c.year.desc(), PL.c.id.desc()))
        return [plan_from_row(r) for r in rows]

    def items(self, plan_id: str, round_: int) -> list[PlanItem]:
        rows = self.conn.execute(select(PI).where(PI.c.plan_id == plan_id, PI.c.round == round_, live(PI))
                                 .order_by(PI.c.position, PI.c.id))
        return [item_from_row(r) for r in rows]

    def events(self, plan_id: str) -> list[PlanEvent]:
        rows = self.conn.execute(select(PV).where(PV.c.plan_id == plan_id, live(PV)).order_by(PV.c.at, PV.c.id))
        return [PlanEvent(id=r.id, plan_id=r.plan_id, round=r.round, step=PlanStep(r.step), at=r.at, on=r.on_date,
                          actor=r.actor, comment=r.comment) for r in rows]

    def latest_by_village(self, village_ids: Iterable[str] | None = None) -> dict[str, tuple[str, PlanStatus, int]]:
        """village id -> (plan id, status, round) of its newest plan."""
        rows = self.conn.execute(select(PL.c.village_id, PL.c.id, PL.c.status, PL.c.round, PL.c.year)
                                 .where(live(PL)).order_by(PL.c.year, PL.c.id))
        wanted = set(village_ids) if village_ids is not None else None
        out = {}
        for vid, pid, status, rnd, _ in rows:
            if wanted is None or vid in wanted:
                out[vid] = (pid, PlanStatus(status), rnd)
        return out
