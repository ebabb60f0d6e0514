"""The round-to-round comparison as the county reviewer reads it: added,
removed, changed and unchanged items, the earlier comment beside each,
and the changed words highlighted (Tibetan syllables kept whole)."""

from PySide6.QtCore import Qt

from desktop.ui.plan_compare import PlanCompare, diff_html
from desktop.ui.plan_preview import second_round_plan
from tests.services.test_inspections import _village
from tests.ui.plan_data import CONCRETE, SECOND, add_problem, make_plan

GOOD = dict(goal="党员队伍结构优化", content="发展年轻党员", measures=CONCRETE, responsible_leader="扎西",
            responsible_person="卓玛")


def _returned_and_revised(ws):
    s = make_plan(ws)
    kept = add_problem(ws, s.village, SECOND)
    f = ws.plans.open(s.plan)
    ws.plans.save_items(s.plan, f.plan.row_version, [{"problem_id": p, **GOOD, "deadline": ws.today()}
                                                     for p in (s.problem, kept)])
    ws.plans.record_meeting(s.plan, None, ws.today(), 20, 25, "同意")
    ws.plans.submit(s.plan)
    first, second = ws.plans.open(s.plan).items
    ws.plans.review(s.plan, False, {first.id: "写明培训次数", second.id: "删去此项"})
    ws.plans.revise(s.plan)
    f = ws.plans.open(s.plan)
    ws.plans.save_items(s.plan, f.plan.row_version, [{"problem_id": s.problem, **GOOD, "deadline": ws.today(),
                                                      "measures": CONCRETE + "，每季度考核"}])
    return s, kept


def test_the_reviewer_sees_what_changed_and_what_was_said(qtbot, workspace, languages):
    s, removed = _returned_and_revised(workspace)
    view = PlanCompare(workspace, s.plan, "zh_CN")
    qtbot.addWidget(view)
    view.show()
    assert view.rounds() == (1, 2)
    assert [(c.kind, c.comment) for c in view.comparisons] == [("changed", "写明培训次数"), ("removed", "删去此项")]
    page = view.view.toPlainText()
    assert "写明培训次数" in page and "删去此项" in page and SECOND in page and "每季度考核" in page
    html = view.view.toHtml()
    assert "#c4e7c9" in html.lower()      # the added words are highlighted
    assert "1" in view.summary.text() and "2" in view.summary.text()

    # Unchanged items only when asked; the same round twice says so.
    view.set_rounds(2, 2)
    assert [c.kind for c in view.comparisons] == ["same"]
    assert "每季度考核" not in view.view.toPlainText()
    qtbot.mouseClick(view.show_same, Qt.MouseButton.LeftButton)
    view.set_rounds(1, 2)
    assert view.show_same.isChecked() and view.view.toPlainText() == page


def test_highlights_keep_tibetan_syllables_whole():
    before, after = diff_html("ཚོགས་པ་གསར་འཛུགས།", "ཚོགས་པ་གཉིས་གསར་འཛུགས།")
    assert "ཚོགས་པ་" in before and "line-through" not in before
    assert ">གཉིས་</span>" in after
    before, after = diff_html("每月1次", "每月2次")
    assert ">1</span>" in before and ">2</span>" in after


def test_the_preview_plan_is_in_its_second_round(qtbot, workspace, languages):
    s = make_plan(workspace)      # a village with a plan already: the preview takes another
    _village(workspace, s.township, "扎村", "513336100202")
    plan_id = second_round_plan(workspace)
    assert workspace.plans.open(plan_id).plan.village_id != s.village
    view = PlanCompare(workspace, plan_id, "bo_CN")
    qtbot.addWidget(view)
    assert view.rounds() == (1, 2)
    assert {c.kind for c in view.comparisons} >= {"changed", "same"}
    assert any(c.comment and c.answered for c in view.comparisons)


def test_the_comparison_follows_the_plan(qtbot, workspace, languages):
    """Open beside the editor, the comparison follows what is saved and a
    new round, as the editor does."""
    from desktop.ui.plan_editor import PlanEditor

    s, removed = _returned_and_revised(workspace)
    editor = PlanEditor(workspace, s.plan, "zh_CN")
    qtbot.addWidget(editor)
    view = editor.steps.compare_rounds()
    assert view.rounds() == (1, 2) and "加派农技员" not in view.view.toPlainText()
    f = workspace.plans.open(s.plan)
    editor.apply(workspace.plans.save_items(s.plan, f.plan.row_version, [
        {"problem_id": s.problem, **GOOD, "deadline": workspace.today(), "measures": CONCRETE + "，加派农技员1名"},
        {"problem_id": removed, **GOOD, "deadline": workspace.today()}]))
    assert view.rounds() == (1, 2) and "加派农技员" in view.view.toPlainText()
    plans = workspace.plans
    plans.record_meeting(s.plan, None, workspace.today(), 20, 25, "同意")
    plans.submit(s.plan)
    item = plans.open(s.plan).items[0]
    plans.review(s.plan, False, {item.id: "写明考核办法"})
    editor.apply(plans.revise(s.plan))
    assert view.rounds() == (2, 3)
