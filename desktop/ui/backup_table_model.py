"""The backups of this database, newest first (`ws.backups.list()`): when
each was made, why (at start-up, hourly, by hand, before an import …), its
size and its file name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.services.backups import reason_label
from desktop.ui.history_values import local_time

COLUMNS = ("when", "reason", "size", "file")


def size_text(size: int) -> str:
    """A file's size as people read it (1 KB = 1024 bytes)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{max(1, round(size / 1024))} KB"


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.backups: list = []

    def set_backups(self, backups: list) -> None:
        self.beginResetModel()
        self.backups = list(backups)
        self.endResetModel()

    def refresh(self) -> None:
        """Say it all again (a language switch), keeping the selection."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.backups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.backups) - 1, len(COLUMNS) - 1))

    def backup_at(self, row: int):
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def text(self, row: int, column: str) -> str:
        b = self.backup_at(row)
        if b is None:
            return ""
        if column == "when":
            return local_time(b.made_at)
        if column == "reason":
            return reason_label(b.reason)
        if column == "size":
            return size_text(b.size)
        return b.path.name

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"when": self.tr("Made"), "reason": self.tr("Why"), "size": self.tr("Size"),
                "file": self.tr("File")}[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        b = self.backup_at(index.row())
        if b is None or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "file":
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
