"""File → Import roster…: choose a workbook, map the headers not
recognised, look at the preview, import.

Reading and importing run off the GUI thread with progress and Cancel
(task_runner). Reading writes nothing; Import asks first, then writes all
of the preview in one transaction (RosterImportService.apply) and emits
`changed`, which the main window puts on its undo stack. A workbook that
cannot be read, or villages changed since the preview, is a message and
nothing written.

    wizard.read_file(path)            # as choosing the file does
    wizard.mapping_page.choose("手机", "phone"); wizard.next()
    wizard.preview_page.save_rejects(path)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from desktop.ui.messages import ask, show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.roster_file_page import RosterFilePage
from desktop.ui.roster_mapping_page import RosterMappingPage
from desktop.ui.roster_preview_page import RosterPreviewPage
from desktop.ui.task_runner import Task

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = 0, 1, 2


class RosterImportWizard(Retranslating, QWizard):
    changed = Signal(object, str)     # the import's change set, its undo text
    folder_used = Signal(str)         # the folder of the workbook read

    def __init__(self, workspace, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportWizard")
        self.ws = workspace
        self.folder = folder
        self.preview = None
        self.task: Task | None = None
        self.changeset = None
        self.file_page = RosterFilePage(self)
        self.mapping_page = RosterMappingPage(self)
        self.preview_page = RosterPreviewPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1080, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import roster"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))

    # -- reading -------------------------------------------------------------

    def has_preview_of(self, path: Path) -> bool:
        return self.preview is not None and self.preview.path == Path(path)

    def page_after_file(self) -> int:
        return MAPPING_PAGE if self.mapping_page.has_columns else PREVIEW_PAGE

    def read_file(self, path: str | Path) -> Task | None:
        """Read `path` (a new workbook: the mapping starts afresh) and move on to what it needs."""
        path = Path(path).expanduser()
        self.file_page.path.setText(str(path))
        if self.preview is not None and self.preview.path != path:
            self.mapping_page.clear()
        return self._read(path, {}, FILE_PAGE)

    def read_again(self, mapping: dict) -> Task | None:
        """Read the same workbook with the user's mapping of its columns."""
        return self._read(self.preview.path, mapping, MAPPING_PAGE)

    def _read(self, path: Path, mapping: dict, from_page: int) -> Task | None:
        if self.task is not None:
            return None
        roster = self.ws.roster
        self.file_page.status.setText(self.tr("Reading {file}…").format(file=path.name))
        self.task = Task(self, self.tr("Reading {file}…").format(file=path.name),
                         lambda progress: roster.preview(path, mapping, progress))
        self.task.succeeded.connect(lambda preview: self.show_preview(preview, from_page))
        self.task.failed.connect(lambda message: self._read_failed(path, message))
        self.task.cancelled.connect(lambda: self.file_page.status.setText(
            self.tr("Reading was cancelled. Nothing was written.")))
        self.task.finished.connect(self._task_finished)
        return self.task.start()

    def show_preview(self, preview, from_page: int = FILE_PAGE) -> None:
        """Show a workbook's reading (a RosterPreview) on the pages, moving on from `from_page`."""
        self.preview = preview
        self.folder = str(preview.path.parent)
        self.folder_used.emit(self.folder)
        self.file_page.status.setText(self.tr("{file}: {rows} rows read.").format(
            file=preview.path.name, rows=preview.rows_read))
        self.mapping_page.set_preview(preview, self.ws.roster.columns())
        self.preview_page.set_preview(preview)
        # Move on from the page that asked for the reading, if the user is still on it.
        if self.currentId() == from_page:
            self.next()

    def _read_failed(self, path: Path, message: str) -> None:
        self.file_page.status.setText(self.tr("{file} was not read.").format(file=path.name))
        show_error(self, self.tr("Import roster"), message)

    def _task_finished(self) -> None:
        # QThread.finished comes just before the thread ends: wait for it, or
        # closing (deleting) the wizard now would destroy a running thread.
        self.task.worker.wait()
        self.task = None
        if self.changeset is not None:
            super().accept()

    # -- importing -------------------------------------------------------------

    def accept(self) -> None:
        """Import pressed: ask, then write (the wizard closes once it is written)."""
        if self.task is not None or self.preview is None or not self.preview.has_changes:
            return
        c = self.preview.counts()
        text = self.tr(
            "Import {villages} new and {changed_villages} changed villages, {people} new and {changed_people} "
            "changed people, {posts} new and {changed_posts} changed posts, and create {townships} townships?").format(
            villages=c["village"]["added"], changed_villages=c["village"]["changed"], people=c["person"]["added"],
            changed_people=c["person"]["changed"], posts=c["post"]["added"], changed_posts=c["post"]["changed"],
            townships=c["township"]["added"])
        if self.preview.rejected:
            text += "\n" + self.tr("{count} rejected rows are left out.").format(count=len(self.preview.rejected))
        buttons = QMessageBox.StandardButton
        ask(self, self.tr("Import roster"), text, buttons.Yes | buttons.Cancel, buttons.Cancel,
            lambda answer: self.start_import() if answer == buttons.Yes else None)

    def start_import(self) -> Task | None:
        if self.task is not None or self.preview is None:
            return None
        preview, roster = self.preview, self.ws.roster
        self.task = Task(self, self.tr("Importing the roster…"), lambda progress: roster.apply(preview, progress))
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(self._import_failed)
        self.task.cancelled.connect(lambda: show_error(self, self.tr("Import roster"),
                                                       self.tr("Cancelled. Nothing was written.")))
        self.task.finished.connect(self._task_finished)
        return self.task.start()

    def _import_failed(self, message: str) -> None:
        """Nothing was written. Most often the database changed since the
        preview: once the user has read why, read the workbook again so the
        preview shows what Import would now do."""
        box = show_error(self, self.tr("Import roster"), message)
        preview = self.preview
        box.finished.connect(lambda _r: self._read(preview.path, preview.mapping, PREVIEW_PAGE))

    def _imported(self, changeset) -> None:
        """Written: announce it; the wizard closes once the work's thread has ended."""
        self.changeset = changeset
        if changeset:
            self.changed.emit(changeset, self.tr("import roster {file}").format(file=self.preview.path.name))

    def reject(self) -> None:
        if self.task is not None:     # the progress dialog's Cancel stops the work; the wizard stays
            self.task.cancel()
            return
        super().reject()
