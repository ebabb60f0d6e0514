"""The ledger, village plans, support log, acceptance and the dashboard,
through the services, on a real SQLite file."""

import dataclasses
from datetime import date

import pytest

from desktop.core.acceptance import AcceptanceRefused
from desktop.core.errors import EditConflict, ValidationFailed, VillageDeskError
from desktop.core.ledger import IllegalMove, ProblemRecord
from desktop.core.ledger_index import LedgerFilter, SortKey
from desktop.core.ledger_terms import (
    AcceptanceLevel as L,
    AcceptanceResult as AR,
    ActivityKind as K,
    CampaignStatus,
    PlanStatus,
    PlanStep,
    ProblemAspect,
    ProblemCategory,
    ProblemSource,
    ProblemStatus as S,
)
from desktop.core.plans import PlanMoveRefused
from desktop.core.support import ActivityRecord
from desktop.core.terms import WarningColour
from tests.services.test_inspections import _village

CLEAR = "村党支部书记年龄偏大，近三年未发展新党员，党员队伍老化"


@pytest.fixture
def village(workspace, township):
    return _village(workspace, township, "白依村", "513336100201")


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "整改照片.jpg"
    p.write_bytes(b"\xff\xd8 photo" * 50)
    return p


def _problem(village, **kw):
    values = dict(id="", row_version=0, village_id=village, description=CLEAR,
                  category=ProblemCategory.TEAM_BUILDING, aspect=ProblemAspect.B3, source=ProblemSource.PETITION,
                  found_on=date(2026, 9, 1), deadline=date(2026, 12, 31), responsible_leader="扎西",
                  responsible_person="卓玛")
    values.update(kw)
    return ProblemRecord(**values)


def test_a_problem_goes_from_open_to_closed_out_with_evidence(workspace, village, photo):
    ledger = workspace.ledger
    pid, cs = ledger.add(_problem(village))
    assert cs.ids("problem") == {pid}
    assert ledger.get(pid).status is S.OPEN
    ledger.move(pid, None, S.IN_PROGRESS, on=date(2026, 10, 1))
    ledger.move(pid, None, S.SOLVED, "新发展党员2名", on=date(2026, 11, 1))
    with pytest.raises(IllegalMove, match="check"):
        ledger.close_out(pid, None, checker="", evidence=[photo])
    with pytest.raises(IllegalMove, match="evidence"):
        ledger.close_out(pid, None, checker="乡党委 李书记", evidence=[])
    cs = ledger.close_out(pid, None, checker="乡党委 李书记", evidence=[photo], reason="核查属实")
    assert cs.touches("problem_evidence")
    h = ledger.history(pid)
    assert h.problem.status is S.CLOSED and h.problem.closed_by == "乡党委 李书记"
    assert [e.to_status for e in h.events] == [S.OPEN, S.IN_PROGRESS, S.SOLVED, S.CLOSED]
    assert all(e.actor == "tester" for e in h.events)
    assert h.evidence[0].file_name == photo.name
    assert workspace.inspections.attachments.path(h.evidence[0].sha256).read_bytes() == photo.read_bytes()
    # It comes back (反复回潮): reopened with a reason, history kept.
    with pytest.raises(IllegalMove, match="reason"):
        ledger.move(pid, None, S.REOPENED)
    ledger.move(pid, None, S.REOPENED, "又出现党员流失")
    p = ledger.get(pid)
    assert p.status is S.REOPENED and p.reopen_count == 1 and p.closed_by == ""
    assert len(ledger.history(pid).events) == 5


def test_illegal_moves_and_stale_versions_are_refused(workspace, village):
    pid, _ = workspace.ledger.add(_problem(village))
    with pytest.raises(IllegalMove, match="closed out"):
        workspace.ledger.move(pid, None, S.CLOSED, checker="x")
    with pytest.raises(IllegalMove):
        workspace.ledger.move(pid, None, S.REOPENED, "why")
    with pytest.raises(EditConflict):
        workspace.ledger.move(pid, 99, S.IN_PROGRESS)
    with pytest.raises(VillageDeskError, match="future"):
        workspace.ledger.move(pid, None, S.IN_PROGRESS, on=date(2027, 1, 1))
    assert workspace.ledger.get(pid).status is S.OPEN
    assert len(workspace.ledger.history(pid).events) == 1


def test_bad_problems_are_refused_field_by_field(workspace, village):
    with pytest.raises(ValidationFailed) as e:
        workspace.ledger.add(_problem(village, description=" ", aspect=ProblemAspect.C1, deadline=date(2026, 1, 1)))
    assert {f.field for f in e.value.errors} == {"description", "aspect", "deadline"}
    assert workspace.ledger.counts().found == 0


def test_counts_colours_and_filters(workspace, village, township):
    other = _village(workspace, township, "扎村", "513336100202")
    ledger = workspace.ledger
    overdue, _ = ledger.add(_problem(village, deadline=date(2026, 11, 1)))
    soon, _ = ledger.add(_problem(village, deadline=date(2026, 11, 27), responsible_person="格桑"))
    later, _ = ledger.add(_problem(other, category=ProblemCategory.STABILITY, aspect=ProblemAspect.E2))
    ledger.move(later, None, S.SOLVED)
    counts = ledger.counts()
    assert (counts.found, counts.solved, counts.open, counts.overdue, counts.due_soon) == (3, 1, 2, 1, 1)
    index = ledger.index()
    assert index.select(LedgerFilter(overdue_only=True)) == [overdue]
    assert set(index.select(LedgerFilter(due_soon_only=True))) == {overdue, soon}
    assert index.select(LedgerFilter(person="格桑")) == [soon]
    assert index.select(LedgerFilter(category=ProblemCategory.STABILITY)) == [later]
    assert index.select(LedgerFilter(village_ids=frozenset({other}))) == [later]
    assert index.select(LedgerFilter(text="扎村")) == [later]
    assert index.select(LedgerFilter(), SortKey.DEADLINE) == [overdue, soon, later]
    # The due-soon days are a setting.
    workspace.ledger.set_due_soon_days(1)
    assert workspace.ledger.counts().due_soon == 0


def _plan_ready(ws, village):
    pid, _ = ws.ledger.add(_problem(village))
    plan_id, _ = ws.plans.create(village)
    f = ws.plans.open(plan_id)
    assert [i.problem_id for i in f.items] == [pid]
    return plan_id, pid


GOOD_ITEM = dict(goal="党员队伍结构优化", content="发展年轻党员，培养入党积极分子",
                 measures="年内发展35岁以下党员2名，确定入党积极分子3名，每月开展1次党员培训",
                 deadline=date(2026, 12, 31), responsible_leader="扎西", responsible_person="卓玛")


def test_a_plan_goes_from_draft_through_a_return_to_approval(workspace, village):
    ws = workspace
    plan_id, pid = _plan_ready(ws, village)
    fails = ws.plans.check(plan_id)
    assert {(f.item, f.field) for f in fails} >= {(1, "goal"), (1, "content"), (1, "measures"), (None, "meeting")}
    plan = ws.plans.open(plan_id).plan
    with pytest.raises(PlanMoveRefused, match="meeting"):
        ws.plans.submit(plan_id)
    ws.plans.save_items(plan_id, plan.row_version, [{"problem_id": pid, **GOOD_ITEM, "measures": "加强领导，认真落实"}])
    assert [(f.item, f.field) for f in ws.plans.check(plan_id) if f.item] == [(1, "measures")]
    ws.plans.record_meeting(plan_id, None, date(2026, 11, 20), 28, 31, "同意该方案")
    with pytest.raises(PlanMoveRefused, match="three no-lets-go"):
        ws.plans.submit(plan_id)
    # Editing after the meeting sends it back to draft.
    ws.plans.save_items(plan_id, None, [{"problem_id": pid, **GOOD_ITEM}])
    assert ws.plans.open(plan_id).plan.status is PlanStatus.DRAFT
    ws.plans.record_meeting(plan_id, None, date(2026, 11, 21), 29, 31, "同意该方案")
    assert ws.plans.check(plan_id) == []
    ws.plans.submit(plan_id)
    item = ws.plans.open(plan_id).items[0]
    with pytest.raises(PlanMoveRefused, match="comment"):
        ws.plans.review(plan_id, approve=False, comments={item.id: " "})
    ws.plans.review(plan_id, approve=False, comments={item.id: "措施要写明培训内容"}, overall="细化措施")
    assert ws.plans.open(plan_id).plan.status is PlanStatus.RETURNED
    with pytest.raises(PlanMoveRefused):
        ws.plans.submit(plan_id)
    ws.plans.revise(plan_id)
    f = ws.plans.open(plan_id)
    assert (f.plan.round, f.plan.status, f.plan.meeting_on) == (2, PlanStatus.DRAFT, None)
    ws.plans.save_items(plan_id, None, [{"problem_id": pid, **GOOD_ITEM,
                                         "measures": GOOD_ITEM["measures"] + "，培训内容为党章党规"}])
    (cmp,) = ws.plans.compare(plan_id)
    assert cmp.kind == "changed" and [c.field for c in cmp.changes] == ["measures"]
    assert cmp.comment == "措施要写明培训内容" and cmp.answered
    ws.plans.record_meeting(plan_id, None, date(2026, 11, 22), 30, 31, "同意")
    ws.plans.submit(plan_id)
    ws.plans.review(plan_id, approve=True, decided_by="县委组织部")
    f = ws.plans.open(plan_id)
    assert f.plan.status is PlanStatus.APPROVED
    assert [e.step for e in f.events] == [PlanStep.DRAFTED, PlanStep.MEETING, PlanStep.MEETING, PlanStep.SUBMITTED,
                                          PlanStep.RETURNED, PlanStep.REVISED, PlanStep.MEETING,
                                          PlanStep.SUBMITTED, PlanStep.APPROVED]
    assert ws.ledger.get(pid).status is S.IN_PROGRESS
    with pytest.raises(VillageDeskError):
        ws.plans.save_items(plan_id, None, [])


def test_one_plan_at_a_time_and_every_open_problem_covered(workspace, village):
    plan_id, pid = _plan_ready(workspace, village)
    with pytest.raises(VillageDeskError, match="under way"):
        workspace.plans.create(village)
    workspace.plans.save_items(plan_id, None, [])
    fails = workspace.plans.check(plan_id)
    assert any(f.problem_id == pid and f.item is None for f in fails)


def test_support_log_and_acceptance_keep_the_team_until_converted(workspace, village):
    ws = workspace
    with pytest.raises(ValidationFailed) as e:
        ws.support.add(ActivityRecord("", 0, village, K.FUNDS, on=date(2026, 10, 1), summary="修路"))
    assert {f.field for f in e.value.errors} == {"amount_yuan", "fund_source"}
    ws.support.add(ActivityRecord("", 0, village, K.FUNDS, on=date(2026, 10, 1), summary="修路",
                                  amount_yuan=200000, fund_source="县财政"))
    ws.support.add(ActivityRecord("", 0, village, K.QUARTERLY_ASSESSMENT, on=date(2026, 10, 8), period="2026q3",
                                  score=88, poll_total=40, poll_satisfied=36))
    assert ws.support.activities(village)[0].period == "2026Q3"
    assert ws.support.totals().funds_yuan == 200000
    with pytest.raises(AcceptanceRefused):
        ws.support.withdraw_team(village, date(2026, 11, 1))
    with pytest.raises(AcceptanceRefused, match="next review"):
        ws.acceptance.record(village, L.COUNTY_DEPARTMENT, AR.PASSED, date(2026, 11, 1))
    with pytest.raises(AcceptanceRefused, match="why"):
        ws.acceptance.record(village, L.TOWNSHIP, AR.FAILED, date(2026, 11, 1))
    ws.acceptance.record(village, L.TOWNSHIP, AR.FAILED, date(2026, 11, 1), comments="集体经济仍未达标")
    assert ws.acceptance.status(village) is CampaignStatus.NOT_CONVERTED
    for level, day in ((L.TOWNSHIP, 10), (L.COUNTY_DEPARTMENT, 12), (L.COUNTY_COMMITTEE, 15)):
        ws.acceptance.record(village, level, AR.PASSED, date(2026, 11, day))
    assert ws.acceptance.status(village) is CampaignStatus.CONVERTED
    ws.support.withdraw_team(village, date(2026, 11, 20))
    assert ws.acceptance.status(village) is CampaignStatus.CONSOLIDATING
    with pytest.raises(AcceptanceRefused):
        ws.support.withdraw_team(village, date(2026, 11, 21))


def test_the_withdrawal_is_made_only_by_withdrawing_the_team(workspace, village):
    """不见效不撤离 holds for every way into the log: an entry is not turned
    into the withdrawal, the withdrawal is not dated before the final
    review, and it is not edited or deleted as an entry (Undo takes it back
    with the posts it ended)."""
    ws = workspace
    visit_id, _ = ws.support.add(ActivityRecord("", 0, village, K.VISIT, on=date(2026, 10, 1), summary="入户走访"))
    visit = ws.support.activities(village)[0]
    with pytest.raises(VillageDeskError, match="withdrawal"):
        ws.support.edit(dataclasses.replace(visit, kind=K.TEAM_WITHDRAWN))
    assert ws.support.activities(village, [K.TEAM_WITHDRAWN]) == []
    for level, day in ((L.TOWNSHIP, 10), (L.COUNTY_DEPARTMENT, 12), (L.COUNTY_COMMITTEE, 15)):
        ws.acceptance.record(village, level, AR.PASSED, date(2026, 11, day))
    with pytest.raises(AcceptanceRefused, match="2026-11-15"):
        ws.support.withdraw_team(village, date(2026, 11, 14))
    ws.support.withdraw_team(village, date(2026, 11, 15), "转入巩固提升")
    withdrawal = ws.support.activities(village, [K.TEAM_WITHDRAWN])[0]
    with pytest.raises(VillageDeskError, match="withdrawal"):
        ws.support.edit(dataclasses.replace(withdrawal, kind=K.VISIT, summary="入户走访"))
    with pytest.raises(VillageDeskError, match="withdrawal"):
        ws.support.delete(withdrawal.id, withdrawal.row_version)
    assert ws.acceptance.status(village) is CampaignStatus.CONSOLIDATING
    ws.support.delete(visit_id, visit.row_version)       # an ordinary entry goes as before


def test_dashboard_counts_with_the_lists_behind_them(workspace, village, township):
    ws = workspace
    plan_id, pid = _plan_ready(ws, village)
    ws.ledger.add(_problem(village, category=ProblemCategory.STABILITY, aspect=ProblemAspect.E1,
                           deadline=date(2026, 11, 2)))
    quiet = _village(ws, township, "强村", "513336100209")
    d = ws.dashboard.figures(township.id)
    # A village with no weakness, problem, plan, log or review is not counted in the campaign.
    assert set(d.village_ids) == {village, quiet} and d.campaign_ids == [village]
    assert d.by_plan[PlanStatus.DRAFT] == [village]
    assert d.by_status[CampaignStatus.UNDER_RECTIFICATION] == [village]
    assert set(d.by_colour[None]) == {village, quiet}
    assert d.problems.found == 2 and d.problems.overdue == 1
    stab = next(c for c in d.by_category if c.category is ProblemCategory.STABILITY)
    assert (stab.found, stab.solved) == (1, 0)
    assert ws.ledger.index().select(d.problem_filter(overdue=True)) != []


def test_problems_from_a_finalised_inspections_failed_items(workspace, village, tmp_path):
    from desktop.core.checklists import parse_template
    from tests.checklist_data import small
    from tests.services.test_inspections import GOOD, _inspect
    template_id = workspace.checklists.install(parse_template(small())).info.id
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"x" * 10)
    f = _inspect(workspace, template_id, village, "2026Q3", {**GOOD, "A1.1": 0, "B1.1": 10000}, photo)
    made, cs = workspace.ledger.from_inspection(f.inspection.id, deadline=date(2027, 3, 31))
    assert len(made) == 2 and cs.touches("inspection_answer")
    problems = workspace.ledger.many(made)
    by_code = {p.indicator_code: p for p in problems.values()}
    assert set(by_code) == {"A1.1", "B1.1"}
    assert by_code["B1.1"].aspect is ProblemAspect.B1 and by_code["B1.1"].source is ProblemSource.INSPECTION
    assert workspace.inspections.open(f.inspection.id).problem_links == {c: p.id for c, p in by_code.items()}
    # Asking again makes nothing twice.
    again, cs = workspace.ledger.from_inspection(f.inspection.id)
    assert again == [] and cs is None
    with pytest.raises(VillageDeskError, match="did not fail"):
        workspace.ledger.from_inspection(f.inspection.id, ["A1.2"])


def test_a_close_out_and_a_plan_return_are_undone_in_one_step(workspace, village, photo):
    ws = workspace
    pid, _ = ws.ledger.add(_problem(village))
    ws.ledger.move(pid, None, S.SOLVED)
    cs = ws.ledger.close_out(pid, None, checker="李", evidence=[photo])
    ws.changes.revert(cs.id)
    h = ws.ledger.history(pid)
    assert h.problem.status is S.SOLVED and h.problem.closed_by == ""
    assert [e.to_status for e in h.events] == [S.OPEN, S.SOLVED] and h.evidence == []
    plan_id, _ = ws.plans.create(village)
    ws.plans.save_items(plan_id, None, [{"problem_id": pid, **GOOD_ITEM}])
    ws.plans.record_meeting(plan_id, None, date(2026, 11, 21), 29, 31, "同意")
    ws.plans.submit(plan_id)
    item = ws.plans.open(plan_id).items[0]
    cs = ws.plans.review(plan_id, approve=False, comments={item.id: "写明资金"})
    ws.changes.revert(cs.id)
    f = ws.plans.open(plan_id)
    assert f.plan.status is PlanStatus.SUBMITTED and f.items[0].review_comment == ""
    assert f.events[-1].step is PlanStep.SUBMITTED
