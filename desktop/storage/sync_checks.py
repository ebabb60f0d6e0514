"""What must hold before a bundle's records are written
(docs/sync-format.md §5): every reference points at a row here or in the
bundle, and no live record takes a unique key held here by another record
(made separately on both sides). Both refuse the whole bundle with a
message naming the records, and query the database once per batch.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter
from typing import Any, Container, Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop.core.i18n import translate
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.storage.models import SYNCED_TABLES, live
from desktop.storage.sync_records import SPECS
from desktop.storage.sync_scope import BATCH

# Tables other tables point at: the only ones whose bundle ids need keeping.
REFERENCED_TABLES = frozenset(target for spec in SPECS.values() for target in spec.references.values())

# entity -> (key columns, among live rows only). The indexes behind them:
# ux_village_code (live rows), ux_checklist_template_version, ux_inspection_answer.
UNIQUE_KEYS: dict[str, tuple[tuple[str, ...], bool]] = {
    "village": (("code",), True),
    "checklist_template": (("code", "version"), False),
    "inspection_answer": (("inspection_id", "indicator_code"), False),
}


def _table(entity: str):
    return SYNCED_TABLES[entity].__table__


def _existing(conn: Connection, entity: str, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    table = _table(entity)
    found: set[str] = set()
    for start in range(0, len(ids), BATCH):
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(ids[start:start + BATCH]))).scalars())
    return found


def missing_parent(entity: str, record_id: str, column: str, target: str, value: str) -> BundleRejected:
    return BundleRejected(Reason.MISSING_PARENT, translate(
        "Sync", "The record {id} of table {table} points in column {column} at the {target} record {value}, "
                "which is neither in this database nor in the bundle.").format(
        id=record_id, table=entity, column=column, target=target, value=value))


def check_references(conn: Connection, entity: str, records: list[Mapping[str, Any]],
                     bundle_ids: Mapping[str, Container[str]]) -> None:
    """Every non-null reference of `records` names a row here or one of
    `bundle_ids[table]` (the bundle's ids of that table)."""
    for column, target in SPECS[entity].references.items():
        in_bundle = bundle_ids.get(target, ())
        wanted = {r[column] for r in records if r[column] is not None and r[column] not in in_bundle}
        if not wanted:
            continue
        missing = wanted - _existing(conn, target, wanted)
        for r in records:
            if r[column] in missing:
                raise missing_parent(entity, r["id"], column, target, r[column])


class ReferenceCheck:
    """References checked as a bundle is read, table by table in apply
    order: `add` each batch of records, `finish` at the end.

    It keeps the ids of the bundle's rows in the tables others point at
    (`REFERENCED_TABLES`), and holds a reference to a row of the same table
    (a paired village, a unit's parent) open until the table is done.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ids: dict[str, set[str]] = defaultdict(set)
        self._open: list[tuple[str, str, str, str, str]] = []
        self._table: str | None = None

    def add(self, entity: str, records: list[Mapping[str, Any]]) -> None:
        if entity != self._table:
            self._close_open()
            self._table = entity
        if entity in REFERENCED_TABLES:
            self.ids[entity].update(r["id"] for r in records)
        for column, target in SPECS[entity].references.items():
            known = self.ids.get(target, ())
            wanted = {r[column] for r in records if r[column] is not None and r[column] not in known}
            if not wanted:
                continue
            missing = wanted - _existing(self.conn, target, wanted)
            for r in records:
                value = r[column]
                if value in missing:
                    if target != entity:
                        raise missing_parent(entity, r["id"], column, target, value)
                    self._open.append((entity, r["id"], column, target, value))

    def _close_open(self) -> None:
        for entity, record_id, column, target, value in self._open:
            if value not in self.ids.get(target, ()):
                raise missing_parent(entity, record_id, column, target, value)
        self._open = []

    def finish(self) -> None:
        self._close_open()
        self._table = None


def made_separately(entity: str, key: str, here: str, theirs: str) -> BundleRejected:
    return BundleRejected(Reason.MADE_SEPARATELY, translate(
        "Sync", "The record {theirs} of table {table} in the bundle and the record {here} in this database "
                "both hold {key}: they were made separately on both sides. Delete or change one of them on "
                "its side, then exchange again.").format(theirs=theirs, here=here, table=entity, key=key))


def check_unique(conn: Connection, entity: str, records: list[Mapping[str, Any]],
                 bundle_ids: Container[str] = ()) -> None:
    """No record takes a unique key held by a record with another id, here
    or earlier in the same batch. A row here that is itself in the bundle
    (`bundle_ids`) under another key gives its key up and is not counted."""
    if entity not in UNIQUE_KEYS:
        return
    columns, live_only = UNIQUE_KEYS[entity]
    keys = list(zip(*(map(itemgetter(c), records) for c in columns)))
    holders: dict[tuple, str] = {}
    for r, key in zip(records, keys):
        if None in key or (live_only and r["deleted"]):
            continue
        other = holders.setdefault(key, r["id"])
        if other != r["id"]:
            raise made_separately(entity, _shown(columns, key), other, r["id"])
    if not holders:
        return
    table = _table(entity)
    first = columns[0]
    values = list({k[0] for k in holders})
    for start in range(0, len(values), BATCH):
        statement = select(table.c.id, *(table.c[c] for c in columns)).where(
            table.c[first].in_(values[start:start + BATCH]))
        if live_only:
            statement = statement.where(live(table))
        for row in conn.execute(statement):
            here, key = row[0], tuple(row[1:])
            theirs = holders.get(key)
            if theirs is not None and theirs != here and here not in bundle_ids:
                raise made_separately(entity, _shown(columns, key), here, theirs)


def _shown(columns: tuple[str, ...], key: tuple) -> str:
    return ", ".join(f"{c} {v}" for c, v in zip(columns, key))
