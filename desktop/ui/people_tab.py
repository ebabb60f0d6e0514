"""People and posts: the two committees (村"两委"), reserve cadres, and the
village's count of Party members."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.records import VillageFile
from desktop.core.terms import Body, roles_of
from desktop.core.validation import FieldError, parse_count
from desktop.ui.posts_table import PostsTable
from desktop.ui.validated_field import ValidatedLine
from desktop.ui.retranslate import Retranslating

ROLES = roles_of(Body.BRANCH_COMMITTEE, Body.VILLAGERS_COMMITTEE, Body.RESERVE)


class PeopleTab(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, workspace, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file: VillageFile | None = None
        self._loading = False
        self.party_members = ValidatedLine(parse_count, parent=self)
        self.party_members.setObjectName("partyMembers")
        self.party_members.setMaximumWidth(220)
        self.party_members_label = QLabel(self)
        self.posts = PostsTable(workspace, ROLES, language, today, self)
        form = QFormLayout()
        form.addRow(self.party_members_label, self.party_members)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.posts)
        self.party_members.changed.connect(self._on_party_members)
        self.posts.edited.connect(self.edited)
        self.retranslate()

    def load(self, file: VillageFile) -> None:
        self._file = file
        self._loading = True
        self.party_members.set_value(file.facts.party_members)
        self._loading = False
        self.posts.load(file)

    def _on_party_members(self, value) -> None:
        if not self._loading and self._file is not None:
            self._file.facts.party_members = value
            self.edited.emit()

    def pending_errors(self) -> list[str]:
        return [self.party_members.message] if self.party_members.message else []

    def show_errors(self, errors: list[FieldError]) -> None:
        self.party_members.set_rule_message(next((e.message for e in errors if e.field == "party_members"), None))
        self.posts.show_errors(errors)

    def set_language(self, language: str) -> None:
        self.posts.set_language(language)

    def retranslate(self) -> None:
        self.party_members_label.setText(self.tr("Party members"))
        self.party_members.recheck()
