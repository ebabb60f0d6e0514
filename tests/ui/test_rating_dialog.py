"""The reviewers' rating, set as a cadre sets it: pick the level, write a
note, OK; the village's history shows who decided and when."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.terms import Rating
from desktop.ui.rating_dialog import RatingDialog, preview_rating
from desktop.ui.warning_overview import WarningOverview
from tests.ui.conftest import type_text
from tests.ui.warning_data import make_county


@pytest.fixture
def county(workspace):
    return make_county(workspace)


def _dialog(qtbot, workspace, village_id, language="zh_CN"):
    d = RatingDialog(workspace, village_id, language)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _retype(qtbot, field, text):
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(qtbot, field.edit, text)


def history(dialog):
    return [[dialog.history.item(r, c).text() for c in range(5)] for r in range(dialog.history.rowCount())]


def test_set_a_rating_and_see_it_in_the_history(qtbot, workspace, county, languages):
    village = county.villages["dorje"]
    dialog = _dialog(qtbot, workspace, village)
    assert "多吉村" in dialog.windowTitle() and "རྡོ་རྗེ་གྲོང་ཚོ།" in dialog.village.text()
    assert dialog.period.edit.text() == "2026" and history(dialog) == []
    assert [b.text() for b in dialog.level_buttons.values()] == ["先进", "一般", "后进", "问题"]

    qtbot.mouseClick(dialog.level_buttons[Rating.BACKWARD], Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.note, "班子软弱，列入整顿")
    with qtbot.waitSignal(dialog.changed) as changed:
        _ok(qtbot, dialog)
    changeset, description = changed.args
    assert changeset.touches("village_rating") and dialog.changeset is changeset
    assert "多吉村" in description and "后进" in description and "2026" in description
    assert not dialog.isVisible()

    assert workspace.villages.rows([village])[village].rating is Rating.BACKWARD
    again = _dialog(qtbot, workspace, village)
    assert history(again) == [["2026", "后进", "tester", "2026-11-23", "班子软弱，列入整顿"]]


def test_a_rated_period_starts_from_its_rating_and_is_replaced(qtbot, workspace, county, languages):
    village = county.villages["kyid"]
    workspace.warnings.set_rating(village, "2025", Rating.ADVANCED, "年度考核优秀")
    dialog = _dialog(qtbot, workspace, village)
    assert dialog.rating() is None and dialog.replaces.isHidden()
    _retype(qtbot, dialog.period, "2025")
    assert dialog.rating() is Rating.ADVANCED and dialog.note.toPlainText() == "年度考核优秀"
    assert not dialog.replaces.isHidden() and "tester" in dialog.replaces.text()
    qtbot.mouseClick(dialog.level_buttons[Rating.ORDINARY], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.changed):
        _ok(qtbot, dialog)
    ratings = workspace.villages.open_file(village).ratings
    assert [(r.period, r.rating, r.note) for r in ratings] == [("2025", Rating.ORDINARY, "年度考核优秀")]


def test_a_quarter_is_a_period_too(qtbot, workspace, county, languages):
    village = county.villages["tashi"]
    dialog = _dialog(qtbot, workspace, village)
    _retype(qtbot, dialog.period, "2026q3")
    qtbot.mouseClick(dialog.level_buttons[Rating.ADVANCED], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.changed):
        _ok(qtbot, dialog)
    assert [r.period for r in workspace.villages.open_file(village).ratings] == ["2026Q3"]


def test_mistakes_are_said_next_to_the_field_and_nothing_is_written(qtbot, workspace, county, languages):
    village = county.villages["sgrub"]
    dialog = _dialog(qtbot, workspace, village)
    _retype(qtbot, dialog.period, "2026Q5")
    assert not dialog.period.message_label.isHidden() and dialog.period.message
    with qtbot.assertNotEmitted(dialog.changed):
        _ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.level_message.isHidden()     # no level chosen either
    qtbot.mouseClick(dialog.level_buttons[Rating.PROBLEM], Qt.MouseButton.LeftButton)
    assert dialog.level_message.isHidden()
    with qtbot.assertNotEmitted(dialog.changed):
        _ok(qtbot, dialog)
    assert workspace.villages.open_file(village).ratings == ()
    _retype(qtbot, dialog.period, "2026")
    with qtbot.waitSignal(dialog.changed):
        _ok(qtbot, dialog)
    assert workspace.villages.open_file(village).ratings[0].rating is Rating.PROBLEM


def test_rate_a_village_from_the_overview(qtbot, workspace, county, languages):
    overview = WarningOverview(workspace, "zh_CN")
    qtbot.addWidget(overview)
    overview.show()
    assert not overview.rate_button.isEnabled()
    overview.select_village(county.villages["dorje"])
    qtbot.mouseClick(overview.rate_button, Qt.MouseButton.LeftButton)
    dialog = overview.findChild(RatingDialog)
    assert dialog is not None and dialog.isVisible() and dialog.village_id == county.villages["dorje"]
    qtbot.mouseClick(dialog.level_buttons[Rating.BACKWARD], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(overview.changed) as changed:
        _ok(qtbot, dialog)
    assert changed.args[0].touches("village_rating")


def test_in_tibetan(qtbot, workspace, county, languages):
    languages.apply("bo_CN", remember=False)
    village = county.villages["dorje"]
    workspace.warnings.set_rating(village, "2025", Rating.BACKWARD, "")
    dialog = _dialog(qtbot, workspace, village, "bo_CN")
    assert "རྡོ་རྗེ་གྲོང་ཚོ།" in dialog.windowTitle()
    assert [b.text() for b in dialog.level_buttons.values()] == [r.label for r in Rating]
    assert dialog.level_buttons[Rating.ADVANCED].text() == "སྔོན་ཐོན།"
    assert history(dialog)[0][1] == Rating.BACKWARD.label and Rating.BACKWARD.label != "后进"
    # Stacked Tibetan is not clipped: the history rows are as tall as the app's rows.
    assert dialog.history.rowHeight(0) >= dialog.fontMetrics().height()


def test_preview(qtbot, workspace, county, languages):
    dialog = preview_rating(workspace, "zh_CN")
    qtbot.addWidget(dialog)
    assert dialog.village_id in county.villages.values()
