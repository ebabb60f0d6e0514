"""One plan per village (一村一策) through its review cycle.

The township drafts the plan from the village's open problems, the village
representatives' meeting reviews it, the township submits it, the county
approves it or returns it with comments on items, and a returned plan is
revised as the next round (its items copied; the earlier round stays, so
the reviewer can compare). Every step is a `plan_event` (who, when, what
was said). Once approved, each problem takes the deadline and the people
of its item, and open problems are set in progress.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Mapping, Sequence

from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, VillageDeskError, record_changed_elsewhere, village_not_found
from desktop.core.i18n import translate
from desktop.core.ledger import PLAN_APPROVED, ProblemEvent, ProblemRecord
from desktop.core.ledger_terms import PlanStatus, PlanStep, ProblemStatus
from desktop.core.plans import (
    ITEM_FIELDS,
    ItemComparison,
    PlanEvent,
    PlanFailure,
    PlanItem,
    PlanRecord,
    check_decision,
    check_meeting,
    check_plan,
    check_revise,
    check_submit,
    compare_rounds,
    revised_items,
)
from desktop.storage.ledger import event_values
from desktop.storage.plans import item_values, plan_values


def plan_not_found() -> NotFound:
    return NotFound(translate("Plans", "This plan does not exist (any more)."))


@dataclasses.dataclass(slots=True)
class PlanFile:
    """A plan as the editor shows it: the current round's items, the
    problems they address, and the history."""

    plan: PlanRecord
    items: list[PlanItem]
    problems: dict[str, ProblemRecord]
    events: list[PlanEvent]

    @property
    def rounds(self) -> list[int]:
        return list(range(1, self.plan.round + 1))


class PlanService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    # -- reading ---------------------------------------------------------

    def open(self, plan_id: str) -> PlanFile:
        with self.ws.db.read() as r:
            return self._file(r, plan_id)

    @staticmethod
    def _file(r, plan_id: str) -> PlanFile:
        """The plan as read by `r` (a reader, or the writer inside its transaction)."""
        plan = r.plans.get(plan_id)
        if plan is None:
            raise plan_not_found()
        items = r.plans.items(plan_id, plan.round)
        problems = {p.id: p for p in r.ledger.for_village(plan.village_id)}
        missing = [i.problem_id for i in items if i.problem_id not in problems]
        problems.update(r.ledger.many(missing))
        return PlanFile(plan, items, problems, r.plans.events(plan_id))

    def for_village(self, village_id: str) -> list[PlanRecord]:
        with self.ws.db.read() as r:
            return r.plans.for_village(village_id)

    def current(self, village_id: str) -> PlanRecord | None:
        """The village's newest plan."""
        plans = self.for_village(village_id)
        return plans[0] if plans else None

    def items(self, plan_id: str, round_: int) -> list[PlanItem]:
        with self.ws.db.read() as r:
            return r.plans.items(plan_id, round_)

    def check(self, plan_id: str, items: Sequence[Mapping] | None = None) -> list[PlanFailure]:
        """Every "三个不放过" failure of the plan's current round; with
        `items` (mappings as `save_items` takes them), of those instead of
        the stored ones, so an editor can check what is on screen before it
        is saved."""
        f = self.open(plan_id)
        if items is not None:
            f.items = [PlanItem(id="", row_version=0, plan_id=plan_id, round=f.plan.round,
                                problem_id=values["problem_id"], position=n,
                                **{name: values.get(name, None if name == "deadline" else "") for name in ITEM_FIELDS})
                       for n, values in enumerate(items)]
        return self._check(f)

    def _check(self, f: PlanFile) -> list[PlanFailure]:
        open_ids = [p.id for p in f.problems.values() if p.status.is_open]
        return check_plan(f.items, {pid: p.description for pid, p in f.problems.items()}, open_ids,
                          f.plan.meeting_on, self.ws.today())

    def compare(self, plan_id: str, before: int | None = None, after: int | None = None) -> list[ItemComparison]:
        """Item by item, what changed between two rounds (default: the last two)."""
        with self.ws.db.read() as r:
            plan = r.plans.get(plan_id)
            if plan is None:
                raise plan_not_found()
            after = after or plan.round
            before = before or max(1, after - 1)
            if not (1 <= before <= plan.round and 1 <= after <= plan.round):
                raise VillageDeskError(translate("Plans", "The plan has rounds 1 to {last}.").format(last=plan.round))
            return compare_rounds(r.plans.items(plan_id, before), r.plans.items(plan_id, after))

    # -- drafting --------------------------------------------------------

    def create(self, village_id: str, year: int | None = None) -> tuple[str, ChangeSet]:
        """A draft covering the village's open problems, their deadlines and
        people filled in from the ledger."""
        year = year or self.ws.today().year
        with self.ws.db.write(self.ws.actor, "create_plan") as w:
            if w.villages.facts(village_id) is None:
                raise village_not_found(village_id)
            for other in w.plans.for_village(village_id):
                if other.status is not PlanStatus.APPROVED:
                    raise VillageDeskError(translate("Plans", "The village already has a plan under way ({status}); "
                                                              "finish that one first.").format(status=other.status.inline_label))
                if other.year == year:
                    raise VillageDeskError(translate("Plans", "The village already has an approved plan for {year}.")
                                           .format(year=year))
            plan = PlanRecord(id="", row_version=0, village_id=village_id, year=year, drafted_on=self.ws.today())
            plan_id = w.insert("plan", plan_values(plan))
            for n, p in enumerate(w.ledger.for_village(village_id, open_only=True)):
                w.insert("plan_item", item_values(plan_id, 1, p.id, n, {
                    "deadline": p.deadline, "responsible_leader": p.responsible_leader,
                    "responsible_person": p.responsible_person}))
            self._event(w, plan_id, 1, PlanStep.DRAFTED)
        return plan_id, w.changeset

    def save_items(self, plan_id: str, expected_version: int, items: Sequence[Mapping],
                   expected_items: Mapping[str, int] | None = None) -> ChangeSet | None:
        """Store the current round's items: each a mapping with `problem_id`
        and the "五定" fields, in the order given. Items not given are taken
        out. Changing a plan the meeting already reviewed sends it back to
        draft: the meeting must see what it approves.

        Saving items leaves the plan row's version alone, so an editor also
        names the items it read (`expected_items`: item id → row version);
        items changed, added or taken out since are an EditConflict."""
        with self.ws.db.write(self.ws.actor, "save_plan") as w:
            plan = self._plan_for_change(w, plan_id, expected_version)
            if not plan.editable:
                raise VillageDeskError(translate("Plans", "A plan that is “{status}” cannot be edited.")
                                       .format(status=plan.status.label))
            village_problems = {p.id: p for p in w.ledger.for_village(plan.village_id)}
            existing = {i.problem_id: i for i in w.plans.items(plan_id, plan.round)}
            if expected_items is not None and {i.id: i.row_version for i in existing.values()} != dict(expected_items):
                raise record_changed_elsewhere()
            seen = set()
            for n, values in enumerate(items):
                pid = values["problem_id"]
                if pid not in village_problems:
                    raise VillageDeskError(translate("Plans", "A plan item names a problem that is not on this "
                                                              "village's ledger."))
                if pid in seen:
                    raise VillageDeskError(translate("Plans", "A problem appears twice in the plan."))
                seen.add(pid)
                new = item_values(plan_id, plan.round, pid, n, dict(values))
                old = existing.get(pid)
                if old is None:
                    w.insert("plan_item", new)
                else:
                    new.pop("review_comment")
                    w.update("plan_item", old.id, None, {k: v for k, v in new.items()
                                                          if k in ITEM_FIELDS or k == "position"})
            for pid, old in existing.items():
                if pid not in seen:
                    w.delete("plan_item", old.id)
            if w.has_changes() and plan.status is PlanStatus.MEETING_REVIEWED:
                w.update("plan", plan_id, None, {"status": PlanStatus.DRAFT.value, "meeting_on": None,
                                                 "meeting_present": None, "meeting_expected": None,
                                                 "meeting_resolution": ""})
        return w.changeset or None

    def record_meeting(self, plan_id: str, expected_version: int | None, on: date | None, present: int | None,
                       expected: int | None, resolution: str) -> ChangeSet:
        """The village representatives' meeting reviewed the draft."""
        with self.ws.db.write(self.ws.actor, "plan_meeting") as w:
            plan = self._plan_for_change(w, plan_id, expected_version)
            check_meeting(plan, on, present, expected, resolution, self.ws.today())
            w.update("plan", plan_id, None, {"status": PlanStatus.MEETING_REVIEWED.value, "meeting_on": on,
                                             "meeting_present": present, "meeting_expected": expected,
                                             "meeting_resolution": resolution.strip()})
            # Figures and the resolution's own words: readable in either language.
            comment = f"{present}/{expected if expected is not None else '?'} · {resolution.strip()}"
            self._event(w, plan_id, plan.round, PlanStep.MEETING, comment, on)
        return w.changeset

    def submit(self, plan_id: str, expected_version: int | None = None) -> ChangeSet:
        """"三个不放过" is checked on the plan, its items and the village's
        problems as read inside the transaction that submits."""
        with self.ws.db.write(self.ws.actor, "submit_plan") as w:
            f = self._file(w, plan_id)
            if expected_version is not None and f.plan.row_version != expected_version:
                raise record_changed_elsewhere()
            check_submit(f.plan, self._check(f))
            w.update("plan", plan_id, None, {"status": PlanStatus.SUBMITTED.value, "submitted_on": self.ws.today()})
            self._event(w, plan_id, f.plan.round, PlanStep.SUBMITTED)
        return w.changeset

    # -- the county's review ---------------------------------------------

    def review(self, plan_id: str, approve: bool, comments: Mapping[str, str] | None = None, overall: str = "",
               decided_by: str = "", expected_version: int | None = None) -> ChangeSet:
        """Approve, or return with comments (item id → comment; at least one)."""
        comments = {k: v.strip() for k, v in (comments or {}).items() if v and v.strip()}
        with self.ws.db.write(self.ws.actor, "approve_plan" if approve else "return_plan") as w:
            plan = self._plan_for_change(w, plan_id, expected_version)
            items = w.plans.items(plan_id, plan.round)
            check_decision(plan, approve, comments, [i.id for i in items])
            status = PlanStatus.APPROVED if approve else PlanStatus.RETURNED
            w.update("plan", plan_id, None, {"status": status.value, "decided_on": self.ws.today(),
                                             "decided_by": (decided_by or self.ws.actor).strip(),
                                             "review_comment": overall.strip()})
            for item in items:
                if item.id in comments:
                    w.update("plan_item", item.id, None, {"review_comment": comments[item.id]})
            self._event(w, plan_id, plan.round, PlanStep.APPROVED if approve else PlanStep.RETURNED, overall)
            if approve:
                self._apply_to_ledger(w, items)
        return w.changeset

    def _apply_to_ledger(self, w, items: Sequence[PlanItem]) -> None:
        """The approved plan fixes each problem's deadline and people; the
        problems still open are now being worked on."""
        reason = PLAN_APPROVED
        for item in items:
            p = w.ledger.get(item.problem_id)
            if p is None:
                continue
            values = {"deadline": item.deadline, "responsible_leader": item.responsible_leader,
                      "responsible_person": item.responsible_person}
            if p.status in (ProblemStatus.OPEN, ProblemStatus.REOPENED):
                values.update(status=ProblemStatus.IN_PROGRESS.value, status_on=max(self.ws.today(), p.status_on or self.ws.today()))
                w.insert("problem_event", event_values(ProblemEvent(
                    "", p.id, w.at, values["status_on"], self.ws.actor, p.status, ProblemStatus.IN_PROGRESS, reason)))
            w.update("problem", p.id, None, values)

    def revise(self, plan_id: str, expected_version: int | None = None) -> ChangeSet:
        """The next round of a returned plan: its items copied, the
        comments left on the round they were made on."""
        with self.ws.db.write(self.ws.actor, "revise_plan") as w:
            plan = self._plan_for_change(w, plan_id, expected_version)
            check_revise(plan)
            new_round = plan.round + 1
            for values in revised_items(w.plans.items(plan_id, plan.round)):
                w.insert("plan_item", item_values(plan_id, new_round, values.pop("problem_id"),
                                                  values.pop("position"), values))
            w.update("plan", plan_id, None, {"round": new_round, "status": PlanStatus.DRAFT.value,
                                             "meeting_on": None, "meeting_present": None, "meeting_expected": None,
                                             "meeting_resolution": "", "submitted_on": None})
            self._event(w, plan_id, new_round, PlanStep.REVISED)
        return w.changeset

    # -- helpers ---------------------------------------------------------

    def _plan_for_change(self, w, plan_id: str, expected_version: int | None) -> PlanRecord:
        plan = w.plans.get(plan_id)
        if plan is None:
            raise plan_not_found()
        if expected_version is not None and plan.row_version != expected_version:
            raise record_changed_elsewhere()
        return plan

    def _event(self, w, plan_id: str, round_: int, step: PlanStep, comment: str = "", on: date | None = None) -> None:
        w.insert("plan_event", {"plan_id": plan_id, "round": round_, "step": step.value, "at": w.at,
                                "on_date": on or self.ws.today(), "actor": self.ws.actor, "comment": comment.strip()})
