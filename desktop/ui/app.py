"""Starting the window: language, database, signing in, main window; or a
screenshot.

A database without accounts asks for its first administrator, one with
accounts for a login (sign_in_flow.py). A screenshot (and the start-up
probe of benchmarks/) goes straight to the window on a database without
accounts; on one with accounts it signs in as `VILLAGEDESK_USER` (or
`--user`) with the password in `VILLAGEDESK_PASSWORD`, and fails with a
message when they are missing or refused.

The database is opened with its quick check where the storage offers it:
a damaged one is offered the newest good backup (damaged_dialog.py).

An encrypted database cannot be opened without its key: the unlock dialog
(unlock_dialog.py: login and password, or the recovery key) opens it and
signs its user in before anything else, and a damaged one is then offered
its backup as above. A screenshot opens it with `VILLAGEDESK_USER` and
`VILLAGEDESK_PASSWORD`."""

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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from desktop.core.errors import VillageDeskError  # noqa: E402
from desktop.services.demo import fill_demo  # noqa: E402
from desktop.services.locations import package_data  # noqa: E402
from desktop.services.settings import load_settings, remembered_database, save_settings  # noqa: E402
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
    workspace = _open_workspace(args.database, screenshot, getattr(args, "started_check", None),
                                lambda: _unlock(args, languages))
    if workspace is QUIT:
        return 0
    if workspace is None:
        return 1
    probe = os.environ.get(STARTUP_PROBE)
    unattended = bool(screenshot or probe)
    if not unattended:
        # Imported here: seldom needed. A newer version upgraded an older database: say so first.
        from desktop.ui.upgrade_notice import tell_at_start

        tell_at_start(workspace)
    signed_in = workspace.user.user_id is not None   # an encrypted database: opened by its user
    if unattended and not signed_in and workspace.users.has_accounts() and \
            not _sign_in_from_environment(workspace, args):
        workspace.close()
        return 1
    # Demo data goes into an empty database before anyone is asked to sign
    # in (open access), or as the signed-in user of a screenshot.
    if args.demo and (unattended or not workspace.users.has_accounts()) and not workspace.has_data():
        try:
            fill_demo(workspace, villages=args.demo)
        except VillageDeskError as exc:
            print(f"villagedesk: {exc.message}", file=sys.stderr)
            return 1
    if not screenshot:
        settings.last_database = remembered_database(workspace.path or args.database)
        save_settings(settings)
    if not unattended:
        return _run_signed_in(app, workspace, languages, settings, args)
    window = MainWindow(workspace, languages, settings)
    if probe:
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
    gc.freeze()
    code = app.exec()
    window.ws.close()
    return code


# The user quit at the unlock dialog: nothing went wrong.
QUIT = object()


def _open_workspace(database, screenshot, started_check=None, unlock=None):
    """The workspace, checked; a damaged database is offered its newest good
    backup (when the backups part provides the offer). None: the reason was said.
    `started_check`: the check the launcher began on the file (or None).
    `unlock() -> (workspace | error | QUIT)`: opens an encrypted database
    (its key comes with a password or the recovery key)."""
    try:
        workspace = Workspace.open(database, check=started_check or True)
    except VillageDeskError as exc:
        if getattr(exc, "locked", False) and unlock is not None:
            return _open_encrypted(database, screenshot, unlock)
        if screenshot or not getattr(exc, "damaged", False) or not _offer_restore(exc):
            _say_error(exc.message, screenshot)
            return None
        try:
            workspace = Workspace.open(database, check=True)
        except VillageDeskError as again:
            _say_error(again.message, screenshot)
            return None
    if getattr(workspace.db, "damaged", None) and not screenshot and _offer_restore(workspace):
        # Restored: the damaged workspace was closed; the backup is in its place.
        try:
            workspace = Workspace.open(database, check=True)
        except VillageDeskError as exc:
            _say_error(exc.message, screenshot)
            return None
    # Declined: it stays open read-only, and says so on each change.
    return workspace


def _open_encrypted(database, screenshot, unlock):
    """The encrypted database, unlocked by its user and checked; damage is
    offered its backup, as for a plain database."""
    while True:
        opened = unlock()
        if opened is QUIT or opened is None:
            return opened
        if isinstance(opened, VillageDeskError):   # the right key, but the file cannot be read
            if screenshot or not _offer_restore(opened):
                _say_error(opened.message, screenshot)
                return None
            continue                               # restored: unlock it again
        if getattr(opened.db, "damaged", None) and not screenshot:
            key = opened.db.key
            if _offer_restore(opened):
                # Restored (the backup has the same key) and the damaged one closed.
                try:
                    opened = Workspace.open(database, check=True, key=key)
                except VillageDeskError as exc:
                    _say_error(exc.message, screenshot)
                    return None
                return opened if _sign_in_again(opened) else QUIT
        return opened


def _sign_in_again(workspace: Workspace) -> bool:
    """After a restore the database is open with its key but nobody is signed in: the login."""
    from desktop.ui.login_dialog import LoginDialog

    dialog = LoginDialog(workspace)
    accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        workspace.close()
    return accepted


def _unlock(args: argparse.Namespace, languages: LanguageManager):
    """An encrypted database opened with a login and password (the dialog's,
    or for a screenshot the environment's): the workspace signed in, the
    error when the file is damaged, QUIT, or None when the reason was said."""
    database = args.database
    if args.screenshot or os.environ.get(STARTUP_PROBE):
        from desktop.services.encryption import open_with_password

        login = getattr(args, "user", None) or os.environ.get("VILLAGEDESK_USER")
        password = os.environ.get("VILLAGEDESK_PASSWORD")
        if not login or password is None:
            print("villagedesk: " + QCoreApplication.translate(
                "Access", "This database is encrypted: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD "
                          "for a screenshot."), file=sys.stderr)
            return None
        try:
            return open_with_password(database, login, password, check=True)
        except VillageDeskError as exc:
            print(f"villagedesk: {exc.message}", file=sys.stderr)
            return None
    from desktop.ui.unlock_dialog import DAMAGED, UnlockDialog

    dialog = UnlockDialog(database, languages=languages, check=True)
    code = dialog.exec()      # start-up waits for the answer before any window
    dialog.deleteLater()
    if code == DAMAGED:
        return dialog.failure
    return dialog.workspace if code == UnlockDialog.DialogCode.Accepted else QUIT


def _offer_restore(workspace_or_error) -> bool:
    # Imported here: only a damaged database needs it.
    from desktop.ui.damaged_dialog import offer_restore

    return offer_restore(workspace_or_error, None)


def _say_error(message: str, screenshot) -> None:
    if screenshot:
        print(f"villagedesk: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(None, "VillageDesk", message)


def _sign_in_from_environment(workspace: Workspace, args: argparse.Namespace) -> bool:
    """A screenshot of a database with accounts: sign in without asking."""
    login = getattr(args, "user", None) or os.environ.get("VILLAGEDESK_USER")
    password = os.environ.get("VILLAGEDESK_PASSWORD")
    if not login or password is None:
        print("villagedesk: " + QCoreApplication.translate(
            "Access", "This database has user accounts: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD "
                      "for a screenshot."), file=sys.stderr)
        return False
    try:
        workspace.users.login(login, password)
    except VillageDeskError as exc:
        print(f"villagedesk: {exc.message}", file=sys.stderr)
        return False
    return True


def _run_signed_in(app: QApplication, workspace: Workspace, languages: LanguageManager, settings,
                   args: argparse.Namespace) -> int:
    """The window as a user starts it: first administrator or login, then the
    main window, until the last user quits."""
    from desktop.ui.sign_in_flow import SignInFlow

    flow = SignInFlow(workspace, languages, settings, automatic_backups=True)
    # Between two users no window is open: the flow says when to end.
    app.setQuitOnLastWindowClosed(False)
    flow.finished.connect(app.exit)
    if args.open_target:
        code = args.open_target.split(":", 1)[1]

        def open_target(window) -> None:
            try:
                window.open_village_code(code)
            except VillageDeskError as exc:
                print(f"villagedesk: {exc.message}", file=sys.stderr)

        flow.window_opened.connect(open_target)
    flow.start()
    # What start-up made stays for the whole session: take it out of the
    # cyclic GC's full passes, which otherwise walk it on every big fetch.
    gc.freeze()
    code = app.exec()
    flow.workspace.close()
    return code
