"""The conflict list as a table model: one row per record both sides
changed, with when it was found, whose bundle brought it, the rule that
decided and whether someone has resolved it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.sync.results import Conflict
from desktop.ui import fonts
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, has_tibetan
from desktop.ui.sync_words import SyncWords, local_time

COLUMNS = ("record", "table", "detected", "peer", "rule", "status")


class ConflictListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self.names: dict[str, str] = {}   # installation id -> its name
        self.labels: dict[str, str] = {}  # conflict id -> its record named in the user's language
        self.language = "zh_CN"
        self._words = SyncWords(self)
        self._tibetan: QFont | None = None

    def set_conflicts(self, conflicts: list[Conflict], names: dict[str, str], language: str,
                      labels: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.names = dict(names)
        self.labels = dict(labels or {})
        self.language = language
        self.endResetModel()

    def refresh(self) -> None:
        """Headers and words again, in the language now in use."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.conflicts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.conflicts) - 1, len(COLUMNS) - 1))

    def conflict_at(self, row: int) -> Conflict | None:
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def row_of(self, conflict_id: str) -> int | None:
        return next((r for r, c in enumerate(self.conflicts) if c.id == conflict_id), None)

    def name_of(self, installation_id: str) -> str:
        return self.names.get(installation_id) or installation_id[:8]

    def label_of(self, c: Conflict) -> str:
        return self.labels.get(c.id) or c.label or c.entity_id

    def status_text(self, c: Conflict) -> str:
        if not c.resolved_at:
            return self.tr("Open")
        if c.resolution in ("take_other", "taken", "other", "took_other"):
            how = self.tr("took the other version")
        else:
            how = self.tr("kept this version")
        return self.tr("Resolved {when}: {how}").format(when=local_time(c.resolved_at), how=how)

    def text(self, row: int, column: str) -> str:
        c = self.conflicts[row]
        if column == "record":
            return self.label_of(c)
        if column == "table":
            return self._words.table(c.entity)
        if column == "detected":
            return local_time(c.detected_at)
        if column == "peer":
            return self.name_of(c.peer_id)
        if column == "rule":
            return self._words.rule(c.rule)
        return self.status_text(c)

    # -- the model ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"record": self.tr("Record"), "table": self.tr("Records"), "detected": self.tr("Found"),
                "peer": self.tr("From"), "rule": self.tr("Why this version stays"),
                "status": self.tr("Status")}[COLUMNS[section]]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        c = self.conflicts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QBrush(QColor(MUTED_COLOUR if c.resolved_at else FAIL_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column in ("record", "peer"):
            return self._font_for(self.text(index.row(), column))
        return None

    def _font_for(self, text: str) -> QFont | None:
        if self.language == "bo_CN" or not has_tibetan(text):
            return None
        if self._tibetan is None:
            self._tibetan = fonts.tibetan_font()
        return self._tibetan
