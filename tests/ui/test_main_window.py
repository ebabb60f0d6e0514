"""The village list: search, filters, sort, open, delete and undo, language."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.query import VillageColumn, VillageQuery
from desktop.core.terms import Rating, WarningColour
from desktop.services.settings import load_settings
from desktop.ui.village_table_model import COLUMNS, ID_ROLE
from tests.ui.conftest import type_text


def visible_ids(window):
    model = window.model
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_list_shows_every_village(window, demo_workspace):
    assert window.model.rowCount() == 60
    assert window.count_label.text() == "共 60 个村"
    row = window.model.village(0)
    assert window.model.index(0, COLUMNS.index(VillageColumn.NAME_ZH)).data() == row.name_zh
    assert window.model.index(0, COLUMNS.index(VillageColumn.NAME_BO)).data() == row.name_bo


def test_search_as_you_type(qtbot, window, demo_workspace):
    target = window.model.village(7)
    search = window.filters.search
    type_text(qtbot, search, target.name_zh[:2])
    expected = demo_workspace.villages.search(VillageQuery(text=target.name_zh[:2]))
    assert visible_ids(window) == expected and target.id in expected
    assert window.count_label.text() == f"{len(expected)} / 60 个村"
    search.clear()
    qtbot.keyClicks(search, target.code)
    assert visible_ids(window) == [target.id]
    qtbot.keyClicks(search, "9")  # no such code
    assert window.model.rowCount() == 0


def test_filters(qtbot, window, demo_workspace):
    bar = window.filters
    bar.rating.setCurrentIndex(bar.rating.findData(Rating.ADVANCED))
    rows = [window.model.village(r) for r in range(window.model.rowCount())]
    assert rows and all(r.rating is Rating.ADVANCED for r in rows)
    bar.warning.setCurrentIndex(bar.warning.findData(WarningColour.GREEN))
    assert all(window.model.village(r).warning is WarningColour.GREEN for r in range(window.model.rowCount()))
    township = demo_workspace.units.townships()[0]
    bar.township.setCurrentIndex(bar.township.findData(township.id))
    assert window.model.rowCount() == len(demo_workspace.villages.search(VillageQuery(
        township_id=township.id, rating=Rating.ADVANCED, warning=WarningColour.GREEN)))
    qtbot.mouseClick(bar.clear, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 60


def test_sort_by_clicking_a_header(qtbot, window):
    header = window.view.horizontalHeader()
    column = COLUMNS.index(VillageColumn.POPULATION)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, column))
    populations = [window.model.village(r).population for r in range(window.model.rowCount())]
    assert window.model.query.sort is VillageColumn.POPULATION
    assert populations == sorted(populations) or populations == sorted(populations, reverse=True)


def _centre(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_delete_undo_redo_from_the_keyboard(qtbot, window, demo_workspace):
    window.view.setFocus()
    window.view.selectRow(3)
    doomed = window.selected_ids()
    assert len(doomed) == 1
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert doomed[0] not in visible_ids(window)
    assert demo_workspace.villages.count() == 59
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled() and window.undo_action.text().startswith("撤销")
    QTest.keySequence(window, "Ctrl+Z")
    assert doomed[0] in visible_ids(window) and demo_workspace.villages.count() == 60
    QTest.keySequence(window, "Ctrl+Y")
    assert doomed[0] not in visible_ids(window)


def test_delete_several_at_once_is_one_undo(qtbot, window, demo_workspace):
    window.view.selectRow(0)
    selection = window.view.selectionModel()
    for row in (1, 2):
        selection.select(window.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    window.delete_action.trigger()
    assert demo_workspace.villages.count() == 57
    window.undo_action.trigger()
    assert demo_workspace.villages.count() == 60


def test_double_click_opens_the_village_file(qtbot, window):
    target = window.model.id_at(2)
    rect = window.view.visualRect(window.model.index(2, 1))
    # A mouse double click: press and release, then the double-click event.
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.file_dialogs[target]
    assert dialog.isVisible() and dialog.basic.name_zh.edit.text() == window.model.village(2).name_zh
    # Opening it again brings the same window forward.
    assert window.open_village(target) is dialog


def test_switch_language_live_and_remember(qtbot, window, languages):
    window.language_actions.actions()[1].trigger()   # བོད་ཡིག
    assert languages.language == "bo_CN"
    assert window.model.headerData(COLUMNS.index(VillageColumn.POPULATION), Qt.Orientation.Horizontal) == "མི་གྲངས།"
    # Qt posts LanguageChange to every widget: wait for the event loop.
    qtbot.waitUntil(lambda: window.file_menu.title() == "ཡིག་ཆ།(&F)")
    assert window.count_label.text() == "ཁྱོན་བསྡོམས་གྲོང་ཚོ་60"
    assert load_settings().language == "bo_CN"
    window.language_actions.actions()[0].trigger()   # 中文
    assert window.model.headerData(COLUMNS.index(VillageColumn.POPULATION), Qt.Orientation.Horizontal) == "人口"
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert load_settings().language == "zh_CN"


def test_the_model_reads_only_the_pages_in_view(qtbot, qapp, demo_workspace, languages):
    from desktop.services.demo import fill_demo
    from desktop.ui.main_window import MainWindow

    fill_demo(demo_workspace, villages=3000, seed=2, force=True)
    w = MainWindow(demo_workspace, languages, load_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.model.rowCount() == 3060
    assert len(w.model._pages) == 1
    w.view.scrollToBottom()
    qapp.processEvents()
    assert len(w.model._pages) == 2   # the first page and the last: nothing between


def test_enter_opens_the_selected_village(qtbot, window):
    window.view.setFocus()
    window.view.selectRow(4)
    window.view.setCurrentIndex(window.model.index(4, 0))
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.model.id_at(4) in window.file_dialogs
