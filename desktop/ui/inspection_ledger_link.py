"""The one click from a finalised inspection to the problem ledger: its
failed items become problems (each answer linked to its problem), and the
summary shows each failed item's problem and where it stands.

Kept out of the inspection form, which only wires it in: the form asks for
the links' statuses when it shows its summary, and reloads after a put.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.core.inspections import InspectionFile
from desktop.core.ledger_terms import ProblemStatus
from desktop.ui.from_inspection_dialog import FromInspectionDialog, uses_ledger_aspects
from desktop.ui.messages import open_dialog, show_error


class LedgerLink(QObject):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._language = language
        self._parent = parent
        self.dialog: FromInspectionDialog | None = None

    def statuses(self, f: InspectionFile) -> dict[str, ProblemStatus]:
        """indicator code -> the status of its problem on the ledger (finalised inspections only)."""
        if not f.inspection.final or not f.problem_links:
            return {}
        problems = self.ws.ledger.many(f.problem_links.values())
        return {code: problems[pid].status for code, pid in f.problem_links.items() if pid in problems}

    def put_on_ledger(self, f: InspectionFile) -> list[str]:
        """Every failed item not on the ledger yet becomes a problem. A
        checklist whose aspects are not the ledger's 24 asks for a category
        first (the from-inspection dialog)."""
        if not uses_ledger_aspects(f):
            self.dialog = FromInspectionDialog(self.ws, f.inspection.village_id, self._language, self._parent,
                                               inspection_id=f.inspection.id)
            self.dialog.changed.connect(self.changed)
            open_dialog(self.dialog)
            return []
        try:
            made, changeset = self.ws.ledger.from_inspection(f.inspection.id)
        except VillageDeskError as exc:
            show_error(self._parent, self.tr("Not put on the ledger"), exc.message)
            return []
        if changeset:
            self._announce(changeset, len(made))
        return made

    def _announce(self, changeset: ChangeSet, count: int) -> None:
        self.changed.emit(changeset, self.tr("put {count} failed items on the problem ledger").format(count=count))

    def set_language(self, language: str) -> None:
        self._language = language
