"""The audit trail (docs/audit.md): verifying the hash chain over the change
log, its head, and a record's history (`ws.audit`).

Both need a role: "audit.verify" and "audit.history" (core/access.py);
the check is here, not only in the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.access import action_label
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.audit_labels import field_label
from desktop.storage.audit import AuditStore, Break, known_entity

KINDS = ("changed", "removed", "reordered", "cut")


@dataclass(frozen=True)
class AuditProblem:
    """The first place the chain does not hold.

    kind: "changed" | "removed" | "reordered" | "cut" (the log ends before
    the head recorded in local_meta). For a removed change set, `seq` is
    the first missing one and its other fields are empty (it is gone); the
    message names the change sets around it."""

    kind: str
    seq: int
    changeset_id: str
    at: datetime | None
    actor: str
    action: str
    message: str          # in the user's language, naming the entry


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    changesets: int       # change sets whose link held
    entries: int          # their change-log entries
    head_seq: int         # the last change set checked (the chain's head when ok)
    head_hash: str
    problem: AuditProblem | None


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str            # in the user's language
    before: object        # as logged: text, numbers, flags; dates and times as ISO text
    after: object


@dataclass(frozen=True)
class HistoryEntry:
    changeset_id: str
    at: datetime
    actor: str
    action: str
    action_label: str
    entity: str
    entity_id: str
    op: str               # insert | update | delete | restore
    row_version: int
    fields: tuple[FieldChange, ...]
    reverted: bool        # a later change set reverted this one


class AuditService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def verify(self, progress: Progress = NO_PROGRESS) -> AuditReport:
        """Walk the chain from the first change set; stop at the first that fails."""
        self.ws.session.check("audit.verify")
        text = translate("Audit", "Checking the audit trail…")
        progress.step(0, 0, text)
        with self.ws.db.read() as r:
            walk = AuditStore(r.conn).walk(lambda done, total: progress.step(done, total, text))
        problem = _problem(walk.problem) if walk.problem else None
        return AuditReport(ok=problem is None, changesets=walk.changesets, entries=walk.entries,
                           head_seq=walk.head_seq, head_hash=walk.head_hash, problem=problem)

    def head(self) -> tuple[int, str]:
        """(seq, chain hash) of the last change set: what a sync bundle carries."""
        self.ws.session.check("audit.verify")
        with self.ws.db.read() as r:
            return AuditStore(r.conn).head()

    def history(self, entity: str, entity_id: str, *, with_children: bool = False) -> list[HistoryEntry]:
        """Every change of the record, newest first; with_children adds a
        village's incomes, posts, the people holding them and its ratings
        (a problem's steps and evidence, a plan's items and steps, an
        inspection's answers and evidence)."""
        self.ws.session.check("audit.history")
        if not known_entity(entity):
            raise VillageDeskError(translate("Audit", "There is no kind of record called “{entity}”.").format(
                entity=entity))
        with self.ws.db.read() as r:
            store = AuditStore(r.conn)
            targets = store.related(entity, entity_id) if with_children else [(entity, [entity_id])]
            found = store.history(targets)
        return [HistoryEntry(
            changeset_id=e.changeset_id, at=e.at, actor=e.actor, action=e.action, action_label=action_label(e.action),
            entity=e.entity, entity_id=e.entity_id, op=e.op, row_version=e.row_version,
            fields=tuple(FieldChange(name, field_label(e.entity, name), before, after)
                         for name, (before, after) in e.fields.items()),
            reverted=e.reverted) for e in found]


def _date(at: datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="seconds") if at else "?"


def _entry(seq: int, action: str, actor: str, at: datetime | None) -> str:
    return translate("Audit", "change set {seq} ({action}, by {actor} at {time})").format(
        seq=seq, action=action_label(action) if action else "?", actor=actor or "?", time=_date(at))


def _problem(b: Break) -> AuditProblem:
    d = b.detail
    named = _entry(b.seq, b.action, b.actor, b.at)
    if b.kind == "reordered":
        message = translate("Audit", "The audit trail was reordered: {entry} stands after change set {before}, but "
                                     "it was written after change set {follows}.").format(
            entry=named, before=d["before"], follows=d["follows"])
    elif b.kind == "removed" and "after_id" in d:
        following = _entry(d["after"], d["after_action"], d["after_actor"], d["after_at"])
        if d["last"] > b.seq:
            message = translate("Audit", "Change sets {first} to {last} were removed from the audit trail: {entry} "
                                         "does not continue from change set {before}.").format(
                first=b.seq, last=d["last"], entry=following, before=d["before"])
        else:
            message = translate("Audit", "Change set {seq} was removed from the audit trail: {entry} does not "
                                         "continue from change set {before}.").format(
                seq=b.seq, entry=following, before=d["before"])
    elif b.kind == "removed" and "entries" in d:
        missing = d.get("missing") or []
        if missing:
            message = translate("Audit", "Entries were removed from {entry}: it has {found} of its {count} "
                                         "entries; missing: {missing}.").format(
                entry=named, found=d["found"], count=d["entries"], missing=", ".join(f"#{s}" for s in missing))
        else:
            message = translate("Audit", "Entries were removed from {entry}: it has {found} of its {count} "
                                         "entries.").format(entry=named, found=d["found"], count=d["entries"])
    elif b.kind == "removed":
        message = translate("Audit", "Change sets before {entry} were removed from the audit trail: it does not "
                                     "continue from change set {before}.").format(entry=named, before=d["before"])
    elif b.kind == "cut":
        message = translate("Audit", "The audit trail was cut short: it ends at change set {last}, but change sets "
                                     "up to {head} were written.").format(last=d["last"], head=d["head"])
    elif d.get("outside"):
        message = translate("Audit", "{entry} was added to the audit trail outside VillageDesk: the trail was "
                                     "last written at change set {head}.").format(entry=named, head=d["head"])
    elif d.get("unlinked"):
        message = translate("Audit", "{entry} has no link in the audit trail: its hashes were removed or "
                                     "overwritten.").format(entry=named)
    elif "head" in d:
        message = translate("Audit", "{entry} was changed after it was written: it differs from the head of the "
                                     "audit trail.").format(entry=named)
    elif d.get("found", 0) > d.get("entries", 0):
        message = translate("Audit", "{entry} was changed after it was written: it has {found} entries where it "
                                     "had {count}.").format(entry=named, found=d["found"], count=d["entries"])
    else:
        message = translate("Audit", "{entry} was changed after it was written: its content no longer matches "
                                     "its hash.").format(entry=named)
    return AuditProblem(kind=b.kind, seq=b.seq, changeset_id=b.changeset_id, at=b.at, actor=b.actor,
                        action=b.action, message=message)
