"""The schema on PostgreSQL: what a hub needs beyond SQLite's."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.storage import Database


@pytest.mark.server_database
def test_every_reference_can_wait_for_the_end_of_an_import(db_target):
    """Migration 0009: a bundle's row may point at one in a later batch of
    its table; the import defers the checks to its commit, which PostgreSQL
    allows only for DEFERRABLE constraints."""
    db = Database.open(db_target)
    try:
        with db.read() as r:
            found = r.conn.execute(text(
                "SELECT count(*) FILTER (WHERE c.condeferrable), count(*) FILTER (WHERE NOT c.condeferrable), "
                "count(*) FILTER (WHERE c.condeferred) FROM pg_constraint c WHERE c.contype = 'f' "
                "AND c.connamespace = current_schema()::regnamespace")).one()
    finally:
        db.close()
    deferrable, not_deferrable, deferred_by_default = found
    assert deferrable > 20 and not_deferrable == 0
    assert deferred_by_default == 0        # checked at once unless an import defers them
