"""File → Export → …: the dialog offers a file named with today's date, the
sheet's language and both languages in the headers; the export runs off
the GUI thread and says where it saved; the files open in openpyxl with
the headers asked for."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.pdf.labels import ReportLabels
from desktop.ui.export_dialog import ExportDialog
from tests.conftest import TODAY
from tests.ui.conftest import click_button, message_box

KINDS = ("villages", "problems", "plans", "inspections", "warnings")


def _dialog(window, kind: str) -> ExportDialog:
    window.excel_menu.export_actions[kind].trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _export(qtbot, window, dialog: ExportDialog, path):
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.path.setText(str(path))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message_box(window, "exportDone") is not None)
    return done.args[0]


def _header(path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return list(rows[0]), len(rows)


@pytest.mark.parametrize("kind", KINDS)
def test_each_export_in_both_languages(qtbot, window, tmp_path, kind):
    dialog = _dialog(window, kind)
    assert TODAY.isoformat() in dialog.path.text() and dialog.path.text().endswith(".xlsx")
    assert dialog.sheet_language.currentData() == "zh_CN"      # the user's language to start with
    dialog.both.setChecked(True)
    result = _export(qtbot, window, dialog, tmp_path / f"{kind}")
    target = tmp_path / f"{kind}.xlsx"
    assert result.path == target and target.exists()
    box = message_box(window, "exportDone")
    assert str(target) in box.text()
    header, rows = _header(target)
    if kind == "villages":
        assert header[:3] == ["乡镇\nཤང་གྲོང་རྡལ།", "区划代码\nས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།",
                              "村名\nགྲོང་ཚོའི་མིང་། (རྒྱ་ཡིག)"]
    else:
        both = ReportLabels("both")
        assert header[:3] == [both.translate("Export", t) for t in ("Division code", "Township", "Village")]
    if kind in ("villages", "problems", "inspections", "warnings"):
        assert rows > 1 and result.total > 0
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)


def test_a_tibetan_sheet_with_its_own_headers(qtbot, window, tmp_path):
    dialog = _dialog(window, "villages")
    dialog.sheet_language.setCurrentIndex(dialog.sheet_language.findData("bo_CN"))
    _export(qtbot, window, dialog, tmp_path / "villages_bo.xlsx")
    header, _ = _header(tmp_path / "villages_bo.xlsx")
    assert header[:2] == ["ཤང་གྲོང་རྡལ།", "ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།"]


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, window, tmp_path):
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"old")
    dialog = _dialog(window, "problems")
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    box = message_box(dialog, "questionBox")
    assert box is not None and str(target) in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert target.read_bytes() == b"old" and dialog.task is None
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    box = message_box(dialog, "questionBox")
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    header, _ = _header(target)
    assert header[0] == ReportLabels("zh_CN").translate("Export", "Division code")


def test_a_missing_folder_is_a_message_and_no_file(qtbot, window, tmp_path):
    dialog = _dialog(window, "warnings")
    target = tmp_path / "no such folder" / "warnings.xlsx"
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.export_to(target)
    box = message_box(window, "errorBox")
    assert box is not None and box.text()
    assert not target.exists() and dialog.result is None


def test_cancel_writes_nothing(qtbot, window, tmp_path):
    dialog = _dialog(window, "problems")
    target = tmp_path / "ledger.xlsx"
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        task = dialog.export_to(target)
        task.cancel()
    assert not target.exists() and dialog.result is None
    assert message_box(window, "errorBox") is not None
