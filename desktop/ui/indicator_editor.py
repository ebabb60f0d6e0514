"""One indicator of a checklist, answered: the question, how to check it,
the answer by its kind, "not applicable" with a note, the evidence attached,
and whether the answer meets the standard, updated as the user answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.checklists import DEFAULT_PASS_FRACTION, Indicator
from desktop.core.inspection_terms import ScoringKind
from desktop.core.inspections import EvidenceRecord
from desktop.core.scoring import Answer, fraction, parse_value
from desktop.core.terms import weakness_short_labels
from desktop.ui import fonts
from desktop.ui.evidence_panel import EvidencePanel
from desktop.ui.inspection_text import (
    FAIL_COLOUR,
    MUTED_COLOUR,
    PASS_COLOUR,
    WARN_COLOUR,
    fit_data_font,
    has_tibetan,
    number,
    percent,
    tooltip_text,
)
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage, ValidatedLine

# The chosen answer stands out, also when the form is read-only.
ANSWER_STYLE = """
QPushButton[answer="true"]:checked { background: #1565c0; color: white; border: 1px solid #0d47a1;
                                     border-radius: 3px; padding: 3px; }
QPushButton[answer="true"]:checked:disabled { background: #546e7a; border-color: #37474f; }
QRadioButton:checked { font-weight: bold; }
"""
SCALE_BUTTONS_UP_TO = 10      # a larger scale gets a spin box
COUNT_TOP = 10_000_000


class IndicatorEditor(Retranslating, QFrame):
    changed = Signal(str)                       # indicator code, after any edit by the user
    add_evidence_requested = Signal(str, str)   # indicator code, file path chosen
    remove_evidence_requested = Signal(object)  # EvidenceRecord
    open_evidence_requested = Signal(object)    # EvidenceRecord

    def __init__(self, indicator: Indicator, language: str, pass_fraction: float = DEFAULT_PASS_FRACTION,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = ind = indicator
        self.code = ind.code
        self.setObjectName(f"indicator_{ind.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(ANSWER_STYLE)
        self._language = language
        self._pass_fraction = pass_fraction
        self._loading = False
        self._read_only = False
        self._message: str | None = None
        self._note_in_tibetan = False

        self.code_label = QLabel(ind.code, self)
        self.code_label.setStyleSheet("font-weight: bold;")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("indicatorText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance_button = QToolButton(self)
        self.guidance_button.setObjectName("guidanceToggle")
        self.guidance_button.setText("?")
        self.guidance_button.setCheckable(True)
        self.guidance_label = QLabel(self)
        self.guidance_label.setObjectName("guidance")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setStyleSheet(f"color: {MUTED_COLOUR}; background: #f4f6f8; padding: 4px;")
        self.guidance_label.hide()
        self.weight_label = QLabel(self)
        self.weight_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.veto_label = QLabel(self)
        self.veto_label.setObjectName("veto")
        self.veto_label.setStyleSheet(f"color: {FAIL_COLOUR}; border: 1px solid {FAIL_COLOUR}; "
                                      "border-radius: 3px; padding: 0 4px;")
        self.veto_label.setVisible(ind.veto)

        self.answer_row = QHBoxLayout()
        self.answer_row.setSpacing(8)
        self.choices = QButtonGroup(self)      # yes/no and small scales
        self.yes = self.no = None
        self.spin: QSpinBox | None = None
        self.number: ValidatedLine | None = None
        self.unit_label: QLabel | None = None
        self._build_answer()
        self.not_applicable = QCheckBox(self)
        self.not_applicable.setObjectName("notApplicable")
        self.evidence_button = QPushButton(self)
        self.evidence_button.setObjectName("evidenceButton")
        self.evidence_button.setCheckable(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setClearButtonEnabled(True)
        self.note_message = FieldMessage(self)
        self.marker = QLabel(self)
        self.marker.setObjectName("marker")
        self.marker.setWordWrap(True)

        self.evidence_panel = EvidencePanel(ind.code, language, self)
        self.evidence_panel.hide()
        # The panel's parts, named for callers and tests.
        self.evidence_list = self.evidence_panel.files
        self.add_file_button = self.evidence_panel.add_button
        self.open_file_button = self.evidence_panel.open_button
        self.remove_file_button = self.evidence_panel.remove_button

        head = QGridLayout()
        head.setHorizontalSpacing(8)
        head.addWidget(self.code_label, 0, 0)
        head.addWidget(self.text_label, 0, 1)
        badges = QHBoxLayout()
        badges.addWidget(self.veto_label)
        badges.addWidget(self.weight_label)
        badges.addWidget(self.guidance_button)
        head.addLayout(badges, 0, 2, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.guidance_label, 1, 1, 1, 2)
        head.setColumnStretch(1, 1)
        self.answer_row.addSpacing(12)
        self.answer_row.addWidget(self.not_applicable)
        self.answer_row.addStretch()
        self.answer_row.addWidget(self.evidence_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(self.answer_row)
        layout.addWidget(self.evidence_panel)
        layout.addWidget(self.note)
        layout.addWidget(self.note_message)
        layout.addWidget(self.marker)

        self.guidance_button.toggled.connect(self.guidance_label.setVisible)
        self.not_applicable.toggled.connect(self._edited)
        self.note.textEdited.connect(self._edited)
        self.note.textChanged.connect(self._fit_note_font)
        self.evidence_button.toggled.connect(self.evidence_panel.setVisible)
        self.evidence_panel.add_requested.connect(lambda path: self.add_evidence_requested.emit(self.code, path))
        self.evidence_panel.remove_requested.connect(self.remove_evidence_requested)
        self.evidence_panel.open_requested.connect(self.open_evidence_requested)
        self.set_language(language)
        self.retranslate()

    # -- the answer widgets ----------------------------------------------

    def _build_answer(self) -> None:
        ind = self.indicator
        if ind.kind is ScoringKind.YES_NO:
            self.yes, self.no = QRadioButton(self), QRadioButton(self)
            self.yes.setObjectName("yes")
            self.no.setObjectName("no")
            for value, button in ((1, self.yes), (0, self.no)):
                self.choices.addButton(button, value)
                self.answer_row.addWidget(button)
        elif ind.kind is ScoringKind.SCALE and ind.scale_max <= SCALE_BUTTONS_UP_TO:
            for value in range(ind.scale_max + 1):
                button = QPushButton(str(value), self)
                button.setObjectName(f"scale_{value}")
                button.setCheckable(True)
                button.setProperty("answer", True)
                button.setFixedWidth(button.fontMetrics().horizontalAdvance("000") + 16)
                self.choices.addButton(button, value)
                self.answer_row.addWidget(button)
            self.answer_row.addWidget(QLabel(f"/ {ind.scale_max}", self))
        elif ind.kind in (ScoringKind.SCALE, ScoringKind.COUNT):
            self.spin = QSpinBox(self)
            self.spin.setObjectName("spin")
            self.spin.setRange(-1, ind.scale_max if ind.kind is ScoringKind.SCALE else COUNT_TOP)
            self.spin.setSpecialValueText("—")        # -1: not answered yet
            self.spin.setValue(-1)
            self.spin.setMinimumWidth(100)
            self.spin.valueChanged.connect(self._edited)
            self.answer_row.addWidget(self.spin)
        else:
            self.number = ValidatedLine(self._parse_number, number, self)
            self.number.setObjectName("number")
            self.number.setFixedWidth(200)
            # After the field's own parsing (connected first); unparsable text too, so the marker follows.
            self.number.edit.textEdited.connect(lambda _t: self._edited())
            self.answer_row.addWidget(self.number)
        if ind.kind in (ScoringKind.BANDS, ScoringKind.COUNT):
            self.unit_label = QLabel(self)
            self.answer_row.addWidget(self.unit_label)
        if ind.kind is ScoringKind.SCALE and self.spin is not None:
            self.answer_row.addWidget(QLabel(f"/ {ind.scale_max}", self))
        self.choices.setExclusive(True)
        self.choices.idClicked.connect(lambda _id: self._edited())

    def _parse_number(self, text: str) -> tuple[float | None, str | None]:
        if not text.strip():
            return None, None
        try:
            return parse_value(self.indicator, text), None
        except ValueError as e:
            return None, str(e)

    def _answer_buttons(self) -> list[QAbstractButton]:
        return self.choices.buttons()

    def value(self) -> float | None:
        """The value as answered now; None if not (or not validly) answered."""
        if self.choices.buttons():
            checked = self.choices.checkedId()
            return None if checked < 0 else float(checked)
        if self.spin is not None:
            return None if self.spin.value() < 0 else float(self.spin.value())
        return self.number.value() if self.number is not None and not self.number.message else None

    def _set_value(self, value: float | None) -> None:
        if self.choices.buttons():
            self.choices.setExclusive(False)
            for button in self.choices.buttons():
                button.setChecked(value is not None and self.choices.id(button) == int(round(value)))
            self.choices.setExclusive(True)
        elif self.spin is not None:
            self.spin.setValue(-1 if value is None else int(value))
        elif self.number is not None:
            self.number.set_value(value)

    # -- state -----------------------------------------------------------

    def set_answer(self, answer: Answer | None) -> None:
        """Show a stored answer (no `changed` signal)."""
        self._loading = True
        try:
            self._set_value(answer.value if answer else None)
            self.not_applicable.setChecked(bool(answer and answer.not_applicable))
            self.note.setText(answer.note if answer else "")
        finally:
            self._loading = False
        self._refresh()

    def answer(self) -> Answer:
        na = self.not_applicable.isChecked()
        return Answer(self.code, None if na else self.value(), na, self.note.text().strip())

    def pending_error(self) -> str | None:
        """What must be fixed before the answer can be saved."""
        if self.number is not None and self.number.message and not self.not_applicable.isChecked():
            return f"{self.code}: {self.number.message}"
        if self.not_applicable.isChecked() and not self.note.text().strip():
            return self.tr("{code}: say in the note why it does not apply.").format(code=self.code)
        return None

    @property
    def evidence(self) -> list[EvidenceRecord]:
        return self.evidence_panel.evidence

    def set_evidence(self, records: list[EvidenceRecord]) -> None:
        self.evidence_panel.set_evidence(records)
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_controls()

    def set_message(self, message: str | None) -> None:
        """A message from saving (the service's check), shown until the next edit."""
        self._message = message
        self._refresh()

    def focus_answer(self) -> None:
        target = (self.choices.checkedButton() or (self.choices.buttons() or [None])[0]) or self.spin or \
            (self.number.edit if self.number is not None else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_note_font(self, text: str) -> None:
        """Notes are typed in either script; Tibetan gets a font whose lines hold its stacks."""
        tibetan = self._language != "bo_CN" and has_tibetan(text)
        if tibetan != self._note_in_tibetan:
            self._note_in_tibetan = tibetan
            self.note.setFont(fonts.tibetan_font(self.font()) if tibetan else self.font())

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._message = None
        self._refresh()
        self.changed.emit(self.code)

    def _refresh(self) -> None:
        self._update_controls()
        self._update_marker()
        if self.not_applicable.isChecked() and not self.note.text().strip():
            self.note_message.say(self.tr("Not applicable: say in the note why it does not apply."))
        else:
            self.note_message.say(self._message)
        count = len(self.evidence)
        text = self.tr("Evidence needed ({count})") if self.indicator.evidence else self.tr("Evidence ({count})")
        self.evidence_button.setText(text.format(count=count))

    def _update_controls(self) -> None:
        na = self.not_applicable.isChecked()
        editable = not self._read_only
        for button in self.choices.buttons():
            button.setEnabled(editable and not na)
        if self.spin is not None:
            self.spin.setEnabled(editable and not na)
        if self.number is not None:
            self.number.edit.setReadOnly(not editable)
            self.number.setEnabled(not na)
        self.not_applicable.setEnabled(editable)
        self.note.setReadOnly(not editable)
        self.evidence_panel.set_read_only(not editable)
        self.note.setPlaceholderText(self.tr("Note (what was found, why it does not apply)") if editable else "")

    def _update_marker(self) -> None:
        ind, a = self.indicator, self.answer()
        if a.not_applicable:
            self._mark(self.tr("Not applicable"), MUTED_COLOUR)
            return
        if a.value is None:
            self._mark(self.tr("Not answered yet"), MUTED_COLOUR)
            return
        f = fraction(ind, a.value)
        share = "" if ind.kind is ScoringKind.YES_NO else " " + self.tr("({percent} of the weight)").format(
            percent=percent(f))
        if f >= self._pass_fraction:
            text = "✓ " + self.tr("Meets the standard") + share
            if ind.evidence and not self.evidence:
                self._mark(text + " · " + self.tr("attach evidence before finalising"), WARN_COLOUR)
            else:
                self._mark(text, PASS_COLOUR)
            return
        parts = ["✗ " + self.tr("Does not meet the standard") + share]
        if ind.weakness:
            parts.append(weakness_short_labels(ind.weakness))
        if ind.remedy:
            parts.append(ind.remedy.label)
        if ind.veto:
            parts.append(self.tr("veto item failed: the warning is red"))
        self._mark(" · ".join(parts), FAIL_COLOUR)

    def _mark(self, text: str, colour: str) -> None:
        self.marker.setText(text)
        self.marker.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        ind = self.indicator
        text = ind.text.get(language)
        other = ind.text.zh if language.startswith("bo") else ind.text.bo
        self.text_label.setText(text)
        fit_data_font(self.text_label, text, language)
        self.text_label.setToolTip(tooltip_text(other if other != text else ""))
        guidance = ind.guidance.get(language)
        self.guidance_label.setText(guidance)
        fit_data_font(self.guidance_label, guidance, language)
        self.guidance_button.setVisible(bool(guidance))
        if self.unit_label is not None:
            unit = ind.unit.get(language)
            self.unit_label.setText(unit)
            fit_data_font(self.unit_label, unit, language)
        self.retranslate()

    def _band_table(self) -> str:
        unit = self.indicator.unit.get(self._language)
        lines = [self.tr("From {start} {unit}: {percent} of the weight").format(
            start=number(b.start), unit=unit, percent=percent(b.score)) for b in self.indicator.bands]
        return "\n".join(lines)

    def retranslate(self) -> None:
        ind = self.indicator
        self.weight_label.setText(self.tr("Weight {weight}").format(weight=number(ind.weight)))
        self.veto_label.setText(self.tr("Veto"))
        self.veto_label.setToolTip(self.tr("Failing this item makes the warning red whatever the score "
                                           "(one-vote veto)."))
        self.guidance_button.setToolTip(self.tr("How to check it"))
        if self.yes is not None:
            self.yes.setText(self.tr("Yes"))
            self.no.setText(self.tr("No"))
        if ind.bands:
            table = tooltip_text(self._band_table())
            for w in (self.number, self.spin, self.unit_label):   # the field's own tooltip is its message
                if w is not None:
                    w.setToolTip(table)
        self.not_applicable.setText(self.tr("Not applicable"))
        self.evidence_button.setToolTip(self.tr("A \"met\" answer needs a file attached.") if ind.evidence
                                        else self.tr("Files that back the answer (photos, minutes, accounts)."))
        self._refresh()
