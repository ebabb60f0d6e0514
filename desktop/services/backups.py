"""Backups of the database (`ws.backups`): made, listed, rotated, restored.

Automatic backups: at start-up and after an hour of work (the GUI asks
`due()`), before every import (`before("before-import")`) and every
migration (`migration_backup`, passed to `Database.open`). An automatic
backup is skipped when the newest backup already holds the same history,
and it never stops the work it comes before: a roster, template or bundle
import is one transaction that leaves the database as it was if it fails,
so the earlier backups still cover it. A failed automatic backup keeps its
message in `last_error` for the GUI to show. A migration's backup is
required: if the backup folder cannot take it, it goes beside the database
(`<name>.before-<revision>.bak`) as before backups had a folder.

The files (names, safe writing, restore steps) are `backup_files.py`, the
rotation `backup_rotation.py`.

An encrypted database's backups are encrypted with its key, and every
backup made puts the key ring's recovery copy (`recovery.keys`: only the
master key wrapped under the recovery key) beside them, so the recovery
sheet opens a backup when the computer and its key ring are gone. Plain
backups from before the encryption are encrypted in place
(`encrypt_plain_backups`, `backup_encryption.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from desktop.core.errors import DatabaseError, NotFound, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.services.backup_encryption import encrypt_plain_backups
from desktop.services.backup_files import (
    REASONS, Backup, BackupFailed, default_folder, keep_damaged, list_backups, make_backup, prune,
    put_in_place, stage_restore,
)
from desktop.services.settings import load_settings, save_settings
from desktop.storage.backup import check_file, file_facts
from desktop.storage.database import backup_before_migration

__all__ = ["REASONS", "Backup", "BackupFailed", "BackupService", "RestoreResult", "backups_for",
           "check_database", "database_backups", "encrypt_plain_backups", "folder_for", "keep_recovery_copy",
           "migration_backup", "reason_label", "restore_file"]

WORK_BETWEEN_BACKUPS = timedelta(hours=1)


@dataclass(frozen=True)
class RestoreResult:
    restored: Backup
    # The database as it was: a backup ("before-restore"), or for a damaged
    # one a copy beside it (`<db>.damaged-<time>`).
    safety_copy: Path | None


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def folder_for(db_path: Path) -> Path:
    """The backup folder: the user's choice, else `<db name>.backups` beside it."""
    chosen = load_settings().backup_folder
    return Path(chosen).expanduser() if chosen else default_folder(db_path)


def backups_for(db_path: Path, installation_id: str | None = None) -> list[Backup]:
    """A database's backups, newest first; for a file that cannot be read
    (its installation id unknown) the backups named after its file."""
    db_path = Path(db_path).expanduser().resolve()
    return list_backups(folder_for(db_path), installation_id=installation_id or None, stem=db_path.stem)


def database_backups(db_path: Path, key: bytes | None = None) -> list[Backup]:
    """The backups of the database file at `db_path`, without opening it (a
    damaged one too): by the installation id it holds (an encrypted one read
    with `key`), else by its name."""
    db_path = Path(db_path).expanduser().resolve()
    installation_id, _ = file_facts(db_path, key) if db_path.exists() else (None, "0")
    return backups_for(db_path, installation_id)


def check_database(db_path: Path, *, full: bool = False, key: bytes | None = None) -> list[str]:
    """The problems `PRAGMA quick_check` (`integrity_check` with `full`) finds
    in the database file, without opening it as a workspace; [] when sound.
    An encrypted file needs its `key` (`cipher_integrity_check` first);
    without it DatabaseLocked is raised."""
    db_path = Path(db_path).expanduser().resolve()
    if not db_path.exists():
        raise NotFound(translate("Errors", "There is no database at {path}.").format(path=db_path))
    return check_file(db_path, key=key, full=full)


def reason_label(reason: str) -> str:
    """Why a backup was made, in the user's language."""
    labels = {
        "startup": translate("Backups", "At start-up"),
        "hourly": translate("Backups", "After an hour of work"),
        "manual": translate("Backups", "Made by hand"),
        "before-import": translate("Backups", "Before an import"),
        "before-migration": translate("Backups", "Before a database upgrade"),
        "before-restore": translate("Backups", "Before a restore"),
        "before-encryption": translate("Backups", "Before encrypting the database"),
    }
    return labels.get(reason, reason)


def migration_backup(db_path: Path, revision: str, *, key: bytes | None = None,
                     now: Callable[[], datetime] = _utc_now) -> Path:
    """The backup before a schema change, into the rotation (for `Database.open`;
    encrypted with `key` when the database is)."""
    installation_id, head = file_facts(db_path, key)
    try:
        backup = make_backup(db_path, folder_for(db_path), installation_id=installation_id or "unknown",
                             head=head, reason="before-migration", made_at=now(), key=key)
    except BackupFailed:
        return backup_before_migration(db_path, revision, key)
    prune(backup.path.parent, backup.installation_id, now())
    if key is not None:
        keep_recovery_copy(db_path, backup.path.parent)
    return backup.path


def keep_recovery_copy(db_path: Path, folder: Path) -> Path | None:
    """Put the key ring's recovery copy (`recovery.keys`) into the backup
    folder, current with the ring beside the database; None when the
    database has no key ring. Raises BackupFailed if the folder cannot
    take it: the backups there would open with the recovery sheet only
    while the laptop's key ring lives."""
    from desktop.services.key_ring import ring_path, write_recovery_copy

    ring = ring_path(Path(db_path))
    if not ring.exists():
        return None
    try:
        return write_recovery_copy(ring, folder)
    except OSError as exc:
        raise BackupFailed(translate(
            "Backups", "The backup was made, but recovery.keys could not be written beside it in {folder} "
                       "({reason}): without it the recovery sheet alone cannot open the backups there.").format(
            folder=folder, reason=exc.strerror or exc)) from exc


def restore_file(db_path: Path, backup: Backup, progress: Progress = NO_PROGRESS, *,
                 key: bytes | None = None, now: Callable[[], datetime] = _utc_now) -> RestoreResult:
    """Restore a database that cannot be opened (no workspace): check the
    backup, copy the damaged file aside, put the backup in its place. An
    encrypted database's `key` (unwrapped from the key ring, or with the
    recovery key) opens an encrypted backup, and encrypts a plain one on
    the way in."""
    db_path = Path(db_path).expanduser().resolve()
    staged = stage_restore(db_path, backup, progress, key=key)
    try:
        safety = keep_damaged(db_path, now()) if db_path.exists() else None
    except BaseException:
        put_aside(staged)
        raise
    put_in_place(staged, db_path)
    return RestoreResult(backup, safety)


def put_aside(staged: Path) -> None:
    from desktop.storage.backup import remove_database_files

    remove_database_files(staged)


class BackupService:
    def __init__(self, workspace, clock: Callable[[], datetime] = _utc_now) -> None:
        self.ws = workspace
        self.clock = clock
        # The message of the last automatic backup that failed; None once one succeeds.
        self.last_error: str | None = None

    # -- where -----------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return folder_for(self._path())

    def set_folder(self, folder: Path | None) -> None:
        """Choose the backup folder (None: beside the database again). It must
        be writable: a file is written there and removed."""
        self._check("backup.folder")
        if folder is not None:
            folder = Path(folder).expanduser().resolve()
            probe = folder / f".villagedesk-{self.ws.installation_id}.probe"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                probe.write_bytes(b"ok")
                probe.unlink()
            except OSError as exc:
                raise BackupFailed(translate(
                    "Backups", "The folder {folder} cannot be written ({reason}). Choose another one.").format(
                    folder=folder, reason=exc.strerror or exc)) from exc
        settings = load_settings()
        settings.backup_folder = str(folder) if folder is not None else None
        save_settings(settings)

    # -- what ------------------------------------------------------------------

    def list(self) -> list[Backup]:
        """This database's complete backups, newest first."""
        path = self._path()
        installation_id = self.ws.installation_id or None
        return list_backups(folder_for(path), installation_id=installation_id, stem=path.stem)

    def newest_good(self) -> Backup | None:
        """The newest backup that passes `PRAGMA quick_check`."""
        for backup in self.list():
            if not check_file(backup.path, key=self.ws.db.key):
                return backup
        return None

    def due(self, now: datetime | None = None) -> bool:
        """An hour of work since the newest backup: there are changes since,
        and it was made an hour ago or more."""
        db = self.ws.db
        if db.path is None or db.damaged:
            return False
        head = db.change_head()
        backups = self.list()
        if not backups:
            return head != "0"
        newest = backups[0]
        return head != newest.head and (now or self.clock()) - newest.made_at >= WORK_BETWEEN_BACKUPS

    # -- making ----------------------------------------------------------------

    def create(self, reason: str = "manual", progress: Progress = NO_PROGRESS) -> Backup:
        """Make a backup now (then prune the rotation)."""
        self._check("backup.create")
        return self._make(reason, progress)

    def before(self, reason: str, *, action: str | None = None) -> Backup | None:
        """An automatic backup (start-up, hourly, before an import): the newest
        backup if it already holds this history, else a new one. None when
        there is nothing to keep (no changes yet, a damaged or server
        database, or the user may not do `action`, the work it comes
        before), or when it cannot be made: then `last_error` says why.
        Never raises for that."""
        self.last_error = None
        db = self.ws.db
        if db.path is None or db.damaged:
            return None
        if action is not None and not self.ws.session.may(action):
            return None   # the work itself will be refused; no copy for nothing
        head = db.change_head()
        if head == "0":
            return None
        backups = self.list()
        if backups and backups[0].head == head:
            return backups[0]
        try:
            return self._make(reason, NO_PROGRESS)
        except VillageDeskError as exc:
            self.last_error = exc.message
            return None

    def _make(self, reason: str, progress: Progress, *, rotate: bool = True) -> Backup:
        if reason not in REASONS:
            raise ValueError(reason)
        db = self.ws.db
        path = self._path()
        if db.damaged:
            raise DatabaseError(translate(
                "Backups", "The database is damaged, so a copy of it would not be a good backup. "
                           "Restore it from a backup instead."))
        folder = folder_for(path)
        backup = make_backup(path, folder, installation_id=db.installation_id, head=db.change_head(),
                             reason=reason, made_at=self.clock(), copy=db.copy_to, progress=progress, key=db.key)
        if db.key is not None:
            keep_recovery_copy(path, folder)
        self.last_error = None
        if rotate:
            prune(folder, db.installation_id, self.clock())
        return backup

    # -- restoring -------------------------------------------------------------

    def find(self, name: str) -> Backup:
        for backup in self.list():
            if backup.name == name or str(backup.path) == name:
                return backup
        raise NotFound(translate("Backups", "There is no backup named {name} in {folder}.").format(
            name=name, folder=self.folder))

    def restore(self, backup: Backup, progress: Progress = NO_PROGRESS) -> RestoreResult:
        """Put `backup` in the database's place.

        The backup is copied beside the database and checked through first
        (a damaged one changes nothing). Then the database as it is now is
        kept: a "before-restore" backup, or for a damaged database a copy
        beside it. Then the database is closed, replaced and opened again with
        the same session.
        """
        self._check("backup.restore")
        path = self._path()
        damaged = bool(self.ws.db.damaged)
        staged = stage_restore(path, backup, progress, key=self.ws.db.key)
        try:
            if damaged:
                safety = keep_damaged(path, self.clock())
            else:
                safety = self._safety_copy(progress).path
        except BaseException:
            put_aside(staged)
            raise
        self.ws.db.close()
        put_in_place(staged, path)
        self._reopen()
        if not damaged:
            prune(self.folder, self.ws.installation_id, self.clock())
        return RestoreResult(backup, safety)

    def _safety_copy(self, progress: Progress) -> Backup:
        # A backup that already holds this history will do.
        head = self.ws.db.change_head()
        for backup in self.list():
            if backup.head == head:
                return backup
        return self._make("before-restore", progress, rotate=False)

    def _reopen(self) -> None:
        # The workspace opens the same file again, keeping the session and
        # its role check. The restored copy was checked through just now.
        self.ws.reopen()

    def encrypt_plain(self, progress: Progress = NO_PROGRESS) -> list[str]:
        """Encrypt this database's plain backups in the backup folder with
        its key (nothing for a plain database); the problems met."""
        db = self.ws.db
        if db.key is None or db.path is None:
            return []
        return encrypt_plain_backups(self.folder, db.key, progress, installation_id=db.installation_id)

    # -- helpers ---------------------------------------------------------------


    def _path(self) -> Path:
        path = self.ws.db.path
        if path is None:
            raise VillageDeskError(translate(
                "Backups", "Backups are made of a database file; this database is on a server, "
                           "which its administrator backs up."))
        return path

    def _check(self, action: str) -> None:
        self.ws.session.check(action)
