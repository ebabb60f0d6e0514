"""The accounts of this database, one row each (ws.users.list()): login,
name, roles, whether the account can sign in now, the last sign-in."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.access import roles_label
from desktop.ui.trust_text import time_text

COLUMNS = ("login", "name", "roles", "state", "last_login")
MUTED_COLOUR = "#777777"
WARN_COLOUR = "#8a5300"


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


class UserTableModel(QAbstractTableModel):
    def __init__(self, parent=None, *, clock=lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(parent)
        self.accounts: list = []
        self.clock = clock

    def set_accounts(self, accounts: list) -> None:
        self.beginResetModel()
        self.accounts = list(accounts)
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def account_at(self, row: int):
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def row_of(self, user_id: str) -> int:
        return next((i for i, a in enumerate(self.accounts) if a.id == user_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"login": self.tr("Login"), "name": self.tr("Name"), "roles": self.tr("Roles"),
                "state": self.tr("State"), "last_login": self.tr("Last signed in")}[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        account = self.account_at(index.row())
        if account is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(account, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if account.disabled:
                return QBrush(QColor(MUTED_COLOUR))
            if column == "state" and (self._locked(account) or account.must_change_password):
                return QBrush(QColor(WARN_COLOUR))
        return None

    def _locked(self, account) -> bool:
        until = _aware(account.locked_until)
        return until is not None and until > self.clock()

    def _text(self, account, column: str) -> str:
        if column == "login":
            return account.login
        if column == "name":
            return account.display_name
        if column == "roles":
            return roles_label(account.roles)
        if column == "state":
            return self.state_text(account)
        if column == "last_login":
            return time_text(account.last_login_at) if account.last_login_at else self.tr("never")
        return ""

    def state_text(self, account) -> str:
        if account.disabled:
            return self.tr("Disabled")
        if self._locked(account):
            return self.tr("Locked after wrong passwords until {time}").format(time=time_text(account.locked_until))
        if account.must_change_password:
            return self.tr("Must choose a new password")
        return self.tr("Active")
