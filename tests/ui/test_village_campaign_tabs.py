"""The campaign tabs inside the village file: problems, plan, support log and
acceptance, their changes on the main window's undo stack and the plan
opened in the Rectification menu's editor."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import ProblemCategory
from desktop.core.query import VillageQuery
from desktop.core.terms import Rating


def _weak_village_with_problems(window):
    for vid in window.ws.villages.search(VillageQuery(rating=Rating.BACKWARD)):
        if window.ws.ledger.for_village(vid):
            return vid
    raise AssertionError("the demo has no weak village with problems")


def test_the_village_file_shows_its_campaign(qtbot, window):
    vid = _weak_village_with_problems(window)
    dialog = window.open_village(vid)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert len(titles) == 8 and titles[4] == "问题" and all(titles)
    dialog.tabs.setCurrentWidget(dialog.campaign.problems)
    assert dialog.campaign.problems.table.rowCount() == len(window.ws.ledger.for_village(vid))
    assert dialog.campaign.support_log.isEnabled() and dialog.campaign.acceptance.isEnabled()


def test_a_change_in_a_tab_is_undone_from_the_main_window(qtbot, window):
    vid = _weak_village_with_problems(window)
    dialog = window.open_village(vid)
    before = dialog.campaign.problems.table.rowCount()
    pid, changeset = window.ws.ledger.add(ProblemRecord(
        id="", row_version=0, village_id=vid, description="村务公开栏两年未更新，群众意见大",
        category=ProblemCategory.OPERATION, found_on=date(2026, 11, 20)))
    dialog.campaign.problems.changed.emit(changeset, "add problem")
    assert dialog.campaign.problems.table.rowCount() == before + 1
    window.undo_stack.undo()
    assert dialog.campaign.problems.table.rowCount() == before
    assert window.ws.ledger.for_village(vid) and all(p.id != pid for p in window.ws.ledger.for_village(vid))


def test_the_plan_tab_opens_the_plan_in_its_editor(qtbot, window):
    vid = _weak_village_with_problems(window)
    dialog = window.open_village(vid)
    tab = dialog.campaign.plan
    dialog.tabs.setCurrentWidget(tab)
    if window.ws.plans.current(vid) is None:
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    else:
        tab.table.selectRow(0)
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    plan = window.ws.plans.current(vid)
    assert plan.id in window.campaign_menu.plans
    assert window.campaign_menu.plans[plan.id].isVisible()


def test_a_new_village_has_its_campaign_tabs_disabled_until_saved(qtbot, window):
    dialog = window.new_village()
    assert not dialog.campaign.problems.isEnabled() and not dialog.campaign.plan.isEnabled()
