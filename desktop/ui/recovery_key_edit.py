"""One field for the 48 digits of a recovery key, typed from the printed sheet.

What is typed or pasted keeps only its digits (full-width ones from a
Chinese input method and Tibetan ones too) and is shown again in groups of
six joined by dashes, as on the sheet, with the cursor after the same
digit. Each group is checked as soon as its sixth digit is in (its last
digit is a check digit): `mistyped()` names the groups to look at again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.recovery_key import DIGITS, GROUP_DIGITS, format_key, group_ok, groups_of
from desktop.core.sync_identity import typed_digits
from desktop.ui.trust_text import digits_font


def _position_after(n: int) -> int:
    """Where the cursor stands after the n-th digit of a grouped text."""
    return n + (n - 1) // GROUP_DIGITS if n > 0 else 0


class RecoveryKeyEdit(QLineEdit):
    digits_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyEdit")
        self.setFont(digits_font(15))
        self.setPlaceholderText(format_key("0" * DIGITS))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * (DIGITS + 8)) + 16)
        self.textEdited.connect(self._edited)

    def digits(self) -> str:
        return typed_digits(self.text())[:DIGITS]

    def is_complete(self) -> bool:
        return len(self.digits()) == DIGITS

    def mistyped(self) -> list[int]:
        """The numbers (1-8) of the groups typed whole whose check digit does not match."""
        return [i + 1 for i, group in enumerate(groups_of(self.digits()))
                if len(group) == GROUP_DIGITS and not group_ok(group)]

    def set_digits(self, text: str) -> None:
        digits = typed_digits(text)[:DIGITS]
        self.setText(format_key(digits))
        self.digits_changed.emit(digits)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Typing goes on after the digits already there; it never replaces them all at once.
        super().focusInEvent(event)
        self.deselect()
        self.end(False)

    def _edited(self, text: str) -> None:
        before = min(len(typed_digits(text[:self.cursorPosition()])), DIGITS)
        digits = typed_digits(text)[:DIGITS]
        grouped = format_key(digits)
        if grouped != text:
            self.setText(grouped)
            self.setCursorPosition(_position_after(before))
        self.digits_changed.emit(digits)
