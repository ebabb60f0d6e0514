"""One move of a problem's status: its date and why, and for closing out
(销号) who checked the result and the evidence. The ledger service decides;
a refused move says why here and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError, record_changed_elsewhere
from desktop.core.ledger import CLOSE, Move, ProblemRecord, move_label
from desktop.core.validation import parse_date
from desktop.ui import fonts
from desktop.ui.ledger_table_model import short_description
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import ERROR_STYLE, FieldMessage, ValidatedLine, text_field


class ProblemMoveDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, problem: ProblemRecord, move: Move, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemMoveDialog")
        self.ws = workspace
        self.problem = problem
        self.move = move
        self._language = language
        self.closing = move is CLOSE
        self.files: list[Path] = []
        self.changeset = None

        self.head = QLabel(self)
        self.head.setObjectName("moveHead")
        self.head.setWordWrap(True)
        self.head.setFont(fonts.tibetan_font(self.font()))
        self.on = ValidatedLine(parse_date, lambda d: d.isoformat() if d else "", self)
        self.on.setObjectName("moveDate")
        self.on.set_value(workspace.today())
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("moveReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(fonts.row_height() * 3 + 8)
        self.checker = text_field(self)
        self.checker.setObjectName("moveChecker")
        self.files_list = QListWidget(self)
        self.files_list.setObjectName("moveEvidence")
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_list.setMaximumHeight(fonts.row_height() * 4 + 8)
        self.add_file = QPushButton(self)
        self.add_file.setObjectName("addEvidence")
        self.remove_file = QPushButton(self)
        self.remove_file.setObjectName("removeEvidence")
        self.message = FieldMessage(self)
        self.message.setObjectName("moveRefused")
        self.message.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch()
        evidence = QVBoxLayout()
        evidence.addWidget(self.files_list)
        evidence.addLayout(file_buttons)
        self.labels = {key: QLabel(self) for key in ("on", "reason", "checker", "evidence")}
        form = QFormLayout()
        form.addRow(self.labels["on"], self.on)
        form.addRow(self.labels["reason"], self.reason)
        if self.closing:
            form.addRow(self.labels["checker"], self.checker)
            form.addRow(self.labels["evidence"], evidence)
        else:
            for w in (self.checker, self.files_list, self.add_file, self.remove_file,
                      self.labels["checker"], self.labels["evidence"]):
                w.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_file.clicked.connect(self.choose_file)
        self.remove_file.clicked.connect(self.remove_selected)
        self.files_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.retranslate()
        self._update_buttons()
        self.resize(560, 460 if self.closing else 300)

    # -- evidence --------------------------------------------------------

    def add_files(self, paths) -> None:
        for p in map(Path, paths):
            if p not in self.files:
                self.files.append(p)
                self.files_list.addItem(p.name)
                self.files_list.item(self.files_list.count() - 1).setToolTip(str(p))
        self._update_buttons()

    def choose_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence for closing out"))
        if paths:
            self.add_files(paths)

    def remove_selected(self) -> None:
        row = self.files_list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.files_list.takeItem(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_file.setEnabled(self.files_list.currentRow() >= 0)

    # -- the move --------------------------------------------------------

    def accept(self) -> None:
        on = self.on.value()
        if on is None:
            self.on.set_rule_message(self.on.message or self.tr("Give the date of this change."))
            self.on.edit.setFocus()
            return
        self.on.set_rule_message(None)
        try:
            # Moved or edited since this dialog opened: the move meant may not
            # be the one the service would now find for the same status.
            if self.ws.ledger.get(self.problem.id).row_version != self.problem.row_version:
                raise record_changed_elsewhere()
            changeset = self.ws.ledger.move(
                self.problem.id, self.problem.row_version, self.move.to, self.reason.toPlainText().strip(), on,
                (self.checker.value() or "") if self.closing else "", self.files if self.closing else ())
        except VillageDeskError as exc:
            self.message.say(exc.message)
            return
        self.changeset = changeset
        self.changed.emit(changeset, self.tr("{move}: {problem}").format(
            move=move_label(self.move), problem=short_description(self.problem.description)))
        super().accept()

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(move_label(self.move))
        self.head.setText(self.tr("{problem}\n“{now}” → “{to}”").format(
            problem=short_description(self.problem.description, 80), now=self.problem.status.label,
            to=self.move.to.label))
        self.labels["on"].setText(self.tr("Date"))
        self.labels["reason"].setText(self.tr("Why (required)") if self.move.needs_reason else self.tr("Why"))
        self.reason.setPlaceholderText(self.tr("What was done, or why it goes back") if self.move.needs_reason
                                       else self.tr("What was done (optional)"))
        self.labels["checker"].setText(self.tr("Checked by"))
        self.checker.edit.setPlaceholderText(self.tr("Who checked the result (name and unit)"))
        self.labels["evidence"].setText(self.tr("Evidence (at least one file)"))
        self.add_file.setText(self.tr("Add file…"))
        self.remove_file.setText(self.tr("Remove"))
        self.on.edit.setPlaceholderText(self.tr("e.g. 2026-11-23"))
        self.on.recheck()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(move_label(self.move))
        for label in self.labels.values():
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
