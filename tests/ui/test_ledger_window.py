"""The problem ledger as a township cadre works it: filter by typing and
choosing, sort by deadline, add a problem, walk one to closed out with
evidence, see refused moves refused, change the yellow days, undo."""

import sys
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop.core.errors import record_changed_elsewhere
from desktop.core.i18n import translate
from desktop.core.ledger import REOPEN, START, count, move_label
from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemStatus as S
from desktop.core.terms import WarningColour
from desktop.services.settings import load_settings
from desktop.ui.ledger_table_model import COLOUR_ROLE, COLUMNS, LedgerColumn, LedgerTableModel
from desktop.ui.ledger_window import LedgerWindow
from tests.ui.conftest import click_button, message_box, type_text
from tests.ui.ledger_data import make_ledger

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def ledger(workspace, township, languages):
    return make_ledger(workspace, township)


@pytest.fixture
def win(qtbot, workspace, ledger):
    w = LedgerWindow(workspace, "zh_CN")
    w.made = []

    def announce(changeset, text):   # what the main window's hub does
        w.made.append((changeset, text))
        w.apply(changeset)

    w.changed.connect(announce)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def sentence(ws, ids) -> str:
    """The counts line of these problems, as the ledger says it."""
    problems = ws.ledger.many(ids).values()
    return count(((p.status, p.deadline, p.reopen_count) for p in problems), ws.today(),
                 ws.ledger.due_soon_days()).sentence()


def shown(ws, ids) -> str:
    return translate("LedgerWindow", "Shown: {counts}").format(counts=sentence(ws, ids))


def whole(ws, ids) -> str:
    return translate("LedgerWindow", "Whole ledger: {counts}").format(counts=sentence(ws, ids))


def rows(w) -> list[str]:
    return [w.model.problem_id(r) for r in range(w.model.rowCount())]


def cell(w, problem_id, column: LedgerColumn, role=Qt.ItemDataRole.DisplayRole):
    return w.model.index(w.model.row_of(problem_id), COLUMNS.index(column)).data(role)


def click_header(qtbot, w, column: LedgerColumn) -> None:
    header = w.view.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index(column)) + 8
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)


def test_the_ledger_lists_every_problem_with_counts_and_deadline_colours(win, ledger, workspace):
    assert rows(win) == [ledger.overdue, ledger.soon, ledger.solved, ledger.later]   # by deadline
    assert win.shown_counts.text() == whole(workspace, ledger.all)
    assert workspace.ledger.counts().sentence() in win.shown_counts.text()
    assert win.total_counts.isHidden()
    assert cell(win, ledger.overdue, LedgerColumn.VILLAGE) == "扎西村 · 白依乡"
    assert cell(win, ledger.overdue, LedgerColumn.DEADLINE) == "2026-11-01"
    assert cell(win, ledger.overdue, LedgerColumn.DEADLINE, COLOUR_ROLE) == WarningColour.RED.value
    assert cell(win, ledger.soon, LedgerColumn.DEADLINE, COLOUR_ROLE) == WarningColour.YELLOW.value
    assert cell(win, ledger.later, LedgerColumn.DEADLINE, COLOUR_ROLE) == WarningColour.GREEN.value
    assert cell(win, ledger.solved, LedgerColumn.DEADLINE, COLOUR_ROLE) == ""    # no longer being worked on
    assert cell(win, ledger.overdue, LedgerColumn.DEADLINE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(win, ledger.later, LedgerColumn.DEADLINE, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(win, ledger.overdue, LedgerColumn.DEADLINE, Qt.ItemDataRole.ToolTipRole) == \
        translate("LedgerTableModel", "Overdue by {days} days").format(days=22)


def test_typing_narrows_the_rows_and_the_counts_per_key(qtbot, win, ledger, workspace):
    type_text(qtbot, win.filters.text, "草场")
    assert rows(win) == [ledger.later]
    assert win.shown_counts.text() == shown(workspace, [ledger.later])
    assert win.total_counts.text() == whole(workspace, ledger.all) and win.total_counts.isVisible()
    win.filters.text.clear()
    type_text(qtbot, win.filters.text, "扎西")      # a village's name finds its problems
    assert set(rows(win)) == {ledger.overdue, ledger.soon}
    win.filters.text.clear()
    type_text(qtbot, win.filters.person, "格桑")
    assert rows(win) == [ledger.soon]
    qtbot.mouseClick(win.filters.clear, LEFT)
    assert len(rows(win)) == 4 and win.filters.person.text() == ""


def test_choosing_filters(qtbot, win, ledger):
    bar = win.filters
    bar.status.toggle(S.SOLVED)                      # a click on the menu's item
    assert rows(win) == [ledger.solved] and S.SOLVED.short_label in bar.status.text()
    bar.status.toggle(S.OPEN)
    assert set(rows(win)) == {ledger.solved, ledger.overdue, ledger.soon, ledger.later}
    bar.status.set_chosen(())
    # The aspects follow the category.
    assert not bar.aspect.isEnabled()
    bar.category.setCurrentIndex(bar.category.findData(ProblemCategory.TEAM_BUILDING.value))
    assert rows(win) == [ledger.overdue]
    aspects = [bar.aspect.itemData(i) for i in range(1, bar.aspect.count())]
    assert aspects == [a.value for a in ProblemCategory.TEAM_BUILDING.aspects] and bar.aspect.isEnabled()
    bar.aspect.setCurrentIndex(bar.aspect.findData(ProblemAspect.B4.value))
    assert rows(win) == []
    bar.category.setCurrentIndex(0)
    assert len(rows(win)) == 4
    qtbot.mouseClick(bar.overdue, LEFT)
    assert rows(win) == [ledger.overdue]
    qtbot.mouseClick(bar.due_soon, LEFT)             # overdue or due soon; one box at a time
    assert rows(win) == [ledger.overdue, ledger.soon] and not bar.overdue.isChecked()
    qtbot.mouseClick(bar.due_soon, LEFT)
    # A village chosen by typing part of its name.
    qtbot.mouseClick(bar.village, LEFT)
    type_text(qtbot, bar.picker.text, "多吉")
    ok(qtbot, bar.picker)
    assert set(rows(win)) == {ledger.later, ledger.solved} and bar.village.text() == "多吉村"
    qtbot.mouseClick(bar.clear_village, LEFT)
    assert len(rows(win)) == 4 and bar.village.text() == translate("LedgerFilterBar", "All villages")


def test_show_filter_sets_the_bar(win, ledger):
    win.show_filter(LedgerFilter(village_ids=frozenset({ledger.tashi}), overdue_only=True,
                                 aspect=ProblemAspect.B3))
    bar = win.filters
    assert rows(win) == [ledger.overdue]
    assert bar.overdue.isChecked() and bar.village.text() == "扎西村"
    assert bar.category.currentData() == "B" and bar.aspect.currentData() == "B3"
    assert bar.ledger_filter() == LedgerFilter(village_ids=frozenset({ledger.tashi}), overdue_only=True,
                                               category=ProblemCategory.TEAM_BUILDING, aspect=ProblemAspect.B3)


def test_sort_by_clicking_headers(qtbot, win, ledger):
    click_header(qtbot, win, LedgerColumn.DEADLINE)           # deadline was the order: now latest first
    assert rows(win) == [ledger.later, ledger.solved, ledger.soon, ledger.overdue]
    click_header(qtbot, win, LedgerColumn.DEADLINE)
    assert rows(win) == [ledger.overdue, ledger.soon, ledger.solved, ledger.later]
    click_header(qtbot, win, LedgerColumn.VILLAGE)
    assert rows(win)[:2] in ([ledger.overdue, ledger.soon], [ledger.later, ledger.solved])
    before = rows(win)
    click_header(qtbot, win, LedgerColumn.DESCRIPTION)        # no order of its own: nothing moves
    assert rows(win) == before
    assert win.view.horizontalHeader().sortIndicatorSection() == COLUMNS.index(LedgerColumn.VILLAGE)
    # Sorting keeps the filter, and the filter keeps the order.
    click_header(qtbot, win, LedgerColumn.STATUS)
    type_text(qtbot, win.filters.text, "村")
    assert rows(win)[-1] == ledger.solved


def test_add_a_problem_through_the_dialog(qtbot, win, ledger, workspace):
    qtbot.mouseClick(win.new_button, LEFT)
    dialog = win.new_dialog
    assert dialog.windowTitle().startswith(translate("ProblemDialog", "New problem"))
    form = dialog.form
    ok(qtbot, dialog)                                          # nothing filled in: told where
    assert form.message_of("village_id") and dialog.isVisible()
    qtbot.mouseClick(form.choose_village, LEFT)
    type_text(qtbot, form.picker.text, "多吉")
    ok(qtbot, form.picker)
    ok(qtbot, dialog)
    assert form.message_of("description") and form.message_of("category")
    assert workspace.ledger.counts().found == 4
    type_text(qtbot, form.description, "村务公开栏长期未更新")
    form.category.setCurrentIndex(form.category.findData("F"))
    form.aspect.setCurrentIndex(form.aspect.findData("F3"))
    qtbot.mouseClick(form.weakness[next(iter(form.weakness))], LEFT)
    form.lines["deadline"].edit.clear()
    type_text(qtbot, form.lines["deadline"].edit, "2026-10-01")   # before the date found
    type_text(qtbot, form.lines["responsible_person"].edit, "央金")
    ok(qtbot, dialog)
    assert form.message_of("deadline") and not form.message_of("description")
    form.lines["deadline"].edit.clear()
    type_text(qtbot, form.lines["deadline"].edit, "2026-12-20")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    new_id = dialog.problem_id
    assert new_id in rows(win) and win.selected_id() == new_id
    assert win.shown_counts.text() == whole(workspace, [*ledger.all, new_id])
    p = workspace.ledger.get(new_id)
    assert (p.village_id, p.aspect, p.deadline, p.responsible_person, p.status) == \
        (ledger.dorje, ProblemAspect.F3, date(2026, 12, 20), "央金", S.OPEN)
    assert win.made[-1][1] == translate("ProblemDialog", "add problem: {problem}").format(problem="村务公开栏长期未更新")


def _move(qtbot, win, name):
    button = win.move_buttons[name]
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    return win.move_dialog


def test_walk_a_problem_to_closed_out_with_evidence(qtbot, win, ledger, workspace, tmp_path, monkeypatch):
    win.select(ledger.overdue)
    assert [n for n, b in win.move_buttons.items() if b.isEnabled()] == ["start", "solve"]
    dialog = _move(qtbot, win, "start")
    dialog.on.edit.clear()
    type_text(qtbot, dialog.on.edit, "2026-10-01")
    ok(qtbot, dialog)
    assert cell(win, ledger.overdue, LedgerColumn.STATUS) == S.IN_PROGRESS.label
    assert win.selected_id() == ledger.overdue                 # the selection stays
    assert [n for n, b in win.move_buttons.items() if b.isEnabled()] == ["solve"]
    dialog = _move(qtbot, win, "solve")
    type_text(qtbot, dialog.reason, "新发展党员2名")
    ok(qtbot, dialog)
    assert cell(win, ledger.overdue, LedgerColumn.DEADLINE, COLOUR_ROLE) == ""    # solved: not overdue any more
    assert win.shown_counts.text() == whole(workspace, ledger.all)
    dialog = _move(qtbot, win, "close")
    assert dialog.checker.isVisible() and dialog.files_list.isVisible()
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.text() == translate(
        "Ledger", "Closing out needs the name of who checked the result.")
    type_text(qtbot, dialog.checker.edit, "乡党委 李书记")
    ok(qtbot, dialog)
    assert dialog.message.text() == translate("Ledger", "Closing out needs evidence: attach at least one file.")
    photo = tmp_path / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the new members" * 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))
    qtbot.mouseClick(dialog.add_file, LEFT)
    assert dialog.files_list.count() == 1
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    h = workspace.ledger.history(ledger.overdue)
    assert h.problem.status is S.CLOSED and h.problem.closed_by == "乡党委 李书记"
    assert [e.to_status for e in h.events] == [S.OPEN, S.IN_PROGRESS, S.SOLVED, S.CLOSED]
    assert h.events[1].on == date(2026, 10, 1) and h.events[2].reason == "新发展党员2名"
    assert workspace.ledger.attachments.path(h.evidence[0].sha256).read_bytes() == photo.read_bytes()
    assert cell(win, ledger.overdue, LedgerColumn.STATUS) == S.CLOSED.label
    assert win.shown_counts.text() == whole(workspace, ledger.all)
    assert workspace.ledger.counts().closed == 1
    assert [n for n, b in win.move_buttons.items() if b.isEnabled()] == ["reopen"]


def test_a_refused_move_says_why_and_changes_nothing(qtbot, win, ledger, workspace):
    win.select(ledger.soon)
    dialog = _move(qtbot, win, "start")
    # Meanwhile someone reports it solved elsewhere.
    workspace.ledger.move(ledger.soon, None, S.SOLVED, "", date(2026, 11, 20))
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.text() == record_changed_elsewhere().message
    assert workspace.ledger.get(ledger.soon).status is S.SOLVED
    assert len(workspace.ledger.history(ledger.soon).events) == 2
    assert win.made == []


def test_reopening_needs_a_reason(qtbot, win, ledger, workspace):
    win.select(ledger.solved)
    assert [n for n, b in win.move_buttons.items() if b.isEnabled()] == ["close", "send_back", "reopen"]
    dialog = _move(qtbot, win, "reopen")
    ok(qtbot, dialog)
    assert dialog.message.text() == translate("Ledger", "Say why: “{move}” needs a reason in the history.").format(
        move=move_label(REOPEN))
    assert workspace.ledger.get(ledger.solved).status is S.SOLVED
    type_text(qtbot, dialog.reason, "整改后又出现反复")
    ok(qtbot, dialog)
    p = workspace.ledger.get(ledger.solved)
    assert p.status is S.REOPENED and p.reopen_count == 1
    assert workspace.ledger.history(ledger.solved).events[-1].reason == "整改后又出现反复"


def test_the_yellow_days_are_a_setting(qtbot, win, ledger, workspace):
    assert win.days.value() == 7
    win.days.lineEdit().selectAll()
    qtbot.keyClicks(win.days, "90")
    qtbot.keyClick(win.days, Qt.Key.Key_Return)
    assert workspace.ledger.due_soon_days() == 90
    assert cell(win, ledger.later, LedgerColumn.DEADLINE, COLOUR_ROLE) == WarningColour.YELLOW.value
    assert win.made[-1][1] == translate("LedgerWindow", "yellow {days} days before a deadline").format(days=90)


def test_delete_asks_first(qtbot, win, ledger, workspace):
    win.select(ledger.later)
    qtbot.mouseClick(win.delete_button, LEFT)
    click_button(qtbot, message_box(win, "questionBox"), QMessageBox.StandardButton.Yes)
    assert ledger.later not in rows(win) and workspace.ledger.counts().found == 3


def test_a_refused_delete_says_why(qtbot, win, ledger, workspace):
    workspace.plans.create(ledger.dorje)          # the plan covers the village's open problems
    win.select(ledger.later)
    qtbot.mouseClick(win.delete_button, LEFT)
    click_button(qtbot, message_box(win, "questionBox"), QMessageBox.StandardButton.Yes)
    box = message_box(win, "errorBox")
    assert box is not None and box.windowTitle() == translate("LedgerWindow", "Not deleted")
    assert box.text() == translate("Ledger", "This problem is in a village plan and cannot be deleted; "
                                             "take it out of the plan first.")
    assert ledger.later in rows(win) and workspace.ledger.counts().found == 4


def test_double_click_and_enter_open_the_problem(qtbot, win, ledger):
    row = win.model.row_of(ledger.soon)
    rect = win.view.visualRect(win.model.index(row, 1))
    qtbot.mouseClick(win.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(win.view.viewport(), LEFT, pos=rect.center())
    dialog = win.dialogs[ledger.soon]
    assert dialog.isVisible() and dialog.form.description.toPlainText() == "村集体经济收入不足五万元"
    dialog.close()
    win.select(ledger.later)
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert win.dialogs[ledger.later].isVisible()


def test_tibetan_names_in_tibetan(win, ledger, languages):
    languages.apply("bo_CN", remember=False)
    win.set_language("bo_CN")
    assert cell(win, ledger.overdue, LedgerColumn.VILLAGE) == "བཀྲ་ཤིས་གྲོང་ཚོ། · པད་ཡུལ་ཤང་།"


def test_undo_in_the_main_window_reverts_a_move(qtbot, workspace, ledger, languages):
    from desktop.ui.main_window import MainWindow

    main = MainWindow(workspace, languages, load_settings())
    qtbot.addWidget(main)
    main.show()
    w = main.campaign_menu.open_ledger(LedgerFilter(village_ids=frozenset({ledger.tashi})))
    assert set(rows(w)) == {ledger.overdue, ledger.soon}
    w.select(ledger.soon)
    dialog = _move(qtbot, w, "start")
    ok(qtbot, dialog)
    assert cell(w, ledger.soon, LedgerColumn.STATUS) == S.IN_PROGRESS.label
    assert main.undo_stack.undoText() == translate("ProblemMoveDialog", "{move}: {problem}").format(
        move=move_label(START), problem="村集体经济收入不足五万元")
    main.undo_stack.undo()
    assert workspace.ledger.get(ledger.soon).status is S.OPEN
    assert cell(w, ledger.soon, LedgerColumn.STATUS) == S.OPEN.label
    assert [n for n, b in w.move_buttons.items() if b.isEnabled()] == ["start", "solve"]
    main.undo_stack.redo()
    assert cell(w, ledger.soon, LedgerColumn.STATUS) == S.IN_PROGRESS.label
    main.campaign_menu.close_all()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12: the loss cannot be seen")
def test_none_refcount_survives_the_models_data(qapp, workspace, ledger):
    import gc

    model = LedgerTableModel(workspace)
    model.refresh()
    model.index(0, 0).data()          # the page read: what it makes and frees is not the loss looked for
    gc.collect()
    gc.disable()                      # nor is garbage of earlier tests freed meanwhile
    try:
        before = sys.getrefcount(None)
        for n in range(400):
            model.index(n % 4, n % len(COLUMNS)).data(n % 64)     # through C++ into data(); most roles answer None
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 5, f"None lost {before - after} references across 400 calls"


def test_counts_of_a_long_list_follow_once_typing_pauses(qtbot, win, ledger, workspace, monkeypatch):
    import desktop.ui.ledger_window as module

    monkeypatch.setattr(module, "COUNT_AT_ONCE", 3)       # as if four rows were a long list
    type_text(qtbot, win.filters.text, "村")
    assert len(rows(win)) == 4
    qtbot.waitUntil(lambda: win.shown_counts.text() == shown(workspace, ledger.all))
    win.filters.text.clear()
    type_text(qtbot, win.filters.text, "扎西村")            # few rows: counted at once
    assert win.shown_counts.text() == shown(workspace, [ledger.overdue, ledger.soon])


def test_the_village_file_of_a_problem(qtbot, win, ledger):
    assert not win.village_button.isEnabled()
    win.select(ledger.later)
    with qtbot.waitSignal(win.open_village) as opened:
        qtbot.mouseClick(win.village_button, LEFT)
    assert opened.args == [ledger.dorje]


def test_opening_the_window_reads_the_ledger_once(qtbot, workspace, ledger, monkeypatch):
    # At prefecture scale each read of the index costs a second or more.
    reads = []
    index = workspace.ledger.index
    monkeypatch.setattr(workspace.ledger, "index", lambda *a, **kw: reads.append(1) or index(*a, **kw))
    w = LedgerWindow(workspace, "zh_CN")
    qtbot.addWidget(w)
    assert len(reads) == 1 and w.model.rowCount() > 0
