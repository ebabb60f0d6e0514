"""The village list as a Qt model that holds ids and fetches rows lazily.

The query (search, filters, sort) runs in SQL and returns ids only; rows are
read a page at a time when the view first asks for them, and a bounded cache
keeps memory flat, so 50,000 villages scroll like 50.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.core.changes import ChangeSet, Op
from desktop.core.query import VillageColumn, VillageQuery
from desktop.core.records import VillageRow
from desktop.core.terms import WarningColour, WeaknessType, weakness_short_labels
from desktop.ui import fonts

PAGE_SIZE = 200
MAX_PAGES = 64

COLOURS = {WarningColour.RED: "#d93025", WarningColour.YELLOW: "#f2b705", WarningColour.GREEN: "#1e8e3e"}
NUMERIC = {VillageColumn.POPULATION, VillageColumn.HOUSEHOLDS, VillageColumn.PARTY_MEMBERS}
COLUMNS = list(VillageColumn)
ID_ROLE = Qt.ItemDataRole.UserRole


def colour_icon(colour: WarningColour) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS[colour]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class VillageTableModel(QAbstractTableModel):
    def __init__(self, villages, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self._villages = villages   # the VillageService
        self._query = VillageQuery()
        self._ids: list[str] = []
        self._index: dict[str, int] | None = None
        self._pages: OrderedDict[int, list[VillageRow | None]] = OrderedDict()
        self._language = language
        self._icons: dict[WarningColour, QIcon] = {}
        self._tibetan_font = None

    # -- the query -------------------------------------------------------

    @property
    def query(self) -> VillageQuery:
        return self._query

    def set_query(self, query: VillageQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        ids = self._villages.search(self._query)
        self.beginResetModel()
        self._ids = ids
        self._index = None
        self._pages.clear()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self._tibetan_font = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(dataclasses.replace(self._query, sort=COLUMNS[column],
                                           descending=order == Qt.SortOrder.DescendingOrder))

    # -- rows ------------------------------------------------------------

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, village_id: str) -> int | None:
        if self._index is None:
            self._index = {vid: i for i, vid in enumerate(self._ids)}
        return self._index.get(village_id)

    def village(self, row: int) -> VillageRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            found = self._villages.rows(ids)
            rows = [found.get(i) for i in ids]
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row % PAGE_SIZE]

    def apply(self, changeset: ChangeSet) -> bool:
        """Refresh from a change set; True if the rows themselves changed."""
        if changeset.changes_membership("village") or changeset.touches("admin_unit"):
            self.refresh()
            return True
        updated = changeset.ids("village", [Op.UPDATE])
        for vid in updated:
            row = self.row_of(vid)
            if row is not None:
                self._pages.pop(row // PAGE_SIZE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return False

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.village(index.row())
        if row is None:  # deleted since the query ran
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column is VillageColumn.WARNING and row.warning:
            if row.warning not in self._icons:
                self._icons[row.warning] = colour_icon(row.warning)
            return self._icons[row.warning]
        if role == Qt.ItemDataRole.ToolTipRole and column is VillageColumn.WEAKNESS and row.weakness:
            return "\n".join(t.label for t in WeaknessType if t in row.weakness)
        if role == Qt.ItemDataRole.FontRole and column is VillageColumn.NAME_BO:
            if self._tibetan_font is None:
                self._tibetan_font = fonts.tibetan_font()
            return self._tibetan_font
        return None

    def _text(self, row: VillageRow, column: VillageColumn) -> str:
        if column is VillageColumn.CODE:
            return row.code or ""
        if column is VillageColumn.NAME_ZH:
            return row.name_zh
        if column is VillageColumn.NAME_BO:
            return row.name_bo
        if column is VillageColumn.TOWNSHIP:
            bo = self._language == "bo_CN"
            return (row.township_name_bo or row.township_name_zh) if bo else (row.township_name_zh or row.township_name_bo)
        if column is VillageColumn.KIND:
            return row.kind.label
        if column in NUMERIC:
            value = getattr(row, column.value)
            return "" if value is None else str(value)
        if column is VillageColumn.RATING:
            return row.rating.label if row.rating else ""
        if column is VillageColumn.WARNING:
            return row.warning.label if row.warning else ""
        return weakness_short_labels(row.weakness)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.header_text(COLUMNS[section])

    def header_text(self, column: VillageColumn) -> str:
        return {
            VillageColumn.CODE: self.tr("Division code"),
            VillageColumn.NAME_ZH: self.tr("Name (Chinese)"),
            VillageColumn.NAME_BO: self.tr("Name (Tibetan)"),
            VillageColumn.TOWNSHIP: self.tr("Township"),
            VillageColumn.KIND: self.tr("Kind"),
            VillageColumn.POPULATION: self.tr("Population"),
            VillageColumn.HOUSEHOLDS: self.tr("Households"),
            VillageColumn.PARTY_MEMBERS: self.tr("Party members"),
            VillageColumn.RATING: self.tr("Rating"),
            VillageColumn.WARNING: self.tr("Warning"),
            VillageColumn.WEAKNESS: self.tr("Weakness"),
        }[column]
