"""Starting the window: language, database, main window; or a screenshot."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

# Before Qt is imported: a screenshot needs no screen.
if "--screenshot" in sys.argv or any(a.startswith("--screenshot=") for a in sys.argv):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from desktop.core.errors import VillageDeskError  # noqa: E402
from desktop.services.demo import fill_demo  # noqa: E402
from desktop.services.locations import package_data  # noqa: E402
from desktop.services.settings import load_settings, save_settings  # noqa: E402
from desktop.services.workspace import Workspace  # noqa: E402
from desktop.ui.language import LanguageManager  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

# For benchmarks/: print when the list has first been painted, then quit.
STARTUP_PROBE = "VILLAGEDESK_EXIT_AFTER_FIRST_PAINT"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VillageDesk")
    app.setApplicationDisplayName("VillageDesk")
    app.setWindowIcon(QIcon(str(package_data("resources") / "icons" / "villagedesk.svg")))
    return app


def save_screenshot(widget: QWidget, path: str | Path) -> Path:
    """Render a widget as the user would see it, to a PNG."""
    app = QApplication.instance()
    widget.show()
    for _ in range(3):
        app.processEvents()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


class _FirstPaint(QObject):
    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.perf_counter() - self.started:.4f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen platform cannot raise or resize native windows and says
    # so for every dialog: noise for a screenshot, not a problem.
    if "This plugin does not support" not in message:
        sys.stderr.write(message + "\n")


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.screenshot:
        qInstallMessageHandler(_quiet_offscreen)
    app = make_application()
    settings = load_settings()
    screenshot = args.screenshot
    # A screenshot or a one-off --lang does not change what the user chose.
    languages = LanguageManager(app, settings, remember=not screenshot)
    languages.apply(args.lang or settings.language, remember=False)
    try:
        workspace = Workspace.open(args.database)
    except VillageDeskError as exc:
        if screenshot:
            print(f"villagedesk: {exc.message}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "VillageDesk", exc.message)
        return 1
    if args.demo and not workspace.has_data():
        try:
            fill_demo(workspace, villages=args.demo)
        except VillageDeskError as exc:
            print(f"villagedesk: {exc.message}", file=sys.stderr)
            return 1
    if not screenshot:
        settings.last_database = str(workspace.path or args.database)
        save_settings(settings)
    window = MainWindow(workspace, languages, settings)
    if os.environ.get(STARTUP_PROBE):
        probe = _FirstPaint(started)
        window.view.viewport().installEventFilter(probe)
    target = None
    try:
        window.show()
        if args.open_target:
            target = window.open_village_code(args.open_target.split(":", 1)[1])
    except VillageDeskError as exc:
        print(f"villagedesk: {exc.message}", file=sys.stderr)
        if screenshot:
            return 1
    if screenshot:
        window.resize(1280, 760)
        if target is not None:
            target.resize(1100, 700)
        path = save_screenshot(target or window, screenshot)
        print(path)
        workspace.close()
        return 0
    # What start-up made stays for the whole session: take it out of the
    # cyclic GC's full passes, which otherwise walk it on every big fetch.
    gc.freeze()
    code = app.exec()
    window.ws.close()
    return code
