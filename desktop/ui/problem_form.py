"""The fields of one problem on the ledger: what it is, where it was found,
by when and by whom it is to be solved. Messages sit under their fields;
the status is not edited here but moved (problem_move_dialog.py)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource
from desktop.core.terms import WeaknessType, weakness_mask
from desktop.core.validation import FieldError, parse_date
from desktop.ui import fonts
from desktop.ui.ledger_table_model import village_text
from desktop.ui.retranslate import Retranslating
from desktop.ui.search_picker import SearchPickerDialog
from desktop.ui.validated_field import FieldMessage, ValidatedLine, text_field

LINE_FIELDS = ("source_ref", "found_on", "deadline", "responsible_leader", "responsible_person")
DATE_FIELDS = ("found_on", "deadline")
# What the form edits; a move changes none of them.
EDITED_FIELDS = ("description", "category", "aspect", "weakness", "source", "source_ref", *LINE_FIELDS, "note")


def _iso(d) -> str:
    return d.isoformat() if d else ""


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFont(fonts.tibetan_font(parent.font()))   # written in Chinese or Tibetan
    box.setFixedHeight(fonts.row_height() * lines + 10)
    return box


class ProblemForm(Retranslating, QWidget):
    edited = Signal()

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemForm")
        self.ws = workspace
        self._language = language
        self._loaded: ProblemRecord | None = None
        self._village_id: str | None = None
        self._loading = False
        self.picker: SearchPickerDialog | None = None

        self.village = QLabel(self)
        self.village.setObjectName("problemVillage")
        self.village.setFont(fonts.tibetan_font(self.font()))
        self.choose_village = QPushButton(self)
        self.choose_village.setObjectName("chooseProblemVillage")
        self.description = _text_box(self, "problemDescription", 3)
        self.category = QComboBox(self)
        self.category.setObjectName("problemCategory")
        self.aspect = QComboBox(self)
        self.aspect.setObjectName("problemAspect")
        self.weakness = {t: QCheckBox(self) for t in WeaknessType}
        for t, box in self.weakness.items():
            box.setObjectName(f"weakness_{t.value}")
        self.source = QComboBox(self)
        self.source.setObjectName("problemSource")
        self.lines: dict[str, ValidatedLine] = {
            name: ValidatedLine(parse_date, _iso, self) if name in DATE_FIELDS else text_field(self)
            for name in LINE_FIELDS}
        for name, line in self.lines.items():
            line.setObjectName(f"problem_{name}")
        self.note = _text_box(self, "problemNote", 2)
        self.messages = {name: FieldMessage(self) for name in ("village_id", "description", "category", "aspect")}

        village_row = QHBoxLayout()
        village_row.addWidget(self.village, 1)
        village_row.addWidget(self.choose_village)
        weakness_row = QHBoxLayout()
        for box in self.weakness.values():
            weakness_row.addWidget(box)
        weakness_row.addStretch()
        self.labels = {key: QLabel(self) for key in ("village", "description", "category", "aspect", "weakness",
                                                     "source", *LINE_FIELDS, "note")}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def add(key: str, field, message: str | None = None) -> None:
            if message is None:
                form.addRow(self.labels[key], field)
                return
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field) if isinstance(field, QWidget) else box.addLayout(field)
            box.addWidget(self.messages[message])
            form.addRow(self.labels[key], box)

        add("village", village_row, "village_id")
        add("description", self.description, "description")
        add("category", self.category, "category")
        add("aspect", self.aspect, "aspect")
        add("weakness", weakness_row)
        add("source", self.source)
        for name in LINE_FIELDS:
            add(name, self.lines[name])
        add("note", self.note)

        self.description.textChanged.connect(lambda: self._on_edit("description"))
        self.note.textChanged.connect(lambda: self._on_edit("note"))
        self.category.currentIndexChanged.connect(self._on_category)
        self.aspect.currentIndexChanged.connect(lambda _i: self._on_edit("aspect"))
        self.source.currentIndexChanged.connect(lambda _i: self._on_edit("source_ref"))
        for box in self.weakness.values():
            box.toggled.connect(lambda _c: self._on_edit(None))
        for name, line in self.lines.items():
            line.edit.textEdited.connect(lambda _t, n=name: self._on_edit(n))
        self.choose_village.clicked.connect(self.pick_village)
        self.retranslate()

    # -- loading and reading ---------------------------------------------

    def load(self, record: ProblemRecord, village_fixed: bool = True) -> None:
        """Show a record; `village_fixed` False lets the user choose the village (a new problem)."""
        self._loaded = record
        self._loading = True
        self._village_id = record.village_id or None
        self.description.setPlainText(record.description)
        self._set_combo(self.category, record.category.value if record.category else None)
        self._fill_aspects()
        self._set_combo(self.aspect, record.aspect.value if record.aspect else None)
        for t, box in self.weakness.items():
            box.setChecked(t in record.weakness_types)
        self._set_combo(self.source, record.source.value)
        for name, line in self.lines.items():
            line.set_value(getattr(record, name))
            line.set_rule_message(None)
        self.note.setPlainText(record.note)
        self._loading = False
        self.choose_village.setVisible(not village_fixed)
        for message in self.messages.values():
            message.say(None)
        self._show_village()

    def set_version(self, record: ProblemRecord) -> None:
        """A move made meanwhile: keep the edits, take the stored version and
        status. Fields changed elsewhere (another window saved, a plan's
        approval set the deadline) keep the version read: saving the edits
        would overwrite them, so the service refuses it and says why."""
        if self._loaded is not None:
            if any(getattr(record, name) != getattr(self._loaded, name) for name in EDITED_FIELDS):
                return
            self._loaded = dataclasses.replace(
                self._loaded, row_version=record.row_version, status=record.status, status_on=record.status_on,
                closed_by=record.closed_by, reopen_count=record.reopen_count)

    def record(self) -> ProblemRecord:
        base = self._loaded or ProblemRecord("", 0, "")
        return dataclasses.replace(
            base, village_id=self._village_id or "", description=self.description.toPlainText().strip(),
            category=ProblemCategory.parse(self.category.currentData()),
            aspect=ProblemAspect.parse(self.aspect.currentData()),
            weakness=weakness_mask(t for t, box in self.weakness.items() if box.isChecked()),
            source=ProblemSource(self.source.currentData()),
            source_ref=(self.lines["source_ref"].value() or "").strip(),
            found_on=self.lines["found_on"].value(), deadline=self.lines["deadline"].value(),
            responsible_leader=(self.lines["responsible_leader"].value() or "").strip(),
            responsible_person=(self.lines["responsible_person"].value() or "").strip(),
            note=self.note.toPlainText().strip())

    def is_dirty(self) -> bool:
        return self._loaded is not None and (self.record() != self._loaded or self.pending_error() is not None)

    def pending_error(self) -> str | None:
        """A date typed that is not a date yet."""
        return next((line.message for line in self.lines.values() if line.message), None)

    # -- messages --------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field = {}
        for e in errors:
            by_field.setdefault(e.field, []).append(e.message)
        for name, message in self.messages.items():
            message.say(" ".join(by_field.get(name, [])) or None)
        for name, line in self.lines.items():
            line.set_rule_message(" ".join(by_field.get(name, [])) or None)
        first = next((e.field for e in errors), None)
        widget = {"description": self.description, "category": self.category, "aspect": self.aspect,
                  "village_id": self.choose_village}.get(first) or (self.lines[first].edit if first in self.lines else None)
        if widget is not None:
            widget.setFocus()

    def message_of(self, field: str) -> str | None:
        if field in self.messages:
            return self.messages[field].text() if self.messages[field].isVisibleTo(self) else None
        return self.lines[field].message

    def _on_edit(self, field: str | None) -> None:
        if self._loading:
            return
        # A field edited: its old message no longer holds.
        if field in self.messages:
            self.messages[field].say(None)
        elif field in self.lines:
            self.lines[field].set_rule_message(None)
        self.edited.emit()

    def _on_category(self, _index: int) -> None:
        aspect = self.aspect.currentData()
        self._fill_aspects()
        self._set_combo(self.aspect, aspect)
        if not self._loading:
            self.messages["category"].say(None)
            self._on_edit("aspect")

    # -- village ---------------------------------------------------------

    def pick_village(self) -> SearchPickerDialog:
        def search(text: str):
            return [(" ".join(x for x in (zh, bo, code or "") if x), vid) for vid, zh, bo, code in self.ws.villages.find(text, 50)]

        self.picker = SearchPickerDialog(self.tr("Choose the village"), self.tr("Name or division code"), search, self)
        self.picker.chosen.connect(self.set_village)
        self.picker.open()
        return self.picker

    def set_village(self, village_id: str) -> None:
        self._village_id = village_id
        self.messages["village_id"].say(None)
        self._show_village()
        self.edited.emit()

    def _show_village(self) -> None:
        vid = self._village_id
        if not vid:
            self.village.setText(self.tr("(choose the village)"))
            return
        self.village.setText(village_text(self.ws.ledger.village_names([vid]).get(vid), self._language))

    # -- language --------------------------------------------------------

    @staticmethod
    def _set_combo(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _fill_aspects(self) -> None:
        category = ProblemCategory.parse(self.category.currentData())
        self.aspect.blockSignals(True)
        self.aspect.clear()
        self.aspect.addItem(self.tr("(no aspect)"), None)
        for a in category.aspects if category else ():
            self.aspect.addItem(a.label, a.value)
        self.aspect.blockSignals(False)
        self.aspect.setEnabled(category is not None)

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        loading, self._loading = self._loading, True
        category, aspect, source = self.category.currentData(), self.aspect.currentData(), self.source.currentData()
        self.category.clear()
        self.category.addItem(self.tr("(choose)"), None)
        for c in ProblemCategory:
            self.category.addItem(c.label, c.value)
        self._set_combo(self.category, category)
        self._fill_aspects()
        self._set_combo(self.aspect, aspect)
        self.source.clear()
        for s in ProblemSource:
            self.source.addItem(s.label, s.value)
        self._set_combo(self.source, source or ProblemSource.OTHER.value)
        for t, box in self.weakness.items():
            box.setText(t.short_label)
            box.setToolTip(t.label)
        texts = {"village": self.tr("Village"), "description": self.tr("Problem"), "category": self.tr("Category"),
                 "aspect": self.tr("Aspect"), "weakness": self.tr("Weakness types"), "source": self.tr("Found by"),
                 "source_ref": self.tr("Where exactly"), "found_on": self.tr("Date found"),
                 "deadline": self.tr("Deadline"), "responsible_leader": self.tr("Responsible leader"),
                 "responsible_person": self.tr("Responsible person"), "note": self.tr("Note")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.description.setPlaceholderText(self.tr("What is wrong, clearly enough to check when it is solved"))
        self.lines["source_ref"].edit.setPlaceholderText(self.tr("Inspection item, petition number, visit…"))
        for name in ("found_on", "deadline"):
            self.lines[name].edit.setPlaceholderText(self.tr("e.g. 2026-11-23"))
            self.lines[name].recheck()
        self.choose_village.setText(self.tr("Choose…"))
        self._loading = loading
        if self._loaded is not None:
            self._show_village()
