"""SQLite file work for backups: copying a live database with the backup
API, checking a file, reading the few facts a backup's name carries.

Only storage touches sqlite3; `services/backups.py` decides names, folders,
rotation and messages. Errors come out as `CopyFailed`, saying which side
(the database read, or the copy written) and what kind of trouble, so the
service can name the folder or the database in the user's language.

Every function that opens a file takes the database's key (`key=None`: a
plain database). The key is used for an encrypted file only, so a folder
holding plain and encrypted files (a conversion under way) is read with one
key; an encrypted file without a key raises `cipher.DatabaseLocked`, one
the key cannot read `cipher.WrongKey`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Callable

from desktop.storage import cipher

# About 4 MB per step with 4 KiB pages: progress moves a few times a second
# on a slow laptop and a cancel is seen quickly; smaller steps cost time.
PAGES_PER_STEP = 1024

FULL = "full"              # no space left, or the file may not grow
IO = "io"                  # the disk failed a read or write (full, faulty, or pulled)
UNWRITABLE = "unwritable"  # the folder is missing, read-only or gone
DAMAGED = "damaged"        # the file is not a sound SQLite database
BUSY = "busy"              # another program holds a lock


class CopyFailed(Exception):
    def __init__(self, side: str, kind: str, detail: str) -> None:
        super().__init__(f"{side}: {kind}: {detail}")
        self.side = side      # "source" | "target"
        self.kind = kind
        self.detail = detail


def _kind(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return FULL
        return UNWRITABLE
    if "full" in text:
        return FULL
    if "disk i/o" in text:
        return IO
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DAMAGED
    if "locked" in text or "busy" in text:
        return BUSY
    return UNWRITABLE


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open `path` with: `key` for an encrypted file, None for a
    plain one (or one not there yet). Encrypted without a key: DatabaseLocked."""
    if not cipher.is_encrypted(path):
        return None
    if key is None:
        raise cipher.DatabaseLocked(path)
    return key


def copy_database(source: Path, target: Path, *, key: bytes | None = None,
                  on_step: Callable[[int, int], None] | None = None, pages: int = PAGES_PER_STEP) -> None:
    """Copy the database at `source` into a new file `target`, in steps.

    The copy is one consistent snapshot: a read transaction held on the
    source for the whole copy (WAL lets writers go on meanwhile and keeps
    the copy from restarting). `on_step(done_pages, total_pages)` is called
    after each step; an exception from it (a cancel) stops the copy and goes
    on. The copy is left in rollback-journal mode, a single self-contained
    file, synced to disk. An encrypted source gives a copy encrypted with
    the same key (SQLite's backup API between two connections so keyed).
    """
    key = key_for(source, key)
    errors = cipher.errors(key)
    with contextlib.ExitStack() as stack:
        try:
            src = stack.enter_context(cipher.reading(source, key))
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except errors as exc:
            raise CopyFailed("source", _kind(exc), str(exc)) from exc
        try:
            dst = cipher.connect(target, key, isolation_level=None, check_same_thread=False)
        except errors as exc:
            raise CopyFailed("target", _kind(exc), str(exc)) from exc
        stack.callback(dst.close)

        def progress(_status: int, remaining: int, total: int) -> None:
            if on_step is not None:
                on_step(total - remaining, total)

        try:
            # The copy is scratch until it is checked and renamed: no journal.
            dst.execute("PRAGMA journal_mode = OFF")
            src.backup(dst, pages=pages, progress=progress)
        except errors as exc:
            # The backup API reports both sides alike: a damaged or locked
            # source, else the copy's disk (full, gone, read-only).
            kind = _kind(exc)
            raise CopyFailed("source" if kind in (DAMAGED, BUSY) else "target", kind, str(exc)) from exc
        try:
            # The copied header says WAL; a backup is one file on its own.
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.close()
            fsync_file(target)
        except (*errors, OSError) as exc:
            raise CopyFailed("target", _kind(exc), str(exc)) from exc


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_file(path: Path, *, key: bytes | None = None, full: bool = False, limit: int = 10) -> list[str]:
    """The problems `PRAGMA quick_check` (or `integrity_check`) finds in the
    database file at `path`, at most `limit`; [] when it is sound. An
    encrypted file is checked with its key (`cipher.integrity_problems`:
    with `full`, every page's HMAC first).

    A file SQLite cannot read at all (or the key cannot) gives one problem naming why.
    """
    key = key_for(path, key)
    if key is not None:
        try:
            return cipher.integrity_problems(path, key, limit, full=full)
        except cipher.WrongKey as exc:
            return [exc.message]
    pragma = "integrity_check" if full else "quick_check"
    try:
        with cipher.reading(path, None) as conn:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.Error as exc:
        return [str(exc)]
    if rows == ["ok"]:
        return []
    # SQLite joins several problems into one row, after a "*** in database" line.
    problems = [line for row in rows for line in str(row).splitlines() if line and not line.startswith("***")]
    return problems[:limit] or rows[:limit]


class StartedCheck:
    """`PRAGMA quick_check` of a database file begun in a thread before the
    database is opened: SQLite reads the file without holding the GIL, so
    the program loads the window's code meanwhile. `problems()` waits for it
    (check_file's answer). A cold start reads the whole file for the check;
    this way it no longer waits for the imports as well.

    An encrypted file is not checked here (the key is not known yet):
    `problems()` gives None, and opening runs the check with the key."""

    def __init__(self, path: Path) -> None:
        import threading

        self.path = path
        self._problems: list[str] | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if not cipher.is_encrypted(path):
            self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)
            self._thread.start()

    @classmethod
    def start(cls, target: str | Path) -> "StartedCheck | None":
        """None for a server database or a file that is not there yet."""
        if "://" in str(target):
            return None
        path = Path(target).expanduser().resolve()
        return cls(path) if path.is_file() else None

    def _run(self) -> None:
        try:
            self._problems = check_file(self.path)
        except BaseException as exc:  # handed to the caller of problems()
            self._error = exc

    def problems(self) -> list[str] | None:
        """check_file's answer; None: not checked (an encrypted file)."""
        if self._thread is None:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return list(self._problems or [])


def in_use(path: Path, key: bytes | None = None) -> bool:
    """True if another connection is writing the file (a backup in progress
    holds the write lock on its copy until the copy is finished)."""
    key = key_for(path, key)
    try:
        with cipher.opened(path, key, query_only=False) as conn:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except cipher.WrongKey:
        return False
    except cipher.errors(key) as exc:
        return _kind(exc) == BUSY
    return False


def file_facts(path: Path, key: bytes | None = None) -> tuple[str | None, str]:
    """(installation id, change head) of a database file, read without opening
    it as a VillageDesk database (before a migration, or a backup's source).

    The change head is "<seq>-<end of the last change set's id>": a restore
    can bring back an older seq, never an older id, so equal heads mean the
    same history. A file that cannot be read (damaged, encrypted and no key
    given, or the key does not open it) gives (None, "0").
    """
    if cipher.is_encrypted(path) and key is None:
        return None, "0"
    key = key_for(path, key)
    errors = cipher.errors(key)
    try:
        with cipher.reading(path, key) as conn:
            row = conn.execute("SELECT value FROM local_meta WHERE key = 'installation_id'").fetchone()
            return (row[0] if row else None), _head(conn, errors)
    except (cipher.WrongKey, *errors):
        return None, "0"


def _head(conn, errors: tuple[type[BaseException], ...] = (sqlite3.Error,)) -> str:
    try:
        row = conn.execute("SELECT seq, id FROM changeset ORDER BY seq DESC LIMIT 1").fetchone()
    except errors:
        return "0"
    return "0" if row is None else head_text(row[0], row[1])


def head_text(seq: int, changeset_id: str) -> str:
    return f"{seq}-{''.join(c for c in changeset_id if c.isalnum())[-8:]}"


def remove_database_files(path: Path) -> None:
    """Remove a database file with its -wal, -shm and -journal, if present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
