"""Alembic environment: always run on the connection VillageDesk passes in."""

from alembic import context
from sqlmodel import SQLModel

import desktop.storage.models  # noqa: F401  (registers the tables)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("VillageDesk runs migrations on its own connection (desktop.storage.migrate.upgrade)")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite changes columns by copying the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
