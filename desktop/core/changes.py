"""The record of what a mutation changed.

Every service that changes data returns a `ChangeSet`. Views refresh from it,
undo reverts it, and the same entries are written to the change log that the
audit trail and sync read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Iterable


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"    # a tombstone: the row stays, marked deleted
    RESTORE = "restore"  # a tombstone lifted


@dataclass(frozen=True, slots=True)
class Change:
    entity: str          # the table, e.g. "village"
    entity_id: str
    op: Op
    row_version: int     # the version the row has after this change
    # For updates: field -> (before, after), in stored form.
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    id: str
    action: str          # what the user did, e.g. "village.delete"
    actor: str
    at: datetime
    changes: tuple[Change, ...]
    reverts: str | None = None  # the change set this one undoes
    # Bulk inserts (demo data, imports) are counted, not listed: (entity, rows).
    bulk: tuple[tuple[str, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes or self.bulk)

    def of(self, entity: str, ops: Iterable[Op] | None = None) -> list[Change]:
        wanted = set(ops) if ops is not None else None
        return [c for c in self.changes if c.entity == entity and (wanted is None or c.op in wanted)]

    def ids(self, entity: str, ops: Iterable[Op] | None = None) -> set[str]:
        return {c.entity_id for c in self.of(entity, ops)}

    def touches(self, *entities: str) -> bool:
        return any(c.entity in entities for c in self.changes) or any(e in entities for e, _ in self.bulk)

    def changes_membership(self, entity: str) -> bool:
        """Whether rows of `entity` appeared or disappeared (lists re-query)."""
        return bool(self.of(entity, (Op.INSERT, Op.DELETE, Op.RESTORE))) or any(e == entity for e, _ in self.bulk)
