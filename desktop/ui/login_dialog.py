"""Signing in: login and password, before any record is shown.

Used at start-up, after "Sign out" or "Sign in as someone else", and when
another database with accounts is opened. A refusal shows the service's
message (the same for an unknown login and a wrong password); after too
many wrong passwords the service says how long to wait, and the dialog
counts it down with Sign in disabled. The language can be switched here,
before anyone has signed in.
"""

from __future__ import annotations

from datetime import datetime
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
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.login_wait import LoginWait, utc_now, wait_text
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import grow_to_fit


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {WARN_COLOUR};")
    label.hide()
    return label


class LoginDialog(Retranslating, QDialog):
    signed_in = Signal(object)   # who signed in (a core.access Session)

    def __init__(self, workspace, parent: QWidget | None = None, *, languages=None, quit_text: bool = True,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.ws = workspace
        self.languages = languages
        self.quit_text = quit_text   # at start-up Cancel quits the application: say so
        self.clock = clock
        self.signed_in_as = None
        self.waiting_for = ""
        self._message = None   # () -> text, so it follows a language switch

        self.heading = QLabel(self)
        self.heading.setObjectName("loginHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.database = QLabel(self)
        self.database.setObjectName("loginDatabase")
        self.database.setStyleSheet("color: #555555;")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login = QLineEdit(self)
        self.login.setObjectName("loginName")
        self.password = password_field(self, "loginPassword")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.login_label, self.password_label = QLabel(self), QLabel(self)
        self.form.addRow(self.login_label, self.login)
        self.form.addRow(self.password_label, self.password)
        self.message = message_label(self, "loginMessage")
        self.language = QComboBox(self)
        self.language.setObjectName("loginLanguage")
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
        self.sign_in_button.setObjectName("loginButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("loginCancel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.language)
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.database)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addLayout(bottom)

        self.wait = LoginWait(clock, self)
        self.wait.ticked.connect(lambda _s: self._show_message())
        self.wait.over.connect(self._wait_over)
        self.login.textChanged.connect(lambda _t: self._update())
        self.password.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.setMinimumWidth(460)
        self.resize(500, self.sizeHint().height())

    def _update(self) -> None:
        login = self.login.text().strip()
        # The wait is that login's: someone else may sign in meanwhile.
        ready = bool(login) and bool(self.password.text()) and not (self.wait.waiting and login == self.waiting_for)
        self.sign_in_button.setEnabled(ready)

    def sign_in(self):
        """Try the login and password typed; who signed in, or None (the reason is shown)."""
        if not self.sign_in_button.isEnabled():
            return None
        from desktop.services.users import LoginRefused

        try:
            user = self.ws.users.login(self.login.text().strip(), self.password.text(), now=self.clock())
        except LoginRefused as exc:
            self.password.clear()
            self.password.setFocus()
            if exc.retry_after:
                self._message = lambda: self.tr("Too many wrong passwords. You can try again in {wait}.").format(
                    wait=wait_text(self.wait.remaining()))
                self.waiting_for = self.login.text().strip()
                self.wait.start(exc.retry_after)   # shows the message
                self._update()
            else:
                self._say(lambda text=exc.message: text)
            return None
        except VillageDeskError as exc:
            self._say(lambda text=exc.message: text)
            return None
        self.signed_in_as = user
        self.wait.stop()
        self.signed_in.emit(user)
        self.accept()
        return user

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
        self.setWindowTitle(self.tr("Sign in — VillageDesk"))
        self.heading.setText(self.tr("Sign in"))
        name = self.ws.path.name if self.ws.path else ""
        self.database.setText(self.tr("Database: {name}").format(name=name))
        self.login_label.setText(self.tr("Login"))
        self.password_label.setText(self.tr("Password"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Quit") if self.quit_text else self.tr("Cancel"))
        self._show_message()
