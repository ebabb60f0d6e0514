"""Message boxes and dialogs shown without a nested event loop (`open()`,
not `exec()`), so screens stay testable and the window stays responsive."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D) -> D:
    """Open a dialog made for one use (window-modal, no nested loop); it is
    deleted once it closes, not kept as a child until its parent goes."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()
    return box


def ask(parent: QWidget, title: str, text: str, buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton, on_answer: Callable[[QMessageBox.StandardButton], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.setObjectName("questionBox")

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        on_answer(box.standardButton(clicked) if clicked else QMessageBox.StandardButton.Cancel)

    box.finished.connect(finished)
    box.open()
    return box
