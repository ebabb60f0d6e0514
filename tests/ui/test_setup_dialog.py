"""Set up as county or township: a unit of this database chosen from the
list, or typed with its names; a change of side after an exchange refused
with the service's message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.setup_dialog import OTHER, SetupDialog
from tests.ui.conftest import type_text
from tests.ui.trust_data import copied_demo


def _dialog(qtbot, ws) -> SetupDialog:
    d = SetupDialog(ws, "zh_CN")
    qtbot.addWidget(d)
    d.show()
    return d


def test_choosing_county_and_its_unit_sets_the_mode(qtbot, demo_workspace, languages):
    county = demo_workspace.units.counties()[0]
    d = _dialog(qtbot, demo_workspace)
    assert d.mode_buttons["township"].isChecked()       # never set up: a township by default
    township_codes = {u.code for u in demo_workspace.units.townships()}
    assert {d.unit.itemData(i) for i in range(d.unit.count() - 1)} == township_codes
    qtbot.mouseClick(d.mode_buttons["county"], Qt.MouseButton.LeftButton)
    assert [d.unit.itemData(i) for i in range(d.unit.count())] == [county.code, OTHER]
    assert county.name_zh in d.unit.itemText(0)
    assert not d.code.isVisibleTo(d)
    type_text(qtbot, d.installation_name, "县委组织部 1号电脑")
    with qtbot.waitSignal(d.set_up):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    me = demo_workspace.sync.identity()
    assert (me.mode, me.unit_code, me.name) == ("county", county.code, "县委组织部 1号电脑")
    assert d.result() == d.DialogCode.Accepted


def test_a_unit_not_here_is_typed_with_its_names(qtbot, workspace, languages):
    d = _dialog(qtbot, workspace)
    assert d.unit.count() == 1 and d.typing_unit()       # an empty database: only "another"
    assert d.code.isVisibleTo(d) and not d.ok_button.isEnabled()
    type_text(qtbot, d.code, "513336100")
    assert not d.ok_button.isEnabled()                   # the Chinese name is needed to add it
    type_text(qtbot, d.name_zh, "白依乡")
    type_text(qtbot, d.name_bo, "པད་ཡུལ་ཤང་།")
    assert d.installation_name.placeholderText() == "白依乡"
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    me = workspace.sync.identity()
    assert (me.mode, me.unit_code, me.unit_name_zh, me.unit_name_bo, me.name) == (
        "township", "513336100", "白依乡", "པད་ཡུལ་ཤང་།", "白依乡")
    # A township's unit arrives with the county's first bundle (with the county's id): none is made here.
    assert workspace.units.townships() == []


@pytest.fixture
def demo(tmp_path):
    d = copied_demo(tmp_path / "demo")
    yield d
    d.close()


def test_changing_sides_after_an_exchange_is_refused(qtbot, demo, languages):
    d = _dialog(qtbot, demo.township)
    me = demo.township.sync.identity()
    assert d.mode_buttons["township"].isChecked() and d.unit.currentData() == me.unit_code
    assert d.installation_name.text() == me.name
    qtbot.mouseClick(d.mode_buttons["county"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.message.isVisibleTo(d) and d.message.text()
    assert d.isVisible()
    assert demo.township.sync.identity().mode == "township"
