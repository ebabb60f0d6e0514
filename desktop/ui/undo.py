"""Undo and redo of saved changes: each command reverts a change set."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError


class ChangeSetCommand(QUndoCommand):
    """A change already made; undo reverts it, redo reverts the revert."""

    def __init__(self, workspace, changeset: ChangeSet, describe: Callable[[], str],
                 announce: Callable[[ChangeSet], None], on_error: Callable[[str], None]) -> None:
        super().__init__(describe())
        self._ws = workspace
        self._current = changeset
        self._describe = describe
        self._announce = announce
        self._on_error = on_error
        self._done_once = False

    def retranslate(self) -> None:
        self.setText(self._describe())

    def redo(self) -> None:
        if not self._done_once:  # pushed after the change was made
            self._done_once = True
            return
        self._revert()

    def undo(self) -> None:
        self._revert()

    def _revert(self) -> None:
        try:
            self._current = self._ws.changes.revert(self._current.id)
        except VillageDeskError as exc:
            # Changed since (by an edit or elsewhere): it cannot be undone any
            # more; the stack drops it and nothing was written.
            self.setObsolete(True)
            self._on_error(exc.message)
            return
        self._announce(self._current)
