"""Checklist templates, inspections with their answers and evidence, the
county's warning policy; warnings point at the inspection they came from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
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
    op.create_table('checklist_template',
    *_sync_columns(),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=16), nullable=False),
    sa.Column('title_zh', sa.String(length=400), nullable=False),
    sa.Column('title_bo', sa.String(length=800), nullable=False),
    sa.Column('indicator_count', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ux_checklist_template_version', 'checklist_template', ['code', 'version'], unique=True)

    op.create_table('inspection',
    *_sync_columns(),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('period_kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('inspector', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('colour', sa.String(length=16), nullable=True),
    sa.Column('veto_failed', sa.Boolean(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finalised_by', sa.String(length=200), nullable=False),
    sa.Column('replaces_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], ),
    sa.ForeignKeyConstraint(['replaces_id'], ['inspection.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_inspection_village', 'inspection', ['village_id', 'period'], unique=False)
    op.create_index('ix_inspection_period', 'inspection', ['period', 'status'], unique=False)

    op.create_table('inspection_answer',
    *_sync_columns(),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_code', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('not_applicable', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('fraction', sa.Float(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('problem_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ux_inspection_answer', 'inspection_answer', ['inspection_id', 'indicator_code'], unique=True)

    op.create_table('inspection_evidence',
    *_sync_columns(),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_code', sa.String(length=32), nullable=False),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_inspection_evidence', 'inspection_evidence', ['inspection_id', 'indicator_code'], unique=False)

    op.create_table('warning_policy',
    *_sync_columns(),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('red_below', sa.Float(), nullable=False),
    sa.Column('green_from', sa.Float(), nullable=False),
    sa.Column('by_quota', sa.Boolean(), nullable=False),
    sa.Column('class1_share', sa.Integer(), nullable=False),
    sa.Column('class2_share', sa.Integer(), nullable=False),
    sa.Column('class3_share', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['admin_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )

    # Plain ADD COLUMN (in place on both backends). SQLite takes the
    # reference only inline, which Alembic will not write, so say it in SQL.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE village_warning ADD COLUMN inspection_id VARCHAR(36) REFERENCES inspection (id)')
    else:
        op.add_column('village_warning', sa.Column('inspection_id', sa.String(length=36), nullable=True))
        op.create_foreign_key('fk_village_warning_inspection', 'village_warning', 'inspection',
                              ['inspection_id'], ['id'])
    op.add_column('village_warning', sa.Column('quota_class', sa.String(length=4), nullable=True))


def downgrade() -> None:
    op.drop_column('village_warning', 'quota_class')
    op.drop_column('village_warning', 'inspection_id')
    op.drop_table('warning_policy')
    op.drop_table('inspection_evidence')
    op.drop_table('inspection_answer')
    op.drop_table('inspection')
    op.drop_table('checklist_template')
