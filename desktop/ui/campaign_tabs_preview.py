"""The Support log and Acceptance tabs on their own, for
`python -m desktop.ui.preview support|acceptance`: a backward village of
the demo with a few entries and reviews, added here when the demo has none."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QWidget

from desktop.core.ledger_terms import AcceptanceLevel as L, AcceptanceResult as AR, ActivityKind as K
from desktop.core.periods import PeriodKind, containing
from desktop.core.support import ActivityRecord


def _log(ws, village_id: str) -> None:
    today = ws.today()
    month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    quarter = containing(today, PeriodKind.QUARTER).previous().key
    entries = [
        (60, K.VISIT, "乡党委 བཀྲ་ཤིས། 扎西", "入户走访困难党员12户", {}),
        (52, K.TALK, "第一书记", "与村两委成员逐一谈心谈话", {"participants": 7}),
        (45, K.TRAINING, "驻村工作队", "党员冬训：基层党建与集体经济", {"participants": 45}),
        (38, K.FUNDS, "县财政局", "村道硬化与路灯", {"amount_yuan": 200_000, "fund_source": "县财政专项"}),
        (30, K.PROJECT, "结对帮扶单位", "牦牛养殖合作社", {"amount_yuan": 350_000, "fund_source": "东西部协作资金"}),
        (20, K.MONTHLY_REPORT, "第一书记", "月述职：谈心谈话、集体经济", {"period": month}),
        (12, K.QUARTERLY_ASSESSMENT, "乡党委", "", {"period": quarter, "score": 88, "poll_total": 40,
                                                  "poll_satisfied": 36}),
        (5, K.DISPUTE_RESOLVED, "驻村工作队", "草场边界纠纷调解", {}),
    ]
    for days, kind, by, summary, figures in entries:
        ws.support.add(ActivityRecord("", 0, village_id, kind, on=today - timedelta(days=days), by=by,
                                      summary=summary, **figures))


def _reviews(ws, village_id: str) -> None:
    today = ws.today()
    ws.acceptance.record(village_id, L.TOWNSHIP, AR.PASSED, today - timedelta(days=40), "乡党委")
    ws.acceptance.record(village_id, L.COUNTY_DEPARTMENT, AR.FAILED, today - timedelta(days=30), "县委组织部",
                         "集体经济收入仍未达到5万元，需继续整改")
    ws.acceptance.record(village_id, L.TOWNSHIP, AR.PASSED, today - timedelta(days=8), "乡党委")


def preview_campaign_tab(workspace, village_id: str, screen: str, language: str) -> QWidget:
    """The tab named by `screen` ("support" or "acceptance") over the village."""
    if not workspace.support.activities(village_id):
        _log(workspace, village_id)
    if not workspace.acceptance.reviews(village_id):
        _reviews(workspace, village_id)
    if screen == "support":
        from desktop.ui.support_log_tab import SupportLogTab

        tab = SupportLogTab(workspace, language)
    else:
        from desktop.ui.acceptance_tab import AcceptanceTab

        tab = AcceptanceTab(workspace, language)
    tab.load(village_id)
    tab.resize(1100, 700)
    return tab
