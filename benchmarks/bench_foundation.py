#!/usr/bin/env python3
"""Foundation benchmarks: start-up, search as you type, opening a database.

    python benchmarks/bench_foundation.py [--villages 50000] [--runs 7]

Prints figures and ratios against the raw libraries doing the same work:
  1. cold start to the main window painted, against a bare QApplication
     showing an empty table (both in fresh processes);
  2. keystroke in the search box to the updated list painted, with N
     villages, against sqlite3 running the same query;
  3. opening the database to the first rows painted, against sqlite3
     opening it and reading the first page.
Targets (issue 2): 1 under 1.5 s; 2 under 50 ms; 3 under 300 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_QT = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); view = QTableView(w); view.setModel(QStandardItemModel(30, 11)); w.setCentralWidget(view)
class P(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(f"first-paint {time.perf_counter() - t0:.4f}", flush=True); QTimer.singleShot(0, app.quit)
            o.removeEventFilter(self)
        return False
p = P(); view.viewport().installEventFilter(p); w.resize(1280, 760); w.show(); app.exec()
"""


def spawn_until_paint(argv: list[str], env: dict) -> float:
    """Wall time from spawning a process to its 'first-paint' line."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - t0
            break
    else:
        raise RuntimeError(f"{argv} ended without painting")
    proc.wait(timeout=60)
    return elapsed


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def ensure_demo(villages: int) -> Path:
    folder = ROOT / "bench-data"
    folder.mkdir(exist_ok=True)
    path = folder / f"demo-{villages}.sqlite3"
    if not path.exists():
        from desktop.services.demo import fill_demo
        from desktop.services.workspace import Workspace

        print(f"making a demo database of {villages} villages (once; kept in bench-data/)…", flush=True)
        t0 = time.perf_counter()
        with Workspace.open(path, actor="benchmark") as ws:
            summary = fill_demo(ws, villages=villages, seed=1)
        size = path.stat().st_size / 2**20
        print(f"  {summary.villages} villages, {summary.people} people, {summary.posts} posts in "
              f"{time.perf_counter() - t0:.1f} s, {size:.0f} MB", flush=True)
    return path


def bench_startup(db: Path, runs: int) -> None:
    home = tempfile.mkdtemp(prefix="villagedesk-bench-")
    env = {**os.environ, "VILLAGEDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen",
           "VILLAGEDESK_EXIT_AFTER_FIRST_PAINT": "1"}
    app = [sys.executable, "-m", "desktop", "--db", str(db)]
    bare = [sys.executable, "-c", BARE_QT]
    spawn_until_paint(app, env)   # warm the disk cache and the .pyc files
    spawn_until_paint(bare, env)
    ours = [spawn_until_paint(app, env) for _ in range(runs)]
    raw = [spawn_until_paint(bare, env) for _ in range(runs)]
    print(f"1. start to main window painted   VillageDesk {median_ms(ours)}")
    print(f"                                   bare Qt     {median_ms(raw)}")
    print(f"                                   ratio {statistics.median(ours) / statistics.median(raw):.2f}x"
          f"   target < 1500 ms")


class _PaintWatch:
    """Runs the event loop until the list's viewport has been painted: the
    moment the user sees the new rows (Qt paints once, coalescing updates)."""

    def __init__(self, view) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Watch(QObject):
            painted = False

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        self.watch = Watch()
        view.viewport().installEventFilter(self.watch)

    def wait(self, qapp) -> None:
        self.watch.painted = False
        while not self.watch.painted:
            qapp.processEvents()


_watches: dict[int, _PaintWatch] = {}


def _painted(qapp, view) -> None:
    watch = _watches.setdefault(id(view), _PaintWatch(view))
    view.viewport().update()   # nothing to paint would wait forever; a no-op if an update is due
    watch.wait(qapp)


def bench_search(db: Path, runs: int) -> None:
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core.query import VillageQuery
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow
    from desktop.ui.app import make_application

    app = make_application()
    languages = LanguageManager(app, Settings(), remember=False)
    languages.apply("zh_CN", remember=False)
    ws = Workspace.open(db, actor="benchmark")
    window = MainWindow(ws, languages, Settings())
    window.resize(1280, 760)
    window.show()
    _painted(app, window.view)
    gc.freeze()   # as run_gui does once the window is up
    search = window.filters.search
    total = ws.villages.count()
    # What a cadre types: a Chinese name (by the input method), pinyin
    # initials letter by letter, a code digit by digit, then clearing.
    samples = window.model.village(0)
    steps = [("ime", samples.name_zh[:1]), ("ime", samples.name_zh[:2]), ("clear", ""),
             ("key", "z"), ("key", "x"), ("key", "g"), ("clear", ""),
             ("key", "5"), ("key", "1"), ("key", "9"), ("key", "0"), ("clear", "")]
    times, shown = [], []
    for _ in range(runs):
        for kind, text in steps:
            t0 = time.perf_counter()
            if kind == "ime":
                search.clear()
                event = QInputMethodEvent()
                event.setCommitString(text)
                QApplication.sendEvent(search, event)
            elif kind == "key":
                search.insert(text)   # what a key press does to a QLineEdit
            else:
                search.clear()
            _painted(app, window.view)
            times.append(time.perf_counter() - t0)
            shown.append(window.model.rowCount())
    # The same queries in raw sqlite3: the statement the app sends.
    con = sqlite3.connect(db)
    raw = []
    for _ in range(runs):
        for text in (samples.name_zh[:1], samples.name_zh[:2], "", "z", "zx", "zxg", "", "5", "51", "519",
                     "5190", ""):
            t0 = time.perf_counter()
            con.execute("SELECT id FROM village WHERE deleted = 0 AND search_text LIKE ? ESCAPE '/' "
                        "ORDER BY name_sort, id", (f"%{text}%",)).fetchall()
            raw.append(time.perf_counter() - t0)
    con.close()
    print(f"2. keystroke to list painted ({total} villages, {len(times)} keystrokes)")
    print(f"                                   VillageDesk {median_ms(times)}  p90 "
          f"{statistics.quantiles(times, n=10)[-1] * 1000:.1f} ms")
    print(f"                                   raw sqlite3 query only {median_ms(raw)}")
    print(f"                                   ratio {statistics.median(times) / statistics.median(raw):.2f}x"
          f"   target < 50 ms")
    window.close()
    ws.close()
    return app


def bench_open(db: Path, runs: int, app) -> None:
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow

    languages = LanguageManager(app, Settings(), remember=False)
    languages.apply("zh_CN", remember=False)
    ours, raw = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        ws = Workspace.open(db, actor="benchmark")
        window = MainWindow(ws, languages, Settings())
        window.resize(1280, 760)
        window.show()
        _painted(app, window.view)
        ours.append(time.perf_counter() - t0)
        window.close()
        window.deleteLater()
        ws.close()
        app.processEvents()
        t0 = time.perf_counter()
        con = sqlite3.connect(db)
        ids = [r[0] for r in con.execute("SELECT id FROM village WHERE deleted = 0 ORDER BY name_sort, id")]
        con.execute("SELECT count(*) FROM village WHERE deleted = 0").fetchone()
        marks = ",".join("?" * 40)
        con.execute(f"SELECT v.*, t.name_zh FROM village v JOIN admin_unit t ON t.id = v.township_id "
                    f"WHERE v.id IN ({marks})", ids[:40]).fetchall()
        con.close()
        raw.append(time.perf_counter() - t0)
    print(f"3. open database to first rows painted ({len(ids)} villages)")
    print(f"                                   VillageDesk {median_ms(ours)}")
    print(f"                                   raw sqlite3 open + ids + first page {median_ms(raw)}")
    print(f"                                   ratio {statistics.median(ours) / statistics.median(raw):.2f}x"
          f"   target < 300 ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--villages", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    db = ensure_demo(args.villages)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, database {db.name} "
          f"({db.stat().st_size / 2**20:.0f} MB)")
    bench_startup(db, args.runs)
    app = bench_search(db, args.runs)
    bench_open(db, args.runs, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
