"""Data safety → Backups…: the backups of this database, where they are
kept, a backup made now, and a restore.

Backing up and restoring run as Tasks (progress bar and Cancel; a
cancelled backup leaves the last good one as it was). A restore asks
first, says what is lost (the changes made after the backup) and what is
kept (a copy of the database as it is now, with the backups); the window
that opened this one closes its open records first (`before_restore`) and
reloads everything once `restored` is emitted. The folder can be moved to
a second drive or a stick.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui import fonts
from desktop.ui.list_table import as_list_table
from desktop.ui.backup_table_model import COLUMNS, BackupTableModel
from desktop.ui.history_values import local_time
from desktop.ui.inspection_text import FAIL_COLOUR, PASS_COLOUR
from desktop.ui.messages import confirm, show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task


class BackupsWindow(Retranslating, QWidget):
    created = Signal(object)     # the Backup made
    restored = Signal(object)    # the RestoreResult

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws = workspace
        self.language = language
        self.task: Task | None = None
        self.question = None
        self.folder_dialog: QFileDialog | None = None
        self.error = ""
        # Asked before a restore replaces the database: False keeps it (the
        # user kept an unsaved record open).
        self.before_restore: Callable[[], bool] | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("backupsIntro")
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder = QLabel(self)
        self.folder.setObjectName("backupsFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self)
        self.change_folder_button.setObjectName("backupsChangeFolder")
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.setObjectName("backupsOpenFolder")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder_button)
        folder_row.addWidget(self.change_folder_button)

        self.model = BackupTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("backupTable")
        self.view.setModel(self.model)
        as_list_table(self.view, stretch=COLUMNS.index("file"))
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("backupsEmpty")
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupsCreate")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("backupsRestore")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("backupsClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.change_folder_button.clicked.connect(self.change_folder)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.close)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.activated.connect(lambda _index: self.ask_restore())
        self.reload()
        self.retranslate()
        self.resize(900, 560)

    # -- reading ---------------------------------------------------------

    def reload(self, *_args) -> None:
        selected = self.selected_backup()
        self.error = ""
        try:
            backups = self.ws.backups.list()
        except VillageDeskError as exc:
            backups, self.error = [], exc.message
        self.model.set_backups(backups)
        paths = [b.path for b in backups]
        self.view.selectRow(paths.index(selected.path) if selected and selected.path in paths else 0)
        self._show_folder()
        self._show_state()

    def selected_backup(self):
        model = self.view.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.backup_at(rows[0].row()) if rows else None

    def select_backup(self, row: int) -> None:
        self.view.selectRow(row)

    def _show_folder(self) -> None:
        try:
            self.folder.setText(str(self.ws.backups.folder))
        except VillageDeskError as exc:
            self.folder.setText(exc.message)

    def _show_state(self) -> None:
        rows = self.model.rowCount()
        self.empty.setText(self.error or self.tr("There is no backup of this database yet. Make one with "
                                                 "Back up now."))
        self.empty.setStyleSheet(f"color: {FAIL_COLOUR};" if self.error else "")
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        # What the roles do not allow is greyed out with the reason; the service stays the judge.
        idle = self.task is None
        may = self.ws.may
        self.backup_button.setEnabled(idle and may("backup.create"))
        self.change_folder_button.setEnabled(idle and may("backup.folder"))
        self.restore_button.setEnabled(idle and self.selected_backup() is not None and may("backup.restore"))
        admin_only = self.tr("Only an administrator may do this.")
        for button, action in ((self.change_folder_button, "backup.folder"), (self.restore_button, "backup.restore")):
            button.setToolTip("" if may(action) else admin_only)

    def _say(self, text: str, colour: str | None = None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")

    # -- backing up ------------------------------------------------------

    def back_up_now(self) -> Task | None:
        if self.task is not None:
            return None
        backups = self.ws.backups
        self._say("")
        return self._run(self.tr("Making a backup…"), lambda progress: backups.create("manual", progress),
                         self._created)

    def _created(self, backup) -> None:
        self.reload()
        paths = [b.path for b in self.model.backups]
        if backup.path in paths:
            self.view.selectRow(paths.index(backup.path))
        self._say(self.tr("Backup made: {file}").format(file=backup.path.name), PASS_COLOUR)
        self.created.emit(backup)

    def _run(self, title: str, work, on_success, *, application_modal: bool = False) -> Task:
        task = self.task = Task(self, title, work)
        if application_modal:
            # Nothing else may read the database while it is replaced.
            task.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        task.succeeded.connect(on_success)
        task.failed.connect(lambda message: self._failed(title, message))
        task.cancelled.connect(lambda: self._say(self.tr("Cancelled. Nothing was changed.")))
        task.finished.connect(self._task_finished)
        self._update_buttons()
        return task.start()

    def _failed(self, title: str, message: str) -> None:
        self._say(message, FAIL_COLOUR)
        show_error(self, title, message)

    def _task_finished(self) -> None:
        # Not deleted here: its signals' handlers may hold the last reference to this window.
        self.task = None
        self._update_buttons()

    # -- restoring -------------------------------------------------------

    def ask_restore(self):
        backup = self.selected_backup()
        if backup is None or self.task is not None:
            return None
        when = local_time(backup.made_at)
        self.question = confirm(
            self, self.tr("Restore a backup"),
            self.tr("Replace the database with the backup made {when}?\n\nChanges made after {when} are lost. "
                    "The database as it is now is kept with the backups first, so this can be undone by "
                    "restoring that copy.").format(when=when),
            lambda: self.restore(backup))
        return self.question

    def restore(self, backup) -> Task | None:
        if self.task is not None:
            return None
        if self.before_restore is not None and not self.before_restore():
            self._say(self.tr("Not restored: close the open records first."), FAIL_COLOUR)
            return None
        self._say("")
        backups = self.ws.backups
        return self._run(self.tr("Restoring a backup…"), lambda progress: backups.restore(backup, progress),
                         self._restored, application_modal=True)

    def _restored(self, result) -> None:
        self.reload()
        when = local_time(result.restored.made_at)
        if result.safety_copy:
            text = self.tr("Restored the backup made {when}. The database as it was is kept as {file}.").format(
                when=when, file=Path(result.safety_copy).name)
        else:
            text = self.tr("Restored the backup made {when}.").format(when=when)
        self._say(text, PASS_COLOUR)
        self.restored.emit(result)

    # -- the folder ------------------------------------------------------

    def change_folder(self) -> QFileDialog:
        """Choose the folder (not a native dialog: the same on every system, and testable)."""
        dialog = self.folder_dialog = QFileDialog(self, self.tr("Folder for backups"))
        dialog.setObjectName("backupsFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        try:
            dialog.setDirectory(str(self.ws.backups.folder))
        except VillageDeskError:
            pass
        # Bound methods, not lambdas: a handler holding this window must not
        # be what the dialog's deletion lets go of last.
        dialog.fileSelected.connect(self._folder_chosen)
        dialog.finished.connect(self._forget_folder_dialog)
        dialog.open()
        return dialog

    def _folder_chosen(self, path: str) -> None:
        self.set_folder(Path(path))

    def _forget_folder_dialog(self, _result: int = 0) -> None:
        dialog, self.folder_dialog = self.folder_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def set_folder(self, folder: Path) -> bool:
        try:
            self.ws.backups.set_folder(folder)
        except VillageDeskError as exc:
            self._say(exc.message, FAIL_COLOUR)
            show_error(self, self.tr("Folder for backups"), exc.message)
            return False
        self.reload()
        self._say(self.tr("Backups are kept in {folder} from now on.").format(folder=folder), PASS_COLOUR)
        return True

    def open_folder(self) -> None:
        try:
            folder = self.ws.backups.folder
        except VillageDeskError as exc:
            show_error(self, self.tr("Folder for backups"), exc.message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "A backup of the database is made at start-up, after every hour of work and before every import. "
            "The last 10 are kept, with the newest of each day for a week and of each week for five weeks."))
        self.folder_label.setText(self.tr("Kept in:"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.change_folder_button.setText(self.tr("Change folder…"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.close_button.setText(self.tr("Close"))
        self.model.refresh()
        self._show_state()
