"""File → Import roster… driven as a user drives it, over a messy workbook:
choose the file, map the header the app does not know, read the rejected
rows, save them, import, see the villages in the list, undo; cancelling or
a file that is no workbook writes nothing."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop.ui.roster_import_wizard import MAPPING_PAGE, PREVIEW_PAGE
from tests.ui.conftest import click_button, message_box
from tests.ui.roster_data import NEW_TOWNSHIP, NEW_VILLAGES, PHONE_COLUMN, write_messy_roster


def _open(qtbot, window, path, typed: bool = False):
    """File → Import roster…, then the file chosen (what Browse… does with
    the file picked), or its path typed into the field and Next pressed."""
    window.excel_menu.import_action.trigger()
    wizard = window.excel_menu.wizard
    assert wizard is not None and wizard.isVisible()
    if typed:
        qtbot.keyClicks(wizard.file_page.path, str(path))
        _next(qtbot, wizard)
        assert wizard.task is not None
    else:
        wizard.read_file(path)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30_000)
    return wizard


def _names(window) -> set[str]:
    model = window.model
    return {model.index(r, 2).data() for r in range(model.rowCount())} | \
           {model.index(r, 1).data() for r in range(model.rowCount())}


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_map_preview_save_rejects_import_and_undo(qtbot, window, tmp_path):
    ws = window.ws
    messy = write_messy_roster(tmp_path / "花名册.xlsx", ws)
    villages_before = ws.villages.count()

    wizard = _open(qtbot, window, messy.path)
    # The header nobody knows is listed on its sheet with a drop-down.
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.mapping_page
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(3)] == ["花名册", PHONE_COLUMN, "本人手机"]
    assert "区划代码" in page.recognised.text()
    combo = page.combo(0)
    combo.setCurrentIndex(combo.findText(next(t for k, t in ws.roster.columns() if k == "phone")))
    _next(qtbot, wizard)      # reads again with the phone column
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=30_000)
    # The page shows before the second read has finished its work.
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30_000)
    assert wizard.preview.mapping == {("花名册", 10): "phone"}

    preview = wizard.preview_page
    # The rejected rows, each at its sheet, row and column, with the reason.
    assert preview.tabs.currentIndex() == preview.tab_index("rejected")
    rejected = preview.rejected_model
    rows = [rejected.row_texts(r) for r in range(rejected.rowCount())]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("花名册", str(messy.bad_post_row), "H"), ("花名册", str(messy.duplicate_row), "K"),
        ("花名册", str(messy.bad_phone_row), PHONE_COLUMN)]
    assert "大王" in rows[0][4] and rows[2][3] == "本人手机"
    # What will be added and changed, tab by tab.
    townships = preview.models["admin_unit"]
    assert [townships.index(r, 1).data() for r in range(townships.rowCount())] == [NEW_TOWNSHIP]
    villages = preview.models["village"]
    shown = {villages.index(r, 1).data(): villages.index(r, 0).data() for r in range(villages.rowCount())}
    assert set(shown) == {*NEW_VILLAGES, messy.known_name}
    changed_row = next(r for r in range(villages.rowCount()) if villages.index(r, 1).data() == messy.known_name)
    assert f"→ {messy.population}" in villages.index(changed_row, 2).data()
    assert preview.unchanged["village"].text()
    assert "3" in preview.tabs.tabText(preview.tab_index("rejected"))

    # Save the rejected rows: the workbook holds them, with the header as written and why.
    saved = preview.save_rejects(tmp_path / "rejected.xlsx")
    book = openpyxl.load_workbook(saved, read_only=True)
    sheet_rows = list(book["花名册"].iter_rows(values_only=True))
    assert sheet_rows[0][:3] == ("序号", "乡 镇", "村 名")
    assert [r[4] for r in sheet_rows[1:]] == ["赵六", "钱七", "孙八"]
    assert "12345" in [str(r[9]) for r in sheet_rows[1:]]
    book.close()
    assert ws.villages.count() == villages_before       # nothing written yet

    # Import: asked first, then written; the list shows the new villages.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    box = message_box(wizard, "questionBox")
    assert box is not None and "2" in box.text()
    with qtbot.waitSignal(wizard.changed, timeout=30_000):
        click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: window.excel_menu.wizard is None)
    qtbot.waitUntil(lambda: set(NEW_VILLAGES) <= _names(window))
    assert ws.villages.count() == villages_before + 2
    assert window.model.rowCount() == villages_before + 2
    assert any(t.name_zh == NEW_TOWNSHIP for t in ws.units.townships())
    village_id = ws.villages.id_of(messy.known_code)
    assert ws.villages.rows([village_id])[village_id].population == messy.population

    # Undo takes the whole import back.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == villages_before)
    assert not set(NEW_VILLAGES) & _names(window)
    assert ws.villages.count() == villages_before
    assert not any(t.name_zh == NEW_TOWNSHIP for t in ws.units.townships())


def test_cancel_while_reading_writes_nothing(qtbot, window, tmp_path):
    ws = window.ws
    path = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    sheet = wb.create_sheet("村")
    sheet.append(["乡镇", "村名", "区划代码", "人口"])
    for i in range(20_000):
        sheet.append(["新华乡", f"新村{i}", f"513399{i:06d}", 100 + i % 50])
    wb.save(path)
    before = ws.villages.count()
    window.excel_menu.import_action.trigger()
    wizard = window.excel_menu.wizard
    task = wizard.read_file(path)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        task.cancel()
    assert "取消" in wizard.file_page.status.text() or "cancel" in wizard.file_page.status.text().lower()
    assert wizard.preview is None and wizard.currentId() == 0
    assert ws.villages.count() == before
    wizard.reject()


@pytest.mark.parametrize("damage", ["text", "truncated"])
def test_not_a_workbook_is_a_message(qtbot, window, tmp_path, damage):
    bad = tmp_path / "roster.xlsx"
    if damage == "text":
        bad.write_text("乡镇,村名\n新华乡,团结村\n", encoding="utf-8")
    else:
        write_messy_roster(bad, window.ws)
        bad.write_bytes(bad.read_bytes()[:2000])
    before = window.ws.villages.count()
    wizard = _open(qtbot, window, bad)
    box = message_box(wizard, "errorBox")
    assert box is not None and "roster.xlsx" in box.text()
    assert wizard.preview is None and wizard.currentId() == 0
    assert "roster.xlsx" in wizard.file_page.status.text()
    assert window.ws.villages.count() == before


def test_a_change_made_after_the_preview_refuses_the_import(qtbot, window, tmp_path):
    ws = window.ws
    messy = write_messy_roster(tmp_path / "花名册.xlsx", ws)
    wizard = _open(qtbot, window, messy.path)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=30_000)
    # Meanwhile someone changes the village the roster changes.
    village_id = ws.villages.id_of(messy.known_code)
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.population = messy.population - 1
    ws.villages.save_file(original, edited)
    count = ws.villages.count()
    task = wizard.start_import()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30_000)
    assert task is not None
    box = message_box(wizard, "errorBox")
    assert box is not None and box.text()
    assert wizard.isVisible() and ws.villages.count() == count
    assert not any(t.name_zh == NEW_TOWNSHIP for t in ws.units.townships())
    # Once the message is read, the preview is made again from what the database now holds.
    stale = wizard.preview
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: wizard.preview is not stale and wizard.task is None, timeout=30_000)
    assert wizard.currentId() == PREVIEW_PAGE
    [change] = wizard.preview.changed("village")
    assert [(c.before, c.after) for c in change.changes] == [(str(messy.population - 1), str(messy.population))]
    with qtbot.waitSignal(wizard.changed, timeout=30_000):
        wizard.start_import()
    assert ws.villages.count() == count + 2


def test_cancel_while_importing_writes_nothing(qtbot, window, tmp_path):
    ws = window.ws
    messy = write_messy_roster(tmp_path / "roster.xlsx", ws)
    wizard = _open(qtbot, window, messy.path, typed=True)
    assert wizard.currentId() == MAPPING_PAGE
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW_PAGE, timeout=30_000)
    count = ws.villages.count()
    task = wizard.start_import()
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.cancel()
    box = message_box(wizard, "errorBox")
    assert box is not None and wizard.isVisible() and wizard.changeset is None
    assert ws.villages.count() == count and window.model.rowCount() == count
    assert not window.undo_action.isEnabled()


def test_save_template(qtbot, window, tmp_path):
    written = window.excel_menu.save_template(tmp_path / "template")
    assert written.suffix == ".xlsx" and written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    assert any("区划代码" in (h or "") for h in header)
    book.close()
    assert str(written) in window.statusBar().currentMessage()
