"""Reads of the user accounts (`user_account`). Writes go through the
writer like every record (`w.insert("user_account", ...)`), so each one is a
change set in the audit trail."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.engine import Connection

from desktop.core.access import UserAccount, format_roles, parse_roles
from desktop.storage.model_base import live
from desktop.storage.user_models import UserAccountRow

UA = UserAccountRow.__table__
_SHOWN = [c for c in UA.c if c.name != "password_hash"]


def account_from_row(r) -> UserAccount:
    return UserAccount(id=r.id, login=r.login, display_name=r.display_name, roles=parse_roles(r.roles),
                       disabled=bool(r.disabled), must_change_password=bool(r.must_change_password),
                       last_login_at=r.last_login_at, failed_logins=r.failed_logins or 0,
                       locked_until=r.locked_until, row_version=r.row_version)


def account_values(login: str, display_name: str, roles, password_hash: str, *, must_change: bool,
                   created_by: str) -> dict:
    return {"login": login, "display_name": display_name, "roles": format_roles(roles),
            "password_hash": password_hash, "must_change_password": must_change, "disabled": False,
            "failed_logins": 0, "locked_until": None, "last_login_at": None, "created_by": created_by}


class UserStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def has_accounts(self) -> bool:
        """Whether any account exists, disabled ones included (a database
        whose every account is disabled stays closed)."""
        return bool(self.conn.execute(select(exists().where(live(UA)))).scalar())

    def list(self) -> list[UserAccount]:
        rows = self.conn.execute(select(*_SHOWN).where(live(UA)).order_by(UA.c.login))
        return [account_from_row(r) for r in rows]

    def get(self, user_id: str) -> UserAccount | None:
        row = self.conn.execute(select(*_SHOWN).where(UA.c.id == user_id, live(UA))).first()
        return account_from_row(row) if row else None

    def by_login(self, login: str) -> UserAccount | None:
        row = self.conn.execute(select(*_SHOWN).where(UA.c.login == login, live(UA))).first()
        return account_from_row(row) if row else None

    def password_hash(self, user_id: str) -> str:
        return self.conn.execute(select(UA.c.password_hash).where(UA.c.id == user_id)).scalar() or ""
