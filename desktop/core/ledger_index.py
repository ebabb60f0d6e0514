"""Filtering and sorting the ledger as the user types.

The ledger of a prefecture holds 150,000 problems. The list loads one light
row per problem once (`LedgerEntry`: what the filters and the sort keys
need, nothing else) and filters and sorts them here, per keystroke, in
plain Python; the table then fetches the visible rows' full records by id.
Sort orders are computed once per column and reused: filtering keeps the
chosen order, so a keystroke costs one pass over the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import Sequence

from desktop.core.ledger import DEFAULT_DUE_SOON_DAYS
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WeaknessType, weakness_mask


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: str
    village_id: str
    village_sort: str
    status: ProblemStatus
    category: str
    aspect: str
    weakness: int
    source: str
    found_on: int            # date ordinals; 0 when unknown
    deadline: int            # 0 when none
    person: str              # responsible leader and person, lower case
    search: str              # description, people, village names, lower case
    reopen_count: int = 0


class SortKey(StrEnum):
    VILLAGE = "village"
    STATUS = "status"
    CATEGORY = "category"
    FOUND = "found"
    DEADLINE = "deadline"


_STATUS_ORDER = {s: i for i, s in enumerate(ProblemStatus)}
_KEYS = {
    SortKey.VILLAGE: attrgetter("village_sort", "found_on"),
    SortKey.STATUS: lambda e: (_STATUS_ORDER[e.status], e.deadline or 10**9),
    SortKey.CATEGORY: attrgetter("aspect", "category", "found_on"),
    SortKey.FOUND: attrgetter("found_on"),
    # No deadline sorts last.
    SortKey.DEADLINE: lambda e: e.deadline or 10**9,
}


@dataclass(slots=True)
class LedgerFilter:
    village_ids: frozenset[str] | None = None   # None: every village in scope
    statuses: frozenset[ProblemStatus] = frozenset()
    category: ProblemCategory | None = None
    aspect: ProblemAspect | None = None
    weakness: frozenset[WeaknessType] = frozenset()  # any of these types
    source: ProblemSource | None = None
    person: str = ""          # part of the responsible leader's or person's name
    text: str = ""            # part of the description, names or village
    overdue_only: bool = False
    due_soon_only: bool = False  # overdue or due within the setting's days
    reopened_only: bool = False  # ever reopened (反复回潮), whatever the status now

    def is_empty(self) -> bool:
        return self == LedgerFilter()


@dataclass(slots=True)
class LedgerIndex:
    entries: list[LedgerEntry]
    today: date
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS
    _orders: dict[tuple[SortKey, bool], list[int]] = field(default_factory=dict)

    def order(self, key: SortKey, descending: bool = False) -> list[int]:
        """Positions of the entries in this order (cached)."""
        cached = self._orders.get((key, descending))
        if cached is None:
            getter = _KEYS[key]
            cached = sorted(range(len(self.entries)), key=lambda i: getter(self.entries[i]), reverse=descending)
            self._orders[(key, descending)] = cached
        return cached

    def select(self, f: LedgerFilter, key: SortKey = SortKey.DEADLINE, descending: bool = False) -> list[str]:
        """The ids of the entries that pass `f`, in the chosen order."""
        entries = self.entries
        order = self.order(key, descending)
        test = self._test(f)
        if test is None:
            return [entries[i].id for i in order]
        return [e.id for e in map(entries.__getitem__, order) if test(e)]

    def _test(self, f: LedgerFilter):
        """One predicate for the filter, made of only the parts that are set,
        so an unused filter costs nothing per row."""
        checks = []
        if f.village_ids is not None:
            villages = f.village_ids
            checks.append(lambda e: e.village_id in villages)
        if f.statuses:
            statuses = f.statuses
            checks.append(lambda e: e.status in statuses)
        if f.aspect is not None:
            aspect = f.aspect.value
            checks.append(lambda e: e.aspect == aspect)
        elif f.category is not None:
            category = f.category.value
            checks.append(lambda e: e.category == category)
        if f.weakness:
            mask = weakness_mask(f.weakness)
            checks.append(lambda e: e.weakness & mask)
        if f.source is not None:
            source = f.source.value
            checks.append(lambda e: e.source == source)
        if f.overdue_only or f.due_soon_only:
            limit = self.today.toordinal() + (self.due_soon_days + 1 if f.due_soon_only else 0)
            checks.append(lambda e: e.status.is_open and 0 < e.deadline < limit)
        if f.reopened_only:
            checks.append(lambda e: e.reopen_count > 0)
        if person := f.person.strip().lower():
            checks.append(lambda e: person in e.person)
        if text := f.text.strip().lower():
            checks.append(lambda e: text in e.search)
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]
        return lambda e: all(c(e) for c in checks)


def entries_by_id(entries: Sequence[LedgerEntry]) -> dict[str, LedgerEntry]:
    return {e.id: e for e in entries}
