"""The Inspection menu of the main window: from the village list to an
inspection, the warning overview, ratings; every change on the undo stack."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.inspection_terms import InspectionStatus
from desktop.core.query import VillageQuery
from desktop.core.terms import Rating


def _select_first(window):
    window.view.selectRow(0)
    return window.selected_ids()[0]


def test_ctrl_i_starts_an_inspection_of_the_selected_village(qtbot, window):
    village = _select_first(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, "Ctrl+I")
    start = window.findChild(__import__("desktop.ui.start_inspection_dialog", fromlist=["x"]).StartInspectionDialog)
    qtbot.waitUntil(lambda: start is not None and start.isVisible())
    assert start.village_id == village
    qtbot.mouseClick(start.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.inspection_menu.inspections))
    dialog = next(iter(window.inspection_menu.inspections.values()))
    assert dialog.file.inspection.village_id == village
    assert dialog.file.inspection.status is InspectionStatus.DRAFT
    # Starting it is a change that can be undone.
    assert window.undo_stack.count() == 1
    dialog.discard_and_close()
    qtbot.waitUntil(lambda: not window.inspection_menu.inspections)


def test_the_overview_opens_an_inspection(qtbot, window, demo_workspace):
    overview = window.inspection_menu.open_overview()
    qtbot.waitExposed(overview)
    assert overview.isWindow() and overview.shift_sentences
    ws = demo_workspace
    village = ws.villages.search(VillageQuery())[0]
    inspection = next(i for i in ws.inspections.for_village(village) if i.period == "2026Q3")
    overview.open_inspection.emit(inspection.id)
    dialog = window.inspection_menu.inspections[inspection.id]
    assert dialog.read_only and dialog.isVisible()
    dialog.close()


def test_a_rating_from_the_menu_is_undone_with_ctrl_z(qtbot, window, demo_workspace):
    village = _select_first(window)
    before = demo_workspace.villages.rows([village])[village].rating
    dialog = window.inspection_menu.rate_selected()
    qtbot.waitExposed(dialog)
    dialog.set_rating(Rating.PROBLEM if before is not Rating.PROBLEM else Rating.ADVANCED)
    dialog.accept()
    after = demo_workspace.villages.rows([village])[village].rating
    assert after is not before
    assert [r.period for r in demo_workspace.villages.open_file(village).ratings][0] == "2026"
    window.undo_action.trigger()
    assert demo_workspace.villages.rows([village])[village].rating is before
    assert "2026" not in [r.period for r in demo_workspace.villages.open_file(village).ratings]


def test_the_village_file_lists_its_inspections_and_opens_one(qtbot, window, demo_workspace):
    village = _select_first(window)
    dialog = window.open_village(village)
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(3)
    tab = dialog.inspections
    assert tab.table.rowCount() == 8                 # two years of quarters
    assert tab.table.item(0, 0).text() == "2026年第3季度"
    assert len(tab.trend._points) == 8
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    opened = next(iter(window.inspection_menu.inspections.values()))
    assert opened.file.inspection.village_id == village and opened.read_only
    # A correction made in the form shows up in the village file at once.
    fix, changeset = demo_workspace.inspections.correct(opened.inspection_id)
    window.push_change(changeset, lambda: "correct")
    assert tab.table.rowCount() == 9
    opened.close()
    dialog.discard_and_close()


def test_a_draft_started_by_mistake_is_deleted_from_the_village_file(qtbot, window, demo_workspace):
    from tests.ui.conftest import click_button, message_box
    from PySide6.QtWidgets import QMessageBox

    village = _select_first(window)
    template = demo_workspace.checklists.resolve("village-indicators")
    f, changeset = demo_workspace.inspections.start(village, template, "2026Q4")
    window.push_change(changeset, lambda: "start")
    dialog = window.open_village(village)
    tab = dialog.inspections
    assert tab.table.rowCount() == 9 and tab.table.item(0, 2).text() == "草稿"
    tab.table.selectRow(1)                      # a finalised one cannot be deleted
    assert not tab.delete_button.isEnabled()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = message_box(tab, "questionBox")
    assert box is not None and "2026年第4季度" in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    assert tab.table.rowCount() == 8
    assert all(i.period != "2026Q4" for i in demo_workspace.inspections.for_village(village))
    window.undo_action.trigger()                 # undo brings the draft back
    assert tab.table.rowCount() == 9
    dialog.discard_and_close()


def _open_draft_with_an_answer(qtbot, window, demo_workspace, village):
    template = demo_workspace.checklists.resolve("village-indicators")
    f, changeset = demo_workspace.inspections.start(village, template, "2026Q4")
    window.push_change(changeset, lambda: "start")
    form = window.inspection_menu.open_inspection(f.inspection.id)
    qtbot.waitExposed(form)
    editor = next(e for e in form.editors.values() if e.yes is not None)
    qtbot.mouseClick(editor.yes, Qt.MouseButton.LeftButton)
    assert form.is_dirty()
    return f, form


def test_unsaved_answers_are_never_dropped_unasked(qtbot, window, demo_workspace):
    from tests.ui.conftest import message_box

    village = _select_first(window)
    f, form = _open_draft_with_an_answer(qtbot, window, demo_workspace, village)
    dialog = window.open_village(village)
    tab = dialog.inspections
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert message_box(tab, "errorBox") is not None          # refused: the draft is open with answers
    assert demo_workspace.inspections.draft_of(village, f.inspection.template_id, "2026Q4") == f.inspection.id
    window.undo_action.trigger()                              # undoing its start deletes the draft
    assert form.isVisible() and form.is_dirty()               # the answers stay on screen, with a message
    assert message_box(form, "errorBox") is not None
    form.discard_and_close()
    dialog.discard_and_close()


def test_enter_in_the_inspection_list_opens_it_and_saves_nothing(qtbot, window, demo_workspace):
    village = _select_first(window)
    dialog = window.open_village(village)
    dialog.tabs.setCurrentIndex(0)
    dialog.basic.population.edit.setFocus()
    QTest.keyClick(dialog.basic.population.edit, Qt.Key.Key_End)
    QTest.keyClicks(dialog.basic.population.edit, "0")
    assert dialog.is_dirty()
    dialog.tabs.setCurrentIndex(3)
    tab = dialog.inspections
    tab.table.setFocus()
    tab.table.selectRow(0)
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(window.inspection_menu.inspections) == 1
    assert dialog.is_dirty()                                  # the village file was not saved by that Enter
    for form in list(window.inspection_menu.inspections.values()):
        form.discard_and_close()
    dialog.discard_and_close()


def test_the_start_dialog_will_not_start_a_second_inspection_of_a_finalised_period(qtbot, window, demo_workspace):
    village = _select_first(window)
    start = window.inspection_menu.start_inspection(village)
    qtbot.waitExposed(start)
    start.template.setCurrentIndex(start.template.findData(demo_workspace.checklists.resolve("village-indicators")))
    start.period.edit.selectAll()
    QTest.keyClicks(start.period.edit, "2026Q3")             # the demo finalised this quarter
    assert not start.ok_button.isEnabled() and start.existing.isVisible()
    start.period.edit.selectAll()
    QTest.keyClicks(start.period.edit, "2026Q4")
    assert start.ok_button.isEnabled() and not start.existing.isVisible()
    start.reject()


def test_the_up_key_leaves_the_first_aspect_of_a_category(qtbot, window, demo_workspace):
    village = _select_first(window)
    f, form = _open_draft_with_an_answer(qtbot, window, demo_workspace, village)
    form.go_to("B1")
    form.aspects.setFocus()
    QTest.keyClick(form.aspects, Qt.Key.Key_Up)
    assert form.current_step() == "A4"
    QTest.keyClick(form.aspects, Qt.Key.Key_Down)
    assert form.current_step() == "B1"
    form.discard_and_close()
