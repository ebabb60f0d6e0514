"""Acceptance as the township records it: the three reviews in their order
through the dialog (a wrong level and a failure without comments are
refused, with the reason in the dialog), the status turning Converted, then
the work team withdrawn from the support log: Consolidating, and the team's
posts end that day."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.i18n import translate
from desktop.core.ledger_terms import AcceptanceLevel as L, AcceptanceResult as AR, ActivityKind, CampaignStatus
from desktop.core.terms import PostRole
from desktop.ui.acceptance_tab import AcceptanceTab
from desktop.ui.support_log_tab import SupportLogTab
from tests.services.test_inspections import _village
from tests.ui.conftest import type_text
from tests.ui.test_support_log_tab import with_team


@pytest.fixture
def village(workspace, township):
    return with_team(workspace, _village(workspace, township, "白依村", "513336100201"))


def _show(qtbot, widget, village):
    qtbot.addWidget(widget)
    widget.load(village)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot, workspace, village, languages):
    return _show(qtbot, AcceptanceTab(workspace, "zh_CN"), village)


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def retype(qtbot, field, text):
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(qtbot, field.edit, text)


def record(qtbot, tab, result, on, comments="", level=None, by=""):
    """Open the dialog, fill it in, OK; the dialog (still open when refused)."""
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    if level is not None:
        dialog.set_level(level)
    qtbot.mouseClick(dialog.result_buttons[result], Qt.MouseButton.LeftButton)
    retype(qtbot, dialog.on, on)
    if by:
        type_text(qtbot, dialog.decided_by.edit, by)
    if comments:
        type_text(qtbot, dialog.comments, comments)
    ok(qtbot, dialog)
    return dialog


def reviews(tab):
    return [[tab.table.item(r, c).text() for c in range(5)] for r in range(tab.table.rowCount())]


def test_three_reviews_in_order_convert_the_village_and_the_team_leaves(qtbot, tab, workspace, village):
    assert tab.status.text() == CampaignStatus.UNDER_RECTIFICATION.label
    assert [tab.step_state(level) for level in L] == ["next", "waiting", "waiting"]
    assert reviews(tab) == []

    # The county committee cannot review first: refused, in the dialog.
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.chosen_level() is L.TOWNSHIP               # preset to the next level
    dialog.set_level(L.COUNTY_COMMITTEE)
    qtbot.mouseClick(dialog.result_buttons[AR.PASSED], Qt.MouseButton.LeftButton)
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == translate("Acceptance", "The next review is the {expected}; the {level} comes "
                                                            "after it has passed.").format(
        expected=L.TOWNSHIP.inline_label, level=L.COUNTY_COMMITTEE.inline_label)
    assert workspace.acceptance.reviews(village) == []
    dialog.set_level(L.TOWNSHIP)
    assert not dialog.message.isVisible()                     # changing the level clears the refusal
    with qtbot.waitSignal(tab.changed) as made:
        ok(qtbot, dialog)
    assert not dialog.isVisible() and made.args[0].touches("acceptance_review")
    assert [tab.step_state(level) for level in L] == ["passed", "next", "waiting"]

    # A failure needs comments: they tell the township what to fix.
    dialog = record(qtbot, tab, AR.FAILED, "2026-11-25")
    assert dialog.message.text() == translate("Acceptance", "Give the date of the review (not in the future).")
    retype(qtbot, dialog.on, "2026-11-23")
    ok(qtbot, dialog)
    assert dialog.message.text() == translate("Acceptance", "Say why the village did not pass: the comments "
                                                            "tell the township what to fix.")
    dialog.reject()

    record(qtbot, tab, AR.PASSED, "2026-11-23", by="县委组织部")
    assert tab.dialog.chosen_level() is L.COUNTY_DEPARTMENT and not tab.dialog.isVisible()
    assert tab.status.text() == CampaignStatus.UNDER_RECTIFICATION.label
    record(qtbot, tab, AR.PASSED, "2026-11-23", by="县委常委会")
    assert tab.status.text() == CampaignStatus.CONVERTED.label
    assert [tab.step_state(level) for level in L] == ["passed", "passed", "passed"]
    assert not tab.record_button.isEnabled()
    listed = reviews(tab)
    assert [r[1] for r in listed] == [level.label for level in L]
    assert [r[2] for r in listed] == [AR.PASSED.label] * 3 and listed[1][3] == "县委组织部"

    # Now the support log lets the team go.
    log = _show(qtbot, SupportLogTab(workspace, "zh_CN"), village)
    log.changed.connect(lambda changeset, _d: tab.apply(changeset))
    qtbot.mouseClick(log.withdraw_button, Qt.MouseButton.LeftButton)
    withdrawal = log.dialog
    assert not withdrawal.kind.isEnabled() and not withdrawal.fields["summary"].isVisibleTo(withdrawal)
    retype(qtbot, withdrawal.fields["on"], "2026-11-23")
    type_text(qtbot, withdrawal.fields["note"].edit, "转化验收通过")
    with qtbot.waitSignal(log.changed):
        ok(qtbot, withdrawal)
    assert tab.status.text() == CampaignStatus.CONSOLIDATING.label
    posts = workspace.villages.open_file(village).posts
    team = [p for p in posts if p.role in (PostRole.FIRST_SECRETARY, PostRole.WORK_TEAM_LEADER,
                                           PostRole.WORK_TEAM_MEMBER)]
    assert len(team) == 3 and all(p.term_end == date(2026, 11, 23) for p in team)
    assert next(p for p in posts if p.role is PostRole.CONTACT_LEADER).term_end is None
    assert "王建国" in log.team_values["first_secretary"].text() and "2026-11-23" in \
        log.team_values["first_secretary"].text()
    assert log.table.item(0, 1).text() == ActivityKind.TEAM_WITHDRAWN.label
    assert not log.edit_button.isEnabled()
    # A second withdrawal is refused with its reason.
    qtbot.mouseClick(log.withdraw_button, Qt.MouseButton.LeftButton)
    assert log.dialog.text() == translate("Acceptance", "The work team has already been withdrawn.")


def test_a_failure_sends_the_village_back_to_the_township(qtbot, tab, workspace, village):
    workspace.acceptance.record(village, L.TOWNSHIP, AR.PASSED, date(2026, 11, 1))
    record(qtbot, tab, AR.FAILED, "2026-11-10", comments="集体经济仍未达标")
    assert tab.status.text() == CampaignStatus.NOT_CONVERTED.label
    assert [tab.step_state(level) for level in L] == ["passed", "failed", "waiting"]
    assert tab.next_level() is L.TOWNSHIP
    assert translate("AcceptanceTab", "Next: to be reviewed again") in tab.steps[L.TOWNSHIP].text()
    assert reviews(tab)[-1][4] == "集体经济仍未达标"
    # The next dialog starts at the township again.
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert tab.dialog.chosen_level() is L.TOWNSHIP
    tab.dialog.reject()


def test_a_review_recorded_elsewhere_shows_and_a_new_village_has_nothing(qtbot, tab, workspace, village):
    _id, changeset = workspace.acceptance.record(village, L.TOWNSHIP, AR.PASSED, date(2026, 11, 1))
    tab.apply(changeset)
    assert tab.step_state(L.TOWNSHIP) == "passed" and len(reviews(tab)) == 1
    tab.load(None)
    assert reviews(tab) == [] and not tab.record_button.isEnabled() and tab.status.text() == ""


def test_a_closed_review_dialog_is_gone(qtbot, tab):
    """A dialog made per review goes when it closes, not with the village file."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.acceptance_dialog import AcceptanceDialog

    record(qtbot, tab, AR.PASSED, "2026-11-20")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    tab.dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert tab.findChildren(AcceptanceDialog) == []
