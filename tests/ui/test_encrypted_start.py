"""Starting on an encrypted database: the unlock dialog before anything
else (a wrong password refused, Quit ends quietly), the restore offer for a
damaged one with its backups read with the key, switching to an encrypted
database from the window, and `--screenshot` with the environment's login."""

from __future__ import annotations

import pytest

import argparse
import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from desktop.services.encryption import open_with_password
from desktop.services.settings import load_settings
from desktop.services.workspace import Workspace
from desktop.ui import app
from desktop.ui.damaged_dialog import DamagedDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.unlock_dialog import UnlockDialog
from tests.ui.access_data import PASSWORD, click, shown_dialog
from tests.ui.conftest import type_text
from tests.ui.encryption_data import flip_bit, locked_office  # noqa: F401 (a fixture)


# An encrypted database file: SQLite pass only.
pytestmark = pytest.mark.file_database


def _args(path) -> argparse.Namespace:
    return argparse.Namespace(database=str(path), screenshot=None, user=None)


def _when_shown(kind, act) -> None:
    """Answer the dialog of `kind` once the start-up's nested loop shows it."""
    def answer() -> None:
        dialog = shown_dialog(kind)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        act(dialog)

    QTimer.singleShot(0, answer)


def _type_sign_in(qtbot, password):
    def act(dialog) -> None:
        dialog.login.clear()
        type_text(qtbot, dialog.login, "admin")
        type_text(qtbot, dialog.password, password)
        click(qtbot, dialog.sign_in_button)
    return act


def test_start_up_asks_for_the_password_before_anything_else(qtbot, locked_office, languages):
    path = locked_office.path
    seen = []

    def wrong_then_right(dialog) -> None:
        _type_sign_in(qtbot, "wrong password")(dialog)
        seen.append(dialog.message.text())
        _type_sign_in(qtbot, PASSWORD)(dialog)

    _when_shown(UnlockDialog, wrong_then_right)
    ws = app._open_workspace(str(path), None, None, lambda: app._unlock(_args(path), languages))
    try:
        assert isinstance(ws, Workspace) and ws.db.key is not None and ws.session.login == "admin"
        assert seen == ["登录名或密码错误。"]
    finally:
        ws.close()
    # Quit at the unlock: the program ends without an error.
    _when_shown(UnlockDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    assert app._open_workspace(str(path), None, None, lambda: app._unlock(_args(path), languages)) is app.QUIT


def test_a_damaged_encrypted_database_is_offered_its_backup_read_with_the_key(qtbot, locked_office, languages):
    path = locked_office.path
    with open_with_password(path, "admin", PASSWORD) as ws:   # a good backup, encrypted like the database
        ws.backups.create("manual")
    flip_bit(path)
    _when_shown(UnlockDialog, _type_sign_in(qtbot, PASSWORD))

    def restore(dialog) -> None:
        assert dialog.backup is not None and dialog.backup.reason == "manual"
        click(qtbot, dialog.restore_button)
        _when_shown(LoginDialog, _type_sign_in(qtbot, PASSWORD))   # signed in again after the restore

    _when_shown(DamagedDialog, restore)
    ws = app._open_workspace(str(path), None, None, lambda: app._unlock(_args(path), languages))
    try:
        assert isinstance(ws, Workspace) and not ws.db.read_only and not ws.db.damaged
        assert ws.db.key is not None and ws.session.login == "admin" and ws.has_data()
    finally:
        ws.close()
    assert list(path.parent.glob(path.name + ".damaged-*"))          # the damaged file is kept beside


def test_switching_to_an_encrypted_database_from_the_window(qtbot, locked_office, workspace, languages):
    window = MainWindow(workspace, languages, load_settings())
    qtbot.addWidget(window)
    _when_shown(UnlockDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    assert window.switch_database(str(locked_office.path)) is False and window.ws is workspace
    _when_shown(UnlockDialog, _type_sign_in(qtbot, PASSWORD))
    assert window.switch_database(str(locked_office.path)) is True
    assert window.ws.path == locked_office.path and window.ws.session.login == "admin"
    assert window.ws.db.key is not None and window.model.rowCount() > 0
    window.ws.close()


def _run(*args, home, **env):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120,
                          env={"VILLAGEDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "VILLAGEDESK_PASSWORD_COST": os.environ["VILLAGEDESK_PASSWORD_COST"], **env})


def test_a_screenshot_of_an_encrypted_database_opens_with_the_environments_login(tmp_path, locked_office):
    db, png = str(locked_office.path), tmp_path / "main.png"
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home")
    assert done.returncode == 1 and "VILLAGEDESK_USER" in done.stderr and not png.exists()
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home",
                VILLAGEDESK_USER="admin", VILLAGEDESK_PASSWORD="wrong password")
    assert done.returncode == 1 and not png.exists()
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home",
                VILLAGEDESK_USER="admin", VILLAGEDESK_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert QImage(str(png)).width() >= 800
