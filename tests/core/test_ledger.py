"""The problem ledger's rules: every status move, allowed and refused,
deadline colours and the counts."""

from datetime import date

import pytest

from desktop.core.ledger import (
    MOVES,
    IllegalMove,
    LedgerCounts,
    ProblemRecord,
    check_move,
    count,
    deadline_colour,
    find_move,
    validate_problem,
)
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus as S
from desktop.core.terms import WarningColour

TODAY = date(2026, 11, 24)

ALLOWED = {
    (S.OPEN, S.IN_PROGRESS), (S.OPEN, S.SOLVED),
    (S.IN_PROGRESS, S.SOLVED),
    (S.REOPENED, S.IN_PROGRESS), (S.REOPENED, S.SOLVED),
    (S.SOLVED, S.CLOSED), (S.SOLVED, S.IN_PROGRESS), (S.SOLVED, S.REOPENED),
    (S.CLOSED, S.REOPENED),
}


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("to", list(S))
def test_every_move_is_allowed_or_refused_with_a_message(current, to):
    if (current, to) in ALLOWED:
        move = find_move(current, to)
        assert move.to is to
    else:
        with pytest.raises(IllegalMove) as e:
            find_move(current, to)
        assert current.label in e.value.message
        assert e.value.message.strip()


def test_the_table_of_moves_is_the_one_tested():
    assert {(s, m.to) for s, moves in MOVES.items() for m in moves} == ALLOWED


def test_closing_out_needs_a_checker_and_evidence():
    with pytest.raises(IllegalMove, match="checked"):
        check_move(S.SOLVED, S.CLOSED, "", checker=" ", evidence_count=1)
    with pytest.raises(IllegalMove, match="evidence"):
        check_move(S.SOLVED, S.CLOSED, "", checker="李", evidence_count=0)
    assert check_move(S.SOLVED, S.CLOSED, "", checker="李", evidence_count=1).to is S.CLOSED


@pytest.mark.parametrize("current,to", [(S.CLOSED, S.REOPENED), (S.SOLVED, S.REOPENED), (S.SOLVED, S.IN_PROGRESS)])
def test_going_back_needs_a_reason(current, to):
    with pytest.raises(IllegalMove, match="reason"):
        check_move(current, to, "  ")
    assert check_move(current, to, "又出现了").to is to


def test_closing_an_open_problem_says_it_must_be_solved_and_checked_first():
    with pytest.raises(IllegalMove, match="reported solved"):
        find_move(S.OPEN, S.CLOSED)


def test_deadline_colours():
    assert deadline_colour(S.OPEN, date(2026, 11, 23), TODAY) is WarningColour.RED
    assert deadline_colour(S.IN_PROGRESS, TODAY, TODAY) is WarningColour.YELLOW
    assert deadline_colour(S.REOPENED, date(2026, 12, 1), TODAY) is WarningColour.YELLOW
    assert deadline_colour(S.OPEN, date(2026, 12, 2), TODAY) is WarningColour.GREEN
    assert deadline_colour(S.OPEN, date(2026, 12, 2), TODAY, due_soon_days=8) is WarningColour.YELLOW
    assert deadline_colour(S.SOLVED, date(2020, 1, 1), TODAY) is None
    assert deadline_colour(S.CLOSED, date(2020, 1, 1), TODAY) is None
    assert deadline_colour(S.OPEN, None, TODAY) is None


def test_counts_as_the_campaign_reports_them():
    rows = [(S.CLOSED, None, 0)] * 3 + [(S.SOLVED, None, 1), (S.OPEN, date(2026, 1, 1), 0),
                                        (S.IN_PROGRESS, date(2026, 11, 25), 0), (S.REOPENED, None, 2)]
    c = count(rows, TODAY)
    assert (c.found, c.solved, c.closed, c.open, c.overdue, c.due_soon, c.reopened) == (7, 4, 3, 3, 1, 1, 2)
    assert c.sentence() == "7 problems found, 4 solved, 3 closed out, 3 open, 1 overdue"
    assert LedgerCounts().found == 0


def test_a_problem_is_checked_field_by_field():
    p = ProblemRecord(id="", row_version=0, village_id="v", description="", category=None,
                      source=ProblemSource.INSPECTION, found_on=date(2027, 1, 1), deadline=date(2026, 1, 1))
    fields = {e.field for e in validate_problem(p, TODAY)}
    assert fields == {"description", "category", "found_on", "deadline", "source_ref"}
    ok = ProblemRecord(id="", row_version=0, village_id="v", description="三会一课不落实",
                       category=ProblemCategory.OPERATION, aspect=ProblemAspect.F1, found_on=TODAY)
    assert validate_problem(ok, TODAY) == []
    assert {e.field for e in validate_problem(ProblemRecord(
        id="", row_version=0, village_id="v", description="x", category=ProblemCategory.OPERATION,
        aspect=ProblemAspect.A1, found_on=TODAY), TODAY)} == {"aspect"}


def test_aspects_belong_to_their_categories():
    assert len(ProblemAspect) == 24 and len(ProblemCategory) == 6
    for c in ProblemCategory:
        assert len(c.aspects) == 4 and all(a.category is c for a in c.aspects)
