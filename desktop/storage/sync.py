"""The database side of sync (docs/sync-format.md): this installation's
identity, enrolled peers, revocations, the bundle log, export, the checks
and decisions of an import, conflicts and receipts.

`SyncStore(reader)` reads; methods that write take the `Writer` of the
caller's transaction as their first argument. Rows are written as received
by `Writer.write_remote`.

Identity (local_meta): `keys()`, `set_keys(w, signing_private, encryption_private)`,
`mode()` ("township" until set up), `unit_id()`, `installation_name()`,
`set_setup(w, mode, unit_id, name)`, `is_county()`, `county_ids()`.

Peers (sync_peers.py): `peers()`, `peer(id)` (dicts; keys as raw bytes), `save_peer(w, **fields)`,
`revoke_peer(w, id, reason, at, by)`, `revocations()` (manifest form),
`record_revocations(w, revocations)`, `is_revoked(id)`.

Bundle log: `sent/received(peer, sequence)`, `last_sent/last_received(peer)`,
`first_sent_with_audit(peer)`,
`record_sent(w, peer, sequence=, since=, bundle_hash=, bundle_id=, watermark=, counts=, audit_seq=, audit_hash=)`,
`record_received(w, peer, sequence=, since=, bundle_hash=, bundle_id=, changeset_id=, counts=, audit_seq=,
audit_hash=)` (also the per-village receipts of `Writer.write_remote`), `set_acked(w, peer, sequence)`,
`acked(peer)`.

Audit heads (docs/audit.md): `audit_held(peer)`, `audit_received_at(peer, seq, hash)`,
`record_audit(w, peer, seq, hash, alarm)`; ours and our links: `audit_head()`, `audit_links_after(seq)`.

Export: `watermark()`, `changed_records(scope_unit_id=, since_watermark=, exclude_from_peer=)`
-> (table, record) in apply order, `files_of(table, record)`.

Import: `record_of`, `row_of` (sync_records.py), `decide_batch(table, records, is_county)`,
`check_references(table, records, bundle_ids)` or `reference_check()` (a
`ReferenceCheck` fed batch by batch), `check_unique(table, records, bundle_ids)`,
`villages_of(table, records, parents)`, `village_of(table, record, parents)`.

Conflicts: `conflicts(open_only=True)`, `conflict(id)`, `resolve_conflict(w, id, choice)`;
receipts: `received_by_village()`.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Container, Iterator, Mapping

from sqlalchemy import bindparam, select, update

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.sync_merge import Decision, decide
from desktop.storage.audit import AuditStore
from desktop.storage.models import SYNCED_TABLES
from desktop.storage.reader import Reader
from desktop.storage.sync_checks import ReferenceCheck, check_references, check_unique
from desktop.storage.sync_models import SyncConflictRow, SyncReceivedRow
from desktop.storage.sync_peers import PEER, PeerLog, b64, unb64
from desktop.storage.sync_records import content_columns, record_of, row_of, rows_of
from desktop.storage.sync_scope import BATCH, changed_records, villages_of, watermark

_CONFLICT = SyncConflictRow.__table__
_RECEIVED = SyncReceivedRow.__table__

SIGNING_KEY, ENCRYPTION_KEY = "sync_signing_private", "sync_encryption_private"
MODE, UNIT, NAME = "sync_mode", "sync_unit_id", "sync_name"
TOWNSHIP, COUNTY = "township", "county"
EVIDENCE_TABLES = frozenset({"inspection_evidence", "problem_evidence"})


_PRESENT: dict[tuple[str, str, int], tuple[str, bool]] = {}
_PRESENT_ANY: dict[str, str] = {}


def present(conn, entity: str, ids: list[str]) -> list[str]:
    """Which of `ids` have a row in `entity`, through the driver: the
    statement is compiled once per table and count, and no row is built."""
    if not ids:
        return []
    joined = ",".join(ids) if conn.dialect.name == "postgresql" else ""
    if joined and joined.count(",") == len(ids) - 1:
        # One array parameter (thousands of parameters cost the driver and
        # the server more than the lookups), each id looked up in the
        # primary key: with `id = ANY(...)` the planner scans the whole
        # table until it holds some hundred thousand rows, a batch of an
        # import at a time.
        sql = _PRESENT_ANY.get(entity)
        if sql is None:
            table = SYNCED_TABLES[entity].__table__.name
            sql = _PRESENT_ANY[entity] = (
                f"SELECT here.id FROM unnest(string_to_array(%s, ',')) AS wanted(id) CROSS JOIN LATERAL "
                f'(SELECT "{table}".id FROM "{table}" WHERE "{table}".id = wanted.id LIMIT 1) AS here')
        # Joined into one text (the ids hold no commas): the driver dumps a
        # list element by element in Python.
        return list(set(i for (i,) in conn.exec_driver_sql(sql, (joined,))))
    # Counts rounded up to a power of two (the list padded with its first
    # id), so a few statements serve every batch size.
    size = 1 << (len(ids) - 1).bit_length()
    ids = ids + [ids[0]] * (size - len(ids))
    key = (conn.dialect.name, entity, size)
    compiled = _PRESENT.get(key)
    if compiled is None:
        table = SYNCED_TABLES[entity].__table__
        statement = select(table.c.id).where(table.c.id.in_([bindparam(f"i{n}") for n in range(len(ids))]))
        done = statement.compile(dialect=conn.dialect)
        compiled = _PRESENT[key] = (done.string, done.positional)
    sql, positional = compiled
    params = tuple(ids) if positional else {f"i{n}": value for n, value in enumerate(ids)}
    return list({i for (i,) in conn.exec_driver_sql(sql, params)})


class SyncStore(PeerLog):
    """Sync's reads over a `Reader`; writes through the `Writer` passed in."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.conn = reader.conn

    # -- identity ----------------------------------------------------------

    def installation_id(self) -> str:
        return self.reader.meta.get("installation_id") or ""

    def keys(self) -> tuple[bytes, bytes] | None:
        """(signing private, encryption private), raw; None before first made."""
        signing, encryption = self.reader.meta.get(SIGNING_KEY), self.reader.meta.get(ENCRYPTION_KEY)
        if not signing or not encryption:
            return None
        return unb64(signing), unb64(encryption)

    def set_keys(self, w, signing_private: bytes, encryption_private: bytes) -> None:
        w.meta.set(SIGNING_KEY, b64(signing_private))
        w.meta.set(ENCRYPTION_KEY, b64(encryption_private))

    def mode(self) -> str:
        return self.reader.meta.get(MODE) or TOWNSHIP

    def is_county(self) -> bool:
        return self.mode() == COUNTY

    def unit_id(self) -> str | None:
        return self.reader.meta.get(UNIT) or None

    def installation_name(self) -> str:
        return self.reader.meta.get(NAME) or ""

    def set_setup(self, w, mode: str, unit_id: str | None, name: str) -> None:
        w.meta.set(MODE, mode)
        w.meta.set(UNIT, unit_id or "")
        w.meta.set(NAME, name)

    def county_ids(self) -> set[str]:
        """Installations on the county's side: this one if set up as a
        county, and every peer enrolled as one."""
        ids = set(self.conn.execute(select(PEER.c.installation_id).where(PEER.c.role == COUNTY)).scalars())
        if self.is_county():
            ids.add(self.installation_id())
        return ids

    # -- export --------------------------------------------------------------

    def watermark(self) -> int:
        """The highest change log seq now (read it in the export's transaction)."""
        return watermark(self.conn)

    def changed_records(self, *, scope_unit_id: str | None, since_watermark: int,
                        exclude_from_peer: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
        return changed_records(self.conn, scope_unit_id=scope_unit_id, since_watermark=since_watermark,
                               exclude_from_peer=exclude_from_peer)

    def audit_head(self) -> tuple[int, str]:
        """Our audit chain's last link (seq, hash), as this snapshot sees it."""
        return AuditStore(self.conn).last_link()

    def audit_links_after(self, seq: int) -> list[tuple[int, str, str]]:
        return AuditStore(self.conn).links_after(seq)

    @staticmethod
    def files_of(entity: str, record: Mapping[str, Any]) -> list[str]:
        """The attachments (by SHA-256) a record needs: live evidence."""
        if entity in EVIDENCE_TABLES and not record["deleted"]:
            return [record["sha256"]]
        return []

    # -- import --------------------------------------------------------------

    record_of = staticmethod(record_of)
    row_of = staticmethod(row_of)
    rows_of = staticmethod(rows_of)

    def current(self, entity: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The records here of some ids: which are here, one plain query per
        batch (an import's rows are mostly new), then those rows."""
        table = SYNCED_TABLES[entity].__table__
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), BATCH):
            here = present(self.conn, entity, ids[start:start + BATCH])
            if here:
                rows = self.conn.execute(select(table).where(table.c.id.in_(here))).mappings()
                found.update((row["id"], record_of(entity, row)) for row in rows)
        return found

    def decide_batch(self, entity: str, records: list[dict[str, Any]],
                     is_county: Callable[[str], bool]) -> list[Decision]:
        """What to do with each record of a bundle (checked by `row_of`)."""
        here = self.current(entity, [r["id"] for r in records])
        if not here:
            return [Decision("new", r) for r in records]     # the usual case of a large import
        return [decide(entity, here.get(r["id"]), r, is_county) for r in records]

    def check_references(self, entity: str, records: list[Mapping[str, Any]],
                         bundle_ids: Mapping[str, Container[str]]) -> None:
        check_references(self.conn, entity, records, bundle_ids)

    def reference_check(self) -> ReferenceCheck:
        return ReferenceCheck(self.conn)

    def check_unique(self, entity: str, records: list[Mapping[str, Any]], bundle_ids: Container[str] = ()) -> None:
        check_unique(self.conn, entity, records, bundle_ids)

    def villages_of(self, entity: str, records: list[Mapping[str, Any]],
                    parents: dict[str, str | None]) -> list[str | None]:
        return villages_of(self.conn, entity, records, parents)

    def village_of(self, entity: str, record: Mapping[str, Any],
                   parents: dict[str, str | None] | None = None) -> str | None:
        return villages_of(self.conn, entity, [record], {} if parents is None else parents)[0]

    # -- conflicts and receipts ----------------------------------------------

    @staticmethod
    def _conflict(row) -> dict[str, Any]:
        conflict = dict(row._mapping)
        conflict["kept"], conflict["lost"] = json.loads(conflict["kept"]), json.loads(conflict["lost"])
        return conflict

    def conflicts(self, *, open_only: bool = True) -> list[dict[str, Any]]:
        statement = select(_CONFLICT).order_by(_CONFLICT.c.detected_at, _CONFLICT.c.id)
        if open_only:
            statement = statement.where(_CONFLICT.c.resolved_at.is_(None))
        return [self._conflict(r) for r in self.conn.execute(statement)]

    def conflict(self, conflict_id: str) -> dict[str, Any]:
        row = self.conn.execute(select(_CONFLICT).where(_CONFLICT.c.id == conflict_id)).first()
        if row is None:
            raise NotFound(translate("Sync", "There is no conflict {id}.").format(id=conflict_id))
        return self._conflict(row)

    def resolve_conflict(self, w, conflict_id: str, choice: str) -> None:
        """"keep": the row stays as merged. "take_other": the losing
        version's columns are written onto the row as a local change (a new
        clock entry of ours, so it travels like any other)."""
        conflict = SyncStore(w).conflict(conflict_id)
        if conflict["resolved_at"] is not None:
            raise NotFound(translate("Sync", "The conflict {id} was resolved already.").format(id=conflict_id))
        if choice == "take_other":
            entity, lost = conflict["entity"], conflict["lost"]
            values = row_of(entity, lost)
            content = {k: values[k] for k in content_columns(entity)}
            current = w._current(entity, conflict["entity_id"])
            if current["deleted"] and not lost["deleted"]:
                w.restore(entity, conflict["entity_id"])
            if not (current["deleted"] and lost["deleted"]):
                w.update(entity, conflict["entity_id"], None, content)
            if lost["deleted"] and not current["deleted"]:
                w.delete(entity, conflict["entity_id"])
            resolution = "took_other"
        elif choice == "keep":
            resolution = "kept"
        else:
            raise ValueError(choice)
        w.conn.execute(update(_CONFLICT).where(_CONFLICT.c.id == conflict_id).values(
            resolved_at=w.at, resolved_by=w.actor, resolution=resolution))

    def received_by_village(self) -> list[dict[str, Any]]:
        """Per village and peer: the last bundle that carried its rows, when, how many."""
        rows = self.conn.execute(select(_RECEIVED).order_by(_RECEIVED.c.village_id, _RECEIVED.c.peer_id))
        return [dict(r._mapping) for r in rows]

