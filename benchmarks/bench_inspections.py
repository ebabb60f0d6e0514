#!/usr/bin/env python3
"""Scoring benchmark: scores, colours and quota classes for one period.

    python benchmarks/bench_inspections.py [--villages 3000] [--indicators 111] [--runs 7]

Recomputes V villages × I indicators for one period from the stored answers
(WarningService.rescore) and prints it against sqlite3 only reading the same
answer rows; also the pure computation in memory, and the period report
from stored scores. Target (issue 3): under 1 s. The colour grid is measured
by bench_warning_grid.py.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PERIOD = "2027Q1"


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def synthetic_template(indicators: int) -> dict:
    """A template of `indicators` items over 6 categories × 4 aspects, all four kinds."""
    kinds = ["yes_no", "scale", "bands", "count"]
    cats = []
    n = 0
    for c in "ABCDEF":
        aspects = []
        for a in range(1, 5):
            inds = []
            share = indicators // 24 + (1 if (len(cats) * 4 + a - 1) < indicators % 24 else 0)
            for i in range(1, share + 1):
                kind = kinds[n % 4]
                d = {"code": f"{c}{a}.{i}", "text_zh": f"指标{n}", "text_bo": f"ཚད་གཞི་{n}", "weight": 1 + n % 3,
                     "kind": kind, "weakness": ["soft"], "remedy": "softness", "veto": n % 37 == 0}
                if kind == "scale":
                    d["max"] = 5
                elif kind == "bands":
                    d["bands"] = [{"from": 0, "score": 0}, {"from": 50000, "score": 0.6}, {"from": 100000, "score": 1}]
                elif kind == "count":
                    d["bands"] = [{"from": 0, "score": 1}, {"from": 1, "score": 0.5}, {"from": 3, "score": 0}]
                inds.append(d)
                n += 1
            aspects.append({"code": f"{c}{a}", "name_zh": f"方面{c}{a}", "name_bo": f"ཕྱོགས་{c}{a}", "indicators": inds})
        cats.append({"code": c, "name_zh": f"类别{c}", "name_bo": f"རིགས་{c}", "aspects": aspects})
    return {"format": 1, "template": {"code": f"bench-{indicators}", "subject": "village",
                                      "title_zh": "基准", "title_bo": "ཚད་གཞི།"}, "categories": cats}


def ensure_period(villages: int, indicators: int) -> Path:
    """A database of `villages` with one finalised inspection each for PERIOD."""
    from desktop.core.checklists import parse_template
    from desktop.core.ids import new_id
    from desktop.core.scoring import Answer, fraction, score_sheet
    from desktop.core.warnings import colour_for
    from desktop.services.demo import fill_demo
    from desktop.services.workspace import Workspace

    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    path = folder / f"inspections-{villages}x{indicators}.sqlite3"
    if path.exists():
        return path
    print(f"making {villages} villages × {indicators} indicators for {PERIOD} (once; kept in bench-data/)…", flush=True)
    with Workspace.open(path, actor="benchmark") as ws:
        fill_demo(ws, villages=villages, seed=1)
        template = parse_template(synthetic_template(indicators))
        template_id = ws.checklists.install(template).info.id
        ids = ws.villages.search(__import__("desktop.core.query", fromlist=["VillageQuery"]).VillageQuery())
        r = random.Random(7)
        inspections, answers, warnings = [], [], []
        for vid in ids:
            iid = new_id()
            q = r.uniform(0.3, 0.98)
            given = {}
            for ind in template.indicators():
                good = r.random() < q
                value = {"yes_no": 1.0 if good else 0.0, "scale": float(r.randint(3, 5) if good else r.randint(0, 2)),
                         "bands": float(r.randint(60000, 150000) if good else r.randint(0, 49000)),
                         "count": float(0 if good else r.randint(1, 5))}[ind.kind.value]
                given[ind.code] = Answer(ind.code, value)
                f = fraction(ind, value)
                answers.append({"id": new_id(), "inspection_id": iid, "indicator_code": ind.code, "value": value,
                                "not_applicable": False, "note": "", "fraction": f, "passed": f >= 0.6, "problem_id": None})
            sheet = score_sheet(template, given)
            colour = colour_for(sheet.score, sheet.veto_failed)
            inspections.append({"id": iid, "village_id": vid, "template_id": template_id, "period": PERIOD,
                                "period_kind": "quarter", "status": "final", "inspector": "bench", "started_on": None,
                                "score": sheet.score, "colour": colour.value, "veto_failed": sheet.veto_failed,
                                "answered": sheet.answered, "total": sheet.total, "failed": len(sheet.failed),
                                "finalised_at": None, "finalised_by": "bench", "replaces_id": None, "note": ""})
            warnings.append({"id": new_id(), "village_id": vid, "period": PERIOD, "colour": colour.value,
                             "score": sheet.score, "assessed_on": None, "note": "", "inspection_id": iid,
                             "quota_class": None})
        with ws.db.write("benchmark", "bench.inspections") as w:
            w.insert_many("inspection", inspections)
            w.insert_many("inspection_answer", answers)
            w.insert_many("village_warning", warnings)
    return path


def bench_scoring(villages: int, indicators: int, runs: int) -> None:
    from desktop.core.checklists import parse_template
    from desktop.core.scoring import Answer, score_sheet
    from desktop.core.warnings import colour_for, quota_classes
    from desktop.services.workspace import Workspace

    path = ensure_period(villages, indicators)
    ws = Workspace.open(path, actor="benchmark", create=False)
    rescore, report, memory, raw = [], [], [], []
    template = parse_template(synthetic_template(indicators))
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ids = [i for (i,) in con.execute("SELECT id FROM inspection WHERE period = ? AND status = 'final'", (PERIOD,))]
    rows = con.execute("SELECT inspection_id, indicator_code, value, not_applicable FROM inspection_answer "
                       "WHERE inspection_id IN (SELECT id FROM inspection WHERE period = ?)", (PERIOD,)).fetchall()
    by_inspection: dict[str, dict] = {}
    for iid, code, value, na in rows:
        by_inspection.setdefault(iid, {})[code] = Answer(code, value, bool(na))
    result = None
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        result = ws.warnings.rescore(PERIOD)
        rescore.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        ws.warnings.report(PERIOD)
        report.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        scores = {}
        for iid, answers in by_inspection.items():
            s = score_sheet(template, answers)
            scores[iid] = (s.score, s.veto_failed)
        classes = quota_classes({k: v[0] for k, v in scores.items()})
        {k: colour_for(s, veto, quota=classes[k]) for k, (s, veto) in scores.items()}
        memory.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        c2 = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        placeholders = None
        fetched = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            placeholders = ",".join("?" * len(chunk))
            fetched += len(c2.execute("SELECT inspection_id, indicator_code, value, not_applicable FROM inspection_answer "
                                      f"WHERE inspection_id IN ({placeholders}) AND deleted = 0", chunk).fetchall())
        c2.close()
        raw.append(time.perf_counter() - t0)
    ws.close()
    con.close()
    print(f"1. scoring one period: {len(result)} villages × {indicators} indicators ({len(rows):,} answers)")
    print(f"   rescore from the database (answers → scores → colours → quota): {median_ms(rescore)}  target < 1000 ms")
    print(f"   raw sqlite3 reading the same answer rows:                        {median_ms(raw)}")
    print(f"   ratio to raw: {statistics.median(rescore) / statistics.median(raw):.1f}×")
    print(f"   pure computation in memory (score_sheet ×{len(by_inspection)}, quota, colours): {median_ms(memory)}")
    print(f"   period report from stored scores (with quota and previous period):  {median_ms(report)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=3000)
    parser.add_argument("--indicators", type=int, default=111)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bench_scoring(args.villages, args.indicators, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
