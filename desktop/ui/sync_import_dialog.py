"""Exchange → Import bundle…: choose a `.vdbundle` file, check it, look at
what it would change, import it.

Checking (`ws.sync.stage`) and importing (`ws.sync.apply`) run off the GUI
thread with progress and Cancel. Checking writes nothing to the database:
the bundle is verified and unpacked in the staging folder and compared
with the database; the summary shows the result. Import writes all of it
in one transaction, then shows what was written, emits `changed` with
each change set written (the bundle's, and those of bundles that waited
for it; the menu puts them on the window's change hub) and `imported` with
the ImportSummary. A refused bundle is said in the dialog, in red, and nothing else
happens. Closing without importing discards the staging.

    dialog = SyncImportDialog(ws, "zh_CN", window)           # the user presses Choose…
    dialog = SyncImportDialog(ws, "zh_CN", window, path=p)   # checks p at once
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync.results import BundleState, ImportSummary
from desktop.ui.inspection_text import FAIL_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.sync_folder import last_folder, remember
from desktop.ui.sync_import_summary import SyncImportSummary
from desktop.ui.task_runner import Task


class SyncImportDialog(Retranslating, QDialog):
    imported = Signal(object)     # the ImportSummary of what was written
    changed = Signal(object)      # each ChangeSet written, for the change hub

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None, *,
                 path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncImportDialog")
        self.ws = workspace
        self.language = language
        self.task: Task | None = None
        self.staged = None            # the StagedBundle waiting for Import
        self.result: ImportSummary | None = None
        self.refusal_text = ""
        self._made: list = []         # staged bundles the worker made, until they are shown

        self.file_label = QLabel(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("syncBundlePath")
        self.path.setReadOnly(True)
        self.choose = QPushButton(self)
        self.choose.setObjectName("syncChooseBundle")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("syncRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(f"color: {FAIL_COLOUR}; border: 1px solid {FAIL_COLOUR}; padding: 8px;")
        self.refusal.hide()
        self.status = QLabel(self)
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.summary = SyncImportSummary(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("syncImportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("syncCloseButton")
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.refusal)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(900, 640)
        if path is not None:
            self.stage_file(path)

    # -- state -----------------------------------------------------------------

    def can_import(self) -> bool:
        return (self.task is None and self.staged is not None and self.result is None
                and self.staged.summary.state is BundleState.READY)

    def _update(self) -> None:
        self.import_button.setVisible(self.staged is not None and self.result is None
                                      and self.staged.summary.state is BundleState.READY)
        self.import_button.setEnabled(self.can_import())
        self.choose.setEnabled(self.task is None and self.result is None)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _refuse(self, text: str) -> None:
        self.refusal_text = text
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    def _discard(self) -> None:
        if self.staged is not None:
            self.staged.close()
            self.staged = None

    # -- checking ----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import bundle"), last_folder(),
                                              self.tr("VillageDesk bundles (*.vdbundle);;All files (*)"))
        if path:
            self.stage_file(path)

    def stage_file(self, path: str | Path) -> Task | None:
        """Check `path` and show what it would change (writes nothing)."""
        if self.task is not None or self.result is not None:
            return None
        path = Path(path).expanduser()
        self._discard()
        self.path.setText(str(path))
        remember(path.parent)
        self._refuse("")
        self._say(self.tr("Checking {file}…").format(file=path.name))
        self.summary.set_summary(None)
        sync, made = self.ws.sync, self._made

        def work(progress):
            staged = sync.stage(path, progress)
            made.append(staged)   # for done(): closed even if the dialog goes before it hears of it
            return staged

        self.task = Task(self, self.tr("Checking the bundle…"), work)
        self.task.succeeded.connect(self._staged)
        self.task.failed.connect(lambda message: self._failed(message, path))
        self.task.cancelled.connect(lambda: self._say(self.tr("Checking was cancelled. Nothing was imported.")))
        self.task.finished.connect(self._finished)
        self._update()
        return self.task.start()

    def _staged(self, staged) -> None:
        if staged in self._made:
            self._made.remove(staged)
        if self._closing:
            staged.close()
            return
        self.staged = staged
        self._say("")
        self.summary.set_summary(staged.summary, peer=self._peer(staged.summary.sender_id),
                                 me=self.ws.installation_id, language=self.language)

    def _peer(self, installation_id: str):
        try:
            return self.ws.sync.peer(installation_id)
        except Exception:   # noqa: BLE001 - the name is a nicety; the summary has the sender's own
            return None

    def _failed(self, message: str, path: Path) -> None:
        self._say("")
        self._refuse(self.tr("{file} was refused: {reason}").format(file=path.name, reason=message))

    def _finished(self) -> None:
        self.task = None
        self._update()

    # -- importing ---------------------------------------------------------------

    def start_import(self) -> Task | None:
        if not self.can_import():
            return None
        staged, sync = self.staged, self.ws.sync
        self._say(self.tr("Importing…"))
        self.task = Task(self, self.tr("Importing the bundle…"), lambda progress: sync.apply(staged, progress))
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(self._import_failed)
        self.task.cancelled.connect(lambda: self._say(self.tr("Cancelled. Nothing was imported.")))
        self.task.finished.connect(self._finished)
        self._update()
        return self.task.start()

    def _imported(self, summary: ImportSummary) -> None:
        self._say("")
        if summary.state is not BundleState.IMPORTED:   # imported by someone else meanwhile
            self.summary.set_summary(summary, peer=self.summary.peer, me=self.ws.installation_id)
            self._discard()
            return
        self.result = summary
        self.staged = None            # apply cleaned the staging up
        self.summary.set_summary(summary, peer=self.summary.peer, me=self.ws.installation_id)
        for done in (summary, *summary.pending_imported):
            if done.changeset:
                self.changed.emit(done.changeset)
        self.imported.emit(summary)

    def _import_failed(self, message: str) -> None:
        self._say("")
        self._refuse(self.tr("The bundle was not imported: {reason}").format(reason=message))

    # -- closing ---------------------------------------------------------------

    _closing = False

    def reject(self) -> None:
        if self.task is not None:     # Escape while working cancels the work; the dialog stays
            self.task.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._closing = True
        if self.task is not None:     # closed while working: stop the work first
            self.task.cancel()
            self.task.worker.wait()
        self._discard()
        while self._made:
            self._made.pop().close()
        super().done(result)

    # -- language --------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        if self.summary.summary is not None:
            self.summary.set_summary(self.summary.summary, peer=self.summary.peer, me=self.summary.me,
                                     language=language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bundle"))
        self.file_label.setText(self.tr("Bundle file"))
        self.choose.setText(self.tr("Choose…"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
