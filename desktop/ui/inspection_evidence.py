"""Attaching, removing and opening an inspection's evidence files, with the
questions and messages that go with them. Each change is announced with a
short description for the undo stack."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import VillageDeskError
from desktop.core.inspections import EvidenceRecord, InspectionFile
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

    def copy(self, evidence: EvidenceRecord) -> Path:
        """A copy of the stored file under its own name, for the system viewer
        (the store keeps files by content, without names)."""
        stored = self.ws.inspections.evidence_file(evidence)
        folder = Path(tempfile.gettempdir()) / "villagedesk-evidence" / evidence.id
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(evidence.file_name).name
        shutil.copyfile(stored, target)
        return target

    def open(self, evidence: EvidenceRecord) -> None:
        try:
            target = self.copy(evidence)
        except OSError as exc:
            show_error(self._parent, self.tr("Cannot open"), self.tr("The file {file} cannot be read: {reason}").format(
                file=evidence.file_name, reason=exc.strerror or exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
