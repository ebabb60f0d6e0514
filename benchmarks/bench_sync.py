#!/usr/bin/env python3
"""Export and import of a whole county as a sync bundle, against raw SQLite.

    python benchmarks/bench_sync.py [--villages 600] [--years 5]

Builds (once, cached under bench-data/) a county of N villages with the
demo's data, its inspections repeated back to `--years` years of quarterly
checks, set up as a township installation enrolled with an empty county.
Measures, in the same run:
  - export: a full bundle (read every row in scope, records, ZIP, sign,
    encrypt, write, read back);
  - import: that bundle into the empty county (verify, decrypt, check every
    record and reference, classify, write in one transaction);
  - raw: sqlite3 `executemany` of the same rows (every column, the values
    already in Python) into an empty database of the same schema, one
    transaction, no change log;
  - an incremental bundle after 10 village edits: its size.
Rows per second and the ratios are printed, not asserted.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.ids import new_id  # noqa: E402
from desktop.core.query import VillageQuery  # noqa: E402
from desktop.services.demo import fill_demo  # noqa: E402
from desktop.services.workspace import Workspace  # noqa: E402

QUARTERS = ("Q1", "Q2", "Q3", "Q4")


def _backup(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _more_years(ws: Workspace, years: int) -> None:
    """Copy the demo's quarterly inspections (two years) back in time until
    `years` years of them are there, through the bulk path."""
    from sqlalchemy import select

    from desktop.storage.writer import table_of

    with ws.db.read() as r:
        rows = [dict(x) for x in r.conn.execute(select(table_of("inspection"))).mappings()]
        answers: dict[str, list] = {}
        for a in r.conn.execute(select(table_of("inspection_answer"))).mappings():
            answers.setdefault(a["inspection_id"], []).append(dict(a))
    periods = sorted({row["period"] for row in rows})
    wanted = years * 4 - len(periods)
    extra_periods = []
    year, q = int(periods[0][:4]), int(periods[0][5]) - 1
    while len(extra_periods) < wanted:
        if q == 0:
            year, q = year - 1, 4
        extra_periods.append(f"{year}Q{q}")
        q -= 1
    skip = {"row_version", "updated_at", "installation_id", "deleted", "sync_clock", "search_text", "name_sort"}
    with ws.db.write("bench", "demo.fill") as w:   # demo data, as the role check knows it
        for i, period in enumerate(extra_periods):
            source_period = periods[i % len(periods)]
            new_rows, new_answers = [], []
            for row in rows:
                if row["period"] != source_period:
                    continue
                iid = new_id()
                new_rows.append({**{k: v for k, v in row.items() if k not in skip}, "id": iid, "period": period,
                                 "replaces_id": None})
                for a in answers.get(row["id"], ()):
                    new_answers.append({**{k: v for k, v in a.items() if k not in skip}, "id": new_id(),
                                        "inspection_id": iid, "problem_id": None})
            w.insert_many("inspection", new_rows)
            w.insert_many("inspection_answer", new_answers)


def build(folder: Path, villages: int, years: int) -> tuple[Path, Path]:
    township_db, county_db = folder / "township.sqlite3", folder / "county.sqlite3"
    if township_db.exists() and county_db.exists():
        return township_db, county_db
    for p in folder.glob("*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    with Workspace.open(township_db, actor="bench") as township, Workspace.open(county_db, actor="bench") as county:
        fill_demo(township, villages=villages, townships=1, seed=3)
        if years > 2:
            _more_years(township, years)
        township.sync.setup("township", township.units.townships()[0].code)
        county.sync.setup("county", "549999", name_zh="基准县")
        for a, b in ((township, county), (county, township)):
            path = a.sync.export_enrolment(folder / f"{a.installation_id}.vdenrol")
            b.sync.enrol(path, a.sync.identity().fingerprint)
    return township_db, county_db


def raw_import(source: Path, target: Path, tables: list[str]) -> tuple[float, int]:
    """The same rows, every column, with executemany in one transaction."""
    src = sqlite3.connect(source)
    schema = [sql for (sql,) in src.execute("select sql from sqlite_master where type in ('table','index') "
                                             "and sql is not null and name not like 'sqlite_%'")]
    data = {t: src.execute(f'select * from "{t}"').fetchall() for t in tables}
    width = {t: len(src.execute(f'select * from "{t}" limit 0').description) for t in tables}
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    for sql in schema:
        dst.execute(sql)
    rows = sum(len(v) for v in data.values())
    started = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    for t in tables:
        marks = ",".join("?" * width[t])
        dst.executemany(f'insert into "{t}" values ({marks})', data[t])
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    dst.close()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--villages", type=int, default=600)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    cache = ROOT / "bench-data" / f"sync-{args.villages}x{args.years}"
    cache.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    township_src, county_src = build(cache, args.villages, args.years)
    print(f"data: {args.villages} villages, {args.years} years (built or cached in {time.perf_counter() - t0:.1f} s)")
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        township_db, county_db = work / "township.sqlite3", work / "county.sqlite3"
        _backup(township_src, township_db)
        _backup(county_src, county_db)
        for attachments in cache.glob("*.attachments"):
            shutil.copytree(attachments, work / attachments.name)
        with Workspace.open(township_db, actor="bench") as township, \
                Workspace.open(county_db, actor="bench") as county:
            started = time.perf_counter()
            bundle = township.sync.export_bundle(county.installation_id, work / "full.vdbundle", full=True)
            export_s = time.perf_counter() - started
            rows = bundle.rows
            started = time.perf_counter()
            summary = county.sync.import_bundle(bundle.path)
            import_s = time.perf_counter() - started
            assert summary.total().new == rows, summary.total()
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            tables = [t for t in bundle.counts]
        raw_s, raw_rows = raw_import(township_db, work / "raw.sqlite3", tables)
        print(f"full bundle: {rows:,} rows in {len(tables)} tables, {bundle.size / 1e6:.1f} MB")
        print(f"export        {export_s:7.2f} s  {rows / export_s:10,.0f} rows/s")
        print(f"import        {import_s:7.2f} s  {rows / import_s:10,.0f} rows/s")
        print(f"raw sqlite3   {raw_s:7.2f} s  {raw_rows / raw_s:10,.0f} rows/s  (executemany of the same rows)")
        print(f"import speed / raw: {raw_s / import_s:.2f}  (target at least 0.33)")
        print(f"peak memory of this process through export and import: {peak_mb:,.0f} MB "
              f"(the bundle's plaintext: {bundle.counts and sum(bundle.counts.values()):,} rows)")
        with Workspace.open(township_db, actor="bench") as township, \
                Workspace.open(county_db, actor="bench") as county:
            back = county.sync.export_bundle(township.installation_id, work / "ack.vdbundle")
            township.sync.import_bundle(back.path)
            for vid in township.villages.search(VillageQuery())[:10]:
                original = township.villages.open_file(vid)
                edited = original.copy()
                edited.facts.note = (original.facts.note + " 已核实").strip()
                township.villages.save_file(original, edited)
            small = township.sync.export_bundle(county.installation_id, work / "ten.vdbundle")
            print(f"incremental bundle after 10 edits: {small.rows} rows, {small.size:,} bytes (target under 20 KB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
