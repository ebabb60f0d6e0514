"""What a locked window shows instead of its windows: who is signed in, a
password field to go on, and "Sign in as someone else".

It shows nothing of the records (the idle lock hides every other window
while it is up). Unlocking asks the signed-in user's own password
(`ws.users.unlock`); a wrong one is refused like a wrong login, and too many
wait as at sign-in, counted down here. "Sign in as someone else" closes the
signed-in user's windows without saving and goes to the login.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.login_dialog import message_label, password_field
from desktop.ui.login_wait import LoginWait, utc_now, wait_text
from desktop.ui.messages import ask
from desktop.ui.retranslate import Retranslating


class LockScreen(Retranslating, QWidget):
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, workspace, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws = workspace
        self.clock = clock
        self.allow_close = False
        self._message = None

        self.box = QFrame(self)
        self.box.setObjectName("lockBox")
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        self.box.setMaximumWidth(560)
        self.heading = QLabel(self.box)
        self.heading.setObjectName("lockHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.who = QLabel(self.box)
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        self.password = password_field(self.box, "lockPassword")
        self.unlock_button = QPushButton(self.box)
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setDefault(True)
        self.message = message_label(self.box, "lockMessage")
        self.switch_button = QPushButton(self.box)
        self.switch_button.setObjectName("lockSwitchUser")
        self.switch_button.setFlat(True)
        self.switch_note = QLabel(self.box)
        self.switch_note.setWordWrap(True)
        self.switch_note.setStyleSheet("color: #555555;")

        entry = QHBoxLayout()
        entry.addWidget(self.password, 1)
        entry.addWidget(self.unlock_button)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.who)
        inner.addLayout(entry)
        inner.addWidget(self.message)
        inner.addSpacing(12)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.switch_note)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.wait = LoginWait(clock, self)
        self.wait.ticked.connect(lambda _s: self._show_message())
        self.wait.over.connect(self._wait_over)
        self.password.textChanged.connect(lambda _t: self._update())
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button.clicked.connect(self.ask_switch_user)
        self.retranslate()
        self._update()

    def _update(self) -> None:
        self.unlock_button.setEnabled(bool(self.password.text()) and not self.wait.waiting)

    def unlock(self) -> bool:
        if not self.unlock_button.isEnabled():
            return False
        from desktop.services.users import LoginRefused

        try:
            self.ws.users.unlock(self.password.text(), now=self.clock())
        except LoginRefused as exc:
            self.password.clear()
            if exc.retry_after:
                self._message = lambda: self.tr("Too many wrong passwords. You can try again in {wait}.").format(
                    wait=wait_text(self.wait.remaining()))
                self.wait.start(exc.retry_after)
                self._update()
            else:
                self._say(lambda text=exc.message: text)
            return False
        except VillageDeskError as exc:
            self.password.clear()
            self._say(lambda text=exc.message: text)
            return False
        self.wait.stop()
        self.password.clear()
        self.unlocked.emit()
        return True

    def ask_switch_user(self) -> QMessageBox:
        buttons = QMessageBox.StandardButton
        name = self._name()
        return ask(self, self.tr("Sign in as someone else"),
                   self.tr("Close {name}'s windows and sign in as someone else? What {name} has not saved "
                           "is lost.").format(name=name),
                   buttons.Yes | buttons.Cancel, buttons.Cancel,
                   lambda answer: answer == buttons.Yes and self.switch_user.emit())

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

    def _name(self) -> str:
        user = self.ws.user
        return user.display_name or user.login

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Closing the lock would leave the hidden windows unreachable, not
        # the records open: only unlocking or signing in ends it.
        if self.allow_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("VillageDesk — locked"))
        self.heading.setText(self.tr("Locked"))
        user = self.ws.user
        self.who.setText(self.tr("{name} ({login}) is signed in. Type the password to go on.").format(
            name=self._name(), login=user.login))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Sign in as someone else…"))
        self.switch_note.setText(self.tr("{name}'s open windows close without saving.").format(name=self._name()))
        self._show_message()
