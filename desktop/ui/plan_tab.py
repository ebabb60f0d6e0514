"""The village file's Plans tab: the village's plans (一村一策) by year with
their round, status and last step, and the way into a new or an existing
plan (the editor opens in a window of its own)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.ui.list_table import list_table
from desktop.ui.messages import show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import village_name


class PlanTab(Retranslating, QWidget):
    changed = Signal(object, str)    # a change set made here (a new draft), its undo description
    open_plan = Signal(str)          # plan id

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.ws = workspace
        self.language = language
        self.village_id: str | None = None
        self._rows: list[tuple[str, list[str]]] = []     # plan id, its texts
        self.error = None

        self.table = list_table(self, "planList", 4, on_open=self._open_selected)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPlan")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openPlan")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_selected)
        self.new_button.clicked.connect(self.new_plan)
        self.retranslate()

    def load(self, village_id: str | None) -> None:
        """Show the village's plans (None: a village not saved yet)."""
        self.village_id = village_id
        plans = self.ws.plans.for_village(village_id) if village_id else []
        self._rows = []
        for p in plans:
            events = self.ws.plans.open(p.id).events
            last = events[-1] if events else None
            step = self.tr("{step}, {date}, {who}").format(step=last.step.label, date=last.on.isoformat(),
                                                          who=last.actor) if last else ""
            self._rows.append((p.id, [str(p.year), str(p.round), p.status.label, step]))
        self._fill()

    def _fill(self) -> None:
        selected = self.selected_id()
        self.table.setRowCount(len(self._rows))
        for row, (plan_id, texts) in enumerate(self._rows):
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, plan_id)
                self.table.setItem(row, col, item)
            if plan_id == selected:
                self.table.selectRow(row)
        if self._rows and self.selected_id() is None:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.village_id is not None)
        self.open_button.setEnabled(self.selected_id() is not None)

    def _open_selected(self) -> None:
        plan_id = self.selected_id()
        if plan_id:
            self.open_plan.emit(plan_id)

    def new_plan(self) -> str | None:
        """A draft from the village's open problems; the service refuses a
        second plan while one is under way, and says so."""
        if self.village_id is None:
            return None
        try:
            plan_id, changeset = self.ws.plans.create(self.village_id)
        except VillageDeskError as exc:
            self.error = show_error(self, self.tr("Village plan"), exc.message)
            return None
        self.load(self.village_id)
        names = self.ws.ledger.village_names([self.village_id]).get(self.village_id, ("", ""))[:2]
        self.changed.emit(changeset, self.tr("draft a plan for {village}").format(
            village=village_name(names, self.language)))
        self.open_plan.emit(plan_id)
        return plan_id

    def apply(self, changeset: ChangeSet) -> None:
        if self.village_id and changeset.touches("plan", "plan_event"):
            self.load(self.village_id)

    def set_language(self, language: str) -> None:
        self.language = language

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Round"), self.tr("Status"),
                                              self.tr("Last step")])
        self.new_button.setText(self.tr("New plan"))
        self.open_button.setText(self.tr("Open"))
        if self.village_id:
            self.load(self.village_id)
