"""`ws.sync`: this installation's identity, enrolment of others, bundles and
conflicts — the use cases the GUI and the CLI share (docs/sync-format.md)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from desktop.core.changes import ChangeSet
from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.records import AdminUnit
from desktop.core.sync_errors import BundleRejected, EnrolmentRefused, Reason
from desktop.core.sync_identity import fingerprint, key_id
from desktop.core.terms import AdminLevel
from desktop.services.sync.keys import KeyPair, generate_keys
from desktop.services.sync.results import (
    Conflict, ConflictField, ExportResult, Identity, ImportSummary, Peer, VillageReceipt, side_label,
)
from desktop.services.units import unit_values
from desktop.storage.sync import SyncStore

MODES = ("township", "county")
# The unit is kept by code: a township's own unit may arrive later, from the county.
UNIT_CODE, UNIT_NAME_ZH, UNIT_NAME_BO = "sync_unit_code", "sync_unit_name_zh", "sync_unit_name_bo"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SyncService:
    def __init__(self, workspace) -> None:
        self.ws = workspace
        self._keys: KeyPair | None = None

    # -- this installation ------------------------------------------------

    def keys(self) -> KeyPair:
        """This installation's keys, made on first use."""
        if self._keys is None:
            with self.ws.db.read() as r:
                stored = SyncStore(r).keys()
            if stored is None:
                made = generate_keys()
                with self.ws.db.write(self.ws.actor, "sync.keys") as w:
                    store = SyncStore(w)
                    stored = store.keys()  # another process may have made them meanwhile
                    if stored is None:
                        store.set_keys(w, made.signing_private, made.encryption_private)
                        stored = (made.signing_private, made.encryption_private)
            self._keys = KeyPair(*stored)
        return self._keys

    def mode(self) -> str:
        """"county" or "township", without making keys (a cheap read for menus)."""
        with self.ws.db.read() as r:
            return SyncStore(r).mode()

    def renew_keys(self) -> Identity:
        """New keys for this installation (after the county revoked the old
        ones, or a suspected leak): every peer must enrol it again, with the
        new fingerprint."""
        made = generate_keys()
        with self.ws.db.write(self.ws.actor, "sync.renew_keys") as w:
            SyncStore(w).set_keys(w, made.signing_private, made.encryption_private)
        self._keys = made
        return self.identity()

    def identity(self) -> Identity:
        keys = self.keys()
        with self.ws.db.read() as r:
            store = SyncStore(r)
            code = r.meta.get(UNIT_CODE) or ""
            unit = r.units.by_code(code) if code else None
            return Identity(
                installation_id=self.ws.installation_id, name=store.installation_name(), mode=store.mode(),
                unit_id=unit.id if unit else None, unit_code=code,
                unit_name_zh=unit.name_zh if unit else r.meta.get(UNIT_NAME_ZH) or "",
                unit_name_bo=unit.name_bo if unit else r.meta.get(UNIT_NAME_BO) or "",
                fingerprint=fingerprint(self.ws.installation_id, keys.signing_public, keys.encryption_public),
                signing_key_id=key_id(keys.signing_public), encryption_key_id=key_id(keys.encryption_public),
                revoked_at=_revoked_at(store, self.ws.installation_id))

    def setup(self, mode: str, unit_code: str, *, name_zh: str = "", name_bo: str = "",
              installation_name: str = "") -> Identity:
        """Set this installation up as a county or a township for one unit,
        named by its division code.

        A county's unit is made here if it is missing (a county starting
        afresh). A township's need not be here yet: it usually arrives with
        the county's first bundle, with the county's id for it, so making
        one here would make the same township twice.
        """
        if mode not in MODES:
            raise EnrolmentRefused(translate("Sync", "An installation is set up as a county or as a township."))
        unit_code = unit_code.strip()
        if not unit_code.isdigit():
            raise EnrolmentRefused(translate("Sync", "A unit's division code is made of digits."))
        level = AdminLevel.COUNTY if mode == "county" else AdminLevel.TOWNSHIP
        self.keys()
        with self.ws.db.write(self.ws.actor, "sync.setup") as w:
            store = SyncStore(w)
            if store.mode() != mode and _has_exchanged(store):
                raise EnrolmentRefused(translate(
                    "Sync", "This installation has already exchanged bundles as a {mode}; it cannot change sides.")
                    .format(mode=side_label(store.mode())))
            unit = w.units.by_code(unit_code)
            if unit is None and mode == "county":
                if not name_zh:
                    raise EnrolmentRefused(translate(
                        "Sync", "There is no county with the code {code} here. Give its Chinese name to add it.")
                        .format(code=unit_code))
                unit = AdminUnit(id=new_id(), row_version=1, level=level, parent_id=None, code=unit_code,
                                 name_zh=name_zh, name_bo=name_bo)
                w.insert("admin_unit", unit_values(unit) | {"id": unit.id})
            if unit is not None and unit.level is not level:
                raise EnrolmentRefused(translate(
                    "Sync", "The unit {code} ({name}) is not a {level}.").format(
                    code=unit_code, name=unit.name_zh, level=level.label))
            w.meta.set(UNIT_CODE, unit_code)
            w.meta.set(UNIT_NAME_ZH, unit.name_zh if unit else name_zh)
            w.meta.set(UNIT_NAME_BO, unit.name_bo if unit else name_bo)
            store.set_setup(w, mode, unit.id if unit else None,
                            installation_name or (unit.name_zh if unit else name_zh) or unit_code)
        return self.identity()

    # -- enrolment ----------------------------------------------------------

    def export_enrolment(self, path: Path) -> Path:
        from desktop.services.sync.enrolment import write_enrolment

        me = self.identity()
        level = "county" if me.mode == "county" else "township"
        return write_enrolment(Path(path), installation_id=me.installation_id, role=me.mode, name=me.name,
                               unit={"code": me.unit_code, "name_zh": me.unit_name_zh, "name_bo": me.unit_name_bo,
                                     "level": level},
                               keys=self.keys(), created_at=_now())

    def read_enrolment(self, path: Path):
        from desktop.services.sync.enrolment import read_enrolment

        return read_enrolment(Path(path))

    def enrol(self, path: Path, typed_fingerprint: str) -> Peer:
        """Trust the installation in an enrolment file, once the fingerprint
        typed from its printed slip matches the file."""
        from desktop.services.sync.enrolment import check_fingerprint

        enrolment = self.read_enrolment(path)
        check_fingerprint(enrolment, typed_fingerprint)
        me = self.identity()
        if enrolment.installation_id == me.installation_id:
            raise EnrolmentRefused(translate("Sync", "This is this installation's own enrolment file."))
        if enrolment.role == me.mode:
            raise EnrolmentRefused(translate(
                "Sync", "{name} is set up as a {role} like this installation; a township enrols its county and a "
                        "county its townships.").format(name=enrolment.name, role=side_label(enrolment.role)))
        with self.ws.db.write(self.ws.actor, "sync.enrol") as w:
            SyncStore(w).save_peer(
                w, installation_id=enrolment.installation_id, role=enrolment.role, name=enrolment.name,
                unit_code=enrolment.unit.get("code", ""), unit_name_zh=enrolment.unit.get("name_zh", ""),
                unit_name_bo=enrolment.unit.get("name_bo", ""),
                signing_key=enrolment.signing_key, encryption_key=enrolment.encryption_key,
                fingerprint=enrolment.fingerprint, enrolled_at=_now(), enrolled_by=self.ws.actor)
        return self.peer(enrolment.installation_id)

    def peers(self) -> list[Peer]:
        with self.ws.db.read() as r:
            store = SyncStore(r)
            return [_peer(store, p) for p in store.peers()]

    def peer(self, installation_id: str) -> Peer:
        with self.ws.db.read() as r:
            store = SyncStore(r)
            row = store.peer(installation_id)
            if row is None:
                raise BundleRejected(Reason.NO_SUCH_PEER, translate(
                    "Sync", "No installation {id} is enrolled here.").format(id=installation_id))
            return _peer(store, row)

    def revoke(self, installation_id: str, reason: str = "") -> Peer:
        """Refuse this installation's bundles from now on; a county's next
        bundles tell the others."""
        if self.identity().mode != "county":
            raise EnrolmentRefused(translate("Sync", "Only a county revokes an installation's key."))
        self.peer(installation_id)
        with self.ws.db.write(self.ws.actor, "sync.revoke") as w:
            SyncStore(w).revoke_peer(w, installation_id, reason=reason, at=w.at, by=self.ws.actor)
        return self.peer(installation_id)

    # -- bundles --------------------------------------------------------------

    def export_bundle(self, to: str, out_path: Path, *, full: bool = False,
                      progress: Progress = NO_PROGRESS) -> ExportResult:
        from desktop.services.sync.exporting import export_bundle

        return export_bundle(self.ws, to, Path(out_path), full=full, progress=progress)

    def stage(self, path: Path, progress: Progress = NO_PROGRESS):
        from desktop.services.sync.importing import stage

        return stage(self.ws, Path(path), progress)

    def apply(self, staged, progress: Progress = NO_PROGRESS) -> ImportSummary:
        from desktop.services.sync.importing import apply

        # A backup first (services/backups.py: skipped if nothing changed
        # since the newest; a failed one does not stop the import).
        self.ws.backups.before("before-import", action="sync.import")
        return apply(self.ws, staged, progress)

    def import_bundle(self, path: Path, *, dry_run: bool = False, progress: Progress = NO_PROGRESS) -> ImportSummary:
        # importing.import_bundle's steps, through self.apply for its backup.
        with self.stage(path, progress) as staged:
            if dry_run:
                return staged.summary
            return self.apply(staged, progress)

    # -- conflicts ------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        with self.ws.db.read() as r:
            store = SyncStore(r)
            rows = store.conflicts(open_only=open_only)
            villages = _villages_of(store, rows)
        return self._conflicts(rows, villages, fields=False)

    def conflict(self, conflict_id: str) -> Conflict:
        with self.ws.db.read() as r:
            store = SyncStore(r)
            rows = [store.conflict(conflict_id)]
            villages = _villages_of(store, rows)
        return self._conflicts(rows, villages, fields=True)[0]

    def open_conflicts(self) -> int:
        with self.ws.db.read() as r:
            return len(SyncStore(r).conflicts(open_only=True))

    def resolve(self, conflict_id: str, *, take_other: bool) -> ChangeSet:
        """Close a conflict: keep the version that won, or write the other
        one as a new change of ours (which then travels like any other)."""
        with self.ws.db.write(self.ws.actor, "sync.resolve") as w:
            SyncStore(w).resolve_conflict(w, conflict_id, "take_other" if take_other else "keep")
        return w.changeset

    def _conflicts(self, rows: list[dict], villages: list[str | None], *, fields: bool) -> list[Conflict]:
        """Conflicts as shown, each named by its record (and the village a
        child record belongs to; the names read once for all)."""
        names = self.ws.villages.names({v for v, row in zip(villages, rows) if v and row["entity"] != "village"})
        out = []
        for row, village in zip(rows, villages):
            kept, lost = row["kept"], row["lost"]
            label = _label_of(kept)
            name = names.get(village) if village and row["entity"] != "village" else None
            if name:
                label = f"{name[0]} · {label}" if label else name[0]
            shown: tuple[ConflictField, ...] = ()
            if fields:
                shown = tuple(ConflictField(c, kept.get(c), lost.get(c)) for c in kept if c not in _HIDDEN)
            out.append(Conflict(
                id=row["id"], entity=row["entity"], entity_id=row["entity_id"], detected_at=_iso(row["detected_at"]),
                peer_id=row["peer_id"], rule=row["rule"], kept_from=kept["installation_id"],
                lost_from=lost["installation_id"],
                resolved_at=_iso(row["resolved_at"]) if row["resolved_at"] else None,
                resolution=row["resolution"] or None, label=label or row["entity_id"], fields=shown))
        return out

    def received_by_village(self, peer_id: str | None = None) -> list[VillageReceipt]:
        """County mode: for each village, the last bundle that carried its
        rows from a township, when, and how many rows."""
        with self.ws.db.read() as r:
            rows = [x for x in SyncStore(r).received_by_village() if peer_id is None or x["peer_id"] == peer_id]
        villages = self.ws.villages.rows([x["village_id"] for x in rows])
        out = []
        for x in rows:
            v = villages.get(x["village_id"])
            out.append(VillageReceipt(
                village_id=x["village_id"], peer_id=x["peer_id"], code=(v.code or "") if v else "",
                name_zh=v.name_zh if v else "", name_bo=v.name_bo if v else "",
                last_sequence=x["last_sequence"], last_at=_iso(x["last_at"]), rows=x["rows"]))
        return sorted(out, key=lambda v: (v.code, v.name_zh))


# The sync columns say where a version came from, not what it says.
_HIDDEN = ("id", "sync_clock", "row_version")
# What a person calls a record, by the first of these it has.
_LABEL_FIELDS = ("name_zh", "title_zh", "description", "goal", "summary", "period", "code")


def _villages_of(store: SyncStore, rows: list[dict]) -> list[str | None]:
    """The village of each conflict's record, one lookup per kind of record."""
    found: dict[str, str | None] = {}
    parents: dict[str, str | None] = {}
    for entity in {row["entity"] for row in rows}:
        kept = [row["kept"] for row in rows if row["entity"] == entity]
        found.update(zip((k["id"] for k in kept), store.villages_of(entity, kept, parents)))
    return [found[row["kept"]["id"]] for row in rows]


def _label_of(record: dict) -> str:
    for name in _LABEL_FIELDS:
        value = record.get(name)
        if value:
            text = str(value)
            return text if len(text) <= 40 else text[:39] + "…"
    return ""


def _iso(value) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else str(value or "")


def _revoked_at(store: SyncStore, installation_id: str) -> str | None:
    for item in store.revocations():
        if item["installation_id"] == installation_id:
            return item["revoked_at"]
    return None


def _has_exchanged(store: SyncStore) -> bool:
    return any(store.last_sent(p["installation_id"]) or store.last_received(p["installation_id"])
               for p in store.peers())


def _peer(store: SyncStore, row: dict) -> Peer:
    sent = store.last_sent(row["installation_id"])
    received = store.last_received(row["installation_id"])
    return Peer(
        installation_id=row["installation_id"], role=row["role"], name=row["name"], unit_code=row["unit_code"],
        unit_name_zh=row["unit_name_zh"], unit_name_bo=row["unit_name_bo"], fingerprint=row["fingerprint"],
        enrolled_at=_iso(row["enrolled_at"]), revoked_at=_iso(row["revoked_at"]) if row["revoked_at"] else None,
        revocation_reason=row["revocation_reason"] or "",
        sent_sequence=sent["sequence"] if sent else 0, sent_at=_iso(sent["at"]) if sent else None,
        acked_sequence=row["acked_sequence"], received_sequence=received["sequence"] if received else 0,
        received_at=_iso(received["at"]) if received else None, audit_alarm=row.get("audit_alarm") or "")
