"""The ledger list's filters and orders, done in memory as the user types."""

from datetime import date

from desktop.core.ledger_index import LedgerEntry, LedgerFilter, LedgerIndex, SortKey
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus as S
from desktop.core.terms import WeaknessType, weakness_mask

TODAY = date(2026, 11, 24)
D = TODAY.toordinal()


def _e(i, village="v1", status=S.OPEN, aspect="B3", weakness=(), source="petition", found=D - 30, deadline=0,
       person="扎西 卓玛", text="党员老化"):
    return LedgerEntry(f"p{i}", village, f"sort-{village}", status, aspect[0], aspect,
                       weakness_mask(weakness), source, found, deadline, person.lower(), f"{text} {person}".lower())


ENTRIES = [
    _e(1, deadline=D - 1),                                   # overdue
    _e(2, deadline=D + 3, person="格桑 次仁"),               # due soon
    _e(3, village="v2", status=S.SOLVED, aspect="E2", deadline=D - 5, text="信访积案"),
    _e(4, village="v2", status=S.REOPENED, aspect="C1", weakness=(WeaknessType.POOR,), source="inspection"),
    _e(5, status=S.CLOSED, aspect="F1", found=D - 100),
]


def _ids(f, key=SortKey.DEADLINE, descending=False):
    return LedgerIndex(ENTRIES, TODAY).select(f, key, descending)


def test_each_filter():
    assert _ids(LedgerFilter()) == ["p3", "p1", "p2", "p4", "p5"]
    assert _ids(LedgerFilter(village_ids=frozenset({"v2"}))) == ["p3", "p4"]
    assert _ids(LedgerFilter(statuses=frozenset({S.SOLVED, S.CLOSED}))) == ["p3", "p5"]
    assert _ids(LedgerFilter(category=ProblemCategory.STABILITY)) == ["p3"]
    assert _ids(LedgerFilter(category=ProblemCategory.TEAM_BUILDING, aspect=ProblemAspect.B3)) == ["p1", "p2"]
    assert _ids(LedgerFilter(weakness=frozenset({WeaknessType.POOR}))) == ["p4"]
    assert _ids(LedgerFilter(source=ProblemSource.INSPECTION)) == ["p4"]
    assert _ids(LedgerFilter(person="格桑")) == ["p2"]
    assert _ids(LedgerFilter(text="信访")) == ["p3"]
    # Solved problems are not overdue, however old their deadline.
    assert _ids(LedgerFilter(overdue_only=True)) == ["p1"]
    assert _ids(LedgerFilter(due_soon_only=True)) == ["p1", "p2"]
    assert _ids(LedgerFilter(village_ids=frozenset({"v1"}), text="扎西", overdue_only=True)) == ["p1"]


def test_orders_are_kept_while_filtering():
    assert _ids(LedgerFilter(), SortKey.FOUND) == ["p5", "p1", "p2", "p3", "p4"]
    assert _ids(LedgerFilter(), SortKey.FOUND, True)[0] in {"p1", "p2", "p3", "p4"}
    assert _ids(LedgerFilter(statuses=frozenset({S.OPEN, S.REOPENED})), SortKey.STATUS) == ["p1", "p2", "p4"]
    assert _ids(LedgerFilter(), SortKey.CATEGORY) == ["p1", "p2", "p4", "p3", "p5"]
    index = LedgerIndex(ENTRIES, TODAY)
    assert index.order(SortKey.VILLAGE) is index.order(SortKey.VILLAGE)   # cached
    assert LedgerFilter().is_empty() and not LedgerFilter(text="x").is_empty()


def test_reopened_means_ever_reopened():
    again = LedgerEntry("p6", "v1", "sort-v1", S.CLOSED, "B", "B3", 0, "petition", D - 9, 0, "", "", reopen_count=1)
    index = LedgerIndex([*ENTRIES, again], TODAY)
    # The filter reads the count, not the status: p4's status says reopened, its count (0 here) does not.
    assert index.select(LedgerFilter(reopened_only=True)) == ["p6"]


def test_typing_narrows_the_rows_kept_and_deleting_widens_them_again():
    index = LedgerIndex([*ENTRIES, _e(6, person="次仁", text="党员流失", deadline=D + 40)], TODAY)
    f = LedgerFilter(text="党")
    assert index.select(f) == ["p1", "p2", "p6", "p4", "p5"]
    f.text = "党员"            # the filter bar changes its filter in place
    assert index.select(f) == ["p1", "p2", "p6", "p4", "p5"]
    f.text = "党员流"
    assert index.select(f) == ["p6"]
    f.text = "党员老"
    assert index.select(f) == ["p1", "p2", "p4", "p5"]
    f.statuses = frozenset({S.OPEN})      # another part changes: not narrowed from the last rows
    assert index.select(f) == ["p1", "p2"]
    f.statuses = frozenset()
    f.person, f.text = "次", ""
    assert index.select(f) == ["p2", "p6"]
    assert index.select(f, SortKey.DEADLINE, True) == ["p6", "p2"]
    f.person = ""
    assert index.select(f) == ["p3", "p1", "p2", "p6", "p4", "p5"]


def test_orders_equal_sorting_by_the_columns():
    """The orders sort on one int per entry; they are the orders of the
    columns' values, ties (kept in ledger order) and missing dates included."""
    entries = [LedgerEntry(f"p{i}", f"v{i % 3}", f"sort-v{i % 3}", list(S)[i % 5], "BCAF"[i % 4],
                           ("B3", "C1", "A2", "")[i % 4], 0, "petition", (D - i % 4) if i % 5 else 0,
                           (D + i % 3) if i % 4 else 0, "", "") for i in range(40)]
    status_order = list(S)
    columns = {
        SortKey.VILLAGE: lambda e: (e.village_sort, e.found_on),
        SortKey.STATUS: lambda e: (status_order.index(e.status), e.deadline or 10**9),
        SortKey.CATEGORY: lambda e: (e.aspect, e.category, e.found_on),
        SortKey.FOUND: lambda e: e.found_on,
        SortKey.DEADLINE: lambda e: e.deadline or 10**9,
    }
    index = LedgerIndex(entries, TODAY)
    for key, value in columns.items():
        for descending in (False, True):
            expected = [e.id for e in sorted(entries, key=value, reverse=descending)]
            assert index.select(LedgerFilter(), key, descending) == expected, (key, descending)
