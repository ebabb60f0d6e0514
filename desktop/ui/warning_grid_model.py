"""The three-colour warning grid: villages down, periods across.

One `grid` query per load fills every cell; the texts are made once and
kept, so painting 600 villages by 8 periods reads nothing more. Rows are
village ids in the order given; clicking a period header sorts the villages
worst first by that period (and back to the given order).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.inspections import GridCell
from desktop.core.periods import period_label, sort_key
from desktop.core.terms import WarningColour

# Soft fills that keep black text readable, and the strong colour of each.
FILLS = {WarningColour.RED: "#f6c5c0", WarningColour.YELLOW: "#fbe7a1", WarningColour.GREEN: "#c9e7d0"}
STRONG = {WarningColour.RED: "#c5221f", WarningColour.YELLOW: "#b07d00", WarningColour.GREEN: "#1e7e34"}
TEXT = "#202124"
SELECTED = "#1a56c4"
RANK = {WarningColour.RED: 0, WarningColour.YELLOW: 1, WarningColour.GREEN: 2}

VILLAGE_ROLE = Qt.ItemDataRole.UserRole
INSPECTION_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
          Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, VILLAGE_ROLE, INSPECTION_ROLE, COLOUR_ROLE}
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def village_name(names: tuple[str, str] | None, language: str) -> str:
    zh, bo = names or ("", "")
    return (bo or zh) if language == "bo_CN" else (zh or bo)


class _Row:
    __slots__ = ("village_id", "names", "cells", "texts")

    def __init__(self, village_id: str, names: tuple[str, str], cells: list[GridCell | None]) -> None:
        self.village_id = village_id
        self.names = names
        self.cells = cells
        # "!" marks a red that a failed veto item made, whatever the score.
        self.texts = ["" if c is None or c.score is None else f"{c.score:g}" + (" !" if c.veto else "") for c in cells]


class WarningGridModel(QAbstractTableModel):
    def __init__(self, workspace, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._language = language
        self._rows: list[_Row] = []
        self._given: list[_Row] = []
        self._periods: list[str] = []
        self._labels: list[str] = []
        self._row_of: dict[str, int] = {}
        self._sorted_by = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._brushes = {c: QBrush(QColor(v)) for c, v in FILLS.items()}
        self._text_brush = QBrush(QColor(TEXT))

    # -- loading ---------------------------------------------------------

    def load(self, village_ids: list[str], periods: list[str]) -> None:
        """Show these villages (in this order) over these periods."""
        ids = list(dict.fromkeys(village_ids))
        periods = sorted(set(periods), key=sort_key)
        cells = self._ws.warnings.grid(ids, periods) if ids and periods else {}
        names = self._ws.villages.names(ids) if ids else {}
        rows = [_Row(vid, names.get(vid, ("", "")), [cells.get((vid, p)) for p in periods]) for vid in ids]
        self.beginResetModel()
        self._periods = periods
        self._labels = [period_label(p) for p in periods]
        self._given = rows
        if self._sorted_by >= len(periods):
            self._sorted_by = -1
        self._rows = self._ordered()   # as the header's sort indicator still says
        self._reindex()
        self.endResetModel()

    def reload(self) -> None:
        """Read the same villages and periods again (after a change set)."""
        self.load([r.village_id for r in self._given], self._periods)

    def set_language(self, language: str) -> None:
        self._language = language
        self._labels = [period_label(p) for p in self._periods]
        if self._periods:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._periods) - 1)
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._periods) - 1),
                                  [Qt.ItemDataRole.ToolTipRole])

    def _reindex(self) -> None:
        self._row_of = {r.village_id: i for i, r in enumerate(self._rows)}

    # -- what the screen asks --------------------------------------------

    @property
    def periods(self) -> list[str]:
        return list(self._periods)

    @property
    def village_ids(self) -> list[str]:
        return [r.village_id for r in self._rows]

    def village_at(self, row: int) -> str:
        return self._rows[row].village_id

    def row_of(self, village_id: str) -> int | None:
        return self._row_of.get(village_id)

    def name_at(self, row: int) -> str:
        return village_name(self._rows[row].names, self._language)

    def names_at(self, row: int) -> tuple[str, str]:
        return self._rows[row].names

    def period_at(self, column: int) -> str:
        return self._periods[column]

    def cell(self, row: int, column: int) -> GridCell | None:
        return self._rows[row].cells[column]

    def column_cells(self, column: int) -> list[GridCell | None]:
        return [r.cells[column] for r in self._rows]

    # -- sorting ---------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a period's colour and score, worst first (ascending); -1: as given."""
        if column >= len(self._periods):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        where = [(self._rows[i.row()].village_id, i.column()) for i in before]
        self._sorted_by, self._order = column, order
        self._rows = self._ordered()
        self._reindex()
        self.changePersistentIndexList(before, [self.index(self._row_of[v], c) for v, c in where])
        self.layoutChanged.emit()

    def _ordered(self) -> list[_Row]:
        column = self._sorted_by
        if column < 0:
            return list(self._given)

        def key(row: _Row):
            c = row.cells[column]
            return (RANK[c.colour], c.score if c.score is not None else 0.0)

        present = [r for r in self._given if r.cells[column] is not None and r.cells[column].colour is not None]
        missing = [r for r in self._given if r.cells[column] is None or r.cells[column].colour is None]
        # Villages without a warning stay at the bottom either way.
        return sorted(present, key=key, reverse=self._order == Qt.SortOrder.DescendingOrder) + missing

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._periods)

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        # Asked for a dozen roles per visible cell on every paint: answer the
        # ones not handled before touching the row.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE
        if role == VILLAGE_ROLE:
            return row.village_id
        cell = row.cells[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[cell.colour] if cell is not None and cell.colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._text_brush
        if role == INSPECTION_ROLE:
            return (cell.inspection_id or "") if cell is not None else ""
        if role == COLOUR_ROLE:
            return cell.colour.value if cell is not None and cell.colour is not None else ""
        return self._tooltip(row, column)

    def _tooltip(self, row: _Row, column: int) -> str:
        cell = row.cells[column]
        name, period = village_name(row.names, self._language), self._labels[column]
        if cell is None or cell.colour is None:
            return self.tr("{village}, {period}: no warning").format(village=name, period=period)
        score = "" if cell.score is None else f"{cell.score:g}"
        text = self.tr("{village}, {period}\n{colour}, score {score}").format(
            village=name, period=period, colour=cell.colour.label, score=score)
        if cell.veto:
            text += "\n" + self.tr("! A veto item failed: red whatever the score.")
        if cell.inspection_id:
            text += "\n" + self.tr("Double-click to open the inspection")
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(self._labels):
                return self._labels[section]
            return None
        if not 0 <= section < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return village_name(self._rows[section].names, self._language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(n for n in self._rows[section].names if n)
        return None


class WarningCellDelegate(QStyledItemDelegate):
    """Keeps a selected cell's colour and frames it, instead of painting the
    selection colour over the warning."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, opt, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor(SELECTED), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
