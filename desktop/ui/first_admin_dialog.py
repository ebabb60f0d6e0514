"""The first start of a database without accounts: make its administrator.

Until then the database is open to whoever starts the program; this
account is the first one and is signed in at once. The administrator then
adds the others (Account → Users…). The password policy is the service's:
its message says what is wrong.

Right after, the database is encrypted under a new key wrapped with this
password (services/encryption.encrypt_database, with a progress bar and
Cancel): `created` is emitted once that is over, with the result in
`encryption` (its recovery key to show) or the reason it was not done in
`encryption_failure` (the database stays plain and can be encrypted later
from Data safety). A server database (no file) is not encrypted here.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.retranslate import Retranslating
from desktop.ui.form_dialog import FormDialog


class FirstAdminDialog(Retranslating, FormDialog):
    created = Signal(object)   # who is signed in now: the new administrator (a core.access Session)

    def __init__(self, workspace, parent: QWidget | None = None, *, quit_text: bool = True,
                 encrypt: Callable | None = None) -> None:
        """`encrypt(ws, password, progress) -> EncryptionResult`: by default the encryption service's."""
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.ws = workspace
        self.quit_text = quit_text
        self.encrypt_work = encrypt
        self.signed_in_as = None
        self.task = None
        self.encryption = None           # the EncryptionResult
        self.encryption_failure = ""     # why the database was not encrypted
        self._message = None

        self.heading = QLabel(self)
        self.heading.setObjectName("firstAdminHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("firstAdminNote")
        self.note.setWordWrap(True)
        self.login = QLineEdit(self)
        self.login.setObjectName("firstAdminLogin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("firstAdminName")
        self.password = password_field(self, "firstAdminPassword")
        self.repeat = password_field(self, "firstAdminRepeat")
        self.labels = {key: QLabel(self) for key in ("login", "name", "password", "repeat")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["login"], self.login)
        form.addRow(self.labels["name"], self.display_name)
        form.addRow(self.labels["password"], self.password)
        form.addRow(self.labels["repeat"], self.repeat)
        self.rules = QLabel(self)
        self.rules.setObjectName("firstAdminRules")
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #555555;")
        self.message = message_label(self, "firstAdminMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("firstAdminCreate")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("firstAdminCancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        for field in (self.login, self.display_name, self.password, self.repeat):
            field.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self) -> None:
        filled = all(f.text().strip() for f in (self.login, self.display_name)) and bool(self.password.text())
        self.create_button.setEnabled(filled and bool(self.repeat.text()) and self.signed_in_as is None)
        self.cancel_button.setEnabled(self.signed_in_as is None)

    def create(self):
        """Make the administrator and sign in; who is signed in, or None (the reason is shown)."""
        if not self.create_button.isEnabled():
            return None
        if self.password.text() != self.repeat.text():
            self._say(lambda: self.tr("The two passwords are not the same."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        try:
            user = self.ws.users.create_first_admin(self.login.text().strip(), self.display_name.text().strip(),
                                                       self.password.text())
        except VillageDeskError as exc:
            self._say(lambda text=exc.message: text)
            return None
        self.signed_in_as = user
        for field in (self.login, self.display_name, self.password, self.repeat):
            field.setEnabled(False)
        self._update()
        if self.ws.path is None:      # a server database: its server keeps it
            self._finished()
        else:
            self._encrypt(self.password.text())
        return user

    def _encrypt(self, password: str):
        from desktop.ui.encrypt_dialog import encryption_task

        self._say(lambda: self.tr("Encrypting the database…"))
        task = self.task = encryption_task(self, self.ws, password, self.encrypt_work)
        task.succeeded.connect(lambda result: setattr(self, "encryption", result))
        task.failed.connect(lambda message: setattr(self, "encryption_failure", message))
        task.cancelled.connect(lambda: setattr(self, "encryption_failure", self.tr(
            "Encrypting was cancelled: the database is not encrypted.")))
        task.finished.connect(self._finished)
        return task.start()

    def _finished(self) -> None:
        self.task = None
        self.password.clear()
        self.repeat.clear()
        self.created.emit(self.signed_in_as)
        self.accept()

    def reject(self) -> None:
        if self.signed_in_as is None:   # once made, the account is there: the dialog ends through _finished
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start — VillageDesk"))
        self.heading.setText(self.tr("Create the administrator"))
        self.note.setText(self.tr(
            "This database has no user accounts yet. Create the administrator's account first: the "
            "administrator adds everyone else and gives each their roles. From now on the program asks "
            "for a login and password when it starts. The database is then encrypted with this password, and "
            "its recovery key is shown once to print."))
        for key, text in (("login", self.tr("Login")), ("name", self.tr("Full name")),
                          ("password", self.tr("Password")), ("repeat", self.tr("Password again"))):
            self.labels[key].setText(text)
        self.rules.setText(self.tr(
            "At least 8 characters, not the login, not one character repeated. Keep it written somewhere safe: "
            "without an administrator no one can add users or reset a password."))
        self.create_button.setText(self.tr("Create and sign in"))
        self.cancel_button.setText(self.tr("Quit") if self.quit_text else self.tr("Cancel"))
        if self._message:
            self._say(self._message)
