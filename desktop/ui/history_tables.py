"""Rating and warning history of a village, read-only for now (they are set
by inspections and reviews)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.periods import period_label
from desktop.core.records import VillageFile
from desktop.ui.village_table_model import colour_icon
from desktop.ui.retranslate import Retranslating


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class HistoryTables(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file: VillageFile | None = None
        self.rating_title = QLabel(self)
        self.ratings = _table(self, "ratingHistory", 4)
        self.warning_title = QLabel(self)
        self.warnings = _table(self, "warningHistory", 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.rating_title, self.ratings, self.warning_title, self.warnings):
            layout.addWidget(w)
        self.retranslate()

    def load(self, file: VillageFile) -> None:
        self._file = file
        self.ratings.setRowCount(len(file.ratings))
        for row, r in enumerate(file.ratings):
            for col, text in enumerate((period_label(r.period), r.rating.label, r.decided_by, str(r.decided_on or ""))):
                self.ratings.setItem(row, col, QTableWidgetItem(text))
        self.warnings.setRowCount(len(file.warnings))
        for row, w in enumerate(file.warnings):
            colour = QTableWidgetItem(colour_icon(w.colour), w.colour.label)
            score = "" if w.score is None else f"{w.score:g}"
            for col, item in enumerate((QTableWidgetItem(period_label(w.period)), colour, QTableWidgetItem(score),
                                        QTableWidgetItem(str(w.assessed_on or "")))):
                self.warnings.setItem(row, col, item)

    def retranslate(self) -> None:
        self.rating_title.setText(self.tr("Rating history"))
        self.warning_title.setText(self.tr("Warning history"))
        self.ratings.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Rating"), self.tr("Decided by"),
                                                self.tr("Date")])
        self.warnings.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Colour"), self.tr("Score"),
                                                 self.tr("Date")])
        if self._file is not None:
            self.load(self._file)
