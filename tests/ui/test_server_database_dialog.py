"""File → Open a server database…, driven as a user does: a URL typed, Open
clicked; a server that cannot be used is said in the dialog, which stays,
and the window keeps its database; a hub's database (PostgreSQL pass) is
opened in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui.login_dialog import LoginDialog
from desktop.ui.server_database_dialog import ServerDatabaseDialog
from tests.ui.access_data import PASSWORD, click, shown_dialog
from tests.ui.conftest import type_text

UNREACHABLE = "postgresql://vd@127.0.0.1:1/hub"


def _dialog() -> ServerDatabaseDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ServerDatabaseDialog) and widget.isVisible():
            return widget
    return None


def _when_shown(step, *, needs_message: bool = False) -> None:
    """Run `step(dialog)` once the (modal) dialog is up, and has said its
    message if `needs_message`: polled by the event loop, no sleeping."""
    def attempt() -> None:
        dialog = _dialog()
        if dialog is None or (needs_message and not dialog.message.isVisible()):
            QTimer.singleShot(10, attempt)
            return
        step(dialog)
    QTimer.singleShot(0, attempt)


def _open_with(qtbot, dialog: ServerDatabaseDialog, url: str) -> None:
    dialog.url.clear()
    type_text(qtbot, dialog.url, url)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)


def test_open_needs_a_url(qtbot):
    dialog = ServerDatabaseDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    type_text(qtbot, dialog.url, "county.sqlite3")
    assert not open_button.isEnabled()
    dialog.url.clear()
    type_text(qtbot, dialog.url, "postgresql://reviewer@db/ganzi")
    assert open_button.isEnabled()
    assert "PGPASSWORD" in dialog.note.text()


def test_a_server_that_cannot_be_reached_is_said_and_the_window_keeps_its_database(qtbot, window):
    before = window.ws
    seen: list[str] = []

    def cancel(dialog: ServerDatabaseDialog) -> None:
        seen.append(dialog.message.text())
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    def first(dialog: ServerDatabaseDialog) -> None:
        _open_with(qtbot, dialog, UNREACHABLE)
        _when_shown(cancel, needs_message=True)

    _when_shown(first)
    window.open_server_action.trigger()
    assert seen and "127.0.0.1:1" in seen[0]
    assert window.ws is before
    assert window.ws.villages.count() == 60


@pytest.mark.server_database
def test_a_hub_database_opens_in_the_window_after_signing_in(qtbot, window, db_target):
    """The hub has its reviewers' accounts: opening it asks for a sign-in
    before the window shows it, as opening a file does."""
    window.ws.users.create_first_admin("admin", "州委组织部", PASSWORD)

    def sign_in(dialog: LoginDialog) -> None:
        dialog.login.clear()
        type_text(qtbot, dialog.login, "admin")
        type_text(qtbot, dialog.password, PASSWORD)
        click(qtbot, dialog.sign_in_button)

    def answer_login() -> None:
        dialog = shown_dialog(LoginDialog)
        if dialog is None:
            QTimer.singleShot(10, answer_login)
            return
        sign_in(dialog)

    def open_hub(dialog: ServerDatabaseDialog) -> None:
        QTimer.singleShot(0, answer_login)
        _open_with(qtbot, dialog, str(db_target))

    before = window.ws
    _when_shown(open_hub)
    window.open_server_action.trigger()
    assert window.ws is not before and window.ws.path is None
    assert window.ws.session.login == "admin"
    assert window.ws.location.split("@")[0] in window.windowTitle()
    assert window.model.rowCount() == 60
    assert window.settings.last_database == str(db_target)
