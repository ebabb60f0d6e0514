"""Exchange → Conflicts… driven as a user drives it, in the county after it
imported its township's bundle: the notes both sides changed are listed,
the selected one shows both versions side by side with the differing field
marked; "Take the other version" writes it, "Keep this version" leaves the
record, each closes the conflict; "Show resolved" lists them again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.conflict_window import ConflictWindow
from desktop.ui.sync_words import SyncWords
from tests.ui.conftest import click_button, message_box
from tests.ui.exchange_data import make_demo, tick


@pytest.fixture
def county(tmp_path):
    demo = make_demo(tmp_path)
    demo.county.sync.import_bundle(demo.to_county)
    yield demo.county
    demo.close()


def _open(qtbot, ws) -> ConflictWindow:
    window = ConflictWindow(ws, "zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_row(qtbot, window: ConflictWindow, row: int) -> None:
    rect = window.view.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _note(ws, village_id: str) -> str:
    return ws.villages.open_file(village_id).facts.note


def test_compare_and_take_the_other_version(qtbot, languages, county):
    conflicts = county.sync.conflicts()
    assert len(conflicts) == 3
    window = _open(qtbot, county)
    assert window.model.rowCount() == 3
    words = SyncWords()
    assert {window.model.index(r, 1).data() for r in range(3)} == {words.table("village")}
    assert all(window.model.index(r, 0).data() for r in range(3))      # each record named

    _click_row(qtbot, window, 1)
    chosen = window.model.conflict_at(1)
    assert window.detail.id == chosen.id
    compare = window.compare
    note_row = compare.row_of("note")
    assert note_row is not None
    field, kept, other = compare.texts(note_row)
    stored = _note(county, chosen.entity_id)
    assert kept == stored and other != stored and other
    assert {kept, other} == {"村两委已调整，乡镇已核实。", "县委组织部：请补充换届材料。"}
    # The differing field is marked, the others not.
    assert compare.differs(note_row)
    assert compare.table.item(note_row, 0).font().bold()
    assert compare.table.item(note_row, 1).background().color() == compare.table.item(note_row, 2).background().color()
    same_rows = [r for r in range(compare.table.rowCount()) if not compare.differs(r)]
    assert same_rows
    assert compare.table.item(same_rows[0], 1).text() == compare.table.item(same_rows[0], 2).text()
    assert compare.table.item(same_rows[0], 1).background().color() != \
        compare.table.item(note_row, 1).background().color()

    # Take the other version: asked, then written as ours; the conflict is closed.
    assert window.take_button.isEnabled()
    with qtbot.waitSignal(window.changed) as changed:
        qtbot.mouseClick(window.take_button, Qt.MouseButton.LeftButton)
        box = message_box(window, "questionBox")
        assert box is not None
        click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    assert changed.args[0].touches("village")
    assert _note(county, chosen.entity_id) == other
    assert county.sync.conflict(chosen.id).resolved_at
    assert window.model.rowCount() == 2
    assert window.model.row_of(chosen.id) is None
    assert window.detail is not None and window.detail.id != chosen.id   # the next one is shown

    # Keep this version on the next: the record stays as it is.
    kept_id, village = window.detail.id, window.detail.entity_id
    before = _note(county, village)
    qtbot.mouseClick(window.keep_button, Qt.MouseButton.LeftButton)
    assert county.sync.conflict(kept_id).resolved_at
    assert _note(county, village) == before
    assert window.model.rowCount() == 1

    # Show resolved: all three again, the resolved ones said so, nothing to press on them.
    tick(qtbot, window.show_resolved)
    assert window.model.rowCount() == 3
    assert window.select(chosen.id)
    assert window.detail.resolved_at
    assert not window.take_button.isEnabled() and not window.keep_button.isEnabled()
    open_row = next(r for r in range(3) if not window.model.conflict_at(r).resolved_at)
    resolved = window.model.index(window.model.row_of(chosen.id), 5).data()
    assert resolved and resolved != window.model.index(open_row, 5).data()


def test_cancelling_the_question_changes_nothing(qtbot, languages, county):
    window = _open(qtbot, county)
    _click_row(qtbot, window, 0)
    chosen = window.detail
    before = _note(county, chosen.entity_id)
    qtbot.mouseClick(window.take_button, Qt.MouseButton.LeftButton)
    box = message_box(window, "questionBox")
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert _note(county, chosen.entity_id) == before
    assert not county.sync.conflict(chosen.id).resolved_at
    assert window.model.rowCount() == 3
