"""A dialog of fields with one message line under them (`self.message`, a
QLabel the subclass makes), grown to fit whatever it says: long Tibetan
messages wrap onto several lines and must not be clipped."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog

from desktop.ui.trust_text import grow_to_fit


class FormDialog(QDialog):
    # What the message line says, as a function: said again in the new
    # language when the dialog is retranslated.
    _message: Callable[[], str] | None = None

    def _say(self, message: Callable[[], str] | None) -> None:
        self._message = message
        text = message() if message else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        grow_to_fit(self)
