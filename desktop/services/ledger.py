"""The problem ledger: record problems, move them through their life, close
them out with evidence, make them from an inspection's failed items, and
list and count them.

Each status move writes the problem and one `problem_event` (who, when,
why) in one transaction; closing out also writes its evidence rows. The
move is checked against the status read inside that transaction, so two
people acting on the same problem cannot both move it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, ValidationFailed, VillageDeskError, record_changed_elsewhere, village_not_found
from desktop.core.i18n import translate
from desktop.core.ledger import (
    FOUND,
    CLOSE,
    REOPEN,
    LedgerCounts,
    ProblemEvent,
    ProblemEvidence,
    ProblemRecord,
    check_move,
    count,
    validate_problem,
)
from desktop.core.ledger_index import LedgerEntry, LedgerIndex
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.validation import FieldError
from desktop.core.terms import weakness_mask
from desktop.storage.ledger import event_values, problem_values

MAX_DUE_SOON_DAYS = 90
_ASPECTS = frozenset(a.value for a in ProblemAspect)


def problem_not_found() -> NotFound:
    return NotFound(translate("Ledger", "This problem does not exist (any more)."))


@dataclasses.dataclass(frozen=True, slots=True)
class ProblemHistory:
    problem: ProblemRecord
    events: list[ProblemEvent]
    evidence: list[ProblemEvidence]


class LedgerService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    @property
    def attachments(self):
        return self.ws.inspections.attachments

    # -- reading ---------------------------------------------------------

    def get(self, problem_id: str) -> ProblemRecord:
        with self.ws.db.read() as r:
            p = r.ledger.get(problem_id)
        if p is None:
            raise problem_not_found()
        return p

    def many(self, ids: Iterable[str]) -> dict[str, ProblemRecord]:
        with self.ws.db.read() as r:
            return r.ledger.many(ids)

    def for_village(self, village_id: str, open_only: bool = False) -> list[ProblemRecord]:
        with self.ws.db.read() as r:
            return r.ledger.for_village(village_id, open_only)

    def history(self, problem_id: str) -> ProblemHistory:
        with self.ws.db.read() as r:
            p = r.ledger.get(problem_id)
            if p is None:
                raise problem_not_found()
            return ProblemHistory(p, r.ledger.events(problem_id), r.ledger.evidence(problem_id))

    def index(self, village_ids: Iterable[str] | None = None) -> LedgerIndex:
        """What the ledger list filters and sorts as the user types."""
        with self.ws.db.read() as r:
            entries = r.ledger.entries(village_ids)
            days = r.ledger.due_soon_days()
        return LedgerIndex(entries, self.ws.today(), days)

    def entries(self, problem_ids: Iterable[str]) -> list[LedgerEntry]:
        """The index entries of these problems as stored now (the deleted
        ones are missing): what a list patches in after an edit."""
        with self.ws.db.read() as r:
            return r.ledger.entries(problem_ids=problem_ids)

    def counts(self, village_ids: Iterable[str] | None = None) -> LedgerCounts:
        with self.ws.db.read() as r:
            rows = r.ledger.count_rows(village_ids)
            days = r.ledger.due_soon_days()
        return count(((s, d, n) for _, _, s, d, n in rows), self.ws.today(), days)

    def village_names(self, village_ids: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """village id -> (name_zh, name_bo, township name_zh, township name_bo)."""
        with self.ws.db.read() as r:
            return r.ledger.village_names(village_ids)

    def due_soon_days(self) -> int:
        with self.ws.db.read() as r:
            return r.ledger.due_soon_days()

    def set_due_soon_days(self, days: int) -> ChangeSet | None:
        if not 0 <= days <= MAX_DUE_SOON_DAYS:
            raise ValidationFailed([FieldError("due_soon_days", translate(
                "Ledger", "The days before a deadline must be between 0 and {most}.").format(most=MAX_DUE_SOON_DAYS))])
        from desktop.storage.inspections import policy_values
        with self.ws.db.write(self.ws.actor, "set_due_soon_days") as w:
            policy, row_id, version = w.inspections.policy(None)
            if row_id:
                w.update("warning_policy", row_id, version, {"due_soon_days": days})
            else:
                w.insert("warning_policy", {**policy_values(policy, None), "due_soon_days": days})
        return w.changeset

    # -- recording -------------------------------------------------------

    def add(self, p: ProblemRecord) -> tuple[str, ChangeSet]:
        """A new problem, open from the day it was found."""
        p = dataclasses.replace(p, status=ProblemStatus.OPEN, status_on=p.found_on, closed_by="", reopen_count=0)
        errors = validate_problem(p, self.ws.today())
        if errors:
            raise ValidationFailed(errors)
        with self.ws.db.write(self.ws.actor, "add_problem") as w:
            problem_id = self._insert(w, p)
        return problem_id, w.changeset

    def _insert(self, w, p: ProblemRecord) -> str:
        if w.villages.facts(p.village_id) is None:
            raise village_not_found(p.village_id)
        problem_id = w.insert("problem", problem_values(p))
        w.insert("problem_event", event_values(ProblemEvent(
            "", problem_id, w.at, p.found_on or self.ws.today(), self.ws.actor, None, ProblemStatus.OPEN,
            FOUND)))
        return problem_id

    def edit(self, p: ProblemRecord) -> ChangeSet | None:
        """Change what a problem says (not its status: that is `move`)."""
        errors = validate_problem(p, self.ws.today())
        if errors:
            raise ValidationFailed(errors)
        with self.ws.db.write(self.ws.actor, "edit_problem") as w:
            current = w.ledger.get(p.id)
            if current is None:
                raise problem_not_found()
            values = problem_values(p)
            for name in ("village_id", "status", "status_on", "closed_by", "reopen_count"):
                values.pop(name)
            w.update("problem", p.id, p.row_version, values)
        return w.changeset or None

    def move(self, problem_id: str, expected_version: int | None, to: ProblemStatus, reason: str = "",
             on: date | None = None, checker: str = "", evidence: Sequence[str | Path] = ()) -> ChangeSet:
        """Move a problem to `to`, recording who, when and why; closing out
        needs the checker's name and at least one evidence file."""
        on = on or self.ws.today()
        if on > self.ws.today():
            raise VillageDeskError(translate("Ledger", "The date of a status change cannot be in the future."))
        files = [Path(f) for f in evidence]
        for f in files:
            if not f.is_file():
                raise VillageDeskError(translate("Ledger", "The evidence file {name} cannot be read.").format(name=str(f)))
        with self.ws.db.read() as r:
            current = r.ledger.get(problem_id)
        if current is None:
            raise problem_not_found()
        planned = check_move(current.status, to, reason, checker=checker, evidence_count=len(files))
        self.ws.session.check(f"problem_{planned.name}")   # before copying evidence in
        # Copied before the transaction: the store is content-addressed, so
        # a file left by a failed write is harmless and reused next time.
        stored = [(f.name[:400], *self.attachments.add(f)) for f in files]
        # The action names the move (problem_close, problem_send_back ...):
        # the role check tells moves to the same status apart by it.
        with self.ws.db.write(self.ws.actor, f"problem_{planned.name}") as w:
            current = w.ledger.get(problem_id)
            if current is None:
                raise problem_not_found()
            if expected_version is not None and current.row_version != expected_version:
                raise record_changed_elsewhere()
            move = check_move(current.status, to, reason, checker=checker, evidence_count=len(files))
            if move is not planned:
                raise record_changed_elsewhere()   # moved by someone else meanwhile
            if on < (current.status_on or on):
                raise VillageDeskError(translate("Ledger", "The date of a status change cannot be before the "
                                                           "last one ({date}).").format(date=current.status_on.isoformat()))
            values = {"status": to.value, "status_on": on}
            if move is CLOSE:
                values["closed_by"] = checker.strip()
            elif move is REOPEN:
                values["reopen_count"] = current.reopen_count + 1
                values["closed_by"] = ""
            w.update("problem", problem_id, current.row_version, values)
            event_id = w.insert("problem_event", event_values(ProblemEvent(
                "", problem_id, w.at, on, self.ws.actor, current.status, to, reason, checker)))
            for name, sha, size in stored:
                w.insert("problem_evidence", {"problem_id": problem_id, "event_id": event_id, "file_name": name,
                                              "sha256": sha, "size_bytes": size})
        return w.changeset

    def close_out(self, problem_id: str, expected_version: int | None, checker: str, evidence: Sequence[str | Path],
                  reason: str = "", on: date | None = None) -> ChangeSet:
        """销号: a solved problem, checked, closed with its evidence."""
        return self.move(problem_id, expected_version, ProblemStatus.CLOSED, reason, on, checker, evidence)

    def delete(self, problem_id: str, expected_version: int | None = None) -> ChangeSet:
        """Take a problem off the ledger (entered by mistake). One that a
        plan already covers stays: revise the plan first."""
        with self.ws.db.write(self.ws.actor, "delete_problem") as w:
            if w.ledger.get(problem_id) is None:
                raise problem_not_found()
            if w.ledger.in_plan(problem_id):
                raise VillageDeskError(translate("Ledger", "This problem is in a village plan and cannot be "
                                                           "deleted; take it out of the plan first."))
            w.delete("problem", problem_id, expected_version)
            for code, answer_id, version in w.ledger.linked_answers(problem_id):
                w.update("inspection_answer", answer_id, version, {"problem_id": None})
        return w.changeset

    # -- from an inspection ---------------------------------------------

    def from_inspection(self, inspection_id: str, codes: Iterable[str] | None = None, *,
                        category: ProblemCategory | None = None, deadline: date | None = None,
                        responsible_leader: str = "", responsible_person: str = "") -> tuple[list[str], ChangeSet | None]:
        """A problem for each failed item of a finalised inspection (those in
        `codes`, or all) that has none yet; each answer is linked to its
        problem. The category and aspect come from the item's aspect when it
        is one of the 24 (the shipped quantified checklist); otherwise
        `category` is needed."""
        f = self.ws.inspections.open(inspection_id)
        if not f.inspection.final:
            raise VillageDeskError(translate("Ledger", "Problems are taken from a finalised inspection; "
                                                       "finalise this one first."))
        sheet = self.ws.inspections.sheet(f)
        wanted = set(codes) if codes is not None else None
        failed = [r for r in sheet.failed if wanted is None or r.indicator.code in wanted]
        if wanted is not None:
            unknown = wanted - {r.indicator.code for r in sheet.failed}
            if unknown:
                raise VillageDeskError(translate("Ledger", "These items did not fail, so they are not problems: {codes}.")
                                       .format(codes=", ".join(sorted(unknown))))
        aspect_of = {i.code: a.code for a in f.template.aspects() for i in a.indicators}
        # Found when finalised. finalised_at is a UTC time, whose date need not
        # be the user's today; a problem is never found after today (the rule
        # validate_problem keeps for problems added by hand).
        today = self.ws.today()
        found_on = min(f.inspection.finalised_at.date(), today) if f.inspection.finalised_at else today
        made: list[str] = []
        with self.ws.db.write(self.ws.actor, "problems_from_inspection") as w:
            linked = w.ledger.from_inspection(inspection_id)
            answers = {a.indicator_code: a for a in w.inspections.answers(inspection_id)}
            for result in failed:
                ind = result.indicator
                if ind.code in linked:
                    continue
                aspect = ProblemAspect(aspect_of[ind.code]) if aspect_of[ind.code] in _ASPECTS else None
                cat = aspect.category if aspect else category
                if cat is None:
                    raise VillageDeskError(translate("Ledger", "The checklist's aspects are not the 24 aspects of "
                                                               "the ledger: choose a category for these problems."))
                note = result.note.strip()
                # The ledger is kept in the working language of the record, Chinese, as the checklist words it.
                text = ind.text.zh or ind.text.bo
                # The note follows in the item's own script: a colon in Chinese, a shad in Tibetan.
                joined = f"{text.rstrip('。')}：{note}" if ind.text.zh else f"{text.rstrip('། ')}། {note}"
                p = ProblemRecord(
                    id="", row_version=0, village_id=f.inspection.village_id,
                    description=joined if note else text, category=cat, aspect=aspect,
                    weakness=weakness_mask(ind.weakness), source=ProblemSource.INSPECTION,
                    source_ref=f"{f.template_info.label} {f.inspection.period} {ind.code}",
                    inspection_id=inspection_id, indicator_code=ind.code,
                    found_on=found_on,
                    deadline=deadline, responsible_leader=responsible_leader, responsible_person=responsible_person)
                problem_id = self._insert(w, dataclasses.replace(p, status_on=p.found_on))
                made.append(problem_id)
                if ind.code in answers:
                    a = answers[ind.code]
                    w.update("inspection_answer", a.id, a.row_version, {"problem_id": problem_id})
        return made, (w.changeset or None)
