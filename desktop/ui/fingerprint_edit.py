"""One field for the 40 digits of a fingerprint, typed from a printed slip.

Whatever is typed or pasted keeps only its digits (full-width ones from a
Chinese input method and Tibetan ones too, core/sync_identity.typed_digits)
and is shown again in groups of five, as on the slip, with the cursor after
the same digit: the user types straight on, with or without spaces.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.sync_identity import FINGERPRINT_DIGITS, format_fingerprint, typed_digits
from desktop.ui.trust_text import digits_font


def _position_after(n: int) -> int:
    """Where the cursor stands after the n-th digit of a grouped text."""
    return n + (n - 1) // 5 if n > 0 else 0


class FingerprintEdit(QLineEdit):
    digits_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintEdit")
        self.setFont(digits_font(17))
        self.setPlaceholderText(format_fingerprint("0" * FINGERPRINT_DIGITS))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 48) + 16)
        self.textEdited.connect(self._edited)

    def digits(self) -> str:
        return typed_digits(self.text())[:FINGERPRINT_DIGITS]

    def is_complete(self) -> bool:
        return len(self.digits()) == FINGERPRINT_DIGITS

    def set_digits(self, text: str) -> None:
        digits = typed_digits(text)[:FINGERPRINT_DIGITS]
        self.setText(format_fingerprint(digits))
        self.digits_changed.emit(digits)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Typing goes on after the digits already there; it never replaces them all at once.
        super().focusInEvent(event)
        self.deselect()
        self.end(False)

    def _edited(self, text: str) -> None:
        before = min(len(typed_digits(text[:self.cursorPosition()])), FINGERPRINT_DIGITS)
        digits = typed_digits(text)[:FINGERPRINT_DIGITS]
        grouped = format_fingerprint(digits)
        if grouped != text:
            self.setText(grouped)
            self.setCursorPosition(_position_after(before))
        self.digits_changed.emit(digits)
