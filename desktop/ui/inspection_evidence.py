"""Attaching, removing and opening an inspection's evidence files, with the
questions and messages that go with them. Each change is announced with a
short description for the undo stack. Opening goes through
evidence_viewer.py (no plain copy in a temporary folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import VillageDeskError
from desktop.core.inspections import EvidenceRecord, InspectionFile
from desktop.ui.evidence_viewer import open_evidence
from desktop.ui.messages import confirm, show_error


class EvidenceActions(QObject):
    changed = Signal(object, str)   # change set, short description

    def __init__(self, workspace, current: Callable[[], InspectionFile], parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._current = current
        self._parent = parent
        self.question: QMessageBox | None = None

    def add(self, code: str, path: str) -> None:
        try:
            changeset = self.ws.inspections.add_evidence(self._current(), code, path)
        except VillageDeskError as exc:
            show_error(self._parent, self.tr("Not attached"), exc.message)
            return
        self.changed.emit(changeset, self.tr("attach {file} to {code}").format(file=Path(path).name, code=code))

    def remove(self, evidence: EvidenceRecord) -> None:
        """Asks first; removing is undoable, but a slip should not need it."""

        def remove() -> None:
            changeset = self.ws.inspections.remove_evidence(self._current(), evidence)
            self.changed.emit(changeset, self.tr("remove {file} from {code}").format(
                file=evidence.file_name, code=evidence.indicator_code))

        self.question = confirm(self._parent, self.tr("Remove evidence"),
                                self.tr("Remove {file} from the evidence of {code}?").format(
                                    file=evidence.file_name, code=evidence.indicator_code),
                                remove, self.tr("Not removed"))

    def read(self, evidence: EvidenceRecord) -> bytes:
        """The file's content (decrypted: the store is encrypted with the database)."""
        return self.ws.inspections.evidence_bytes(evidence)

    def open(self, evidence: EvidenceRecord):
        """A picture in the app's viewer, any other file saved as a copy where
        the user says: never a plain copy in a temporary folder."""
        return open_evidence(self._parent, evidence.file_name, lambda: self.read(evidence),
                             lambda target: self.ws.inspections.save_evidence(evidence, target))
