"""Counting the entries shown and patching the index after an edit give the
same answers as counting the records and reading the index again."""

from dataclasses import replace
from datetime import date

from desktop.core.ledger import count
from desktop.core.ledger_index import LedgerEntry, LedgerFilter, LedgerIndex, SortKey
from desktop.core.ledger_live import EntryCounter, patched
from desktop.core.ledger_terms import ProblemStatus as S

TODAY = date(2026, 11, 24)
D = TODAY.toordinal()


def _e(i, status=S.OPEN, deadline=0, reopens=0, village="v1"):
    return LedgerEntry(f"p{i}", village, f"sort-{village}", status, "B", "B3", 0, "petition", D - 30 + i, deadline,
                       "", f"text {i}", reopens)


ENTRIES = [
    _e(1, deadline=D - 1), _e(2, deadline=D), _e(3, deadline=D + 7), _e(4, deadline=D + 8),
    _e(5, S.SOLVED, D - 5), _e(6, S.CLOSED, D - 9, reopens=1), _e(7, S.REOPENED, D - 2, reopens=2),
    _e(8, S.IN_PROGRESS), _e(9, S.IN_PROGRESS, D + 3),
]


def _as_rows(entries):
    return [(e.status, date.fromordinal(e.deadline) if e.deadline else None, e.reopen_count) for e in entries]


def test_counting_entries_matches_counting_records():
    for days in (0, 7, 30):
        counter = EntryCounter(LedgerIndex(ENTRIES, TODAY, days))
        assert counter.count() == count(_as_rows(ENTRIES), TODAY, days)
        some = ["p1", "p6", "p9", "missing"]
        chosen = [e for e in ENTRIES if e.id in some]
        assert counter.count(some) == count(_as_rows(chosen), TODAY, days)
        assert counter.count([]) == count([], TODAY, days)
    assert EntryCounter(LedgerIndex([], TODAY)).count().found == 0


def test_a_patched_index_is_the_index_read_again():
    index = LedgerIndex(ENTRIES, TODAY)
    assert index.select(LedgerFilter(), SortKey.DEADLINE)[0] == "p6"
    moved = replace(ENTRIES[0], status=S.SOLVED, deadline=D + 40)
    new = _e(10, deadline=D - 20)
    after = patched(index, [moved, new], gone=["p6", "p2"])
    expected = LedgerIndex([moved] + [e for e in ENTRIES[1:] if e.id not in ("p6", "p2")] + [new], TODAY)
    for key in SortKey:
        assert after.select(LedgerFilter(), key) == expected.select(LedgerFilter(), key)
    assert after.select(LedgerFilter(overdue_only=True)) == ["p10", "p7"]
    assert index.select(LedgerFilter(), SortKey.DEADLINE)[0] == "p6"     # the old index is left as it was
    assert patched(index, [], due_soon_days=1).due_soon_days == 1
