"""The village file's Inspections tab: every inspection of the village, its
warning trend, and the way into a new or an existing inspection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.inspections import InspectionRecord
from desktop.core.periods import period_label
from desktop.ui import fonts
from desktop.ui.list_table import list_table
from desktop.ui.messages import confirm, show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.trend_chart import TrendChart
from desktop.ui.warning_grid_model import FILLS

class InspectionsTab(Retranslating, QWidget):
    open_inspection = Signal(str)     # inspection id
    new_inspection = Signal(str)      # village id
    changed = Signal(object, str)     # a change set made here (a draft deleted), its undo description

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionsTab")
        self.ws = workspace
        self._language = language
        self.village_id: str | None = None
        self._records: list[InspectionRecord] = []
        self._templates: dict[str, str] = {}

        self.trend_label = QLabel(self)
        self.trend = TrendChart(self)
        self.trend.setObjectName("villageTrend")
        self.list_label = QLabel(self)
        self.table = list_table(self, "inspectionList", 6, on_open=self._open_selected)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newInspection")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openInspection")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteDraft")
        self.question: QMessageBox | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        # A splitter: Tibetan period labels make the chart tall, and the list
        # must still show several inspections on a laptop screen.
        top, bottom = QWidget(self), QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.trend_label)
        upper.addWidget(self.trend, 1)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.list_label)
        lower.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button.clicked.connect(self.delete_selected_draft)
        self.new_button.clicked.connect(lambda: self.village_id and self.new_inspection.emit(self.village_id))
        self.retranslate()

    def load(self, village_id: str | None) -> None:
        """Show the village's inspections (None: a village not saved yet)."""
        self.village_id = village_id
        self._records = self.ws.inspections.for_village(village_id) if village_id else []
        self._templates = {t.id: self.tr("{title} (version {version})").format(title=t.title.get(self._language),
                                                                              version=t.version)
                           for t in self.ws.checklists.list()} if self._records else {}
        self._fill()
        points = self.ws.warnings.trend(village_id) if village_id else []
        self.trend.set_trend(points, self.ws.warnings.village_policy(village_id) if village_id else None)
        self._update_buttons()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._records))
        row_height = fonts.row_height()
        for row, rec in enumerate(self._records):
            period = period_label(rec.period)
            score = "" if rec.score is None else f"{rec.score:.1f}"
            texts = [period, self._templates.get(rec.template_id, ""), rec.status.label,
                     score, rec.colour.label if rec.colour else "",
                     f"{rec.answered}/{rec.total}" + (self.tr(" (corrects an earlier one)") if rec.replaces_id else "")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rec.id)
                if column == 4 and rec.colour:
                    item.setBackground(QBrush(QColor(FILLS[rec.colour])))
                self.table.setItem(row, column, item)
            self.table.setRowHeight(row, row_height)

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _open_selected(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id:
            self.open_inspection.emit(inspection_id)

    # Set by the Inspection menu: whether a form with unsaved answers shows this inspection.
    is_open_and_unsaved = staticmethod(lambda inspection_id: False)

    def _selected_record(self) -> InspectionRecord | None:
        selected = self.selected_id()
        return next((r for r in self._records if r.id == selected), None)

    def delete_selected_draft(self) -> None:
        """A draft started by mistake goes (undo brings it back); finalised ones stay."""
        record = self._selected_record()
        if record is None or record.final:
            return
        if self.is_open_and_unsaved(record.id):
            show_error(self, self.tr("Delete draft"), self.tr(
                "This draft is open with unsaved answers. Save or close it first."))
            return

        def delete() -> None:
            changeset = self.ws.inspections.delete_draft(self.ws.inspections.open(record.id))
            self.changed.emit(changeset, self.tr("delete a draft inspection"))

        self.question = confirm(self, self.tr("Delete draft"), self.tr(
            "Delete the draft inspection of {period} with its answers? Undo brings it back.").format(
            period=period_label(record.period)), delete)

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.village_id is not None)
        self.open_button.setEnabled(self.selected_id() is not None)
        record = self._selected_record()
        self.delete_button.setEnabled(record is not None and not record.final)

    def set_language(self, language: str) -> None:
        self._language = language
        self.trend.relabel()
        if self.village_id:
            self.load(self.village_id)

    def retranslate(self) -> None:
        self.trend_label.setText(self.tr("Score and warning by period"))
        self.list_label.setText(self.tr("Inspections (newest first); double-click to open"))
        self.table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Checklist"), self.tr("State"),
                                              self.tr("Score"), self.tr("Warning"), self.tr("Answered")])
        self.new_button.setText(self.tr("New inspection…"))
        self.open_button.setText(self.tr("Open inspection"))
        self.delete_button.setText(self.tr("Delete draft"))
        self.trend.set_empty_text(self.tr("No warnings yet"))
        self._fill()
