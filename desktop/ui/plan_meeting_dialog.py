"""The village representatives' meeting that reviews a draft plan: its
date, how many representatives attended of how many due, and its
resolution. The service decides what is acceptable; its refusal is shown
in the dialog, which stays open for the fix."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.validation import parse_date
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage, ValidatedLine


class PlanMeetingDialog(Retranslating, QDialog):
    recorded = Signal(object)     # the change set

    def __init__(self, workspace, plan_id: str, version: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planMeetingDialog")
        self.ws = workspace
        self.plan_id = plan_id
        self.version = version
        self.changeset = None

        self.on = ValidatedLine(parse_date, lambda d: d.isoformat() if d else "", self)
        self.on.setObjectName("meetingDate")
        self.on.set_value(workspace.today())
        self.present = QSpinBox(self)
        self.present.setObjectName("meetingPresent")
        self.present.setRange(0, 999)
        self.expected = QSpinBox(self)
        self.expected.setObjectName("meetingExpected")
        self.expected.setRange(0, 999)
        self.resolution = QPlainTextEdit(self)
        self.resolution.setObjectName("meetingResolution")
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFont(fonts.tibetan_font(self.font()))
        self.resolution.setFixedHeight(fonts.row_height() * 3 + 10)
        self.message = FieldMessage(self)
        self.message.setObjectName("meetingMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.labels = {key: QLabel(self) for key in ("on", "present", "expected", "resolution")}
        form = QFormLayout()
        form.addRow(self.labels["on"], self.on)
        form.addRow(self.labels["present"], self.present)
        form.addRow(self.labels["expected"], self.expected)
        form.addRow(self.labels["resolution"], self.resolution)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(560, 380)

    def accept(self) -> None:
        if self.on.message:
            self.on.edit.setFocus()
            return
        expected = self.expected.value() or None     # 0: not known
        try:
            changeset = self.ws.plans.record_meeting(self.plan_id, self.version, self.on.value(),
                                                     self.present.value(), expected,
                                                     self.resolution.toPlainText())
        except VillageDeskError as exc:
            self.message.say(exc.message)
            return
        self.changeset = changeset
        self.recorded.emit(changeset)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Village representatives' meeting"))
        self.labels["on"].setText(self.tr("Date of the meeting"))
        self.labels["present"].setText(self.tr("Representatives present"))
        self.labels["expected"].setText(self.tr("Representatives due"))
        self.labels["resolution"].setText(self.tr("Resolution"))
        self.expected.setSpecialValueText(self.tr("not known"))
        self.on.recheck()
        self.resolution.setPlaceholderText(self.tr("What the meeting decided about the plan"))
