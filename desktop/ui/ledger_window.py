"""The problem ledger (问题台账): every problem of every village, filtered
and sorted as the user types, with the campaign's counts always in view
("发现问题 N 个, 已解决 M 个") for the list shown and the whole ledger.

Opened from the Rectification menu (campaign_menu.py): changes made here
are announced with `changed` and come back through `apply`, like every
other window's. Problems open in their own dialog; status moves (with their
date, reason, checker and evidence) go through the move dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, VillageDeskError
from desktop.core.ledger import MOVE_BY_NAME, MOVES, ProblemRecord, move_label
from desktop.core.ledger_index import LedgerFilter
from desktop.services.ledger import MAX_DUE_SOON_DAYS
from desktop.ui import fonts
from desktop.ui.ledger_filter_bar import LedgerFilterBar
from desktop.ui.ledger_table_model import COLUMNS, SORT_KEYS, LedgerColumn, LedgerTableModel, short_description
from desktop.ui.messages import confirm, open_dialog, show_error
from desktop.ui.problem_dialog import ProblemDialog, ProblemDialogs
from desktop.ui.problem_move_dialog import ProblemMoveDialog
from desktop.ui.retranslate import Retranslating

DUE_SOON_DELAY_MS = 600   # arrow clicks on the days settle before one change is written
# Counting the rows shown costs a lookup per row: up to this many rows it is
# done per keystroke; past it, once the typing pauses, so keys stay quick.
COUNT_AT_ONCE = 20_000
COUNT_DELAY_MS = 150
WIDTHS = {LedgerColumn.VILLAGE: 13, LedgerColumn.DESCRIPTION: 20, LedgerColumn.CATEGORY: 11,
          LedgerColumn.STATUS: 8, LedgerColumn.FOUND: 7, LedgerColumn.DEADLINE: 7,
          LedgerColumn.RESPONSIBLE: 9, LedgerColumn.SOURCE: 8}    # in widths of one Chinese character


class LedgerWindow(Retranslating, QWidget):
    changed = Signal(object, str)   # a change set made here, its undo description
    open_village = Signal(str)      # village id
    report_requested = Signal(str, object)   # "ledger", the list's LedgerFilter (report_menu.py)

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerWindow")
        self.ws = workspace
        self._language = language
        self._total = None            # (index, counts) of the whole ledger
        self.dialogs = ProblemDialogs(workspace, self, language)
        self.new_dialog: ProblemDialog | None = None
        self.move_dialog: ProblemMoveDialog | None = None
        self.question: QMessageBox | None = None

        self.shown_counts = QLabel(self)
        self.shown_counts.setObjectName("ledgerShownCounts")
        self.shown_counts.setStyleSheet("font-weight: bold;")
        self.shown_counts.setWordWrap(True)
        self.total_counts = QLabel(self)
        self.total_counts.setObjectName("ledgerTotalCounts")
        self.total_counts.setWordWrap(True)
        self.filters = LedgerFilterBar(workspace, language, self)
        self.model = LedgerTableModel(workspace, language, self)
        self.view = QTableView(self)
        self.view.setObjectName("ledgerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The problem's words take what the other columns leave.
        header.setSectionResizeMode(COLUMNS.index(LedgerColumn.DESCRIPTION), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)

        def button(name: str) -> QPushButton:
            b = QPushButton(self)
            b.setObjectName(name)
            return b

        self.new_button, self.open_button = button("newProblem"), button("openProblem")
        self.village_button, self.delete_button = button("problemVillage"), button("deleteProblem")
        self.report_button = button("ledgerReport")
        self.move_buttons = {name: button(f"ledger_{name}") for name in MOVE_BY_NAME}
        self.moves_label = QLabel(self)
        self.days_label = QLabel(self)
        self.days = QSpinBox(self)
        self.days.setObjectName("dueSoonDays")
        self.days.setRange(0, MAX_DUE_SOON_DAYS)
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(DUE_SOON_DELAY_MS)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)

        actions = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.village_button, self.delete_button):
            actions.addWidget(b)
        actions.addWidget(self.report_button)
        actions.addStretch()
        actions.addWidget(self.days_label)
        actions.addWidget(self.days)
        moves = QHBoxLayout()
        moves.addWidget(self.moves_label)
        for b in self.move_buttons.values():
            moves.addWidget(b)
        moves.addStretch()
        counts = QVBoxLayout()
        counts.setSpacing(0)
        counts.addWidget(self.shown_counts)
        counts.addWidget(self.total_counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(counts)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(moves)
        layout.addLayout(actions)

        self.filters.filter_changed.connect(self._on_filter)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.model.modelReset.connect(self._after_reset)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.view.activated.connect(lambda _i: self.open_selected())
        self.new_button.clicked.connect(self.new_problem)
        self.open_button.clicked.connect(self.open_selected)
        self.village_button.clicked.connect(self._open_village)
        self.delete_button.clicked.connect(self.delete_selected)
        self.report_button.clicked.connect(lambda: self.report_requested.emit("ledger", self.filters.ledger_filter()))
        for name, b in self.move_buttons.items():
            b.clicked.connect(lambda _c=False, n=name: self.move_selected(n))
        self.days.valueChanged.connect(lambda _v: self._days_timer.start())
        self.days.editingFinished.connect(self.commit_due_soon_days)
        self._days_timer.timeout.connect(self.commit_due_soon_days)
        self._count_timer.timeout.connect(self._update_counts)

        self.model.refresh()
        self._show_days()
        self.retranslate()
        self._size_columns()

    # -- the list --------------------------------------------------------

    def show_filter(self, ledger_filter: LedgerFilter) -> None:
        """Show these problems (a dashboard figure's list): the filter bar says which."""
        self.filters.set_filter(ledger_filter)

    def _on_filter(self, ledger_filter: LedgerFilter) -> None:
        keep = self.selected_id()
        self.model.set_filter(ledger_filter)
        self.select(keep)

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        # Columns without a sort key leave the order (and its arrow) as it was.
        if COLUMNS[column] not in SORT_KEYS:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _after_reset(self) -> None:
        if self.model.rowCount() <= COUNT_AT_ONCE or self.model.ledger_filter.is_empty():
            self._update_counts()
        else:
            self._count_timer.start()
        self._update_buttons()

    def _update_counts(self) -> None:
        self._count_timer.stop()
        index = self.model.ledger_index
        if self._total is None or self._total[0] is not index:
            self._total = (index, self.model.counts(shown_only=False))
        total = self._total[1]
        if self.model.ledger_filter.is_empty():
            self.shown_counts.setText(self.tr("Whole ledger: {counts}").format(counts=total.sentence()))
            self.total_counts.hide()
            return
        self.shown_counts.setText(self.tr("Shown: {counts}").format(counts=self.model.counts().sentence()))
        self.total_counts.setText(self.tr("Whole ledger: {counts}").format(counts=total.sentence()))
        self.total_counts.show()

    def _size_columns(self) -> None:
        em = self.view.fontMetrics().horizontalAdvance("村")
        for i, column in enumerate(COLUMNS):
            # Tibetan names run longer than Chinese ones.
            wider = 1.4 if column is LedgerColumn.VILLAGE and self._language == "bo_CN" else 1
            self.view.setColumnWidth(i, int(WIDTHS[column] * em * wider))
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())

    # -- selection -------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.problem_id(rows[0].row()) if rows else None

    def selected_problem(self) -> ProblemRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.problem(rows[0].row()) if rows else None

    def select(self, problem_id: str | None) -> bool:
        row = self.model.row_of(problem_id) if problem_id else None
        if row is None:
            self._update_buttons()
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self._update_buttons()
        return True

    def select_row(self, row: int) -> None:
        self.select(self.model.problem_id(row))

    def _update_buttons(self) -> None:
        problem = self.selected_problem()
        allowed = {m.name for m in MOVES[problem.status]} if problem else set()
        for name, b in self.move_buttons.items():
            b.setEnabled(name in allowed)
        for b in (self.open_button, self.village_button, self.delete_button):
            b.setEnabled(problem is not None)

    # -- actions ---------------------------------------------------------

    def _new_closed(self, dialog: ProblemDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def open_problem(self, problem_id: str) -> ProblemDialog:
        return self.dialogs.open(problem_id)

    def open_selected(self) -> ProblemDialog | None:
        problem_id = self.selected_id()
        return self.open_problem(problem_id) if problem_id else None

    def new_problem(self) -> ProblemDialog:
        """A new problem; its village is the filtered one when there is just one."""
        villages = self.model.ledger_filter.village_ids
        village = next(iter(villages)) if villages and len(villages) == 1 else None
        dialog = self.new_dialog = ProblemDialog(self.ws, None, self._language, self, village_id=village)
        dialog.changed.connect(self._after_new)
        dialog.finished.connect(lambda _r, d=dialog: self._new_closed(d))
        dialog.open()
        return dialog

    def _after_new(self, changeset: ChangeSet, description: str) -> None:
        new_id = self.new_dialog.problem_id if self.new_dialog is not None else None
        self.changed.emit(changeset, description)
        if new_id:
            self.select(new_id)

    def move_selected(self, name: str) -> ProblemMoveDialog | None:
        problem_id = self.selected_id()
        if problem_id is None:
            return None
        try:
            current = self.ws.ledger.get(problem_id)
        except NotFound as exc:
            show_error(self, self.tr("Problem ledger"), exc.message)
            return None
        dialog = self.move_dialog = ProblemMoveDialog(self.ws, current, MOVE_BY_NAME[name], self._language, self)
        dialog.changed.connect(self.changed)
        return open_dialog(dialog)

    def delete_selected(self) -> None:
        problem = self.selected_problem()
        if problem is None:
            return

        def delete() -> None:
            changeset = self.ws.ledger.delete(problem.id, problem.row_version)
            self.changed.emit(changeset, self.tr("delete problem: {problem}").format(
                problem=short_description(problem.description)))

        self.question = confirm(self, self.tr("Delete problem"), self.tr(
            "Take “{problem}” off the ledger? Only a problem entered by mistake should go; a solved one is "
            "closed out. Undo brings it back.").format(problem=short_description(problem.description, 60)),
            delete, self.tr("Not deleted"))

    def _open_village(self) -> None:
        problem = self.selected_problem()
        if problem is not None:
            self.open_village.emit(problem.village_id)

    # -- the due-soon setting --------------------------------------------

    def _show_days(self) -> None:
        self.days.blockSignals(True)
        self.days.setValue(self.model.due_soon_days)
        self.days.blockSignals(False)

    def commit_due_soon_days(self) -> None:
        self._days_timer.stop()
        days = self.days.value()
        if days == self.ws.ledger.due_soon_days():
            return
        try:
            changeset = self.ws.ledger.set_due_soon_days(days)
        except VillageDeskError as exc:
            show_error(self, self.tr("Not changed"), exc.message)
            self._show_days()
            return
        if changeset:
            self.changed.emit(changeset, self.tr("yellow {days} days before a deadline").format(days=days))

    # -- keeping up ------------------------------------------------------

    def apply(self, changeset: ChangeSet) -> None:
        keep = self.selected_id()
        if self.model.apply(changeset):
            self.select(keep)
        if changeset.touches("warning_policy") and not self._days_timer.isActive():
            self._show_days()
        self._update_buttons()
        self.dialogs.apply(changeset)

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.filters.set_language(language)
        self.dialogs.set_language(language)
        self.retranslate()
        self._size_columns()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Problem ledger"))
        self.new_button.setText(self.tr("New problem…"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected problem (Enter or double-click)"))
        self.village_button.setText(self.tr("Village file"))
        self.delete_button.setText(self.tr("Delete…"))
        self.report_button.setText(self.tr("Ledger report…"))
        self.moves_label.setText(self.tr("Move the selected problem:"))
        for name, b in self.move_buttons.items():
            b.setText(move_label(MOVE_BY_NAME[name]) + "…")
        self.days_label.setText(self.tr("Yellow from this many days before the deadline"))
        self.days.setSuffix(self.tr(" days"))
        self._total = None
        self._update_counts()


def preview_ledger_window(workspace, language: str = "zh_CN") -> LedgerWindow:
    """The ledger over a workspace with problems, filtered to the open ones
    so the deadline colours show, the first row selected."""
    from desktop.core.ledger_terms import ProblemStatus

    window = LedgerWindow(workspace, language)
    window.resize(1200, 760)
    window.show_filter(LedgerFilter(statuses=frozenset({ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS,
                                                        ProblemStatus.REOPENED})))
    if window.model.rowCount():
        window.select_row(0)
    return window
