"""Damage for the data-safety screens' tests: a table's pages overwritten
in a closed database file, as a failing disk or a power cut leaves them."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_table(path: Path, table: str = "village") -> None:
    """Overwrite the body of `table`'s root page (its b-tree header stays
    readable as a page, the cells are noise): quick_check finds it, the
    schema still reads."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size + 12)
        f.write(bytes((7 * i + 3) % 251 for i in range(page_size - 24)))


def damage_header(path: Path) -> None:
    """A file SQLite cannot open as a database at all."""
    with open(path, "r+b") as f:
        f.write(b"\0" * 100)
