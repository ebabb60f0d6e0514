"""The ledger and a problem with its history over demo data, for a look:
`python -m desktop.ui.preview ledger|problem` and the screenshots.

When the demo data has no problems yet, a few dozen are written through
the ledger service (moved along their lives, one closed out with evidence)
so every status and deadline colour shows.
"""

from __future__ import annotations

import random
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.ledger import ProblemRecord
from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import ProblemAspect, ProblemSource, ProblemStatus as S
from desktop.core.query import VillageQuery
from desktop.core.terms import Rating

SAMPLES = (
    ("B3", "村党支部书记年龄偏大，近三年未发展新党员，党员队伍老化"),
    ("C1", "村集体经济收入不足五万元，无稳定来源"),
    ("F3", "村务财务公开不及时，群众意见大"),
    ("E1", "草场边界纠纷长期未化解"),
    ("D3", "通村道路破损，雨季无法通行"),
    ("F1", "三会一课制度落实不到位"),
    ("B4", "后备干部培养不足，缺少致富带头人"),
    ("A4", "宣传阵地作用发挥不好，广播长期未用"),
)
LEADERS = ("扎西次仁", "王建国", "洛桑丹增")
PEOPLE = ("卓玛", "格桑", "次仁多吉", "李明")


def ensure_problems(ws, count: int = 40) -> None:
    """Sample problems over the weak villages when the ledger is empty."""
    if ws.ledger.counts().found:
        return
    villages = ws.villages.search(VillageQuery(rating=Rating.BACKWARD)) + \
        ws.villages.search(VillageQuery(rating=Rating.PROBLEM))
    villages = villages or [v[0] for v in ws.villages.find("", 10)]
    r = random.Random(5)
    today = ws.today()
    evidence = Path(tempfile.mkdtemp(prefix="villagedesk-preview-")) / "整改照片.jpg"
    evidence.write_bytes(b"\xff\xd8 preview photo" * 64)
    for i in range(count):
        aspect, text = SAMPLES[i % len(SAMPLES)]
        found = today - timedelta(days=r.randint(20, 200))
        deadline = today + timedelta(days=r.choice((-30, -3, 2, 5, 20, 60, 120)))
        pid, _ = ws.ledger.add(ProblemRecord(
            "", 0, villages[i % len(villages)], description=text, category=ProblemAspect(aspect).category,
            aspect=ProblemAspect(aspect), source=r.choice(list(ProblemSource)), source_ref="2026年第三季度排查",
            found_on=found, deadline=max(deadline, found), responsible_leader=r.choice(LEADERS),
            responsible_person=r.choice(PEOPLE)))
        step = i % 6
        on = found
        for to, reason in ((S.IN_PROGRESS, ""), (S.SOLVED, "已按方案整改"), (S.CLOSED, "核查属实")):
            if step == 0 or (to is S.SOLVED and step < 3) or (to is S.CLOSED and step < 4):
                break
            on = min(today, on + timedelta(days=r.randint(3, 15)))
            ws.ledger.move(pid, None, to, reason, on, checker="乡党委 王书记" if to is S.CLOSED else "",
                           evidence=[evidence] if to is S.CLOSED else ())
        if step == 5:
            ws.ledger.move(pid, None, S.REOPENED, "整改后又出现反复", today)


def preview_ledger(window_or_workspace, language: str) -> QWidget:
    from desktop.ui.ledger_window import LedgerWindow, preview_ledger_window

    ws = getattr(window_or_workspace, "ws", window_or_workspace)
    ensure_problems(ws)
    if isinstance(window_or_workspace, QWidget) and hasattr(window_or_workspace, "campaign_menu"):
        shown = window_or_workspace.campaign_menu.open_ledger(
            LedgerFilter(statuses=frozenset({S.OPEN, S.IN_PROGRESS, S.REOPENED})))
        if shown.model.rowCount():
            shown.select_row(0)
        return shown
    window: LedgerWindow = preview_ledger_window(ws, language)
    return window


def preview_problem(window_or_workspace, language: str) -> QWidget:
    """A problem with a history: the one reopened after closing out, if any."""
    from desktop.ui.problem_dialog import ProblemDialog

    ws = getattr(window_or_workspace, "ws", window_or_workspace)
    ensure_problems(ws)
    index = ws.ledger.index()
    ids = index.select(LedgerFilter(statuses=frozenset({S.REOPENED}))) or index.select(LedgerFilter())
    parent = window_or_workspace if isinstance(window_or_workspace, QWidget) else None
    return ProblemDialog(ws, ids[0], language, parent)
