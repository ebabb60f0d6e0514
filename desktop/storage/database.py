"""Opening a database: engines, pragmas, migrations, the installation id.

SQLite is the embedded default. There is exactly one writer connection (the
WAL-reset bug of SQLite < 3.51.3 needs two writers at once, FACTS.md); reads
use their own connections with `query_only` on, and see a consistent snapshot
per transaction. Writes start with BEGIN IMMEDIATE so a second process waits
for the lock instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.storage import migrate
from desktop.storage.reader import Reader
from desktop.storage.writer import Writer

INSTALLATION_ID = "installation_id"
CREATED_AT = "created_at"


def _is_url(target: str) -> bool:
    return "://" in target


class Database:
    """An open VillageDesk database."""

    def __init__(self, writer: Engine, reader: Engine, path: Path | None) -> None:
        self._writer = writer
        self._reader = reader
        self.path = path
        self.installation_id = ""
        self.migrated_from: str | None = None
        self._write_lock = threading.Lock()
        self._writer_thread: int | None = None
        # Called with each write's action before anything is written; raises
        # to refuse it. The workspace sets it to the signed-in user's role
        # check (core/access.py), so no service can write around it.
        self.guard: Callable[[str], None] | None = None

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path, *, create: bool = True) -> "Database":
        """Open (and if needed create or upgrade) the database at a path or URL."""
        target = str(target)
        if _is_url(target):
            engine = create_engine(target, future=True)
            db = cls(engine, engine, None)
        else:
            path = Path(target).expanduser().resolve()
            if not path.exists():
                if not create:
                    raise DatabaseError(translate("Errors", "There is no database at {path}.").format(path=path))
                path.parent.mkdir(parents=True, exist_ok=True)
            _check_sqlite_file(path)
            db = cls(_sqlite_engine(path, writer=True), _sqlite_engine(path, writer=False), path)
        try:
            db._prepare()
        except DBAPIError as exc:
            db.close()
            raise _friendly(exc, db.path) from exc
        except Exception:
            db.close()
            raise
        return db

    def _prepare(self) -> None:
        with self._writer.connect() as conn:
            revision = migrate.current_revision(conn)
            conn.rollback()
        if revision != migrate.HEAD:
            has_tables = self._has_tables()
            migrate.check_can_upgrade(revision, has_tables)
            if revision is not None and self.path is not None:
                # Keep the old database as it was before changing its schema.
                backup_before_migration(self.path, revision)
            with self._writer.begin() as conn:
                migrate.upgrade(conn)
            self.migrated_from = revision
        with self._writer.begin() as conn:
            meta = Reader(conn).meta
            installation = meta.get(INSTALLATION_ID)
            if installation is None:
                installation = new_id()
                meta.set(INSTALLATION_ID, installation)
                meta.set(CREATED_AT, datetime.now(timezone.utc).isoformat())
        self.installation_id = installation

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
            with conn.begin():
                yield Reader(conn)

    @contextlib.contextmanager
    def write(self, actor: str, action: str, *, reverts: str | None = None) -> Iterator[Writer]:
        """A write transaction that records what it changes.

        Everything written inside the block commits together with its change
        log, or nothing does. After the block, `writer.changeset` says what
        changed.
        """
        if self.guard is not None:
            self.guard(action)
        with self._writing(), self._writer.connect() as conn:
            try:
                with conn.begin():
                    writer = Writer(conn, actor=actor, action=action,
                                    installation_id=self.installation_id, reverts=reverts)
                    yield writer
                    writer.flush_log()
            except DBAPIError as exc:
                raise _friendly(exc) from exc

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


def _sqlite_engine(path: Path, *, writer: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        # One writer connection, shared by threads one at a time; a few readers.
        pool_size=1 if writer else 4,
        max_overflow=0,
        pool_timeout=3600,
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy's BEGIN (below) start transactions, not the driver.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 30000")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA cache_size = -65536")
        if writer:
            cur.execute("PRAGMA journal_mode = WAL")
            # A power cut loses at most the change being made.
            cur.execute("PRAGMA synchronous = FULL")
        else:
            cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


def _check_sqlite_file(path: Path) -> None:
    """A clear message for a file that is not a SQLite database at all."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as f:
        header = f.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            translate("Errors", "{path} is not a VillageDesk database (or it is damaged).").format(path=path)
        )


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy the database with SQLite's backup API before a schema change.

    Written to a temporary name and renamed, so an interrupted copy never
    looks like a good backup.
    """
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    tmp.replace(target)
    return target


def _friendly(exc: DBAPIError, path: Path | None = None) -> DatabaseError:
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    if "malformed" in text_ or "file is not a database" in text_:
        return DatabaseError(translate("Errors", "{path} is not a VillageDesk database (or it is damaged).").format(
            path=path or ""))
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

