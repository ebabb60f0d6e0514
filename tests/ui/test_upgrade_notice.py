"""The window says when opening upgraded an older database, naming the
backup kept first: at start-up before anything else, and when another
database is opened from the window. A database of a newer version is
refused with its message (at start-up in a critical box, from the window
in an error box) and left as it was."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.backups import backups_for
from desktop.services.workspace import Workspace
from desktop.ui import app
from desktop.ui.upgrade_notice import notice_box, tell_at_start
from tests.services.test_version_upgrade import (
    NEXT, PREVIOUS, folder_state, newer_database, older_database, refused_message, upgrade_line,
)
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog
from tests.ui.access_data import PASSWORD, click, shown_dialog
from tests.ui.conftest import click_button, message_box, type_text


def _answer_box(qtbot, seen: list) -> None:
    """Once a modal message box runs its loop: note what it says, press OK."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.objectName(), box.icon(), box.windowTitle(), box.text()))
        click_button(qtbot, box, QMessageBox.StandardButton.Ok)

    QTimer.singleShot(0, answer)


def test_start_up_says_the_database_was_upgraded_and_names_the_backup(qtbot, tmp_path, languages):
    path = older_database(tmp_path / "township.sqlite3", villages=3)
    ws = app._open_workspace(str(path), None)      # as run_gui opens it: checked, backup into the rotation
    try:
        [backup] = backups_for(path)
        seen = []
        _answer_box(qtbot, seen)
        assert tell_at_start(ws) is True
        [(name, icon, title, text)] = seen
        assert name == "upgradeNotice" and icon == QMessageBox.Icon.Information
        assert title == QApplication.translate("UpgradeNotice", "Database upgraded")
        assert text == upgrade_line(PREVIOUS, backup.path) and str(backup.path) in text
    finally:
        ws.close()
    with Workspace.open(path, check=True) as again:                  # upgraded once: nothing more to say
        assert notice_box(again) is None and tell_at_start(again) is False


def _first_administrator_when_asked(qtbot) -> None:
    """The upgraded database has no accounts yet: the window asks for its administrator."""
    def answer() -> None:
        dialog = shown_dialog(FirstAdminDialog)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        type_text(qtbot, dialog.login, "admin")
        type_text(qtbot, dialog.display_name, "王明")
        type_text(qtbot, dialog.password, PASSWORD)
        type_text(qtbot, dialog.repeat, PASSWORD)
        click(qtbot, dialog.create_button)
        QTimer.singleShot(10, keep_sheet)

    def keep_sheet() -> None:
        """The database is encrypted next: its recovery sheet is said to be kept."""
        sheet = shown_dialog(RecoverySheetDialog)
        if sheet is None:
            QTimer.singleShot(10, keep_sheet)
            return
        sheet.confirm.setChecked(True)
        click(qtbot, sheet.close_button)

    QTimer.singleShot(0, answer)


def test_opening_an_older_database_from_the_window_says_so(qtbot, window, tmp_path):
    path = older_database(tmp_path / "township.sqlite3", villages=3)
    _first_administrator_when_asked(qtbot)
    assert window.switch_database(str(path)) is True
    # The upgrade's backup (and, once its administrator is made, the one before encrypting).
    [backup] = [b for b in backups_for(path) if b.reason == "before-migration"]
    box = message_box(window, "upgradeNotice")
    assert box is not None and box.text() == upgrade_line(PREVIOUS, backup.path)
    assert window.ws.path == path and window.ws.villages.count() == 3
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: message_box(window, "upgradeNotice") is None)


def test_a_newer_database_is_refused_at_start_up_and_left_as_it_was(qtbot, tmp_path, languages):
    path = newer_database(tmp_path / "county.sqlite3", revision=NEXT, made_by="0.2.0", extra_table=True)
    state = folder_state(path)
    seen = []
    _answer_box(qtbot, seen)
    assert app._open_workspace(str(path), None) is None
    [(_, icon, _, text)] = seen
    assert icon == QMessageBox.Icon.Critical
    assert text == refused_message("0.2.0") and "0.2.0" in text
    assert folder_state(path) == state


def test_a_newer_database_opened_from_the_window_is_refused(qtbot, window, tmp_path):
    path = newer_database(tmp_path / "county.sqlite3")
    state = folder_state(path)
    before = window.ws
    assert window.switch_database(str(path)) is False
    box = message_box(window, "errorBox")
    assert box is not None and box.text() == refused_message(None)
    assert window.ws is before                                       # the open database stays
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    assert folder_state(path) == state
