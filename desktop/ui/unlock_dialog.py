"""Opening an encrypted database: login and password before anything of it
is read.

The database cannot be opened without its key, and the key is unwrapped
with the password of an account (services/encryption.open_with_password):
so this dialog stands where the login does for a plain database, and the
workspace it gives is open and signed in. A refusal shows the service's
message (the same for an unknown login and a wrong password); after too
many wrong passwords the service says how long to wait, counted down here
with Sign in disabled. "Forgot every password?" opens the recovery key's
dialog (recovery_dialog.py).

A database the right key cannot read is damaged: the dialog finishes with
`DAMAGED` and the error in `failure`, for the restore offer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.login_wait import LoginWait, utc_now, wait_text
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import grow_to_fit

DAMAGED = 2   # the dialog's result when the database turned out damaged


def _password_opener(target: Path, check, clock) -> Callable[[str, str], object]:
    def open_(login: str, password: str):
        from desktop.services.encryption import open_with_password

        # The key ring counts wrong passwords on the clock this dialog counts the wait on.
        return open_with_password(target, login, password, check=check, now=clock())

    return open_


class UnlockDialog(Retranslating, QDialog):
    opened = Signal(object)   # the Workspace, open with its key, its user signed in

    def __init__(self, target: Path | str, parent: QWidget | None = None, *, languages=None,
                 quit_text: bool = True, check=False, clock: Callable[[], datetime] = utc_now,
                 open_with_password: Callable[[str, str], object] | None = None,
                 open_with_recovery_key: Callable[[str, str, str], object] | None = None) -> None:
        """`open_with_password(login, password)` and `open_with_recovery_key(key,
        login, new_password)` give the workspace (by default the encryption
        service's, on `target` with `check`)."""
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.target = Path(target)
        self.languages = languages
        self.quit_text = quit_text
        self.check = check
        self.clock = clock
        self.open_with_password = open_with_password or _password_opener(self.target, check, clock)
        self.open_with_recovery_key = open_with_recovery_key
        self.workspace = None
        self.failure: VillageDeskError | None = None   # the damage found opening it
        self.recovery = None                           # the recovery dialog, while open
        self.waiting_for = ""
        self._message = None

        self.heading = QLabel(self)
        self.heading.setObjectName("unlockHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.database = QLabel(self)
        self.database.setObjectName("unlockDatabase")
        self.database.setWordWrap(True)
        self.database.setStyleSheet("color: #555555;")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login = QLineEdit(self)
        self.login.setObjectName("unlockLogin")
        self.password = password_field(self, "unlockPassword")
        self.login_label, self.password_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.login_label, self.login)
        form.addRow(self.password_label, self.password)
        self.message = message_label(self, "unlockMessage")
        self.forgot = QPushButton(self)
        self.forgot.setObjectName("unlockForgot")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setStyleSheet("QPushButton { color: #1a5fb4; text-decoration: underline; text-align: left; "
                                  "border: none; padding: 2px 0; }")
        self.language = QComboBox(self)
        self.language.setObjectName("unlockLanguage")
        if languages is not None:
            from desktop.ui.language import NATIVE_NAMES

            for code, name in NATIVE_NAMES.items():
                self.language.addItem(name, code)
            self.language.setCurrentIndex(max(0, self.language.findData(languages.language)))
            self.language.currentIndexChanged.connect(lambda _i: languages.apply(self.language.currentData()))
        else:
            self.language.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setObjectName("unlockButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("unlockCancel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.language)
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.database)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addLayout(bottom)

        self.wait = LoginWait(clock, self)
        self.wait.ticked.connect(lambda _s: self._show_message())
        self.wait.over.connect(self._wait_over)
        self.login.textChanged.connect(lambda _t: self._update())
        self.password.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.forgot.clicked.connect(self.use_recovery_key)
        self.retranslate()
        self._update()
        self.setMinimumWidth(480)
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        login = self.login.text().strip()
        # The wait is that login's key entry's: someone else may sign in meanwhile.
        ready = bool(login) and bool(self.password.text()) and not (self.wait.waiting and login == self.waiting_for)
        self.sign_in_button.setEnabled(ready)

    def sign_in(self):
        """Open the database with the login and password typed; the workspace, or None (the reason is shown)."""
        if not self.sign_in_button.isEnabled():
            return None
        login = self.login.text().strip()
        try:
            workspace = self.open_with_password(login, self.password.text())
        except VillageDeskError as exc:
            if getattr(exc, "damaged", False):
                return self._damaged(exc)
            self.password.clear()
            self.password.setFocus()
            retry_after = getattr(exc, "retry_after", None)
            if retry_after:
                self._message = lambda: self.tr("Too many wrong passwords. You can try again in {wait}.").format(
                    wait=wait_text(self.wait.remaining()))
                self.waiting_for = login
                self.wait.start(retry_after)   # shows the message
                self._update()
            else:
                self._say(lambda text=exc.message: text)
            return None
        return self._opened(workspace)

    def _opened(self, workspace):
        self.workspace = workspace
        self.wait.stop()
        self.opened.emit(workspace)
        self.accept()
        return workspace

    def _damaged(self, error: VillageDeskError) -> None:
        self.failure = error
        self.wait.stop()
        self.done(DAMAGED)
        return None

    # -- the recovery key ------------------------------------------------

    def use_recovery_key(self):
        """The recovery key's dialog over this one; its workspace is this dialog's."""
        from desktop.ui.recovery_dialog import RecoveryDialog

        if self.recovery is not None:
            return self.recovery
        dialog = self.recovery = RecoveryDialog(self.target, self, check=self.check,
                                                open_with_recovery_key=self.open_with_recovery_key)
        dialog.opened.connect(self._opened)
        dialog.damaged.connect(self._damaged)
        dialog.finished.connect(self._recovery_closed)
        dialog.open()
        return dialog

    def _recovery_closed(self, _result: int) -> None:
        if self.recovery is not None:
            self.recovery.deleteLater()
            self.recovery = None

    # -- messages and language -------------------------------------------

    def _wait_over(self) -> None:
        self._say(lambda: self.tr("You can try again now."))
        self._update()

    def _say(self, message) -> None:
        self._message = message
        self._show_message()

    def _show_message(self) -> None:
        text = self._message() if self._message else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        (self.password if self.login.text() else self.login).setFocus()
        grow_to_fit(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the encrypted database — VillageDesk"))
        self.heading.setText(self.tr("Sign in to open the database"))
        self.database.setText(self.tr("The database {name} is encrypted: it opens with your login and "
                                      "password.").format(name=self.target.name))
        self.login_label.setText(self.tr("Login"))
        self.password_label.setText(self.tr("Password"))
        self.forgot.setText(self.tr("Forgot every password? Use the recovery key"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Quit") if self.quit_text else self.tr("Cancel"))
        self._show_message()
