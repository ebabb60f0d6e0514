"""Undo: reverting a change set, which is itself a change set.

Reverting a revert redoes. A row changed since the change set was made is a
conflict, not overwritten.
"""

from __future__ import annotations

from desktop.core.changes import ChangeSet, Op
from desktop.core.errors import NotFound
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
        with self.ws.db.write(self.ws.actor, "revert", reverts=original.id) as w:
            for c in reversed(original.changes):
                if c.op in (Op.INSERT, Op.RESTORE):
                    w.delete(c.entity, c.entity_id, expected_version=c.row_version)
                elif c.op is Op.DELETE:
                    w.restore(c.entity, c.entity_id, expected_version=c.row_version)
                elif c.op is Op.UPDATE:
                    w.update(c.entity, c.entity_id, c.row_version, {k: before for k, (before, _) in c.fields.items()})
        return w.changeset
