"""A person and one of their posts: name in either script, gender, birth
year, ethnicity, education, phone, Party membership; the role and term."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import PersonRecord, PostRecord
from desktop.core.terms import Education, Ethnicity, Gender, PostRole
from desktop.core.validation import check_birth_year, check_phone, parse_date, parse_year, validate_person, validate_post
from desktop.ui import fonts
from desktop.ui.validated_field import ValidatedLine, text_field
from desktop.ui.retranslate import Retranslating


def _year_parser(today: date):
    def parse(text: str):
        year, message = parse_year(text, today)
        return year, message or check_birth_year(year, today)
    return parse


class PersonDialog(Retranslating, QDialog):
    """Edits copies; `done_editing(person, post)` hands them back on OK."""

    done_editing = Signal(object, object)

    def __init__(self, workspace, person: PersonRecord, post: PostRecord, roles: tuple[PostRole, ...],
                 language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.person = dataclasses.replace(person)
        self.post = dataclasses.replace(post)
        self._roles = roles
        self._today = today
        self._language = language

        self.name_zh = text_field(self)
        self.name_zh.setObjectName("personNameZh")
        self.name_bo = text_field(self)
        self.name_bo.setObjectName("personNameBo")
        self.name_bo.edit.setFont(fonts.tibetan_font())
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        self.birth_year = ValidatedLine(_year_parser(today), parent=self)
        self.birth_year.setObjectName("birthYear")
        self.ethnicity = QComboBox(self)
        self.ethnicity.setObjectName("ethnicity")
        self.education = QComboBox(self)
        self.education.setObjectName("education")
        self.phone = ValidatedLine(lambda t: (t.strip(), check_phone(t)), lambda v: v or "", self)
        self.phone.setObjectName("phone")
        self.party_member = QComboBox(self)
        self.party_member.setObjectName("partyMember")
        self.person_unit = text_field(self)
        self.person_unit.setObjectName("personUnit")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.post_unit = text_field(self)
        self.post_unit.setObjectName("postUnit")
        self.term_start = ValidatedLine(parse_date, parent=self)
        self.term_start.setObjectName("termStart")
        self.term_end = ValidatedLine(parse_date, parent=self)
        self.term_end.setObjectName("termEnd")
        self.held = QListWidget(self)
        self.held.setObjectName("postsHeld")
        self.held.setFont(fonts.tibetan_font(self.font()))
        self.held.setMaximumHeight(110)
        self.held.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        self.person_box = QGroupBox(self)
        self.person_form = QFormLayout(self.person_box)
        self.post_box = QGroupBox(self)
        self.post_form = QFormLayout(self.post_box)
        self.labels: dict[str, QLabel] = {}
        for form, rows in (
            (self.person_form, (("name_zh", self.name_zh), ("name_bo", self.name_bo), ("gender", self.gender),
                                ("birth_year", self.birth_year), ("ethnicity", self.ethnicity),
                                ("education", self.education), ("phone", self.phone),
                                ("party_member", self.party_member), ("person_unit", self.person_unit))),
            (self.post_form, (("role", self.role), ("post_unit", self.post_unit), ("term_start", self.term_start),
                              ("term_end", self.term_end), ("held", self.held))),
        ):
            for key, widget in rows:
                self.labels[key] = QLabel(self)
                form.addRow(self.labels[key], widget)
        columns = QHBoxLayout()
        columns.addWidget(self.person_box)
        columns.addWidget(self.post_box)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        if person.row_version:
            for held, village_zh, village_bo in workspace.people.posts_held(person.id):
                village = (village_bo or village_zh) if language == "bo_CN" else (village_zh or village_bo)
                end = f" – {held.term_end}" if held.term_end else " –"
                self.held.addItem(f"{held.role.label} · {village} · {held.term_start or ''}{end}")
        self._load()
        self.retranslate()

    def _load(self) -> None:
        p, post = self.person, self.post
        self.name_zh.set_value(p.name_zh)
        self.name_bo.set_value(p.name_bo)
        self.birth_year.set_value(p.birth_year)
        self.phone.set_value(p.phone)
        self.person_unit.set_value(p.unit)
        self.post_unit.set_value(post.unit)
        self.term_start.set_value(post.term_start)
        self.term_end.set_value(post.term_end)

    def _fill_combos(self) -> None:
        def fill(combo: QComboBox, items, current, blank: bool = True) -> None:
            combo.clear()
            if blank:
                combo.addItem("", None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        p = self.person
        fill(self.gender, [(g.value, g.label) for g in Gender], p.gender.value if p.gender else None)
        fill(self.ethnicity, [(e.value, e.label) for e in Ethnicity], p.ethnicity.value if p.ethnicity else None)
        fill(self.education, [(e.value, e.label) for e in Education], p.education.value if p.education else None)
        fill(self.party_member, [("yes", self.tr("Yes")), ("no", self.tr("No"))],
             None if p.party_member is None else ("yes" if p.party_member else "no"))
        fill(self.role, [(r.value, r.label) for r in self._roles], self.post.role.value, blank=False)

    def _collect(self) -> list[str]:
        """Copy the widgets into the records; the messages of what cannot be."""
        p, post = self.person, self.post
        p.name_zh, p.name_bo = self.name_zh.value() or "", self.name_bo.value() or ""
        p.gender = Gender.parse(self.gender.currentData())
        p.ethnicity = Ethnicity.parse(self.ethnicity.currentData())
        p.education = Education.parse(self.education.currentData())
        member = self.party_member.currentData()
        p.party_member = None if member is None else member == "yes"
        p.unit = self.person_unit.value() or ""
        post.role = PostRole(self.role.currentData())
        post.unit = self.post_unit.value() or ""
        pending = [f.message for f in (self.birth_year, self.phone, self.term_start, self.term_end) if f.message]
        if not pending:
            p.birth_year = self.birth_year.value()
            p.phone = self.phone.value() or ""
            post.term_start, post.term_end = self.term_start.value(), self.term_end.value()
        return pending

    def accept(self) -> None:
        pending = self._collect()
        errors = {e.field: e.message for e in validate_person(self.person, self._today) + validate_post(self.post)}
        self.name_zh.set_rule_message(errors.get("name_zh"))
        self.term_end.set_rule_message(errors.get("term_end"))
        if pending or errors:
            (self.name_zh if "name_zh" in errors else self.term_end).edit.setFocus()
            return
        self.done_editing.emit(self.person, self.post)
        super().accept()

    def retranslate(self) -> None:
        new = not self.person.row_version and not any((self.person.name_zh, self.person.name_bo))
        self.setWindowTitle(self.tr("New person") if new else self.tr("Person and post"))
        self.person_box.setTitle(self.tr("Person"))
        self.post_box.setTitle(self.tr("Post in this village"))
        texts = {
            "name_zh": self.tr("Name (Chinese)"), "name_bo": self.tr("Name (Tibetan)"), "gender": self.tr("Gender"),
            "birth_year": self.tr("Birth year"), "ethnicity": self.tr("Ethnicity"), "education": self.tr("Education"),
            "phone": self.tr("Phone"), "party_member": self.tr("Party member"), "person_unit": self.tr("Work unit"),
            "role": self.tr("Post"), "post_unit": self.tr("Sent by (unit)"), "term_start": self.tr("Term from"),
            "term_end": self.tr("Term until"), "held": self.tr("Posts held"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.term_start.edit.setPlaceholderText(self.tr("e.g. 2026-03-01"))
        self.term_end.edit.setPlaceholderText(self.tr("empty while in post"))
        if self.role.count():  # keep what was chosen before refilling in the new language
            self._collect()
        self._fill_combos()
        for field in (self.birth_year, self.phone, self.term_start, self.term_end):
            field.recheck()
