"""The key ring: the database's master key, wrapped once per user and once
under the recovery key, in `<db>.keys` beside the database.

The file is JSON:

    {"format": "villagedesk-keys-1",
     "key_check": hex of HMAC-SHA256(master, b"villagedesk key check")[:16],
     "users": {"<login>": {"kdf": "argon2id", "salt", "time_cost", "memory_kib",
                           "parallelism", "nonce", "wrapped",
                           "failures": 0, "locked_until": null | ISO time}},
     "recovery": {"kdf": "hkdf-sha256", "salt", "nonce", "wrapped"}}

A user's key-encryption key is argon2id of their password with the cost
of `services/passwords.py` (stored in the entry, so a ring made with one
cost opens under another); the master key is wrapped with AES-256-GCM, the
login as associated data (an entry copied under another login does not
open). The recovery key has ~133 random bits: HKDF is enough there, no
guessing can pay for that many.

`key_check` tells a wrong key from a damaged database: an unwrapped key
that matches it is the database's, so SQLCipher refusing it means damage.
`failures`/`locked_until` count wrong passwords before the database is
open (core.access.lockout_seconds), as the account does once it is.

Written whole or not at all: a temporary file, fsynced, renamed over.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import Type
from argon2.low_level import hash_secret_raw

from desktop.core.access import lockout_seconds, normalise_login
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.passwords import COSTS, Cost, cost_name
from desktop.storage.backup import fsync_folder

FORMAT = "villagedesk-keys-1"
SUFFIX = ".keys"
RECOVERY_COPY = "recovery.keys"
MASTER_BYTES = 32
_CHECK_LABEL = b"villagedesk key check"
_RECOVERY_INFO = b"villagedesk recovery key"
_RECOVERY_AAD = b"recovery"


class KeyRingError(VillageDeskError):
    """The key ring file is missing, unreadable or not ours."""


def ring_path(db_path: Path) -> Path:
    """`<db>.keys` beside the database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def key_check(master: bytes) -> str:
    return hmac.new(master, _CHECK_LABEL, hashlib.sha256).digest()[:16].hex()


def _password_kek(password: str, salt: bytes, cost: Cost) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                           parallelism=cost.parallelism, hash_len=32, type=Type.ID)


def _aesgcm(key: bytes):
    # Imported when a key is wrapped or unwrapped: the cryptography package
    # costs start-up time the window does not need to pay.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _recovery_kek(digits: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(digits.encode("ascii"))


def _entry_cost(entry: dict) -> Cost:
    return Cost(time_cost=int(entry["time_cost"]), memory_kib=int(entry["memory_kib"]),
                parallelism=int(entry["parallelism"]))


def _unwrap(kek: bytes, entry: dict, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag

    try:
        return _aesgcm(kek).decrypt(bytes.fromhex(entry["nonce"]), bytes.fromhex(entry["wrapped"]), aad)
    except (InvalidTag, ValueError, KeyError):
        return None


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    return now if now.tzinfo is not None else now.replace(tzinfo=timezone.utc)


def waste_unwrap(password: str) -> None:
    """As slow as unwrapping a user's entry: an unknown login is refused after
    the same time as a wrong password."""
    _password_kek(password, bytes(16), COSTS[cost_name()])


@dataclass
class KeyRing:
    key_check: str
    users: dict[str, dict] = field(default_factory=dict)
    recovery: dict | None = None

    # -- making and reading ------------------------------------------------

    @classmethod
    def create(cls, master: bytes, recovery_digits: str) -> "KeyRing":
        """A new ring for `master` with its recovery entry (no users yet)."""
        ring = cls(key_check(master))
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = _aesgcm(_recovery_kek(recovery_digits, salt)).encrypt(nonce, master, _RECOVERY_AAD)
        ring.recovery = {"kdf": "hkdf-sha256", "salt": salt.hex(), "nonce": nonce.hex(), "wrapped": wrapped.hex()}
        return ring

    @classmethod
    def load(cls, path: Path) -> "KeyRing":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyRingError(translate("Encryption", "The key file {path} is missing: without it the database "
                                                       "opens only with the recovery key.").format(path=path)) from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise KeyRingError(translate("Encryption", "The key file {path} cannot be read ({reason}): open the "
                                                       "database with the recovery key.").format(
                path=path, reason=getattr(exc, "strerror", None) or exc)) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("key_check"), str):
            raise KeyRingError(translate("Encryption", "{path} is not a VillageDesk key file (or a newer one).")
                               .format(path=path))
        users = data.get("users") or {}
        recovery = data.get("recovery")
        if not isinstance(users, dict) or not (recovery is None or isinstance(recovery, dict)):
            raise KeyRingError(translate("Encryption", "{path} is not a VillageDesk key file (or a newer one).")
                               .format(path=path))
        return cls(data["key_check"], {str(k): dict(v) for k, v in users.items()}, recovery)

    def as_json(self) -> dict:
        return {"format": FORMAT, "key_check": self.key_check, "users": self.users, "recovery": self.recovery}

    def recovery_only(self) -> dict:
        """What the backup folder keeps: enough to open a backup with the recovery key."""
        return {"format": FORMAT, "key_check": self.key_check, "recovery": self.recovery}

    def save(self, path: Path) -> None:
        write_json_atomically(Path(path), self.as_json())

    # -- keys --------------------------------------------------------------

    def matches(self, master: bytes) -> bool:
        return hmac.compare_digest(key_check(master), self.key_check)

    def entry(self, login: str) -> dict | None:
        return self.users.get(normalise_login(login))

    def logins(self) -> list[str]:
        return sorted(self.users)

    def set_password(self, login: str, password: str, master: bytes, cost: Cost | None = None) -> None:
        """Wrap `master` for `login` under `password` (a new entry, lockout cleared)."""
        if not self.matches(master):
            raise ValueError("not this ring's master key")
        login = normalise_login(login)
        cost = cost or COSTS[cost_name()]
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = _aesgcm(_password_kek(password, salt, cost)).encrypt(nonce, master, login.encode("utf-8"))
        self.users[login] = {"kdf": "argon2id", "salt": salt.hex(), "time_cost": cost.time_cost,
                             "memory_kib": cost.memory_kib, "parallelism": cost.parallelism,
                             "nonce": nonce.hex(), "wrapped": wrapped.hex(), "failures": 0, "locked_until": None}

    def drop(self, login: str) -> bool:
        return self.users.pop(normalise_login(login), None) is not None

    def unwrap(self, login: str, password: str) -> bytes | None:
        """The master key if `password` is `login`'s; None otherwise (or no entry)."""
        login = normalise_login(login)
        entry = self.users.get(login)
        if entry is None:
            return None
        try:
            kek = _password_kek(password, bytes.fromhex(entry["salt"]), _entry_cost(entry))
        except (KeyError, ValueError, TypeError):
            return None
        master = _unwrap(kek, entry, login.encode("utf-8"))
        return master if master is not None and self.matches(master) else None

    def unwrap_recovery(self, digits: str) -> bytes | None:
        """The master key if `digits` (canonical recovery key) is this ring's."""
        entry = self.recovery
        if not entry:
            return None
        try:
            kek = _recovery_kek(digits, bytes.fromhex(entry["salt"]))
        except (KeyError, ValueError):
            return None
        master = _unwrap(kek, entry, _RECOVERY_AAD)
        return master if master is not None and self.matches(master) else None

    def outdated(self, login: str) -> bool:
        """Whether `login`'s entry was made with another cost than today's
        (rewrapped at the next successful sign-in, like the password hash)."""
        entry = self.entry(login)
        return entry is not None and _entry_cost(entry) != COSTS[cost_name()]

    # -- wrong passwords before the database is open ------------------------

    def locked_for(self, login: str, now: datetime | None = None) -> float:
        """Seconds until `login` may try again (0: now)."""
        entry = self.entry(login)
        until = entry.get("locked_until") if entry else None
        if not until:
            return 0.0
        try:
            left = (datetime.fromisoformat(until) - _utc(now)).total_seconds()
        except ValueError:
            return 0.0
        return max(0.0, left)

    def record_failure(self, login: str, now: datetime | None = None) -> float:
        """Count a wrong password for `login`; the wait it brings (0: none)."""
        entry = self.entry(login)
        if entry is None:
            return 0.0
        entry["failures"] = int(entry.get("failures") or 0) + 1
        wait = lockout_seconds(entry["failures"])
        entry["locked_until"] = (_utc(now) + timedelta(seconds=wait)).isoformat() if wait else None
        return wait

    def clear_failures(self, login: str) -> bool:
        """Forget `login`'s wrong passwords; whether there were any."""
        entry = self.entry(login)
        if entry is None or not (entry.get("failures") or entry.get("locked_until")):
            return False
        entry["failures"], entry["locked_until"] = 0, None
        return True


def write_json_atomically(path: Path, data: dict) -> None:
    """Write `data` to `path` whole or not at all (temp + fsync + replace),
    readable by the owner only where the system allows."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.chmod(temp, 0o600)
        except OSError:
            pass   # a FAT stick has no modes
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def write_recovery_copy(ring_file: Path, folder: Path) -> Path:
    """Put `recovery.keys` (only format, key_check and the recovery entry) in
    `folder` (the backup folder): with it and the recovery sheet a backup
    opens when the laptop and its key ring are gone."""
    ring = KeyRing.load(ring_file)
    target = Path(folder) / RECOVERY_COPY
    write_json_atomically(target, ring.recovery_only())
    return target

