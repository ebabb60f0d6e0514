#!/usr/bin/env python3
"""What the audit chain costs (docs/audit.md).

    python benchmarks/bench_audit.py [--rows 200000] [--writes 2000] [--changesets 10000] [--repeat 3]

Measures, each in a fresh database under a temporary folder:
  - bulk: `Writer.insert_many` of N collective-income rows in one change
    set (the path of the demo, imports and sync), against raw sqlite3
    `executemany` of the same rows (no change log);
  - small writes: W transactions of one update each (the path of every edit
    in the GUI), per write;
  - the chain's own share of a bulk write: building and hashing the
    entries' lines of N rows (`insert_lines`), without the database;
  - verify: `AuditService.verify` over C change sets of one update each
    (built through the writer in one loop), and the same through `audit
    verify` in the CLI is the same call.
Each figure is the best of --repeat runs (other work on the machine only
ever adds time), wall clock and this process's CPU. Run it on a checkout
without the chain to compare (the chain's parts are then skipped). Figures
are printed, not asserted.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.ids import new_id  # noqa: E402
from desktop.services.workspace import Workspace  # noqa: E402


def _village(ws) -> str:
    with ws.db.write("bench", "demo.fill") as w:
        township = w.insert("admin_unit", {"parent_id": None, "level": "township", "kind": "township",
                                           "code": "513336100", "name_zh": "白依乡", "name_bo": "པད་ཡུལ་ཤང་།"})
        return w.insert("village", {"township_id": township, "code": "513336100201", "name_zh": "扎西岗村",
                                    "name_bo": "བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།", "kind": "village"})


def _incomes(village: str, n: int) -> list[dict]:
    return [{"id": new_id(), "village_id": village, "year": 1000 + i % 1000, "amount_yuan": i, "note": ""}
            for i in range(n)]


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def bulk(folder: Path, n: int) -> tuple[tuple[float, float], float]:
    for p in folder.glob("*"):
        p.unlink()
    with Workspace.open(folder / "bulk.sqlite3", actor="bench") as ws:
        village = _village(ws)
        rows = _incomes(village, n)
        started = _clock()
        with ws.db.write("bench", "demo.fill") as w:
            w.insert_many("collective_income", rows)
        ours = _since(started)
    # Raw: the same rows, every column, into the same schema, one transaction.
    src = sqlite3.connect(folder / "bulk.sqlite3")
    schema = [sql for (sql,) in src.execute("select sql from sqlite_master where type in ('table','index') "
                                             "and sql is not null and name not like 'sqlite_%'")]
    data = src.execute("select * from collective_income").fetchall()
    parents = {t: src.execute(f"select * from {t}").fetchall() for t in ("admin_unit", "village")}
    src.close()
    dst = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    for sql in schema:
        dst.execute(sql)
    for t, values in parents.items():
        dst.executemany(f"insert into {t} values ({','.join('?' * len(values[0]))})", values)
    started = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    dst.executemany(f"insert into collective_income values ({','.join('?' * len(data[0]))})", data)
    dst.execute("COMMIT")
    raw = time.perf_counter() - started
    dst.close()
    return ours, raw


def small_writes(folder: Path, n: int, name: str = "small.sqlite3") -> tuple[tuple[float, float], Workspace]:
    for p in folder.glob(name + "*"):
        p.unlink()
    ws = Workspace.open(folder / name, actor="bench")
    village = _village(ws)
    started = _clock()
    version = 1
    for i in range(n):
        with ws.db.write("bench", "village.edit") as w:
            w.update("village", village, version, {"population": i + 1})
        version += 1
    return _since(started), ws


def hash_only(n: int) -> float:
    from desktop.core.audit_chain import ContentHasher
    from desktop.storage.audit_links import insert_lines

    ids = [new_id() for _ in range(n)]
    started = time.perf_counter()
    hasher = ContentHasher(b"header")
    for i in range(0, n, 5000):
        hasher.add(insert_lines("collective_income", ids[i:i + 5000]), len(ids[i:i + 5000]))
    hasher.digest()
    return time.perf_counter() - started


def best(runs: list) -> tuple:
    return min(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--changesets", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    try:
        runs = [bulk(folder, args.rows) for _ in range(args.repeat)]
        (wall, cpu), raw = min(r[0] for r in runs), min(r[1] for r in runs)
        print(f"insert_many {args.rows:,} rows: {wall:6.2f} s wall, {cpu:5.2f} s CPU ({args.rows / wall:,.0f} rows/s); "
              f"raw executemany {raw:5.2f} s; ratio {wall / raw:.2f}")
        runs = []
        for _ in range(args.repeat):
            elapsed, ws = small_writes(folder, args.writes)
            ws.close()
            runs.append(elapsed)
        wall, cpu = min(runs)
        print(f"{args.writes:,} one-update writes: {wall / args.writes * 1000:.2f} ms wall, "
              f"{cpu / args.writes * 1000:.2f} ms CPU each")
        try:
            from desktop.services.audit import AuditService  # noqa: F401
        except ImportError:
            print("the chain's parts: no audit chain in this checkout")
            return 0
        share = min(hash_only(args.rows) for _ in range(args.repeat))
        print(f"the chain's share of insert_many: {share:.3f} s for {args.rows:,} rows")
        elapsed, ws = small_writes(folder, args.changesets - 1, "chain.sqlite3")
        try:
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                report = ws.audit.verify()
                times.append(time.perf_counter() - started)
                assert report.ok, report
            print(f"verify {report.changesets:,} change sets ({report.entries:,} entries): {min(times):.2f} s")
        finally:
            ws.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
