"""One problem on the ledger: its fields to read and correct, its history
and evidence, and the moves it can make now. A new problem is written here
too, for a village chosen or given (the village file's Problems tab).

Moves go through their own dialog and are saved at once; edits to the
fields are saved with OK. A move made while fields are being edited keeps
the edits (they are saved over the new version).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop.core.changes import ChangeSet, Op
from desktop.core.errors import NotFound, ValidationFailed, VillageDeskError
from desktop.core.ledger import Move, ProblemRecord
from desktop.core.validation import FieldError
from desktop.ui.ask_before_close import AskBeforeClose
from desktop.ui.ledger_table_model import short_description
from desktop.ui.messages import show_error
from desktop.ui.problem_form import ProblemForm
from desktop.ui.problem_history_panel import ProblemHistoryPanel
from desktop.ui.problem_move_dialog import ProblemMoveDialog
from desktop.ui.retranslate import Retranslating

PROBLEM_ENTITIES = ("problem", "problem_event", "problem_evidence")


class ProblemDialog(AskBeforeClose, Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, problem_id: str | None, language: str = "zh_CN", parent: QWidget | None = None,
                 village_id: str | None = None, found_on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.ws = workspace
        self._language = language
        self.problem_id = problem_id
        self.move_dialog: ProblemMoveDialog | None = None

        self.form = ProblemForm(workspace, language, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.panel = ProblemHistoryPanel(workspace, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.history_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.setObjectName("history")
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(self.open_history)
        self.history_dialog = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.edited.connect(self._update_title)
        self.panel.move_requested.connect(self.request_move)

        if problem_id is None:
            self.panel.hide()
            self.history_button.hide()
            self.form.load(ProblemRecord("", 0, village_id or "", found_on=found_on or workspace.today()),
                           village_fixed=village_id is not None)
            self.resize(720, 640)
        else:
            self._reload(fields=True)
            self.resize(1180, 680)
            self.splitter.setSizes([500, 680])     # the history's reasons need the room more than the fields
        self.retranslate()

    @property
    def is_new(self) -> bool:
        return self.problem_id is None

    def record(self) -> ProblemRecord:
        return self.form.record()

    # -- reading ---------------------------------------------------------

    def _reload(self, fields: bool) -> None:
        history = self.ws.ledger.history(self.problem_id)
        if fields:
            self.form.load(history.problem)
        else:
            self.form.set_version(history.problem)
        self.panel.show_history(history)
        if self.history_dialog is not None:
            self.history_dialog.reload()
        self._update_title()

    def apply(self, changeset: ChangeSet) -> None:
        """Follow a change made elsewhere (a move in the ledger window, an
        undo); the fields being edited are kept."""
        if self.is_new or not changeset.touches(*PROBLEM_ENTITIES):
            return
        if self.problem_id in changeset.ids("problem", [Op.DELETE]):
            self.discard_and_close()
            return
        try:
            self._reload(fields=not self.form.is_dirty())
        except NotFound:
            self.discard_and_close()

    # -- saving ----------------------------------------------------------

    def save(self) -> bool:
        if not self.is_new and not self.form.is_dirty():
            return True
        self.form.show_errors([])      # the rules are checked again below; what is typed wrong stays
        pending = self.form.pending_error()
        if pending:
            show_error(self, self.tr("Not saved"), pending)
            return False
        record = self.form.record()
        if self.is_new and not record.village_id:
            self.form.show_errors([FieldError("village_id", self.tr("Choose the village the problem belongs to."))])
            return False
        try:
            if self.is_new:
                self.problem_id, changeset = self.ws.ledger.add(record)
                description = self.tr("add problem: {problem}")
            else:
                changeset = self.ws.ledger.edit(record)
                description = self.tr("edit problem: {problem}")
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            return False
        except VillageDeskError as exc:
            show_error(self, self.tr("Not saved"), exc.message)
            return False
        if changeset:
            self.changed.emit(changeset, description.format(problem=short_description(record.description)))
        return True

    def accept(self) -> None:
        if self.save():
            self.discard_and_close()

    def unsaved_question(self) -> tuple[str, str] | None:
        if not self.form.is_dirty() or (self.is_new and not self.form.record().description):
            return None
        return self.tr("Unsaved changes"), self.tr("This problem has changes that are not saved. Save them?")

    def open_history(self):
        """The problem's history from the audit trail, with its moves and evidence."""
        from desktop.ui.history_dialog import HistoryDialog

        if self.is_new:
            return None
        if self.history_dialog is None:
            name = short_description(self.form.record().description, 40)
            self.history_dialog = HistoryDialog(self.ws, "problem", self.problem_id, name, self._language, self)
            self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.history_dialog.destroyed.connect(self._history_closed)   # a method: no lambda holding this dialog
        self.history_dialog.show()
        self.history_dialog.raise_()
        return self.history_dialog

    def _history_closed(self, *_args) -> None:
        self.history_dialog = None

    # -- moves -----------------------------------------------------------

    def request_move(self, move: Move) -> ProblemMoveDialog | None:
        if self.is_new:
            return None
        try:
            current = self.ws.ledger.get(self.problem_id)
        except NotFound as exc:
            show_error(self, self.windowTitle(), exc.message)
            return None
        dialog = self.move_dialog = ProblemMoveDialog(self.ws, current, move, self._language, self)
        dialog.changed.connect(self._after_move)
        dialog.finished.connect(lambda _r: self._forget_move_dialog(dialog))
        dialog.open()
        return dialog

    def _forget_move_dialog(self, dialog: ProblemMoveDialog) -> None:
        if self.move_dialog is dialog:
            self.move_dialog = None
        dialog.deleteLater()

    def _after_move(self, changeset: ChangeSet, description: str) -> None:
        self._reload(fields=not self.form.is_dirty())
        self.changed.emit(changeset, description)

    # -- language --------------------------------------------------------

    def _update_title(self) -> None:
        if self.is_new:
            title = self.tr("New problem")
        else:
            title = self.tr("Problem: {problem}").format(problem=short_description(self.form.record().description, 40))
        self.setWindowTitle(title + "[*]")
        self.setWindowModified(self.form.is_dirty() and not self.is_new)

    def set_language(self, language: str) -> None:
        self._language = language
        self.form.set_language(language)
        self.panel.retranslate()
        if self.history_dialog is not None:
            self.history_dialog.set_language(language)
        if self.move_dialog is not None:
            self.move_dialog.set_language(language)

    def retranslate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the ledger") if self.is_new else self.tr("Save"))
        self.history_button.setText(self.tr("History…"))
        self._update_title()


class ProblemDialogs:
    """The problem dialogs a window keeps open, one per problem (opened
    again, it comes to the front): each hands its changes to the window's
    `changed`, follows change sets and language switches, and is deleted
    once closed. The ledger window and the village file's Problems tab
    each keep theirs."""

    def __init__(self, workspace, window: QWidget, language: str) -> None:
        self.ws = workspace
        self._window = window
        self.language = language
        self._open: dict[str, ProblemDialog] = {}

    def __getitem__(self, problem_id: str) -> ProblemDialog:
        return self._open[problem_id]

    def open(self, problem_id: str) -> ProblemDialog:
        dialog = self._open.get(problem_id)
        if dialog is None:
            dialog = ProblemDialog(self.ws, problem_id, self.language, self._window)
            dialog.setWindowFlag(Qt.WindowType.Window)
            dialog.changed.connect(self._window.changed)
            dialog.finished.connect(lambda _r, d=dialog: self._closed(problem_id, d))
            self._open[problem_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, problem_id: str, dialog: ProblemDialog) -> None:
        if self._open.get(problem_id) is dialog:
            del self._open[problem_id]
        dialog.deleteLater()

    def apply(self, changeset: ChangeSet) -> None:
        for dialog in list(self._open.values()):
            dialog.apply(changeset)

    def set_language(self, language: str) -> None:
        self.language = language
        for dialog in self._open.values():
            dialog.set_language(language)
