#!/usr/bin/env python3
"""Backup benchmark: the 50,000-village demo database.

    python benchmarks/bench_backup.py [--db /var/tmp/demo50k.sqlite3] [--villages 50000] [--runs 3]

Makes the demo database if the file is missing (`fill_demo`; the same as
`villagedesk demo --villages 50000 --db FILE`, ~2 GB, a few minutes). Then,
in the same run, alternating:
  copy      shutil.copyfile of the (checkpointed) file + fsync: the floor
  raw       sqlite3's backup API in one step into a new file, as the
            library's documentation shows it (its own journal and syncs)
  ours      BackupService.create: the backup API in steps of 1024 pages
            with progress, one read snapshot, no journal on the copy, fsync,
            PRAGMA quick_check of the copy, rename, fsync of the folder
and the start-up check: PRAGMA quick_check of the database alone, and
Database.open(check=True) against check=False. With --integrity also
PRAGMA integrity_check (what a restore runs on the copy it puts back).
Medians are printed (the file sits in the page cache after the first read:
all three read it warm). Times are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def make_demo(path: Path, villages: int) -> None:
    from desktop.services.demo import fill_demo
    from desktop.services.workspace import Workspace

    print(f"making the demo database with {villages} villages at {path} ...", flush=True)
    started = time.perf_counter()
    with Workspace.open(path, actor="bench") as ws:
        fill_demo(ws, villages=villages)
    print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)


def checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def time_copy(db: Path, out: Path) -> float:
    target = out / "copy.sqlite3"
    started = time.perf_counter()
    shutil.copyfile(db, target)
    _fsync(target)
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def time_raw(db: Path, out: Path) -> float:
    target = out / "raw.sqlite3"
    started = time.perf_counter()
    src = sqlite3.connect(db)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def time_ours(ws) -> tuple[float, int]:
    started = time.perf_counter()
    backup = ws.backups.create("manual")
    elapsed = time.perf_counter() - started
    size = backup.size
    backup.path.unlink()
    return elapsed, size


def time_pragma(db: Path, pragma: str) -> float:
    started = time.perf_counter()
    with sqlite3.connect(db) as conn:
        result = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
    elapsed = time.perf_counter() - started
    assert result == "ok", result
    return elapsed


def time_open(db: Path, check: bool) -> float:
    from desktop.storage import Database

    started = time.perf_counter()
    opened = Database.open(db, check=check)
    elapsed = time.perf_counter() - started
    assert not opened.damaged
    opened.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/var/tmp/demo50k.sqlite3"))
    parser.add_argument("--villages", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--integrity", action="store_true", help="also time PRAGMA integrity_check")
    args = parser.parse_args()

    # Our own settings: the backup folder is the default one beside the database.
    os.environ["VILLAGEDESK_HOME"] = tempfile.mkdtemp(prefix="bench-backup-home-")
    db = args.db.expanduser().resolve()
    if not db.exists():
        make_demo(db, args.villages)
    checkpoint(db)
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        villages = conn.execute("SELECT count(*) FROM village").fetchone()[0]
    print(f"database {db}: {villages} villages, {db.stat().st_size / 1e9:.2f} GB ({pages} pages of {page_size} B)")

    from desktop.services.workspace import Workspace

    out = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=db.parent))
    times: dict[str, list[float]] = {k: [] for k in ("copy", "raw", "ours", "quick_check", "open", "open+check")}
    size = 0
    try:
        with Workspace.open(db, actor="bench") as ws:
            for run in range(args.runs):
                times["copy"].append(time_copy(db, out))
                times["raw"].append(time_raw(db, out))
                elapsed, size = time_ours(ws)
                times["ours"].append(elapsed)
                times["quick_check"].append(time_pragma(db, "quick_check"))
                print(f"  run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items() if v),
                      flush=True)
        for run in range(args.runs):
            times["open"].append(time_open(db, check=False))
            times["open+check"].append(time_open(db, check=True))
        if args.integrity:
            times["integrity_check"] = [time_pragma(db, "integrity_check")]
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(db.with_name(db.name + ".backups"), ignore_errors=True)

    median = {k: statistics.median(v) for k, v in times.items() if v}
    print()
    print(f"backup size                      {size / 1e9:.2f} GB")
    print(f"file copy + fsync                {median['copy']:6.2f} s")
    print(f"raw sqlite3 backup (one step)    {median['raw']:6.2f} s")
    print(f"ours: create (copy+check+rename) {median['ours']:6.2f} s   "
          f"{median['ours'] / median['raw']:.2f}x raw, {median['ours'] / median['copy']:.2f}x file copy")
    print(f"quick_check of the database      {median['quick_check']:6.2f} s   (ours = raw-like copy + this)")
    print(f"Database.open                    {median['open']:6.2f} s")
    print(f"Database.open(check=True)        {median['open+check']:6.2f} s   (the start-up check)")
    if "integrity_check" in median:
        print(f"integrity_check (a restore)      {median['integrity_check']:6.2f} s")


if __name__ == "__main__":
    main()
