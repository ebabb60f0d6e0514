"""The dashboard over demo data, for a look: `python -m desktop.ui.preview
dashboard`. When the demo holds no campaign yet, a small one is made here
through the services (problems in every state, plans in every review
state, support work, acceptances), so every chart has something to show."""

from __future__ import annotations

import random
import tempfile
from datetime import timedelta
from pathlib import Path

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_terms import (
    AcceptanceLevel,
    AcceptanceResult,
    ActivityKind as K,
    ProblemAspect,
    ProblemSource,
    ProblemStatus as S,
)
from desktop.core.support import ActivityRecord

DESCRIPTIONS = ("村党支部书记年龄偏大，近三年未发展新党员", "村集体经济收入不足5万元，无稳定来源", "村务公开不及时，账目未按季度公布",
                "矛盾纠纷调处不及时，存在越级上访", "三会一课制度落实不到位，组织生活不规范", "村内道路破损，群众出行困难")
ITEM = dict(goal="问题按期整改到位", content="制定整改措施并逐项落实",
            measures="年内发展35岁以下党员2名，每月开展1次党员培训，季度公开村务", responsible_leader="扎西",
            responsible_person="卓玛")


def sample_campaign(ws, villages: int = 24, seed: int = 5) -> None:
    """A campaign over the first `villages` villages, if none is recorded."""
    if ws.ledger.counts().found:
        return
    gen = random.Random(seed)
    today = ws.today()
    ids = ws.dashboard.scope()[:villages]
    photo = Path(tempfile.mkdtemp(prefix="villagedesk-evidence-")) / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8 sample evidence" * 40)
    for n, village in enumerate(ids):
        for _ in range(gen.randint(2, 6)):
            aspect = gen.choice(list(ProblemAspect))
            found = today - timedelta(days=gen.randint(40, 200))
            pid, _ = ws.ledger.add(ProblemRecord(
                id="", row_version=0, village_id=village, description=gen.choice(DESCRIPTIONS),
                category=aspect.category, aspect=aspect, source=gen.choice([ProblemSource.PETITION, ProblemSource.SUPERVISION]),
                found_on=found, deadline=today + timedelta(days=gen.randint(-20, 60)),
                responsible_leader="扎西", responsible_person="卓玛"))
            _advance(ws, pid, gen.random(), found, photo)
        _plan(ws, village, n % 6, today)
        _support(ws, village, gen, today)
        if n % 5 == 0:
            for level, day in ((AcceptanceLevel.TOWNSHIP, 30), (AcceptanceLevel.COUNTY_DEPARTMENT, 20),
                               (AcceptanceLevel.COUNTY_COMMITTEE, 10)):
                ws.acceptance.record(village, level, AcceptanceResult.PASSED, today - timedelta(days=day))
            if n % 10 == 0:
                ws.support.withdraw_team(village, today - timedelta(days=5))
        elif n % 7 == 0:
            ws.acceptance.record(village, AcceptanceLevel.TOWNSHIP, AcceptanceResult.FAILED,
                                 today - timedelta(days=15), comments="集体经济仍未达标")


def _advance(ws, pid: str, roll: float, found, photo: Path) -> None:
    on = found + timedelta(days=10)
    if roll < 0.3:
        return
    ws.ledger.move(pid, None, S.IN_PROGRESS, on=on)
    if roll < 0.5:
        return
    ws.ledger.move(pid, None, S.SOLVED, "已整改", on=on + timedelta(days=10))
    if roll < 0.65:
        return
    ws.ledger.close_out(pid, None, checker="乡党委 李书记", evidence=[photo], reason="核查属实", on=on + timedelta(days=15))
    if roll > 0.93:
        ws.ledger.move(pid, None, S.REOPENED, "问题反弹", on=on + timedelta(days=20))


def _plan(ws, village: str, stage: int, today) -> None:
    """Stage 0: no plan; 1 draft; 2 reviewed by the meeting; 3 submitted;
    4 returned; 5 approved after one return."""
    if stage == 0:
        return
    plan_id, _ = ws.plans.create(village)
    if stage == 1:
        return
    _fill(ws, plan_id, today)
    if stage == 2:
        return
    ws.plans.submit(plan_id)
    if stage == 3:
        return
    items = ws.plans.open(plan_id).items
    ws.plans.review(plan_id, approve=False, comments={items[0].id: "措施要写明具体内容"}, overall="细化措施")
    if stage == 4:
        return
    ws.plans.revise(plan_id)
    _fill(ws, plan_id, today)
    ws.plans.submit(plan_id)
    ws.plans.review(plan_id, approve=True, decided_by="县委组织部")


def _fill(ws, plan_id: str, today) -> None:
    f = ws.plans.open(plan_id)
    ws.plans.save_items(plan_id, f.plan.row_version,
                        [{"problem_id": i.problem_id, **ITEM, "deadline": today + timedelta(days=90)} for i in f.items])
    ws.plans.record_meeting(plan_id, None, today - timedelta(days=3), 28, 31, "同意该方案")


def _support(ws, village: str, gen: random.Random, today) -> None:
    def add(kind: K, **kw) -> None:
        ws.support.add(ActivityRecord("", 0, village, kind, on=today - timedelta(days=gen.randint(1, 120)),
                                      summary=kw.pop("summary", "驻村工作队开展工作"), **kw))

    for _ in range(gen.randint(1, 4)):
        add(K.TALK, participants=gen.randint(1, 5))
    if gen.random() < 0.7:
        add(K.TRAINING, participants=gen.randint(10, 40))
    if gen.random() < 0.5:
        add(K.FUNDS, amount_yuan=gen.choice([50000, 120000, 200000, 350000]), fund_source="县财政")
    if gen.random() < 0.3:
        add(K.PROJECT, amount_yuan=gen.choice([300000, 800000]))
    if gen.random() < 0.5:
        add(gen.choice([K.SUPERVISION_ANNOUNCED, K.SUPERVISION_UNANNOUNCED]))
    if gen.random() < 0.3:
        add(gen.choice([K.PETITION_RESOLVED, K.DISPUTE_RESOLVED]))
    if gen.random() < 0.1:
        add(K.CADRE_REPLACED)


def preview_dashboard(window):
    """The main window's dashboard over the demo (and a sample campaign if
    the demo has none), at the size the Rectification menu opens it."""
    sample_campaign(window.ws)
    return window.campaign_menu.open_dashboard()
