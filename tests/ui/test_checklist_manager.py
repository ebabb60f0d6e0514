"""The checklist templates: listed, imported from a county's file (every
mistake shown at once), exported to Excel. Only QFileDialog's static
getters are replaced: they would open a native dialog."""

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.checklists import TemplateFileInvalid
from desktop.ui.checklist_manager import ChecklistManager, preview_checklists
from desktop.ui.problem_list_dialog import ProblemListDialog
from tests.ui.warning_data import make_county

COUNTY_OWN = """\
format = 1

[template]
code = "county-own"
version = 1
subject = "village"
title_zh = "白玉县村级检查清单"
title_bo = "དཔལ་ཡུལ་རྫོང་གི་གྲོང་ཚོའི་ཞིབ་བཤེར་ཐོ།"

[[categories]]
code = "A"
name_zh = "队伍建设"
name_bo = "དཔུང་ཁག་འཛུགས་སྐྲུན།"

[[categories.aspects]]
code = "A1"
name_zh = "书记"
name_bo = "ཧྲུའུ་ཅི།"

[[categories.aspects.indicators]]
code = "A1.1"
text_zh = "书记在岗履职"
text_bo = "ཧྲུའུ་ཅི་ལས་གནས་སུ་ཡོད།"
weight = 10
kind = "yes_no"
weakness = ["soft"]

[[categories.aspects.indicators]]
code = "A1.2"
text_zh = "群众上访件数"
text_bo = "མང་ཚོགས་ཞུ་གཏུག་གྲངས།"
weight = 5
kind = "count"
bands = [{ from = 0, score = 1.0 }, { from = 1, score = 0.5 }, { from = 3, score = 0.0 }]
unit_zh = "件"
unit_bo = "གྲངས།"
"""

# Four mistakes: a bad code, no Tibetan title, a negative weight, an unknown kind.
BROKEN = (COUNTY_OWN.replace('code = "county-own"', 'code = "County Own!"')
          .replace('title_bo = "དཔལ་ཡུལ་རྫོང་གི་གྲོང་ཚོའི་ཞིབ་བཤེར་ཐོ།"\n', "")
          .replace("weight = 10", "weight = -1").replace('kind = "count"', 'kind = "tally"'))


@pytest.fixture
def county(workspace):
    return make_county(workspace)      # test-small, used by 16 inspections


@pytest.fixture
def manager(qtbot, workspace, county, languages):
    m = ChecklistManager(workspace, languages.language)
    qtbot.addWidget(m)
    m.show()
    qtbot.waitExposed(m)
    return m


def _choose_file(monkeypatch, path, save=False):
    getter = "getSaveFileName" if save else "getOpenFileName"
    monkeypatch.setattr(QFileDialog, getter, staticmethod(lambda *a, **k: (str(path), "")))


def _rows(manager):
    return [manager.row_texts(r) for r in range(manager.table.rowCount())]


def _row_of(manager, code, version="1"):
    return next(r for r, texts in enumerate(_rows(manager)) if texts[0] == code and texts[1] == version)


def _click_row(qtbot, manager, row):
    table = manager.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())


def test_lists_every_template_version(manager, workspace):
    infos = workspace.checklists.list()
    assert manager.table.rowCount() == len(infos)
    code, version, title, subject, indicators, _origin, inspections, _status = _rows(manager)[_row_of(manager, "test-small")]
    assert (title, indicators, inspections) == ("测试清单", "5", "16")
    assert subject == infos[0].subject.label
    assert [r[0] for r in _rows(manager)] == [i.code for i in infos]


def test_import_a_toml_file_and_see_it_listed(qtbot, monkeypatch, tmp_path, manager, workspace):
    path = tmp_path / "白玉县清单.toml"
    path.write_text(COUNTY_OWN, encoding="utf-8")
    _choose_file(monkeypatch, path)
    with qtbot.waitSignal(manager.changed) as changed:
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    changeset, description = changed.args
    assert changeset.touches("checklist_template") and "county-own@1" in description
    row = _row_of(manager, "county-own")
    assert _rows(manager)[row][2:5] == ["白玉县村级检查清单", _rows(manager)[row][3], "2"]
    assert manager.selected_info().code == "county-own"
    assert "county-own@1" in manager.result.text()
    # The same file again changes nothing and says so.
    with qtbot.assertNotEmitted(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    assert sum(r[0] == "county-own" for r in _rows(manager)) == 1


def test_a_used_template_changed_becomes_a_new_version(qtbot, monkeypatch, tmp_path, manager, workspace, county):
    path = tmp_path / "county-own.toml"
    path.write_text(COUNTY_OWN, encoding="utf-8")
    _choose_file(monkeypatch, path)
    with qtbot.waitSignal(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    workspace.inspections.start(county.villages["tashi"], manager.selected_id(), "2026Q4")
    path.write_text(COUNTY_OWN.replace("白玉县村级检查清单", "白玉县村级检查清单（2027）"), encoding="utf-8")
    with qtbot.waitSignal(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    new, old = _rows(manager)[_row_of(manager, "county-own", "2")], _rows(manager)[_row_of(manager, "county-own", "1")]
    assert new[2] == "白玉县村级检查清单（2027）" and old[2] == "白玉县村级检查清单"
    assert (new[6], old[6]) == ("0", "1") and new[7] != old[7]


def test_a_bad_file_shows_every_mistake_and_imports_nothing(qtbot, monkeypatch, tmp_path, manager, workspace):
    path = tmp_path / "broken.toml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(TemplateFileInvalid) as expected:
        workspace.checklists.read_file(path)
    assert len(expected.value.lines) >= 4
    before = _rows(manager)
    _choose_file(monkeypatch, path)
    with qtbot.assertNotEmitted(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    problems = manager.problems
    assert isinstance(problems, ProblemListDialog) and problems.isVisible()
    shown = [problems.list.item(i).text() for i in range(problems.list.count())]
    assert shown == expected.value.lines
    assert "broken.toml" in problems.head.text() and str(len(shown)) in problems.head.text()
    assert _rows(manager) == before and "broken.toml" in manager.result.text()
    problems.reject()


def test_export_to_excel_and_import_it_back(qtbot, monkeypatch, tmp_path, manager, workspace):
    _click_row(qtbot, manager, _row_of(manager, "test-small"))
    assert manager.selected_info().code == "test-small" and manager.export_button.isEnabled()
    _choose_file(monkeypatch, tmp_path / "测试清单", save=True)
    qtbot.mouseClick(manager.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "测试清单.xlsx"
    assert written.exists() and str(written) in manager.result.text()

    _choose_file(monkeypatch, written)
    with qtbot.assertNotEmitted(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)   # unchanged

    # The county edits the title in Excel: used by inspections, so a new version.
    book = openpyxl.load_workbook(written)
    for row in book["Template"].iter_rows():
        if str(row[0].value).endswith("title_zh"):      # headed "标题（中文） title_zh"
            row[1].value = "测试清单（修订）"
    book.save(written)
    with qtbot.waitSignal(manager.changed):
        qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    new, old = _rows(manager)[_row_of(manager, "test-small", "2")], _rows(manager)[_row_of(manager, "test-small", "1")]
    assert new[2] == "测试清单（修订）" and new[6] == "0" and old[6] == "16"
    assert new[7] != old[7]          # latest and superseded
    assert manager.selected_info().version == 2


def test_a_bad_workbook_shows_every_mistake(qtbot, monkeypatch, tmp_path, manager, workspace):
    target = tmp_path / "bad.xlsx"
    workspace.checklists.export_file(workspace.checklists.resolve("test-small"), target)
    book = openpyxl.load_workbook(target)
    sheet = book["Indicators"]
    header = [str(c.value) for c in sheet[1]]
    weight = next(i for i, h in enumerate(header) if h.endswith("weight"))
    kind = next(i for i, h in enumerate(header) if h.endswith("kind"))
    sheet.cell(row=2, column=weight + 1, value="十")
    sheet.cell(row=3, column=kind + 1, value="tally")
    book.save(target)
    with pytest.raises(TemplateFileInvalid) as expected:
        workspace.checklists.read_file(target)
    _choose_file(monkeypatch, target)
    qtbot.mouseClick(manager.import_button, Qt.MouseButton.LeftButton)
    shown = [manager.problems.list.item(i).text() for i in range(manager.problems.list.count())]
    assert shown == expected.value.lines and len(shown) >= 2


def test_in_tibetan(qtbot, workspace, county, languages):
    languages.apply("bo_CN", remember=False)
    m = ChecklistManager(workspace, "bo_CN")
    qtbot.addWidget(m)
    row = _row_of(m, "test-small")
    assert m.row_texts(row)[2] == "ཚོད་ལྟའི་ཐོ།"
    m.set_language("zh_CN")
    assert m.row_texts(row)[2] == "测试清单"


def test_preview(qtbot, workspace, county, languages):
    m = preview_checklists(workspace, "zh_CN")
    qtbot.addWidget(m)
    assert m.table.rowCount() >= 1
