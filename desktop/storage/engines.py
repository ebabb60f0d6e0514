"""The SQLAlchemy engines of a database file: one writer, a few readers.

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
