"""The demo's campaign is what the services would have written: every
status consistent with its history, every plan state present and played
by the rules, submitted rounds passing "三个不放过", every support entry
valid, acceptance in order, and a dashboard with something in each figure."""

from datetime import date

import pytest

from desktop.core.acceptance import campaign_status, check_review
from desktop.core.ledger import FOUND, MOVES, PLAN_APPROVED, validate_problem
from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import (
    ActivityKind as K,
    CampaignStatus,
    PlanStatus as P,
    PlanStep,
    ProblemCategory,
    ProblemSource,
    ProblemStatus as S,
)
from desktop.core.plans import check_plan, compare_rounds
from desktop.core.support import validate_activity
from desktop.services.demo import fill_demo
from desktop.services.support import TEAM_ROLES
from desktop.services.workspace import Workspace
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo(module_db_target):
    ws = Workspace.open(module_db_target, actor="tester")
    ws.today = lambda: TODAY
    summary = fill_demo(ws, villages=60, seed=11)
    yield ws, summary
    ws.close()


def _problems(ws):
    return {pid: ws.ledger.history(pid) for pid in ws.ledger.index().select(LedgerFilter())}


def _status_on(history, day: date) -> S | None:
    """The problem's status at the end of `day` (None: not found yet)."""
    status = None
    for e in history.events:
        if e.on <= day:
            status = e.to_status
    return status


def test_every_problem_status_follows_from_its_history(demo):
    ws, summary = demo
    histories = _problems(ws)
    assert len(histories) == summary.problems > 60
    seen = set()
    for pid, h in histories.items():
        p, events = h.problem, h.events
        assert validate_problem(p, TODAY) == []
        assert events[0].from_status is None and events[0].to_status is S.OPEN and events[0].on == p.found_on
        assert events[0].reason == FOUND    # the code the ledger service writes, shown in the reader's language
        for before, e in zip(events, events[1:]):
            assert e.from_status is before.to_status
            assert e.to_status in {m.to for m in MOVES[before.to_status]}, (before.to_status, e.to_status)
            assert before.on <= e.on <= TODAY and before.at < e.at
            if e.to_status is S.CLOSED:
                assert e.checker and [x for x in h.evidence if x.event_id == e.id]
            if e.to_status is S.REOPENED or (before.to_status is S.SOLVED and e.to_status is S.IN_PROGRESS):
                assert e.reason
        assert p.status is events[-1].to_status and p.status_on == events[-1].on
        assert p.closed_by == (events[-1].checker if p.status is S.CLOSED else "")
        assert p.reopen_count == sum(e.to_status is S.REOPENED for e in events)
        seen.add(p.status)
        for x in h.evidence:
            assert ws.inspections.attachments.path(x.sha256).is_file()
    assert seen == set(S)
    assert {p.problem.category for p in histories.values()} == set(ProblemCategory)
    assert any("་" in h.problem.description for h in histories.values())   # some in Tibetan
    linked = [h.problem for h in histories.values() if h.problem.source is ProblemSource.INSPECTION]
    assert linked and all(p.inspection_id and p.indicator_code and p.aspect for p in linked)


def test_plans_are_in_every_state_and_played_by_the_rules(demo):
    ws, _ = demo
    histories = _problems(ws)
    villages = {h.problem.village_id for h in histories.values()}
    plans = [p for v in villages for p in ws.plans.for_village(v)]
    assert {p.status for p in plans} == set(P)
    assert {p.round for p in plans} >= {1, 2, 3}
    answered = 0
    for plan in plans:
        f = ws.plans.open(plan.id)
        status, round_ = None, 0
        for e in f.events:   # replay the review cycle
            if e.step is PlanStep.DRAFTED:
                assert status is None
                status, round_ = P.DRAFT, 1
            elif e.step is PlanStep.MEETING:
                assert status in (P.DRAFT, P.MEETING_REVIEWED) and e.comment
                status = P.MEETING_REVIEWED
            elif e.step is PlanStep.SUBMITTED:
                assert status is P.MEETING_REVIEWED
                status = P.SUBMITTED
            elif e.step in (PlanStep.RETURNED, PlanStep.APPROVED):
                assert status is P.SUBMITTED
                status = P.RETURNED if e.step is PlanStep.RETURNED else P.APPROVED
            else:
                assert status is P.RETURNED
                status, round_ = P.DRAFT, round_ + 1
            assert e.round == round_
        assert (status, round_) == (plan.status, plan.round)
        for k in range(1, plan.round):   # rounds differ exactly where the county commented
            compared = compare_rounds(ws.plans.items(plan.id, k), ws.plans.items(plan.id, k + 1))
            assert any(c.comment for c in compared)
            for c in compared:
                assert (c.kind == "changed") == bool(c.comment), c
                answered += c.answered
        if plan.status in (P.SUBMITTED, P.RETURNED, P.APPROVED):
            day = plan.submitted_on
            open_then = [pid for pid, h in histories.items() if h.problem.village_id == plan.village_id
                         and (_status_on(h, day) or S.CLOSED).is_open]
            assert check_plan(f.items, {pid: h.problem.description for pid, h in histories.items()}, open_then,
                              plan.meeting_on, day) == []
        if plan.status is P.RETURNED:
            assert any(i.review_comment for i in f.items)
        if plan.status is P.APPROVED:
            for i in f.items:
                p = histories[i.problem_id].problem
                assert (p.deadline, p.responsible_leader, p.responsible_person) == (
                    i.deadline, i.responsible_leader, i.responsible_person)
                assert p.status is not S.OPEN
                assert any(e.reason == PLAN_APPROVED for e in histories[i.problem_id].events)
    assert answered
    drafts = [p for p in plans if p.status is P.DRAFT and p.round == 1]
    assert any(ws.plans.check(p.id) for p in drafts)   # a first draft still fails the check


def test_the_demo_plans_carry_on_through_the_services(demo, module_db_target, copy_database):
    """What the GUI would do next with each state works on demo data."""
    ws, _ = demo
    ws.db.close()   # a consistent copy; the module's workspace opens again as it is used
    other = Workspace.open(copy_database(module_db_target), actor="tester")
    other.today = lambda: TODAY
    try:
        plans = {}
        for v in other.dashboard.scope():
            for p in other.plans.for_village(v):
                plans.setdefault(p.status, p)
        assert other.plans.check(plans[P.MEETING_REVIEWED].id) == []
        other.plans.submit(plans[P.MEETING_REVIEWED].id)
        other.plans.review(plans[P.SUBMITTED].id, approve=True)
        other.plans.revise(plans[P.RETURNED].id)
        assert other.plans.open(plans[P.RETURNED].id).plan.round == plans[P.RETURNED].round + 1
    finally:
        other.close()


def test_support_entries_are_valid_and_of_every_kind(demo):
    ws, _ = demo
    activities = ws.support.activities()
    assert {a.kind for a in activities} == set(K)
    for a in activities:
        assert validate_activity(a, TODAY) == [], a
    reports = [a for a in activities if a.kind is K.MONTHLY_REPORT]
    assert len({a.period for a in reports}) >= 6
    assessments = [a for a in activities if a.kind is K.QUARTERLY_ASSESSMENT]
    assert assessments and all(a.satisfaction is not None for a in assessments)


def test_acceptance_follows_the_rules_and_gives_every_status(demo):
    ws, _ = demo
    ids = ws.dashboard.scope()
    statuses = ws.acceptance.statuses(ids)
    assert set(statuses.values()) == set(CampaignStatus)
    withdrawn = {a.village_id: a.on for a in ws.support.activities(kinds=[K.TEAM_WITHDRAWN])}
    for v in ids:
        reviews = ws.acceptance.reviews(v)
        for n, review in enumerate(reviews):   # each review was allowed when it was made
            check_review(reviews[:n], review.level, review.result, review.decided_on, review.comments, TODAY)
        if reviews:
            problems = ws.ledger.for_village(v)
            last_closed = max(p.status_on for p in problems if p.status in (S.CLOSED, S.REOPENED))
            assert reviews[0].decided_on > min(p.found_on for p in problems) and last_closed
        if v in withdrawn:
            before = [r for r in reviews if r.decided_on <= withdrawn[v]]
            assert campaign_status(before, False) is CampaignStatus.CONVERTED
            posts = [p for p in ws.villages.open_file(v).posts if p.role in TEAM_ROLES]
            assert posts and all(p.term_end is not None and p.term_end <= withdrawn[v] for p in posts)
            assert statuses[v] is CampaignStatus.CONSOLIDATING


def test_the_dashboard_has_something_in_every_figure(demo):
    ws, _ = demo
    d = ws.dashboard.figures()
    assert d.problems.found and d.problems.solved and d.problems.closed and d.problems.open
    assert d.problems.overdue and d.problems.due_soon and d.problems.reopened
    assert all(c.found for c in d.by_category) and any(c.solved for c in d.by_category)
    assert all(d.by_plan[s] for s in P) and d.by_plan[None]
    assert d.returned_plans
    assert d.support.funds_yuan > 0 and d.support.projects and d.support.trained
    assert "发现问题" in d.problems.sentence() or "problems found" in d.problems.sentence()


def test_the_same_seed_and_day_give_the_same_campaign(db_target, copy_database):
    seen = []
    Workspace.open(db_target, actor="tester").close()
    for target in (db_target, copy_database(db_target)):
        ws = Workspace.open(target, actor="tester")
        ws.today = lambda: TODAY
        try:
            fill_demo(ws, villages=20, seed=7)
            with ws.db.read() as r:
                seen.append(r.conn.exec_driver_sql(
                    "select description, status, deadline, found_on from problem order by description, found_on").all())
        finally:
            ws.close()
    assert seen[0] == seen[1] and seen[0]
