"""Every dashboard figure and the ledger filter behind it select the same
problems: a click on a number lists exactly what it counted."""

from datetime import date

from desktop.core.dashboard import build
from desktop.core.ledger_index import LedgerEntry, LedgerIndex
from desktop.core.ledger_terms import ProblemCategory, ProblemStatus as S
from desktop.core.support import SupportTotals

TODAY = date(2026, 11, 24)
D = TODAY.toordinal()

# (village, category, status, deadline, reopen count)
ROWS = [
    ("v1", "B", S.OPEN, D - 1, 0),          # overdue
    ("v1", "B", S.IN_PROGRESS, D + 3, 0),   # due soon
    ("v1", "E", S.SOLVED, D - 5, 0),        # solved: never overdue
    ("v2", "C", S.REOPENED, D + 30, 1),
    ("v2", "F", S.CLOSED, None, 2),         # reopened once, closed again
    ("v3", "B", S.OPEN, None, 0),           # outside the scope
]


def _dashboard_and_index():
    scope = ["v1", "v2"]
    rows = [(v, c, s, date.fromordinal(d) if d else None, n) for v, c, s, d, n in ROWS if v in scope]
    d = build(scope, {}, {}, {}, rows, SupportTotals(by_kind={}), TODAY, 7)
    entries = [LedgerEntry(f"p{i}", v, v, s, c, c + "1", 0, "other", 0, d or 0, "", "", n)
               for i, (v, c, s, d, n) in enumerate(ROWS)]
    return d, LedgerIndex(entries, TODAY, 7)


def test_each_problem_figure_lists_what_it_counts():
    d, index = _dashboard_and_index()
    p = d.problems
    assert (p.found, p.solved, p.open, p.overdue, p.due_soon, p.reopened) == (5, 2, 3, 1, 1, 2)
    assert len(index.select(d.problem_filter())) == p.found
    assert len(index.select(d.problem_filter(solved=True))) == p.solved
    assert len(index.select(d.problem_filter(solved=False))) == p.open
    assert len(index.select(d.problem_filter(overdue=True))) == p.overdue
    # The ledger's "due soon" takes the overdue in too.
    assert len(index.select(d.problem_filter(due_soon=True))) == p.overdue + p.due_soon
    assert len(index.select(d.problem_filter(reopened=True))) == p.reopened
    for s in S:
        assert len(index.select(d.problem_filter(status=s))) == p.by_status.get(s, 0)
    for c in d.by_category:
        assert len(index.select(d.problem_filter(category=c.category))) == c.found
        assert len(index.select(d.problem_filter(category=c.category, solved=True))) == c.solved
    team = next(c for c in d.by_category if c.category is ProblemCategory.TEAM_BUILDING)
    assert (team.found, team.solved) == (2, 0)


def test_the_counts_are_the_ledgers_counts():
    """The dashboard tallies by deadline instead of problem by problem; its
    figures are `ledger.count`'s over the same rows."""
    import random

    from desktop.core.ledger import count

    r = random.Random(4)
    rows = [(f"v{r.randint(1, 9)}", r.choice("ABCDEF"), r.choice(list(S)),
             None if r.random() < 0.2 else date.fromordinal(D + r.randint(-20, 20)), r.choice((0, 0, 0, 1, 2)))
            for _ in range(500)]
    for days in (0, 7, 30):
        d = build([f"v{i}" for i in range(1, 10)], {}, {}, {}, rows, SupportTotals(by_kind={}), TODAY, days)
        assert d.problems == count(((s, dl, n) for _, _, s, dl, n in rows), TODAY, days)
        for c in d.by_category:
            mine = [row for row in rows if row[1] == c.category.value]
            assert (c.found, c.solved) == (len(mine), sum(1 for row in mine if row[2].is_solved))
