"""Exchanges between databases at the storage level, as the sync service
will make them but without files: export by the acknowledgement rules of
docs/sync-format.md §4, import with its sequence rules (§5), checks and
decisions batch by batch, and the receipts. Used by the store and
convergence tests."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from desktop.core.ids import new_id
from desktop.core.sync_merge import APPLY_ORDER
from desktop.storage import Database
from desktop.storage.sync import SyncStore


@dataclass(frozen=True)
class Bundle:
    sender: str
    recipient: str
    sequence: int
    since: int
    ack: int
    bundle_id: str
    records: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(r) for r in self.records.values())


def export(db: Database, recipient: str, *, scope_unit_id: str | None = None, full: bool = False) -> Bundle:
    """The next bundle from `db` to `recipient` (recorded as sent)."""
    with db.read() as r:
        store = SyncStore(r)
        since = 0 if full else store.acked(recipient)
        watermark = store.sent(recipient, since)["watermark"] if since else 0
        records: dict[str, list[dict]] = defaultdict(list)
        for entity, record in store.changed_records(scope_unit_id=scope_unit_id, since_watermark=watermark,
                                                    exclude_from_peer=recipient):
            records[entity].append(record)
        now = store.watermark()
        last = store.last_sent(recipient)
        received = store.last_received(recipient)
    bundle = Bundle(db.installation_id, recipient, (last["sequence"] if last else 0) + 1, since,
                    received["sequence"] if received else 0, new_id(), dict(records))
    with db.write("sync", "sync.export") as w:
        SyncStore(w).record_sent(w, recipient, sequence=bundle.sequence, since=since,
                                 bundle_hash=bundle.bundle_id.replace("-", "") * 2, bundle_id=bundle.bundle_id,
                                 watermark=now, counts={t: len(v) for t, v in records.items()})
    return bundle


def import_bundle(db: Database, bundle: Bundle, *, batch: int = 50) -> str:
    """Import as §5 says: "already", "waits", or "imported" (with counts kept
    on the writer's change set)."""
    with db.read() as r:
        store = SyncStore(r)
        if store.received(bundle.sender, bundle.sequence) is not None:
            return "already"
        if bundle.since and store.received(bundle.sender, bundle.since) is None:
            return "waits"
    with db.write("sync", "sync.import") as w:
        store = SyncStore(w)
        is_county = store.county_ids().__contains__
        refs = store.reference_check()
        parents: dict = {}
        kinds: Counter = Counter()
        for entity in APPLY_ORDER:
            records = bundle.records.get(entity, [])
            ids = {r["id"] for r in records}
            for start in range(0, len(records), batch):
                part = records[start:start + batch]
                for record in part:
                    store.row_of(entity, record)
                refs.add(entity, part)
                store.check_unique(entity, part, ids)
                decisions = store.decide_batch(entity, part, is_county)
                kinds.update(w.write_remote(entity, decisions, bundle_id=bundle.bundle_id, peer_id=bundle.sender,
                                            villages=store.villages_of(entity, part, parents)))
        refs.finish()
        store.record_received(w, bundle.sender, sequence=bundle.sequence, since=bundle.since,
                              bundle_hash=bytes.fromhex(bundle.bundle_id.replace("-", "") * 2),
                              bundle_id=bundle.bundle_id, changeset_id=w.changeset_id,
                              counts={t: len(v) for t, v in bundle.records.items()})
        store.set_acked(w, bundle.sender, bundle.ack)
    import_bundle.last_kinds = kinds
    return "imported"


def enrol(db: Database, peer: Database, role: str) -> None:
    """Enrol `peer` in `db` (keys are not this level's business)."""
    with db.write("sync", "enrol") as w:
        SyncStore(w).save_peer(w, installation_id=peer.installation_id, role=role, name=role, unit_code="",
                               unit_name_zh="", unit_name_bo="", signing_key=b"s" * 32, encryption_key=b"e" * 32,
                               fingerprint="1" * 40, enrolled_at="2026-11-24T08:00:00+00:00", enrolled_by="t")


def copy_as_new_installation(source: Database, path) -> Database:
    """A copy of `source` in the database file `path` that is another
    installation (its own id): a township made from the county, say. A
    file is copied with SQLite's backup API; a county on a server row by
    row, table by table, into a new file migrated to the same head."""
    if source.path is not None:
        import sqlite3

        src = sqlite3.connect(str(source.path))
        dst = sqlite3.connect(str(path))
        try:
            src.backup(dst)
            dst.execute("UPDATE local_meta SET value = ? WHERE key = 'installation_id'", (new_id(),))
            dst.commit()
        finally:
            dst.close()
            src.close()
    else:
        _copy_rows(source, path)
    return Database.open(path)


def _copy_rows(source: Database, path) -> None:
    from sqlalchemy import create_engine, text
    from sqlmodel import SQLModel

    import desktop.storage.models  # noqa: F401  (the tables)

    Database.open(path).close()
    # A plain connection: foreign keys are off, so rows that point at rows of
    # their own table (a unit's parent) may come in any order.
    target = create_engine(f"sqlite:///{path}")
    try:
        with source.read() as r, target.begin() as out:
            for table in reversed(SQLModel.metadata.sorted_tables):
                out.execute(table.delete())
            for table in SQLModel.metadata.sorted_tables:
                rows = [dict(row) for row in r.conn.execute(table.select()).mappings()]
                if rows:
                    out.execute(table.insert(), rows)
            out.execute(text("UPDATE local_meta SET value = :id WHERE key = 'installation_id'"), {"id": new_id()})
    finally:
        target.dispose()


def all_rows(r, entity):
    """Every row of a table as selected (typed), for record tests."""
    from sqlalchemy import select

    from desktop.storage.models import SYNCED_TABLES

    return list(r.conn.execute(select(SYNCED_TABLES[entity].__table__)).mappings())


def townships(db: Database) -> list[str]:
    from sqlalchemy import text

    with db.read() as r:
        return [u for (u,) in r.conn.execute(text(
            "SELECT id FROM admin_unit WHERE level = 'township' ORDER BY code"))]


def ids_of(db: Database, sql: str) -> set[str]:
    from sqlalchemy import text

    with db.read() as r:
        return {i for (i,) in r.conn.execute(text(sql))}


def row_in(db: Database, entity: str, row_id: str) -> dict:
    """A row as selected through its model (typed: the same values from a
    SQLite file and a PostgreSQL server)."""
    from sqlalchemy import select

    from desktop.storage.models import SYNCED_TABLES

    table = SYNCED_TABLES[entity].__table__
    with db.read() as r:
        return dict(r.conn.execute(select(table).where(table.c.id == row_id)).mappings().one())
