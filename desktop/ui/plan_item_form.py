"""One item of a village plan, edited field by field: the problem it
answers (read-only, from the ledger), the county's comment on it from the
last decision, and the "五定" — goal, what will be done, measures,
deadline, responsible leader and responsible person.

Check failures are shown under the field they name, the field tinted, so
the cadre sees what to fix where the fixing happens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plans import ITEM_FIELDS, field_label
from desktop.core.validation import parse_date
from desktop.ui import fonts
from desktop.ui.inspection_text import MUTED_COLOUR, WARN_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.validated_field import FieldMessage, ValidatedLine

LINE_FIELDS = ("goal", "responsible_leader", "responsible_person")
TEXT_FIELDS = ("content", "measures")
FAILED_STYLE = "{kind} {{ background: #fde7e7; border: 1px solid #b3261e; }}"
COMMENT_STYLE = (f"QLabel {{ background: #fff4d6; color: {WARN_COLOUR}; border: 1px solid #f0c36d; "
                 "border-radius: 3px; padding: 4px; }")


class PlanItemForm(Retranslating, QScrollArea):
    """`edited(field, value)` for each change the user makes; showing an
    item (`show_item`) emits nothing."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planItemForm")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._showing = False
        self._messages: dict[str, str] = {}
        body = QWidget(self)
        data_font = fonts.tibetan_font(self.font())

        self.title = QLabel(body)
        self.title.setStyleSheet("font-weight: bold;")
        self.problem = QLabel(body)
        self.problem.setObjectName("planItemProblem")
        self.problem.setWordWrap(True)
        self.problem.setFont(data_font)
        self.comment = QLabel(body)
        self.comment.setObjectName("planItemComment")
        self.comment.setWordWrap(True)
        self.comment.setFont(data_font)
        self.comment.setStyleSheet(COMMENT_STYLE)
        self.edits: dict[str, QWidget] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit(body)
            edit.setFont(data_font)
            edit.textEdited.connect(lambda text, name=name: self._edited(name, text))
            self.edits[name] = edit
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(body)
            edit.setFont(data_font)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(fonts.row_height() * (3 if name == "measures" else 2) + 10)
            edit.textChanged.connect(lambda name=name, edit=edit: self._edited(name, edit.toPlainText()))
            self.edits[name] = edit
        self.deadline = ValidatedLine(parse_date, lambda d: d.isoformat() if d else "", body)
        self.deadline.changed.connect(lambda value: self._edited("deadline", value))
        self.edits["deadline"] = self.deadline.edit
        for name, edit in self.edits.items():
            edit.setObjectName(f"planItem_{name}")
        self.field_messages = {name: FieldMessage(body) for name in ("problem", *TEXT_FIELDS, *LINE_FIELDS)}

        # The problem and the comment run the full width above the form:
        # wrapped labels inside a form layout get heights for the wrong width.
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {name: QLabel(body) for name in ("problem", *ITEM_FIELDS)}
        self.labels["problem"].setStyleSheet(f"color: {MUTED_COLOUR};")
        for name in ITEM_FIELDS:
            self.labels[name].setWordWrap(True)
            field = self.deadline if name == "deadline" else self._with_message(body, self.edits[name], name)
            self.form.addRow(self.labels[name], field)
        self.empty = QLabel(body)
        self.empty.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.labels["problem"])
        layout.addWidget(self.problem)
        layout.addWidget(self.field_messages["problem"])
        layout.addWidget(self.comment)
        layout.addLayout(self.form)
        layout.addStretch()
        self.setWidget(body)
        self.show_item(None)
        self.retranslate()

    def sizeHint(self) -> QSize:
        # It scrolls: asking for the whole form would starve the item table above it.
        return QSize(480, 240)

    def _with_message(self, parent: QWidget, field: QWidget, name: str) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self.field_messages[name])
        return box

    # -- showing ---------------------------------------------------------

    def show_item(self, number: int | None, values: dict | None = None, problem: str = "",
                  comment: str = "", comment_round: int | None = None) -> None:
        """Item `number` (1-based; None: no item selected)."""
        self._showing = True
        try:
            self._number = number
            values = values or {}
            for name in (*LINE_FIELDS, *TEXT_FIELDS):
                edit = self.edits[name]
                text = values.get(name, "") or ""
                if isinstance(edit, QPlainTextEdit):
                    if edit.toPlainText() != text:
                        edit.setPlainText(text)
                elif edit.text() != text:
                    edit.setText(text)
            self.deadline.set_value(values.get("deadline"))
            self.problem.setText(problem)
            self._comment, self._comment_round = comment, comment_round
            self._show_comment()
            for w in (*self.labels.values(), *self.edits.values(), self.problem, self.deadline):
                w.setVisible(number is not None)
            self.empty.setVisible(number is None)
            self._show_title()
        finally:
            self._showing = False

    def _show_title(self) -> None:
        self.title.setText(self.tr("Item {n}").format(n=self._number) if self._number else "")

    def _show_comment(self) -> None:
        if self._comment:
            self.comment.setText(self.tr("County comment (round {round}): {comment}").format(
                round=self._comment_round, comment=self._comment))
        self.comment.setVisible(bool(self._comment) and self._number is not None)

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)

    def mark(self, messages: dict[str, str]) -> None:
        """The check's failures for this item: field -> sentence."""
        self._messages = dict(messages)
        for name, label in self.field_messages.items():
            label.say(messages.get(name))
        for name, edit in self.edits.items():
            message = messages.get(name)
            if name == "deadline":
                self.deadline.set_rule_message(message)
                continue
            kind = type(edit).__name__
            edit.setStyleSheet(FAILED_STYLE.format(kind=kind) if message else "")
            edit.setToolTip(message or "")
        self.problem.setStyleSheet(FAILED_STYLE.format(kind="QLabel") if messages.get("problem") else "")

    def focus(self, name: str) -> None:
        widget = self.edits.get(name, self.problem)
        self.ensureWidgetVisible(widget)
        if widget is not self.problem:
            widget.setFocus()

    def _edited(self, name: str, value: object) -> None:
        if self._showing or self._number is None:
            return
        self.edited.emit(name, value)

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(field_label(name))
        self.edits["goal"].setPlaceholderText(self.tr("What the village will look like when it is solved"))
        self.edits["measures"].setPlaceholderText(
            self.tr("Concrete actions: who does what, how many, by when"))
        self.deadline.edit.setPlaceholderText(self.tr("e.g. 2027-03-31"))
        self.deadline.recheck()
        self.empty.setText(self.tr("Choose an item in the plan to edit it."))
        self._show_title()
        self._show_comment()
