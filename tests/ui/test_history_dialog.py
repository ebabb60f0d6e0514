"""History… from a village file and from a problem: every change from the
audit trail, newest first, who made it, each field before → after in
words (closed lists by their labels, periods and weaknesses as people
write them), created and deleted records, changes undone later marked;
an edit saved while the history is open appears at the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.access import action_label
from desktop.core.ledger_terms import ProblemStatus as S
from desktop.core.query import VillageQuery
from desktop.core.terms import PartyOrgType, Rating, WeaknessType
from desktop.services.audit_labels import field_label
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.history_model import ARROW, COLUMNS
from desktop.ui.problem_dialog import ProblemDialog
from desktop.ui.safety_screens import village_story
from tests.ui.conftest import type_text
from tests.ui.ledger_data import make_ledger

LEFT = Qt.MouseButton.LeftButton


def _cell(history: HistoryDialog, row: int, column: str) -> str:
    return history.model.index(row, COLUMNS.index(column)).data() or ""


def _rows(history: HistoryDialog) -> list[dict[str, str]]:
    return [{c: _cell(history, r, c) for c in COLUMNS} for r in range(history.model.rowCount())]


def _open_history(qtbot, window, village_id):
    dialog = window.open_village(village_id)
    qtbot.mouseClick(dialog.history_button, LEFT)
    history = dialog.history_dialog
    assert history is not None and history.isVisible()
    return dialog, history


def test_a_village_file_shows_its_history_newest_first(qtbot, window):
    ws = window.ws
    village_id = ws.villages.search(VillageQuery(rating=Rating.BACKWARD))[0]
    before = ws.villages.open_file(village_id).facts
    village_story(ws, village_id)
    dialog, history = _open_history(qtbot, window, village_id)
    name = dialog.name()
    assert name in history.windowTitle() and history.children.isVisibleTo(history)
    rows = _rows(history)
    entries = history.model.entries
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)      # newest first
    assert all(r["who"] == "tester" for r in rows[:6])

    # The note written and undone: the undo on top, the edit below it marked and struck through.
    assert rows[0]["what"] == action_label("revert")
    edit = next(i for i, e in enumerate(entries) if e.reverted)
    assert history.model.tr("(undone later)") in rows[edit]["what"]
    assert rows[edit]["changes"].endswith(f"{ARROW}写错了的备注")
    font = history.model.index(edit, COLUMNS.index("changes")).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()

    # The rating: the village's own column and the rating record, both in words.
    rating_change = next(r for r in rows if r["what"] == action_label("set_rating") and r["record"].startswith(
        history.model.entity_name("village") + ":"))
    assert f"{Rating.BACKWARD.label}{ARROW}{Rating.ORDINARY.label}" in rating_change["changes"]
    created = next(r for r in rows if r["what"] == action_label("set_rating") and r["record"] ==
                   f"{history.model.entity_name('village_rating')}: {ws.today().year}")
    assert created["changes"].startswith(history.model.tr("Created"))

    # The facts: numbers, a closed list and the weakness set, each labelled.
    facts = next(r for r in rows if f"{before.population}{ARROW}{before.population + 12}" in r["changes"])
    lines = facts["changes"].split("\n")
    assert f"{field_label('village', 'population')}: {before.population}{ARROW}{before.population + 12}" in lines
    org = next(line for line in lines if line.startswith(field_label("village", "party_org_type")))
    assert PartyOrgType.BRANCH.label in org or PartyOrgType.GENERAL_BRANCH.label in org
    weak = WeaknessType.SOFT.short_label
    assert any(weak in line and WeaknessType.POOR.short_label in line for line in lines)
    assert facts["record"] == f"{history.model.entity_name('village')}: {name}"

    # The income added in the file: a record of its own, named by its year.
    income = next(r for r in rows if r["record"].startswith(history.model.entity_name("collective_income")))
    assert income["record"].endswith(str(ws.today().year)) and income["changes"] == history.model.tr("Created")

    # Only the village's own row: fewer entries, the record column hidden.
    all_rows = len(rows)
    history.children.click()
    assert 0 < history.model.rowCount() < all_rows
    assert history.view.isColumnHidden(COLUMNS.index("record"))
    assert {e.entity for e in history.model.entries} == {"village"}


def test_an_edit_saved_while_the_history_is_open_comes_on_top(qtbot, window):
    village_id = window.ws.villages.search(VillageQuery())[0]
    dialog, history = _open_history(qtbot, window, village_id)
    count = history.model.rowCount()
    field = dialog.basic.population
    before = dialog.original.facts.population
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(qtbot, field.edit, str(before + 7))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert history.model.rowCount() == count + 1
    top = _rows(history)[0]
    assert top["what"] == action_label("village.edit")
    assert f"{before}{ARROW}{before + 7}" in top["changes"]
    window.undo_action.trigger()                       # undone: the edit is marked
    assert history.model.rowCount() == count + 2
    assert history.model.entries[1].reverted and history.model.tr("(undone later)") in _rows(history)[1]["what"]


def test_a_new_village_has_no_history_button_until_saved(qtbot, window):
    dialog = window.new_village()
    assert not dialog.history_button.isEnabled()


def test_a_deleted_post_and_person_are_in_the_village_history(qtbot, window):
    ws = window.ws
    village_id = ws.villages.search(VillageQuery())[0]
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    post = edited.posts[0]
    holder = edited.people[post.person_id]
    edited.posts = [p for p in edited.posts if p.id != post.id]
    ws.villages.save_file(original, edited)
    _dialog, history = _open_history(qtbot, window, village_id)
    top = [e for e in history.model.entries if e.changeset_id == history.model.entries[0].changeset_id]
    deleted = {e.entity for e in top if e.op == "delete"}
    assert "post" in deleted
    row = next(i for i, e in enumerate(history.model.entries) if e.entity == "post" and e.op == "delete")
    assert _cell(history, row, "changes") == history.model.tr("Deleted")
    assert _cell(history, row, "record") == history.model.entity_name("post")   # gone from the file: by its kind
    if "person" in deleted:    # held no other post: removed with it
        assert holder.id in {e.entity_id for e in top if e.entity == "person"}


@pytest.fixture
def ledger(workspace, township, languages):
    return make_ledger(workspace, township)


def test_a_problem_shows_its_moves_in_its_history(qtbot, workspace, ledger):
    dialog = ProblemDialog(workspace, ledger.solved, "zh_CN")
    dialog.changed.connect(lambda changeset, _text: dialog.apply(changeset))   # as its window's hub does
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.history_button.isVisible()
    qtbot.mouseClick(dialog.history_button, LEFT)
    history = dialog.history_dialog
    rows = _rows(history)
    assert rows[0]["what"] == action_label("problem_solve")
    assert f"{S.OPEN.label}{ARROW}{S.SOLVED.label}" in rows[0]["changes"] or any(
        f"{S.OPEN.label}{ARROW}{S.SOLVED.label}" in r["changes"] for r in rows)
    assert rows[-1]["what"] == action_label("add_problem")
    assert rows[-1]["changes"] == history.model.tr("Created")
    assert any(r["record"] == history.model.entity_name("problem_event") for r in rows)   # its move record

    # A correction saved in the dialog comes on top of the open history.
    count = len(rows)
    edit = dialog.form.lines["responsible_person"].edit
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, "达瓦次仁")
    assert dialog.save()
    assert history.model.rowCount() == count + 1
    assert f"达瓦{ARROW}达瓦次仁" in _cell(history, 0, "changes")


def test_a_new_problem_has_no_history(qtbot, workspace, ledger):
    dialog = ProblemDialog(workspace, None, "zh_CN", village_id=ledger.tashi)
    qtbot.addWidget(dialog)
    assert dialog.history_button.isHidden() and dialog.open_history() is None
