"""Keeping the ledger list current as the user works.

The list's index holds one light entry per problem (`ledger_index.py`); at
prefecture scale that is 150,000 of them. Two things here keep the list
smooth at that size: counting the entries shown per keystroke without
building a date per row, and patching the index after an edit (one moved or
added problem) instead of reading every entry again.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from desktop.core.ledger import LedgerCounts
from desktop.core.ledger_index import LedgerEntry, LedgerIndex
from desktop.core.ledger_terms import ProblemStatus

_OPEN = frozenset(s for s in ProblemStatus if s.is_open)
_SOLVED = frozenset(s for s in ProblemStatus if s.is_solved)


def count_entries(index: LedgerIndex, ids: Iterable[str] | None = None,
                  position: dict[str, int] | None = None) -> LedgerCounts:
    """The campaign's counts over the entries `ids` (all when None); the
    same figures as `ledger.count` over the same problems (a test keeps
    them equal), on date ordinals instead of dates. `position` is
    `positions(index)` when the caller has it already."""
    if ids is None:
        entries = index.entries
    else:
        position = positions(index) if position is None else position
        entries = [index.entries[position[i]] for i in ids if i in position]
    today = index.today.toordinal()
    soon = today + index.due_soon_days
    by_status = Counter(e.status for e in entries)
    overdue = due_soon = 0
    for e in entries:
        if e.deadline and e.status in _OPEN:
            if e.deadline < today:
                overdue += 1
            elif e.deadline <= soon:
                due_soon += 1
    return LedgerCounts(
        found=len(entries),
        solved=sum(n for s, n in by_status.items() if s in _SOLVED),
        closed=by_status.get(ProblemStatus.CLOSED, 0),
        open=sum(n for s, n in by_status.items() if s in _OPEN),
        overdue=overdue, due_soon=due_soon,
        reopened=sum(1 for e in entries if e.reopen_count),
        by_status=dict(by_status))


def positions(index: LedgerIndex) -> dict[str, int]:
    """problem id -> position in `index.entries`; the caller keeps it as
    long as it keeps the index (an index is replaced, not changed)."""
    return {e.id: i for i, e in enumerate(index.entries)}


def patched(index: LedgerIndex, fresh: Iterable[LedgerEntry], gone: Iterable[str] = (),
            due_soon_days: int | None = None) -> LedgerIndex:
    """A new index with `fresh` entries in place of the old ones of the same
    problems (or added, for new problems) and the problems `gone` taken out.
    Its sort orders are made again when first asked (the patched entries
    may sort elsewhere): one sort, not a read of the whole ledger."""
    fresh = list(fresh)
    replace = {e.id: e for e in fresh}
    drop = set(gone) - replace.keys()
    entries = [replace.pop(e.id, e) for e in index.entries if e.id not in drop]
    entries += [e for e in fresh if e.id in replace]     # new problems, in the order given
    days = index.due_soon_days if due_soon_days is None else due_soon_days
    return LedgerIndex(entries, index.today, days)
