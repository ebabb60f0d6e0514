"""Check the audit trail…: the check runs as the dialog opens (a Task) and
says the trail is intact with how much it checked; after an entry of the
change log was edited behind the app's back, Check again names that
entry (number, time, who, what); a cancelled check says so."""

from __future__ import annotations

import pytest

import sqlite3

from PySide6.QtCore import Qt

from desktop.core.access import action_label
from desktop.core.query import VillageQuery
from desktop.ui.audit_dialog import AuditDialog

LEFT = Qt.MouseButton.LeftButton


def _checked(qtbot, dialog: AuditDialog):
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    return dialog.report


def _edit_behind_the_apps_back(path, changeset_id: str) -> int:
    """Change one logged value of a change set as someone with the file
    and a SQLite tool could; its seq."""
    conn = sqlite3.connect(path)
    try:
        seq, = conn.execute("SELECT seq FROM changeset WHERE id = ?", (changeset_id,)).fetchone()
        row, = conn.execute("SELECT seq FROM change_log WHERE changeset_id = ? AND data IS NOT NULL",
                            (changeset_id,)).fetchone()
        conn.execute("UPDATE change_log SET data = ? WHERE seq = ?", ('{"population": [1, 2]}', row))
        conn.commit()
    finally:
        conn.close()
    return seq


def test_opening_checks_the_trail_and_says_it_is_intact(qtbot, window):
    window.safety_menu.audit_action.trigger()
    dialog = window.safety_menu.audit_dialog
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    report = _checked(qtbot, dialog)
    assert report.ok and report.changesets > 0
    assert dialog.result.text() == dialog.tr(
        "The audit trail is intact: {changesets} changes with {entries} entries were checked, from the first to "
        "the last.").format(changesets=report.changesets, entries=report.entries)
    assert not dialog.details["entry"].isVisibleTo(dialog)
    assert str(report.head_seq) in dialog.head.text() and report.head_hash[:16] in dialog.head.text()
    assert dialog.again_button.isEnabled()


@pytest.mark.file_database   # edits the SQLite file behind the app's back
def test_an_edited_entry_is_named(qtbot, demo_workspace, languages):
    ws = demo_workspace
    village_id = ws.villages.search(VillageQuery())[0]
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.population = (original.facts.population or 0) + 5
    changeset = ws.villages.save_file(original, edited)
    ws.villages.delete(ws.villages.search(VillageQuery())[1])       # and a change after it
    dialog = AuditDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _checked(qtbot, dialog).ok

    seq = _edit_behind_the_apps_back(ws.path, changeset.id)
    qtbot.mouseClick(dialog.again_button, LEFT)
    report = _checked(qtbot, dialog)
    assert not report.ok
    problem = report.problem
    assert (problem.kind, problem.seq, problem.changeset_id) == ("changed", seq, changeset.id)
    assert problem.message in dialog.result.text()
    assert dialog.details["kind"].text() == dialog.tr("An entry was changed")
    assert dialog.details["entry"].text() == dialog.tr("No. {seq}").format(seq=seq)
    assert dialog.details["who"].text() == "tester"
    assert dialog.details["what"].text() == action_label("village.edit")
    assert dialog.details["when"].text().startswith(str(changeset.at.astimezone().year))
    assert dialog.details["entry"].isVisibleTo(dialog)


def test_a_cancelled_check_says_so(qtbot, demo_workspace, languages):
    dialog = AuditDialog(demo_workspace, start=False)
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog.check()
    with qtbot.waitSignal(task.finished, timeout=20000):
        task.cancel()
    assert dialog.report is None
    assert dialog.result.text() == dialog.tr("The check was cancelled before it finished.")
    assert dialog.again_button.isEnabled()


def test_an_import_from_a_cut_trail_shows_the_alarm(qtbot, languages, tmp_path):
    """The township's change log cut after the county saw its head: the
    bundle's summary says so in red (the import itself still goes in)."""
    from desktop.services.sync.demo import exchange_demo
    from desktop.ui.sync_import_dialog import SyncImportDialog

    demo = exchange_demo(tmp_path / "demo", villages=8, conflicts=0)
    try:
        county, township = demo.county, demo.township
        county.sync.import_bundle(demo.to_county)
        conn = sqlite3.connect(township.path)
        sent, = conn.execute("SELECT audit_seq FROM sync_bundle WHERE direction = 'out' AND peer_id = ?",
                             (county.installation_id,)).fetchone()
        for cs_id, in conn.execute("SELECT id FROM changeset WHERE seq >= ?", (sent - 2,)).fetchall():
            conn.execute("DELETE FROM change_log WHERE changeset_id = ?", (cs_id,))
            conn.execute("DELETE FROM changeset WHERE id = ?", (cs_id,))
        conn.execute("DELETE FROM local_meta WHERE key = 'audit_head'")
        conn.commit()
        conn.close()
        bundle = township.sync.export_bundle(county.installation_id, tmp_path / "t2.vdbundle")

        dialog = SyncImportDialog(county, "zh_CN", path=bundle.path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
        summary = dialog.summary
        alarm = summary.summary.audit_alarm
        assert alarm and summary.audit_alarm.isVisibleTo(summary) and summary.audit_alarm.text() == alarm
    finally:
        demo.close()
