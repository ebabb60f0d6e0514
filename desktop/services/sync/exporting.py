"""Making a bundle for one enrolled installation (docs/sync-format.md §4, §7).

The rows changed since the last bundle the recipient acknowledged (or all
rows in scope with `full`) are read in one snapshot, written to a payload
archive in a private temporary folder (with our audit head and the links
the recipient needs to check it, services/sync/audit_head.py), then signed,
encrypted and written to
the target through `container.write_bundle` (temporary name, fsync, rename,
read back). The sequence number and watermark are recorded only after the
file on the stick has been verified, so a pulled stick costs nothing.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import desktop
from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import key_id
from desktop.services.sync import audit_head
from desktop.services.sync.archive import PayloadWriter
from desktop.services.sync.container import write_bundle
from desktop.services.sync.results import ExportResult
from desktop.storage.sync import SyncStore

def _work_root(ws) -> Path | None:
    """Where the bundle's plain payload is put together: beside an encrypted
    database (`<db>.sync/work`, which opening it wipes should a crash leave
    anything there), else the system's temporary folder."""
    if ws.db.key is None or ws.path is None:
        return None
    from desktop.services.sync.importing import sync_folder

    root = sync_folder(ws) / "work"
    root.mkdir(parents=True, exist_ok=True)
    return root


def export_bundle(ws, peer_id: str, out_path: Path, *, full: bool = False,
                  progress: Progress = NO_PROGRESS) -> ExportResult:
    # Before anything is read or written: the file itself is the act.
    ws.session.check("sync.export")
    keys = ws.sync.keys()
    out_path = Path(out_path)
    work = Path(tempfile.mkdtemp(prefix="villagedesk-bundle-", dir=_work_root(ws)))
    try:
        with ws.db.read() as r:
            store = SyncStore(r)
            peer = store.peer(peer_id)
            if peer is None:
                raise BundleRejected(Reason.NO_SUCH_PEER, translate(
                    "Sync", "No installation {id} is enrolled here. Enrol it first with its enrolment file and "
                            "the fingerprint from its slip.").format(id=peer_id))
            if peer["revoked_at"]:
                raise BundleRejected(Reason.REVOKED_SENDER, translate(
                    "Sync", "{name} was revoked on {date}: no bundles are made for it.").format(
                    name=peer["name"] or peer_id, date=str(peer["revoked_at"])[:10]))
            mode = store.mode()
            scope = _scope_of(r, store, mode, peer)
            last_sent = store.last_sent(peer_id)
            sequence = (last_sent["sequence"] if last_sent else 0) + 1
            acked = 0 if full else store.acked(peer_id)
            acked_bundle = store.sent(peer_id, acked) if acked else None
            if acked and acked_bundle is None:
                acked = 0  # an acknowledgement of a bundle this database never made: send everything
            since_watermark = acked_bundle["watermark"] if acked_bundle else 0
            watermark = store.watermark()
            last_received = store.last_received(peer_id)
            audit = audit_head.outgoing(store, peer_id)
            bundle_id = new_id()
            payload_path = work / "payload.zip"
            evidence: set[str] = set()
            counts: dict[str, int] = {}
            with PayloadWriter(payload_path, bundle_id) as payload:
                records = store.changed_records(scope_unit_id=scope, since_watermark=since_watermark,
                                                exclude_from_peer=peer_id)
                done = 0
                for table, group in itertools.groupby(records, key=lambda item: item[0]):
                    def rows(group=group, table=table) -> Iterator[dict]:
                        nonlocal done
                        for _, record in group:
                            evidence.update(store.files_of(table, record))
                            done += 1
                            if done % 2000 == 0:
                                progress.step(done, 0, translate("Sync", "Reading changes…"))
                            yield record
                    counts[table] = counts.get(table, 0) + payload.add_records(table, rows())
                attachments = ws.inspections.attachments
                files = 0
                for sha in sorted(evidence):
                    if attachments.has(sha):
                        # Decrypted piece by piece into the payload: no plain file.
                        payload.add_blocks(sha, attachments.blocks(sha), sha)
                        files += 1
                payload.finish(store.revocations() if mode == "county" else [], audit)
        header = {
            "format": "villagedesk-bundle", "version": 1,
            "bundle_id": bundle_id, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "app_version": desktop.__version__,
            "sender": {"installation_id": ws.installation_id, "role": mode,
                       "unit_code": ws.sync.identity().unit_code, "signing_key_id": key_id(keys.signing_public)},
            "recipient": {"installation_id": peer_id,
                          "encryption_key_id": key_id(peer["encryption_key"])},
            "sequence": sequence, "since": acked,
            "previous_hash": last_sent["bundle_hash"] if last_sent else "",
            "ack": {"sequence": last_received["sequence"] if last_received else 0,
                    "hash": last_received["bundle_hash"] if last_received else ""},
            "counts": {t: n for t, n in counts.items() if n},
            "files": files,
        }
        progress.step(0, 0, translate("Sync", "Encrypting and writing the bundle…"))
        verified = write_bundle(out_path, header, payload_path, signing_private=keys.signing_private,
                                recipient_encryption_public=peer["encryption_key"],
                                progress=progress)
        bundle_hash = verified.bundle_hash.hex()
        with ws.db.write(ws.actor, "sync.export") as w:
            SyncStore(w).record_sent(w, peer_id, sequence=sequence, since=acked, bundle_hash=bundle_hash,
                                     bundle_id=bundle_id, watermark=watermark, counts=header["counts"],
                                     audit_seq=audit.seq, audit_hash=audit.hash)
        return ExportResult(path=out_path, peer=peer_id, sequence=sequence, since=acked,
                            counts=header["counts"], files=files, size=verified.file_size, bundle_hash=bundle_hash)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _scope_of(reader, store: SyncStore, mode: str, peer: dict) -> str | None:
    """A county sends a township what concerns it; a township sends all."""
    if mode != "county" or peer["role"] != "township":
        return None
    unit = reader.units.by_code(peer["unit_code"]) if peer["unit_code"] else None
    if unit is None:
        raise BundleRejected(Reason.NOT_SET_UP, translate(
            "Sync", "The township {code} of {name} is not in this database, so there is nothing to send it yet. "
                    "Import its first bundle, or add the township.").format(code=peer["unit_code"], name=peer["name"]))
    return unit.id
