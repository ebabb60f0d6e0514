"""Rows per table of a database file, read through its key (or plain):
how a conversion checks its encrypted copy holds what the plain file held.
And a plain file's WAL folded into it before it is copied and retired."""

from __future__ import annotations

from pathlib import Path

from desktop.storage import cipher


def table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    """{table: row count} for every table of the file (SQLite's own left out)."""
    with cipher.reading(Path(path), key) as conn:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: conn.execute('SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]
                for name in names}


def checkpoint(path: Path) -> None:
    """Move a plain database's WAL into the file and empty it (no other
    connection may be open): the file alone then holds every commit."""
    conn = cipher.connect(Path(path), None, isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
