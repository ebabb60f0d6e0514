"""Initial schema: administrative units, villages, income, rating and warning
history, the change log and local metadata.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Keep migrations self-contained: no imports from desktop.storage.models,
# whose later versions must not change what this revision created.


def upgrade() -> None:
    op.create_table('admin_unit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('code', sa.String(length=12), nullable=True),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_bo', sa.String(length=400), nullable=False),
    sa.Column('name_sort', sa.String(length=400), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['admin_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.create_index('ix_admin_unit_parent', ['parent_id'], unique=False)

    op.create_table('changeset',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('reverts', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('id')
    )
    op.create_table('local_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('changeset_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['changeset_id'], ['changeset.id'], ),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_changeset', ['changeset_id'], unique=False)
        batch_op.create_index('ix_change_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('village',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('township_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=True),
    sa.Column('name_zh', sa.String(length=200), nullable=False),
    sa.Column('name_bo', sa.String(length=400), nullable=False),
    sa.Column('name_sort', sa.String(length=400), nullable=False),
    sa.Column('name_pinyin', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('party_members', sa.Integer(), nullable=True),
    sa.Column('party_org_type', sa.String(length=32), nullable=True),
    sa.Column('weakness', sa.Integer(), nullable=False),
    sa.Column('paired_unit', sa.String(length=400), nullable=False),
    sa.Column('paired_village_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('rating', sa.String(length=16), nullable=True),
    sa.Column('warning', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['paired_village_id'], ['village.id'], ),
    sa.ForeignKeyConstraint(['township_id'], ['admin_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.create_index('ix_village_name_sort', ['name_sort'], unique=False)
        batch_op.create_index('ix_village_township', ['township_id'], unique=False)
        batch_op.create_index('ux_village_code', ['code'], unique=True, sqlite_where=sa.text('deleted = 0'), postgresql_where=sa.text('NOT deleted'))

    op.create_table('collective_income',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount_yuan', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('collective_income', schema=None) as batch_op:
        batch_op.create_index('ix_collective_income_village', ['village_id', 'year'], unique=False)

    op.create_table('village_rating',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('rating', sa.String(length=16), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('village_rating', schema=None) as batch_op:
        batch_op.create_index('ix_village_rating_village', ['village_id', 'period'], unique=False)

    op.create_table('village_warning',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('colour', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('village_warning', schema=None) as batch_op:
        batch_op.create_index('ix_village_warning_village', ['village_id', 'period'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('village_warning', schema=None) as batch_op:
        batch_op.drop_index('ix_village_warning_village')

    op.drop_table('village_warning')
    with op.batch_alter_table('village_rating', schema=None) as batch_op:
        batch_op.drop_index('ix_village_rating_village')

    op.drop_table('village_rating')
    with op.batch_alter_table('collective_income', schema=None) as batch_op:
        batch_op.drop_index('ix_collective_income_village')

    op.drop_table('collective_income')
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.drop_index('ux_village_code', sqlite_where=sa.text('deleted = 0'), postgresql_where=sa.text('NOT deleted'))
        batch_op.drop_index('ix_village_township')
        batch_op.drop_index('ix_village_name_sort')

    op.drop_table('village')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_entity')
        batch_op.drop_index('ix_change_log_changeset')

    op.drop_table('change_log')
    op.drop_table('local_meta')
    op.drop_table('changeset')
    with op.batch_alter_table('admin_unit', schema=None) as batch_op:
        batch_op.drop_index('ix_admin_unit_parent')

    op.drop_table('admin_unit')
