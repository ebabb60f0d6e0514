"""The support log as a township cadre keeps it: who supports the village,
funds and an assessment logged through the dialog (which names what is
missing), the totals, and a withdrawal refused before acceptance."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.core.i18n import translate
from desktop.core.ledger_terms import ActivityKind as K
from desktop.core.records import PersonRecord, PostRecord
from desktop.core.terms import PostRole
from desktop.ui.support_log_tab import SupportLogTab
from tests.services.test_inspections import _village
from tests.ui.conftest import click_button, type_text


def with_team(ws, village_id):
    """The village's first secretary and work team, saved through the village file."""
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    for name_zh, name_bo, role, unit in (("王建国", "", PostRole.FIRST_SECRETARY, "县委组织部"),
                                         ("扎西", "བཀྲ་ཤིས།", PostRole.WORK_TEAM_LEADER, "县农业农村局"),
                                         ("卓玛", "སྒྲོལ་མ།", PostRole.WORK_TEAM_MEMBER, ""),
                                         ("李明", "", PostRole.CONTACT_LEADER, "")):
        person = PersonRecord(name_zh=name_zh, name_bo=name_bo)
        edited.people[person.id] = person
        edited.posts.append(PostRecord(person.id, village_id, role, unit=unit, term_start=date(2026, 3, 1)))
    edited.facts.paired_unit = "县财政局"
    ws.villages.save_file(original, edited)
    return village_id


@pytest.fixture
def village(workspace, township):
    return with_team(workspace, _village(workspace, township, "白依村", "513336100201"))


@pytest.fixture
def tab(qtbot, workspace, village, languages):
    t = SupportLogTab(workspace, "zh_CN")
    qtbot.addWidget(t)
    t.load(village)
    t.resize(1000, 700)
    t.show()
    qtbot.waitExposed(t)
    return t


def retype(qtbot, field, text):
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(qtbot, field.edit, text)


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose_kind(dialog, kind):
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def rows(tab):
    return [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())] for r in range(tab.table.rowCount())]


def test_the_team_is_shown_at_a_glance(tab):
    assert "王建国" in tab.team_values["first_secretary"].text()
    assert "县委组织部" in tab.team_values["first_secretary"].text()
    team = tab.team_values["work_team_member"].text().split(" · ")
    assert "扎西 བཀྲ་ཤིས།" in team[0] and "县农业农村局" in team[0] and "卓玛" in team[1]
    assert "李明" in tab.team_values["contact_leader"].text()
    assert tab.team_values["paired_unit"].text() == "县财政局"
    assert rows(tab) == [] and tab.totals.text()


def test_log_funds_and_an_assessment_then_see_them_with_totals(qtbot, tab, workspace, village):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    choose_kind(dialog, K.FUNDS)
    assert dialog.fields["amount_yuan"].isVisibleTo(dialog) and dialog.fields["fund_source"].isVisibleTo(dialog)
    assert not dialog.fields["participants"].isVisibleTo(dialog) and not dialog.fields["score"].isVisibleTo(dialog)
    type_text(qtbot, dialog.fields["by"].edit, "县财政局")
    type_text(qtbot, dialog.fields["summary"].edit, "村道硬化")
    ok(qtbot, dialog)
    # Refused, and it says which fields are missing, at the fields.
    assert dialog.isVisible()
    assert dialog.fields["amount_yuan"].message == translate("Support", "Give the amount in yuan.")
    assert dialog.fields["fund_source"].message == translate("Support", "Give where the funds come from.")
    assert dialog.fields["amount_yuan"].message_label.isVisible()
    assert workspace.support.activities(village) == []
    type_text(qtbot, dialog.fields["amount_yuan"].edit, "20万")
    assert dialog.fields["amount_yuan"].message is None     # touched: the old message goes
    type_text(qtbot, dialog.fields["fund_source"].edit, "县财政专项")
    retype(qtbot, dialog.fields["on"], "2026-10-01")
    with qtbot.waitSignal(tab.changed) as made:
        ok(qtbot, dialog)
    assert not dialog.isVisible()
    changeset, description = made.args
    assert changeset.touches("support_activity") and K.FUNDS.inline_label in description

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    choose_kind(dialog, K.QUARTERLY_ASSESSMENT)
    assert not dialog.fields["amount_yuan"].isVisibleTo(dialog)
    retype(qtbot, dialog.fields["on"], "2026-10-08")
    type_text(qtbot, dialog.fields["by"].edit, "乡党委")
    type_text(qtbot, dialog.fields["period"].edit, "2026q3")
    type_text(qtbot, dialog.fields["score"].edit, "88")
    type_text(qtbot, dialog.fields["poll_total"].edit, "40")
    assert dialog.satisfaction.text() == "—"
    type_text(qtbot, dialog.fields["poll_satisfied"].edit, "36")
    assert dialog.satisfaction.text() == "90.0 %"      # live, as typed
    with qtbot.waitSignal(tab.changed):
        ok(qtbot, dialog)

    listed = rows(tab)
    assert [r[0] for r in listed] == ["2026-10-08", "2026-10-01"]        # newest first
    assert listed[0][1] == K.QUARTERLY_ASSESSMENT.label and listed[0][2] == "乡党委"
    assert "88" in listed[0][4] and "90.0 %" in listed[0][4] and "36" in listed[0][4] and "40" in listed[0][4]
    assert listed[1][3] == "村道硬化" and "200,000" in listed[1][4] and "县财政专项" in listed[1][4]
    assert "2" in tab.totals.text() and "200,000" in tab.totals.text()
    assert f"{K.FUNDS.short_label} 1" in tab.totals.text()

    # The filter narrows the list; the totals stay the village's.
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(K.FUNDS))
    assert [r[0] for r in rows(tab)] == ["2026-10-01"]
    assert "200,000" in tab.totals.text()
    tab.kind_filter.setCurrentIndex(0)
    assert len(rows(tab)) == 2


def test_a_training_needs_its_participants_and_an_entry_is_edited_and_deleted(qtbot, tab, workspace, village):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    choose_kind(dialog, K.TRAINING)
    type_text(qtbot, dialog.fields["summary"].edit, "党员冬训")
    ok(qtbot, dialog)
    assert dialog.fields["participants"].message == translate("Support", "Give the number of participants.")
    type_text(qtbot, dialog.fields["participants"].edit, "45")
    with qtbot.waitSignal(tab.changed):
        ok(qtbot, dialog)
    assert "45" in rows(tab)[0][4] and "45" in tab.totals.text()

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.current_kind() is K.TRAINING and dialog.fields["participants"].edit.text() == "45"
    retype(qtbot, dialog.fields["participants"], "52")
    with qtbot.waitSignal(tab.changed):
        ok(qtbot, dialog)
    assert workspace.support.activities(village)[0].participants == 52

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.changed) as made:
        click_button(qtbot, tab.dialog, QMessageBox.StandardButton.Yes)
    assert made.args[0].touches("support_activity")
    assert rows(tab) == [] and workspace.support.activities(village) == []


def test_the_team_cannot_be_withdrawn_before_the_village_is_converted(qtbot, tab, workspace, village):
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    box = tab.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == translate("Acceptance", "The work team stays until the village has passed the "
                                                 "county committee's final review.")
    click_button(qtbot, box, QMessageBox.StandardButton.Ok)
    assert workspace.support.activities(village) == []
    assert all(p.term_end is None for p in workspace.villages.open_file(village).posts)


def test_a_change_made_elsewhere_shows_and_a_new_village_has_nothing(qtbot, tab, workspace, village):
    from desktop.core.support import ActivityRecord

    _id, changeset = workspace.support.add(ActivityRecord("", 0, village, K.VISIT, on=date(2026, 11, 2),
                                                          summary="入户走访"))
    tab.apply(changeset)
    assert rows(tab)[0][3] == "入户走访"
    tab.load(None)
    assert rows(tab) == [] and not tab.add_button.isEnabled() and not tab.withdraw_button.isEnabled()


def test_the_tab_follows_a_language_switch(qtbot, tab, languages):
    languages.apply("bo_CN", remember=False)
    tab.set_language("bo_CN")
    assert tab.team_values["work_team_member"].text().startswith("བཀྲ་ཤིས། 扎西")
    # Qt posts LanguageChange: the texts follow once it is delivered.
    qtbot.waitUntil(lambda: tab.kind_filter.itemText(0) == tab.tr("All kinds"))
    languages.apply("zh_CN", remember=False)
    tab.set_language("zh_CN")
    assert tab.team_values["work_team_member"].text().startswith("扎西 བཀྲ་ཤིས།")


def test_a_closed_entry_dialog_is_gone(qtbot, tab):
    """A dialog made per entry goes when it closes, not with the village file."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.activity_dialog import ActivityDialog

    for accept in (True, False):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        if accept:
            type_text(qtbot, dialog.fields["summary"].edit, "入户走访困难群众")
            with qtbot.waitSignal(tab.changed):
                ok(qtbot, dialog)
        else:
            dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert tab.findChildren(ActivityDialog) == []
