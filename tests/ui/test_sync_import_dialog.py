"""Exchange → Import bundle… driven as a user drives it, in the county over
a real bundle from its township: choose the file, read the summary (the
same figures the service computes), import, see the township's notes in
the county's villages; the same file again is "already imported"; a copy
with one byte changed is refused, in the dialog, and writes nothing;
closing without importing leaves no staging behind; a bundle that waits for
an earlier one says so and goes in with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.sync_errors import BundleRejected
from desktop.services.sync.results import BundleState
from desktop.services.workspace import Workspace
from desktop.ui.sync_counts_model import shown_counts
from desktop.ui.sync_import_dialog import SyncImportDialog
from desktop.ui.sync_words import SyncWords, local_time
from tests.ui.conftest import message_box
from tests.ui.exchange_data import TOWNSHIP_NOTE, flipped_copy, make_demo, notes, staged_folders


@pytest.fixture
def demo(tmp_path):
    made = make_demo(tmp_path)
    yield made
    made.close()


def _open(qtbot, ws, monkeypatch, path):
    """Import bundle…, then Choose… and the file picked in the file dialog."""
    dialog = SyncImportDialog(ws, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.import_button.isVisible()       # nothing to import before a file is read
    monkeypatch.setattr("desktop.ui.sync_import_dialog.QFileDialog.getOpenFileName",
                        lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    return dialog


def _model_rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_summary_import_and_import_again(qtbot, languages, demo, monkeypatch):
    county = demo.county
    with county.sync.stage(demo.to_county) as expected_stage:
        expected = expected_stage.summary
    assert expected.state is BundleState.READY and expected.conflicts
    before = notes(county)
    assert TOWNSHIP_NOTE not in before.values()

    dialog = _open(qtbot, county, monkeypatch, demo.to_county)
    assert not dialog.refusal.isVisible()
    summary = dialog.summary
    # Who sent it and which bundle it is.
    township_name = demo.township.sync.identity().name
    assert township_name in summary.sender.text()
    assert str(expected.sequence) in summary.bundle.text()
    assert local_time(expected.created_at) in summary.bundle.text()
    assert len(staged_folders(county)) == 1             # unpacked in the staging area, nothing written
    assert notes(county) == before

    # The figures are the service's: per table (with translated names), in all, per village, the conflicts.
    words = SyncWords()
    tables = _model_rows(summary.table_model)
    in_order = [t for t, c in expected.tables.items() if c.written] + \
               [t for t, c in expected.tables.items() if not c.written]       # what Import writes to first
    assert len(tables) == len(in_order) + 1                                  # and a total row
    for row, table in zip(tables, in_order):
        counts = expected.tables[table]
        figures = shown_counts(counts)
        assert row == [words.table(table), *(str(figures[k]) for k in ("new", "changed", "deleted", "unchanged",
                                                                         "conflict"))]
    assert tables[-1][1:] == [str(v) for v in shown_counts(expected.total()).values()]
    assert summary.counts() == shown_counts(expected.total())
    assert str(len(expected.conflicts)) in summary.totals.text()
    villages = _model_rows(summary.village_model)
    assert len(villages) == len(expected.villages)
    codes = {code for code, _zh, _bo in expected.village_names.values()}
    assert {row[0] for row in villages} == codes
    assert all(row[1] for row in villages)                # each village named
    assert summary.conflicts.rowCount() == len(expected.conflicts)
    shown = [[summary.conflicts.item(r, c).text() for c in range(4)] for r in range(summary.conflicts.rowCount())]
    assert sorted(row[0] for row in shown) == sorted(expected.village_names[c.village_id][1]
                                                     for c in expected.conflicts)
    assert {row[1] for row in shown} == {words.table(c.entity) for c in expected.conflicts}
    assert {row[2] for row in shown} == {summary.stays_text(c.kept_from) for c in expected.conflicts}
    assert str(len(expected.conflicts)) in summary.tabs.tabText(2)

    # Import: written in one go, said in the dialog, announced with its change set.
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported, \
            qtbot.waitSignal(dialog.changed, timeout=60_000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert result.state is BundleState.IMPORTED
    assert changed.args[0] is result.changeset and result.changeset.touches("village")
    qtbot.waitUntil(lambda: dialog.task is None)
    assert not dialog.import_button.isVisible()
    assert not dialog.choose.isEnabled()
    assert str(result.total().new) in summary.totals.text()
    after = notes(county)
    assert list(after.values()).count(TOWNSHIP_NOTE) == 3   # the township's notes, now in the county
    assert staged_folders(county) == []
    dialog.close()

    # The same file again: already imported, said so, nothing to press, nothing changed.
    again = _open(qtbot, county, monkeypatch, demo.to_county)
    assert again.summary.summary.state is BundleState.ALREADY_IMPORTED
    assert again.summary.state.isVisible()
    assert again.summary.state.text() == again.summary.summary.message
    assert str(expected.sequence) in again.summary.state.text()
    assert not again.import_button.isVisible()
    assert not again.summary.tabs.isVisible()
    assert notes(county) == after


def test_a_changed_byte_is_refused_in_the_dialog(qtbot, languages, demo, monkeypatch, tmp_path):
    county = demo.county
    tampered = flipped_copy(demo.to_county, tmp_path / "tampered.vdbundle")
    with pytest.raises(BundleRejected) as refused:
        county.sync.stage(tampered)
    before = notes(county)

    dialog = _open(qtbot, county, monkeypatch, tampered)
    assert dialog.refusal.isVisible()
    assert refused.value.message in dialog.refusal.text()
    assert "tampered.vdbundle" in dialog.refusal.text()
    assert not dialog.import_button.isVisible()
    assert not dialog.summary.tabs.isVisible() and not dialog.summary.sender.isVisible()
    assert message_box(dialog, "errorBox") is None        # said in the dialog, not in a box
    assert notes(county) == before
    assert staged_folders(county) == []
    assert county.sync.peer(demo.township.installation_id).received_sequence == 0

    # The good file afterwards: the refusal goes, the summary comes.
    monkeypatch.setattr("desktop.ui.sync_import_dialog.QFileDialog.getOpenFileName",
                        lambda *_a, **_k: (str(demo.to_county), ""))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert not dialog.refusal.isVisible()
    assert dialog.import_button.isVisible()


def test_closing_without_importing_discards_the_staging(qtbot, languages, demo, monkeypatch):
    county = demo.county
    before = notes(county)
    dialog = _open(qtbot, county, monkeypatch, demo.to_county)
    assert dialog.import_button.isEnabled()
    assert len(staged_folders(county)) == 1
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert staged_folders(county) == []
    assert notes(county) == before
    assert county.sync.peer(demo.township.installation_id).received_sequence == 0


def test_a_bundle_after_a_missing_one_says_so(qtbot, languages, demo, monkeypatch, tmp_path):
    """The township makes a second bundle; the county gets it without the first."""
    county, township = demo.county, demo.township
    second = township.sync.export_bundle(county.installation_id, tmp_path / "second.vdbundle")
    dialog = _open(qtbot, county, monkeypatch, second.path)
    summary = dialog.summary
    assert summary.summary.skipped == (1,)
    assert summary.skipped.isVisible() and "1" in summary.skipped.text()
    assert dialog.import_button.isEnabled()


def _backup(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def test_a_bundle_that_waits_goes_in_after_the_one_it_builds_on(qtbot, languages, demo, monkeypatch, tmp_path):
    """The county restored from a backup lacks the township's bundle 1;
    bundle 2 builds on it: it waits, said so with nothing to press, and goes
    in with bundle 1, which says so."""
    county, township = demo.county, demo.township
    _backup(county.path, tmp_path / "restored.sqlite3")
    county.sync.import_bundle(demo.to_county)
    township.sync.import_bundle(demo.to_township)
    ack = county.sync.export_bundle(township.installation_id, tmp_path / "ack.vdbundle")
    township.sync.import_bundle(ack.path)
    village_id = sorted(notes(township))[0]
    original = township.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.note = "第二次核实。"
    township.villages.save_file(original, edited)
    second = township.sync.export_bundle(county.installation_id, tmp_path / "second.vdbundle")
    assert (second.sequence, second.since) == (2, 1)

    with Workspace.open(tmp_path / "restored.sqlite3", actor="tester") as restored:
        waiting = _open(qtbot, restored, monkeypatch, second.path)
        shown = waiting.summary.summary
        assert shown.state is BundleState.WAITING
        assert waiting.summary.state.isVisible() and waiting.summary.state.text() == shown.message
        assert not waiting.import_button.isVisible() and not waiting.summary.tabs.isVisible()
        assert not waiting.refusal.isVisible()
        waiting.close()
        assert notes(restored)[village_id] != "第二次核实。"

        first = _open(qtbot, restored, monkeypatch, demo.to_county)
        with qtbot.waitSignal(first.imported, timeout=60_000) as imported:
            qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: first.task is None)
        result = imported.args[0]
        assert [s.sequence for s in result.pending_imported] == [2]
        assert "2" in first.summary.state.text().splitlines()[-1]
        assert notes(restored)[village_id] == "第二次核实。"
        first.close()
