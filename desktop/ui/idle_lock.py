"""Locking a window left alone: after `settings.lock_after_minutes` without
a key press, click or wheel anywhere in the application (or at once, by
Account → Lock now), every window is hidden and the lock screen shown.

The event filter notes the time of the last input; the timer looks every
half minute at most. Time asleep counts as idle (the clock is the boot
clock where there is one: a laptop closed for lunch locks), and the first
input after a long idle period locks instead of reaching the window, so a
key pressed on waking does nothing to the records. Windows that appear
while locked (a message from work running in the background) are hidden
too and come back on unlock; menus and tooltips are just closed.

Tests fire `timer.timeout` with an injected clock; nobody waits.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.lock_screen import LockScreen
from desktop.ui.login_wait import utc_now

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin})
LOOK_EVERY = 30.0   # seconds: the most the timer waits between looks
PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)   # closed by the lock, not brought back


def idle_clock() -> float:
    """Seconds on a clock that also runs while the computer sleeps (Linux's
    boot clock; Windows' monotonic clock already does)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    switch_user = Signal()   # "Sign in as someone else" on the lock screen

    def __init__(self, workspace: Callable[[], object], minutes: float, parent: QObject | None = None, *,
                 clock: Callable[[], float] = idle_clock, login_clock: Callable[[], datetime] = utc_now,
                 cover: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__(parent)
        self.workspace = workspace   # the window's current workspace (it can open another database)
        self.seconds = max(0.0, float(minutes) * 60)
        self.clock = clock
        self.login_clock = login_clock
        self.cover = cover           # the window whose place the lock screen takes
        self.last_input = clock()
        self.screen: LockScreen | None = None
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._installed = False

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def start(self) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self.last_input = self.clock()
        self._look_in(self.seconds)

    def _look_in(self, seconds: float) -> None:
        if self.seconds:
            self.timer.start(max(1, int(min(seconds, LOOK_EVERY) * 1000)))

    def stop(self) -> None:
        """Stop watching (signed out); a lock screen still up is closed."""
        self.timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False
        self._close_screen()
        self.hidden = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in ACTIVITY:
            if self.screen is not None:
                return False
            now = self.clock()
            if self.seconds and now - self.last_input >= self.seconds:
                self.lock()     # back after the idle period (asleep): this input reaches nothing
                return True
            self.last_input = now
        elif kind == QEvent.Type.Show and self.screen is not None and isinstance(watched, QWidget) \
                and watched.isWindow() and not self._ours(watched):
            self._hide(watched)
        return False

    def check(self) -> None:
        """The timer's end: lock if there was no input for the whole period."""
        if self.is_locked or not self.seconds:
            return
        idle = self.clock() - self.last_input
        if idle >= self.seconds:
            self.lock()
        else:
            self._look_in(self.seconds - idle)

    def lock(self) -> LockScreen:
        if self.screen is not None:
            return self.screen
        self.timer.stop()
        cover = self.cover()
        geometry = cover.geometry() if cover is not None and cover.isVisible() else None
        self.hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isWindow():
                if widget.windowType() in PASSING:
                    widget.close()
                    continue
                self.hidden.append(widget)
                widget.hide()
        self.screen = LockScreen(self.workspace(), None, clock=self.login_clock)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.switch_user.connect(self._switch_user)
        if geometry is not None:
            self.screen.setGeometry(geometry)
        else:
            self.screen.resize(960, 640)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.locked.emit()
        return self.screen

    def _hide(self, widget: QWidget) -> None:
        if widget not in self.hidden and widget.windowType() not in PASSING:
            self.hidden.append(widget)
        # Once the show has finished: hiding inside it would not stick.
        QTimer.singleShot(0, widget, widget.hide)

    def _ours(self, widget: QWidget) -> bool:
        """The lock screen or a window of its own (its question box)."""
        w = widget
        while w is not None:
            if w is self.screen:
                return True
            w = w.parentWidget()
        return False

    def _close_screen(self) -> None:
        if self.screen is not None:
            screen, self.screen = self.screen, None
            screen.allow_close = True
            screen.close()
            screen.deleteLater()

    def _unlocked(self) -> None:
        hidden, self.hidden = self.hidden, []
        self._close_screen()
        for widget in hidden:
            try:
                widget.show()
            except RuntimeError:   # closed and deleted while locked
                continue
        if hidden:
            try:
                hidden[0].raise_()
                hidden[0].activateWindow()
            except RuntimeError:
                pass
        self.last_input = self.clock()
        self._look_in(self.seconds)
        self.unlocked.emit()

    def _switch_user(self) -> None:
        # The windows stay hidden: whoever owns them (the start-up flow)
        # closes them without showing them again.
        self.hidden = []
        self.timer.stop()
        self._close_screen()
        self.switch_user.emit()
