"""An editor with its message right under it, checked as the user types."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

T = TypeVar("T")

ERROR_STYLE = "color: #b3261e;"
INVALID_EDIT_STYLE = "QLineEdit { border: 1px solid #b3261e; }"
INVALID_CELL = QBrush(QColor("#fde7e7"))   # a table cell whose value is refused


class FieldMessage(QLabel):
    """The red line under a field; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class ValidatedLine(QWidget, Generic[T]):
    """A line edit whose text is parsed into a value (or a message) as typed.

    `parse(text) -> (value, message)`; `changed(value)` is emitted only for
    text that parses. `message` holds what the user must fix, from parsing
    or set from outside (a record rule, the database).
    """

    changed = Signal(object)

    def __init__(self, parse: Callable[[str], tuple[T | None, str | None]],
                 format_: Callable[[T | None], str] = lambda v: "" if v is None else str(v),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parse = parse
        self._format = format_
        self._parse_message: str | None = None
        self._rule_message: str | None = None
        self.edit = QLineEdit(self)
        self.message_label = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message_label)
        self.edit.textEdited.connect(self._on_edited)

    def set_value(self, value: T | None) -> None:
        """Show a stored value (not an edit: no signal)."""
        self.edit.setText(self._format(value))
        self._parse_message = None
        self._refresh()

    def value(self) -> T | None:
        return self._parse(self.edit.text())[0]

    def _on_edited(self, text: str) -> None:
        value, self._parse_message = self._parse(text)
        self._refresh()
        if self._parse_message is None:
            self.changed.emit(value)

    def recheck(self) -> None:
        """Parse again (the language changed, so the message must too)."""
        if self._parse_message is not None:
            self._parse_message = self._parse(self.edit.text())[1]
            self._refresh()

    def set_rule_message(self, message: str | None) -> None:
        self._rule_message = message
        self._refresh()

    @property
    def message(self) -> str | None:
        return self._parse_message or self._rule_message

    def _refresh(self) -> None:
        message = self.message
        self.message_label.say(message)
        self.edit.setStyleSheet(INVALID_EDIT_STYLE if message else "")
        self.edit.setToolTip(message or "")


def text_field(parent: QWidget | None = None) -> ValidatedLine[str]:
    return ValidatedLine(lambda t: (t, None), lambda v: v or "", parent)


def fit_height(window: QWidget, shrink: bool = False) -> None:
    """Make a dialog as tall as its fields and messages now need: a
    top-level window does not grow by itself for word-wrapped messages that
    appear, or rows that a choice shows, and they would be drawn over each
    other. `shrink` also takes back what rows now hidden left empty."""
    layout = window.layout()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    needed = max(needed, layout.totalMinimumSize().height())
    if shrink or needed > window.height():
        window.resize(window.width(), needed)
