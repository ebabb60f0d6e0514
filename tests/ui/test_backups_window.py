"""Backups…: a backup made now appears in the list; a restore asks first,
then brings the database back as the backup holds it (keeping the
database as it was among the backups); the folder can be moved; the
hourly backup is made off the GUI thread only when one is due."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import NotFound
from desktop.core.query import VillageQuery
from desktop.services.backups import reason_label
from desktop.ui.backup_table_model import COLUMNS, size_text
from desktop.ui.backups_window import BackupsWindow
from desktop.ui.hourly_backup import HourlyBackup
from tests.ui.conftest import click_button, message_box


# Backups are copies of the database file: SQLite pass only.
pytestmark = pytest.mark.file_database


def _window(qtbot, ws) -> BackupsWindow:
    w = BackupsWindow(ws, "zh_CN")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _cell(w: BackupsWindow, row: int, column: str) -> str:
    return w.model.index(row, COLUMNS.index(column)).data() or ""


def _back_up(qtbot, w: BackupsWindow):
    with qtbot.waitSignal(w.created, timeout=20000) as made:
        qtbot.mouseClick(w.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.task is None)
    return made.args[0]


def test_back_up_now_then_restore_brings_the_data_back(qtbot, demo_workspace, languages):
    ws = demo_workspace
    w = _window(qtbot, ws)
    assert w.model.rowCount() == 0 and w.empty.isVisible()
    assert w.folder.text() == str(ws.backups.folder)
    assert not w.restore_button.isEnabled()

    backup = _back_up(qtbot, w)
    assert backup.path.exists()
    assert w.model.rowCount() == 1 and not w.empty.isVisible()
    assert _cell(w, 0, "reason") == reason_label("manual")
    assert _cell(w, 0, "file") == backup.path.name
    assert _cell(w, 0, "size") == size_text(backup.path.stat().st_size)
    assert backup.path.name in w.status.text()
    assert w.selected_backup().path == backup.path and w.restore_button.isEnabled()

    # Work after the backup: a village deleted.
    village_id = ws.villages.search(VillageQuery())[0]
    ws.villages.delete(village_id)
    with pytest.raises(NotFound):
        ws.villages.open_file(village_id)

    asked = []
    w.before_restore = lambda: asked.append(True) or True
    qtbot.mouseClick(w.restore_button, Qt.MouseButton.LeftButton)
    box = message_box(w, "questionBox")
    assert box is not None and backup.path.name not in box.text()
    with qtbot.waitSignal(w.restored, timeout=20000) as restored:
        click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: w.task is None)
    assert asked == [True]
    result = restored.args[0]
    assert result.restored.path == backup.path
    assert ws.villages.open_file(village_id).facts.id == village_id     # back as the backup holds it
    # The database as it was (the village deleted) is kept among the backups.
    reasons = [_cell(w, row, "reason") for row in range(w.model.rowCount())]
    assert reason_label("before-restore") in reasons and reason_label("manual") in reasons
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert result.safety_copy.name in w.status.text()


def test_a_restore_needs_the_open_records_closed_and_a_yes(qtbot, demo_workspace, languages):
    ws = demo_workspace
    w = _window(qtbot, ws)
    _back_up(qtbot, w)
    count = ws.villages.count()

    qtbot.mouseClick(w.restore_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, message_box(w, "questionBox"), QMessageBox.StandardButton.Cancel)
    assert w.task is None and w.model.rowCount() == 1      # nothing restored, no copy kept

    w.before_restore = lambda: False          # the user kept an unsaved village file open
    qtbot.mouseClick(w.restore_button, Qt.MouseButton.LeftButton)
    click_button(qtbot, message_box(w, "questionBox"), QMessageBox.StandardButton.Yes)
    assert w.task is None and w.model.rowCount() == 1
    assert w.status.text() == w.tr("Not restored: close the open records first.")
    assert ws.villages.count() == count


def test_a_cancelled_backup_leaves_nothing(qtbot, demo_workspace, languages):
    ws = demo_workspace
    w = _window(qtbot, ws)
    task = w.back_up_now()
    with qtbot.waitSignal(task.finished, timeout=20000):
        task.cancel()
    assert w.model.rowCount() == 0 and ws.backups.list() == []
    assert not [p for p in ws.backups.folder.iterdir() if p.name.endswith(".tmp")]
    assert w.status.text() == w.tr("Cancelled. Nothing was changed.")


def test_the_folder_moves_to_a_stick(qtbot, demo_workspace, languages, tmp_path):
    ws = demo_workspace
    w = _window(qtbot, ws)
    stick = tmp_path / "stick" / "VillageDesk backups"
    qtbot.mouseClick(w.change_folder_button, Qt.MouseButton.LeftButton)
    dialog = w.folder_dialog
    assert dialog is not None and dialog.isVisible()
    stick.mkdir(parents=True)
    dialog.selectFile(str(stick))
    dialog.accept()
    assert ws.backups.folder == stick.resolve()
    assert w.folder.text() == str(stick.resolve())
    backup = _back_up(qtbot, w)
    assert backup.path.parent == stick.resolve()


def test_a_folder_that_cannot_be_written_is_refused(qtbot, demo_workspace, languages, tmp_path):
    ws = demo_workspace
    w = _window(qtbot, ws)
    before = ws.backups.folder
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert not w.set_folder(blocked / "backups")
    assert ws.backups.folder == before
    box = message_box(w, "errorBox")
    assert box is not None and str(blocked) in box.text()


def test_the_hourly_backup_waits_for_an_hour_of_work(qtbot, demo_workspace, languages):
    ws = demo_workspace
    w = _window(qtbot, ws)
    now = [datetime.now(timezone.utc)]
    hourly = HourlyBackup(lambda: ws, w, interval_ms=60_000, now=lambda: now[0])
    with qtbot.waitSignal(hourly.made, timeout=20000) as made:
        assert hourly.check()        # changes and no backup yet: due
    qtbot.waitUntil(lambda: not hourly.running)
    assert made.args[0].reason == "hourly"
    assert not hourly.check()        # just made
    village_id = ws.villages.search(VillageQuery())[0]
    ws.villages.delete(village_id)
    assert not hourly.check()        # a change, but not an hour of work yet
    now[0] += timedelta(minutes=61)
    with qtbot.waitSignal(hourly.finished, timeout=20000):
        assert hourly.check()
    assert [b.reason for b in ws.backups.list()] == ["hourly", "hourly"]
    assert message_box(w, "errorBox") is None          # quiet when it goes well


def test_from_the_menu_a_restore_refreshes_the_main_window(qtbot, window):
    ws = window.ws
    menu = window.safety_menu
    assert [a.objectName() for a in menu.menu.actions() if a.objectName()] == [
        "safetyBackups", "safetyBackupNow", "safetyAudit", "safetyEncrypt"]
    task = menu.back_up_now()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    made = ws.backups.list()
    assert len(made) == 1 and made[0].name in window.statusBar().currentMessage()

    total = ws.villages.count()
    window.view.selectRow(0)
    window.delete_action.trigger()
    assert ws.villages.count() == total - 1 and window.undo_stack.count() == 1
    assert window.model.rowCount() == total - 1
    window.open_village(window.model.id_at(0))                # an open record, closed before the restore

    menu.backups_action.trigger()
    shown = menu.backups_window
    assert isinstance(shown, BackupsWindow) and shown.isVisible()
    shown.select_backup(0)
    qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(shown.restored, timeout=20000):
        click_button(qtbot, message_box(shown, "questionBox"), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: shown.task is None)
    assert not window.file_dialogs
    assert ws.villages.count() == total
    assert window.model.rowCount() == total                   # the list read again
    assert window.undo_stack.count() == 0                     # its change sets are not in the backup's past
    assert str(total) in window.count_label.text()


def test_the_start_up_backup_and_a_failing_folder_said_once(qtbot, demo_workspace, languages, tmp_path):
    ws = demo_workspace
    w = _window(qtbot, ws)
    now = [datetime.now(timezone.utc)]
    hourly = HourlyBackup(lambda: ws, w, interval_ms=60_000, now=lambda: now[0])
    with qtbot.waitSignal(hourly.made, timeout=20000) as made:
        hourly.start(startup=True)
    qtbot.waitUntil(lambda: not hourly.running)
    assert made.args[0].reason == "startup" and hourly.timer.isActive()
    hourly.stop()

    # The stick was pulled and something else now has its name: the backup cannot be made.
    stick = tmp_path / "stick"
    stick.mkdir()
    ws.backups.set_folder(stick)
    stick.rmdir()
    stick.write_text("not a folder any more")
    ws.villages.delete(ws.villages.search(VillageQuery())[0])
    now[0] += timedelta(minutes=61)
    with qtbot.waitSignal(hourly.failed, timeout=20000) as failed:
        assert hourly.check()
    qtbot.waitUntil(lambda: not hourly.running)
    box = message_box(w, "errorBox")
    assert box is not None and box.text() == failed.args[0] and str(stick) in box.text()
    box.close()
    now[0] += timedelta(minutes=30)
    assert not hourly.check() and message_box(w, "errorBox") is None     # said once, not every few minutes
    stick.unlink()
    now[0] += timedelta(minutes=31)
    with qtbot.waitSignal(hourly.made, timeout=20000):
        assert hourly.check()                                              # an hour later it tries again
    qtbot.waitUntil(lambda: not hourly.running)


def test_a_clerk_backs_up_but_only_an_administrator_restores(qtbot, demo_workspace, languages):
    from tests.ui.access_data import PASSWORD, add_accounts

    ws = demo_workspace
    add_accounts(ws)
    ws.users.login("zhaxi", PASSWORD)               # a clerk
    w = _window(qtbot, ws)
    _back_up(qtbot, w)
    assert w.backup_button.isEnabled() and w.selected_backup() is not None
    assert not w.restore_button.isEnabled() and not w.change_folder_button.isEnabled()
    assert w.restore_button.toolTip() == w.tr("Only an administrator may do this.")
    ws.users.sign_out()
    ws.users.login("admin", PASSWORD)
    w.reload()
    assert w.restore_button.isEnabled() and w.change_folder_button.isEnabled() and not w.restore_button.toolTip()
