"""The main window's Account menu: who is signed in and with which roles,
Change password…, Lock now, Sign out…, and Users… for administrators.

Lock now and Sign out… are the start-up flow's to carry out (it owns the
idle lock and the login): it hands them over with `attach`; a window made
without it (the preview, tests) leaves them disabled. Opening another
database goes through `admit`, which signs in to it (or makes its first
administrator, encrypts the database and shows its recovery sheet) before
the window shows anything of it; an encrypted one is opened by `unlock`.

The menu also keeps the window's other menus in step with the roles
(role_gate.py): `refresh` after each sign-in or database switch.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from desktop.ui.main_actions import make_action
from desktop.ui.messages import confirm, open_dialog, show_error
from desktop.ui.role_gate import RoleGate


class AccountMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.on_lock: Callable[[], object] | None = None
        self.on_sign_out: Callable[[], object] | None = None
        self.users_window = None
        self.gate = RoleGate(window)

        def action(name: str, slot) -> QAction:
            return make_action(window, name, None, slot)

        self.user_action = action("accountUser", None)
        self.user_action.setEnabled(False)   # a heading: who is signed in
        self.roles_action = action("accountRoles", None)
        self.roles_action.setEnabled(False)
        self.password_action = action("changePassword", self.change_password)
        self.lock_action = action("lockNow", self.lock_now)
        self.lock_action.setShortcut("Ctrl+Shift+L")
        self.sign_out_action = action("signOut", self.sign_out)
        self.users_action = action("users", self.open_users)
        self.menu = QMenu(window)
        self.menu.setObjectName("accountMenu")
        self.menu.addActions([self.user_action, self.roles_action])
        self.menu.addSeparator()
        self.menu.addActions([self.password_action, self.lock_action, self.sign_out_action])
        self.menu.addSeparator()
        self.menu.addAction(self.users_action)
        self.menu.aboutToShow.connect(self.refresh)
        # The main window retranslates the menus of earlier issues only.
        window.languages.changed.connect(self._on_language)
        self.retranslate()
        # Once the window has made all its menus: the roles' say on them.
        QTimer.singleShot(0, self, self.refresh)

    def _on_language(self, _language: str) -> None:
        self.retranslate()

    @property
    def ws(self):
        return self.window.ws

    @property
    def user(self):
        """Who is signed in (the workspace's Session)."""
        return self.ws.user

    def attach(self, *, lock: Callable[[], object], sign_out: Callable[[], object]) -> None:
        """The start-up flow's own lock and sign-out."""
        self.on_lock = lock
        self.on_sign_out = sign_out
        self.refresh()

    # -- state -----------------------------------------------------------

    def _signed_in(self) -> bool:
        user = self.user
        return bool(user.roles) and not user.open_access and user.user_id is not None

    def refresh(self) -> None:
        """Read who is signed in again: the heading, what is enabled here, and the
        other menus' entries the roles allow."""
        signed_in = self._signed_in()
        self.password_action.setEnabled(signed_in)
        self.lock_action.setEnabled(signed_in and self.on_lock is not None)
        self.sign_out_action.setEnabled(signed_in and self.on_sign_out is not None)
        self.users_action.setEnabled(self.ws.may("user.add"))
        self.gate.apply(self.ws)
        self.retranslate()

    def retranslate(self) -> None:
        from desktop.core.access import roles_label

        user = self.user
        self.menu.setTitle(self.tr("&Account"))
        if user.open_access:
            self.user_action.setText(self.tr("No accounts yet: open to anyone on this computer"))
            self.roles_action.setVisible(False)
        elif user.roles:
            self.user_action.setText(self.tr("Signed in: {name} ({login})").format(
                name=user.display_name or user.login, login=user.login))
            self.roles_action.setText(self.tr("Roles: {roles}").format(roles=roles_label(user.roles)))
            self.roles_action.setVisible(True)
        else:
            self.user_action.setText(self.tr("Not signed in"))
            self.roles_action.setVisible(False)
        self.password_action.setText(self.tr("Change password…"))
        self.lock_action.setText(self.tr("Lock now"))
        self.sign_out_action.setText(self.tr("Sign out…"))
        self.users_action.setText(self.tr("Users…"))

    # -- actions ---------------------------------------------------------

    def change_password(self):
        from desktop.ui.password_dialog import CHANGE, PasswordDialog

        dialog = PasswordDialog(self.ws, CHANGE, None, self.window)
        dialog.changed.connect(lambda _c: self.window.statusBar().showMessage(self.tr("Password changed."), 8000))
        return open_dialog(dialog)

    def lock_now(self):
        if self.on_lock is not None and self._signed_in():
            return self.on_lock()
        return None

    def sign_out(self) -> QMessageBox | None:
        if self.on_sign_out is None or not self._signed_in():
            return None
        name = self.user.display_name or self.user.login
        return confirm(self.window, self.tr("Sign out"),
                       self.tr("Sign out {name}? Open windows close; unsaved changes are asked about first.").format(
                           name=name),
                       self.on_sign_out)

    def open_users(self):
        from desktop.ui.users_window import UsersWindow

        if self.users_window is not None:
            self.users_window.reload()
            self.users_window.show()
            self.users_window.raise_()
            self.users_window.activateWindow()
            return self.users_window
        window = UsersWindow(self.ws, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a: setattr(self, "users_window", None))
        self.users_window = window
        window.show()
        return window

    # -- another database ------------------------------------------------

    def admit(self, workspace) -> bool:
        """Sign in to `workspace` (another database being opened) before the
        window shows it: its login, or its first administrator when it has
        no accounts yet. False when the user gives up."""
        from desktop.ui.first_admin_dialog import FirstAdminDialog
        from desktop.ui.login_dialog import LoginDialog
        from desktop.ui.password_dialog import FORCED, PasswordDialog

        if workspace.users.has_accounts():
            dialog = LoginDialog(workspace, self.window, quit_text=False)
        else:
            dialog = FirstAdminDialog(workspace, self.window, quit_text=False)
        # A nested loop: the switch waits for the answer (the window stays as it was meanwhile).
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        encryption = getattr(dialog, "encryption", None)
        dialog.deleteLater()
        if not accepted:
            return False
        if encryption is not None:
            self._show_recovery_sheet(workspace, encryption)
        if must_change_password(workspace):
            forced = PasswordDialog(workspace, FORCED, None, self.window)
            accepted = forced.exec() == QDialog.DialogCode.Accepted
            forced.deleteLater()
            if not accepted:
                workspace.users.sign_out()
                return False
        return True

    def _show_recovery_sheet(self, workspace, encryption) -> None:
        from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog, sheet_maker

        key = encryption.recovery_key
        sheet = RecoverySheetDialog(key, workspace.path, sheet_maker(workspace, key), self.window,
                                    language=self.window.languages.language,
                                    users_without_key=encryption.users_without_key)
        sheet.exec()    # closed only once the sheet is kept
        sheet.deleteLater()

    def unlock(self, path, error):
        """Another database that did not open (`error`): an encrypted one is
        opened with a login and password (or the recovery key). The
        workspace, signed in, or None (gave up, or why it failed was said)."""
        from desktop.ui.password_dialog import FORCED, PasswordDialog
        from desktop.ui.unlock_dialog import DAMAGED, UnlockDialog

        if not getattr(error, "locked", False):
            show_error(self.window, self.tr("Open database"), error.message)
            return None
        dialog = UnlockDialog(path, self.window, quit_text=False)
        code = dialog.exec()
        workspace, failure = dialog.workspace, dialog.failure
        dialog.deleteLater()
        if code == DAMAGED and failure is not None:
            show_error(self.window, self.tr("Open database"), failure.message)
            return None
        if workspace is None:
            return None
        if must_change_password(workspace):
            forced = PasswordDialog(workspace, FORCED, None, self.window)
            accepted = forced.exec() == QDialog.DialogCode.Accepted
            forced.deleteLater()
            if not accepted:
                workspace.close()
                return None
        return workspace


def must_change_password(workspace) -> bool:
    """The signed-in account must replace a password an administrator set."""
    user = workspace.user
    if user.user_id is None or user.open_access:
        return False
    return workspace.users.get(user.user_id).must_change_password
