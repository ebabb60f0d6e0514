#!/usr/bin/env python3
"""The Excel export of a prefecture's problem ledger against raw openpyxl.

    python benchmarks/bench_exports.py [--villages 2679] [--problems 150000] [--runs 2]

Uses the ledger database of benchmarks/bench_ledger.py (bench-data/ledger-
2679x150000.sqlite3; run that first). Measures, in the same run:
  - ours: export_xlsx(ws, "problems", ...) end to end: reading the ledger,
    labels, deadline colours, styles for dates, wrapped text and fills, drop-
    down lists, the atomic save;
  - raw: sqlite3 reading the same columns, then openpyxl write-only
    appending the same values (labels and dates made with plain dicts, no
    styles) and saving; and openpyxl alone over rows already in memory.
Times are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)
RAW_SQL = ("SELECT v.code, u.name_zh, v.name_zh, p.description, p.category, p.aspect, p.weakness, p.source, "
           "p.source_ref, p.indicator_code, p.found_on, p.deadline, p.status, p.responsible_leader, "
           "p.responsible_person, p.status_on, p.closed_by, p.reopen_count, p.note "
           "FROM problem p JOIN village v ON v.id = p.village_id LEFT JOIN admin_unit u ON u.id = v.township_id "
           "WHERE p.deleted = 0 AND v.deleted = 0 ORDER BY u.name_sort, v.name_sort, p.found_on, p.id")


def raw_rows(db: Path) -> list[list]:
    """The ledger's rows as an export shows them, made the plainest way."""
    from desktop.core.ledger_terms import ProblemCategory, ProblemSource, ProblemStatus

    labels = {m.value: m.label for t in (ProblemCategory, ProblemSource, ProblemStatus) for m in t}
    days: dict = {None: None}
    con = sqlite3.connect(db)
    out = []
    for r in con.execute(RAW_SQL):
        r = list(r)
        for i in (4, 7, 12):
            r[i] = labels.get(r[i], r[i])
        for i in (10, 11, 15):
            d = r[i]
            if d not in days:
                days[d] = date.fromisoformat(d)
            r[i] = days[d]
        out.append(r)
    con.close()
    return out


def raw_write(rows: list[list], path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("ledger")
    ws.append(["code", "township", "village", "description", "category", "aspect", "weakness", "source",
               "source_ref", "indicator", "found", "deadline", "status", "leader", "person", "status_on",
               "closed_by", "reopened", "note"])
    for r in rows:
        ws.append(r)
    wb.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=2679)
    parser.add_argument("--problems", type=int, default=150_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    db = ROOT / "bench-data" / f"ledger-{args.villages}x{args.problems}.sqlite3"
    if not db.exists():
        print(f"{db} is missing: run benchmarks/bench_ledger.py --villages {args.villages} "
              f"--problems {args.problems} first.")
        return 1
    import openpyxl

    from desktop.services.excel_export import ExportOptions, export_xlsx
    from desktop.services.workspace import Workspace

    print(f"Python {sys.version.split()[0]}, openpyxl {openpyxl.__version__} (lxml: {openpyxl.LXML}), "
          f"{os.cpu_count()} cores")
    out = Path(tempfile.mkdtemp(prefix="villagedesk-bench-"))
    ours, raw_read, raw_save, rows = [], [], [], 0
    with Workspace.open(db, actor="benchmark", create=False) as ws:
        ws.today = lambda: TODAY
        for _ in range(args.runs):
            t0 = time.perf_counter()
            got = raw_rows(db)
            t1 = time.perf_counter()
            raw_write(got, out / "raw.xlsx")
            t2 = time.perf_counter()
            raw_read.append(t1 - t0)
            raw_save.append(t2 - t1)
            rows = len(got)
            del got
            t0 = time.perf_counter()
            result = export_xlsx(ws, "problems", out / "ours.xlsx", ExportOptions("zh_CN"))
            ours.append(time.perf_counter() - t0)
            assert result.total == rows
    ours_s, read_s, save_s = (statistics.median(v) for v in (ours, raw_read, raw_save))
    raw_s = read_s + save_s
    size = (out / "ours.xlsx").stat().st_size / 1e6
    raw_size = (out / "raw.xlsx").stat().st_size / 1e6
    print(f"ledger export of {rows:,} problems (median of {args.runs}):")
    print(f"  export_xlsx problems            {ours_s:6.1f} s  {rows / ours_s:8,.0f} rows/s  {size:5.1f} MB")
    print(f"  raw sqlite3 read + dict labels  {read_s:6.1f} s")
    print(f"  raw openpyxl write_only + save  {save_s:6.1f} s  {rows / save_s:8,.0f} rows/s  {raw_size:5.1f} MB")
    print(f"  raw together                    {raw_s:6.1f} s  {rows / raw_s:8,.0f} rows/s")
    print(f"  ratio ours / raw                {ours_s / raw_s:6.2f}x  (ours / openpyxl alone {ours_s / save_s:.2f}x)")
    for f in out.iterdir():
        f.unlink()
    out.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
