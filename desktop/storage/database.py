"""Opening a database: engines (storage/engines.py), migrations, the installation id.

SQLite is the embedded default. There is exactly one writer connection (the
WAL-reset bug of SQLite < 3.51.3 needs two writers at once, FACTS.md); reads
use their own connections with `query_only` on, and see a consistent snapshot
per transaction. Writes start with BEGIN IMMEDIATE so a second process waits
for the lock instead of failing half-way.

An encrypted database (SQLCipher, storage/cipher.py) opens with its key:
both engines' connections are sqlcipher3's, keyed as they are made, before
any other statement. Without a key it raises `DatabaseLocked`.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import Engine, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

import desktop
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.storage import cipher, migrate
from desktop.storage.backup import StartedCheck, check_file, copy_database, file_facts, head_text
from desktop.storage.cipher import DatabaseLocked, WrongKey
from desktop.storage.engines import is_server, server_engine, server_label, sqlite_engine, take_write_lock
from desktop.storage.models import ChangesetRow
from desktop.storage.reader import Reader
from desktop.storage.writer import Writer

__all__ = ["Database", "DamagedDatabaseError", "DatabaseLocked", "WrongKey", "backup_before_migration"]

INSTALLATION_ID = "installation_id"
CREATED_AT = "created_at"
# The VillageDesk version that brought the schema to its revision (made or
# migrated it): the oldest that opens it, named when an older one refuses.
SCHEMA_BY = "schema_app_version"

# (database path, revision) -> the backup's path: the workspace passes one
# that puts the pre-migration copy into the backup rotation. For an encrypted
# database it is called as backup(path, revision, key=key), and must make
# the copy with that key.
MigrationBackup = Callable[..., Path]


class DamagedDatabaseError(DatabaseError):
    """SQLite cannot open the file as a database (or its schema is unreadable).

    `damaged` lets the GUI and CLI offer a restore from the backups instead
    of only showing the message; `path` is the file.
    """

    damaged = True

    def __init__(self, message: str, path: Path | None) -> None:
        super().__init__(message)
        self.path = path


def _damaged_error(path: Path | None) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        translate("Errors", "{path} is not a VillageDesk database (or it is damaged).").format(path=path or ""), path)


class Database:
    """An open VillageDesk database."""

    def __init__(self, writer: Engine, reader: Engine, path: Path | None, key: bytes | None = None) -> None:
        self._writer = writer
        self._reader = reader
        self.path = path
        # What the user is told the database is: its file, or `database@host:port` on a server.
        self.location = str(path) if path is not None else ""
        # The master key of an encrypted database (None: plain). Memory only.
        self.key = key
        self.installation_id = ""
        self.migrated_from: str | None = None
        # The copy taken before that migration (None: none was needed, or a server database).
        self.migration_backup_path: Path | None = None
        # Set by a check at open (`check=True`) that found problems: the first
        # few, as SQLite words them. A damaged database is open read-only.
        self.damaged: list[str] = []
        self.read_only = False
        self._write_lock = threading.Lock()
        self._writer_thread: int | None = None
        # Called with each write's action before anything is written; raises
        # to refuse it. The workspace sets it to the signed-in user's role
        # check (core/access.py), so no service can write around it.
        self.guard: Callable[[str], None] | None = None

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True, check: "bool | StartedCheck" = False,
             backup: MigrationBackup | None = None, key: bytes | None = None) -> "Database":
        """Open (and if needed create or upgrade) the database at a path or URL.

        `check=True` runs `PRAGMA quick_check` first (or takes the answer of
        a `StartedCheck` begun on the same file): a database with problems
        opens read-only, with `damaged` listing them (nothing is migrated or
        written). A file SQLite cannot read as a database raises
        `DamagedDatabaseError`. `backup(path, revision)` copies the database
        before a migration (default: `<name>.before-<revision>.bak` beside it).

        `key` (32 bytes) opens an encrypted file, or creates a new (missing
        or empty) one encrypted. An encrypted file without a key raises
        `DatabaseLocked`; a key that cannot read its first page `WrongKey`;
        a plain file with a key is refused. With `check`, SQLCipher checks the
        HMAC of every page the quick check reads (storage/backup.check_file).
        """
        target = str(target)
        damaged: list[str] = []
        if is_server(target):
            if key is not None:
                raise ValueError("a key opens a database file, not a server")
            engine = server_engine(target)
            db = cls(engine, engine, None)
            db.location = server_label(target)
        else:
            key = None if key is None else cipher.checked_key(key)
            path = Path(target).expanduser().resolve()
            if not path.exists():
                if not create:
                    raise DatabaseError(translate("Errors", "There is no database at {path}.").format(path=path))
                path.parent.mkdir(parents=True, exist_ok=True)
            _check_sqlite_file(path, key)
            _refuse_newer_file(path, key)
            if check and path.exists() and path.stat().st_size > 0:
                started = check if isinstance(check, StartedCheck) and check.path == path else None
                found = started.problems() if started is not None else None
                damaged = found if found is not None else check_file(path, key=key)
                if damaged and not _readable_schema(path, key):
                    raise _damaged_error(path)
            db = cls(sqlite_engine(path, writer=True, key=key), sqlite_engine(path, writer=False, key=key),
                     path, key)
        try:
            if damaged:
                db._open_damaged(damaged)
            else:
                db._prepare(backup)
        except DBAPIError as exc:
            db.close()
            raise (_friendly_server(exc, db.location) if db.path is None else _friendly(exc, db.path)) from exc
        except Exception:
            db.close()
            raise
        return db

    def _open_damaged(self, problems: list[str]) -> None:
        # Read what can be read; write nothing (no migration, no id).
        self.damaged = problems
        self.read_only = True
        try:
            with self.read() as r:
                self.installation_id = r.meta.get(INSTALLATION_ID) or ""
        except DBAPIError:
            self.installation_id = ""

    def _prepare(self, backup: MigrationBackup | None = None) -> None:
        with self._writer.connect() as conn:
            revision = migrate.current_revision(conn)
            conn.rollback()
        if revision != migrate.HEAD:
            has_tables = self._has_tables()
            if revision is not None and revision not in migrate.REVISIONS:
                self._refuse_newer(revision)
            migrate.check_can_upgrade(revision, has_tables)
            if revision is not None and self.path is not None:
                # Keep the old database as it was before changing its schema.
                make_backup = backup or backup_before_migration
                self.migration_backup_path = (make_backup(self.path, revision) if self.key is None
                                              else make_backup(self.path, revision, key=self.key))
            with self._writer.begin() as conn:
                take_write_lock(conn)   # two apps starting at once on a server: one migrates
                if migrate.current_revision(conn) != migrate.HEAD:
                    migrate.upgrade(conn)
                Reader(conn).meta.set(SCHEMA_BY, desktop.__version__)
            self.migrated_from = revision
        with self._writer.begin() as conn:
            take_write_lock(conn)
            meta = Reader(conn).meta
            installation = meta.get(INSTALLATION_ID)
            if installation is None:
                installation = new_id()
                meta.set(INSTALLATION_ID, installation)
                meta.set(CREATED_AT, datetime.now(timezone.utc).isoformat())
        self.installation_id = installation

    def _refuse_newer(self, revision: str) -> None:
        # A server database (files are refused before any connection, _refuse_newer_file).
        try:
            with self.read() as r:
                needed = r.meta.get(SCHEMA_BY)
        except DBAPIError:
            needed = None
        _refuse_newer_revision(revision, needed)

    def _has_tables(self) -> bool:
        with self._reader.connect() as conn:
            return bool(inspect(conn).get_table_names())

    def close(self) -> None:
        self._writer.dispose()
        if self._reader is not self._writer:
            self._reader.dispose()

    # -- use -------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Reader]:
        """A read transaction: one consistent snapshot of the database."""
        with self._reader.connect() as conn:
            if conn.dialect.name == "postgresql":
                # SQLite's read transaction is a snapshot on a query_only
                # connection; a server's default (READ COMMITTED, writable)
                # is neither. Both options end with the transaction.
                conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield Reader(conn)

    @contextlib.contextmanager
    def write(self, actor: str, action: str, *, reverts: str | None = None) -> Iterator[Writer]:
        """A write transaction that records what it changes.

        Everything written inside the block commits together with its change
        log, or nothing does. After the block, `writer.changeset` says what
        changed.
        """
        if self.read_only:
            raise DatabaseError(translate(
                "Errors", "The database is damaged and open read-only: nothing can be saved. Restore it from a "
                          "backup (Backups in the data safety menu, or villagedesk backup restore --newest)."))
        if self.guard is not None:
            self.guard(action)
        with self._writing(), self._writer.connect() as conn:
            try:
                with conn.begin():
                    take_write_lock(conn)
                    writer = Writer(conn, actor=actor, action=action,
                                    installation_id=self.installation_id, reverts=reverts)
                    yield writer
                    writer.flush_log()
            except DBAPIError as exc:
                raise _friendly(exc) from exc

    def change_head(self) -> str:
        """The last change set, as `storage.backup.head_text`: what a backup
        made now would hold ("0" for a database without changes)."""
        with self.read() as r:
            row = r.conn.execute(select(ChangesetRow.seq, ChangesetRow.id)
                                 .order_by(ChangesetRow.seq.desc()).limit(1)).first()
        return "0" if row is None else head_text(row[0], row[1])

    def copy_to(self, target: Path, on_step: Callable[[int, int], None] | None = None) -> None:
        """A consistent copy of this database file into the new file `target`
        (storage.backup.copy_database); encrypted with this database's key
        if it is encrypted."""
        if self.path is None:
            raise DatabaseError(translate("Errors", "Only a database file can be copied."))
        copy_database(self.path, target, key=self.key, on_step=on_step)

    @contextlib.contextmanager
    def raw_connection(self) -> Iterator[Connection]:
        """The writer connection, for benchmarks and tests that compare
        against the raw library."""
        with self._writing(), self._writer.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        # One writer: other threads wait their turn; the same thread asking
        # again would wait for itself forever, so that is a bug, said at once.
        if self._writer_thread == threading.get_ident():
            raise RuntimeError("nested write transaction on the same thread")
        with self._write_lock:
            self._writer_thread = threading.get_ident()
            try:
                yield
            finally:
                self._writer_thread = None


def _check_sqlite_file(path: Path, key: bytes | None = None) -> None:
    """A clear message for a file that is not a SQLite database at all; an
    encrypted one needs its key, and the key must read its first page."""
    header = cipher.header_of(path)
    if header is None:
        return
    if header == cipher.SQLITE_HEADER:
        if key is not None:
            raise DatabaseError(translate(
                "Errors", "{path} is not encrypted: it opens without a key.").format(path=path))
        return
    if not cipher.is_encrypted(path):
        raise _damaged_error(path)
    if key is None:
        raise DatabaseLocked(path)
    try:
        with cipher.reading(path, key):
            pass                  # WrongKey when the key cannot read page 1
    except cipher.errors(key) as exc:
        raise _damaged_error(path) from exc


def _refuse_newer_file(path: Path, key: bytes | None = None) -> None:
    """Refuse a database of a revision this version does not know before
    any connection of ours touches it: the writer's `journal_mode = WAL`
    would rewrite the header of one in rollback-journal mode (a backup, a
    copy), and "nothing was changed" must hold to the byte."""
    if not path.exists() or path.stat().st_size == 0:
        return
    errors = cipher.errors(key)
    try:
        # query_only: a read-write open (a WAL database needs its -shm) that writes nothing.
        with cipher.reading(path, key) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] in migrate.REVISIONS:
                return
            revision = row[0]
            try:
                made_by = conn.execute("SELECT value FROM local_meta WHERE key = ?", (SCHEMA_BY,)).fetchone()
            except errors:
                made_by = None
    except errors:
        return   # not ours, damaged, or no such table: opening says which
    _refuse_newer_revision(revision, made_by[0] if made_by else None)


def _refuse_newer_revision(revision: str, needed: str | None) -> None:
    """A database of a newer schema: say which version made it when it
    recorded that (SCHEMA_BY), else that a newer one did."""
    if needed and needed != desktop.__version__:   # the same number: a development build
        raise DatabaseError(translate(
            "Errors", "This database was made by VillageDesk {needed}, and this is VillageDesk {version}, an "
                      "older one. Install VillageDesk {needed} or newer to open it; nothing was changed.").format(
            needed=needed, version=desktop.__version__))
    migrate.check_can_upgrade(revision, True)


def _readable_schema(path: Path, key: bytes | None = None) -> bool:
    """Whether SQLite can read the schema and our identity table: a database
    damaged only in its data pages can still be opened read-only."""
    installation, _ = file_facts(path, key)
    return installation is not None


def backup_before_migration(path: Path, revision: str, key: bytes | None = None) -> Path:
    """Copy the database with SQLite's backup API before a schema change
    (encrypted with `key` when the database is encrypted).

    Written to a temporary name and renamed, so an interrupted copy never
    looks like a good backup.
    """
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    key = key if cipher.is_encrypted(path) else None
    src = cipher.connect(path, key)
    dst = cipher.connect(tmp, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    tmp.replace(target)
    return target


def _friendly_server(exc: DBAPIError, location: str) -> DatabaseError:
    """A server that cannot be used, in words the user can act on (or pass to the administrator)."""
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    database, _, server = location.partition("@")
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return DatabaseError(translate(
            "Errors", "The database server {server} refused the user name or password. Put the password in "
                      "PGPASSWORD or ~/.pgpass (or ask the server's administrator).").format(server=server))
    if "does not exist" in text_ and "database" in text_:
        return DatabaseError(translate(
            "Errors", "There is no database {database} on the server {server}. Its administrator makes it "
                      "(createdb {database}); VillageDesk then sets it up.").format(database=database, server=server))
    if "connection" in text_.lower() or "could not" in text_ or "timeout" in text_.lower():
        return DatabaseError(translate(
            "Errors", "The database server {server} cannot be reached. Check the network and that the server "
                      "is running; nothing was changed.").format(server=server))
    return _friendly(exc)


def _friendly(exc: DBAPIError, path: Path | None = None) -> DatabaseError:
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    if "malformed" in text_ or "file is not a database" in text_:
        return _damaged_error(path)
    if "unable to open" in text_:
        return DatabaseError(translate("Errors", "{path} cannot be opened: the folder is missing or not readable.").format(
            path=path or ""))
    if "database or disk is full" in text_ or "disk I/O error" in text_:
        return DatabaseError(translate("Errors", "The disk is full or cannot be written. Nothing was saved."))
    if "readonly" in text_ or "read-only" in text_:
        return DatabaseError(translate("Errors", "The database cannot be written (it is read-only). Nothing was saved."))
    if "locked" in text_ or "busy" in text_:
        return DatabaseError(translate("Errors", "The database is busy in another program. Try again. Nothing was saved."))
    if "village.code" in text_ or "ux_village_code" in text_:
        return DatabaseError(translate("Errors", "That would make two villages with the same code. Nothing was saved."))
    return DatabaseError(translate("Errors", "The database refused the change ({detail}). Nothing was saved.").format(
        detail=text_.splitlines()[0][:200]))

