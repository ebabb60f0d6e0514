"""A village with problems on its ledger and a draft plan, through the
services, for the plan screens' tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import ProblemAspect, ProblemSource
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel, TownshipKind
from tests.services.test_inspections import _village

CLEAR = "村党支部书记年龄偏大，近三年未发展新党员，党员队伍老化"
SECOND = "村集体经济年收入不足5万元，没有稳定的增收项目"
CONCRETE = "年内发展35岁以下党员2名，确定入党积极分子3名，每月开展1次党员培训"


@dataclass
class PlanSetup:
    township: AdminUnit
    village: str
    problem: str
    plan: str


def make_township(ws) -> AdminUnit:
    unit = AdminUnit(id="00000000-0000-7000-8000-000000000001", row_version=0, level=AdminLevel.TOWNSHIP,
                     parent_id=None, code="513336100", name_zh="白依乡", name_bo="པད་ཡུལ་ཤང་།",
                     kind=TownshipKind.TOWNSHIP)
    ws.units.create(unit)
    return ws.units.get(unit.id)


def add_problem(ws, village: str, description: str = CLEAR, aspect: ProblemAspect = ProblemAspect.B3) -> str:
    pid, _ = ws.ledger.add(ProblemRecord(
        id="", row_version=0, village_id=village, description=description, category=aspect.category,
        aspect=aspect, source=ProblemSource.PETITION, found_on=date(2026, 9, 1), deadline=date(2026, 12, 31),
        responsible_leader="扎西", responsible_person="卓玛"))
    return pid


def make_plan(ws) -> PlanSetup:
    township = make_township(ws)
    village = _village(ws, township, "白依村", "513336100201")
    problem = add_problem(ws, village)
    plan_id, _ = ws.plans.create(village)
    return PlanSetup(township, village, problem, plan_id)
