"""SQLCipher: encrypted database files, opened with the raw 32-byte master key.

A keyed connection is sqlcipher3's; a plain one is the standard library's
sqlite3, so plain databases behave exactly as before. The key is applied as
the first statement of a connection (`PRAGMA key = "x'<hex>'"`: a raw key,
no PBKDF2 on open), then SQLCipher's own logging is turned off (it prints
`ERROR CORE ...` lines to stderr on every failed page). The key lives in
memory only: never in a URL, a file name or an exception's text.

An encrypted file is any non-empty file whose first 16 bytes are not
SQLite's header, except a header of zeros (SQLCipher's first 16 bytes are a
random salt; a zeroed header is a plain database whose start was lost, a
pulled stick or a crashed disk, which the restore offer handles) and a file
that is not whole pages (a text file, say): those are "not a VillageDesk
database (or damaged)" as before.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"


class WrongKey(DatabaseError):
    """The key cannot read the database's first page: a wrong key (or a first
    page so damaged that no key reads it; the key ring's `key_check` tells
    them apart)."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(translate("Errors", "The key does not open this database ({path}).").format(
            path=path or ""))
        self.path = path


class DatabaseLocked(DatabaseError):
    """An encrypted database asked for without its key: sign in first (or
    use the recovery key). `locked` lets the GUI and CLI ask for them."""

    locked = True

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(translate(
            "Errors", "{path} is encrypted: it opens only after signing in, or with the recovery key.").format(
            path=path or ""))
        self.path = path


def driver():
    """sqlcipher3's DB-API module (imported on first use: plain work never loads it)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def errors(key: bytes | None = b"") -> tuple[type[BaseException], ...]:
    """The exceptions a connection raises: sqlcipher3's do not derive from
    sqlite3's. `errors(None)`: a plain connection's only (sqlcipher3 not loaded)."""
    return (sqlite3.Error,) if key is None else (sqlite3.Error, driver().Error)


def header_of(path: Path) -> bytes | None:
    """The first 16 bytes of a non-empty file; None for a missing or empty one."""
    try:
        with open(path, "rb") as f:
            header = f.read(16)
    except FileNotFoundError:
        return None
    return header or None


def is_encrypted(path: str | Path) -> bool:
    """Whether the file at `path` is (taken for) an encrypted database."""
    path = Path(path)
    header = header_of(path)
    if header is None or header == SQLITE_HEADER or not any(header):
        return False
    # Whole pages, and pages are at least 512 bytes: else a file of another kind.
    return path.stat().st_size % 512 == 0


def checked_key(key: bytes) -> bytes:
    """`key` as bytes; ValueError (saying nothing of it) unless it is 32 bytes."""
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} bytes")
    return bytes(key)


def apply_key(conn: Any, key: bytes) -> None:
    """Key a fresh sqlcipher3 connection: before any other statement."""
    conn.execute(f"PRAGMA key = \"x'{checked_key(key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")


def connect(path: str | Path, key: bytes | None, **sqlite_kwargs: Any):
    """A DB-API connection to `path` (a file name, or a `file:` URI with
    `uri=True`): sqlcipher3 keyed with `key`, or sqlite3 when `key` is None.
    Nothing is read yet: `verify_key` says whether the key opens the file."""
    if key is None:
        return sqlite3.connect(str(path), **sqlite_kwargs)
    checked_key(key)
    conn = driver().connect(str(path), **sqlite_kwargs)
    try:
        apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def verify_key(conn: Any, path: Path | None = None) -> None:
    """Read the first page (the database header) through the key: raises
    `WrongKey` when it cannot be decrypted. Other errors pass through."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except errors() as exc:
        if "not a database" in str(exc):
            raise WrongKey(path) from None
        raise


@contextlib.contextmanager
def opened(path: Path, key: bytes | None, *, query_only: bool = True) -> Iterator[Any]:
    """A connection to the file at `path` (`mode=rw` never creates it; a WAL
    database needs a read-write open for its -shm), keyed when `key` is
    given and checked to open the file; with `query_only`, one that writes
    nothing."""
    uri = f"file:{Path(path).as_posix()}?mode=rw"
    conn = connect(uri, key, uri=True, isolation_level=None, timeout=30, check_same_thread=False)
    try:
        if key is not None:
            verify_key(conn, path)
        if query_only:
            conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        conn.close()


def reading(path: Path, key: bytes | None):
    """A connection that writes nothing (`opened` with `query_only`)."""
    return opened(path, key)


def encrypt_file(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database `plain` to `target`
    with `sqlcipher_export`: one consistent snapshot (a read transaction on
    the source; writers may go on). Written to a temporary name beside the
    target, synced and renamed: `target` is whole or untouched.

    The plain file is attached read-only, so this never writes it, nor
    checkpoints its WAL on closing: it may be open in this process through
    the standard library's SQLite, another copy of SQLite whose locks this
    one does not see. (Still, close such connections before replacing the
    plain file with the encrypted one.)
    """
    # Here, not at the top: storage/backup.py builds on this module.
    from desktop.storage.backup import fsync_file, fsync_folder

    plain, target = Path(plain), Path(target)
    if is_encrypted(plain):
        raise DatabaseError(translate("Errors", "{path} is encrypted already.").format(path=plain))
    if not plain.is_file():
        raise DatabaseError(translate("Errors", "There is no database at {path}.").format(path=plain))
    tmp = target.with_name(target.name + ".encrypting")
    _remove(tmp)
    try:
        conn = connect(tmp, key, uri=True, isolation_level=None, timeout=30)
        try:
            conn.execute("ATTACH DATABASE ? AS plain KEY ''", (f"file:{quote(plain.as_posix())}?mode=ro",))
            conn.execute("BEGIN")
            user_version = conn.execute("PRAGMA plain.user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA plain.application_id").fetchone()[0]
            conn.execute("SELECT sqlcipher_export('main', 'plain')").fetchone()
            # sqlcipher_export leaves these two out.
            conn.execute(f"PRAGMA main.user_version = {int(user_version)}")
            conn.execute(f"PRAGMA main.application_id = {int(application_id)}")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE plain")
        finally:
            conn.close()
        fsync_file(tmp)
        tmp.replace(target)
    except BaseException:
        _remove(tmp)
        raise
    fsync_folder(target.parent)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def integrity_problems(path: Path, key: bytes, limit: int = 10, *, full: bool = False) -> list[str]:
    """What `quick_check` finds in the encrypted file at `path` (with
    `full`: `PRAGMA cipher_integrity_check`, every page's HMAC, and then
    `integrity_check`), at most `limit`; [] when sound. A key that cannot
    read the first page raises `WrongKey`.

    The quick check reads every page of every table and index, and SQLCipher
    checks each page's HMAC as it reads it, so a flipped bit in any page that
    holds data is found without reading the file a second time (half the
    start-up check's cost); the full check adds the pages nothing uses. A
    quick check that finds something is followed by the HMAC check, which
    names the damaged pages."""
    problems: list[str] = []
    pragma = "integrity_check" if full else "quick_check"
    with reading(path, key) as conn:
        if full:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
        except errors() as exc:
            rows = [str(exc)]
        if rows != ["ok"] and not full:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    if rows != ["ok"]:
        problems += [line for row in rows for line in row.splitlines() if line and not line.startswith("***")]
    return problems[:limit]
