"""Enrolled installations, revocations and the bundle log of sync
(tables sync_peer, sync_revocation, sync_bundle, sync_received): the part
of `SyncStore` (sync.py) that keeps who we exchange with and what went each
way. Methods that write take the caller's `Writer`."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import insert, select, update

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.storage.sync_models import SyncBundleRow, SyncPeerRow, SyncReceivedRow, SyncRevocationRow
from desktop.storage.sync_scope import BATCH

PEER = SyncPeerRow.__table__
_BUNDLE = SyncBundleRow.__table__
_REVOKED = SyncRevocationRow.__table__
_RECEIVED = SyncReceivedRow.__table__


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _when(value: datetime | str) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _hex(value: bytes | str) -> str:
    return value.hex() if isinstance(value, (bytes, bytearray)) else value


class PeerLog:
    """Peers, revocations and the bundle log, for `SyncStore`."""

    conn: Any

    # -- peers and revocations -----------------------------------------------

    @staticmethod
    def _peer(row) -> dict[str, Any]:
        peer = dict(row._mapping)
        peer["signing_key"], peer["encryption_key"] = unb64(peer["signing_key"]), unb64(peer["encryption_key"])
        return peer

    def peers(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(select(PEER).order_by(PEER.c.role, PEER.c.unit_code, PEER.c.name))
        return [self._peer(r) for r in rows]

    def peer(self, installation_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(select(PEER).where(PEER.c.installation_id == installation_id)).first()
        return self._peer(row) if row else None

    def save_peer(self, w, *, installation_id: str, role: str, name: str, unit_code: str, unit_name_zh: str,
                  unit_name_bo: str, signing_key: bytes, encryption_key: bytes, fingerprint: str,
                  enrolled_at: datetime | str, enrolled_by: str) -> None:
        """Enrol or re-enrol an installation. New keys (a re-installed
        laptop) lift a revocation: the fingerprint was typed again."""
        values = {"role": role, "name": name, "unit_code": unit_code, "unit_name_zh": unit_name_zh,
                  "unit_name_bo": unit_name_bo, "signing_key": b64(signing_key),
                  "encryption_key": b64(encryption_key), "fingerprint": fingerprint,
                  "enrolled_at": _when(enrolled_at), "enrolled_by": enrolled_by}
        old = type(self)(w).peer(installation_id)
        if old is None:
            w.conn.execute(insert(PEER).values(installation_id=installation_id, revoked_at=None, revoked_by="",
                                                revocation_reason="", acked_sequence=0, **values))
            return
        if old["fingerprint"] != fingerprint:
            values.update(revoked_at=None, revoked_by="", revocation_reason="")
            w.conn.execute(_REVOKED.delete().where(_REVOKED.c.installation_id == installation_id,
                                                   _REVOKED.c.fingerprint != fingerprint))
        w.conn.execute(update(PEER).where(PEER.c.installation_id == installation_id).values(**values))

    def revoke_peer(self, w, installation_id: str, reason: str, at: datetime | str, by: str) -> None:
        peer = type(self)(w).peer(installation_id)
        if peer is None:
            raise NotFound(translate("Sync", "No installation {id} is enrolled here.").format(id=installation_id))
        at = _when(at)
        w.conn.execute(update(PEER).where(PEER.c.installation_id == installation_id).values(
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
        here = type(self)(w)
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
                w.conn.execute(update(PEER).where(PEER.c.installation_id == installation_id).values(
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

    def first_sent_with_audit(self, peer_id: str) -> dict[str, Any] | None:
        """The first bundle made for the peer that carried our audit head."""
        statement = select(_BUNDLE).where(_BUNDLE.c.direction == "out", _BUNDLE.c.peer_id == peer_id,
                                          _BUNDLE.c.audit_seq.is_not(None))
        return self._bundle(self.conn.execute(statement.order_by(_BUNDLE.c.sequence).limit(1)).first())

    def record_sent(self, w, peer_id: str, *, sequence: int, since: int, bundle_hash: bytes | str, bundle_id: str,
                    watermark: int, counts: Mapping[str, int], audit_seq: int | None = None,
                    audit_hash: str = "") -> None:
        """Log a bundle made for the peer, with the audit head it carried."""
        self._log(w, "out", peer_id, sequence=sequence, since=since, bundle_hash=bundle_hash, bundle_id=bundle_id,
                  watermark=watermark, changeset_id=None, counts=counts, audit_seq=audit_seq, audit_hash=audit_hash)

    def record_received(self, w, peer_id: str, *, sequence: int, since: int, bundle_hash: bytes | str,
                        bundle_id: str, changeset_id: str | None, counts: Mapping[str, int],
                        audit_seq: int | None = None, audit_hash: str = "") -> None:
        """Log an imported bundle (`changeset_id`: the write that applied it,
        w.changeset_id; the sender's audit head it carried) and the villages
        its rows belonged to."""
        self._log(w, "in", peer_id, sequence=sequence, since=since, bundle_hash=bundle_hash, bundle_id=bundle_id,
                  watermark=None, changeset_id=changeset_id, counts=counts, audit_seq=audit_seq,
                  audit_hash=audit_hash)
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
        w.conn.execute(update(PEER).where(PEER.c.installation_id == peer_id,
                                           PEER.c.acked_sequence < sequence).values(acked_sequence=sequence))

    def acked(self, peer_id: str) -> int:
        value = self.conn.execute(select(PEER.c.acked_sequence).where(PEER.c.installation_id == peer_id)).scalar()
        return value or 0


    # -- the peer's audit chain (docs/audit.md) ----------------------------

    def audit_held(self, peer_id: str) -> tuple[int, str] | None:
        """The peer's audit head from its newest bundle with one."""
        row = self.conn.execute(select(PEER.c.audit_seq, PEER.c.audit_hash).where(
            PEER.c.installation_id == peer_id)).first()
        return (row.audit_seq, row.audit_hash) if row is not None and row.audit_seq is not None else None

    def audit_received_at(self, peer_id: str, seq: int, link: str) -> datetime | None:
        """When the bundle that brought this head of the peer's was imported."""
        return self.conn.execute(select(_BUNDLE.c.at).where(
            _BUNDLE.c.direction == "in", _BUNDLE.c.peer_id == peer_id, _BUNDLE.c.audit_seq == seq,
            _BUNDLE.c.audit_hash == link).order_by(_BUNDLE.c.sequence.desc()).limit(1)).scalar()

    def record_audit(self, w, peer_id: str, seq: int, link: str, alarm: str = "") -> None:
        """Hold the peer's new head; an alarm stays until a newer one replaces it."""
        values: dict[str, Any] = {"audit_seq": seq, "audit_hash": link}
        if alarm:
            values["audit_alarm"] = alarm
        w.conn.execute(update(PEER).where(PEER.c.installation_id == peer_id).values(**values))
