"""Progress and cancellation for long work (demo data, imports, exports, sync).

Long work is a plain function that takes a `Progress`. The GUI runs it off the
GUI thread and shows a bar with a Cancel button; the CLI prints or ignores it.
Cancelling raises `Cancelled` at the next `step`, and the caller rolls back.
"""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


class Progress:
    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_report = on_report
        self.done = 0
        self.total = 0
        self.text = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Report how far the work is; raises Cancelled if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text
        if self._on_report:
            self._on_report(self.done, self.total, self.text)


NO_PROGRESS = Progress()
