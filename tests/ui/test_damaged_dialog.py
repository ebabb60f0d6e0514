"""A damaged database at start-up: the dialog says so and offers the newest
good backup; restoring puts it in place (the damaged file kept beside it)
and the database opens sound, as the backup holds it. Without a backup
nothing is offered; keeping the damaged database changes nothing."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.errors import DatabaseError
from desktop.core.query import VillageQuery
from desktop.services.workspace import Workspace
from desktop.ui.damaged_dialog import DamagedDialog, offer_restore
from tests.ui.safety_data import damage_header, damage_table


# Damage is found in the database file: SQLite pass only.
pytestmark = pytest.mark.file_database


def _backed_up_then_damaged(ws):
    """A backup, a village deleted after it, the file's village pages damaged."""
    backup = ws.backups.create("manual")
    village_id = ws.villages.search(VillageQuery())[0]
    ws.villages.delete(village_id)
    path = ws.path
    ws.close()
    return path, backup, village_id


def _dialog(qtbot, target) -> DamagedDialog:
    dialog = DamagedDialog(target)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _restored(qtbot, dialog: DamagedDialog):
    with qtbot.waitSignal(dialog.restored, timeout=20000) as done:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    return done.args[0]


def test_a_damaged_database_opens_read_only_and_its_backup_is_restored(qtbot, demo_workspace, languages):
    path, backup, village_id = _backed_up_then_damaged(demo_workspace)
    damage_table(path, "village")
    ws = Workspace.open(path, check=True)
    assert ws.db.damaged
    dialog = _dialog(qtbot, ws)
    assert dialog.backup.path == backup.path
    assert path.name in dialog.title.text()
    assert dialog.keep_button.text() == dialog.tr("Continue read-only")
    assert dialog.restore_button.isVisible()
    assert ws.db.damaged[0] in dialog.found.text()

    result = _restored(qtbot, dialog)
    assert result.restored.path == backup.path
    assert dialog.result() == DamagedDialog.DialogCode.Accepted
    assert result.safety_copy.exists() and ".damaged-" in result.safety_copy.name
    with Workspace.open(path, check=True) as sound:
        assert not sound.db.damaged
        assert sound.villages.open_file(village_id).facts.id == village_id   # as the backup holds it


def test_a_file_that_cannot_be_opened_is_restored_too(qtbot, demo_workspace, languages):
    path, backup, village_id = _backed_up_then_damaged(demo_workspace)
    damage_header(path)
    try:
        Workspace.open(path, check=True)
    except DatabaseError as exc:
        error = exc
    assert getattr(error, "damaged", False)
    dialog = _dialog(qtbot, error)
    assert dialog.keep_button.text() == dialog.tr("Quit")
    assert dialog.backup.path == backup.path
    result = _restored(qtbot, dialog)
    assert result.restored.path == backup.path
    with Workspace.open(path, check=True) as sound:
        assert not sound.db.damaged and sound.villages.open_file(village_id)


def test_without_a_backup_nothing_is_offered(qtbot, demo_workspace, languages):
    ws = demo_workspace
    path = ws.path
    ws.close()
    damage_table(path, "village")
    damaged = Workspace.open(path, check=True)
    dialog = _dialog(qtbot, damaged)
    assert dialog.backup is None and not dialog.restore_button.isVisible()
    assert str(damaged.backups.folder) in dialog.offer.text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DamagedDialog.DialogCode.Rejected
    assert damaged.db.damaged and damaged.db.read_only        # still open, read-only
    damaged.close()


def _answer_when_shown(qtbot, press: str) -> None:
    """Press a button of the dialog offer_restore shows, once its loop runs."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DamagedDialog):
            QTimer.singleShot(10, answer)
            return
        button = dialog.restore_button if press == "restore" else dialog.keep_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_offer_restore_answers_whether_the_backup_is_in_place(qtbot, demo_workspace, languages):
    path, backup, village_id = _backed_up_then_damaged(demo_workspace)
    damage_table(path, "village")
    ws = Workspace.open(path, check=True)
    _answer_when_shown(qtbot, "keep")
    assert offer_restore(ws) is False
    assert ws.db.damaged                        # kept as it was, open read-only
    _answer_when_shown(qtbot, "restore")
    assert offer_restore(ws) is True
    with Workspace.open(path, check=True) as sound:
        assert not sound.db.damaged and sound.villages.open_file(village_id)
