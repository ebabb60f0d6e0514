"""Undo: reverting a change set, which is itself a change set.

Reverting a revert redoes. A row changed since the change set was made is a
conflict, not overwritten.
"""

from __future__ import annotations

from desktop.core.access import USER_ACTIONS
from desktop.core.changes import ChangeSet, Op
from desktop.core.errors import NotFound, VillageDeskError
from desktop.core.i18n import translate


class ChangeService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def load(self, changeset_id: str) -> ChangeSet:
        with self.ws.db.read() as r:
            changeset = r.changes.load(changeset_id)
        if changeset is None:
            raise NotFound(translate("Errors", "There is no such change to undo."))
        return changeset

    def revert(self, changeset_id: str) -> ChangeSet:
        original = self.load(changeset_id)
        if original.action == "sync.import":
            # Undoing would write tombstones and old values as our own new
            # changes, which would then travel back and undo the sender's work.
            raise VillageDeskError(translate("Errors", "An imported bundle cannot be undone: it holds the other "
                                                       "side's work. Change the records themselves instead."))
        self._check_may_undo(original)
        with self.ws.db.write(self.ws.actor, "revert", reverts=original.id) as w:
            for c in reversed(original.changes):
                if c.entity == "checklist_template" and w.inspections.template_used(c.entity_id):
                    raise VillageDeskError(translate("Errors", "Inspections have been made with this checklist "
                                                               "template since; it cannot be undone."))
                before = {k: b for k, (b, _) in c.fields.items()}
                version = c.row_version
                if c.op is Op.DELETE:
                    w.restore(c.entity, c.entity_id, expected_version=version)
                    version += 1
                # A merged change (see Writer._merged_changes) may carry field
                # changes with any op: put them back while the row is live.
                if before and w.update(c.entity, c.entity_id, version, before) is not None:
                    version += 1
                if c.op in (Op.INSERT, Op.RESTORE):
                    w.delete(c.entity, c.entity_id, expected_version=version)
        return w.changeset

    def _check_may_undo(self, original: ChangeSet) -> None:
        """Undoing redoes or takes back what the original did: it needs the
        original's action too (a clerk may not undo a rating). Undoing an
        undo needs the action it undid."""
        seen = set()
        while original.action == "revert" and original.reverts and original.reverts not in seen:
            seen.add(original.reverts)
            with self.ws.db.read() as r:
                undone = r.changes.load(original.reverts)
            if undone is None:
                break
            original = undone
        if original.action in USER_ACTIONS or original.touches("user_account"):
            raise VillageDeskError(translate("Access", "Changes to user accounts and sign-ins cannot be undone."))
        if original.action != "revert":
            self.ws.session.check(original.action)
