"""Data safety → Encrypt the database…: an administrator converts a plain
database that already has accounts.

The administrator's own password wraps the new key (the encryption service
checks it): nothing changes until it is right. The conversion is long work
with a progress bar and Cancel (a backup first, then the database, its
backups and its attachments). Other accounts get no key, since their
passwords are not known: the dialog names them beforehand, and the
recovery sheet shown afterwards names them again.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.form_dialog import FormDialog
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task


def encryption_task(parent: QWidget, workspace, password: str, encrypt=None) -> Task:
    """The conversion as a Task (started by the caller): a progress bar and
    Cancel; `succeeded` carries the EncryptionResult."""
    if encrypt is None:
        from desktop.services.encryption import encrypt_database as encrypt
    title = QCoreApplication.translate("Encryption", "Encrypting the database…")
    return Task(parent, title, lambda progress: encrypt(workspace, password, progress))


class EncryptDialog(Retranslating, FormDialog):
    encrypted = Signal(object)   # the EncryptionResult

    def __init__(self, workspace, parent: QWidget | None = None, *,
                 encrypt: Callable | None = None) -> None:
        """`encrypt(ws, password, progress) -> EncryptionResult` (by default the encryption service's)."""
        super().__init__(parent)
        self.setObjectName("encryptDialog")
        self.ws = workspace
        self.encrypt_work = encrypt
        self.task: Task | None = None
        self.result_encryption = None
        self._message = None
        user = workspace.user
        self.others = sorted(a.login for a in workspace.users.list()
                             if not a.disabled and a.login != getattr(user, "login", None))

        self.heading = QLabel(self)
        self.heading.setObjectName("encryptHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("encryptNote")
        self.note.setWordWrap(True)
        self.others_note = QLabel(self)
        self.others_note.setObjectName("encryptOthers")
        self.others_note.setWordWrap(True)
        self.others_note.setVisible(bool(self.others))
        self.password = password_field(self, "encryptPassword")
        self.password_label = QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.password_label, self.password)
        self.message = message_label(self, "encryptMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.encrypt_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.encrypt_button.setObjectName("encryptButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("encryptCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.others_note)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.password.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(600, self.sizeHint().height())

    def _update(self) -> None:
        running = self.task is not None
        self.encrypt_button.setEnabled(bool(self.password.text()) and not running)
        self.cancel_button.setEnabled(not running)
        self.password.setEnabled(not running)

    def start(self) -> Task | None:
        """Encrypt with the password typed, off the GUI thread."""
        if not self.encrypt_button.isEnabled():
            return None
        self._say(None)
        task = self.task = encryption_task(self, self.ws, self.password.text(), self.encrypt_work)
        task.succeeded.connect(self._done)
        task.failed.connect(lambda message: self._say(lambda text=message: text))
        task.cancelled.connect(lambda: self._say(lambda: self.tr("Cancelled. The database was not changed.")))
        task.finished.connect(self._finished)
        self._update()
        return task.start()

    def _done(self, result) -> None:
        self.result_encryption = result
        self.password.clear()

    def _finished(self) -> None:
        # Not deleted here: its signals' handlers may hold the last reference to this window.
        self.task = None
        self._update()
        if self.result_encryption is not None:
            self.encrypted.emit(self.result_encryption)
            self.accept()
        else:
            self.password.clear()
            self.password.setFocus()

    def reject(self) -> None:
        if self.task is None:   # the work stops through its own Cancel, not by closing this
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Encrypt the database"))
        self.heading.setText(self.tr("Encrypt the database {name}").format(
            name=self.ws.path.name if self.ws.path else ""))
        self.note.setText(self.tr(
            "Afterwards the database, its backups and its evidence files can be read only with a password "
            "or the recovery key: a lost laptop or USB stick shows nothing. A backup is made first. Then a "
            "recovery key is shown once: print it or save it."))
        self.others_note.setText(self.tr(
            "The other accounts ({logins}) cannot sign in afterwards until you reset their passwords: their "
            "passwords are not known here.").format(logins=", ".join(self.others)))
        self.password_label.setText(self.tr("Your password"))
        self.encrypt_button.setText(self.tr("Encrypt"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._message:
            self._say(self._message)
