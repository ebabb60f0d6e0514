"""A backup after every hour of work, made without being asked.

A timer asks `ws.backups.due()` every few minutes (the service knows when
the last backup was made and whether anything changed since); when one is
due it is made off the GUI thread. Nothing is shown while it goes well
(a line in the status bar at most); a failure is said once in a message
(a full disk, a pulled stick) and not tried again for an hour, so a
missing folder does not nag every few minutes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core.errors import VillageDeskError
from desktop.ui.messages import show_error

CHECK_EVERY_MS = 5 * 60 * 1000
QUIET_AFTER_FAILURE = timedelta(hours=1)


class _Backup(QThread):
    succeeded = Signal(object)     # the Backup, or None when none was needed
    failed = Signal(str)

    def __init__(self, backups, reason: str, parent: QObject) -> None:
        super().__init__(parent)
        self.backups = backups
        self.reason = reason

    def run(self) -> None:
        try:
            known = {b.path for b in self.backups.list()}
            # The automatic kind: never raises for a backup that cannot be
            # made (says why in last_error); hands back the newest one when
            # it already holds the same history.
            backup = self.backups.before(self.reason)
        except Exception as exc:  # a bug: still say something, and keep the app alive
            self.failed.emit(str(getattr(exc, "message", "")) or f"{type(exc).__name__}: {exc}")
            return
        if backup is None and self.backups.last_error:
            self.failed.emit(self.backups.last_error)
        else:
            self.succeeded.emit(backup if backup is not None and backup.path not in known else None)


class HourlyBackup(QObject):
    made = Signal(object)      # the Backup made
    failed = Signal(str)
    finished = Signal()

    def __init__(self, workspace: Callable[[], object], parent: QWidget, *, interval_ms: int = CHECK_EVERY_MS,
                 now: Callable[[], datetime] | None = None, busy: Callable[[], bool] = lambda: False) -> None:
        """`workspace()` gives the open workspace (the window may switch
        databases); `busy()` says another backup or a restore is running."""
        super().__init__(parent)
        self.window = parent
        self.workspace = workspace
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.busy = busy
        self.worker: _Backup | None = None
        self.quiet_until: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("hourlyBackupTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        # A copy still running when the app quits is finished first (a
        # thread destroyed while it runs takes the app down).
        QCoreApplication.instance().aboutToQuit.connect(self.wait)
        parent.installEventFilter(self)     # ... and when its window closes (signing out)

    def start(self, *, startup: bool = True) -> None:
        """Check every few minutes from now on; with `startup`, make the
        start-up backup at once (skipped when the newest holds the same)."""
        self.timer.start()
        if startup:
            self._begin("startup")

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.worker is not None

    def check(self) -> bool:
        """Start a backup if one is due; True if one was started."""
        now = self.now()
        if self.running or self.busy() or (self.quiet_until is not None and now < self.quiet_until):
            return False
        backups = self.workspace().backups
        try:
            due = backups.due(now)
        except VillageDeskError:
            return False      # e.g. signed out: the next check asks again
        if not due:
            return False
        return self._begin("hourly")

    def _begin(self, reason: str) -> bool:
        if self.running or self.busy():
            return False
        worker = self.worker = _Backup(self.workspace().backups, reason, self)
        worker.succeeded.connect(self._made)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        worker.start()
        return True

    def _made(self, backup) -> None:
        self.quiet_until = None
        if backup is not None and isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(self.tr("Backup made: {file}").format(file=backup.path.name), 5000)
        if backup is not None:
            self.made.emit(backup)

    def _failed(self, message: str) -> None:
        self.quiet_until = self.now() + QUIET_AFTER_FAILURE
        show_error(self.window, self.tr("Automatic backup failed"), message)
        self.failed.emit(message)

    def _finished(self) -> None:
        # QThread.finished comes just before the thread ends: wait for it.
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.finished.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def wait(self) -> None:
        """Let a backup in progress finish (closing the database after it)."""
        if self.worker is not None:
            self.worker.wait()
