"""The villages behind a dashboard figure ("12 villages converted"): name,
township, campaign status, warning colour and plan state. Double-click
(or Enter on) a row opens the village file (`open_village`).

A snapshot of the figure when it was clicked; the dashboard itself keeps
the live numbers.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dashboard import Dashboard
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import FILLS, village_name

ID_ROLE = Qt.ItemDataRole.UserRole


class VillageListDialog(Retranslating, QDialog):
    open_village = Signal(str)

    def __init__(self, workspace, village_ids: list[str], describe: Callable[[], str], dashboard: Dashboard,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        """`describe()` says which figure this is, in the current language."""
        super().__init__(parent)
        self.setObjectName("villageListDialog")
        self.ws = workspace
        self.village_ids = list(village_ids)
        self._describe = describe
        self._language = language
        self._status = {v: s for s, ids in dashboard.by_status.items() for v in ids}
        self._plan = {v: s for s, ids in dashboard.by_plan.items() for v in ids}
        self._rows = workspace.villages.rows(self.village_ids)

        self.head = QLabel(self)
        self.head.setObjectName("villageListHead")
        self.head.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("villageList")
        self.table.setFont(fonts.tibetan_font(self.font()) if language != "bo_CN" else self.font())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # township by township until a header is clicked
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openVillage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter belongs to the list (it opens the village), not to a
        # default button that would close the dialog as well.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_button)
        self.resize(820, 480)
        self.retranslate()

    # -- rows ------------------------------------------------------------

    def _fill(self) -> None:
        bo = self._language == "bo_CN"

        def township(row) -> str:
            return (row.township_name_bo or row.township_name_zh) if bo else (row.township_name_zh or row.township_name_bo)

        rows = [self._rows[v] for v in self.village_ids if v in self._rows]
        rows.sort(key=lambda r: (township(r), village_name((r.name_zh, r.name_bo), self._language)))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            status, plan = self._status.get(r.id), self._plan.get(r.id)
            texts = (village_name((r.name_zh, r.name_bo), self._language), r.code or "", township(r),
                     status.label if status else "", r.warning.label if r.warning else "–",
                     plan.label if plan else self.tr("No plan yet"))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                item.setToolTip(text)     # long Tibetan terms are cut in narrow columns
                if c == 4 and r.warning is not None:
                    item.setBackground(QColor(FILLS[r.warning]))
                self.table.setItem(i, c, item)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self.table.resizeColumnsToContents()
        self._update_button()

    def village_at(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return item.data(ID_ROLE) if item is not None else None

    def shown_ids(self) -> list[str]:
        return [self.village_at(r) for r in range(self.table.rowCount())]

    def _open_row(self, row: int) -> None:
        village = self.village_at(row)
        if village:
            self.open_village.emit(village)

    def open_current(self) -> None:
        if self.table.currentRow() >= 0:
            self._open_row(self.table.currentRow())

    def _update_button(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.table.setFont(fonts.tibetan_font(self.font()) if language != "bo_CN" else self.font())
        self.retranslate()

    def retranslate(self) -> None:
        title = self._describe()
        self.setWindowTitle(title)
        self.head.setText(self.tr("{figure}: {count} villages").format(figure=title, count=len(self._rows)))
        self.table.setHorizontalHeaderLabels([self.tr("Village"), self.tr("Code"), self.tr("Township"),
                                              self.tr("Campaign status"), self.tr("Warning"), self.tr("Plan")])
        self.open_button.setText(self.tr("Open village file"))
        self._fill()
