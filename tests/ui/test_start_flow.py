"""From start-up to the main window: the first administrator of a database
without accounts, the login of one with accounts, a password the
administrator set replaced before the window opens, signing out and in as
someone else, the menus the roles allow, opening another database, and
`--screenshot` of a database with accounts."""

from __future__ import annotations

import pytest

import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMessageBox

from shiboken6 import isValid

from desktop.core.access import Role
from desktop.services.settings import load_settings
from desktop.services.workspace import Workspace
from desktop.core.query import VillageQuery
from desktop.services.encryption import database_state
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.password_dialog import PasswordDialog
from desktop.ui.sign_in_flow import SignInFlow
from tests.ui.access_data import PASSWORD, Clock, add_accounts, click, office, shown_dialog, tick  # noqa: F401
from tests.ui.conftest import click_button, type_text


def _flow(qtbot, ws, languages) -> SignInFlow:
    flow = SignInFlow(ws, languages, load_settings(), clock=Clock())
    flow.opened = []
    flow.codes = []
    flow.window_opened.connect(flow.opened.append)
    flow.finished.connect(flow.codes.append)
    return flow


def _sign_in(qtbot, dialog: LoginDialog, login: str, password: str = PASSWORD) -> None:
    dialog.login.clear()
    type_text(qtbot, dialog.login, login)
    type_text(qtbot, dialog.password, password)
    click(qtbot, dialog.sign_in_button)


def _close(qtbot, flow: SignInFlow) -> None:
    if flow.window is not None:
        flow.window.close()
        qtbot.waitUntil(lambda: flow.codes == [0])


def _action(window, name: str) -> QAction:
    return window.findChild(QAction, name)


@pytest.mark.file_database   # the first administrator encrypts the file
def test_a_database_without_accounts_asks_for_its_administrator(qtbot, demo_workspace, languages):
    flow = _flow(qtbot, demo_workspace, languages)
    dialog = flow.start()
    assert isinstance(dialog, FirstAdminDialog) and dialog.isVisible()
    assert flow.window is None                        # nothing of the records before it
    type_text(qtbot, dialog.login, "admin")
    type_text(qtbot, dialog.display_name, "王明")
    type_text(qtbot, dialog.password, PASSWORD)
    type_text(qtbot, dialog.repeat, PASSWORD)
    click(qtbot, dialog.create_button)
    # The database is encrypted with that password, and its recovery key shown once before the window.
    qtbot.waitUntil(lambda: shown_dialog(RecoverySheetDialog) is not None, timeout=60_000)
    sheet = shown_dialog(RecoverySheetDialog)
    assert flow.window is None and database_state(demo_workspace.path) == "encrypted"
    assert sheet.recovery_key == dialog.encryption.recovery_key and not sheet.close_button.isEnabled()
    tick(qtbot, sheet.confirm)
    click(qtbot, sheet.close_button)
    window = flow.window
    assert flow.opened == [window] and window.isVisible()
    assert demo_workspace.session.login == "admin"
    assert window.ws.db.key is not None and window.ws.villages.search(VillageQuery())   # the records read
    menu = window.account_menu
    menu.refresh()
    assert "王明" in menu.user_action.text() and menu.users_action.isEnabled()
    assert menu.sign_out_action.isEnabled() and menu.lock_action.isEnabled()
    _close(qtbot, flow)


def test_quitting_the_first_start_ends_the_program(qtbot, demo_workspace, languages):
    flow = _flow(qtbot, demo_workspace, languages)
    dialog = flow.start()
    click(qtbot, dialog.cancel_button)
    assert flow.codes == [0] and flow.window is None
    assert not demo_workspace.users.has_accounts()


def test_a_password_set_by_the_administrator_is_replaced_first(qtbot, office, languages):
    flow = _flow(qtbot, office, languages)
    login = flow.start()
    assert isinstance(login, LoginDialog) and login.cancel_button.text()
    _sign_in(qtbot, login, "tsering")
    forced = shown_dialog(PasswordDialog)
    assert forced is not None and flow.window is None
    # Declining signs out and comes back to the login.
    click(qtbot, forced.cancel_button)
    assert office.session.roles == frozenset()
    login = shown_dialog(LoginDialog)
    _sign_in(qtbot, login, "tsering")
    forced = shown_dialog(PasswordDialog)
    type_text(qtbot, forced.old, PASSWORD)
    type_text(qtbot, forced.new, "tsering's own 1")
    type_text(qtbot, forced.repeat, "tsering's own 1")
    click(qtbot, forced.ok_button)
    assert flow.window is not None and flow.window.isVisible()
    assert office.session.roles == frozenset({Role.REVIEWER})
    _close(qtbot, flow)


@pytest.mark.file_database   # a backup of the file
def test_the_apps_flow_makes_the_start_up_backup_once_signed_in(qtbot, office, languages):
    flow = SignInFlow(office, languages, load_settings(), clock=Clock(), automatic_backups=True)
    codes = []
    flow.finished.connect(codes.append)
    login = flow.start()
    assert office.backups.list() == []
    _sign_in(qtbot, login, "admin")
    assert flow.window is not None
    qtbot.waitUntil(lambda: [b.reason for b in office.backups.list()] == ["startup"], timeout=60_000)
    flow.window.close()
    qtbot.waitUntil(lambda: codes == [0])


def test_the_menus_follow_the_roles_and_sign_out_brings_the_login(qtbot, office, languages):
    flow = _flow(qtbot, office, languages)
    _sign_in(qtbot, flow.start(), "zhaxi")
    clerk = flow.window
    clerk.account_menu.refresh()
    assert _action(clerk, "newVillage").isEnabled()
    assert not _action(clerk, "setRating").isEnabled()       # the county rates
    assert not _action(clerk, "syncExport").isEnabled()      # the secretary makes bundles
    assert not _action(clerk, "fillDemo").isEnabled()
    assert not clerk.account_menu.users_action.isEnabled()
    clerk.view.selectRow(0)                                   # the window's own enabling cannot undo the roles'
    assert clerk.delete_action.isEnabled() and not _action(clerk, "setRating").isEnabled()
    # Sign out: asked, the window closes, the login is back.
    box = clerk.account_menu.sign_out()
    click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: shown_dialog(LoginDialog) is not None)
    assert flow.window is None and not clerk.isVisible()
    assert office.session.roles == frozenset() and flow.codes == []   # signed out, not quit
    qtbot.waitUntil(lambda: not isValid(clerk))
    login = shown_dialog(LoginDialog)
    login.language.setCurrentIndex(login.language.findData("bo_CN"))  # nothing of the last window follows it
    login.language.setCurrentIndex(login.language.findData("zh_CN"))
    _sign_in(qtbot, shown_dialog(LoginDialog), "tsering")
    click(qtbot, shown_dialog(PasswordDialog).cancel_button)  # (must change first; declines)
    _sign_in(qtbot, shown_dialog(LoginDialog), "admin")
    admin = flow.window
    assert admin is not None and admin is not clerk           # a window of their own
    admin.account_menu.refresh()
    assert admin.account_menu.users_action.isEnabled() and _action(admin, "fillDemo").isEnabled()
    assert not _action(admin, "newVillage").isEnabled()       # an administrator enters no records
    _close(qtbot, flow)


def test_sign_out_keeps_the_window_while_unsaved_work_is_asked_about(qtbot, office, languages):
    flow = _flow(qtbot, office, languages)
    _sign_in(qtbot, flow.start(), "zhaxi")
    window = flow.window
    window.view.selectRow(0)
    village = window.open_village(window.selected_ids()[0])
    type_text(qtbot, village.basic.name_zh.edit, "新")
    assert village.is_dirty()
    assert flow.sign_out() is False                   # the village file asks first
    assert flow.window is window and window.isVisible() and office.session.login == "zhaxi"
    click_button(qtbot, village.question, QMessageBox.StandardButton.Discard)
    assert flow.sign_out() is True
    qtbot.waitUntil(lambda: shown_dialog(LoginDialog) is not None)
    assert office.session.roles == frozenset()
    click(qtbot, shown_dialog(LoginDialog).cancel_button)
    assert flow.codes == [0]


def test_opening_a_database_with_accounts_asks_its_login(qtbot, office, languages, tmp_path):
    other_path = tmp_path / "other.sqlite3"
    other = Workspace.open(other_path, actor="setup")
    add_accounts(other)
    other.close()
    flow = _flow(qtbot, office, languages)
    _sign_in(qtbot, flow.start(), "dolma")
    window = flow.window

    def give_up() -> None:
        dialog = shown_dialog(LoginDialog)
        click(qtbot, dialog.cancel_button)

    QTimer.singleShot(0, give_up)
    assert window.switch_database(str(other_path)) is False
    assert window.ws is office and office.session.login == "dolma"

    def sign_in() -> None:
        _sign_in(qtbot, shown_dialog(LoginDialog), "admin")

    QTimer.singleShot(0, sign_in)
    assert window.switch_database(str(other_path)) is True
    assert window.ws.path == other_path and window.ws.session.login == "admin"
    assert window.account_menu.users_action.isEnabled()
    assert not _action(window, "newVillage").isEnabled()     # the roles of the new database's user
    _close(qtbot, flow)


def _run(*args, home, **env):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120,
                          env={"VILLAGEDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "VILLAGEDESK_PASSWORD_COST": os.environ["VILLAGEDESK_PASSWORD_COST"], **env})


@pytest.mark.file_database   # a subprocess opens the database file
def test_a_screenshot_of_a_database_with_accounts_signs_in_from_the_environment(tmp_path, office):
    office.close()
    db, png = str(office.path), tmp_path / "main.png"
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home")
    assert done.returncode == 1 and "VILLAGEDESK_USER" in done.stderr and not png.exists()
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home",
                VILLAGEDESK_USER="zhaxi", VILLAGEDESK_PASSWORD="wrong password")
    assert done.returncode == 1 and not png.exists()
    done = _run("--db", db, "--screenshot", str(png), home=tmp_path / "home",
                VILLAGEDESK_USER="zhaxi", VILLAGEDESK_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert QImage(str(png)).width() >= 800


def test_a_bare_main_window_is_open_access(qtbot, demo_workspace, languages):
    """The preview and the earlier tests make the window without the flow."""
    window = MainWindow(demo_workspace, languages, load_settings())
    qtbot.addWidget(window)
    window.account_menu.refresh()
    assert window.account_menu.users_action.isEnabled()
    assert not window.account_menu.lock_action.isEnabled()   # nothing to unlock with
    assert not window.account_menu.sign_out_action.isEnabled()


@pytest.mark.file_database   # damage in the file
def test_a_damaged_database_without_accounts_opens_read_only_at_once(qtbot, demo_workspace, languages):
    """No administrator can be made in a database that cannot be written:
    the window shows what can still be read (here the damage is in the
    change log, which the village list does not read)."""
    from tests.storage.test_damaged_database import _damage_pages_of

    path = demo_workspace.path
    demo_workspace.close()
    _damage_pages_of(path, "change_log")
    damaged = Workspace.open(path, check=True)
    try:
        assert damaged.db.read_only
        flow = _flow(qtbot, damaged, languages)
        window = flow.start()
        assert window is flow.window and window.isVisible() and shown_dialog(FirstAdminDialog) is None
        _close(qtbot, flow)
    finally:
        damaged.close()
