"""The installations window: the county's township with where the exchange
stands; after its bundle is imported, its villages with what came and
when; Revoke… with a reason marks it revoked. A township sees its county,
and neither the villages nor Revoke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.peer_table_model import COLUMNS
from desktop.ui.peers_window import PeersWindow
from desktop.ui.received_villages_model import COLUMNS as VILLAGE_COLUMNS
from tests.ui.conftest import type_text
from tests.ui.trust_data import copied_demo


@pytest.fixture
def demo(tmp_path):
    d = copied_demo(tmp_path / "demo")
    yield d
    d.close()


def _window(qtbot, ws) -> PeersWindow:
    w = PeersWindow(ws, "zh_CN")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _cell(model, row: int, column: str, columns=COLUMNS) -> str:
    return model.index(row, columns.index(column)).data() or ""


def test_the_county_sees_its_township_and_after_an_import_its_villages(qtbot, demo, languages):
    township = demo.township.sync.identity()
    w = _window(qtbot, demo.county)
    assert w.peers.rowCount() == 1
    assert _cell(w.peers, 0, "name") == township.name
    assert township.unit_code in _cell(w.peers, 0, "unit")
    assert _cell(w.peers, 0, "fingerprint").startswith(township.fingerprint[:5])
    assert "1" in _cell(w.peers, 0, "sent")          # the first, full bundle went to it
    assert _cell(w.peers, 0, "received") == w.peers.tr("none yet")
    assert w.selected_peer().installation_id == township.installation_id
    assert w.villages_panel.isVisibleTo(w) and w.revoke_button.isVisibleTo(w)
    villages = w.villages.rowCount()
    assert villages > 0 and w.villages.received() == 0
    assert _cell(w.villages, 0, "sequence", VILLAGE_COLUMNS) == w.villages.tr("nothing yet")

    summary = demo.county.sync.import_bundle(demo.to_county)
    w.reload()
    assert w.villages.rowCount() == villages
    assert w.villages.received() > 0
    peer = demo.county.sync.peer(township.installation_id)
    assert peer.received_sequence == summary.sequence
    assert _cell(w.peers, 0, "received").startswith(w.peers.tr("No. {sequence}, {when}").split("{")[0])
    received = [r for r in w.villages.receipts if r.sequence]
    changed = set(summary.villages)
    assert changed <= {r.village_id for r in received}
    row = next(i for i, r in enumerate(w.villages.receipts) if r.sequence)
    assert _cell(w.villages, row, "at", VILLAGE_COLUMNS)[:4].isdigit()    # a date and time
    assert int(_cell(w.villages, row, "rows", VILLAGE_COLUMNS)) > 0
    assert str(summary.sequence) in w.villages_summary.text()


def test_revoke_with_a_reason_marks_it_revoked(qtbot, demo, languages):
    township_id = demo.township.installation_id
    w = _window(qtbot, demo.county)
    qtbot.mouseClick(w.revoke_button, Qt.MouseButton.LeftButton)
    dialog = w.revoke_dialog
    assert dialog.isVisible() and not dialog.revoke_button.isEnabled()   # a reason first
    type_text(qtbot, dialog.reason, "笔记本电脑被盗")
    with qtbot.waitSignal(w.revoked) as revoked:
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert revoked.args[0].installation_id == township_id
    peer = demo.county.sync.peer(township_id)
    assert peer.revoked_at and peer.revocation_reason == "笔记本电脑被盗"
    assert "笔记本电脑被盗" in _cell(w.peers, 0, "revoked")
    assert not w.revoke_button.isEnabled()


def test_cancelling_revoke_changes_nothing(qtbot, demo, languages):
    w = _window(qtbot, demo.county)
    dialog = w.ask_revoke()
    type_text(qtbot, dialog.reason, "test")
    dialog.reject()
    assert demo.county.sync.peer(demo.township.installation_id).revoked_at is None


def test_a_township_sees_its_county_without_villages_or_revoke(qtbot, demo, languages):
    w = _window(qtbot, demo.township)
    county = demo.county.sync.identity()
    assert w.peers.rowCount() == 1 and _cell(w.peers, 0, "name") == county.name
    assert _cell(w.peers, 0, "role") == w.peers.tr("County")
    assert not w.revoke_button.isVisibleTo(w) and not w.villages_panel.isVisibleTo(w)
    assert w.windowTitle() == w.tr("Installations")


def test_a_township_whose_audit_trail_broke_off_is_marked_on_its_last_bundle(qtbot, demo, languages):
    from dataclasses import replace

    from PySide6.QtGui import QColor

    from desktop.ui.peer_table_model import ALARM_COLOUR, PeerTableModel

    peer = demo.county.sync.peers()[0]
    assert peer.audit_alarm == ""
    alarm = "The township's audit trail does not continue from the one it sent on 2026-11-20."
    model = PeerTableModel("zh_CN")
    model.set_peers([peer, replace(peer, audit_alarm=alarm)])
    received = COLUMNS.index("received")
    tip, colour = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole
    assert model.index(0, received).data(tip) is None and model.index(0, received).data(colour) is None
    assert model.index(1, received).data(tip) == alarm
    assert model.index(1, received).data(colour).color() == QColor(ALARM_COLOUR)
