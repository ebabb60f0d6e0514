"""The problem ledger with its status history and close-out evidence,
village plans with their items per round and review steps, the support
log, acceptance reviews, and the ledger's due-soon days in the policy.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
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
    op.create_table('acceptance_review',
    *_sync_columns(),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('comments', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_acceptance_review_village', 'acceptance_review', ['village_id', 'decided_on'], unique=False)
    op.create_table('plan',
    *_sync_columns(),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('drafted_on', sa.Date(), nullable=True),
    sa.Column('meeting_on', sa.Date(), nullable=True),
    sa.Column('meeting_present', sa.Integer(), nullable=True),
    sa.Column('meeting_expected', sa.Integer(), nullable=True),
    sa.Column('meeting_resolution', sa.Text(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=False),
    sa.Column('review_comment', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_status', 'plan', ['status'], unique=False)
    op.create_index('ix_plan_village', 'plan', ['village_id', 'year'], unique=False)
    op.create_table('support_activity',
    *_sync_columns(),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('amount_yuan', sa.BigInteger(), nullable=True),
    sa.Column('fund_source', sa.String(length=200), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('poll_total', sa.Integer(), nullable=True),
    sa.Column('poll_satisfied', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_support_activity_kind', 'support_activity', ['kind', 'on_date'], unique=False)
    op.create_index('ix_support_activity_village', 'support_activity', ['village_id', 'on_date'], unique=False)
    op.create_table('plan_event',
    *_sync_columns(),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_event_plan', 'plan_event', ['plan_id', 'at'], unique=False)
    op.create_table('problem',
    *_sync_columns(),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=4), nullable=False),
    sa.Column('aspect', sa.String(length=4), nullable=True),
    sa.Column('weakness', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('source_ref', sa.String(length=400), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=True),
    sa.Column('indicator_code', sa.String(length=32), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('responsible_leader', sa.String(length=200), nullable=False),
    sa.Column('responsible_person', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=True),
    sa.Column('closed_by', sa.String(length=200), nullable=False),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], ),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_problem_inspection', 'problem', ['inspection_id'], unique=False)
    op.create_index('ix_problem_status', 'problem', ['status', 'deadline'], unique=False)
    op.create_index('ix_problem_village', 'problem', ['village_id', 'status'], unique=False)
    op.create_table('plan_item',
    *_sync_columns(),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('responsible_leader', sa.String(length=200), nullable=False),
    sa.Column('responsible_person', sa.String(length=200), nullable=False),
    sa.Column('review_comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_plan_item_plan', 'plan_item', ['plan_id', 'round', 'position'], unique=False)
    op.create_index('ix_plan_item_problem', 'plan_item', ['problem_id'], unique=False)
    op.create_table('problem_event',
    *_sync_columns(),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('checker', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_problem_event_problem', 'problem_event', ['problem_id', 'at'], unique=False)
    op.create_table('problem_evidence',
    *_sync_columns(),
    sa.Column('problem_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['problem_event.id'], ),
    sa.ForeignKeyConstraint(['problem_id'], ['problem.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_problem_evidence_problem', 'problem_evidence', ['problem_id'], unique=False)
    op.add_column('warning_policy', sa.Column('due_soon_days', sa.Integer(), server_default='7', nullable=False))


def downgrade() -> None:
    op.drop_column('warning_policy', 'due_soon_days')
    op.drop_table('problem_evidence')
    op.drop_table('problem_event')
    op.drop_table('plan_item')
    op.drop_table('problem')
    op.drop_table('plan_event')
    op.drop_table('support_activity')
    op.drop_table('plan')
    op.drop_table('acceptance_review')
