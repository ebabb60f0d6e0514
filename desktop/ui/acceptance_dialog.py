"""One acceptance review (转化评定) of a village: the level (preset to the
one that comes next), passed or not, the day, who decided and their
comments, which are required when the village did not pass: they tell the
township what to fix. The rules (the order of levels, dates) are the
service's; a refusal is shown here, in the dialog, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult
from desktop.core.validation import normalise_text, parse_date
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage, ValidatedLine, fit_height, text_field
from desktop.ui.warning_grid_model import village_name


class AcceptanceDialog(Retranslating, QDialog):
    changed = Signal(object, str)   # change set, undo description

    def __init__(self, workspace, village_id: str, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceDialog")
        self.ws = workspace
        self.village_id = village_id
        self._language = language
        self.changeset: ChangeSet | None = None
        self._names = workspace.villages.names([village_id]).get(village_id, ("", ""))
        preset = workspace.acceptance.next_level(village_id)

        self.village = QLabel(self)
        self.village.setFont(fonts.tibetan_font(self.font()))
        self.level = QComboBox(self)
        self.level.setObjectName("level")
        self.results = QButtonGroup(self)
        self.result_buttons: dict[AcceptanceResult, QRadioButton] = {}
        results_row = QHBoxLayout()
        for i, result in enumerate(AcceptanceResult):
            button = QRadioButton(self)
            button.setObjectName(f"result_{result.value}")
            self.results.addButton(button, i)
            self.result_buttons[result] = button
            results_row.addWidget(button)
        results_row.addStretch()
        self.on = ValidatedLine(parse_date, parent=self)
        self.on.setObjectName("decidedOn")
        self.decided_by = text_field(self)
        self.decided_by.setObjectName("decidedBy")
        self.decided_by.edit.setFont(fonts.tibetan_font(self.font()))
        self.comments = QPlainTextEdit(self)
        self.comments.setObjectName("comments")
        self.comments.setTabChangesFocus(True)
        self.comments.setFont(fonts.tibetan_font(self.font()))
        self.comments.setMinimumHeight(fonts.row_height() * 3)
        self.message = FieldMessage(self)
        self.message.setObjectName("refusal")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)

        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in ("village", "level", "result", "on", "decided_by", "comments")}
        for key, widget in (("village", self.village), ("level", self.level), ("result", results_row),
                            ("on", self.on), ("decided_by", self.decided_by), ("comments", self.comments)):
            self.form.addRow(self.labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # What was refused is fixed by changing something: the message goes.
        self.level.currentIndexChanged.connect(lambda _i: self.message.say(None))
        self.results.idClicked.connect(lambda _i: self._on_result())
        self.on.edit.textEdited.connect(lambda _t: self.message.say(None))
        self.on.edit.textEdited.connect(lambda _t: fit_height(self))     # its message may have appeared
        self.comments.textChanged.connect(lambda: self.message.say(None))

        self.on.set_value(workspace.today())
        self._fill_levels(preset or AcceptanceLevel.TOWNSHIP)
        self.retranslate()
        self.resize(620, self.height())
        fit_height(self, shrink=True)

    def _fill_levels(self, current: AcceptanceLevel) -> None:
        self.level.blockSignals(True)
        self.level.clear()
        for level in AcceptanceLevel:
            self.level.addItem(level.label, level)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)

    def chosen_level(self) -> AcceptanceLevel:
        return AcceptanceLevel(self.level.currentData())    # Qt hands the enum back as its str value

    def set_level(self, level: AcceptanceLevel) -> None:
        self.level.setCurrentIndex(self.level.findData(level))

    def result(self) -> AcceptanceResult | None:
        button = self.results.checkedButton()
        return next((r for r, b in self.result_buttons.items() if b is button), None)

    def _on_result(self) -> None:
        self.message.say(None)
        self._label_comments()

    def _label_comments(self) -> None:
        failed = self.result() is AcceptanceResult.FAILED
        self.labels["comments"].setText(self.tr("Comments (required)") if failed else self.tr("Comments"))

    def accept(self) -> None:
        result = self.result()
        if result is None:
            self.message.say(self.tr("Choose whether the village passed."))
            fit_height(self)
            return
        if self.on.message:
            self.on.edit.setFocus()
            return
        level, comments = self.chosen_level(), self.comments.toPlainText().strip()
        try:
            _id, changeset = self.ws.acceptance.record(self.village_id, level, result, self.on.value(),
                                                       normalise_text(self.decided_by.value()), comments)
        except VillageDeskError as exc:
            self.message.say(exc.message)
            fit_height(self)
            return
        self.changeset = changeset
        self.changed.emit(changeset, self.tr("record the {level} of {village}: {result}").format(
            level=level.inline_label, village=village_name(self._names, self._language), result=result.label))
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Acceptance review: {village}").format(
            village=village_name(self._names, self._language)))
        self.village.setText(" · ".join(n for n in self._names if n))
        self.labels["village"].setText(self.tr("Village"))
        self.labels["level"].setText(self.tr("Level"))
        self.labels["result"].setText(self.tr("Result"))
        self.labels["on"].setText(self.tr("Date"))
        self.labels["decided_by"].setText(self.tr("Decided by"))
        self._label_comments()
        self.decided_by.edit.setPlaceholderText(self.tr("the body or person that decided"))
        self.on.edit.setPlaceholderText(self.tr("e.g. 2026-11-20"))
        self.on.recheck()
        for result, button in self.result_buttons.items():
            button.setText(result.label)
        self._fill_levels(self.chosen_level())
