"""One field for a long number typed from paper in groups: a fingerprint
from an enrolment slip, a recovery key from its sheet.

Whatever is typed or pasted keeps only its digits (full-width ones from a
Chinese input method and Tibetan ones too, core/sync_identity.typed_digits)
and is shown again grouped as on the paper, with the cursor after the same
digit: the user types straight on, with or without spaces or dashes.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.sync_identity import typed_digits
from desktop.ui.trust_text import digits_font


class GroupedDigitsEdit(QLineEdit):
    """`length` digits shown by `grouped` in groups of `group` (one
    separator character between groups)."""

    digits_changed = Signal(str)

    def __init__(self, length: int, group: int, grouped: Callable[[str], str], point_size: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.length, self.group, self.grouped = length, group, grouped
        self.setFont(digits_font(point_size))
        self.setPlaceholderText(grouped("0" * length))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * (length + length // group)) + 16)
        self.textEdited.connect(self._edited)

    def digits(self) -> str:
        return typed_digits(self.text())[:self.length]

    def is_complete(self) -> bool:
        return len(self.digits()) == self.length

    def set_digits(self, text: str) -> None:
        digits = typed_digits(text)[:self.length]
        self.setText(self.grouped(digits))
        self.digits_changed.emit(digits)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Typing goes on after the digits already there; it never replaces them all at once.
        super().focusInEvent(event)
        self.deselect()
        self.end(False)

    def _position_after(self, n: int) -> int:
        """Where the cursor stands after the n-th digit of the grouped text."""
        return n + (n - 1) // self.group if n > 0 else 0

    def _edited(self, text: str) -> None:
        before = min(len(typed_digits(text[:self.cursorPosition()])), self.length)
        digits = typed_digits(text)[:self.length]
        grouped = self.grouped(digits)
        if grouped != text:
            self.setText(grouped)
            self.setCursorPosition(self._position_after(before))
        self.digits_changed.emit(digits)
