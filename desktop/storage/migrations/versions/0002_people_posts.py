"""People and the posts they hold in villages over time.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _sync_columns():
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('installation_id', sa.String(length=36), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('person',
    *_sync_columns(),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_bo', sa.String(length=400), nullable=False),
    sa.Column('name_sort', sa.String(length=400), nullable=False),
    sa.Column('gender', sa.String(length=16), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('ethnicity', sa.String(length=16), nullable=True),
    sa.Column('education', sa.String(length=32), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('party_member', sa.Boolean(), nullable=True),
    sa.Column('unit', sa.String(length=400), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_name_sort', ['name_sort'], unique=False)

    op.create_table('post',
    *_sync_columns(),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('unit', sa.String(length=400), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=True),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.create_index('ix_post_person', ['person_id'], unique=False)
        batch_op.create_index('ix_post_village', ['village_id'], unique=False)


def downgrade() -> None:
    op.drop_table('post')
    op.drop_table('person')
