"""A record's history from the audit trail, one row per change, newest
first: when, who, what was done, which record (when the records filed
under it are shown too) and what changed — each field's label with its
value before → after, or that the record was created, deleted or brought
back. A change undone later is marked, greyed and struck through.

Holds the `HistoryEntry` values of `ws.audit.history`; reads nothing
itself. References are named through `names(column, id)`.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.ui import fonts
from desktop.ui.history_values import local_time, short, value_text
from desktop.ui.inspection_text import MUTED_COLOUR, has_tibetan, tooltip_text

COLUMNS = ("when", "who", "what", "record", "changes")
ARROW = " → "


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list = []
        self.language = "zh_CN"
        self.people: dict[str, str] = {}       # login -> display name
        self.names: Callable[[str, str], str | None] | None = None
        self._texts: list[tuple[str, ...]] = []
        self._full: list[str] = []

    def set_entries(self, entries: list, *, language: str | None = None, people: dict[str, str] | None = None,
                    names: Callable[[str, str], str | None] | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        if language:
            self.language = language
        if people is not None:
            self.people = people
        if names is not None:
            self.names = names
        self._render()
        self.endResetModel()

    def refresh(self) -> None:
        """Say it all again (a language switch)."""
        self.beginResetModel()
        self._render()
        self.endResetModel()

    def entry_at(self, row: int):
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def text(self, row: int, column: str) -> str:
        return self._texts[row][COLUMNS.index(column)] if 0 <= row < len(self._texts) else ""

    # -- words -----------------------------------------------------------

    def _render(self) -> None:
        self._texts = []
        self._full = []
        for e in self.entries:
            lines, full = self._changes(e)
            what = e.action_label or e.action
            if e.reverted:
                what += "\n" + self.tr("(undone later)")
            self._texts.append((local_time(e.at), self.who(e.actor), what, self.record_name(e), "\n".join(lines)))
            self._full.append("\n".join(full))

    def who(self, login: str) -> str:
        name = self.people.get(login)
        return f"{name} ({login})" if name and name != login else login

    def record_name(self, e) -> str:
        kind = self.entity_name(e.entity)
        named = self.names(e.entity, e.entity_id) if self.names else None
        return f"{kind}: {named}" if named else kind

    def _changes(self, e) -> tuple[list[str], list[str]]:
        """The lines of the changes column, values cut, and the same whole (the tooltip)."""
        op = {"insert": self.tr("Created"), "delete": self.tr("Deleted"), "restore": self.tr("Restored")}.get(e.op)
        lines = [op] if op else []
        full = list(lines)
        for f in e.fields:
            if f.name == "deleted":
                continue       # said by the op: Deleted, Restored
            before = value_text(e.entity, f.name, f.before, self.names)
            after = value_text(e.entity, f.name, f.after, self.names)
            label = f.label or f.name
            lines.append(f"{label}: {short(before, 40)}{ARROW}{short(after)}")
            full.append(f"{label}: {before}{ARROW}{after}")
        if not lines:
            lines = full = [self.tr("Changed")]
        return lines, full

    def entity_name(self, entity: str) -> str:
        """One record of a table, as a person names it."""
        return {
            "admin_unit": self.tr("Administrative unit"),
            "village": self.tr("Village"),
            "collective_income": self.tr("Collective income"),
            "village_rating": self.tr("Rating"),
            "village_warning": self.tr("Warning"),
            "person": self.tr("Person"),
            "post": self.tr("Post"),
            "checklist_template": self.tr("Checklist template"),
            "inspection": self.tr("Inspection"),
            "inspection_answer": self.tr("Inspection answer"),
            "inspection_evidence": self.tr("Inspection evidence"),
            "warning_policy": self.tr("Warning policy"),
            "problem": self.tr("Problem"),
            "problem_event": self.tr("Problem move"),
            "problem_evidence": self.tr("Problem evidence"),
            "plan": self.tr("Plan"),
            "plan_item": self.tr("Plan item"),
            "plan_event": self.tr("Plan step"),
            "support_activity": self.tr("Support activity"),
            "acceptance_review": self.tr("Acceptance review"),
            "user_account": self.tr("User account"),
        }.get(entity, entity)

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"when": self.tr("When"), "who": self.tr("Who"), "what": self.tr("What was done"),
                "record": self.tr("Record"), "changes": self.tr("What changed")}[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else ""
        if not 0 <= row < len(self.entries) or not column:
            return None
        text = self._texts[row][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self._full[row] if column == "changes" else text)
        reverted = self.entries[row].reverted
        if role == Qt.ItemDataRole.ForegroundRole and reverted:
            return QBrush(QColor(MUTED_COLOUR))
        if role == Qt.ItemDataRole.FontRole:
            tibetan = self.language != "bo_CN" and has_tibetan(text)
            if not (tibetan or (reverted and column == "changes")):
                return None
            font = fonts.tibetan_font() if tibetan else QFont()
            if reverted and column == "changes":
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
