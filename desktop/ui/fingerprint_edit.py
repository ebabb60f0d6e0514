"""One field for the 40 digits of a fingerprint, typed from a printed slip,
shown in groups of five as on the slip (ui/grouped_digits_edit.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.sync_identity import FINGERPRINT_DIGITS, format_fingerprint
from desktop.ui.grouped_digits_edit import GroupedDigitsEdit


class FingerprintEdit(GroupedDigitsEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(FINGERPRINT_DIGITS, 5, format_fingerprint, 17, parent)
        self.setObjectName("fingerprintEdit")
