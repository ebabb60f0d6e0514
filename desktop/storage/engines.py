"""The SQLAlchemy engines of a database file (one writer, a few readers),
and of a database server (PostgreSQL, for a hub in county mode).

Every connection gets the pragmas below as it is made; a keyed one (an
encrypted database) is made by `cipher.connect`, so the key comes first.
Writes start with BEGIN IMMEDIATE (a second process waits for the lock);
reads with BEGIN and `query_only` on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from desktop.storage import cipher


def sqlite_engine(path: Path, *, writer: bool, key: bytes | None = None) -> Engine:
    """The writer engine (`writer`) or the readers' of the file at `path`, keyed with `key` if given."""
    if key is None:
        keyed = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    else:
        # sqlcipher3 as the dialect's driver (its errors become DBAPIError);
        # each connection made and keyed by cipher.connect, so the key comes
        # before anything SQLAlchemy runs and is never part of the URL.
        def creator():
            return cipher.connect(path, key, check_same_thread=False, timeout=30)

        keyed = {"module": cipher.driver(), "creator": creator}
    engine = create_engine(
        f"sqlite:///{path}",
        # One writer connection, shared by threads one at a time; a few readers.
        pool_size=1 if writer else 4,
        max_overflow=0,
        pool_timeout=3600,
        **keyed,
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


# What a user types (`postgresql://user@host/db`, or libpq's `postgres://`)
# names the server; SQLAlchemy is told the driver: psycopg 3.
_SERVER_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def is_server(target: str) -> bool:
    """Whether `target` names a database server (a URL), not a file."""
    return "://" in str(target)


def server_url(target: str) -> str:
    """The SQLAlchemy URL of a server database named by `target`."""
    scheme, sep, rest = str(target).partition("://")
    return _SERVER_SCHEMES.get(scheme.lower(), scheme) + sep + rest


def server_label(target: str) -> str:
    """How a server database is named to the user: `database@host:port`,
    never its password."""
    from sqlalchemy.engine import make_url

    url = make_url(server_url(target))
    where = url.host or "localhost"
    if url.port:
        where += f":{url.port}"
    return f"{url.database or ''}@{where}"


def without_password(target: str) -> str:
    """`target` as it may be remembered in the settings: no password in it
    (libpq finds it in ~/.pgpass or PGPASSWORD)."""
    from sqlalchemy.engine import make_url

    scheme = str(target).partition("://")[0]
    # URL.set(password=None) keeps the old one (SQLAlchemy 2.0); _replace does not.
    url = make_url(server_url(target))._replace(password=None, drivername=scheme)
    return url.render_as_string(hide_password=False)


def server_engine(target: str) -> Engine:
    """The engine of a server database: a small pool shared by the reads
    and the writes (the server keeps transactions apart; writes are taken
    one at a time by `Database.write`'s lock, see storage/database.py)."""
    return create_engine(server_url(target), pool_size=4, max_overflow=4, pool_pre_ping=True, future=True)


# The one lock every write transaction on a server takes first, until it
# commits: writes on a hub queue one behind the other as they do on SQLite's
# single writer (BEGIN IMMEDIATE), so the audit chain and the change log get
# one order, while reads never wait. Any fixed 64-bit number names it.
WRITE_LOCK = 0x56_44_57_52_49_54_45   # "VDWRITE"


def take_write_lock(conn: Connection) -> None:
    """Queue this transaction behind the other writers (server databases;
    SQLite's BEGIN IMMEDIATE already did)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def server_driver() -> str:
    """The PostgreSQL driver as SQLAlchemy loads it for a hub, named with
    its libpq ("psycopg 3.3.9 (binary), libpq 17.6"): the packaged app's
    self-test checks that it is there without needing a server."""
    import psycopg

    engine = create_engine(server_url("postgresql://selftest@127.0.0.1/selftest"))   # loads the dialect; no connection
    engine.dispose()
    libpq = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}.{libpq % 100}"
