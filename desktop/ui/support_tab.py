"""Support: first secretary, work team, contact county leader, liaison
cadre, the paired unit or enterprise and the paired strong village."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.records import VillageFile
from desktop.core.terms import Body, roles_of
from desktop.core.validation import FieldError
from desktop.ui.posts_table import PostsTable
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.validated_field import FieldMessage, text_field
from desktop.ui.retranslate import Retranslating

ROLES = roles_of(Body.SUPPORT)


class SupportTab(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, workspace, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._language = language
        self._file: VillageFile | None = None
        self._loading = False
        self.dialog: QWidget | None = None
        self.posts = PostsTable(workspace, ROLES, language, today, self)
        self.paired_unit = text_field(self)
        self.paired_unit.setObjectName("pairedUnit")
        self.paired_village = QLabel(self)
        self.paired_village.setObjectName("pairedVillage")
        self.choose_village = QPushButton(self)
        self.choose_village.setObjectName("choosePairedVillage")
        self.clear_village = QPushButton(self)
        self.clear_village.setObjectName("clearPairedVillage")
        self.paired_message = FieldMessage(self)
        village_row = QWidget(self)
        vl = QHBoxLayout(village_row)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.paired_village, 1)
        vl.addWidget(self.choose_village)
        vl.addWidget(self.clear_village)
        self.paired_unit_label = QLabel(self)
        self.paired_village_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.paired_unit_label, self.paired_unit)
        form.addRow(self.paired_village_label, village_row)
        form.addRow("", self.paired_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.posts, 1)
        layout.addLayout(form)
        self.posts.edited.connect(self.edited)
        self.paired_unit.changed.connect(self._on_unit)
        self.choose_village.clicked.connect(self.pick_village)
        self.clear_village.clicked.connect(lambda: self._set_paired(None))
        self.retranslate()

    def load(self, file: VillageFile) -> None:
        self._file = file
        self._loading = True
        self.paired_unit.set_value(file.facts.paired_unit)
        self._loading = False
        self._show_paired()
        self.posts.load(file)

    def _on_unit(self, value) -> None:
        if not self._loading and self._file is not None:
            self._file.facts.paired_unit = value or ""
            self.edited.emit()

    def _show_paired(self) -> None:
        vid = self._file.facts.paired_village_id if self._file else None
        if not vid:
            self.paired_village.setText(self.tr("(none)"))
        else:
            zh, bo = self.ws.villages.names([vid]).get(vid, ("", ""))
            self.paired_village.setText(" ".join(n for n in ((bo, zh) if self._language == "bo_CN" else (zh, bo)) if n))
        self.clear_village.setEnabled(bool(vid))

    def _set_paired(self, village_id: str | None) -> None:
        self._file.facts.paired_village_id = village_id
        self._show_paired()
        self.edited.emit()

    def pick_village(self) -> SearchPickerDialog:
        own = self._file.facts.id

        def search(text: str):
            return [(" ".join(x for x in (zh, bo, code or "") if x), vid)
                    for vid, zh, bo, code in self.ws.villages.find(text, 50) if vid != own]

        picker = SearchPickerDialog(self.tr("Choose the paired village"), self.tr("Name or code"), search, self)
        picker.chosen.connect(self._set_paired)
        self.dialog = picker
        picker.open()
        return picker

    def pending_errors(self) -> list[str]:
        return []

    def show_errors(self, errors: list[FieldError]) -> None:
        self.paired_message.say(next((e.message for e in errors if e.field == "paired_village_id"), None))
        self.posts.show_errors(errors)

    def set_language(self, language: str) -> None:
        self._language = language
        self.posts.set_language(language)
        if self._file is not None:
            self._show_paired()

    def retranslate(self) -> None:
        self.paired_unit_label.setText(self.tr("Paired unit or enterprise"))
        self.paired_village_label.setText(self.tr("Paired strong village"))
        self.choose_village.setText(self.tr("Choose…"))
        self.clear_village.setText(self.tr("Clear"))
        if self._file is not None:
            self._show_paired()
