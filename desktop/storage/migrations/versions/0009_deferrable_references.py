"""References that may wait for the end of their transaction on PostgreSQL.

A bundle's rows are written table by table in batches; a row may point at
one in a later batch of its own table (a village paired with another), and
the import checks every reference itself before it commits. SQLite defers
its checks per transaction (PRAGMA defer_foreign_keys, storage/writer.py);
PostgreSQL can only defer a constraint declared DEFERRABLE, so every
foreign key becomes DEFERRABLE INITIALLY IMMEDIATE: checked at once, as
before, unless the writer says SET CONSTRAINTS ALL DEFERRED. Nothing
changes on SQLite.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_FOREIGN_KEYS = """
    SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = current_schema() AND NOT c.condeferrable
    ORDER BY 1, 2
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name in bind.exec_driver_sql(_FOREIGN_KEYS).fetchall():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name in bind.exec_driver_sql(_FOREIGN_KEYS.replace("NOT c.condeferrable", "c.condeferrable")).fetchall():
        op.execute(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" NOT DEFERRABLE')
