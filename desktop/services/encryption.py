"""The encrypted database: which state a file is in, opening it with a
password or the recovery key, and converting a plain one.

The master key (32 random bytes) never changes for a database; the key ring
beside it (`services/key_ring.py`) holds it wrapped per user and under the
recovery key. Opening unwraps it first, so a wrong password or recovery key
never touches the database: nothing in it changes, and the key ring only
counts the wrong password against its entry (the lockout before opening).

Converting (`encrypt_database`): a backup first, `sqlcipher_export` into a
file beside the database, checked (it opens with the key and counts the same
rows per table), the key ring and its recovery copy written, the file put in
the database's place, then every plain file the database left (its backups,
`<db>.before-*.bak`, the attachments) encrypted and the plain ones zeroed
before removal. That tidy-up (`finish_pending`) runs again at every opening
until nothing plain is left, so a crash or a full disk leaves nothing
half-done for long.
"""

from __future__ import annotations

import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.core.access import normalise_login
from desktop.core.errors import DatabaseError, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.passwords import check_password
from desktop.core.progress import NO_PROGRESS, Cancelled, Progress
from desktop.core.recovery_key import format_key, from_bytes, parse
from desktop.services.file_wipe import discard_old, replace_wiping, wipe_file
from desktop.services.key_ring import RECOVERY_COPY, KeyRing, KeyRingError, ring_path, waste_unwrap, \
    write_recovery_copy
from desktop.services.user_keys import check_recoverable
from desktop.services.users import LoginRefused, locked_refusal, wrong_password
from desktop.services.workspace import Workspace
from desktop.storage import cipher
from desktop.storage.database import DamagedDatabaseError
from desktop.storage.table_counts import checkpoint, table_counts

__all__ = ["EncryptionResult", "RecoveryKeyRefused", "database_state", "encrypt_database", "finish_pending",
           "open_with_password", "open_with_recovery_key"]

MISSING, PLAIN, ENCRYPTED, SERVER = "missing", "plain", "encrypted", "server"
_NEW = ".encrypted"      # the encrypted copy before it takes the plain file's place
# Beside the database from the swap until its backups and attachments are
# encrypted too: only then does opening look through them (every file of the
# attachment store), not at every sign-in.
_PENDING = ".encryption-pending"


def _pending(path: Path) -> Path:
    return path.with_name(path.name + _PENDING)


@dataclass(frozen=True)
class EncryptionResult:
    recovery_key: str                 # as shown: 8 groups of 6 digits joined by "-"
    backup: Path | None               # the backup made first ("before-encryption")
    users_without_key: list[str] = field(default_factory=list)   # need an administrator's password reset


class RecoveryKeyRefused(VillageDeskError):
    """A well-formed recovery key that is not this database's."""


def _path(target: str | Path) -> Path:
    return Path(target).expanduser().resolve()


def database_state(target: str | Path) -> str:
    """"missing", "plain", "encrypted" or "server" (a URL), from the file's
    first bytes: nothing is opened."""
    if "://" in str(target):
        return SERVER
    path = _path(target)
    if not path.exists():
        return MISSING
    return ENCRYPTED if cipher.is_encrypted(path) else PLAIN


# -- opening ------------------------------------------------------------------------


def open_with_password(target: str | Path, login: str, password: str, *, check=False,
                       now: datetime | None = None) -> Workspace:
    """Open the database and sign `login` in. For an encrypted one the key
    ring entry is unwrapped first: a wrong password changes nothing but the
    entry's count of wrong passwords (the same refusal as a wrong sign-in,
    locks after three). A plain database opens as `Workspace.open` does."""
    if database_state(target) != ENCRYPTED:
        ws = Workspace.open(target, create=False, check=check)
        return _signed_in(ws, login, password, now)
    path = _path(target)
    ring_file = ring_path(path)
    ring = KeyRing.load(ring_file)
    login = normalise_login(login)
    if ring.entry(login) is None:
        waste_unwrap(password)
        raise LoginRefused(wrong_password())
    wait = ring.locked_for(login, now)
    if wait:
        raise locked_refusal(wait)
    master = ring.unwrap(login, password)
    if master is None:
        wait = ring.record_failure(login, now)
        ring.save(ring_file)
        if wait:
            raise LoginRefused(f"{wrong_password()} {locked_refusal(wait).message}", retry_after=wait)
        raise LoginRefused(wrong_password())
    ws = _open_keyed(path, master, check)
    ws = _signed_in(ws, login, password, now)
    if ring.clear_failures(login):
        _save_quietly(ring_file, login)
    return _finished(ws)


def open_with_recovery_key(target: str | Path, recovery_key: str, login: str, new_password: str, *, check=False,
                           now: datetime | None = None) -> Workspace:
    """Open an encrypted database with its recovery key (every password
    lost), give the administrator `login` the new password (their key entry
    rewrapped, locks lifted) and sign them in. The key ring beside the file
    is used, else a `recovery.keys` copy beside it or in the backup folder
    (then a new ring is made beside the database). A mistyped or wrong key
    changes nothing."""
    digits = parse(recovery_key)
    path = _path(target)
    if database_state(path) != ENCRYPTED:
        raise VillageDeskError(translate("Encryption", "{path} is not encrypted: open it with a password, not the "
                                                       "recovery key.").format(path=path))
    check_password(new_password, normalise_login(login), field="new_password")
    ring, master = _recovered_ring(path, digits)
    ws = _open_keyed(path, master, check)
    try:
        account = ws.users.find(login)
        check_recoverable(account)
        if ws.db.read_only:
            # A damaged database (opened read-only to restore a backup)
            # cannot take a new password: the administrator is let in as is.
            ws.session = account.session()
            return ws
        ring_file = ring_path(path)
        if not ring_file.exists():
            ring.save(ring_file)   # rebuilt from the recovery copy: the entry goes into it next
        ws.users.recover_password(account.id, new_password)
        ws.users.login(account.login, new_password, now=now)
    except BaseException:
        ws.close()
        raise
    return _finished(ws)


def _recovered_ring(path: Path, digits: str) -> tuple[KeyRing, bytes]:
    """The ring to keep (the one beside the database, or a new one from a
    recovery copy) and the master key the recovery key unwraps."""
    candidates = [ring_path(path), path.parent / RECOVERY_COPY]
    try:
        from desktop.services.backups import folder_for

        candidates.append(folder_for(path) / RECOVERY_COPY)
    except (OSError, VillageDeskError):
        pass
    found = False
    for candidate in dict.fromkeys(candidates):
        if not candidate.exists():
            continue
        try:
            ring = KeyRing.load(candidate)
        except KeyRingError:
            continue
        found = True
        master = ring.unwrap_recovery(digits)
        if master is not None:
            if candidate != candidates[0]:
                ring = KeyRing(ring.key_check, {}, ring.recovery)
            return ring, master
    if not found:
        raise KeyRingError(translate("Encryption", "Neither the key file {ring} nor a recovery.keys copy in the "
                                                   "backup folder is there: the recovery key alone cannot open "
                                                   "{path}.").format(ring=ring_path(path), path=path.name))
    raise RecoveryKeyRefused(translate("Encryption", "This recovery key does not open {name}: it belongs to another "
                                                     "database. Check the name on the recovery sheet.").format(
        name=path.name))


def _open_keyed(path: Path, master: bytes, check) -> Workspace:
    try:
        return Workspace.open(path, create=False, check=check, key=master)
    except DamagedDatabaseError as exc:
        exc.key = master       # the restore offer reads the backups with it
        raise
    except cipher.WrongKey:
        # The key ring's own check says the key is this database's: SQLCipher
        # refusing it means the file's first page is damaged.
        damaged = DamagedDatabaseError(translate("Errors", "{path} is damaged: its key is right but its first "
                                                           "page cannot be read.").format(path=path), path)
        damaged.key = master
        raise damaged from None


def _signed_in(ws: Workspace, login: str, password: str, now: datetime | None) -> Workspace:
    try:
        ws.users.login(login, password, now=now)
    except BaseException:
        ws.close()
        raise
    return ws


def _finished(ws: Workspace) -> Workspace:
    # Opening finishes a conversion a crash interrupted; it never stops the opening.
    try:
        finish_pending(ws)
    except (VillageDeskError, OSError):
        pass
    return ws


def _save_quietly(ring_file: Path, login: str) -> None:
    # Re-read: only this entry's count is ours to clear.
    try:
        ring = KeyRing.load(ring_file)
        if ring.clear_failures(login):
            ring.save(ring_file)
    except (KeyRingError, OSError):
        pass


# -- converting ---------------------------------------------------------------------


def _check_can_encrypt(ws: Workspace) -> Path:
    db = ws.db
    if db.path is None:
        raise VillageDeskError(translate("Encryption", "A database on a server is protected by its server; "
                                                       "VillageDesk encrypts database files only."))
    if db.key is not None:
        raise VillageDeskError(translate("Encryption", "This database is encrypted already."))
    if db.read_only:
        raise DatabaseError(translate("Encryption", "This database is damaged: restore it from a backup before "
                                                    "encrypting it."))
    ws.session.check("database.encrypt")
    if ws.session.open_access or ws.session.user_id is None:
        raise VillageDeskError(translate("Encryption", "A database without user accounts cannot be encrypted: "
                                                       "there is no password to protect its key. Add an "
                                                       "administrator first."))
    return db.path


def encrypt_database(ws: Workspace, password: str, progress: Progress = NO_PROGRESS) -> EncryptionResult:
    """Encrypt the signed-in administrator's plain database in place (their
    `password` again, checked first). Cancelling before the encrypted copy
    takes the database's place leaves everything as it was; after that the
    rest (plain backups and attachments) is finished without stopping, or at
    the next opening. Other users get no key entry (their passwords are not
    known here): `users_without_key` names them for a password reset."""
    path = _check_can_encrypt(ws)
    account = ws.users.confirm_password(password)
    progress.step(0, 5, translate("Encryption", "Making a backup first…"))
    backup = ws.backups.create("before-encryption", progress)
    progress.step(1, 5, translate("Encryption", "Encrypting the database…"))
    master = secrets.token_bytes(cipher.KEY_BYTES)
    digits = from_bytes(secrets.token_bytes(32))
    ring = KeyRing.create(master, digits)
    ring.set_password(account.login, password, master)
    others = [a.login for a in ws.users.list() if not a.disabled and a.login != account.login]
    new = path.with_name(path.name + _NEW)
    ws.db.close()
    try:
        checkpoint(path)
        before = table_counts(path, None)
        cipher.encrypt_file(path, new, master)
        progress.step(2, 5, translate("Encryption", "Checking the encrypted copy…"))
        if cipher.integrity_problems(new, master) or table_counts(new, master) != before:
            raise DatabaseError(translate("Encryption", "The encrypted copy did not check out, so the database "
                                                        "was left as it was (not encrypted)."))
        progress.step(3, 5)
        ring.save(ring_path(path))   # before the swap: an encrypted file never stands without its ring
        _pending(path).write_bytes(b"")
        _replace(new, path)
    except BaseException as exc:
        if not cipher.is_encrypted(path):
            # The swap did not happen: the plain database stays, and nothing of the attempt.
            wipe_file(new)
            ring_path(path).unlink(missing_ok=True)
            _pending(path).unlink(missing_ok=True)
            ws.reopen(key=None)
            if isinstance(exc, (OSError, *cipher.errors(master))):
                # A full disk or a pulled stick while the copy was written.
                raise DatabaseError(translate(
                    "Encryption", "The database could not be encrypted: the disk is full or cannot be written "
                                  "({reason}). It was left as it was (not encrypted).").format(
                    reason=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)) from exc
            raise
        # Only the tidy-up after the swap failed (the next opening retries it):
        # the recovery key must still come back.
    ws.reopen(key=master)
    _recovery_copy(ws)
    steady = _Steady(progress)
    steady.step(4, 5, translate("Encryption", "Encrypting the backups and attachments…"))
    finish_pending(ws, steady)
    steady.step(5, 5)
    return EncryptionResult(format_key(digits), backup.path if backup else None, others)


def _replace(new: Path, path: Path) -> None:
    """Put the encrypted file `new` in the plain database's place and zero
    the plain content (file_wipe.replace_wiping). Its WAL and shared memory,
    emptied by the checkpoint, go first: never to be read with the new file."""
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            wipe_file(Path(f"{path}{suffix}"))
        replace_wiping(new, path)
    except BaseException:
        wipe_file(new)
        raise


class _Steady(Progress):
    """Reports to `outer` but never stops: past the point of no return the
    user's recovery key must come back."""

    def __init__(self, outer: Progress) -> None:
        super().__init__()
        self.outer = outer

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        try:
            self.outer.step(done, total, text)
        except Cancelled:
            pass


def _recovery_copy(ws: Workspace) -> None:
    try:
        write_recovery_copy(ring_path(ws.db.path), ws.backups.folder)
    except (VillageDeskError, OSError):
        pass   # the next opening tries again (finish_pending)


def finish_pending(ws: Workspace, progress: Progress = NO_PROGRESS) -> list[str]:
    """Encrypt what an encrypted database left plain beside it: leftovers
    of an interrupted conversion, `<db>.before-*.bak`, plain backups in the
    backup folder and plain attachments (while the conversion's `_PENDING`
    mark is there); and put `recovery.keys` into the backup folder if it is
    missing. Quick when there is nothing to do. The problems met (a damaged
    plain backup cannot be encrypted and is left as it is), in the user's
    language."""
    db = ws.db
    if db.key is None or db.path is None or db.read_only:
        return []
    path, key = db.path, db.key
    problems: list[str] = []
    wipe_file(path.with_name(path.name + _NEW))
    discard_old(path)
    for plain in sorted(path.parent.glob(path.name + ".before-*.bak")):
        wipe_file(plain.with_name(plain.name + _NEW))
        discard_old(plain)
        if cipher.is_encrypted(plain):
            continue
        try:
            new = plain.with_name(plain.name + _NEW)
            cipher.encrypt_file(plain, new, key)
            _replace(new, plain)
        except (OSError, VillageDeskError, *cipher.errors(key)) as exc:
            problems.append(translate("Encryption", "{name} could not be encrypted: {reason}").format(
                name=plain.name, reason=exc))
    folder = ws.backups.folder
    if not (folder / RECOVERY_COPY).exists() and folder.exists():
        _recovery_copy(ws)
    from desktop.services.attachments import AttachmentStore

    pending = _pending(path)
    if pending.exists():
        found = ws.backups.encrypt_plain(progress)
        AttachmentStore.beside(path, key).encrypt_existing(progress)
        if not found:
            pending.unlink(missing_ok=True)
        problems += found
    _wipe_sync_scratch(ws)
    return problems


def _wipe_sync_scratch(ws: Workspace) -> None:
    """A bundle's plain payload lives beside the database only while it is
    exported or imported; one a crash left behind is overwritten and removed."""
    from desktop.services.sync.importing import sync_folder

    for scratch in (sync_folder(ws) / "staging", sync_folder(ws) / "work"):
        if not scratch.is_dir():
            continue
        for leftover in sorted((p for p in scratch.rglob("*") if p.is_file()), reverse=True):
            wipe_file(leftover)
        shutil.rmtree(scratch, ignore_errors=True)
