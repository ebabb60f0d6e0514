#!/usr/bin/env python3
"""What encryption at rest costs: the same work on a plain and an encrypted
copy of the same database, in the same run.

    python benchmarks/bench_encryption.py [--villages 50000] [--runs 7] [--sync-villages 600]

  1. opening the database (`Database.open` with the start-up check, as the
     app does), plain against encrypted; and raw sqlite3 against raw
     sqlcipher3 opening it and counting the villages;
  2. the 50,000-village list: every id in list order, then the first page
     of rows, as the main window's model asks;
  3. a township's full bundle imported into a county database, plain
     against encrypted;
  4. converting the plain database to an encrypted one (sqlcipher_export).
Target (issue 10): close to the plain figures; the ratios are printed.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def ratio(enc: list[float], plain: list[float]) -> str:
    return f"{statistics.median(enc) / statistics.median(plain):.2f}x"


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def bench_open(plain: Path, encrypted: Path, key: bytes, runs: int) -> None:
    import sqlcipher3

    from desktop.storage import Database

    def ours(path: Path, k: bytes | None) -> float:
        t0 = time.perf_counter()
        db = Database.open(path, create=False, check=True, key=k)
        with db.read() as r:
            r.conn.exec_driver_sql("SELECT count(*) FROM village WHERE deleted = 0").scalar()
        db.close()
        return time.perf_counter() - t0

    def raw(path: Path, k: bytes | None) -> float:
        t0 = time.perf_counter()
        con = sqlcipher3.connect(str(path)) if k else sqlite3.connect(path)
        if k:
            con.execute(f"PRAGMA key = \"x'{k.hex()}'\"")
        con.execute("PRAGMA quick_check").fetchall()
        con.execute("SELECT count(*) FROM village WHERE deleted = 0").fetchone()
        con.close()
        return time.perf_counter() - t0

    ours(plain, None), ours(encrypted, key)   # warm the page cache for both files
    p = [ours(plain, None) for _ in range(runs)]
    e = [ours(encrypted, key) for _ in range(runs)]
    rp = [raw(plain, None) for _ in range(runs)]
    re_ = [raw(encrypted, key) for _ in range(runs)]
    print("1. open with the start-up check, count the villages")
    print(f"   VillageDesk plain      {median_ms(p)}")
    print(f"   VillageDesk encrypted  {median_ms(e)}   {ratio(e, p)} of plain")
    print(f"   raw sqlite3            {median_ms(rp)}")
    print(f"   raw sqlcipher3         {median_ms(re_)}   {ratio(re_, rp)} of raw sqlite3")


def bench_list(plain: Path, encrypted: Path, key: bytes, runs: int) -> int:
    from desktop.core.query import VillageQuery
    from desktop.services.workspace import Workspace

    def one(path: Path, k: bytes | None) -> tuple[float, int]:
        ws = Workspace.open(path, actor="benchmark", create=False, key=k)
        try:
            t0 = time.perf_counter()
            ids = ws.villages.search(VillageQuery())
            ws.villages.rows(ids[:40])
            return time.perf_counter() - t0, len(ids)
        finally:
            ws.close()

    one(plain, None), one(encrypted, key)
    p, e = [], []
    for _ in range(runs):
        t, n = one(plain, None)
        p.append(t)
        e.append(one(encrypted, key)[0])
    print(f"2. the village list: {n:,} ids in list order and the first 40 rows")
    print(f"   plain                  {median_ms(p)}")
    print(f"   encrypted              {median_ms(e)}   {ratio(e, p)} of plain")
    return n


def bench_import(villages: int, years: int, runs: int) -> None:
    from bench_sync import build

    from desktop.services.workspace import Workspace
    from desktop.storage.cipher import encrypt_file

    cache = ROOT / "bench-data" / f"sync-{villages}x{years}"
    cache.mkdir(parents=True, exist_ok=True)
    township_src, county_src = build(cache, villages, years)
    work = Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    try:
        with Workspace.open(township_src, actor="bench") as township:
            county_id = Workspace.open(county_src, actor="bench", create=False)
            try:
                bundle = township.sync.export_bundle(county_id.installation_id, work / "full.vdbundle", full=True)
            finally:
                county_id.close()
        times: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(runs):
            for kind in ("plain", "encrypted"):
                target = work / f"county-{kind}.sqlite3"
                for p in work.glob(f"county-{kind}.sqlite3*"):
                    shutil.rmtree(p) if p.is_dir() else p.unlink()
                key = None
                if kind == "plain":
                    _copy(county_src, target)
                else:
                    key = secrets.token_bytes(32)
                    encrypt_file(county_src, target, key)
                with Workspace.open(target, actor="bench", create=False, key=key) as county:
                    t0 = time.perf_counter()
                    summary = county.sync.import_bundle(bundle.path)
                    times[kind].append(time.perf_counter() - t0)
                    assert summary.total().new == bundle.rows, summary.total()
        p, e = times["plain"], times["encrypted"]
        print(f"3. a full township bundle into the county: {bundle.rows:,} rows, {villages} villages, {years} years")
        print(f"   plain                  {median_ms(p)}  {bundle.rows / statistics.median(p):10,.0f} rows/s")
        print(f"   encrypted              {median_ms(e)}  {bundle.rows / statistics.median(e):10,.0f} rows/s"
              f"   {ratio(e, p)} of plain")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    from bench_foundation import ensure_demo

    from desktop.storage.cipher import encrypt_file

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sync-villages", type=int, default=600)
    parser.add_argument("--sync-years", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("VILLAGEDESK_HOME", tempfile.mkdtemp(prefix="bench-encryption-home-"))
    source = ensure_demo(args.villages)
    work = Path(tempfile.mkdtemp(prefix="bench-encryption-", dir=source.parent))
    try:
        plain, encrypted = work / "plain.sqlite3", work / "encrypted.sqlite3"
        _copy(source, plain)
        key = secrets.token_bytes(32)
        t0 = time.perf_counter()
        encrypt_file(plain, encrypted, key)
        convert = time.perf_counter() - t0
        size = plain.stat().st_size / 2**20
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.villages:,} villages, "
              f"{size:.0f} MB plain, {encrypted.stat().st_size / 2**20:.0f} MB encrypted")
        bench_open(plain, encrypted, key, args.runs)
        bench_list(plain, encrypted, key, args.runs)
        bench_import(args.sync_villages, args.sync_years, max(3, args.runs // 2))
        print(f"4. converting the plain database to an encrypted one: {convert:.1f} s "
              f"({size / convert:.0f} MB/s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
