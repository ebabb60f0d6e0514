"""From start-up to the main window and back: who may see the records.

A database without accounts first asks for its administrator (Quit
ends the program), encrypts the database with that password and shows its
recovery sheet once; one with accounts asks for a login (an encrypted one
is already open and signed in when the flow starts: unlock_dialog.py). An account whose
password an administrator set must choose its own before the window opens.
The signed-in user's window is watched by the idle lock; "Sign out…" (after
the window closed, asking about unsaved work) and "Sign in as someone else"
on the lock screen (closing the windows unseen, without saving) come back
to the login, and the next user gets a window of their own: nothing of the
last one's (open files, undo steps) carries over.

`finished(code)` asks the application to end (run_gui connects it to
`app.exit`); the application does not quit on its own when its last
window closes, since between two users none is open.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from desktop.ui.account_menu import must_change_password
from desktop.ui.login_wait import utc_now



class SignInFlow(QObject):
    finished = Signal(int)
    window_opened = Signal(object)   # the MainWindow of the user just signed in

    def __init__(self, workspace, languages, settings, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = utc_now, idle_clock: Callable[[], float] | None = None,
                 automatic_backups: bool = False, encrypt: Callable | None = None) -> None:
        super().__init__(parent)
        # The first administrator's encryption (encrypt_database's signature; None: the service's).
        self.encrypt = encrypt
        # The start-up backup and the hourly ones, for each user's window (the
        # app's; tests that are not about backups leave them out).
        self.automatic_backups = automatic_backups
        self.ws = workspace
        self.languages = languages
        self.settings = settings
        self.clock = clock             # what the login and unlock hand the service as now
        self.idle_clock = idle_clock   # the idle lock's (None: its own, which runs while asleep)
        self.window = None
        self.dialog: QDialog | None = None   # the sign-in step on screen
        self.idle = None
        self._leaving = None           # the window being closed for another user

    @property
    def workspace(self):
        """The window's workspace: it may have opened another database."""
        return self.window.ws if self.window is not None else self.ws

    def start(self):
        """The first step: the login, the first administrator's dialog, or
        (a damaged database without accounts, open read-only, where no
        account can be made; or an encrypted one, unlocked by its user
        before) the window at once."""
        if self.ws.users.has_accounts():
            if not self.ws.user.open_access and self.ws.user.user_id is not None:
                return self._signed_in()   # unlocked with a password: that user is signed in
            return self.ask_login()
        if self.ws.db.read_only:
            return self.open_window()
        return self.ask_first_admin()

    # -- the sign-in steps ------------------------------------------------

    def _step(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def ask_first_admin(self) -> QDialog:
        from desktop.ui.first_admin_dialog import FirstAdminDialog

        dialog = FirstAdminDialog(self.ws, encrypt=self.encrypt)
        dialog.created.connect(lambda _user: self._first_admin_made(dialog.encryption, dialog.encryption_failure))
        dialog.rejected.connect(lambda: self.finished.emit(0))
        return self._step(dialog)

    def _first_admin_made(self, encryption, failure: str):
        if encryption is not None:
            return self.show_recovery_sheet(encryption)
        result = self._signed_in()
        if failure:
            from desktop.ui.messages import show_error

            show_error(self.window, self.tr("Not encrypted"), failure)
        return result

    def show_recovery_sheet(self, encryption) -> QDialog:
        """The recovery key of the database just encrypted, once; then on."""
        from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog, sheet_maker

        key = encryption.recovery_key
        dialog = RecoverySheetDialog(key, self.ws.path, sheet_maker(self.ws, key), language=self.languages.language,
                                     users_without_key=encryption.users_without_key)
        dialog.finished.connect(lambda _r: self._signed_in())
        return self._step(dialog)

    def ask_login(self) -> QDialog:
        from desktop.ui.login_dialog import LoginDialog

        dialog = LoginDialog(self.ws, languages=self.languages, clock=self.clock)
        dialog.signed_in.connect(lambda _user: self._signed_in())
        dialog.rejected.connect(lambda: self.finished.emit(0))
        return self._step(dialog)

    def _signed_in(self) -> None:
        if must_change_password(self.ws):
            self.ask_new_password()
        else:
            self.open_window()

    def ask_new_password(self) -> QDialog:
        from desktop.ui.password_dialog import FORCED, PasswordDialog

        dialog = PasswordDialog(self.ws, FORCED)
        dialog.changed.connect(lambda _changeset: self.open_window())
        dialog.rejected.connect(self._back_to_login)
        return self._step(dialog)

    def _back_to_login(self) -> None:
        self.ws.users.sign_out()
        self.ask_login()

    # -- the signed-in user's window ---------------------------------------

    def open_window(self):
        from desktop.ui.idle_lock import IdleLock
        from desktop.ui.main_window import MainWindow

        self.dialog = None
        window = MainWindow(self.ws, self.languages, self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.installEventFilter(self)
        token = id(window)
        window.destroyed.connect(lambda *_a: self._window_gone(token))
        self.window = window
        minutes = self.settings.lock_after_minutes
        idle_clocks = {"clock": self.idle_clock} if self.idle_clock is not None else {}
        self.idle = IdleLock(lambda: self.workspace, minutes, self, login_clock=self.clock,
                             cover=lambda: self.window, **idle_clocks)
        self.idle.switch_user.connect(self.switch_user)
        window.account_menu.attach(lock=self.lock, sign_out=self.sign_out)
        window.show()
        self.idle.start()
        if self.automatic_backups:
            window.safety_menu.start_automatic_backups()
        self.window_opened.emit(window)
        return window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.ws = watched.ws   # before it goes: the database it shows now
        return False

    def _window_gone(self, token: int) -> None:
        if not isValid(self):
            return   # the program is ending and took the flow first
        leaving, self._leaving = self._leaving, None
        if leaving == token:
            return   # closed for another user: the login is up
        self.window = None
        self._stop_idle()
        self.finished.emit(0)

    def _stop_idle(self) -> None:
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None

    def lock(self):
        return self.idle.lock() if self.idle is not None else None

    def sign_out(self) -> bool:
        """Close the window (unsaved work is asked about) and go to the login;
        False if the user kept a window open."""
        window = self.window
        if window is None:
            return False
        self._leaving = id(window)
        if not window.close():
            self._leaving = None
            return False
        self._leave(window)
        return True

    def switch_user(self) -> None:
        """From the lock screen: the windows go unseen and unsaved."""
        window = self.window
        if window is None:
            return
        self._leaving = id(window)
        self.ws = window.ws
        window.deleteLater()   # not close(): that would show the hidden windows' questions
        self._leave(window)

    def _leave(self, window) -> None:
        self.window = None
        self._stop_idle()
        self.ws.users.sign_out()
        self.ask_login()
