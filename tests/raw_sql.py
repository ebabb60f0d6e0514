"""SQL the app would never run, for tests that read or tamper with a
database behind the app's back: through SQLAlchemy on the test's own
database (its writer connection), so the same test runs on a SQLite file
and on a PostgreSQL server. Parameters are named (`:id`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text


def _database(target):
    # A Workspace or a Database.
    return getattr(target, "db", target)


def execute(target, sql: str, **params: Any) -> list[tuple]:
    """Run one statement and commit; the rows it returned, if any."""
    with _database(target).raw_connection() as conn:
        result = conn.execute(text(sql), params)
        rows = [tuple(r) for r in result] if result.returns_rows else []
        conn.commit()
    return rows


def scalar(target, sql: str, **params: Any):
    rows = execute(target, sql, **params)
    return rows[0][0] if rows else None


def table_counts(target) -> dict[str, int]:
    """Rows in each table of the database."""
    from sqlalchemy import inspect

    with _database(target).read() as r:
        tables = inspect(r.conn).get_table_names()
        return {t: r.conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}


def execute_at(target, sql: str, **params: Any) -> list[tuple]:
    """`execute` on the database at `target` (a file or a server's URL),
    opened for this statement alone: for tests of the command line, which
    opens the database itself."""
    from desktop.storage import Database

    db = Database.open(target, create=False)
    try:
        return execute(db, sql, **params)
    finally:
        db.close()
