"""Exchange → Make bundle… driven as a user drives it, in the county: the
township is offered with what was last sent to it, the file is named after
both units and the next number, a full bundle is made onto the "stick" and
the township can read it; a revoked township is not offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.sync.results import BundleState
from desktop.ui.sync_export_dialog import SyncExportDialog
from tests.ui.exchange_data import make_demo, tick


@pytest.fixture
def demo(tmp_path):
    made = make_demo(tmp_path)
    yield made
    made.close()


def _open(qtbot, ws):
    dialog = SyncExportDialog(ws, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_make_a_full_bundle_for_the_township(qtbot, languages, demo, monkeypatch, tmp_path):
    county, township = demo.county, demo.township
    peer = county.sync.peer(township.installation_id)
    assert peer.sent_sequence == 2          # the demo's first full bundle, and the one not yet imported
    dialog = _open(qtbot, county)
    assert dialog.peer.count() == 1
    assert peer.name in dialog.peer.currentText() and peer.unit_code in dialog.peer.currentText()
    assert "2" in dialog.peer_state.text()
    mine = county.sync.identity().unit_code
    expected_name = f"{mine}-to-{peer.unit_code}-3.vdbundle"
    assert dialog.path.text().endswith(expected_name)

    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr("desktop.ui.sync_export_dialog.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(stick / expected_name), ""))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(stick / expected_name)
    tick(qtbot, dialog.full)
    assert dialog.full.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as exported:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None)
    result = exported.args[0]
    assert result.path == stick / expected_name and result.path.is_file()
    assert (result.sequence, result.since) == (3, 0)
    assert result.size == result.path.stat().st_size
    said = dialog.message.text()
    assert dialog.message.isVisible() and str(result.path) in said and str(result.rows) in said
    assert [p.name for p in stick.iterdir()] == [expected_name]     # no temporary file left beside it
    # The next one gets the next number, in the same folder.
    assert dialog.path.text() == str(stick / f"{mine}-to-{peer.unit_code}-4.vdbundle")
    assert "3" in dialog.peer_state.text()

    # The township reads it: its own county's bundle 3, everything in it.
    with township.sync.stage(result.path) as staged:
        assert staged.summary.state is BundleState.READY
        assert staged.summary.sequence == 3 and staged.summary.since == 0
        assert sum(c.new + c.changed + c.unchanged + c.older + c.merged + c.conflict + c.deleted
                   for c in staged.summary.tables.values()) == result.rows


def test_a_revoked_township_is_not_offered(qtbot, languages, demo):
    county = demo.county
    county.sync.revoke(demo.township.installation_id, "laptop lost")
    dialog = _open(qtbot, county)
    assert dialog.peer.count() == 0
    assert not dialog.make_button.isEnabled()
    assert dialog.peer_state.text()         # says to enrol the other side first
