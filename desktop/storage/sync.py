"""The database side of sync (docs/sync-format.md): this installation's
identity, enrolled peers, revocations, the bundle log, export, the checks
and decisions of an import, conflicts and receipts.

`SyncStore(reader)` reads; methods that write take the `Writer` of the
caller's transaction as their first argument. Rows are written as received
by `Writer.write_remote`.

Identity (local_meta): `keys()`, `set_keys(w, signing_private, encryption_private)`,
`mode()` ("township" until set up), `unit_id()`, `installation_name()`,
`set_setup(w, mode, unit_id, name)`, `is_county()`, `county_ids()`.

Peers: `peers()`, `peer(id)` (dicts; keys as raw bytes), `save_peer(w, **fields)`,
`revoke_peer(w, id, reason, at, by)`, `revocations()` (manifest form),
`record_revocations(w, revocations)`, `is_revoked(id)`.

Bundle log: `sent/received(peer, sequence)`, `last_sent/last_received(peer)`,
`record_sent(w, peer, sequence=, since=, bundle_hash=, bundle_id=, watermark=, counts=)`,
`record_received(w, peer, sequence=, since=, bundle_hash=, bundle_id=, changeset_id=, counts=)`
(also the per-village receipts of `Writer.write_remote`), `set_acked(w, peer, sequence)`,
`acked(peer)`.

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

import base64
import json
from datetime import datetime
from typing import Any, Callable, Container, Iterator, Mapping

from sqlalchemy import bindparam, insert, select, update

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_merge import Decision, decide
from desktop.storage.models import SYNCED_TABLES
from desktop.storage.reader import Reader
from desktop.storage.sync_checks import ReferenceCheck, check_references, check_unique
from desktop.storage.sync_models import (
    SyncBundleRow,
    SyncConflictRow,
    SyncPeerRow,
    SyncReceivedRow,
    SyncRevocationRow,
)
from desktop.storage.sync_records import content_columns, record_of, row_of, rows_of
from desktop.storage.sync_scope import BATCH, changed_records, villages_of, watermark

_PEER = SyncPeerRow.__table__
_BUNDLE = SyncBundleRow.__table__
_REVOKED = SyncRevocationRow.__table__
_CONFLICT = SyncConflictRow.__table__
_RECEIVED = SyncReceivedRow.__table__

SIGNING_KEY, ENCRYPTION_KEY = "sync_signing_private", "sync_encryption_private"
MODE, UNIT, NAME = "sync_mode", "sync_unit_id", "sync_name"
TOWNSHIP, COUNTY = "township", "county"
EVIDENCE_TABLES = frozenset({"inspection_evidence", "problem_evidence"})


_PRESENT: dict[tuple[str, str, int], tuple[str, bool]] = {}


def present(conn, entity: str, ids: list[str]) -> list[str]:
    """Which of `ids` have a row in `entity`, through the driver: the
    statement is compiled once per table and count, and no row is built."""
    if not ids:
        return []
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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _when(value: datetime | str) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _hex(value: bytes | str) -> str:
    return value.hex() if isinstance(value, (bytes, bytearray)) else value


class SyncStore:
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
        return _unb64(signing), _unb64(encryption)

    def set_keys(self, w, signing_private: bytes, encryption_private: bytes) -> None:
        w.meta.set(SIGNING_KEY, _b64(signing_private))
        w.meta.set(ENCRYPTION_KEY, _b64(encryption_private))

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
        ids = set(self.conn.execute(select(_PEER.c.installation_id).where(_PEER.c.role == COUNTY)).scalars())
        if self.is_county():
            ids.add(self.installation_id())
        return ids

    # -- peers and revocations -----------------------------------------------

    @staticmethod
    def _peer(row) -> dict[str, Any]:
        peer = dict(row._mapping)
        peer["signing_key"], peer["encryption_key"] = _unb64(peer["signing_key"]), _unb64(peer["encryption_key"])
        return peer

    def peers(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(select(_PEER).order_by(_PEER.c.role, _PEER.c.unit_code, _PEER.c.name))
        return [self._peer(r) for r in rows]

    def peer(self, installation_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(select(_PEER).where(_PEER.c.installation_id == installation_id)).first()
        return self._peer(row) if row else None

    def save_peer(self, w, *, installation_id: str, role: str, name: str, unit_code: str, unit_name_zh: str,
                  unit_name_bo: str, signing_key: bytes, encryption_key: bytes, fingerprint: str,
                  enrolled_at: datetime | str, enrolled_by: str) -> None:
        """Enrol or re-enrol an installation. New keys (a re-installed
        laptop) lift a revocation: the fingerprint was typed again."""
        values = {"role": role, "name": name, "unit_code": unit_code, "unit_name_zh": unit_name_zh,
                  "unit_name_bo": unit_name_bo, "signing_key": _b64(signing_key),
                  "encryption_key": _b64(encryption_key), "fingerprint": fingerprint,
                  "enrolled_at": _when(enrolled_at), "enrolled_by": enrolled_by}
        old = SyncStore(w).peer(installation_id)
        if old is None:
            w.conn.execute(insert(_PEER).values(installation_id=installation_id, revoked_at=None, revoked_by="",
                                                revocation_reason="", acked_sequence=0, **values))
            return
        if old["fingerprint"] != fingerprint:
            values.update(revoked_at=None, revoked_by="", revocation_reason="")
            w.conn.execute(_REVOKED.delete().where(_REVOKED.c.installation_id == installation_id,
                                                   _REVOKED.c.fingerprint != fingerprint))
        w.conn.execute(update(_PEER).where(_PEER.c.installation_id == installation_id).values(**values))

    def revoke_peer(self, w, installation_id: str, reason: str, at: datetime | str, by: str) -> None:
        peer = SyncStore(w).peer(installation_id)
        if peer is None:
            raise NotFound(translate("Sync", "No installation {id} is enrolled here.").format(id=installation_id))
        at = _when(at)
        w.conn.execute(update(_PEER).where(_PEER.c.installation_id == installation_id).values(
            revoked_at=at, revoked_by=by, revocation_reason=reason))
        self._revoke(w, {"installation_id": installation_id, "fingerprint": peer["fingerprint"],
                         "revoked_at": at, "revoked_by": by, "reason": reason})

    def _revoke(self, w, values: dict[str, Any]) -> None:
        w.conn.execute(_REVOKED.delete().where(_REVOKED.c.installation_id == values["installation_id"]))
        w.conn.execute(insert(_REVOKED).values(**values))

    def revocations(self) -> list[dict[str, str]]:
        """Every revocation known here, as a bundle's manifest lists them."""
        rows = self.conn.execute(select(_REVOKED).order_by(_REVOKED.c.installation_id))
        return [{"installation_id": r.installation_id, "fingerprint": r.fingerprint,
                 "revoked_at": r.revoked_at.isoformat(), "reason": r.reason} for r in rows]

    def record_revocations(self, w, revocations: list[Mapping[str, Any]], by: str = "") -> list[str]:
        """Take in a county's revocation list; the ids newly revoked here.
        A peer re-enrolled since with other keys (another fingerprint) stays."""
        here = SyncStore(w)
        new = []
        for item in revocations:
            try:
                installation_id, fingerprint = str(item["installation_id"]), str(item["fingerprint"])
                at, reason = datetime.fromisoformat(item["revoked_at"]), str(item.get("reason", ""))
            except (KeyError, TypeError, ValueError):
                raise BundleRejected(Reason.BAD_RECORD, translate(
                    "Sync", "The bundle's list of revoked installations is malformed.")) from None
            if at.tzinfo is None:
                raise BundleRejected(Reason.BAD_RECORD, translate(
                    "Sync", "The bundle's list of revoked installations is malformed."))
            known = w.conn.execute(select(_REVOKED.c.fingerprint).where(
                _REVOKED.c.installation_id == installation_id)).first()
            if known is not None and known.fingerprint == fingerprint:
                continue
            peer = here.peer(installation_id)
            if peer is not None and peer["fingerprint"] != fingerprint:
                continue
            self._revoke(w, {"installation_id": installation_id, "fingerprint": fingerprint, "revoked_at": at,
                             "revoked_by": by, "reason": reason})
            if peer is not None:
                w.conn.execute(update(_PEER).where(_PEER.c.installation_id == installation_id).values(
                    revoked_at=at, revoked_by=by, revocation_reason=reason))
            new.append(installation_id)
        return new

    def is_revoked(self, installation_id: str) -> bool:
        return self.conn.execute(select(_REVOKED.c.installation_id).where(
            _REVOKED.c.installation_id == installation_id)).first() is not None

    # -- the bundle log ------------------------------------------------------

    @staticmethod
    def _bundle(row) -> dict[str, Any] | None:
        if row is None:
            return None
        bundle = dict(row._mapping)
        bundle["counts"] = json.loads(bundle["counts"])
        return bundle

    def _logged(self, direction: str, peer_id: str, sequence: int | None) -> dict[str, Any] | None:
        statement = select(_BUNDLE).where(_BUNDLE.c.direction == direction, _BUNDLE.c.peer_id == peer_id)
        if sequence is None:
            statement = statement.order_by(_BUNDLE.c.sequence.desc()).limit(1)
        else:
            statement = statement.where(_BUNDLE.c.sequence == sequence)
        return self._bundle(self.conn.execute(statement).first())

    def sent(self, peer_id: str, sequence: int) -> dict[str, Any] | None:
        return self._logged("out", peer_id, sequence)

    def last_sent(self, peer_id: str) -> dict[str, Any] | None:
        return self._logged("out", peer_id, None)

    def received(self, peer_id: str, sequence: int) -> dict[str, Any] | None:
        return self._logged("in", peer_id, sequence)

    def last_received(self, peer_id: str) -> dict[str, Any] | None:
        return self._logged("in", peer_id, None)

    def _log(self, w, direction: str, peer_id: str, **values) -> None:
        values["bundle_hash"] = _hex(values["bundle_hash"])
        values["counts"] = json.dumps(values.get("counts") or {}, sort_keys=True, ensure_ascii=False)
        w.conn.execute(insert(_BUNDLE).values(direction=direction, peer_id=peer_id, at=w.at, **values))

    def record_sent(self, w, peer_id: str, *, sequence: int, since: int, bundle_hash: bytes | str, bundle_id: str,
                    watermark: int, counts: Mapping[str, int]) -> None:
        self._log(w, "out", peer_id, sequence=sequence, since=since, bundle_hash=bundle_hash, bundle_id=bundle_id,
                  watermark=watermark, changeset_id=None, counts=counts)

    def record_received(self, w, peer_id: str, *, sequence: int, since: int, bundle_hash: bytes | str,
                        bundle_id: str, changeset_id: str | None, counts: Mapping[str, int]) -> None:
        """Log an imported bundle (`changeset_id`: the write that applied it,
        w.changeset_id) and the villages its rows belonged to."""
        self._log(w, "in", peer_id, sequence=sequence, since=since, bundle_hash=bundle_hash, bundle_id=bundle_id,
                  watermark=None, changeset_id=changeset_id, counts=counts)
        villages = sorted(w.remote_villages.items())
        if not villages:
            return
        for start in range(0, len(villages), BATCH):
            part = villages[start:start + BATCH]
            w.conn.execute(_RECEIVED.delete().where(_RECEIVED.c.peer_id == peer_id,
                                                    _RECEIVED.c.village_id.in_([v for v, _ in part])))
        w._executemany(_RECEIVED, [{"village_id": v, "peer_id": peer_id, "last_sequence": sequence,
                                    "last_at": w.at, "rows": n} for v, n in villages])
        w.remote_villages.clear()

    def set_acked(self, w, peer_id: str, sequence: int) -> None:
        """The peer has imported our bundles up to `sequence` (never lowered)."""
        w.conn.execute(update(_PEER).where(_PEER.c.installation_id == peer_id,
                                           _PEER.c.acked_sequence < sequence).values(acked_sequence=sequence))

    def acked(self, peer_id: str) -> int:
        value = self.conn.execute(select(_PEER.c.acked_sequence).where(_PEER.c.installation_id == peer_id)).scalar()
        return value or 0

    # -- export --------------------------------------------------------------

    def watermark(self) -> int:
        """The highest change log seq now (read it in the export's transaction)."""
        return watermark(self.conn)

    def changed_records(self, *, scope_unit_id: str | None, since_watermark: int,
                        exclude_from_peer: str | None) -> Iterator[tuple[str, dict[str, Any]]]:
        return changed_records(self.conn, scope_unit_id=scope_unit_id, since_watermark=since_watermark,
                               exclude_from_peer=exclude_from_peer)

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

