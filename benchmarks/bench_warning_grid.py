#!/usr/bin/env python3
"""Warning grid benchmark: opening the colour grid of N villages by 8 quarters.

    python benchmarks/bench_warning_grid.py [--villages 600] [--runs 9]

Prints, as medians over the runs:
  1. WarningGridModel.load (one grid query, one names query, the cell
     texts), against raw sqlite3 running the same two statements;
  2. the whole warning overview built and its grid painted (offscreen), and
     switching it to one township and back to all.
Target: opening 600 villages x 8 periods well under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EARLIER = ("2022Q4", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4")


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def ensure_data(villages: int) -> Path:
    """A demo county with eight quarters of warnings (kept in bench-data/)."""
    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    path = folder / f"warnings-{villages}.sqlite3"
    if path.exists():
        return path
    from desktop.core.ids import new_id
    from desktop.core.query import VillageQuery
    from desktop.services.demo import fill_demo
    from desktop.services.workspace import Workspace

    print(f"making {path.name} (once)…", flush=True)
    with Workspace.open(path, actor="benchmark") as ws:
        fill_demo(ws, villages=villages, seed=5)
        ids = ws.villages.search(VillageQuery())
        # The demo holds two years of quarters; an older demo fewer: add earlier ones up to eight.
        have = [p for p in ws.warnings.periods() if "Q" in p]
        missing = [p for p in EARLIER if p not in have][-max(0, 8 - len(have)):] if len(have) < 8 else []
        r = random.Random(5)
        rows = []
        for q, period in enumerate(missing):
            for vid in ids:
                score = float(r.randint(30, 98))
                colour = "red" if score < 60 else "green" if score >= 80 else "yellow"
                rows.append({"id": new_id(), "village_id": vid, "period": period, "colour": colour, "score": score,
                             "assessed_on": date(2024, 1, 1), "note": ""})
        if rows:
            with ws.db.write(ws.actor, "benchmark.warnings") as w:
                w.insert_many("village_warning", rows)
    return path


def _paint(app, view) -> None:
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    view.viewport().update()
    while not watch.painted:
        app.processEvents()
    view.viewport().removeEventFilter(watch)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=600)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    db = ensure_data(args.villages)

    from desktop.core.query import VillageQuery
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.ui.app import make_application
    from desktop.ui.language import LanguageManager
    from desktop.ui.warning_grid_model import WarningGridModel
    from desktop.ui.warning_overview import WarningOverview

    app = make_application()
    LanguageManager(app, Settings(), remember=False).apply("zh_CN", remember=False)
    ws = Workspace.open(db, actor="benchmark")
    ids = ws.villages.search(VillageQuery())
    periods = [p for p in ws.warnings.periods() if "Q" in p][-8:]

    model = WarningGridModel(ws)
    model.load(ids, periods)   # warm the caches
    loads = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        model.load(ids, periods)
        loads.append(time.perf_counter() - t0)
    assert model.rowCount() == len(ids) and model.columnCount() == len(periods)
    cells = sum(1 for r in range(model.rowCount()) for c in range(model.columnCount()) if model.cell(r, c))

    con = sqlite3.connect(db)
    marks = ",".join("?" * len(periods))
    raw = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        found = con.execute(f"SELECT village_id, period, colour, score, inspection_id FROM village_warning "
                            f"WHERE period IN ({marks}) AND deleted = 0 ORDER BY updated_at", periods).fetchall()
        con.execute(f"SELECT id, name_zh, name_bo FROM village WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
        raw.append(time.perf_counter() - t0)
    con.close()
    print(f"1. grid model load, {len(ids)} villages x {len(periods)} periods ({cells} cells)")
    print(f"      WarningGridModel.load   {median_ms(loads)}")
    print(f"      raw sqlite3, same reads {median_ms(raw)}  ({len(found)} rows)")

    opens, switches = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        overview = WarningOverview(ws, "zh_CN")
        overview.resize(1280, 760)
        overview.show()
        _paint(app, overview.view)
        opens.append(time.perf_counter() - t0)
        township = overview.township.itemData(1)
        t0 = time.perf_counter()
        overview.set_township(township)
        overview.set_township(None)
        _paint(app, overview.view)
        switches.append(time.perf_counter() - t0)
        assert overview.model.rowCount() == len(ids)
        overview.close()
        overview.deleteLater()
        app.processEvents()
    print("2. warning overview (offscreen)")
    print(f"      built and grid painted  {median_ms(opens)}   target well under 300 ms")
    print(f"      one township and back   {median_ms(switches)}")
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
