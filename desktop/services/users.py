"""User accounts and signing in (`ws.users`).

A database without accounts is open to whoever runs the app; the first
account made is an administrator, and from then on the workspace starts
signed out. Every account change, sign-in and wrong password is a change
set (the writer keeps password hashes out of the change log).

Wrong passwords: the same refusal for an unknown login and a wrong password;
after three in a row each further one locks the login for longer (5 s, 10 s,
20 s ... 15 min, `core.access.lockout_seconds`), stored in the account so a
restart does not reset it. A try while locked is refused with the wait,
without looking at the password. The idle lock's unlock counts alike.
Role changes take effect at the user's next sign-in or unlock.

An encrypted database (`ws.db.key` set) keeps its master key wrapped per
user in the key ring beside it (`services/key_ring.py`): adding a user,
setting or changing a password rewraps that user's entry (after the
database change is written), disabling an account drops it. An account
re-enabled, or one that existed before the encryption, has no entry until
an administrator resets its password (`key_notice`), or until it signs in
while the database is open.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Iterable

from desktop.core.access import (
    SIGNED_OUT, Role, Session, UserAccount, format_roles, lockout_seconds, login_problems, normalise_login,
)
from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, ValidationFailed, VillageDeskError, record_changed_elsewhere
from desktop.core.i18n import translate
from desktop.core.passwords import check_password
from desktop.core.validation import FieldError
from desktop.services import user_keys
from desktop.services.passwords import hash_password, needs_rehash, verify_password, waste_verification
from desktop.storage.users import UserStore, account_values

__all__ = ["LoginRefused", "UserAccount", "UserService"]

DISPLAY_NAME_MAX = 200


class LoginRefused(VillageDeskError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after   # seconds until the next try is allowed


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    return now if now.tzinfo is not None else now.replace(tzinfo=timezone.utc)


def _wait_text(seconds: float) -> str:
    if seconds < 90:
        return translate("Access", "{count} seconds").format(count=max(1, math.ceil(seconds)))
    return translate("Access", "{count} minutes").format(count=math.ceil(seconds / 60))


def _wrong_password() -> str:
    return translate("Access", "The login name or the password is wrong.")


def _locked(seconds: float) -> LoginRefused:
    return LoginRefused(translate("Access", "Too many wrong passwords. Try again in {wait}.").format(
        wait=_wait_text(seconds)), retry_after=seconds)


# What the key ring's refusals say too (services/encryption.py): the same words.
wrong_password = _wrong_password
locked_refusal = _locked


def user_not_found() -> NotFound:
    return NotFound(translate("Access", "There is no such user."))


class UserService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    # -- reading -----------------------------------------------------------

    def has_accounts(self) -> bool:
        with self.ws.db.read() as r:
            return UserStore(r.conn).has_accounts()

    def list(self) -> list[UserAccount]:
        """The live accounts, by login."""
        with self.ws.db.read() as r:
            return UserStore(r.conn).list()

    def get(self, user_id: str) -> UserAccount:
        with self.ws.db.read() as r:
            account = UserStore(r.conn).get(user_id)
        if account is None:
            raise user_not_found()
        return account

    def find(self, login: str) -> UserAccount:
        """The account with this login name (as typed: case and spaces do not matter)."""
        with self.ws.db.read() as r:
            account = UserStore(r.conn).by_login(normalise_login(login))
        if account is None:
            raise NotFound(translate("Access", "There is no user with the login name {login}.").format(
                login=login.strip()))
        return account

    def current(self) -> UserAccount | None:
        """The signed-in user's account; None in open access or signed out."""
        user_id = self.ws.session.user_id
        if user_id is None:
            return None
        with self.ws.db.read() as r:
            return UserStore(r.conn).get(user_id)

    # -- accounts ----------------------------------------------------------

    def create_first_admin(self, login: str, display_name: str, password: str) -> Session:
        """The first account, an administrator, on a database without any;
        signs them in."""
        self._add(login, display_name, {Role.ADMIN}, password, must_change=False, first_only=True)
        account = self.find(login)
        self.ws.session = account.session()
        return self.ws.session

    def add(self, login: str, display_name: str, roles: Iterable[Role], password: str, *,
            must_change: bool = True) -> ChangeSet:
        """A new account (administrators). The first account of a database
        must be an administrator; adding it ends the open access."""
        return self._add(login, display_name, roles, password, must_change=must_change, first_only=False)

    def _add(self, login: str, display_name: str, roles: Iterable[Role], password: str, *, must_change: bool,
             first_only: bool) -> ChangeSet:
        self.ws.session.check("user.add")
        key = normalise_login(login)
        roles = frozenset(Role(r) for r in roles)
        errors = [FieldError("login", m) for m in login_problems(key)]
        if not roles:
            errors.append(FieldError("roles", translate("Access", "A user needs at least one role.")))
        display_name = (display_name or "").strip()
        if len(display_name) > DISPLAY_NAME_MAX:
            errors.append(FieldError("display_name", translate("Access", "A name has at most {count} characters.")
                                     .format(count=DISPLAY_NAME_MAX)))
        if errors:
            raise ValidationFailed(errors)
        check_password(password, key)
        password_hash = hash_password(password)   # slow on purpose: before the write lock is taken
        entry = user_keys.entry_for(self.ws, key, password)
        was_open = self.ws.session.open_access
        with self.ws.db.write(self.ws.actor, "user.add") as w:
            store = UserStore(w.conn)
            first = not store.has_accounts()
            if first_only and not first:
                raise VillageDeskError(translate("Access", "This database already has user accounts: sign in."))
            if first and Role.ADMIN not in roles:
                raise VillageDeskError(translate("Access", "The first user must be an administrator, "
                                                           "or no one could manage the accounts."))
            if store.by_login(key) is not None:
                raise VillageDeskError(translate("Access", "There is already a user with the login name {login}.")
                                       .format(login=key))
            values = account_values(key, display_name, roles, password_hash, must_change=must_change,
                                    created_by=self.ws.actor)
            if first_only:
                values["last_login_at"] = w.at
            w.insert("user_account", values)
        user_keys.store(self.ws, key, entry)
        if first and was_open:
            # Accounts exist now: nobody is let in without signing in.
            self.ws.session = SIGNED_OUT
        return w.changeset

    def edit(self, user_id: str, expected_version: int | None, *, display_name: str | None = None,
             roles: Iterable[Role] | None = None, disabled: bool | None = None) -> ChangeSet:
        """Change an account's name, roles or whether it may sign in. There
        always stays an enabled administrator, and an administrator cannot
        disable or demote themselves."""
        values: dict = {}
        if display_name is not None:
            display_name = display_name.strip()
            if len(display_name) > DISPLAY_NAME_MAX:
                raise ValidationFailed([FieldError("display_name", translate(
                    "Access", "A name has at most {count} characters.").format(count=DISPLAY_NAME_MAX))])
            values["display_name"] = display_name
        if roles is not None:
            roles = frozenset(Role(r) for r in roles)
            if not roles:
                raise ValidationFailed([FieldError("roles", translate("Access", "A user needs at least one role."))])
        if disabled is not None:
            values["disabled"] = bool(disabled)
            if disabled:
                user_keys.ring(self.ws)   # a missing key ring stops this before the account changes
        with self.ws.db.write(self.ws.actor, "user.edit") as w:
            store = UserStore(w.conn)
            current = store.get(user_id)
            if current is None:
                raise user_not_found()
            if expected_version is not None and current.row_version != expected_version:
                raise record_changed_elsewhere()
            after_roles = roles if roles is not None else current.roles
            after_disabled = values.get("disabled", current.disabled)
            if user_id == self.ws.session.user_id:
                if after_disabled:
                    raise VillageDeskError(translate("Access", "You cannot disable your own account."))
                if Role.ADMIN in current.roles and Role.ADMIN not in after_roles:
                    raise VillageDeskError(translate("Access", "You cannot take away your own administrator role."))
            stays_admin = Role.ADMIN in after_roles and not after_disabled
            if not stays_admin and not any(Role.ADMIN in a.roles and not a.disabled
                                           for a in store.list() if a.id != user_id):
                raise VillageDeskError(translate("Access", "There must stay at least one enabled administrator."))
            if roles is not None:
                values["roles"] = format_roles(after_roles)
            w.update("user_account", user_id, current.row_version, values)
        if after_disabled and not current.disabled:
            user_keys.store(self.ws, current.login, None)   # a disabled user no longer opens the file
        if user_id == self.ws.session.user_id:
            self.ws.session = self.get(user_id).session()
        return w.changeset

    def reset_password(self, user_id: str, new_password: str) -> ChangeSet:
        """An administrator sets a new password; the user must change it at
        the next sign-in. Lifts a lock from wrong passwords."""
        self.ws.session.check("user.reset_password")
        account = self.get(user_id)
        check_password(new_password, account.login)
        password_hash = hash_password(new_password)
        entry = None if account.disabled else user_keys.entry_for(self.ws, account.login, new_password)
        with self.ws.db.write(self.ws.actor, "user.reset_password") as w:
            if UserStore(w.conn).get(user_id) is None:
                raise user_not_found()
            w.update("user_account", user_id, None, {"password_hash": password_hash, "must_change_password": True,
                                                     "failed_logins": 0, "locked_until": None})
        user_keys.store(self.ws, account.login, entry)
        return w.changeset

    def recover_password(self, user_id: str, new_password: str) -> ChangeSet:
        """An administrator's new password, set after the database was opened
        with the recovery key (services/encryption.open_with_recovery_key,
        which proved the right to): their key entry is rewrapped, locks
        lifted. The caller signs them in with it."""
        account = self.get(user_id)
        user_keys.check_recoverable(account)
        check_password(new_password, account.login, field="new_password")
        password_hash = hash_password(new_password)
        entry = user_keys.entry_for(self.ws, account.login, new_password)
        self.ws.session = account.session()   # the recovery key stands for their password
        with self.ws.db.write(account.login, "user.recover_password") as w:
            w.update("user_account", user_id, None, {"password_hash": password_hash, "must_change_password": False,
                                                     "failed_logins": 0, "locked_until": None})
        user_keys.store(self.ws, account.login, entry)
        return w.changeset

    def change_own_password(self, old: str, new: str, *, now: datetime | None = None) -> ChangeSet:
        self.ws.session.check("user.change_own_password")
        now = _utc(now)
        account, stored = self._credentials(self.ws.session.user_id)
        if account is None:
            raise VillageDeskError(translate("Access", "No one is signed in: this database has no user accounts."))
        self._refuse_if_locked(account, now)
        if not verify_password(stored, old):
            self._count_failure(account, "session.login_failed", now,
                                translate("Access", "The current password is wrong."))
        check_password(new, account.login, field="new_password")
        if new == old:
            raise ValidationFailed([FieldError("new_password", translate(
                "Access", "The new password must differ from the current one."))])
        password_hash = hash_password(new)
        entry = user_keys.entry_for(self.ws, account.login, new)
        with self.ws.db.write(self.ws.actor, "user.change_own_password") as w:
            w.update("user_account", account.id, None, {"password_hash": password_hash, "must_change_password": False,
                                                        "failed_logins": 0, "locked_until": None})
        user_keys.store(self.ws, account.login, entry)
        return w.changeset

    def confirm_password(self, password: str, *, now: datetime | None = None) -> UserAccount:
        """The signed-in user's password again before a grave step
        (encrypting the database): wrong ones count like wrong sign-ins."""
        now = _utc(now)
        account, stored = self._credentials(self.ws.session.user_id)
        if account is None:
            raise VillageDeskError(translate("Access", "No one is signed in: this database has no user accounts."))
        self._refuse_if_locked(account, now)
        if not verify_password(stored, password):
            self._count_failure(account, "session.unlock_failed", now, translate("Access", "The password is wrong."))
        return account

    # -- signing in --------------------------------------------------------

    def login(self, login: str, password: str, *, now: datetime | None = None) -> Session:
        """Sign in: sets and returns `ws.session`; LoginRefused otherwise."""
        now = _utc(now)
        account, stored = self._credentials(login=normalise_login(login))
        if account is None:
            waste_verification(password)
            raise LoginRefused(_wrong_password())
        self._refuse_if_locked(account, now)
        if not verify_password(stored, password):
            self._count_failure(account, "session.login_failed", now, _wrong_password())
        if account.disabled:
            raise LoginRefused(translate("Access", "This account is disabled. Ask an administrator."))
        values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
        if self.ws.db.read_only:
            # A damaged database opened read-only: the user may still sign in
            # to read and to restore a backup; nothing is recorded.
            self.ws.session = account.session()
            return self.ws.session
        if needs_rehash(stored):
            values["password_hash"] = hash_password(password)
        with self.ws.db.write(account.login, "session.login") as w:
            if UserStore(w.conn).get(account.id) is None:
                raise LoginRefused(_wrong_password())
            w.update("user_account", account.id, None, values)
        self.ws.session = self.get(account.id).session()
        user_keys.complete(self.ws, account.login, password)
        return self.ws.session

    def unlock(self, password: str, *, now: datetime | None = None) -> None:
        """The idle lock: the signed-in user's password again. Wrong ones
        count like wrong sign-ins."""
        now = _utc(now)
        user_id = self.ws.session.user_id
        if user_id is None:
            return   # open access: there is no password to ask
        account, stored = self._credentials(user_id)
        if account is None:
            raise LoginRefused(translate("Access", "This account no longer exists."))
        self._refuse_if_locked(account, now)
        if not verify_password(stored, password):
            self._count_failure(account, "session.unlock_failed", now,
                                translate("Access", "The password is wrong."))
        if account.disabled:
            raise LoginRefused(translate("Access", "This account is disabled. Ask an administrator."))
        if (account.failed_logins or account.locked_until) and not self.ws.db.read_only:
            with self.ws.db.write(account.login, "session.unlock") as w:
                w.update("user_account", account.id, None, {"failed_logins": 0, "locked_until": None})
        self.ws.session = account.session()

    def sign_out(self) -> None:
        self.ws.session = SIGNED_OUT

    # -- the key ring of an encrypted database -----------------------------

    def without_key(self) -> list[str]:
        """Enabled accounts that cannot open the encrypted database yet (no
        entry in its key ring); [] for a plain database."""
        return user_keys.without_key(self.ws, self.list())

    def key_notice(self, user_id: str) -> str | None:
        """What to tell an administrator about an enabled account without a
        key entry (re-enabled, or made before the encryption); None if it
        has one or the database is plain."""
        account = self.get(user_id)
        if account.disabled or account.login not in self.without_key():
            return None
        return translate("Access", "{login} cannot open this encrypted database yet: reset their password to give "
                                   "them a key, then tell them the new password.").format(login=account.login)

    # -- helpers -----------------------------------------------------------

    def _credentials(self, user_id: str | None = None, *, login: str | None = None
                     ) -> tuple[UserAccount | None, str]:
        with self.ws.db.read() as r:
            store = UserStore(r.conn)
            if login is not None:
                account = store.by_login(login)
            else:
                account = store.get(user_id) if user_id is not None else None
            return account, (store.password_hash(account.id) if account else "")

    def _refuse_if_locked(self, account: UserAccount, now: datetime) -> None:
        until = max(filter(None, (account.locked_until, self._held_locks.get(account.id, (0, None))[1])),
                    default=None)
        if until is not None and until > now:
            raise _locked((until - now).total_seconds())

    @property
    def _held_locks(self) -> dict:
        # Wrong passwords on a read-only (damaged) database, which cannot
        # record them: counted in memory for as long as it is open.
        return self.__dict__.setdefault("_memory_locks", {})

    def _count_failure(self, account: UserAccount, action: str, now: datetime, message: str) -> None:
        """Record a wrong password (locking the login after too many) and refuse."""
        if self.ws.db.read_only:
            failures = max(account.failed_logins, self._held_locks.get(account.id, (0, None))[0]) + 1
            wait = lockout_seconds(failures)
            self._held_locks[account.id] = (failures, now + timedelta(seconds=wait) if wait else None)
            if wait:
                raise LoginRefused(f"{message} {_locked(wait).message}", retry_after=wait)
            raise LoginRefused(message)
        with self.ws.db.write(account.login, action) as w:
            current = UserStore(w.conn).get(account.id)
            if current is None:
                raise LoginRefused(_wrong_password())
            failures = current.failed_logins + 1
            wait = lockout_seconds(failures)
            values = {"failed_logins": failures}
            if wait:
                values["locked_until"] = now + timedelta(seconds=wait)
            w.update("user_account", account.id, None, values)
        if wait:
            raise LoginRefused(f"{message} {_locked(wait).message}", retry_after=wait)
        raise LoginRefused(message)
