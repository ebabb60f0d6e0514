"""The warning policy, edited as a county organisation department would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.warnings import WarningPolicy
from desktop.ui.warning_policy_dialog import WarningPolicyDialog, preview_policy
from tests.ui.warning_data import make_county


@pytest.fixture
def county(workspace):
    return make_county(workspace)


def _dialog(qtbot, workspace, language="zh_CN", county_id=None):
    d = WarningPolicyDialog(workspace, language, county_id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _type(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(box.lineEdit(), text)
    QTest.keyClick(box, Qt.Key.Key_Tab)


def _save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_set_a_county_thresholds(qtbot, workspace, county, languages):
    dialog = _dialog(qtbot, workspace)
    assert dialog.county.currentData() is None and dialog.county.findText("白玉县") == 1
    assert (dialog.red_below.value(), dialog.green_from.value()) == (60, 80) and dialog.by_thresholds.isChecked()
    dialog.county.setCurrentIndex(dialog.county.findText("白玉县"))
    _type(qtbot, dialog.red_below, "55")
    _type(qtbot, dialog.green_from, "85")
    assert "55" in dialog.rule.text() and "85" in dialog.rule.text()
    with qtbot.waitSignal(dialog.changed) as changed:
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    changeset, description = changed.args
    assert changeset.touches("warning_policy") and "白玉县" in description
    assert workspace.warnings.policy(county.county.id) == WarningPolicy(55, 85, False, (30, 50, 20))
    assert workspace.warnings.policy(None) == WarningPolicy()            # the default is untouched
    again = _dialog(qtbot, workspace, county_id=county.county.id)
    assert (again.red_below.value(), again.green_from.value()) == (55, 85)


def test_shares_must_add_up_to_100(qtbot, workspace, county, languages):
    dialog = _dialog(qtbot, workspace, county_id=county.county.id)
    _type(qtbot, dialog.shares[0], "40")
    assert not dialog.shares_message.isHidden() and "110" in dialog.shares_message.text()
    assert not _save(dialog).isEnabled()
    _type(qtbot, dialog.shares[1], "40")
    assert dialog.shares_message.isHidden() and _save(dialog).isEnabled()
    qtbot.mouseClick(dialog.by_quota, Qt.MouseButton.LeftButton)
    rule = dialog.rule.text()
    assert "前 40% 为绿色" in rule and "最后 20% 为红色" in rule
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert workspace.warnings.policy(county.county.id) == WarningPolicy(60, 80, True, (40, 40, 20))


def test_red_above_green_is_refused(qtbot, workspace, county, languages):
    dialog = _dialog(qtbot, workspace)
    _type(qtbot, dialog.red_below, "90")
    assert not dialog.threshold_message.isHidden() and not _save(dialog).isEnabled()
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.accept()
    assert dialog.isVisible() and workspace.warnings.policy(None) == WarningPolicy()
    _type(qtbot, dialog.green_from, "95")
    assert dialog.threshold_message.isHidden() and _save(dialog).isEnabled()


def test_the_default_applies_to_counties_without_their_own(qtbot, workspace, county, languages):
    dialog = _dialog(qtbot, workspace)
    _type(qtbot, dialog.red_below, "50")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    shown = _dialog(qtbot, workspace, county_id=county.county.id)
    assert shown.red_below.value() == 50 and shown.county.currentText() == "白玉县"


def test_in_tibetan(qtbot, workspace, county, languages):
    languages.apply("bo_CN", remember=False)
    dialog = _dialog(qtbot, workspace, "bo_CN", county.county.id)
    assert dialog.county.currentText() == "དཔལ་ཡུལ་རྫོང་།"
    assert _save(dialog).text() != "Save"                                   # Qt's button, in Tibetan
    dialog.set_language("zh_CN")
    assert dialog.county.currentText() == "白玉县"


def test_preview(qtbot, workspace, county, languages):
    dialog = preview_policy(workspace, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.county_id == county.county.id
