"""Schema migrations with Alembic, run inside the writer's transaction.

Opening a database at the current revision does not import Alembic (it
costs ~0.4 s of start-up): the revision is read from `alembic_version` and
compared with `HEAD`. A test keeps `REVISIONS` equal to Alembic's history.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

# Oldest first. Add each new revision here and in migrations/versions/.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD = REVISIONS[-1]

SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_can_upgrade(revision: str | None, has_tables: bool) -> None:
    if revision is None and has_tables:
        raise DatabaseError(translate("Errors", "This file holds a database of another program, not VillageDesk."))
    if revision is not None and revision not in REVISIONS:
        raise DatabaseError(translate(
            "Errors",
            "This database was made by a newer version of VillageDesk. Install the newer version to open it; "
            "nothing was changed.",
        ))


def alembic_config(conn: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Upgrade the schema to `revision` within the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(conn), revision)
