"""The files attached to one indicator as evidence: list, add, open, remove.
The panel only asks; the inspection form does the work through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.core.inspections import EvidenceRecord
from desktop.ui.inspection_text import fit_data_font, tooltip_text
from desktop.ui.retranslate import Retranslating


class EvidencePanel(Retranslating, QWidget):
    add_requested = Signal(str)        # the file chosen
    remove_requested = Signal(object)  # EvidenceRecord
    open_requested = Signal(object)    # EvidenceRecord

    def __init__(self, code: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.code = code
        self._language = language
        self._read_only = False
        self.evidence: list[EvidenceRecord] = []
        self.files = QListWidget(self)
        self.files.setObjectName("evidenceList")
        self.files.setMaximumHeight(96)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addEvidence")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openEvidence")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeEvidence")
        side = QVBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
            side.addWidget(b)
        side.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(side)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove_requested))
        self.files.itemDoubleClicked.connect(lambda _item: self._with_selected(self.open_requested))
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate()

    def set_evidence(self, records: list[EvidenceRecord]) -> None:
        self.evidence = [e for e in records if e.indicator_code == self.code]
        current = self.files.currentRow()
        self.files.clear()
        for e in self.evidence:
            item = QListWidgetItem(e.file_name)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(tooltip_text(e.file_name))
            self.files.addItem(item)
        if self.evidence:
            self.files.setCurrentRow(min(max(current, 0), len(self.evidence) - 1))
        fit_data_font(self.files, "".join(e.file_name for e in self.evidence), self._language)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = 0 <= self.files.currentRow() < len(self.evidence)
        self.add_button.setEnabled(not self._read_only)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not self._read_only)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach evidence to {code}").format(code=self.code))
        if path:
            self.add_requested.emit(path)

    def _with_selected(self, signal) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.evidence):
            signal.emit(self.evidence[row])

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add file…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
