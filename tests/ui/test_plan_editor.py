"""The village plan (一村一策) driven as the township cadre and the county
reviewer drive it: the items typed in, the "三个不放过" check naming what
to fix, the village meeting, submitting, a return with comments, the second
round, its comparison with the first, and approval."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.core.errors import record_changed_elsewhere
from desktop.core.ledger_terms import PlanStatus, PlanStep, ProblemStatus
from desktop.core.plans import field_label
from desktop.ui.plan_editor import PlanEditor
from desktop.ui.plan_item_table import MARKED, column_of
from desktop.ui.plan_meeting_dialog import PlanMeetingDialog
from desktop.ui.plan_review_dialog import PlanReviewDialog
from tests.ui.conftest import click_button, message_box, type_text
from tests.ui.plan_data import CONCRETE, SECOND, add_problem, make_plan


@pytest.fixture
def setup(workspace):
    return make_plan(workspace)


def _editor(qtbot, ws, plan_id, language="zh_CN"):
    e = PlanEditor(ws, plan_id, language)
    qtbot.addWidget(e)
    e.resize(1200, 760)
    e.show()
    qtbot.waitExposed(e)
    e.activateWindow()
    qtbot.waitUntil(e.isActiveWindow)
    return e


def _click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _ok(qtbot, dialog):
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def _hold_meeting(qtbot, editor, present=28, expected=31, resolution="同意该方案"):
    _click(qtbot, editor.buttons["meeting"])
    dialog = editor.dialog
    assert isinstance(dialog, PlanMeetingDialog) and dialog.isVisible()
    assert dialog.on.edit.text() == "2026-11-23"
    dialog.present.setValue(present)
    dialog.expected.setValue(expected)
    type_text(qtbot, dialog.resolution, resolution)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()


def _click_failure(qtbot, editor, row):
    view = editor.failure_list
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _status(editor):
    return editor.header.status.text()


def test_a_plan_goes_from_draft_through_a_return_to_approval(qtbot, workspace, setup, languages):
    ws = workspace
    editor = _editor(qtbot, ws, setup.plan)
    assert _status(editor) == PlanStatus.DRAFT.label
    assert "白依村" in editor.header.village.text() and "2026" in editor.header.village.text()
    assert PlanStep.DRAFTED.label in editor.header.last_step.text() and "tester" in editor.header.last_step.text()
    assert editor.table.rowCount() == 1 and editor.form.problem.text() == ws.ledger.get(setup.problem).description
    # The deadline and people come from the ledger.
    assert editor.form.deadline.edit.text() == "2026-12-31"
    assert editor.form.edits["responsible_person"].text() == "卓玛"
    assert not editor.buttons["submit"].isEnabled() and not editor.buttons["approve"].isEnabled()

    form = editor.form.edits
    type_text(qtbot, form["goal"], "党员队伍结构优化")
    type_text(qtbot, form["content"], "发展年轻党员，培养入党积极分子")
    type_text(qtbot, form["measures"], "加强领导")
    assert editor.is_dirty() and editor.buttons["save"].isEnabled()
    assert editor.table.item(0, column_of("measures")).text() == "加强领导"

    # The check names item 1 and its measures, and marks the cell.
    _click(qtbot, editor.buttons["check"])
    sentences = editor.failure_list.sentences()
    measures = next(s for s in sentences if field_label("measures") in s)
    assert "1" in measures
    assert any(f.field == "meeting" for f in editor.failures)
    assert editor.table.item(0, column_of("measures")).data(MARKED)
    assert not editor.table.item(0, column_of("goal")).data(MARKED)
    assert editor.form.field_messages["measures"].isVisible()

    # Choosing the failure takes the cadre to the field.
    form["goal"].setFocus()
    _click_failure(qtbot, editor, sentences.index(measures))
    assert editor.table.currentRow() == 0
    assert QApplication.focusWidget() is form["measures"]

    # Saved with the vague measure and reviewed by the meeting, it still cannot be submitted.
    _click(qtbot, editor.buttons["save"])
    assert not editor.is_dirty() and ws.plans.open(setup.plan).items[0].measures == "加强领导"
    _hold_meeting(qtbot, editor)
    assert _status(editor) == PlanStatus.MEETING_REVIEWED.label
    _click(qtbot, editor.buttons["submit"])
    box = message_box(editor, "errorBox")
    assert box is not None and measures in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    assert ws.plans.open(setup.plan).plan.status is PlanStatus.MEETING_REVIEWED

    # Fixed: the failure goes as the cadre types; the changed plan needs the meeting again.
    _retype(qtbot, form["measures"], CONCRETE)
    assert not any(f.field == "measures" for f in editor.failures)
    assert not editor.table.item(0, column_of("measures")).data(MARKED)
    _click(qtbot, editor.buttons["save"])
    assert _status(editor) == PlanStatus.DRAFT.label
    _hold_meeting(qtbot, editor, 29)
    _click(qtbot, editor.buttons["submit"])
    assert message_box(editor, "errorBox") is None
    assert _status(editor) == PlanStatus.SUBMITTED.label
    assert editor.failures == [] and form["goal"].isReadOnly()

    # The county returns it; without a comment on an item the dialog refuses.
    _click(qtbot, editor.buttons["return"])
    review = editor.dialog
    assert isinstance(review, PlanReviewDialog) and not review.approve
    _ok(qtbot, review)
    assert review.isVisible() and review.message.isVisible() and review.message.text()
    item_id = ws.plans.open(setup.plan).items[0].id
    type_text(qtbot, review.comments[item_id], "措施要写明培训内容")
    type_text(qtbot, review.overall, "细化措施")
    type_text(qtbot, review.decided_by, "县委组织部")
    with qtbot.waitSignal(editor.changed) as changed:
        _ok(qtbot, review)
    assert "白依村" in changed.args[1]
    assert _status(editor) == PlanStatus.RETURNED.label
    assert editor.table.item(0, column_of("comment")).text() == "措施要写明培训内容"
    assert "细化措施" in editor.header.overall_comment.text() and editor.header.overall_comment.isVisible()
    assert editor.history.item(0, 0).text() == PlanStep.RETURNED.label
    assert editor.history.item(0, 3).text() == "tester" and editor.history.item(0, 4).text() == "细化措施"

    # Revised as round 2: the county's comment stays beside the item.
    assert "2" in editor.buttons["revise"].text()
    _click(qtbot, editor.buttons["revise"])
    assert ws.plans.open(setup.plan).plan.round == 2
    assert _status(editor) == PlanStatus.DRAFT.label and "2" in editor.header.village.text()
    assert editor.form.comment.isVisible() and "措施要写明培训内容" in editor.form.comment.text()
    form["measures"].moveCursor(form["measures"].textCursor().MoveOperation.End)
    type_text(qtbot, form["measures"], "，培训内容为党章党规")
    _click(qtbot, editor.buttons["save"])

    # The comparison shows the measure changed, with the county's comment.
    _click(qtbot, editor.buttons["compare"])
    compare = editor.compare_window
    assert compare.isVisible() and compare.rounds() == (1, 2)
    (item,) = compare.comparisons
    assert item.kind == "changed" and [c.field for c in item.changes] == ["measures"] and item.answered
    page = compare.view.toPlainText()
    assert "措施要写明培训内容" in page and CONCRETE in page and "培训内容为党章党规" in page
    compare.close()

    _hold_meeting(qtbot, editor, 30)
    _click(qtbot, editor.buttons["submit"])
    _click(qtbot, editor.buttons["approve"])
    approve = editor.dialog
    assert approve.approve
    _ok(qtbot, approve)
    assert _status(editor) == PlanStatus.APPROVED.label
    assert not editor.buttons["save"].isEnabled() and form["goal"].isReadOnly()
    assert not any(editor.buttons[n].isEnabled() for n in ("meeting", "submit", "approve", "return", "revise"))
    # The ledger follows the approved plan.
    assert ws.ledger.get(setup.problem).status is ProblemStatus.IN_PROGRESS
    assert editor.history.rowCount() == 9


def test_a_stale_plan_is_not_saved_over(qtbot, workspace, setup, languages):
    editor = _editor(qtbot, workspace, setup.plan)
    type_text(qtbot, editor.form.edits["goal"], "党员队伍结构优化")
    # Someone else saves the items meanwhile (another window, the command line).
    f = workspace.plans.open(setup.plan)
    changeset = workspace.plans.save_items(setup.plan, f.plan.row_version,
                                           [{"problem_id": setup.problem, **f.items[0].values(), "goal": "别的目标"}])
    editor.apply(changeset)
    assert editor.notice.isVisible() and editor.form.edits["goal"].text() == "党员队伍结构优化"
    _click(qtbot, editor.buttons["save"])
    box = message_box(editor, "errorBox")
    assert box is not None and box.text() == record_changed_elsewhere().message
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    assert workspace.plans.open(setup.plan).items[0].goal == "别的目标"
    assert editor.is_dirty()
    editor.discard_and_close()


def test_a_changed_status_elsewhere_refuses_the_save(qtbot, workspace, setup, languages):
    editor = _editor(qtbot, workspace, setup.plan)
    type_text(qtbot, editor.form.edits["goal"], "党员队伍结构优化")
    workspace.plans.record_meeting(setup.plan, None, date(2026, 11, 20), 20, 25, "同意")
    _click(qtbot, editor.buttons["save"])
    box = message_box(editor, "errorBox")
    assert box is not None and box.text() == record_changed_elsewhere().message
    editor.discard_and_close()


def test_closing_with_unsaved_edits_asks(qtbot, workspace, setup, languages):
    editor = _editor(qtbot, workspace, setup.plan)
    editor.close()
    assert not editor.isVisible()     # nothing unsaved: no question

    editor = _editor(qtbot, workspace, setup.plan)
    type_text(qtbot, editor.form.edits["goal"], "党员队伍结构优化")
    editor.close()
    box = message_box(editor, "questionBox")
    assert box is not None and "白依村" in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert editor.isVisible() and editor.is_dirty()
    editor.close()
    click_button(qtbot, message_box(editor, "questionBox"), QMessageBox.StandardButton.Save)
    assert not editor.isVisible()
    assert workspace.plans.open(setup.plan).items[0].goal == "党员队伍结构优化"


def test_items_are_added_removed_and_moved(qtbot, workspace, setup, languages):
    second = add_problem(workspace, setup.village, SECOND)
    editor = _editor(qtbot, workspace, setup.plan)
    _click(qtbot, editor.buttons["check"])
    missing = next(f for f in editor.failures if f.item is None and f.problem_id == second)
    assert missing.sentence() in editor.failure_list.sentences()

    assert editor.addable() == [second]
    editor.add_menu.aboutToShow.emit()
    (action,) = editor.add_menu.actions()
    assert action.text() == SECOND
    action.trigger()
    assert editor.table.rowCount() == 2 and editor.table.currentRow() == 1
    assert editor.form.problem.text() == SECOND and "2" in editor.form.title.text()
    assert not any(f.problem_id == second and f.item is None for f in editor.failures)
    editor.add_menu.aboutToShow.emit()
    assert not editor.add_menu.actions()[0].isEnabled()       # nothing left to add

    _click(qtbot, editor.up_button)
    assert [r["problem_id"] for r in editor.rows] == [second, setup.problem]
    assert editor.table.currentRow() == 0 and not editor.up_button.isEnabled()
    _click(qtbot, editor.down_button)
    assert [r["problem_id"] for r in editor.rows] == [setup.problem, second]
    _click(qtbot, editor.buttons["save"])
    assert [i.problem_id for i in workspace.plans.open(setup.plan).items] == [setup.problem, second]

    editor.table.selectRow(0)
    _click(qtbot, editor.remove_button)
    assert [r["problem_id"] for r in editor.rows] == [second]
    _click(qtbot, editor.buttons["save"])
    assert [i.problem_id for i in workspace.plans.open(setup.plan).items] == [second]


def test_the_editor_follows_a_language_switch(qtbot, workspace, setup, languages):
    editor = _editor(qtbot, workspace, setup.plan)
    _click(qtbot, editor.buttons["check"])
    zh_status = _status(editor)
    languages.apply("bo_CN", remember=False)
    editor.set_language("bo_CN")
    assert _status(editor) == PlanStatus.DRAFT.label
    assert editor.failure_list.sentences() == [f.sentence() for f in workspace.plans.check(setup.plan)]
    # Qt posts LanguageChange: the headers follow once it is delivered.
    qtbot.waitUntil(lambda: editor.table.horizontalHeaderItem(column_of("measures")).text() == field_label("measures"))
    languages.apply("zh_CN", remember=False)
    qtbot.waitUntil(lambda: _status(editor) == zh_status)


def test_the_meeting_dialog_says_what_is_missing_and_stays_open(qtbot, workspace, setup, languages):
    editor = _editor(qtbot, workspace, setup.plan)
    with qtbot.waitSignal(editor.open_village) as opened:
        _click(qtbot, editor.header.village_button)
    assert opened.args == [setup.village]
    _click(qtbot, editor.buttons["meeting"])
    dialog = editor.dialog
    dialog.present.setValue(30)
    dialog.expected.setValue(25)
    type_text(qtbot, dialog.resolution, "同意")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "30" in dialog.message.text() and "25" in dialog.message.text()
    _retype(qtbot, dialog.on.edit, "2026-13-01")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.on.message
    _retype(qtbot, dialog.on.edit, "2026-11-20")
    dialog.expected.setValue(0)      # not known
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    plan = workspace.plans.open(setup.plan).plan
    assert (plan.status, plan.meeting_on, plan.meeting_present, plan.meeting_expected) == \
        (PlanStatus.MEETING_REVIEWED, date(2026, 11, 20), 30, None)
    assert editor.history.item(0, 0).text() == PlanStep.MEETING.label and "同意" in editor.history.item(0, 4).text()


def test_the_step_dialogs_are_gone_once_closed(qtbot, workspace, setup, languages):
    """The meeting and review dialogs are made per step and go when closed,
    not with the editor."""
    from PySide6.QtCore import QCoreApplication, QEvent

    editor = _editor(qtbot, workspace, setup.plan)
    _hold_meeting(qtbot, editor)
    _click(qtbot, editor.buttons["meeting"])
    editor.dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert editor.findChildren(PlanMeetingDialog) == [] and editor.dialog is None
    workspace.plans.save_items(setup.plan, None, [{"problem_id": setup.problem, "goal": "党员队伍结构优化",
                                                   "content": "发展年轻党员", "measures": CONCRETE,
                                                   "deadline": date(2026, 12, 31), "responsible_leader": "扎西",
                                                   "responsible_person": "卓玛"}])
    workspace.plans.record_meeting(setup.plan, None, date(2026, 11, 20), 28, 31, "同意")
    workspace.plans.submit(setup.plan)
    editor.reload()
    _click(qtbot, editor.buttons["return"])
    assert isinstance(editor.dialog, PlanReviewDialog)
    editor.dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert editor.findChildren(PlanReviewDialog) == []
