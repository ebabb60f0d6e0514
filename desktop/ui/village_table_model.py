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
from desktop.core.search import narrow
from desktop.core.terms import WarningColour, WeaknessType, weakness_short_labels
from desktop.ui import fonts

PAGE_SIZE = 200
MAX_PAGES = 64

COLOURS = {WarningColour.RED: "#d93025", WarningColour.YELLOW: "#f2b705", WarningColour.GREEN: "#1e8e3e"}
NUMERIC = {VillageColumn.POPULATION, VillageColumn.HOUSEHOLDS, VillageColumn.PARTY_MEMBERS}
COLUMNS = list(VillageColumn)
ID_ROLE = Qt.ItemDataRole.UserRole
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.DecorationRole,
          Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, ID_ROLE}


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
        self._row_of: dict[str, int] | None = None
        # Ids and search texts for the current filters and order: typing
        # narrows these (desktop/core/search.py) without a query.
        self._base: VillageQuery | None = None
        self._base_ids: list[str] = []
        self._base_texts: list[str] = []
        self._pages: OrderedDict[int, tuple[list[VillageRow | None], list[tuple[str, ...] | None]]] = OrderedDict()
        self._language = language
        self._icons: dict[WarningColour, QIcon] = {}
        self._tibetan_font = None

    # -- the query -------------------------------------------------------

    @property
    def query(self) -> VillageQuery:
        return self._query

    def set_query(self, query: VillageQuery) -> None:
        base = dataclasses.replace(query, text="")
        if base != self._base:
            self._base_ids, self._base_texts = self._villages.list_index(base)
            self._base = base
        self._query = query
        ids = narrow(self._base_ids, self._base_texts, query.search_text)
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the list again (after a change set)."""
        self._base = None
        self.set_query(self._query)

    def set_language(self, language: str) -> None:
        self._language = language
        self._tibetan_font = None
        self._pages.clear()   # cell texts hold translated labels
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
        if self._row_of is None:
            self._row_of = {vid: i for i, vid in enumerate(self._ids)}
        return self._row_of.get(village_id)

    def village(self, row: int) -> VillageRow | None:
        return self._page(row)[0][row % PAGE_SIZE]

    def _texts(self, row: int) -> tuple[str, ...] | None:
        return self._page(row)[1][row % PAGE_SIZE]

    def _page(self, row: int) -> tuple[list[VillageRow | None], list[tuple[str, ...] | None]]:
        """The rows of a page and their cell texts, read once and kept."""
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
            found = self._villages.rows(ids)
            rows = [found.get(i) for i in ids]
            texts = [tuple(self._text(r, c) for c in COLUMNS) if r else None for r in rows]
            cached = self._pages[page] = (rows, texts)
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached

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
        # Qt asks each visible cell for a dozen roles on every paint; most
        # are answered here without touching the row.
        if role not in _ROLES or not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts(index.row())
            return texts[index.column()] if texts else None
        column = COLUMNS[index.column()]
        row = self.village(index.row())
        if row is None:  # deleted since the query ran
            return None
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
