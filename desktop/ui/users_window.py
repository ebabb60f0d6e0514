"""Account → Users… (administrators): the accounts of this database, and
adding one, changing its name and roles, disabling or enabling it, and
resetting its password.

Accounts are never deleted: a disabled one cannot sign in but stays, so
the history still names who did what. The service judges every change
(an administrator cannot disable or demote themselves; the last enabled
administrator stays); a refusal is shown as its message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.list_table import as_list_table
from desktop.ui.messages import confirm, open_dialog, show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.user_table_model import COLUMNS, UserTableModel


class UsersWindow(Retranslating, QWidget):
    changed = Signal(object)   # a ChangeSet of user accounts

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws = workspace
        self.dialog = None   # the add / edit / reset dialog open last

        self.note = QLabel(self)
        self.note.setObjectName("usersNote")
        self.note.setWordWrap(True)
        self.model = UserTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("userTable")
        self.view.setModel(self.model)
        as_list_table(self.view)
        self.view.setAlternatingRowColors(True)
        # Columns the administrator may widen (long Tibetan names), not fitted.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("usersAdd")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("usersEdit")
        self.disable_button = QPushButton(self)
        self.disable_button.setObjectName("usersDisable")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("usersReset")
        # Accounts an encrypted database's key ring has no entry for (made
        # before the encryption, or re-enabled): they cannot sign in yet.
        self.key_notice = QLabel(self)
        self.key_notice.setObjectName("usersKeyNotice")
        self.key_notice.setWordWrap(True)
        self.key_notice.setStyleSheet("color: #8a5a00;")
        self.key_notice.hide()
        self.without_key: list[str] = []
        self.error = QLabel(self)
        self.error.setObjectName("usersError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.key_notice)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.disable_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.view.activated.connect(lambda _i: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.retranslate()
        self.reload()
        self.resize(900, 480)

    # -- the list --------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        try:
            accounts = self.ws.users.list()
        except VillageDeskError as exc:
            # Someone without the right sees why the list is empty.
            accounts = []
            self.error.setText(exc.message)
            self.error.show()
        else:
            self.error.hide()
        self.model.set_accounts(accounts)
        self.without_key = self.ws.users.without_key() if accounts else []
        self._show_key_notice()
        self.view.resizeColumnsToContents()
        for i in range(len(COLUMNS)):
            self.view.setColumnWidth(i, min(self.view.columnWidth(i) + 16, 320))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.view.selectRow(row)
        self._update()

    def selected(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.account_at(rows[0].row()) if rows else None

    def select_login(self, login: str) -> bool:
        row = next((i for i, a in enumerate(self.model.accounts) if a.login == login), -1)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _update(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.disable_button, self.reset_button):
            button.setEnabled(account is not None)
        self._disable_text(account)

    def _show_key_notice(self) -> None:
        self.key_notice.setText(self.tr(
            "The database is encrypted, and these accounts have no key to open it yet: {logins}. Reset their "
            "password (Reset password…) to give them one, then tell them the new password.").format(
            logins=", ".join(self.without_key)))
        self.key_notice.setVisible(bool(self.without_key))

    def _disable_text(self, account) -> None:
        self.disable_button.setText(self.tr("Enable") if account is not None and account.disabled
                                    else self.tr("Disable…"))

    def _changed(self, changeset, login: str = "") -> None:
        self.reload()
        if login:
            self.select_login(login)
        self.changed.emit(changeset)

    # -- changes ---------------------------------------------------------

    def _open(self, dialog):
        self.dialog = dialog
        return open_dialog(dialog)

    def add_user(self):
        from desktop.ui.user_dialog import UserDialog

        dialog = UserDialog(self.ws, None, self)
        dialog.saved.connect(self._changed)
        return self._open(dialog)

    def edit_selected(self):
        from desktop.ui.user_dialog import UserDialog

        account = self.selected()
        if account is None:
            return None
        dialog = UserDialog(self.ws, account, self)
        dialog.saved.connect(self._changed)
        return self._open(dialog)

    def reset_selected(self):
        from desktop.ui.password_dialog import RESET, PasswordDialog

        account = self.selected()
        if account is None:
            return None
        dialog = PasswordDialog(self.ws, RESET, account, self)
        dialog.changed.connect(lambda changeset: self._changed(changeset, account.login))
        return self._open(dialog)

    def toggle_selected(self):
        """Enable the selected account at once; disabling asks first."""
        account = self.selected()
        if account is None:
            return None
        if account.disabled:
            return self._set_disabled(account, False)
        name = account.display_name or account.login
        return confirm(self, self.tr("Disable user"),
                       self.tr("Disable {name} ({login})? They can no longer sign in; what they did stays in "
                               "the history under their name.").format(name=name, login=account.login),
                       lambda: self._set_disabled(account, True))

    def _set_disabled(self, account, disabled: bool):
        try:
            changeset = self.ws.users.edit(account.id, account.row_version, disabled=disabled)
        except VillageDeskError as exc:
            show_error(self, self.tr("Users"), exc.message)
            self.reload()
            return None
        self._changed(changeset, account.login)
        return changeset

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.note.setText(self.tr(
            "Who may sign in to this database, and what each may do. Accounts are not deleted: a disabled "
            "account cannot sign in, and the history keeps its name."))
        self.add_button.setText(self.tr("Add user…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self._disable_text(self.selected())
        self._show_key_notice()
        self.model.retranslate()
