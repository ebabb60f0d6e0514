"""What a bundle brings, counted per table or per village, as a table model
for the import summary. Tables Import writes to come first; those it leaves
as they are follow, muted.

"Unchanged" there is everything that writes nothing new: rows equal here,
versions older than ours, and the same change made on both sides (merged);
the cell's tooltip says how many of each.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.sync.results import Counts, ImportSummary
from desktop.ui import fonts
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, has_tibetan
from desktop.ui.sync_words import SyncWords

TABLES, VILLAGES = "tables", "villages"
# The counted columns after the leading (label) ones.
COUNTED = ("new", "changed", "deleted", "unchanged", "conflict")


def shown_counts(counts: Counts) -> dict[str, int]:
    """The five figures the summary shows for one table or village."""
    return {"new": counts.new, "changed": counts.changed, "deleted": counts.deleted,
            "unchanged": counts.unchanged + counts.older + counts.merged, "conflict": counts.conflict}


class SyncCountsModel(QAbstractTableModel):
    def __init__(self, by: str, parent=None) -> None:
        super().__init__(parent)
        self.by = by
        self.language = "zh_CN"
        self.summary: ImportSummary | None = None
        # (leading texts, counts); the table view adds a total row at the end.
        self.rows: list[tuple[tuple[str, ...], Counts]] = []
        self._words = SyncWords(self)
        self._tibetan: QFont | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def leading(self) -> int:
        return 1 if self.by == TABLES else 2

    @property
    def columns(self) -> tuple[str, ...]:
        # Rows of a village are never "unchanged" (the service counts only what it writes).
        return COUNTED if self.by == TABLES else tuple(c for c in COUNTED if c != "unchanged")

    def set_summary(self, summary: ImportSummary | None, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.summary = summary
        self.rows = []
        if summary is not None:
            if self.by == TABLES:
                # What Import writes first, then the tables it leaves as they are (muted), each in apply order.
                tables = list(summary.tables.items())
                self.rows = [((table,), counts) for table, counts in tables if counts.written] + \
                            [((table,), counts) for table, counts in tables if not counts.written]
                if len(self.rows) > 1:
                    self.rows.append(((None,), summary.total()))
            else:
                for village_id, counts in summary.villages.items():
                    code, zh, bo = summary.village_names.get(village_id, ("", "", ""))
                    name = (bo or zh) if language == "bo_CN" else (zh or bo)
                    self.rows.append(((code or "", name or village_id), counts))
                self.rows.sort(key=lambda row: (row[0][0], row[0][1]))
        self.endResetModel()

    def refresh(self) -> None:
        """Headers and table names again, in the language now in use."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def counts_of(self, row: int) -> dict[str, int]:
        return shown_counts(self.rows[row][1])

    # -- the model ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.leading + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.by == TABLES and section == 0:
            return self.tr("Records")
        if self.by == VILLAGES and section < 2:
            return (self.tr("Code"), self.tr("Village"))[section]
        return {"new": self.tr("New"), "changed": self.tr("Changed"), "deleted": self.tr("Deleted"),
                "unchanged": self.tr("Unchanged"), "conflict": self.tr("Conflicts")}[
            self.columns[section - self.leading]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        texts, counts = self.rows[index.row()]
        column = index.column()
        total_row = self.by == TABLES and texts[0] is None
        if column < self.leading:
            if role == Qt.ItemDataRole.DisplayRole:
                if self.by == TABLES:
                    return self.tr("All records") if total_row else self._words.table(texts[0])
                return texts[column]
            if role == Qt.ItemDataRole.FontRole:
                if total_row:
                    return self._bold
                return self._font_for(texts[column] or "")
            if role == Qt.ItemDataRole.ForegroundRole and not total_row and not counts.written:
                return QBrush(QColor(MUTED_COLOUR))
            return None
        kind = self.columns[column - self.leading]
        value = shown_counts(counts)[kind]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind == "conflict" and value:
                return QBrush(QColor(FAIL_COLOUR))
            if not value:
                return QBrush(QColor(MUTED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (total_row or (kind == "conflict" and value)):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and kind == "unchanged" and (counts.older or counts.merged):
            return self.tr("{same} the same here, {older} older than the version here, {merged} the same "
                           "change made on both sides").format(same=counts.unchanged, older=counts.older,
                                                               merged=counts.merged)
        return None

    def _font_for(self, text: str) -> QFont | None:
        # In a Chinese session the CJK font's line box would clip Tibetan stacks.
        if self.language == "bo_CN" or not has_tibetan(text):
            return None
        if self._tibetan is None:
            self._tibetan = fonts.tibetan_font()
        return self._tibetan
