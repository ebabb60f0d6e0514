"""Village plans to look at (`python -m desktop.ui.preview plan|plancompare`
and the screenshots): a draft whose check fails, and a plan in its second
round after the county returned it. Made through the services over demo
data, on a backward village; reused if the demo already made them."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import PlanStatus, ProblemAspect, ProblemSource
from desktop.core.query import VillageQuery
from desktop.core.terms import Rating

PROBLEMS = (
    ("村党支部书记年龄偏大，近三年未发展新党员，党员队伍老化", ProblemAspect.B3),
    ("村集体经济年收入不足5万元，没有稳定的增收项目", ProblemAspect.C2),
    ("村务公开栏两年未更新，财务收支未按季度公开", ProblemAspect.F3),
    ("两户村民宅基地边界纠纷3年未调处，多次到乡上访", ProblemAspect.E1),
)
ITEMS = (
    dict(goal="党员队伍结构优化", content="发展年轻党员，培养入党积极分子",
         measures="加强领导，认真落实", responsible_leader="扎西", responsible_person="卓玛 སྒྲོལ་མ།"),
    dict(goal="村集体经济年收入达到10万元", content="盘活村集体牧场，成立合作社",
         measures="年内成立牦牛养殖合作社1个，入社农户不少于30户，县农牧局派技术员驻村指导",
         responsible_leader="洛桑", responsible_person=""),
    dict(goal="村务财务按季度公开", content="更新公开栏，建立公开台账",
         measures="每季度首月10日前公开上季度财务收支，乡纪委每半年抽查1次",
         responsible_leader="扎西", responsible_person="次仁"),
    dict(goal="", content="乡司法所牵头调解", measures="组织双方当面调解，请老党员参与，达成书面协议",
         responsible_leader="洛桑", responsible_person="格桑"),
)


def _village(ws) -> str:
    """A backward village (any, in a small demo) without a plan yet."""
    weak = ws.villages.search(VillageQuery(rating=Rating.BACKWARD))
    every = ws.villages.search(VillageQuery())
    return next(v for v in (*weak, *every) if not ws.plans.for_village(v))


def _fresh_plan(ws, village_id: str) -> str:
    """A draft over the sample problems (added to the ledger first)."""
    today = ws.today()
    for n, (text, aspect) in enumerate(PROBLEMS):
        ws.ledger.add(ProblemRecord(id="", row_version=0, village_id=village_id, description=text,
                                    category=aspect.category, aspect=aspect, source=ProblemSource.SUPERVISION,
                                    found_on=today - timedelta(days=20 + n), deadline=today + timedelta(days=90),
                                    responsible_leader="扎西", responsible_person="卓玛"))
    plan_id, _ = ws.plans.create(village_id)
    f = ws.plans.open(plan_id)
    deadline = today + timedelta(days=120)
    order = {text: n for n, (text, _a) in enumerate(PROBLEMS)}
    items = sorted(f.items, key=lambda i: order.get(f.problems[i.problem_id].description, len(order)))
    ws.plans.save_items(plan_id, f.plan.row_version, [
        {"problem_id": item.problem_id, **values, "deadline": deadline} for item, values in zip(items, ITEMS)])
    return plan_id


def failed_plan(ws) -> str:
    """A draft whose "三个不放过" check fails on its items."""
    for village_id in ws.villages.search(VillageQuery()):
        for plan in ws.plans.for_village(village_id):
            if plan.editable and any(f.item for f in ws.plans.check(plan.id)):
                return plan.id
    return _fresh_plan(ws, _village(ws))


def second_round_plan(ws) -> str:
    """A plan the county returned with comments and the township revised:
    of the demo's, the one whose last revision changed most."""
    revised = [plan.id for village_id in ws.villages.search(VillageQuery())
               for plan in ws.plans.for_village(village_id) if plan.round > 1]
    if revised:
        return max(revised, key=lambda p: sum(c.kind != "same" for c in ws.plans.compare(p)))
    plan_id = _fresh_plan(ws, _village(ws))
    today = ws.today()
    f = ws.plans.open(plan_id)
    fixed = [{"problem_id": i.problem_id, **i.values()} for i in f.items]
    fixed[0]["measures"] = "年内发展35岁以下党员2名，确定入党积极分子3名"
    fixed[1]["responsible_person"] = "次仁"
    fixed[3]["goal"] = "纠纷化解，不再上访"
    ws.plans.save_items(plan_id, f.plan.row_version, fixed)
    ws.plans.record_meeting(plan_id, None, today - timedelta(days=12), 28, 31, "同意该方案，报县委组织部审核")
    ws.plans.submit(plan_id)
    items = ws.plans.open(plan_id).items
    ws.plans.review(plan_id, approve=False, comments={
        items[0].id: "措施要写明培训内容和次数", items[1].id: "合作社要明确带动脱贫户的办法",
        items[3].id: "调解时限要写清"}, overall="细化措施，明确时限", decided_by="县委组织部")
    ws.plans.revise(plan_id)
    f = ws.plans.open(plan_id)
    revised = [{"problem_id": i.problem_id, **i.values()} for i in f.items]
    revised[0]["measures"] = "年内发展35岁以下党员2名，确定入党积极分子3名，每月开展1次党章党规培训"
    revised[1]["measures"] += "，脱贫户优先入社并按股分红"
    revised[1]["deadline"] = today + timedelta(days=150)
    ws.plans.save_items(plan_id, f.plan.row_version, revised)
    assert ws.plans.open(plan_id).plan.status is PlanStatus.DRAFT
    return plan_id


def preview_plan(window, language: str):
    """The editor of a draft with its failed check shown."""
    editor = window.campaign_menu.open_plan(failed_plan(window.ws))
    editor.run_check()
    failure = next((f for f in editor.failures if f.item), None)
    if failure is not None:
        editor.table.selectRow(failure.item - 1)
    return editor


def preview_compare(window, language: str):
    """The comparison of a plan's two rounds, from its editor."""
    editor = window.campaign_menu.open_plan(second_round_plan(window.ws))
    return editor.steps.compare_rounds()
