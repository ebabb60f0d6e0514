"""Keeping the ledger list current as the user works.

The list's index holds one light entry per problem (`ledger_index.py`); at
prefecture scale that is 150,000 of them. Two things here keep the list
smooth at that size: counting the entries shown per keystroke without a
date or a call per row, and patching the index after an edit (one moved or
added problem) instead of reading every entry again.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from desktop.core.ledger import LedgerCounts, tallied
from desktop.core.ledger_index import LedgerEntry, LedgerIndex
from desktop.core.ledger_terms import ProblemStatus
from desktop.core.terms import WarningColour

_STATUSES = list(ProblemStatus)
_OPEN = frozenset(s for s in ProblemStatus if s.is_open)
_ON_TIME, _OVERDUE, _DUE_SOON = 0, 1, 2
_COLOURS = (None, WarningColour.RED, WarningColour.YELLOW)   # by _ON_TIME, _OVERDUE, _DUE_SOON


class EntryCounter:
    """The campaign's counts over any rows of an index, as `ledger.count`
    gives them over the same problems (a test keeps them equal).

    Each entry is reduced once to one small int (status, deadline colour,
    ever reopened); counting the rows shown is then a `Counter` over those
    ints, in C, however many rows there are. Made once per index (an index
    is replaced, not changed, when the ledger changes)."""

    def __init__(self, index: LedgerIndex) -> None:
        today = index.today.toordinal()
        soon = today + index.due_soon_days
        rank = {s: i for i, s in enumerate(_STATUSES)}
        buckets = []
        append = buckets.append
        for e in index.entries:
            when = _ON_TIME
            if e.deadline and e.status in _OPEN:
                when = _OVERDUE if e.deadline < today else _DUE_SOON if e.deadline <= soon else _ON_TIME
            append((rank[e.status] * 3 + when) * 2 + (1 if e.reopen_count else 0))
        self.index = index
        self.buckets = buckets
        self.bucket_of = dict(zip((e.id for e in index.entries), buckets))

    def count(self, ids: Iterable[str] | None = None) -> LedgerCounts:
        """The counts of the entries `ids` (all when None; unknown ids are skipped)."""
        if ids is None:
            tally = Counter(self.buckets)
        else:
            bucket_of = self.bucket_of
            try:     # in C: no Python call per row
                tally = Counter(map(bucket_of.__getitem__, ids))
            except KeyError:
                tally = Counter(bucket_of[i] for i in ids if i in bucket_of)
        return tallied({(_STATUSES[bucket // 6], _COLOURS[bucket // 2 % 3], bool(bucket % 2)): n
                        for bucket, n in tally.items()})


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
