"""The roster preview's lists as table models: what will be added or changed
(one row per township, village, person or post) and the rejected rows (one
row per problem, at its sheet, row and column).

Models, not QTableWidgets: a county's roster is 3,000 villages and 30,000
people, and a model makes no item per cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.roster import BY_KEY
from desktop.core.roster_plan import ADDED, RosterItem
from desktop.core.roster_rows import RosterProblem
from desktop.ui import fonts

ADDED_COLOUR = "#1e7b34"
CHANGED_COLOUR = "#8a5a00"


def field_title(key: str) -> str:
    column = BY_KEY.get(key)
    return column.title if column is not None else key


def describe_changes(item: RosterItem, sep: str = "; ") -> str:
    """'Population: 1200 → 1250; Phone: (blank) → 138…' in the user's language."""
    blank = QCoreApplication.translate("RosterPreview", "(blank)")
    return sep.join(QCoreApplication.translate("RosterPreview", "{field}: {before} → {after}").format(
        field=field_title(c.key), before=c.before or blank, after=c.after or blank) for c in item.changes)


def describe_rows(item: RosterItem) -> str:
    rows = item.rows
    shown = ", ".join(QCoreApplication.translate("RosterPreview", "{sheet} row {row}").format(sheet=sheet, row=row)
                      for sheet, row in rows[:3])
    return shown + (" …" if len(rows) > 3 else "")


def has_tibetan(text: str) -> bool:
    return any("\u0f00" <= ch <= "\u0fff" for ch in text)


class _TibetanFont:
    """A Tibetan font for cells holding Tibetan, made once: in a Chinese
    session the CJK font's line box would clip the stacks."""

    def __init__(self) -> None:
        self._font = None

    def __call__(self, text: str):
        if not text or not has_tibetan(text):
            return None
        if self._font is None:
            self._font = fonts.tibetan_font()
        return self._font


def _refresh(model: QAbstractTableModel) -> None:
    """Headers and cells again, in the language now in use."""
    columns, rows = model.columnCount(), model.rowCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if columns and rows:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


class RosterItemsModel(QAbstractTableModel):
    """Added and changed items of one kind (township, village, person, post)."""

    def __init__(self, with_village: bool, parent=None) -> None:
        super().__init__(parent)
        self.with_village = with_village
        self.items: list[RosterItem] = []
        self._font = _TibetanFont()

    def set_items(self, items: list[RosterItem]) -> None:
        self.beginResetModel()
        # Additions first, then changes; each in the roster's order.
        self.items = [i for i in items if i.status == ADDED] + [i for i in items if i.status != ADDED]
        self.endResetModel()

    def retranslate(self) -> None:
        _refresh(self)

    def _columns(self) -> list[str]:
        return ["status", "name", *(["village"] if self.with_village else []), "changes", "rows"]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {"status": self.tr("Will be"), "name": self.tr("Name"), "village": self.tr("Village"),
                  "changes": self.tr("Changes (before → after)"), "rows": self.tr("From")}
        return titles[self._columns()[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = self._columns()[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "status":
                return self.tr("added") if item.status == ADDED else self.tr("changed")
            if column == "name":
                return item.name
            if column == "village":
                return item.village
            if column == "changes":
                return describe_changes(item, "\n" if role == Qt.ItemDataRole.ToolTipRole else "; ")
            if column == "rows":
                return describe_rows(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(ADDED_COLOUR if item.status == ADDED else CHANGED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column in ("name", "village", "changes"):
            return self._font(self.data(index))
        return None


class RejectedModel(QAbstractTableModel):
    """Every problem of the rejected rows: sheet, row, column, header, reason."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problems: list[RosterProblem] = []
        self._font = _TibetanFont()

    def set_problems(self, problems: list[RosterProblem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def retranslate(self) -> None:
        _refresh(self)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Header"), self.tr("Reason"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.FontRole:
            return self._font(self.data(index))
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self.problems[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.describe()
        return (p.sheet, str(p.row), p.column or "", p.header or "", p.message)[index.column()]

    def row_texts(self, row: int) -> list[str]:
        return [self.data(self.index(row, c)) for c in range(self.columnCount())]
