"""Closing a form with unsaved changes asks Save / Discard / Cancel, with a
message box that does not block (messages.py), as the village file does."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from desktop.ui.messages import ask


class AskBeforeClose:
    """Mix in before QDialog. The form provides `unsaved_question()` (a
    title and a question, or None when nothing is unsaved) and `save()`."""

    _confirmed_close = False
    question: QMessageBox | None = None

    def unsaved_question(self) -> tuple[str, str] | None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def discard_and_close(self) -> None:
        self._confirmed_close = True
        self.close()

    def _may_close(self) -> bool:
        asking = None if self._confirmed_close else self.unsaved_question()
        if asking is None:
            return True
        buttons = QMessageBox.StandardButton
        self.question = ask(self, *asking, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
                            self._on_close_answer)
        return False

    def _on_close_answer(self, answer: QMessageBox.StandardButton) -> None:
        self.question = None
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                self.discard_and_close()
        elif answer == QMessageBox.StandardButton.Discard:
            self.discard_and_close()

    def reject(self) -> None:  # Esc
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()
