"""Two years of quarterly inspections for the demo county.

Each village's warning history is planned first (colours change slowly,
weak villages are mostly red or yellow); here every planned quarter becomes
a finalised inspection whose answers aim at the planned score. The warning
written is then the one the answers give, through the same scoring rules
as a real inspection, so the colour grid, trends and quota classes agree
with what the inspection form would show.
"""

from __future__ import annotations

import math
import random
import tempfile
from datetime import datetime, time, timezone
from pathlib import Path
from typing import Any

from desktop.core.checklists import Indicator, Template
from desktop.core.ids import new_id
from desktop.core.periods import parse_period
from desktop.core.scoring import Answer, score_sheet
from desktop.core.inspection_terms import InspectionStatus, ScoringKind
from desktop.core.warnings import DEFAULT_POLICY, colour_for
from desktop.storage.inspections import answer_values

# Beyond this many villages the demo keeps warnings without inspections:
# a county has 200–600 villages, and a prefecture-sized demo is for the list.
MAX_INSPECTED_VILLAGES = 1000
DEMO_TEMPLATE = "village-indicators"
FAILURE_NOTES = ("记录不全", "未按期公开", "群众反映较多", "会议记录缺失", "台账未建立", "制度未上墙",
                 "ཟིན་ཐོ་ཆ་མི་ཚང་།", "ཞིབ་བཤེར་བྱས་མེད།")


def evidence_file() -> Path:
    """The one file the demo attaches as evidence (stored once, by content)."""
    path = Path(tempfile.mkdtemp(prefix="villagedesk-demo-")) / "示范佐证材料.txt"
    path.write_text("VillageDesk 示范数据：佐证材料（会议记录、公开栏照片）\n", encoding="utf-8")
    return path


class DemoInspector:
    def __init__(self, rng: random.Random, template: Template, template_id: str, evidence: tuple[str, int]) -> None:
        self.rng = rng
        self.template = template
        self.template_id = template_id
        self.sha, self.size = evidence
        self.inspected = 0
        self.inspections: list[dict[str, Any]] = []
        self.answers: list[dict[str, Any]] = []
        self.evidence: list[dict[str, Any]] = []
        self.income = next((i for i in template.indicators() if i.kind is ScoringKind.BANDS
                            and any(b.start == 50000 for b in i.bands)), None)

    def inspect_county(self, villages: list[dict[str, Any]], warnings: list[dict[str, Any]],
                       incomes: list[dict[str, Any]]) -> None:
        """Turn the planned warnings of these villages into inspections."""
        latest_income = {}
        for row in incomes:
            latest_income[row["village_id"]] = row["amount_yuan"]
        by_village: dict[str, list[dict[str, Any]]] = {}
        for w in warnings:
            by_village.setdefault(w["village_id"], []).append(w)
        for village in villages:
            if self.inspected >= MAX_INSPECTED_VILLAGES:
                return
            self.inspected += 1
            planned = by_village.get(village["id"], [])
            for w in planned:
                self._inspect(village["id"], w, latest_income.get(village["id"]))
            if planned:
                village["warning"] = planned[-1]["colour"]

    def _inspect(self, village_id: str, warning: dict[str, Any], income: int | None) -> None:
        r = self.rng
        target = max(0.05, min(0.99, warning["score"] / 100 + r.uniform(-0.05, 0.05)))
        inspection_id = new_id()
        answers: dict[str, Answer] = {}
        rows = []
        pass_fraction = self.template.pass_fraction
        for ind in self.template.indicators():
            if ind is self.income and income is not None:
                value = float(income)
            else:
                good = r.random() < target and not (ind.veto and target < 0.5 and r.random() < 0.08)
                if ind.veto:
                    good = good or r.random() < 0.97
                value = self._value(ind, good, pass_fraction)
            note = r.choice(FAILURE_NOTES) if r.random() < 0.3 else ""
            a = Answer(ind.code, value, False, note)
            answers[ind.code] = a
            rows.append((ind, a))
        evidence = {ind.code for ind in self.template.indicators() if ind.evidence}
        sheet = score_sheet(self.template, answers, evidence)
        colour = colour_for(sheet.score, sheet.veto_failed, DEFAULT_POLICY)
        period = parse_period(warning["period"])
        finalised = datetime.combine(warning["assessed_on"], time(10), tzinfo=timezone.utc)
        self.inspections.append({
            "id": inspection_id, "village_id": village_id, "template_id": self.template_id, "period": period.key,
            "period_kind": period.kind.value, "status": InspectionStatus.FINAL.value, "inspector": "乡党委组织委员",
            "started_on": warning["assessed_on"], "score": sheet.score, "colour": colour.value,
            "veto_failed": sheet.veto_failed, "answered": sheet.answered, "total": sheet.total,
            "failed": len(sheet.failed), "finalised_at": finalised, "finalised_by": "乡党委组织委员",
            "replaces_id": None, "note": ""})
        failed = {f.indicator.code for f in sheet.failed}
        for ind, a in rows:
            kept = Answer(a.code, a.value, False, a.note if ind.code in failed else "")   # notes on failures only
            self.answers.append({"id": new_id(), **answer_values(self.template, inspection_id, kept), "problem_id": None})
            if ind.evidence and ind.code not in failed:
                self.evidence.append({"id": new_id(), "inspection_id": inspection_id, "indicator_code": ind.code,
                                      "file_name": "示范佐证材料.txt", "sha256": self.sha, "size_bytes": self.size})
        warning.update(colour=colour.value, score=sheet.score, inspection_id=inspection_id)

    def _value(self, ind: Indicator, good: bool, pass_fraction: float) -> float:
        r = self.rng
        if ind.kind is ScoringKind.YES_NO:
            return 1.0 if good == ind.good_answer else 0.0
        if ind.kind is ScoringKind.SCALE:
            line = math.ceil(pass_fraction * ind.scale_max)
            return float(r.randint(line, ind.scale_max) if good else r.randint(0, max(0, line - 1)))
        bands = list(ind.bands)
        chosen = [i for i, b in enumerate(bands) if (b.score >= pass_fraction) == good] or list(range(len(bands)))
        i = r.choice(chosen)
        low = bands[i].start
        high = bands[i + 1].start if i + 1 < len(bands) else max(low * 1.5, low + 5)
        if ind.kind is ScoringKind.COUNT:
            return float(r.randint(int(low), max(int(low), int(high) - 1)))
        return float(round(r.uniform(low, high - 1 if high - low > 1 else high)))

    def take(self) -> tuple[list, list, list]:
        out = (self.inspections, self.answers, self.evidence)
        self.inspections, self.answers, self.evidence = [], [], []
        return out
