"""Long work off the GUI thread, with a progress bar and a Cancel button.

The work is a plain function taking a `Progress`; Cancel asks it to stop at
its next step, and the service rolls back, so a cancelled run writes nothing.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import VillageDeskError
from desktop.core.progress import Cancelled, Progress


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self.progress = Progress(lambda done, total, text: self.progressed.emit(done, total, text))

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except VillageDeskError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # a bug: still say something, and keep the app alive
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One run of long work, shown in a progress dialog."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)
        self.worker = _Worker(work, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        self.worker.cancelled.connect(self.cancelled)
        self.worker.finished.connect(self._on_finished)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> "Task":
        self.worker.start()
        return self

    def cancel(self) -> None:
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self.worker.progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.dialog.setRange(0, total)
            self.dialog.setValue(done)
        if text and not self.worker.progress.cancelled:
            self.dialog.setLabelText(text)

    def _on_finished(self) -> None:
        # QThread.finished is emitted just before the thread ends: a window
        # deleted on our signal would destroy a thread still running.
        self.worker.wait()
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()
