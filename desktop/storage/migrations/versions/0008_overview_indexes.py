"""The index the prefecture overview counts problems from: a county's
problems by status, deadline and reopening, read from the index alone
(storage/prefecture.py; on PostgreSQL an index-only scan). Live rows only,
as the overview reads them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_problem_tally', 'problem', ['village_id', 'status', 'deadline', 'reopen_count'],
                    unique=False, sqlite_where=sa.text('deleted = 0'), postgresql_where=sa.text('NOT deleted'))


def downgrade() -> None:
    op.drop_index('ix_problem_tally', table_name='problem')
