"""New PostgreSQL databases for the tests (tests/conftest.py `db_target`).

One template database is migrated to the head revision once per test run;
each test gets a copy of it (CREATE DATABASE ... TEMPLATE, a file copy on
the server) without an installation id, so opening it makes one as a new
database would, and the copy is dropped after the test.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.storage import Database
from desktop.storage.engines import server_url

TEMPLATE = f"vd_template_{os.getpid()}"


def _admin(server: str):
    return create_engine(server_url(server), isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)


def _database_url(server: str, name: str) -> str:
    return make_url(server_url(server)).set(database=name).render_as_string(hide_password=False)


def template_database(server: str) -> tuple[str, str]:
    """(server URL, template name): a database migrated to the head, with no installation."""
    admin = _admin(server)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    db = Database.open(_database_url(server, TEMPLATE))
    db.close()
    engine = create_engine(_database_url(server, TEMPLATE))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM local_meta WHERE key IN ('installation_id', 'created_at')"))
    engine.dispose()
    admin.dispose()
    return server, TEMPLATE


@contextlib.contextmanager
def new_database(template: tuple[str, str]) -> Iterator[str]:
    server, name = template
    database = f"vd_test_{uuid.uuid4().hex[:12]}"
    admin = _admin(server)
    with admin.connect() as conn:
        # A template may have no one connected: a test's open workspace on it
        # loses its idle connections, and its pool (pre-ping) opens new ones.
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
        conn.execute(text(f'CREATE DATABASE "{database}" TEMPLATE "{name}" STRATEGY FILE_COPY'))
    try:
        yield _database_url(server, database)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def template_of(url: str) -> tuple[str, str]:
    """(server URL, database name) of a test database, to copy it with
    `new_database` (nothing may be connected to it meanwhile)."""
    return url, make_url(server_url(url)).database
