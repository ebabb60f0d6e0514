"""What the sync service hands to the GUI and the CLI: plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from desktop.core.changes import ChangeSet
from desktop.core.i18n import translate


def side_label(mode: str) -> str:
    """The side an installation is set up as, in the user's language."""
    return translate("Sync", "county") if mode == "county" else translate("Sync", "township")


@dataclass(frozen=True, slots=True)
class Identity:
    """This installation as others see it."""

    installation_id: str
    name: str
    mode: str                     # "township" | "county"
    unit_id: str | None
    unit_code: str
    unit_name_zh: str
    unit_name_bo: str
    fingerprint: str              # 40 digits
    signing_key_id: str
    encryption_key_id: str
    revoked_at: str | None = None  # the county revoked this installation's key


@dataclass(frozen=True, slots=True)
class Peer:
    """An installation enrolled here, and where the exchange with it stands."""

    installation_id: str
    role: str
    name: str
    unit_code: str
    unit_name_zh: str
    unit_name_bo: str
    fingerprint: str
    enrolled_at: str
    revoked_at: str | None
    revocation_reason: str
    sent_sequence: int            # the last bundle made for it
    sent_at: str | None
    acked_sequence: int           # the last of ours it has imported, as it told us
    received_sequence: int        # the highest of its bundles imported here
    received_at: str | None
    # Its audit trail did not continue from the head it sent before (said
    # at the import that found it; docs/audit.md); "" when all is well.
    audit_alarm: str = ""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    peer: str
    sequence: int
    since: int                    # 0: a full bundle
    counts: dict[str, int]
    files: int
    size: int
    bundle_hash: str

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


class BundleState(StrEnum):
    READY = "ready"                        # staged, can be applied
    ALREADY_IMPORTED = "already_imported"  # the same bundle was imported before
    WAITING = "waiting"                    # builds on a bundle not imported yet
    IMPORTED = "imported"                  # applied


KINDS = ("new", "changed", "deleted", "unchanged", "older", "merged", "conflict")


@dataclass(slots=True)
class Counts:
    new: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    older: int = 0
    merged: int = 0
    conflict: int = 0

    def add(self, kind: str, n: int = 1) -> None:
        setattr(self, kind, getattr(self, kind) + n)

    @property
    def written(self) -> int:
        return self.new + self.changed + self.deleted + self.merged + self.conflict

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in KINDS}


@dataclass(frozen=True, slots=True)
class ConflictPreview:
    entity: str
    entity_id: str
    village_id: str | None
    rule: str
    kept_from: str                # installation id whose version stays
    lost_from: str


@dataclass(slots=True)
class ImportSummary:
    """What a bundle would change here (after staging) or changed (after apply)."""

    path: Path
    state: BundleState
    sender_id: str
    sender_name: str
    sender_role: str
    sequence: int
    since: int
    created_at: str
    bundle_id: str
    message: str = ""              # for ALREADY_IMPORTED / WAITING, in the user's language
    tables: dict[str, Counts] = field(default_factory=dict)
    villages: dict[str, Counts] = field(default_factory=dict)
    village_names: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> (code, zh, bo)
    conflicts: list[ConflictPreview] = field(default_factory=list)
    files: int = 0
    skipped: tuple[int, ...] = ()  # sequence numbers between the last imported and this one, never seen
    revocations: list[dict] = field(default_factory=list)
    # The sender's audit trail does not continue from the head it sent
    # before (docs/audit.md): a message in the user's language, else "".
    audit_alarm: str = ""
    changeset: ChangeSet | None = None
    pending_imported: list["ImportSummary"] = field(default_factory=list)

    def total(self) -> Counts:
        total = Counts()
        for counts in self.tables.values():
            for kind in KINDS:
                total.add(kind, getattr(counts, kind))
        return total

    @property
    def has_changes(self) -> bool:
        return self.total().written > 0


@dataclass(frozen=True, slots=True)
class ConflictField:
    column: str
    kept: object
    lost: object

    @property
    def differs(self) -> bool:
        return self.kept != self.lost


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    entity: str
    entity_id: str
    detected_at: str
    peer_id: str
    rule: str
    kept_from: str
    lost_from: str
    resolved_at: str | None
    resolution: str | None
    label: str                    # the record as a person names it (village name, problem text...)
    fields: tuple[ConflictField, ...] = ()


@dataclass(frozen=True, slots=True)
class VillageReceipt:
    """County mode: the last bundle from a township that carried a village's rows."""

    village_id: str
    peer_id: str
    code: str
    name_zh: str
    name_bo: str
    last_sequence: int
    last_at: str
    rows: int
