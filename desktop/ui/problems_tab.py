"""The village file's Problems tab: the village's problems on the ledger,
coloured by deadline, with their counts, and the ways to add one: by hand,
or from the failed items of a finalised inspection.

Problems are read here and changed in their own dialogs, which save at
once (like inspections): nothing here waits for the village file's Save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.changes import ChangeSet
from desktop.core.ledger import ProblemRecord, count, deadline_colour
from desktop.core.ledger_terms import ProblemStatus
from desktop.core.terms import WarningColour
from desktop.ui import fonts
from desktop.ui.from_inspection_dialog import FromInspectionDialog, finalised_inspections
from desktop.ui.ledger_table_model import MUTED
from desktop.ui.list_table import list_table
from desktop.ui.messages import open_dialog
from desktop.ui.problem_dialog import ProblemDialog, ProblemDialogs
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import FILLS, TEXT

ID_ROLE = Qt.ItemDataRole.UserRole
DEADLINE_COLUMN = 4
# What the tab shows: the problems, the village's inspections (for "From inspection").
RELOAD_ON = ("problem", "problem_event", "inspection", "inspection_answer", "warning_policy")


class ProblemsTab(Retranslating, QWidget):
    changed = Signal(object, str)   # a change set made here, its undo description

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsTab")
        self.ws = workspace
        self._language = language
        self.village_id: str | None = None
        self.problems: list[ProblemRecord] = []
        self._has_inspection = False
        self.dialogs = ProblemDialogs(workspace, self, language)
        self.dialog: QWidget | None = None     # the new-problem or from-inspection dialog open

        self.counts = QLabel(self)
        self.counts.setObjectName("villageProblemCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.counts.setWordWrap(True)
        self.table = list_table(self, "villageProblems", 6, stretch=0, on_open=self.open_selected)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newVillageProblem")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openVillageProblem")
        self.from_inspection_button = QPushButton(self)
        self.from_inspection_button.setObjectName("problemsFromInspection")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.from_inspection_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_problem)
        self.open_button.clicked.connect(self.open_selected)
        self.from_inspection_button.clicked.connect(self.from_inspection)
        self.retranslate()

    # -- loading ---------------------------------------------------------

    def load(self, village_id: str | None) -> None:
        """Show the village's problems (None: a village not saved yet)."""
        keep = self.selected_id()
        self.village_id = village_id
        self.problems = self.ws.ledger.for_village(village_id) if village_id else []
        self._has_inspection = bool(village_id) and bool(finalised_inspections(self.ws, village_id))
        self._fill()
        self.select(keep)
        self._update_buttons()

    def _fill(self) -> None:
        today, days = self.ws.today(), self.ws.ledger.due_soon_days() if self.problems else 0
        counts = count(((p.status, p.deadline, p.reopen_count) for p in self.problems), today, days)
        self.counts.setText(counts.sentence() if self.problems else self.tr("No problems on the ledger for this village."))
        self.table.setRowCount(len(self.problems))
        height = fonts.row_height()
        muted, text = QBrush(QColor(MUTED)), QBrush(QColor(TEXT))
        for row, p in enumerate(self.problems):
            colour = deadline_colour(p.status, p.deadline, today, days)
            category = p.aspect.label if p.aspect else (p.category.label if p.category else "")
            people = " / ".join(x for x in (p.responsible_leader, p.responsible_person) if x)
            texts = (" ".join(p.description.split()), category, p.status.label,
                     p.found_on.isoformat() if p.found_on else "", p.deadline.isoformat() if p.deadline else "", people)
            for column, value in enumerate(texts):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, p.id)
                item.setToolTip(p.description if column == 0 else value)
                if column == DEADLINE_COLUMN and colour in (WarningColour.RED, WarningColour.YELLOW):
                    item.setBackground(QBrush(QColor(FILLS[colour])))
                    item.setForeground(text)
                elif p.status is ProblemStatus.CLOSED:
                    item.setForeground(muted)
                self.table.setItem(row, column, item)
            self.table.setRowHeight(row, height)

    def apply(self, changeset: ChangeSet) -> None:
        """Follow a change made anywhere (a move in the ledger window, an undo)."""
        if self.village_id and changeset.touches(*RELOAD_ON):
            self.load(self.village_id)
        self.dialogs.apply(changeset)

    # -- selection -------------------------------------------------------

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def select(self, problem_id: str | None) -> bool:
        row = next((i for i, p in enumerate(self.problems) if p.id == problem_id), None)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.village_id is not None)
        self.open_button.setEnabled(self.selected_id() is not None)
        self.from_inspection_button.setEnabled(self.village_id is not None and self._has_inspection)

    # -- actions ---------------------------------------------------------

    def open_problem(self, problem_id: str) -> ProblemDialog:
        return self.dialogs.open(problem_id)

    def open_selected(self) -> ProblemDialog | None:
        problem_id = self.selected_id()
        return self.open_problem(problem_id) if problem_id else None

    def new_problem(self) -> ProblemDialog | None:
        if self.village_id is None:
            return None
        dialog = ProblemDialog(self.ws, None, self._language, self, village_id=self.village_id)
        return self._open_dialog(dialog)

    def from_inspection(self) -> FromInspectionDialog | None:
        if self.village_id is None:
            return None
        return self._open_dialog(FromInspectionDialog(self.ws, self.village_id, self._language, self))

    def _open_dialog(self, dialog):
        dialog.changed.connect(self.changed)
        self.dialog = dialog
        return open_dialog(dialog)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.dialogs.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Category / aspect"), self.tr("Status"),
                                              self.tr("Found"), self.tr("Deadline"), self.tr("Responsible")])
        self.new_button.setText(self.tr("New problem…"))
        self.open_button.setText(self.tr("Open"))
        self.from_inspection_button.setText(self.tr("From inspection…"))
        self.from_inspection_button.setToolTip(self.tr("Put failed items of a finalised inspection on the ledger"))
        if self.village_id is not None:
            self._fill()
