"""Message boxes and dialogs shown without a nested event loop (`open()`,
not `exec()`), so screens stay testable and the window stays responsive."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.errors import VillageDeskError

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


def confirm(parent: QWidget, title: str, text: str, act: Callable[[], None],
            refused_title: str | None = None) -> QMessageBox:
    """Ask Yes or Cancel (Cancel the default) before a change; on Yes,
    `act()`. A refusal (VillageDeskError) is shown under `refused_title`,
    or the question's title."""
    buttons = QMessageBox.StandardButton

    def answered(answer: QMessageBox.StandardButton) -> None:
        if answer != buttons.Yes:
            return
        try:
            act()
        except VillageDeskError as exc:
            show_error(parent, refused_title or title, exc.message)

    return ask(parent, title, text, buttons.Yes | buttons.Cancel, buttons.Cancel, answered)
