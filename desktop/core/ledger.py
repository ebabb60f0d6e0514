"""The problem ledger (问题台账, 挂牌销号): a problem's record, the moves its
status may make, deadline colours, and the campaign's counts.

A problem is open → in progress → solved, awaiting check → closed out (销号,
with evidence and the checker's name). A closed or solved problem that comes
back is reopened (反复回潮) and works its way through again; its history
keeps every move with who, when and why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WarningColour, WeaknessType, weakness_types
from desktop.core.validation import FieldError

S = ProblemStatus

DEFAULT_DUE_SOON_DAYS = 7


@dataclass(frozen=True, slots=True)
class Move:
    """A status change a user can make."""

    name: str
    to: ProblemStatus
    needs_reason: bool = False


# The moves from each status. A move not listed is refused.
START = Move("start", S.IN_PROGRESS)
SOLVE = Move("solve", S.SOLVED)
CLOSE = Move("close", S.CLOSED)              # 销号: only with evidence and a checker
SEND_BACK = Move("send_back", S.IN_PROGRESS, needs_reason=True)   # the check found it not solved
REOPEN = Move("reopen", S.REOPENED, needs_reason=True)            # 反复回潮
MOVES = {
    S.OPEN: (START, SOLVE),
    S.IN_PROGRESS: (SOLVE,),
    S.REOPENED: (START, SOLVE),
    S.SOLVED: (CLOSE, SEND_BACK, REOPEN),
    S.CLOSED: (REOPEN,),
}
MOVE_BY_NAME = {m.name: m for m in (START, SOLVE, CLOSE, SEND_BACK, REOPEN)}


class IllegalMove(VillageDeskError):
    pass


def move_label(move: Move) -> str:
    return {
        "start": translate("Ledger", "Start work"),
        "solve": translate("Ledger", "Report solved"),
        "close": translate("Ledger", "Close out"),
        "send_back": translate("Ledger", "Not solved: send back"),
        "reopen": translate("Ledger", "Reopen"),
    }[move.name]


def find_move(current: ProblemStatus, to: ProblemStatus) -> Move:
    """The move from `current` to `to`, or IllegalMove saying what is allowed."""
    for m in MOVES[current]:
        if m.to is to:
            return m
    allowed = " / ".join(m.to.label for m in MOVES[current])
    if to is S.CLOSED:
        raise IllegalMove(translate("Ledger", "A problem that is “{now}” cannot be closed out: it must first be "
                                              "reported solved and then checked.").format(now=current.label))
    raise IllegalMove(translate("Ledger", "A problem that is “{now}” cannot become “{to}”. "
                                          "It can become: {allowed}.")
                      .format(now=current.label, to=to.label, allowed=allowed))


def check_move(current: ProblemStatus, to: ProblemStatus, reason: str, *,
               checker: str = "", evidence_count: int = 0) -> Move:
    """The move, once everything it needs is there; IllegalMove otherwise."""
    move = find_move(current, to)
    if move.needs_reason and not reason.strip():
        raise IllegalMove(translate("Ledger", "Say why: “{move}” needs a reason in the history.")
                          .format(move=move_label(move)))
    if move is CLOSE:
        if not checker.strip():
            raise IllegalMove(translate("Ledger", "Closing out needs the name of who checked the result."))
        if evidence_count < 1:
            raise IllegalMove(translate("Ledger", "Closing out needs evidence: attach at least one file."))
    return move


@dataclass(slots=True)
class ProblemRecord:
    id: str
    row_version: int
    village_id: str
    description: str = ""
    category: ProblemCategory | None = None
    aspect: ProblemAspect | None = None
    weakness: int = 0
    source: ProblemSource = ProblemSource.OTHER
    source_ref: str = ""
    inspection_id: str | None = None
    indicator_code: str | None = None
    found_on: date | None = None
    deadline: date | None = None
    responsible_leader: str = ""
    responsible_person: str = ""
    status: ProblemStatus = S.OPEN
    status_on: date | None = None
    closed_by: str = ""
    reopen_count: int = 0
    note: str = ""

    @property
    def weakness_types(self) -> frozenset[WeaknessType]:
        return weakness_types(self.weakness)


# Moves the program makes itself are stored with a code, not a sentence, so
# the history reads in the reader's language rather than the writer's.
FOUND = "@found"
PLAN_APPROVED = "@plan_approved"


def reason_text(reason: str) -> str:
    if reason == FOUND:
        return translate("Ledger", "Recorded on the ledger")
    if reason == PLAN_APPROVED:
        return translate("Ledger", "Village plan approved")
    return reason


@dataclass(frozen=True, slots=True)
class ProblemEvent:
    """One status change in a problem's history."""

    id: str
    problem_id: str
    at: datetime
    on: date
    actor: str
    from_status: ProblemStatus | None
    to_status: ProblemStatus
    reason: str = ""
    checker: str = ""

    @property
    def reason_text(self) -> str:
        return reason_text(self.reason)


@dataclass(frozen=True, slots=True)
class ProblemEvidence:
    id: str
    problem_id: str
    event_id: str | None
    file_name: str
    sha256: str
    size_bytes: int


def validate_problem(p: ProblemRecord, today: date) -> list[FieldError]:
    errors = []
    if not p.description.strip():
        errors.append(FieldError("description", translate("Ledger", "Describe the problem.")))
    if p.category is None:
        errors.append(FieldError("category", translate("Ledger", "Choose the category of the problem.")))
    elif p.aspect is not None and p.aspect.category is not p.category:
        errors.append(FieldError("aspect", translate("Ledger", "The aspect {aspect} does not belong to the category {category}.")
                                 .format(aspect=p.aspect.inline_label, category=p.category.inline_label)))
    if p.found_on is None:
        errors.append(FieldError("found_on", translate("Ledger", "Give the date the problem was found.")))
    elif p.found_on > today:
        errors.append(FieldError("found_on", translate("Ledger", "The date found is in the future.")))
    if p.deadline is not None and p.found_on is not None and p.deadline < p.found_on:
        errors.append(FieldError("deadline", translate("Ledger", "The deadline is before the date the problem was found.")))
    if p.source is ProblemSource.INSPECTION and not p.inspection_id and not p.source_ref.strip():
        errors.append(FieldError("source_ref", translate("Ledger", "Name the inspection item the problem came from.")))
    return errors


def deadline_colour(status: ProblemStatus, deadline: date | None, today: date,
                    due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> WarningColour | None:
    """Red once overdue, yellow within `due_soon_days` of the deadline, green
    otherwise; None for problems no longer being worked on (solved or
    closed) or without a deadline."""
    if not status.is_open or deadline is None:
        return None
    if deadline < today:
        return WarningColour.RED
    if deadline <= today + timedelta(days=due_soon_days):
        return WarningColour.YELLOW
    return WarningColour.GREEN


@dataclass(slots=True)
class LedgerCounts:
    """"发现问题 N 个, 已解决 M 个" and the rest."""

    found: int = 0
    solved: int = 0          # solved (awaiting check) or closed out
    closed: int = 0
    open: int = 0            # open, in progress or reopened
    overdue: int = 0
    due_soon: int = 0
    reopened: int = 0        # ever reopened (反复回潮)
    by_status: dict[ProblemStatus, int] = field(default_factory=dict)

    def sentence(self) -> str:
        return translate("Ledger", "{found} problems found, {solved} solved, {closed} closed out, "
                                   "{open} open, {overdue} overdue").format(
            found=self.found, solved=self.solved, closed=self.closed, open=self.open, overdue=self.overdue)


def tallied(tally: Mapping[tuple[ProblemStatus, WarningColour | None, bool], int]) -> LedgerCounts:
    """The counts of problems tallied by (status, deadline colour, ever
    reopened): the ledger, the ledger list and the dashboard each tally
    their rows as suits them and share this last step."""
    counts = LedgerCounts()
    for (status, colour, reopened), n in tally.items():
        counts.found += n
        counts.by_status[status] = counts.by_status.get(status, 0) + n
        if status.is_solved:
            counts.solved += n
        if status is S.CLOSED:
            counts.closed += n
        if status.is_open:
            counts.open += n
        if colour is WarningColour.RED:
            counts.overdue += n
        elif colour is WarningColour.YELLOW:
            counts.due_soon += n
        if reopened:
            counts.reopened += n
    return counts


def count(rows: Iterable[tuple[ProblemStatus, date | None, int]], today: date,
          due_soon_days: int = DEFAULT_DUE_SOON_DAYS) -> LedgerCounts:
    """The counts of (status, deadline, reopen count) rows; a county holds
    tens of thousands of problems but a few hundred deadlines, so each
    (status, deadline) is coloured once."""
    pairs: Counter = Counter()
    for status, deadline, reopens in rows:
        pairs[status, deadline, bool(reopens)] += 1
    tally: Counter = Counter()
    for (status, deadline, reopened), n in pairs.items():
        tally[status, deadline_colour(status, deadline, today, due_soon_days), reopened] += n
    return tallied(tally)
