"""A problem's status and the moves it can make now, every move in its
history (when, from what to what, who, why, who checked) and the evidence
it was closed out with, to open (a picture in the app's viewer) or to save
a copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.errors import VillageDeskError
from desktop.core.ledger import MOVE_BY_NAME, MOVES, ProblemEvidence, move_label
from desktop.services.ledger import ProblemHistory
from desktop.ui.evidence_viewer import open_evidence
from desktop.ui.list_table import list_table
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class ProblemHistoryPanel(Retranslating, QWidget):
    move_requested = Signal(object)   # a Move

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemHistoryPanel")
        self.ws = workspace
        self.history: ProblemHistory | None = None

        self.status = QLabel(self)
        self.status.setObjectName("problemStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.move_buttons: dict[str, QPushButton] = {}
        moves = QHBoxLayout()
        for name in MOVE_BY_NAME:
            button = QPushButton(self)
            button.setObjectName(f"move_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, n=name: self.move_requested.emit(MOVE_BY_NAME[n]))
            self.move_buttons[name] = button
            moves.addWidget(button)
        moves.addStretch()
        self.history_title = QLabel(self)
        # The reason takes the room left; the checker's name comes last.
        self.events = list_table(self, "problemEvents", 5, stretch=3)
        self.evidence_title = QLabel(self)
        self.files = list_table(self, "problemEvidence", 3, on_open=self.open_selected)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openEvidence")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveEvidence")
        for b in (self.open_button, self.save_button):
            b.setAutoDefault(False)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.save_button)
        file_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(moves)
        layout.addWidget(self.history_title)
        layout.addWidget(self.events, 3)
        layout.addWidget(self.evidence_title)
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)

        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.retranslate()

    def show_history(self, history: ProblemHistory) -> None:
        self.history = history
        p = history.problem
        allowed = {m.name for m in MOVES[p.status]}
        for name, button in self.move_buttons.items():
            button.setVisible(name in allowed)
        text = self.tr("Status: {status} since {date}").format(status=p.status.label,
                                                                 date=p.status_on.isoformat() if p.status_on else "")
        if p.closed_by:
            text += " · " + self.tr("checked by {name}").format(name=p.closed_by)
        if p.reopen_count:
            text += " · " + self.tr("times reopened: {count}").format(count=p.reopen_count)
        self.status.setText(text)
        self._fill_events()
        self._fill_files()

    def _fill_events(self) -> None:
        events = self.history.events if self.history else []
        self.events.setRowCount(len(events))
        for row, e in enumerate(reversed(events)):     # newest first
            change = f"{e.from_status.short_label} → {e.to_status.short_label}" if e.from_status \
                else e.to_status.short_label
            for col, text in enumerate((e.on.isoformat(), change, e.actor, e.reason_text, e.checker)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.events.setItem(row, col, item)

    def _fill_files(self) -> None:
        files = self.evidence()
        self.files.setRowCount(len(files))
        when = {e.id: e.on.isoformat() for e in self.history.events} if self.history else {}
        for row, f in enumerate(files):
            for col, text in enumerate((f.file_name, _size(f.size_bytes), when.get(f.event_id, ""))):
                self.files.setItem(row, col, QTableWidgetItem(text))
        self._update_buttons()

    def evidence(self) -> list[ProblemEvidence]:
        return self.history.evidence if self.history else []

    def _selected(self) -> ProblemEvidence | None:
        rows = self.files.selectionModel().selectedRows()
        files = self.evidence()
        return files[rows[0].row()] if rows and rows[0].row() < len(files) else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    # -- evidence files --------------------------------------------------

    def evidence_bytes(self, evidence: ProblemEvidence) -> bytes:
        """The file's content (decrypted: the store is encrypted with the database)."""
        return self.ws.ledger.attachments.read_bytes(evidence.sha256)

    def open_selected(self):
        """A picture in the app's viewer, any other file saved as a copy where
        the user says: never a plain copy in a temporary folder."""
        evidence = self._selected()
        if evidence is None:
            return None
        return open_evidence(self, evidence.file_name, lambda: self.evidence_bytes(evidence),
                             lambda target: self.ws.ledger.attachments.copy_out(evidence.sha256, target))

    def save_selected(self) -> Path | None:
        evidence = self._selected()
        if evidence is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the evidence"),
                                              str(Path.home() / Path(evidence.file_name).name))
        if not path:
            return None
        try:
            return self.ws.ledger.attachments.copy_out(evidence.sha256, Path(path))
        except VillageDeskError as exc:
            show_error(self, self.tr("Not saved"), exc.message)
            return None

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        for name, button in self.move_buttons.items():
            label = move_label(MOVE_BY_NAME[name])
            button.setText(f"{label}…")
        self.history_title.setText(self.tr("History (newest first)"))
        self.events.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Change"), self.tr("By"), self.tr("Why"),
                                               self.tr("Checked by")])
        self.evidence_title.setText(self.tr("Evidence"))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added on")])
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save a copy…"))
        if self.history is not None:
            self.show_history(self.history)
