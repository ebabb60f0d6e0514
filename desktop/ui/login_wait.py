"""The wait after too many wrong passwords, counted down on screen.

The login dialog and the lock screen both show it. The service says how
long (`LoginRefused.retry_after`); this counts to that moment on the same
clock the screen hands the service (`now=`), so a test moves the clock and
fires the timer instead of waiting.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def wait_text(seconds: int) -> str:
    """m:ss, the same in every language."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


class LoginWait(QObject):
    ticked = Signal(int)   # whole seconds still to wait (> 0)
    over = Signal()

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.until: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    @property
    def waiting(self) -> bool:
        return self.until is not None

    def start(self, seconds: float) -> None:
        self.until = self.clock() + timedelta(seconds=seconds)
        self.timer.start()
        self.tick()

    def remaining(self) -> int:
        if self.until is None:
            return 0
        return max(0, math.ceil((self.until - self.clock()).total_seconds()))

    def tick(self) -> None:
        left = self.remaining()
        if left > 0:
            self.ticked.emit(left)
            return
        self.stop()
        self.over.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.until = None
