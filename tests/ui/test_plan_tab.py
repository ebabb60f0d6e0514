"""The village file's Plans tab, and the plan editor opened from the main
window's Rectification menu with its changes on the undo stack."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from desktop.core.ledger_terms import PlanStatus, PlanStep
from desktop.ui.plan_editor import PlanEditor
from desktop.ui.plan_tab import PlanTab
from tests.ui.conftest import click_button, message_box, type_text
from tests.ui.plan_data import add_problem, make_township
from tests.services.test_inspections import _village


def _tab(qtbot, ws):
    tab = PlanTab(ws, "zh_CN")
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_a_new_plan_from_the_tab_is_listed_and_opened(qtbot, workspace, languages):
    village = _village(workspace, make_township(workspace), "白依村", "513336100201")
    add_problem(workspace, village)
    tab = _tab(qtbot, workspace)
    tab.load(None)
    assert not tab.new_button.isEnabled() and not tab.open_button.isEnabled()
    tab.load(village)
    assert tab.table.rowCount() == 0 and tab.new_button.isEnabled()

    opened = []
    tab.open_plan.connect(opened.append)
    with qtbot.waitSignal(tab.changed) as changed:
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    changeset, description = changed.args
    (plan_id,) = changeset.ids("plan")
    assert opened == [plan_id] and "白依村" in description
    assert [tab.table.item(0, c).text() for c in range(3)] == ["2026", "1", PlanStatus.DRAFT.label]
    assert PlanStep.DRAFTED.label in tab.table.item(0, 3).text()

    # One plan at a time: a second is refused with the service's message.
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    box = message_box(tab, "errorBox")
    assert box is not None and PlanStatus.DRAFT.inline_label in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    assert len(workspace.plans.for_village(village)) == 1

    # Enter or Open opens the selected plan; the list follows changes made elsewhere.
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [plan_id] * 3
    changeset = workspace.plans.record_meeting(plan_id, None, workspace.today(), 20, 25, "同意")
    tab.apply(changeset)
    assert tab.table.item(0, 2).text() == PlanStatus.MEETING_REVIEWED.label


def _ctrl_p(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, "Ctrl+P")
    qtbot.waitUntil(lambda: bool(window.campaign_menu.plans))
    editor = next(iter(window.campaign_menu.plans.values()))
    assert isinstance(editor, PlanEditor) and editor.isVisible()
    return editor


def test_ctrl_p_opens_the_villages_plan_and_its_changes_can_be_undone(qtbot, window, demo_workspace):
    ws = demo_workspace
    window.view.selectRow(0)
    village = window.selected_ids()[0]
    add_problem(ws, village)
    editor = _ctrl_p(qtbot, window)
    assert editor.file.plan.village_id == village and editor.table.rowCount() == 1
    # Undoing the draft leaves the editor saying so, with nothing left to press but Close.
    window.undo_action.trigger()
    assert ws.plans.for_village(village) == []
    assert editor.notice.isVisible() and editor.notice.text()
    assert not editor.buttons["check"].isEnabled() and editor.buttons["close"].isEnabled()
    window.redo_action.trigger()
    assert editor.buttons["check"].isEnabled() and editor.table.rowCount() == 1 and not editor.notice.isVisible()
    window.undo_action.trigger()
    editor.close()
    qtbot.waitUntil(lambda: not window.campaign_menu.plans)

    editor = _ctrl_p(qtbot, window)
    drafted = window.undo_stack.count()
    type_text(qtbot, editor.form.edits["goal"], "党员队伍结构优化")
    qtbot.mouseClick(editor.buttons["save"], Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == drafted + 1
    assert ws.plans.open(editor.plan_id).items[0].goal == "党员队伍结构优化"
    # Undo reaches the open editor through the hub.
    window.undo_action.trigger()
    assert ws.plans.open(editor.plan_id).items[0].goal == ""
    assert editor.form.edits["goal"].text() == "" and not editor.is_dirty()
    editor.close()
    qtbot.waitUntil(lambda: not window.campaign_menu.plans)


def test_quitting_asks_about_a_plan_with_unsaved_edits(qtbot, window, demo_workspace):
    window.view.selectRow(0)
    add_problem(demo_workspace, window.selected_ids()[0])
    editor = _ctrl_p(qtbot, window)
    type_text(qtbot, editor.form.edits["goal"], "党员队伍结构优化")
    window.close()
    box = message_box(editor, "questionBox")
    assert box is not None
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert window.isVisible() and editor.isVisible() and editor.is_dirty()
    editor.discard_and_close()
