"""The importer killed at 100 random moments of a 10,000-row import: every
time the database is intact and holds all of the bundle or none of it.

Each trial forks a child that imports the bundle into a fresh copy of the
county's database; SIGALRM with its default action kills the child at a
random moment, inside SQLite's C code as readily as in Python (a Python
signal handler would only run between bytecodes). On a server (the
PostgreSQL pass) the county is a database there, each trial a copy of it:
the server rolls back what a killed client left open.
"""

from __future__ import annotations

import os
import random
import signal
import contextlib
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace
from desktop.storage.engines import is_server
from tests.raw_sql import table_counts

pytestmark = pytest.mark.slow

TRIALS = 100


@contextlib.contextmanager
def _copy_of(base, folder: Path, name: str):
    """A fresh copy of the county's database, removed after."""
    if is_server(str(base)):
        from tests.pg_databases import new_database, template_of

        with new_database(template_of(str(base))) as url:
            yield url
        return
    path = folder / f"{name}.sqlite3"
    with sqlite3.connect(base) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    try:
        yield path
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _counts(target) -> dict[str, int]:
    with Workspace.open(target, actor="county") as ws:
        return table_counts(ws)


def _intact(target) -> bool:
    """SQLite's own checks of the file; a server keeps its pages itself (and
    checks foreign keys at every statement)."""
    if is_server(str(target)):
        return True
    with sqlite3.connect(target) as conn:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                and conn.execute("PRAGMA foreign_key_check").fetchall() == [])


def _import_in_child(db: Path, bundle: Path, kill_after: float | None) -> int:
    """Import in a forked child; its wait status."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            if kill_after is not None:
                signal.setitimer(signal.ITIMER_REAL, kill_after)
            with Workspace.open(db, actor="county") as ws:
                ws.sync.import_bundle(bundle)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status


@pytest.fixture(scope="module")
def setting(tmp_path_factory, module_db_target):
    folder = tmp_path_factory.mktemp("crash")
    township = Workspace.open(folder / "township.sqlite3", actor="township")
    county = Workspace.open(module_db_target, actor="county")
    fill_demo(township, villages=12, townships=1, seed=7)
    unit = township.units.townships()[0]
    township.sync.setup("township", unit.code)
    county.sync.setup("county", "549999", name_zh="测试县")
    for a, b in ((township, county), (county, township)):
        path = a.sync.export_enrolment(folder / f"{a.installation_id}.vdenrol")
        b.sync.enrol(path, a.sync.identity().fingerprint)
    bundle = township.sync.export_bundle(county.installation_id, folder / "full.vdbundle", full=True)
    township.close()
    county.close()
    return folder, module_db_target, bundle


def test_the_bundle_is_ten_thousand_rows(setting):
    _, _, bundle = setting
    assert bundle.rows >= 10_000


def test_killed_at_random_moments_the_import_is_all_or_nothing(setting):
    folder, base, bundle = setting
    before = _counts(base)
    # One whole import, to know how long one takes and what "all" is.
    with _copy_of(base, folder, "whole") as whole:
        started = time.perf_counter()
        assert _import_in_child(whole, bundle.path, None) == 0
        duration = time.perf_counter() - started
        after = _counts(whole)
    assert after["village"] > before["village"]

    rng = random.Random(20261124)
    outcomes = {"none": 0, "all": 0}
    for trial in range(TRIALS):
        with _copy_of(base, folder, f"trial-{trial}") as db:
            status = _import_in_child(db, bundle.path, rng.uniform(0.0, duration))
            assert _intact(db), trial
            counts = _counts(db)
        if counts == before:
            outcomes["none"] += 1
        else:
            assert counts == after, f"trial {trial}: a partial import (status {status})"
            outcomes["all"] += 1
    print("outcomes", outcomes, f"whole import {duration:.2f} s")
    # The moments must have hit the import itself, not only before or after it.
    assert outcomes["none"] >= 20 and outcomes["all"] >= 1, outcomes
