"""The people holding posts in a village, for a set of roles: the two
committees and reserve cadres (People tab) or support (Support tab)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import PersonRecord, PostRecord, VillageFile
from desktop.core.terms import PostRole
from desktop.core.validation import FieldError
from desktop.ui import fonts
from desktop.ui.person_dialog import PersonDialog
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.validated_field import INVALID_CELL, FieldMessage
from desktop.ui.retranslate import Retranslating

FORMER = QBrush(QColor("#777777"))


class PostsTable(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, workspace, roles: tuple[PostRole, ...], language: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.roles = roles
        self._language = language
        self._today = today
        self._file: VillageFile | None = None
        self._errors: dict[str, str] = {}
        self.dialog: QWidget | None = None   # the sub-dialog open now (tests reach it here)

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("postsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.show_former = QCheckBox(self)
        self.show_former.setObjectName("showFormer")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPerson")
        self.add_existing_button = QPushButton(self)
        self.add_existing_button.setObjectName("addExistingPerson")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editPost")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePost")
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_existing_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.show_former)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_person)
        self.add_existing_button.clicked.connect(self.add_existing_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.show_former.toggled.connect(lambda _on: self._fill())
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    # -- showing ---------------------------------------------------------

    def load(self, file: VillageFile) -> None:
        self._file = file
        self._fill()

    def posts(self) -> list[PostRecord]:
        order = {r: i for i, r in enumerate(self.roles)}
        shown = [p for p in self._file.posts if p.role in order
                 and (self.show_former.isChecked() or p.is_current(self._today))]
        return sorted(shown, key=lambda p: (not p.is_current(self._today), order[p.role],
                                            -(p.term_start or date.min).toordinal()))

    def _fill(self) -> None:
        if self._file is None:
            return
        posts = self.posts()
        self.table.setRowCount(len(posts))
        tibetan = fonts.tibetan_font(self.table.font())
        for row, post in enumerate(posts):
            person = self._file.people.get(post.person_id, PersonRecord())
            member = "" if person.party_member is None else (self.tr("Yes") if person.party_member else self.tr("No"))
            term = f"{post.term_start or ''} – {post.term_end or ''}"
            values = (post.role.label, person.name_zh, person.name_bo, person.gender.label if person.gender else "",
                      str(person.birth_year or ""), person.phone, member, post.unit or person.unit, term)
            message = self._errors.get(post.id) or self._errors.get(person.id)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, post.id)
                if column == 2:
                    item.setFont(tibetan)
                if message:
                    item.setBackground(INVALID_CELL)
                    item.setToolTip(message)
                elif not post.is_current(self._today):
                    item.setForeground(FORMER)
                self.table.setItem(row, column, item)
        self.message.say("\n".join(dict.fromkeys(self._errors.values())))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def selected_posts(self) -> list[PostRecord]:
        ids = {self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
               for i in self.table.selectionModel().selectedRows()}
        return [p for p in self._file.posts if p.id in ids]

    def show_errors(self, errors: list[FieldError]) -> None:
        ids = {p.id for p in self._file.posts if p.role in self.roles} | \
              {p.person_id for p in self._file.posts if p.role in self.roles}
        self._errors = {e.record_id: e.message for e in errors if e.record_id in ids}
        self._fill()

    # -- editing ---------------------------------------------------------

    def _new_post(self, person: PersonRecord) -> PostRecord:
        start = date(self._today.year, self._today.month, 1)
        return PostRecord(person_id=person.id, village_id=self._file.facts.id, role=self.roles[0], term_start=start)

    def _edit(self, person: PersonRecord, post: PostRecord) -> PersonDialog:
        dialog = PersonDialog(self.ws, person, post, self.roles, self._language, self._today, self)
        dialog.done_editing.connect(self._take)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _take(self, person: PersonRecord, post: PostRecord) -> None:
        self._file.people[person.id] = person
        self._file.posts[:] = [p for p in self._file.posts if p.id != post.id] + [post]
        self._errors.pop(post.id, None)
        self._errors.pop(person.id, None)
        self._fill()
        self.edited.emit()

    def add_person(self) -> PersonDialog:
        person = PersonRecord()
        return self._edit(person, self._new_post(person))

    def add_existing_person(self) -> SearchPickerDialog:
        def search(text: str):
            bo = self._language == "bo_CN"
            found = []
            for p in self.ws.people.find(text, 50):
                name = " ".join(n for n in ((p.name_bo, p.name_zh) if bo else (p.name_zh, p.name_bo)) if n)
                found.append((" · ".join(x for x in (name, p.unit, p.phone) if x), p))
            return found

        picker = SearchPickerDialog(self.tr("Choose a person"), self.tr("Name or phone"), search, self)
        picker.chosen.connect(lambda p: self._edit(self._file.people.get(p.id, p), self._new_post(p)))
        picker.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is picker else None)
        self.dialog = picker
        picker.open()
        return picker

    def edit_selected(self) -> PersonDialog | None:
        posts = self.selected_posts()
        if not posts:
            return None
        post = posts[0]
        person = self._file.people.get(post.person_id) or PersonRecord(id=post.person_id)
        return self._edit(dataclasses.replace(person), dataclasses.replace(post))

    def remove_selected(self) -> None:
        gone = {p.id for p in self.selected_posts()}
        if gone:
            self._file.posts[:] = [p for p in self._file.posts if p.id not in gone]
            self._fill()
            self.edited.emit()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Post"), self.tr("Name (Chinese)"), self.tr("Name (Tibetan)"), self.tr("Gender"),
            self.tr("Born"), self.tr("Phone"), self.tr("Party member"), self.tr("Unit"), self.tr("Term"),
        ])
        self.show_former.setText(self.tr("Show former posts"))
        self.add_button.setText(self.tr("Add a person…"))
        self.add_existing_button.setText(self.tr("Add someone already recorded…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove from post"))
        self._fill()

    def set_language(self, language: str) -> None:
        self._language = language
