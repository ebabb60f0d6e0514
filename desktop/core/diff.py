"""What saving an edited village file has to write: the difference between the
file as it was read and as the user left it, record by record and field by
field. The storage applies it in one transaction.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Generic, Iterable, TypeVar

from desktop.core.records import VillageFile

R = TypeVar("R")

# Bookkeeping fields that are never "edited".
_NOT_EDITED = {"id", "row_version"}


def edited_fields(before: Any, after: Any, skip: Iterable[str] = ()) -> dict[str, tuple[Any, Any]]:
    """field -> (before, after) for every field whose value differs."""
    skipped = _NOT_EDITED | set(skip)
    out = {}
    for f in dataclasses.fields(after):
        if f.name in skipped:
            continue
        old, new = getattr(before, f.name), getattr(after, f.name)
        if old != new:
            out[f.name] = (old, new)
    return out


@dataclass
class RecordChanges(Generic[R]):
    inserts: list[R] = field(default_factory=list)
    # (record as edited, carrying the row_version it was read at; fields)
    updates: list[tuple[R, dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    deletes: list[R] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserts or self.updates or self.deletes)


def diff_records(before: Iterable[R], after: Iterable[R], skip: Iterable[str] = ()) -> RecordChanges[R]:
    old = {r.id: r for r in before}
    new = {r.id: r for r in after}
    changes: RecordChanges[R] = RecordChanges()
    for rid, rec in new.items():
        if rid not in old:
            if rec.row_version == 0:
                changes.inserts.append(rec)
            else:
                # A saved record newly brought in (a known person given a post
                # here): written as an update, which compares with what is
                # stored and writes nothing if it is unchanged.
                changes.updates.append((rec, {}))
        else:
            fields = edited_fields(old[rid], rec, skip)
            if fields:
                changes.updates.append((rec, fields))
    changes.deletes = [rec for rid, rec in old.items() if rid not in new]
    return changes


@dataclass
class FileSavePlan:
    is_new_village: bool
    village_fields: dict[str, tuple[Any, Any]]
    incomes: RecordChanges
    people: RecordChanges
    posts: RecordChanges

    def __bool__(self) -> bool:
        """Whether saving has anything to write."""
        return bool(self.is_new_village or self.has_edits)

    @property
    def has_edits(self) -> bool:
        """Whether the user changed anything (a new, untouched file has not)."""
        return bool(self.village_fields or self.incomes or self.people or self.posts)


def plan_file_save(original: VillageFile, edited: VillageFile) -> FileSavePlan:
    facts_skip = edited.facts.READ_ONLY
    is_new = edited.facts.row_version == 0
    # People are only written when a post in this file refers to them;
    # removing a person from the file removes their posts here, not the person.
    used = {p.person_id for p in edited.posts}
    people_after = [p for pid, p in edited.people.items() if pid in used]
    people = diff_records(original.people.values(), people_after)
    people.deletes = []  # never deleted by the file itself; see services
    return FileSavePlan(
        is_new_village=is_new,
        village_fields=edited_fields(original.facts, edited.facts, facts_skip),
        incomes=diff_records(original.incomes, edited.incomes),
        people=people,
        posts=diff_records(original.posts, edited.posts),
    )
