"""History…: a record's changes as the audit trail holds them (newest
first; when, who, what, each field before → after; changes undone later
marked). Opened from a village file (with its income, posts and people) or
a problem (with its moves and evidence); it follows changes made while it
is open.

Reads `ws.audit.history`; refused (a role without "audit.history") it says
why instead of the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.core.periods import period_label
from desktop.ui import fonts
from desktop.ui.history_model import COLUMNS, HistoryModel
from desktop.ui.inspection_text import FAIL_COLOUR
from desktop.ui.retranslate import Retranslating

# A reference column -> the table it points into (named in the list).
REFERENCES = {"village_id": "village", "paired_village_id": "village", "person_id": "person", "township_id": "admin_unit",
              "parent_id": "admin_unit", "unit_id": "admin_unit"}
# What a record's history may take in with its own (with_children).
CHILDREN = {"village": ("collective_income", "post", "person", "village_rating", "village_warning"),
            "problem": ("problem_event", "problem_evidence")}


class HistoryDialog(Retranslating, QDialog):
    def __init__(self, workspace, entity: str, entity_id: str, name: str, language: str = "zh_CN",
                 parent: QWidget | None = None, *, hub=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws = workspace
        self.entity = entity
        self.entity_id = entity_id
        self.name = name
        self.language = language
        self.error = ""
        self._names: dict[tuple[str, str], str | None] = {}
        self._file = None      # the village file, read once to name its records

        self.intro = QLabel(self)
        self.intro.setObjectName("historyIntro")
        self.intro.setWordWrap(True)
        self.children = QCheckBox(self)
        self.children.setObjectName("historyChildren")
        self.children.setChecked(True)
        self.children.setVisible(entity in CHILDREN)
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setMinimumSectionSize(fonts.row_height())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.children)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.children.toggled.connect(lambda _on: self.reload())
        self._hub = hub
        if hub is not None:
            hub.changed.connect(self.apply)
        self.reload()
        self.retranslate()
        self.resize(1100, 640)

    # -- reading ---------------------------------------------------------

    def with_children(self) -> bool:
        return self.entity in CHILDREN and self.children.isChecked()

    def reload(self) -> None:
        self.error = ""
        try:
            entries = self.ws.audit.history(self.entity, self.entity_id, with_children=self.with_children())
        except VillageDeskError as exc:
            entries, self.error = [], exc.message
        self._names.clear()
        self._file = None
        self.model.set_entries(entries, language=self.language, people=self._people(), names=self.name_of)
        self.view.setColumnHidden(COLUMNS.index("record"), not self.with_children())
        self._fit()
        self._show_state()

    def _people(self) -> dict[str, str]:
        """Logins with their names, where this user may read the accounts."""
        try:
            return {u.login: u.display_name for u in self.ws.users.list()}
        except VillageDeskError:
            return {}

    def name_of(self, kind: str, record_id: str) -> str | None:
        """A referenced record's name (a column like village_id, or a table), or None."""
        entity = REFERENCES.get(kind, kind)
        key = (entity, record_id)
        if key not in self._names:
            self._names[key] = self._read_name(entity, record_id)
        return self._names[key]

    def _read_name(self, entity: str, record_id: str) -> str | None:
        try:
            if entity == "village":
                zh, bo = self.ws.villages.names([record_id]).get(record_id, ("", ""))
            elif entity == "admin_unit":
                unit = self.ws.units.get(record_id)
                zh, bo = (unit.name_zh, unit.name_bo) if unit else ("", "")
            else:
                return self._file_record_name(entity, record_id)
        except VillageDeskError:
            return None
        return self._pick(zh, bo)

    def _pick(self, zh: str, bo: str) -> str | None:
        return ((bo or zh) if self.language == "bo_CN" else (zh or bo)) or None

    def _file_record_name(self, entity: str, record_id: str) -> str | None:
        """A village file's own records by what they are: a person's name,
        a post with its holder, an income's year, a rating's or warning's
        period (those still in the file)."""
        if self.entity != "village" or entity not in ("person", "post", "collective_income", "village_rating",
                                                      "village_warning"):
            return None
        if self._file is None:
            self._file = self.ws.villages.open_file(self.entity_id)
        file = self._file
        if entity == "person":
            person = file.people.get(record_id)
            return self._pick(person.name_zh, person.name_bo) if person else None
        if entity == "post":
            post = next((p for p in file.posts if p.id == record_id), None)
            if post is None:
                return None
            holder = file.people.get(post.person_id)
            name = self._pick(holder.name_zh, holder.name_bo) if holder else None
            return f"{post.role.label} · {name}" if name else post.role.label
        if entity in ("village_rating", "village_warning"):
            found = next((r for r in (file.ratings if entity == "village_rating" else file.warnings)
                          if r.id == record_id), None)
            return period_label(found.period) if found else None
        income = next((i for i in file.incomes if i.id == record_id), None)
        return str(income.year) if income else None

    def apply(self, changeset: ChangeSet) -> None:
        """Follow a change made while the list is open."""
        if changeset.touches(self.entity, *CHILDREN.get(self.entity, ())):
            self.reload()

    # -- showing ---------------------------------------------------------

    def _fit(self) -> None:
        view = self.view
        for column in ("when", "who"):
            view.resizeColumnToContents(COLUMNS.index(column))
        what, record = COLUMNS.index("what"), COLUMNS.index("record")
        view.resizeColumnToContents(what)
        view.setColumnWidth(what, min(view.columnWidth(what), 260))
        if not view.isColumnHidden(record):
            view.resizeColumnToContents(record)
            view.setColumnWidth(record, min(view.columnWidth(record), 300))
        view.resizeRowsToContents()

    def _show_state(self) -> None:
        if self.error:
            self.empty.setText(self.error)
            self.empty.setStyleSheet(f"color: {FAIL_COLOUR};")
        else:
            self.empty.setText(self.tr("No changes are recorded for this record."))
            self.empty.setStyleSheet("")
        self.empty.setVisible(not self.model.rowCount())
        self.view.setVisible(bool(self.model.rowCount()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.resizeRowsToContents()     # the changes wrap anew at the new width

    def done(self, result: int) -> None:
        if self._hub is not None:
            self._hub.changed.disconnect(self.apply)
            self._hub = None
        super().done(result)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self._names.clear()
        self.model.set_entries(self.model.entries, language=language)
        self._fit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History: {name}").format(name=self.name))
        self.intro.setText(self.tr("Every change to {name} as the audit trail records it, newest first. "
                                   "Changes undone later are struck through.").format(name=self.name))
        if self.entity == "problem":
            self.children.setText(self.tr("Include its moves and evidence"))
        else:
            self.children.setText(self.tr("Include its collective income, posts and people"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.model.refresh()
        self._fit()
        self._show_state()
