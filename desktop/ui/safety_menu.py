"""The main window's Data safety menu: the backups (the list, a restore, the
folder), a backup made now, the check of the audit trail, and "Encrypt the
database…" (an administrator's, on a plain database with accounts); and
the backup made after every hour of work (hourly_backup.py).

A restore replaces the whole database: the window's open records are
closed first (each asks about unsaved changes; keeping one stops the
restore), the undo stack is emptied (its change sets may not exist in the
backup) and every view reads again, told by a change set that names every
table as changed in bulk.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.changes import ChangeSet
from desktop.ui.hourly_backup import HourlyBackup
from desktop.ui.main_actions import make_action
from desktop.ui.messages import open_dialog, show_error
from desktop.ui.task_runner import Task

# Every table a view may show: after a restore each is announced as changed.
TABLES = ("admin_unit", "checklist_template", "warning_policy", "village", "collective_income", "village_rating",
          "person", "post", "inspection", "inspection_answer", "inspection_evidence", "village_warning", "problem",
          "problem_event", "problem_evidence", "plan", "plan_item", "plan_event", "support_activity",
          "acceptance_review")


def restored_changeset(actor: str, restore_id: str = "") -> ChangeSet:
    """What a restore changed, for the views: everything."""
    return ChangeSet(id=restore_id, action="backup.restore", actor=actor, at=datetime.now(timezone.utc),
                     changes=(), bulk=tuple((table, 0) for table in TABLES))


class SafetyMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.backups_window = None
        self.audit_dialog = None
        self.encrypt_dialog = None
        self.recovery_sheet = None

        def action(name: str, slot) -> QAction:
            return make_action(window, name, None, slot)

        self.backups_action = action("safetyBackups", self.open_backups)
        self.backup_now_action = action("safetyBackupNow", self.back_up_now)
        self.audit_action = action("safetyAudit", self.open_audit)
        self.encrypt_action = action("safetyEncrypt", self.encrypt)
        self.menu = QMenu(window)
        self.menu.setObjectName("safetyMenu")
        self.menu.addActions([self.backups_action, self.backup_now_action])
        self.menu.addSeparator()
        self.menu.addAction(self.audit_action)
        self.menu.addSeparator()
        self.menu.addAction(self.encrypt_action)
        # Started by start-up (start_automatic_backups), not here: a window
        # made for a test or a screenshot makes no backups of its own.
        self.hourly = HourlyBackup(lambda: self.window.ws, window, busy=self.busy)
        self.menu.aboutToShow.connect(self.update_actions)
        # Not retranslated by the main window (it knows the menus of earlier issues only).
        window.languages.changed.connect(self._on_language)
        self.retranslate()

    @property
    def ws(self):
        return self.window.ws

    @property
    def language(self) -> str:
        return self.window.languages.language

    def start_automatic_backups(self) -> None:
        """The start-up backup now (off the GUI thread), then one after every hour of work."""
        self.hourly.start(startup=True)

    def busy(self) -> bool:
        """A backup or a restore is running (the hourly one waits)."""
        return (self.task is not None or (self.backups_window is not None and self.backups_window.task is not None)
                or (self.encrypt_dialog is not None and self.encrypt_dialog.task is not None))

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Data &safety"))
        self.backups_action.setText(self.tr("Backups…"))
        self.backup_now_action.setText(self.tr("Back up now"))
        self.audit_action.setText(self.tr("Check the audit trail…"))
        self.encrypt_action.setText(self.tr("Encrypt the database…"))

    def update_actions(self) -> None:
        """Grey out what the signed-in user's roles do not allow (the services still check)."""
        self.backup_now_action.setEnabled(self.ws.may("backup.create"))
        self.audit_action.setEnabled(self.ws.may("audit.verify"))
        # Open access has no password to wrap the key with; an encrypted database is done.
        plain = getattr(self.ws.db, "key", None) is None
        self.encrypt_action.setVisible(plain)
        self.encrypt_action.setEnabled(plain and self.ws.may("database.encrypt") and not self.ws.db.read_only
                                       and self.ws.users.has_accounts())

    def _on_language(self, language: str) -> None:
        self.retranslate()
        if self.backups_window is not None:
            self.backups_window.set_language(language)

    # -- backups ---------------------------------------------------------

    def open_backups(self):
        from desktop.ui.backups_window import BackupsWindow

        if self.backups_window is None:
            shown = self.backups_window = BackupsWindow(self.ws, self.language, self.window)
            shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            shown.destroyed.connect(self._backups_closed)
            shown.before_restore = self.close_records
            shown.restored.connect(self.after_restore)
        self.backups_window.show()
        self.backups_window.raise_()
        self.backups_window.activateWindow()
        return self.backups_window

    def _backups_closed(self, *_args) -> None:
        self.backups_window = None

    def back_up_now(self) -> Task | None:
        if self.busy() or self.hourly.running:
            return None
        backups = self.ws.backups
        title = self.tr("Making a backup…")
        task = self.task = Task(self.window, title, lambda progress: backups.create("manual", progress))
        task.succeeded.connect(self._made)
        task.failed.connect(lambda message: show_error(self.window, self.tr("Back up now"), message))
        task.finished.connect(self._finished)
        return task.start()

    def _made(self, backup) -> None:
        self.window.statusBar().showMessage(self.tr("Backup made: {file}").format(file=backup.path.name), 8000)
        if self.backups_window is not None:
            self.backups_window.reload()

    def _finished(self) -> None:
        # Not deleted here: its signals' handlers may hold the last reference to this window.
        self.task = None

    def close_records(self) -> bool:
        """Close the window's open records before a restore; False if the user keeps one."""
        if self.hourly.running:
            self.hourly.wait()
        return self.window._close_file_dialogs()   # each asks about unsaved changes

    def after_restore(self, result) -> None:
        self.window.undo_stack.clear()
        self.window.hub.changed.emit(restored_changeset(self.ws.actor))
        self.window.statusBar().showMessage(self.tr("The backup was restored."), 8000)

    # -- the audit trail -------------------------------------------------

    def open_audit(self):
        from desktop.ui.audit_dialog import AuditDialog

        self.audit_dialog = open_dialog(AuditDialog(self.ws, self.window))
        return self.audit_dialog

    # -- encrypting ------------------------------------------------------

    def encrypt(self, encrypt=None):
        """Encrypt the database (asks the administrator's password), then show
        its recovery sheet. `encrypt`: the work, for a test (default: the service)."""
        from desktop.ui.encrypt_dialog import EncryptDialog

        if self.encrypt_dialog is not None:
            return self.encrypt_dialog
        if self.busy() or not self.close_records():   # the database is reopened under the window
            return None
        dialog = self.encrypt_dialog = EncryptDialog(self.ws, self.window, encrypt=encrypt)
        dialog.encrypted.connect(self.after_encryption)
        dialog.finished.connect(self._encrypt_closed)
        dialog.open()
        return dialog

    def _encrypt_closed(self, _result: int) -> None:
        if self.encrypt_dialog is not None:
            self.encrypt_dialog.deleteLater()
            self.encrypt_dialog = None

    def after_encryption(self, result):
        from desktop.ui.recovery_sheet_dialog import show_recovery_sheet

        # Every view reads again from the database reopened on the encrypted file.
        self.window.undo_stack.clear()
        self.window.hub.changed.emit(restored_changeset(self.ws.actor))
        self.window.statusBar().showMessage(self.tr("The database is encrypted."), 8000)
        self.recovery_sheet = show_recovery_sheet(self.window, self.ws, result, self.language)
        self.recovery_sheet.destroyed.connect(lambda *_a: setattr(self, "recovery_sheet", None))
        return self.recovery_sheet
