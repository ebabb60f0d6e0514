"""Writes that record what they change.

Every insert, update, tombstone and restore goes through `Writer`, which
stamps the sync columns (row version, update time, installation), enforces
optimistic concurrency (an update names the version it read) and appends to
the change log in the same transaction. Each change set is linked into the
audit hash chain (core/audit_chain.py, docs/audit.md) from exactly the text
it inserts, as it inserts it.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from operator import itemgetter
from typing import Any, Iterable, Mapping

from collections import Counter

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from desktop.core.audit_chain import entry_line, entry_lines
from desktop.core.changes import Change, ChangeSet, Op
from desktop.core.errors import record_changed_elsewhere, record_gone
from desktop.core.ids import new_id
from desktop.core.sync_merge import Decision, next_clock
from desktop.storage.bulk_postgres import CopyWriter, is_postgresql
from desktop.storage.audit_links import ChainLink, insert_lines, log_insert, redacted
from desktop.storage.derived import DERIVED, with_derived
from desktop.storage.models import ChangeLogRow, ChangesetRow, LOCAL_TABLES, SYNCED_TABLES
from desktop.storage.reader import Reader
from desktop.storage.sync_models import SyncConflictRow
from desktop.storage.sync_records import canonical, content_columns, rows_of

_CHANGESET = ChangesetRow.__table__
_CHANGE_LOG = ChangeLogRow.__table__
_CONFLICT = SyncConflictRow.__table__

BULK_BATCH = 5000
_INSERT, _UPDATE, _DELETE, _RESTORE = Op.INSERT.value, Op.UPDATE.value, Op.DELETE.value, Op.RESTORE.value


def table_of(entity: str):
    model = SYNCED_TABLES.get(entity) or LOCAL_TABLES[entity]
    return model.__table__


def to_json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


class Writer(Reader):
    """A write transaction. Use through `Database.write(...)`."""

    def __init__(self, conn: Connection, *, actor: str, action: str, installation_id: str,
                 reverts: str | None = None) -> None:
        super().__init__(conn)
        self.actor = actor
        self.action = action
        self.installation_id = installation_id
        self.reverts = reverts
        self.changeset_id = new_id()
        self.at = datetime.now(timezone.utc)
        self._chain = ChainLink(self.changeset_id, self.at, actor, installation_id, action, reverts)
        self._changes: list[Change] = []
        self._bulk: dict[str, int] = {}
        self._changeset_written = False
        self._references_deferred = False
        self._copy: CopyWriter | None = None
        # Rows received per village in this transaction (write_remote).
        self.remote_villages: Counter = Counter()
        self.changeset: ChangeSet | None = None

    # -- the sync columns ------------------------------------------------

    def _stamp(self, version: int, clock: str = "") -> dict[str, Any]:
        # A new row's clock is empty: this installation wrote its only version.
        return {"row_version": version, "updated_at": self.at, "installation_id": self.installation_id,
                "sync_clock": clock}

    # -- single rows -----------------------------------------------------

    def insert(self, entity: str, values: Mapping[str, Any]) -> str:
        row = with_derived(entity, values)
        row.setdefault("id", new_id())
        row.update(self._stamp(1), deleted=False)
        self.conn.execute(insert(table_of(entity)), row)
        self._changes.append(Change(entity, row["id"], Op.INSERT, 1))
        return row["id"]

    def _current(self, entity: str, row_id: str) -> Mapping[str, Any]:
        table = table_of(entity)
        row = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if row is None:
            raise record_gone()
        return row

    def update(self, entity: str, row_id: str, expected_version: int | None,
               values: Mapping[str, Any]) -> Change | None:
        """Set `values` on a live row read at `expected_version`.

        Only the columns whose stored value differs are written; nothing
        differing means no change (and None). A row changed since it was read
        is an EditConflict; a deleted one is NotFound.
        """
        current = self._current(entity, row_id)
        if current["deleted"]:
            raise record_gone()
        if expected_version is not None and current["row_version"] != expected_version:
            raise record_changed_elsewhere()
        fields = {k: (current[k], v) for k, v in values.items() if current[k] != v}
        if not fields:
            return None
        new_values = {k: v for k, (_, v) in fields.items()}
        sources, derive = DERIVED.get(entity, ((), None))
        if derive and any(k in sources for k in fields):
            # Written with the change, but not part of what the user changed.
            new_values.update(derive({**current, **new_values}))
        return self._write_version(entity, current, new_values, Op.UPDATE, fields)

    def delete(self, entity: str, row_id: str, expected_version: int | None = None) -> Change | None:
        """Tombstone a row; None if it already was."""
        current = self._current(entity, row_id)
        if current["deleted"]:
            return None
        if expected_version is not None and current["row_version"] != expected_version:
            raise record_changed_elsewhere()
        return self._write_version(entity, current, {"deleted": True}, Op.DELETE)

    def restore(self, entity: str, row_id: str, expected_version: int | None = None) -> Change | None:
        """Lift a tombstone; None if the row is live."""
        current = self._current(entity, row_id)
        if not current["deleted"]:
            return None
        if expected_version is not None and current["row_version"] != expected_version:
            raise record_changed_elsewhere()
        return self._write_version(entity, current, {"deleted": False}, Op.RESTORE)

    def _write_version(self, entity: str, current: Mapping[str, Any], values: dict[str, Any], op: Op,
                       fields: dict[str, tuple[Any, Any]] | None = None) -> Change:
        table = table_of(entity)
        # Our own entry of the row's clock goes up by one (sync-format.md §6);
        # the version stays the clock's sum.
        clock, version = next_clock(current["sync_clock"], current["installation_id"], current["row_version"],
                                    self.installation_id)
        result = self.conn.execute(
            update(table)
            .where(table.c.id == current["id"], table.c.row_version == current["row_version"])
            .values(**values, **self._stamp(version, clock))
        )
        if result.rowcount != 1:
            raise record_changed_elsewhere()
        change = Change(entity, current["id"], op, version, fields or {})
        self._changes.append(change)
        return change

    def has_changes(self) -> bool:
        """Whether this transaction has changed anything so far."""
        return bool(self._changes or self._bulk)

    # -- many rows -------------------------------------------------------

    def insert_many(self, entity: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows (each with its id) through Core executemany.

        For demo data, imports and sync. The change log gets one entry per
        row, written batch by batch; the returned change set counts them
        instead of listing them, to keep memory flat.
        """
        self._write_changeset_row()
        table = table_of(entity)
        stamp = {**self._stamp(1), "deleted": False}
        batch: list[dict[str, Any]] = []
        count = 0
        for row in rows:
            batch.append({**with_derived(entity, row), **stamp})
            if len(batch) >= BULK_BATCH:
                count += self._insert_batch(entity, table, batch)
                batch = []
        if batch:
            count += self._insert_batch(entity, table, batch)
        self._bulk[entity] = self._bulk.get(entity, 0) + count
        return count

    def _insert_batch(self, entity: str, table, batch: list[dict[str, Any]]) -> int:
        self._executemany(table, batch)
        ids = [r["id"] for r in batch]
        n = len(ids)
        log = {"changeset_id": [self.changeset_id] * n, "entity": [entity] * n, "entity_id": ids,
               "op": [_INSERT] * n, "row_version": [1] * n, "data": [None] * n}
        self._chain.add(insert_lines(entity, ids), n)
        self._insert_columns("change_log", log_insert(self.conn.dialect), log)
        return n

    def _executemany(self, table, rows: list[dict[str, Any]]) -> int:
        """INSERT many rows through the driver with the dialect's own type
        conversions. `conn.execute(insert(t), rows)` builds parameters row by
        row in Python and spends twice the driver's time doing it. Here the
        rows are taken apart column by column in C, only the columns with a
        conversion are converted, each distinct value once (a batch shares
        its timestamp; its dates are a few hundred days), and zipped back
        into the driver's tuples: bulk writes (demo, imports, sync) stay near
        raw executemany. On PostgreSQL they go in through COPY."""
        keys = list(rows[0])
        compiled = insert(table).compile(dialect=self.conn.dialect, column_keys=keys)
        return self._insert_columns(table.name, compiled, {name: list(map(itemgetter(name), rows)) for name in keys})

    def _insert_columns(self, table: str, compiled, columns: dict[str, list]) -> int:
        """Execute a compiled INSERT over columns of values (fresh lists:
        they are converted in place); on PostgreSQL as one binary COPY
        (bulk_postgres.py) when its values allow it."""
        if not is_postgresql(self.conn) or not compiled.binds.keys() <= columns.keys():
            return self._run_columns(compiled, columns)
        names = list(columns)
        ordered = self._converted(compiled, names, columns)
        if self._copy is None:
            self._copy = CopyWriter(self.conn)
        copied = self._copy.copy_columns(table, names, ordered)
        if copied is not None:
            return copied
        return self._run_converted(compiled, names, ordered)

    def _run_many(self, compiled, keys: list[str], rows: list[dict[str, Any]]) -> int:
        """Execute a compiled statement once per row (see `_executemany`);
        the rows it changed."""
        # Named parameters (psycopg): every bind, the WHERE's (_id, _expected) too.
        names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
        return self._run_columns(compiled, {name: list(map(itemgetter(name), rows)) for name in names})

    def _run_columns(self, compiled, columns: dict[str, list]) -> int:
        """Execute a compiled statement over columns of values (fresh lists:
        they are converted in place)."""
        names = list(compiled.positiontup) if compiled.positional else list(columns)
        return self._run_converted(compiled, names, self._converted(compiled, names, columns))

    def _converted(self, compiled, names: list[str], columns: dict[str, list]) -> list[list]:
        """The columns of `names`, through the dialect's bind processors."""
        dialect = self.conn.dialect
        ordered = [columns[name] for name in names]
        for name, column in zip(names, ordered):
            # dialect_impl: a TypeDecorator's processor then includes the
            # dialect's own conversion (SQLite's DateTime text format).
            process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                _convert(column, process)
        return ordered

    def _run_converted(self, compiled, names: list[str], ordered: list[list]) -> int:
        if compiled.positional:
            params: list = list(zip(*ordered))
        else:
            params = [dict(zip(names, values)) for values in zip(*ordered)]
        return self.conn.exec_driver_sql(compiled.string, params).rowcount

    # -- rows from another installation ----------------------------------

    def write_remote(self, entity: str, decisions: list[Decision], *, bundle_id: str = "", peer_id: str = "",
                     villages: list[str | None] | None = None, rows: list[dict[str, Any]] | None = None) -> Counter:
        """Write what `SyncStore.decide_batch` decided for records of a bundle.

        Rows are written as received: their own row version, time,
        installation, tombstone and clock; derived columns recomputed. New
        rows go in through executemany, changed ones through one
        executemany UPDATE that names the version decided against (a row
        changed since is an EditConflict). Each written row gets a change
        log entry (insert, update, delete or restore; updates with the
        before and after of their changed fields); each conflict a row in
        sync_conflict naming the bundle and peer. `villages`, aligned with
        `decisions`, counts rows per village for the receipts
        (`SyncStore.record_received`). `rows`, aligned with `decisions`, are
        their records already through `SyncStore.rows_of` (else they are
        checked and converted here). Returns the decisions per kind.
        """
        counts = Counter(map(itemgetter(0), decisions))     # Decision.kind
        if villages is not None:
            self.remote_villages.update(v for v in villages if v)
        if rows is None:
            writes = [d for d in decisions if d.row is not None]
            rows = rows_of(entity, [d.row for d in writes])
        else:
            pairs = [(d, row) for d, row in zip(decisions, rows, strict=True) if d.row is not None]
            writes, rows = [d for d, _ in pairs], [row for _, row in pairs]
            # A row decided against ours may be merged, not the record the row was made from.
            for i, d in enumerate(writes):
                if d.ours is not None:
                    rows[i] = rows_of(entity, [d.row])[0]
        if not writes:
            return counts
        self._write_changeset_row()
        if not self._references_deferred:
            # A bundle's rows may point at rows later in the same table
            # (paired villages, a unit's parent); checked at commit. (On
            # PostgreSQL, keys declared DEFERRABLE.)
            self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON" if self.conn.dialect.name == "sqlite"
                                      else "SET CONSTRAINTS ALL DEFERRED")
            self._references_deferred = True
        content = content_columns(entity)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        ops: list[str] = []
        data_of: list[str | None] = []
        conflicts: list[dict[str, Any]] = []
        derive = entity in DERIVED
        if all(d.ours is None for d in writes):
            # All new (a first exchange, a county's import): straight in.
            inserts = [with_derived(entity, row) for row in rows] if derive else rows
            ops, data_of = [_INSERT] * len(writes), [None] * len(writes)
            writes_loop: list = []
        else:
            writes_loop = list(zip(writes, rows))
        for d, row in writes_loop:
            record, ours = d.row, d.ours
            if derive:
                row = with_derived(entity, row)
            data = None
            if ours is None:
                op = _INSERT
                inserts.append(row)
            else:
                if record["deleted"] != ours["deleted"]:
                    op = _DELETE if record["deleted"] else _RESTORE
                else:
                    op = _UPDATE
                fields = {k: [ours[k], record[k]] for k in content if ours[k] != record[k]}
                data = json.dumps(fields, ensure_ascii=False) if fields else None
                updates.append({**row, "_id": row["id"], "_expected": ours["row_version"]})
            ops.append(op)
            data_of.append(data)
        for d in writes:
            if d.kind == "conflict":
                conflicts.append({
                    "id": new_id(), "entity": entity, "entity_id": d.row["id"], "detected_at": self.at,
                    "bundle_id": bundle_id, "peer_id": peer_id, "rule": d.rule,
                    "kept": canonical(d.kept), "lost": canonical(d.lost),
                    "lost_installation_id": d.lost["installation_id"],
                    "resolved_at": None, "resolved_by": "", "resolution": "",
                })
        table = table_of(entity)
        # Updates first: a code given up by a changed row may be taken by a new one.
        for start in range(0, len(updates), BULK_BATCH):
            batch = updates[start:start + BULK_BATCH]
            keys = [k for k in batch[0] if k not in ("id", "_id", "_expected")]
            statement = update(table).where(table.c.id == bindparam("_id"),
                                            table.c.row_version == bindparam("_expected"))
            compiled = statement.compile(dialect=self.conn.dialect, column_keys=keys)
            if self._run_many(compiled, keys, batch) != len(batch):
                raise record_changed_elsewhere()
        for start in range(0, len(inserts), BULK_BATCH):
            self._executemany(table, inserts[start:start + BULK_BATCH])
        log = {"changeset_id": [self.changeset_id] * len(writes), "entity": [entity] * len(writes),
               "entity_id": [d.row["id"] for d in writes], "op": ops,
               "row_version": [d.row["row_version"] for d in writes], "data": data_of}
        # Hashed before the insert: _run_columns converts its lists in place.
        self._chain.add(entry_lines(entity, log["entity_id"], ops, log["row_version"], data_of), len(writes))
        self._insert_columns("change_log", log_insert(self.conn.dialect), log)
        if conflicts:
            self._executemany(_CONFLICT, conflicts)
        self._bulk[entity] = self._bulk.get(entity, 0) + len(writes)
        return counts

    # -- the change log --------------------------------------------------

    def _write_changeset_row(self) -> None:
        if self._changeset_written:
            return
        self._chain.read_head(self.conn)
        result = self.conn.execute(insert(_CHANGESET), {
            "id": self.changeset_id, "at": self.at, "actor": self.actor,
            "installation_id": self.installation_id, "action": self.action, "reverts": self.reverts,
        })
        self._chain.seq = result.inserted_primary_key[0]
        self._changeset_written = True

    def _merged_changes(self) -> list[Change]:
        """One change per row: a row written twice in one transaction (saved
        again after an undone insert, recoloured by quota after finalising)
        is logged once, with its first "before" and its last version, so
        the change set can be reverted in one step."""
        merged: dict[tuple[str, str], Change] = {}
        for c in self._changes:
            key = (c.entity, c.entity_id)
            first = merged.get(key)
            if first is None:
                merged[key] = c
                continue
            fields = dict(first.fields)
            for name, (before, after) in c.fields.items():
                fields[name] = (fields[name][0] if name in fields else before, after)
            fields = {k: v for k, v in fields.items() if v[0] != v[1]}
            op = first.op if first.op is not Op.UPDATE else c.op
            merged[key] = Change(c.entity, c.entity_id, op, c.row_version, fields)
        return list(merged.values())

    def flush_log(self) -> None:
        """Write the change log of this transaction and link its change set
        into the audit chain (called before commit)."""
        self._changes = [redacted(c) for c in self._merged_changes()]
        if self._changes:
            self._write_changeset_row()
            rows = [
                {"changeset_id": self.changeset_id, "entity": c.entity, "entity_id": c.entity_id,
                 "op": c.op.value, "row_version": c.row_version,
                 "data": json.dumps({k: [to_json_value(a), to_json_value(b)] for k, (a, b) in c.fields.items()},
                                    ensure_ascii=False) if c.fields else None}
                for c in self._changes
            ]
            self.conn.execute(insert(_CHANGE_LOG), rows)
            self._chain.add(b"".join(entry_line(r["entity"], r["entity_id"], r["op"], r["row_version"], r["data"])
                                       for r in rows), len(rows))
        if self._changeset_written:
            self._chain.link(self.conn)
        self.changeset = ChangeSet(
            id=self.changeset_id, action=self.action, actor=self.actor, at=self.at,
            changes=tuple(self._changes), reverts=self.reverts, bulk=tuple(self._bulk.items()),
        )


# Values whose conversion is remembered: equal values of these types
# convert alike (unlike 1 and 1.0, which are equal but need not), and none
# equals a value of another type that is remembered too.
_REMEMBERED = frozenset({date, datetime, bool, type(None)})


def _convert(column: list, process) -> None:
    """Convert the values of a column in place; dates, times and flags,
    repeated through a batch, once each (and the column mapped in C)."""
    if set(map(type, column)) <= _REMEMBERED:
        distinct = set(column)
        if len(distinct) < len(column):
            done = {value: process(value) for value in distinct}
            column[:] = map(done.__getitem__, column)
            return
    column[:] = map(process, column)
