"""Backup files: their names, finding them, making one safely, putting one
back in place of the database.

A backup is `<db stem>.<installation id>.<UTC time>.<reason>.<change head>.sqlite3`
in the backup folder. The installation id keeps several databases' backups
apart in a shared folder (a stick); the change head (`storage.backup.head_text`)
says which history the copy holds, so an automatic backup is skipped when
nothing changed since the newest one.

Making one: SQLite's backup API into `<name>.<pid>.tmp`, fsync, quick_check
of the copy, rename, fsync of the folder. The backup of an encrypted
database is encrypted with its key (the copy is made between two keyed
connections, so no plain page is ever written); `recovery.keys` beside the
backups opens them with the recovery sheet (`services/backups.py`). Until the rename the copy has a
name no listing accepts, so an interrupted backup (cancel, crash, full disk,
pulled stick) never replaces or hides the last good one; old backups are
pruned only after a new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from desktop.core.errors import DatabaseError, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.backup_rotation import to_keep
from desktop.storage import cipher
from desktop.storage.backup import (
    BUSY, DAMAGED, FULL, IO, CopyFailed, check_file, copy_database, fsync_file, fsync_folder, in_use,
    remove_database_files,
)

REASONS = ("startup", "hourly", "manual", "before-import", "before-migration", "before-restore",
           "before-encryption")
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<iid>[^.]+)\.(?P<stamp>\d{8}-\d{6}-\d{3})\.(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"\.(?P<head>\d+(?:-[0-9A-Za-z]+)?)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime           # UTC
    reason: str                 # one of REASONS
    size: int                   # bytes
    installation_id: str = ""
    head: str = "0"             # the last change set the copy holds

    @property
    def name(self) -> str:
        return self.path.name


class BackupFailed(VillageDeskError):
    """A backup could not be made; the message says why and what to do."""


def default_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def backup_name(db_path: Path, installation_id: str, made_at: datetime, reason: str, head: str) -> str:
    moment = made_at.astimezone(timezone.utc)
    stamp = f"{moment.strftime(_STAMP)}-{moment.microsecond // 1000:03d}"
    return f"{db_path.stem}.{installation_id}.{stamp}.{reason}.{head}{SUFFIX}"


def parse(path: Path) -> Backup | None:
    """The backup a file name describes; None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"][:15], _STAMP).replace(
            microsecond=int(match["stamp"][16:]) * 1000, tzinfo=timezone.utc)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, made_at, match["reason"], size, match["iid"], match["head"])


def list_backups(folder: Path, *, installation_id: str | None = None, stem: str | None = None) -> list[Backup]:
    """The complete backups in `folder`, newest first: those of one
    installation, else (its id unknown: the database cannot be read) those
    named after the database file's stem. An unreadable folder holds none."""
    try:
        paths = [p for p in folder.iterdir() if p.name.endswith(SUFFIX)]
    except OSError:
        return []
    found = []
    for path in paths:
        backup = parse(path)
        if backup is None:
            continue
        if installation_id is not None and backup.installation_id != installation_id:
            continue
        if installation_id is None and stem is not None and path.name[:len(stem) + 1] != f"{stem}.":
            continue
        found.append(backup)
    return sorted(found, key=lambda b: (b.made_at, b.name), reverse=True)


def make_backup(db_path: Path, folder: Path, *, installation_id: str, head: str, reason: str, made_at: datetime,
                copy: Callable[[Path, Callable[[int, int], None]], None] | None = None,
                progress: Progress = NO_PROGRESS, key: bytes | None = None) -> Backup:
    """Copy the database at `db_path` into `folder` as a complete, checked
    backup (see the module's docstring), encrypted with `key` if the
    database is encrypted. Raises BackupFailed (nothing left behind) or
    Cancelled."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    remove_stale(folder, installation_id)
    made_at = made_at.astimezone(timezone.utc)
    made_at = made_at.replace(microsecond=made_at.microsecond // 1000 * 1000)   # as its name says
    while True:
        name = backup_name(db_path, installation_id, made_at, reason, head)
        if not (folder / name).exists():
            break
        made_at += timedelta(milliseconds=1)   # two in the same millisecond
    target = folder / name
    temp = folder / f"{name}.{os.getpid()}.tmp"
    copying = translate("Backups", "Copying the database")

    def on_step(done: int, total: int) -> None:
        # The copy is most of the work; the check of the copy the rest.
        progress.step(done, total + total // 2, copying)

    try:
        if copy is None:
            copy_database(db_path, temp, key=key, on_step=on_step)
        else:
            copy(temp, on_step)
        total = max(progress.total, 1)
        progress.step(progress.done, total, translate("Backups", "Checking the copy"))
        problems = check_file(temp, key=key)
        if problems:
            raise BackupFailed(translate("Backups", "The copy did not pass its check ({problem}), so it was removed. "
                                                    "The last good backup is kept.").format(problem=problems[0]))
        progress.step(total, total)
        os.replace(temp, target)
        with contextlib.suppress(OSError):
            fsync_folder(folder)
    except CopyFailed as exc:
        _discard(temp)
        raise _copy_error(folder, exc) from exc
    except OSError as exc:
        _discard(temp)
        raise _folder_error(folder, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    return Backup(target, made_at, reason, _size(target), installation_id, head)


def prune(folder: Path, installation_id: str, now: datetime) -> list[Path]:
    """Remove this installation's backups the rotation no longer keeps."""
    backups = list_backups(folder, installation_id=installation_id)
    keep = to_keep([(b.path, b.made_at) for b in backups], now)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def remove_stale(folder: Path, installation_id: str) -> None:
    """Remove the copies interrupted backups left (none another process is
    still writing: it holds SQLite's lock on its copy)."""
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.endswith(".tmp") and f".{installation_id}." in path.name and not in_use(path):
                _discard(path)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        remove_database_files(path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# -- restoring ----------------------------------------------------------------

def stage_restore(db_path: Path, backup: Backup, progress: Progress = NO_PROGRESS, *,
                  key: bytes | None = None) -> Path:
    """Copy `backup` beside the database and check it through: the file that
    will take the database's place. Raises BackupFailed if the backup is
    unreadable or damaged (nothing changed).

    `key`: the database's, when it is encrypted. An encrypted backup needs
    it (one made of another database does not open with it); a plain backup
    (from before the encryption) is encrypted with it on the way in, so the
    restored database is encrypted like the one it replaces."""
    temp = db_path.with_name(f"{db_path.name}.restoring.{os.getpid()}.tmp")
    _discard(temp)
    text = translate("Backups", "Reading the backup")
    encrypted = cipher.is_encrypted(backup.path)
    if encrypted and key is None:
        raise BackupFailed(translate(
            "Backups", "The backup {name} is encrypted: sign in to the database first, or open it with the "
                       "recovery key. Nothing was changed.").format(name=backup.name))
    try:
        if key is not None and not encrypted:
            progress.step(0, 0, text)
            cipher.encrypt_file(backup.path, temp, key)
        else:
            copy_database(backup.path, temp, key=key,
                          on_step=lambda done, total: progress.step(done, total + total // 2, text))
        total = max(progress.total, 1)
        progress.step(progress.done, total, translate("Backups", "Checking the backup"))
        problems = check_file(temp, key=key, full=True)
    except cipher.WrongKey as exc:
        _discard(temp)
        raise BackupFailed(translate(
            "Backups", "The backup {name} was made of another database: this database's key does not open it. "
                       "Nothing was changed: choose another backup.").format(name=backup.name)) from exc
    except (DatabaseError, *cipher.errors(key)) as exc:
        # encrypt_file on a plain backup SQLite cannot read.
        _discard(temp)
        raise _damaged_backup(backup, getattr(exc, "message", None) or str(exc)) from exc
    except CopyFailed as exc:
        _discard(temp)
        if exc.side == "source":
            raise _damaged_backup(backup, exc.detail) from exc
        raise _folder_error(db_path.parent, OSError(exc.detail)) from exc
    except OSError as exc:
        _discard(temp)
        raise _folder_error(db_path.parent, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    if problems:
        _discard(temp)
        raise _damaged_backup(backup, problems[0])
    progress.step(total, total)
    return temp


def keep_damaged(db_path: Path, now: datetime) -> Path:
    """Copy a damaged database (and its -wal) aside as `<db>.damaged-<time>`
    before it is replaced: what it still holds may be needed."""
    target = db_path.with_name(f"{db_path.name}.damaged-{now.astimezone(timezone.utc).strftime(_STAMP)}")
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{target}{suffix}")
                fsync_file(Path(f"{target}{suffix}"))
    except OSError as exc:
        raise _folder_error(db_path.parent, exc) from exc
    return target


def put_in_place(staged: Path, db_path: Path) -> None:
    """Replace the (closed) database with the checked copy `staged`.

    The old -wal and -shm go first: left beside the new file, SQLite would
    replay the old database's log into it.
    """
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        fsync_file(staged)
        os.replace(staged, db_path)
    except OSError as exc:
        _discard(staged)
        raise _folder_error(db_path.parent, exc) from exc
    with contextlib.suppress(OSError):
        fsync_folder(db_path.parent)


# -- messages -----------------------------------------------------------------

def _folder_error(folder: Path, exc: OSError) -> BackupFailed:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return _full(folder)
    return BackupFailed(translate(
        "Backups", "The folder {folder} cannot be written ({reason}). Plug in the drive or choose another "
                   "backup folder. The last good backup is kept.").format(folder=folder, reason=exc.strerror or exc))


def _full(folder: Path) -> BackupFailed:
    return BackupFailed(translate(
        "Backups", "There is not enough space in {folder}: the backup was not made. The last good backup is kept. "
                   "Free some space or choose another backup folder.").format(folder=folder))


def _copy_error(folder: Path, exc: CopyFailed) -> VillageDeskError:
    if exc.side == "source":
        if exc.kind == DAMAGED:
            return DatabaseError(translate(
                "Backups", "The database is damaged, so a copy of it would not be a good backup. "
                           "Restore it from a backup instead."))
        if exc.kind == BUSY:
            return BackupFailed(translate(
                "Backups", "The database is busy in another program: the backup was not made. Try again."))
        return BackupFailed(translate("Backups", "The database cannot be read ({reason}): the backup was not made.")
                            .format(reason=exc.detail))
    if exc.kind == FULL:
        return _full(folder)
    if exc.kind == IO and folder.is_dir():
        return BackupFailed(translate(
            "Backups", "Writing the backup to {folder} failed: the disk is full or faulty. The backup was not made; "
                       "the last good backup is kept. Free some space or choose another backup folder.").format(
            folder=folder))
    return _folder_error(folder, OSError(exc.detail))


def _damaged_backup(backup: Backup, problem: str) -> BackupFailed:
    return BackupFailed(translate(
        "Backups", "The backup {name} is damaged ({problem}). Nothing was changed: choose another backup.").format(
        name=backup.name, problem=problem))
