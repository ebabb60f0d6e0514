"""The accounts' side of the key ring (`services/key_ring.py`): what the
user service does to an encrypted database's ring when accounts change.

Each entry is made before the database write (argon2id is slow, and a
missing ring must stop the change before it happens) and stored after the
write succeeded. A plain database (`ws.db.key` None) has no ring: every
function here does nothing for it.
"""

from __future__ import annotations

from typing import Iterable

from desktop.core.access import Role, UserAccount, normalise_login
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.key_ring import KeyRing, KeyRingError, ring_path


def _keyed(ws) -> bool:
    return getattr(ws.db, "key", None) is not None and ws.db.path is not None


def ring(ws) -> KeyRing | None:
    """The database's key ring as it is on disk; None for a plain database.
    KeyRingError (a clear message) when it is missing or unreadable."""
    if not _keyed(ws):
        return None
    return KeyRing.load(ring_path(ws.db.path))


def entry_for(ws, login: str, password: str) -> dict | None:
    """The ring entry wrapping the database's key for `login` under `password`."""
    current = ring(ws)
    if current is None:
        return None
    login = normalise_login(login)
    current.set_password(login, password, ws.db.key)
    return current.users[login]


def store(ws, login: str, entry: dict | None) -> None:
    """Put `login`'s entry into the ring file (None: drop it). The ring is
    read again just before, so another program's change to another entry
    is kept."""
    if not _keyed(ws):
        return
    path = ring_path(ws.db.path)
    current = KeyRing.load(path)
    if entry is None:
        if not current.drop(login):
            return
    else:
        current.users[normalise_login(login)] = entry
    current.save(path)


def check_recoverable(account: UserAccount) -> None:
    """Refuse an account the recovery key may not stand in for: only an
    enabled administrator's."""
    if Role.ADMIN not in account.roles or account.disabled:
        raise VillageDeskError(translate("Access", "Only an enabled administrator's password can be set with the "
                                                   "recovery key; {login} is not one.").format(login=account.login))


def without_key(ws, accounts: Iterable[UserAccount]) -> list[str]:
    current = ring(ws)
    if current is None:
        return []
    return [a.login for a in accounts if not a.disabled and current.entry(a.login) is None]


def complete(ws, login: str, password: str) -> None:
    """After a good sign-in into an open encrypted database: an account
    without an entry (made before the encryption) gets one; an entry made
    with another cost is rewrapped with today's. Best effort: the sign-in
    stands either way."""
    try:
        current = ring(ws)
        if current is None or (current.entry(login) is not None and not current.outdated(login)):
            return
        store(ws, login, entry_for(ws, login, password))
    except (KeyRingError, OSError):
        pass
