"""The first tab of a village file: names, code, township, numbers, weakness
types, collective income, and the rating and warning history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AdminUnit, VillageFile
from desktop.core.terms import PartyOrgType, VillageKind, WeaknessType
from desktop.core.validation import FieldError, normalise_division_code, parse_count
from desktop.ui import fonts
from desktop.ui.history_tables import HistoryTables
from desktop.ui.income_table import IncomeTable
from desktop.ui.validated_field import FieldMessage, ValidatedLine, text_field
from desktop.ui.retranslate import Retranslating


class BasicFactsTab(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, townships: list[AdminUnit], today: date, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._townships = townships
        self._language = language
        self._file: VillageFile | None = None
        self._loading = False

        self.name_zh = text_field(self)
        self.name_zh.setObjectName("nameZh")
        self.name_bo = text_field(self)
        self.name_bo.setObjectName("nameBo")
        self.name_bo.edit.setFont(fonts.tibetan_font())
        # Any text is taken; what is wrong with it comes from the live check.
        self.code = ValidatedLine(lambda t: (normalise_division_code(t), None), lambda v: v or "", self)
        self.code.setObjectName("code")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.township = QComboBox(self)
        self.township.setObjectName("township")
        self.township_message = FieldMessage(self)
        self.population = ValidatedLine(parse_count, parent=self)
        self.population.setObjectName("population")
        self.households = ValidatedLine(parse_count, parent=self)
        self.households.setObjectName("households")
        self.party_org_type = QComboBox(self)
        self.party_org_type.setObjectName("partyOrgType")
        self.weakness_boxes = {t: QCheckBox(self) for t in WeaknessType}
        for t, box in self.weakness_boxes.items():
            box.setObjectName(f"weakness_{t.value}")
        self.current_rating = QLabel(self)
        self.current_rating.setObjectName("currentRating")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(70)
        self.incomes = IncomeTable(today, self)
        self.history = HistoryTables(self)

        township_box = QWidget(self)
        tl = QVBoxLayout(township_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(2)
        tl.addWidget(self.township)
        tl.addWidget(self.township_message)
        weakness = QWidget(self)
        wl = QVBoxLayout(weakness)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(1)
        for box in self.weakness_boxes.values():
            wl.addWidget(box)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("name_zh", self.name_zh), ("name_bo", self.name_bo), ("code", self.code),
                            ("kind", self.kind), ("township", township_box), ("population", self.population),
                            ("households", self.households), ("party_org_type", self.party_org_type),
                            ("weakness", weakness), ("rating", self.current_rating), ("note", self.note)):
            self.labels[key] = QLabel(self)
            self.form.addRow(self.labels[key], widget)

        self.income_box = QGroupBox(self)
        QVBoxLayout(self.income_box).addWidget(self.incomes)
        right = QVBoxLayout()
        right.addWidget(self.income_box, 2)
        right.addWidget(self.history, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(self.form, 5)
        layout.addLayout(right, 4)

        self.name_zh.changed.connect(lambda v: self._set("name_zh", v))
        self.name_bo.changed.connect(lambda v: self._set("name_bo", v))
        self.code.changed.connect(lambda v: self._set("code", v))
        self.population.changed.connect(lambda v: self._set("population", v))
        self.households.changed.connect(lambda v: self._set("households", v))
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.township.currentIndexChanged.connect(self._on_township)
        self.party_org_type.currentIndexChanged.connect(
            lambda _i: self._set("party_org_type", PartyOrgType.parse(self.party_org_type.currentData())))
        for t, box in self.weakness_boxes.items():
            box.toggled.connect(self._on_weakness)
        self.note.textChanged.connect(lambda: self._set("note", self.note.toPlainText()))
        self.incomes.edited.connect(self.edited)
        self.retranslate()

    # -- loading ---------------------------------------------------------

    def load(self, file: VillageFile) -> None:
        self._file = file
        self._loading = True
        f = file.facts
        self.name_zh.set_value(f.name_zh)
        self.name_bo.set_value(f.name_bo)
        self.code.set_value(f.code)
        self.population.set_value(f.population)
        self.households.set_value(f.households)
        self._fill_combos()
        for t, box in self.weakness_boxes.items():
            box.setChecked(t in f.weakness)
        if self.note.toPlainText() != f.note:
            self.note.setPlainText(f.note)
        self._show_rating()
        self.incomes.load(file)
        self.history.load(file)
        self._loading = False

    def _fill_combos(self) -> None:
        f = self._file.facts
        was = self._loading
        self._loading = True
        bo = self._language == "bo_CN"
        self.kind.clear()
        for k in VillageKind:
            self.kind.addItem(k.label, k.value)
        self.kind.setCurrentIndex(self.kind.findData(f.kind.value))
        self.township.clear()
        self.township.addItem(self.tr("(choose)"), None)
        for t in self._townships:
            self.township.addItem((t.name_bo or t.name_zh) if bo else (t.name_zh or t.name_bo), t.id)
        self.township.setCurrentIndex(max(0, self.township.findData(f.township_id)))
        self.party_org_type.clear()
        self.party_org_type.addItem("", None)
        for p in PartyOrgType:
            self.party_org_type.addItem(p.label, p.value)
        self.party_org_type.setCurrentIndex(
            max(0, self.party_org_type.findData(f.party_org_type.value if f.party_org_type else None)))
        self._loading = was

    def _show_rating(self) -> None:
        f = self._file.facts
        parts = [f.rating.label if f.rating else self.tr("not rated")]
        if f.warning:
            parts.append(self.tr("{colour} warning").format(colour=f.warning.label))
        self.current_rating.setText(" · ".join(parts))

    # -- editing ---------------------------------------------------------

    def _set(self, field: str, value) -> None:
        if self._loading or self._file is None:
            return
        setattr(self._file.facts, field, value)
        self.edited.emit()

    def _on_kind(self, _index: int) -> None:
        if not self._loading and self.kind.currentData():
            self._set("kind", VillageKind(self.kind.currentData()))

    def _on_township(self, _index: int) -> None:
        self._set("township_id", self.township.currentData())

    def _on_weakness(self, _checked: bool) -> None:
        self._set("weakness", frozenset(t for t, box in self.weakness_boxes.items() if box.isChecked()))

    # -- messages --------------------------------------------------------

    def pending_errors(self) -> list[str]:
        """Text the user typed that is not a value yet."""
        fields = (self.name_zh, self.name_bo, self.code, self.population, self.households)
        return [f.message for f in fields if f.message] + self.incomes.pending_errors()

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.message for e in errors if e.record_id is None}
        self.name_zh.set_rule_message(by_field.get("name_zh"))
        self.township_message.say(by_field.get("township_id"))
        self.code.set_rule_message(by_field.get("code"))
        self.population.set_rule_message(by_field.get("population"))
        self.households.set_rule_message(by_field.get("households"))
        incomes = {e.record_id: e.message for e in errors if e.field in ("year", "amount_yuan") and e.record_id}
        self.incomes.show_rule_errors(incomes)

    def retranslate(self) -> None:
        texts = {
            "name_zh": self.tr("Name (Chinese)"), "name_bo": self.tr("Name (Tibetan)"),
            "code": self.tr("Division code"), "kind": self.tr("Kind"), "township": self.tr("Township"),
            "population": self.tr("Population"), "households": self.tr("Households"),
            "party_org_type": self.tr("Party organisation"), "weakness": self.tr("Weakness types"),
            "rating": self.tr("Rating and warning"), "note": self.tr("Note"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.code.edit.setPlaceholderText(self.tr("12 digits, e.g. 513336100201"))
        self.income_box.setTitle(self.tr("Collective economy income"))
        for t, box in self.weakness_boxes.items():
            box.setText(t.label)
        self.code.recheck()
        self.population.recheck()
        self.households.recheck()
        if self._file is not None:
            self._fill_combos()
            self._show_rating()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._file is not None:
            self._fill_combos()
