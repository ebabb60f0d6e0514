"""Importing a bundle in two phases (docs/sync-format.md §5).

`stage` verifies the signature, applies the sequence rules, decrypts into the
staging folder beside the database, reads and checks every record and
compares it with the database, writing nothing to it: the summary the user
looks at (with an alarm if the sender's audit trail does not continue from
the head it sent before, services/sync/audit_head.py). `apply` then writes all of it in one transaction, classifying
again inside it (the database may have changed since), or nothing.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Iterator

from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_merge import APPLY_ORDER
from desktop.services.sync import audit_head
from desktop.services.sync.archive import AuditHead, Payload, open_payload
from desktop.services.sync.container import VerifiedHeader, decrypt_payload, read_header
from desktop.services.sync.results import BundleState, ConflictPreview, Counts, ImportSummary
from desktop.storage.sync import SyncStore

BATCH = 2000


@dataclass
class StagedBundle:
    """A verified, unpacked bundle waiting for the user's yes."""

    summary: ImportSummary
    path: Path
    verified: VerifiedHeader | None
    folder: Path | None = None
    payload: Payload | None = None
    files: list[str] = field(default_factory=list)   # the attachments' SHA-256, each checked
    audit: AuditHead | None = None     # the sender's audit head (format 2)

    @property
    def header(self) -> dict:
        return self.verified.header if self.verified else {}

    def close(self) -> None:
        if self.payload is not None:
            self.payload.close()
            self.payload = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> "StagedBundle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def stage(ws, path: Path, progress: Progress = NO_PROGRESS) -> StagedBundle:
    path = Path(path)
    # Before the bundle is read or decrypted into the staging folder.
    ws.session.check("sync.import")
    keys = ws.sync.keys()
    with ws.db.read() as r:
        store = SyncStore(r)
        verified = read_header(path, signing_key_of=lambda sender: _signing_key_of(store, sender),
                               recipient_id=ws.installation_id,
                               recipient_encryption_public=keys.encryption_public)
        header = verified.header
        sender = verified.sender_id
        peer = store.peer(sender)
        summary = _summary(path, header, peer)
        state, message, skipped = _sequence_state(store, sender, header, verified.bundle_hash.hex(), peer)
    summary.state, summary.message, summary.skipped = state, message, skipped
    staged = StagedBundle(summary, path, verified)
    if state is BundleState.WAITING:
        _keep_pending(ws, path, sender, header["sequence"])
        return staged
    if state is not BundleState.READY:
        return staged
    staged.folder = staging_root(ws) / header["bundle_id"]
    try:
        shutil.rmtree(staged.folder, ignore_errors=True)
        staged.folder.mkdir(parents=True)
        progress.step(0, 0, translate("Sync", "Checking and decrypting the bundle…"))
        decrypt_payload(path, verified, encryption_private=keys.encryption_private,
                        out_path=staged.folder / "payload.zip", progress=progress)
        staged.payload = open_payload(staged.folder / "payload.zip", header["bundle_id"])
        _check_manifest(staged.payload, header)
        staged.summary.revocations = list(staged.payload.manifest.get("revocations", []))
        staged.audit = staged.payload.audit()
        with ws.db.read() as r:
            staged.summary.audit_alarm = audit_head.alarm(SyncStore(r), sender, staged.audit, header["sequence"])
        _compare(ws, staged, progress)
        staged.files = _check_files(staged)
    except BaseException:
        staged.close()
        raise
    return staged


def apply(ws, staged: StagedBundle, progress: Progress = NO_PROGRESS) -> ImportSummary:
    """Write a staged bundle in one transaction; its summary, now of what was written."""
    summary = staged.summary
    if summary.state is not BundleState.READY or staged.payload is None:
        return summary
    header = staged.header
    sender = staged.verified.sender_id
    # Content-addressed and written before the rows: a failed import leaves
    # at most an unreferenced file, never a row without its file.
    # Streamed from the payload into the store: encrypted with the
    # database's key, no plain copy in between.
    attachments = ws.inspections.attachments
    for sha in staged.files:
        attachments.add_blocks(sha, staged.payload.file_blocks(sha))
    total = sum(rows for _, rows in staged.payload.tables())
    done = 0
    fresh = replace(summary, tables={}, villages={}, conflicts=[])
    with ws.db.write(ws.actor, "sync.import") as w:
        store = SyncStore(w)
        if store.received(sender, header["sequence"]) is not None:
            # Imported by someone else between the summary and now: nothing of it changes anything here.
            return replace(summary, state=BundleState.ALREADY_IMPORTED, message=_already_message(header),
                           tables={}, villages={}, conflicts=[])
        is_county = _county_test(store)
        parents: dict[str, str | None] = {}
        for table, _ in staged.payload.tables():
            for batch in _batches(staged.payload.records(table)):
                records = [rec for _, rec in batch]
                decisions = store.decide_batch(table, records, is_county)
                villages = store.villages_of(table, records, parents)
                w.write_remote(table, decisions, bundle_id=header["bundle_id"], peer_id=sender, villages=villages)
                _tally(fresh, table, records, decisions, villages)
                done += len(batch)
                progress.step(done, total, translate("Sync", "Importing…"))
        # Checked again in this transaction, before this bundle is the newest received.
        fresh.audit_alarm = audit_head.record(store, w, sender, staged.audit, header["sequence"])
        audit = staged.audit
        store.record_received(w, sender, sequence=header["sequence"], since=header["since"],
                              bundle_hash=staged.verified.bundle_hash.hex(), bundle_id=header["bundle_id"],
                              changeset_id=w.changeset_id, counts=header["counts"],
                              audit_seq=audit.seq if audit else None, audit_hash=audit.hash if audit else "")
        ack = header["ack"]
        if ack["sequence"]:
            sent = store.sent(sender, ack["sequence"])
            # Only an acknowledgement of a bundle we made moves the mark on.
            if sent is not None and sent["bundle_hash"] == ack["hash"] and ack["sequence"] > store.acked(sender):
                store.set_acked(w, sender, ack["sequence"])
        peer = store.peer(sender)
        if peer and peer["role"] == "county":
            store.record_revocations(w, staged.payload.manifest.get("revocations", []))
    fresh.changeset = w.changeset
    fresh.state = BundleState.IMPORTED
    staged.summary = fresh
    staged.close()
    fresh.pending_imported = _import_pending(ws, sender, progress)
    return fresh


def import_bundle(ws, path: Path, *, dry_run: bool = False, progress: Progress = NO_PROGRESS) -> ImportSummary:
    with stage(ws, path, progress) as staged:
        if dry_run:
            return staged.summary
        return apply(ws, staged, progress)


# -- where bundles wait ---------------------------------------------------

def sync_folder(ws) -> Path:
    if ws.path is not None:
        return ws.path.with_name(ws.path.name + ".sync")
    # A database without a file (a server URL): the data folder, in the portable folder when portable.
    from desktop.services.locations import data_dir

    return data_dir() / f"sync-{ws.installation_id}"


def staging_root(ws) -> Path:
    return sync_folder(ws) / "staging"


def pending_root(ws) -> Path:
    return sync_folder(ws) / "pending"


def _keep_pending(ws, path: Path, sender: str, sequence: int) -> None:
    target = pending_root(ws) / f"{sender}-{sequence:08d}.vdbundle"
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name("." + target.name + ".tmp")
    shutil.copyfile(path, temp)
    temp.replace(target)


def _import_pending(ws, sender: str, progress: Progress) -> list[ImportSummary]:
    """Bundles that waited for the one just imported, in order."""
    done: list[ImportSummary] = []
    folder = pending_root(ws)
    for file in sorted(folder.glob(f"{sender}-*.vdbundle")) if folder.is_dir() else []:
        try:
            staged = stage(ws, file, progress)
        except BundleRejected:
            file.unlink(missing_ok=True)  # it can never be imported; the user saw it when it came
            continue
        with staged:
            if staged.summary.state is BundleState.WAITING:
                continue
            summary = apply(ws, staged, progress)
        file.unlink(missing_ok=True)
        done.append(summary)
    return done


# -- checks ---------------------------------------------------------------

def _signing_key_of(store: SyncStore, sender: str) -> bytes:
    peer = store.peer(sender)
    if peer is None:
        raise BundleRejected(Reason.UNKNOWN_SENDER, translate(
            "Sync", "This bundle comes from an installation that is not enrolled here ({id}). Enrol it first "
                    "with its enrolment file and the fingerprint from its slip, then import the bundle again.")
            .format(id=sender))
    if peer["revoked_at"] or store.is_revoked(sender):
        raise BundleRejected(Reason.REVOKED_SENDER, translate(
            "Sync", "This bundle comes from {name}, whose key was revoked on {date}. Nothing was imported.")
            .format(name=peer["name"] or sender, date=str(peer["revoked_at"] or "")[:10]))
    return peer["signing_key"]


def _already_message(header: dict) -> str:
    return translate("Sync", "Bundle {sequence} from this sender was already imported. Nothing was changed.").format(
        sequence=header["sequence"])


def _sequence_state(store: SyncStore, sender: str, header: dict, bundle_hash: str,
                    peer: dict) -> tuple[BundleState, str, tuple[int, ...]]:
    sequence, since = header["sequence"], header["since"]
    name = peer["name"] or sender
    seen = store.received(sender, sequence)
    if seen is not None:
        if seen["bundle_hash"] == bundle_hash:
            return BundleState.ALREADY_IMPORTED, _already_message(header), ()
        raise BundleRejected(Reason.SEQUENCE_ALARM, translate(
            "Sync", "Warning: bundle {sequence} from {name} was imported before with different content. This file "
                    "may have been altered, or {name}'s database was restored from a backup. Nothing was imported; "
                    "ask {name} for a full bundle.").format(sequence=sequence, name=name))
    previous = store.received(sender, sequence - 1) if sequence > 1 else None
    if previous is not None and previous["bundle_hash"] != header["previous_hash"]:
        raise BundleRejected(Reason.SEQUENCE_ALARM, translate(
            "Sync", "Warning: bundle {sequence} from {name} does not follow the bundle {previous} imported here. "
                    "Nothing was imported; ask {name} for a full bundle.").format(
            sequence=sequence, previous=sequence - 1, name=name))
    if since and store.received(sender, since) is None:
        return BundleState.WAITING, translate(
            "Sync", "Bundle {sequence} from {name} builds on its bundle {since}, which has not been imported here. "
                    "It is kept and will be imported after bundle {since}. If that bundle is lost, ask {name} for "
                    "a full bundle.").format(sequence=sequence, since=since, name=name), ()
    last = store.last_received(sender)
    last_sequence = last["sequence"] if last else 0
    skipped = tuple(n for n in range(max(last_sequence, since) + 1, sequence) if store.received(sender, n) is None)
    return BundleState.READY, "", skipped


def _check_manifest(payload: Payload, header: dict) -> None:
    order = {t: i for i, t in enumerate(APPLY_ORDER)}
    tables = payload.tables()
    positions = []
    for table, rows in tables:
        if table not in order:
            raise BundleRejected(Reason.BAD_ARCHIVE, translate(
                "Sync", "The bundle holds a table this version does not know ({table}).").format(table=table))
        positions.append(order[table])
    if positions != sorted(set(positions)):
        raise BundleRejected(Reason.BAD_ARCHIVE, translate("Sync", "The bundle's tables are not in the order of the format."))
    counts = {t: n for t, n in tables if n}
    if counts != header["counts"] or len(payload.manifest.get("files", [])) != header["files"]:
        raise BundleRejected(Reason.BAD_ARCHIVE, translate(
            "Sync", "The bundle's contents do not match the counts in its signed header."))


def _county_test(store: SyncStore):
    county = store.county_ids()
    return county.__contains__


def _batches(records: Iterator) -> Iterator[list]:
    while batch := list(islice(records, BATCH)):
        yield batch


def _compare(ws, staged: StagedBundle, progress: Progress) -> None:
    """Read every record, check it and classify it against the database."""
    summary = staged.summary
    payload = staged.payload
    total = sum(rows for _, rows in payload.tables())
    done = 0
    parents: dict[str, str | None] = {}
    names: dict[str, tuple[str, str, str]] = {}
    with ws.db.read() as r:
        store = SyncStore(r)
        is_county = _county_test(store)
        references = store.reference_check()
        for table, _ in payload.tables():
            seen: set[str] = set()
            for batch in _batches(payload.records(table)):
                records = [record for _, record in batch]
                store.rows_of(table, records)  # raises BundleRejected naming table, record and column
                for record in records:
                    if record["id"] in seen:
                        raise BundleRejected(Reason.BAD_RECORD, translate(
                            "Sync", "Record {id} appears twice in table {table}.").format(id=record["id"], table=table))
                    seen.add(record["id"])
                store.check_unique(table, records, seen)
                references.add(table, records)
                decisions = store.decide_batch(table, records, is_county)
                villages = store.villages_of(table, records, parents)
                _tally(summary, table, records, decisions, villages)
                if table == "village":
                    names.update((rec["id"], (rec["code"] or "", rec["name_zh"], rec["name_bo"])) for rec in records)
                done += len(batch)
                progress.step(done, total, translate("Sync", "Comparing with this database…"))
        references.finish()
    known = [v for v in summary.villages if v not in names]
    names.update((vid, (row.code or "", row.name_zh, row.name_bo)) for vid, row in ws.villages.rows(known).items())
    summary.village_names.update({v: names[v] for v in summary.villages if v in names})


def _tally(summary: ImportSummary, table: str, records: list[dict], decisions, villages) -> None:
    counts = summary.tables.setdefault(table, Counts())
    for record, decision, village in zip(records, decisions, villages):
        counts.add(decision.kind)
        if decision.kind in ("unchanged", "older"):
            continue
        if village:
            summary.villages.setdefault(village, Counts()).add(decision.kind)
        if decision.kind == "conflict":
            summary.conflicts.append(ConflictPreview(
                entity=table, entity_id=record["id"], village_id=village, rule=decision.rule,
                kept_from=decision.kept["installation_id"], lost_from=decision.lost["installation_id"]))


def _check_files(staged: StagedBundle) -> list[str]:
    """Read every attachment through (size and hash) before the summary
    says the bundle is good; nothing is written until `apply`."""
    out = []
    for entry in staged.payload.manifest.get("files", []):
        staged.payload.check_file(entry["sha256"])
        out.append(entry["sha256"])
    staged.summary.files = len(out)
    return out


def _summary(path: Path, header: dict, peer: dict) -> ImportSummary:
    return ImportSummary(
        path=path, state=BundleState.READY, sender_id=header["sender"]["installation_id"],
        sender_name=peer["name"] if peer else "", sender_role=header["sender"]["role"],
        sequence=header["sequence"], since=header["since"], created_at=header["created_at"],
        bundle_id=header["bundle_id"])
