"""Sync: a version vector (`sync_clock`) on every synchronised table, the
local tables of the exchange (enrolled installations, the bundle log,
revocations, the conflict list, what each village last received), and an
index for reading one table's change log after a watermark.

Existing rows get an empty clock: each was written by this installation
alone, which is what the empty clock means.

The shipped checklist templates installed before had random ids, so a
county and a township would hold the same template version under two ids
and the first exchange would refuse it as made separately on both sides.
They get the id every installation now gives them (uuid5 of code, version
and content hash, services/checklists.builtin_template_id); inspections
and the change log follow. This step reads data, so it runs online only.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import uuid

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Written out: migrations import nothing from the app.
SYNCED_TABLES = (
    'admin_unit', 'checklist_template', 'warning_policy', 'village', 'collective_income', 'village_rating',
    'person', 'post', 'inspection', 'inspection_answer', 'inspection_evidence', 'village_warning', 'problem',
    'problem_event', 'problem_evidence', 'plan', 'plan_item', 'plan_event', 'support_activity',
    'acceptance_review',
)


# As services/checklists.py makes them (a test keeps the two equal).
BUILTIN_IDS = uuid.UUID("0192a3c0-5d1e-7b6a-9c4e-7a11a9e0c4b1")


def builtin_template_id(code, version, digest):
    return str(uuid.uuid5(BUILTIN_IDS, f"{code}\x00{version}\x00{digest}"))


def _rekey_builtin_templates() -> None:
    """Give each shipped template its deterministic id, in plain SQL that
    keeps every reference valid at every step: a copy under the new id (at
    a version no row uses), inspections and change log moved to it, the old
    row removed, the copy given the version back."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, code, version, content_hash FROM checklist_template WHERE origin = 'builtin'")).all()
    columns = [c["name"] for c in sa.inspect(conn).get_columns("checklist_template")]
    others = [c for c in columns if c not in ("id", "version")]
    listed = ", ".join(others)
    lowest = conn.execute(sa.text("SELECT coalesce(min(version), 0) FROM checklist_template")).scalar()
    for n, (old, code, version, digest) in enumerate(rows):
        new = builtin_template_id(code, version, digest)
        if new == old:
            continue
        parked = min(lowest, 0) - 1 - n
        conn.execute(sa.text(f"INSERT INTO checklist_template (id, version, {listed}) "
                             f"SELECT :new, :parked, {listed} FROM checklist_template WHERE id = :old"),
                     {"new": new, "parked": parked, "old": old})
        conn.execute(sa.text("UPDATE inspection SET template_id = :new WHERE template_id = :old"),
                     {"new": new, "old": old})
        conn.execute(sa.text("UPDATE change_log SET entity_id = :new "
                             "WHERE entity = 'checklist_template' AND entity_id = :old"), {"new": new, "old": old})
        conn.execute(sa.text("DELETE FROM checklist_template WHERE id = :old"), {"old": old})
        conn.execute(sa.text("UPDATE checklist_template SET version = :version WHERE id = :new"),
                     {"version": version, "new": new})


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.add_column(table, sa.Column('sync_clock', sa.Text(), server_default='', nullable=False))
    op.create_index('ix_change_log_entity_seq', 'change_log', ['entity', 'seq'], unique=False)
    if not op.get_context().as_sql:   # reading rows needs a database, not a script
        _rekey_builtin_templates()
    op.create_table('sync_peer',
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit_code', sa.String(length=12), nullable=False),
    sa.Column('unit_name_zh', sa.String(length=200), nullable=False),
    sa.Column('unit_name_bo', sa.String(length=400), nullable=False),
    sa.Column('signing_key', sa.Text(), nullable=False),
    sa.Column('encryption_key', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('enrolled_by', sa.String(length=200), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by', sa.String(length=200), nullable=False),
    sa.Column('revocation_reason', sa.Text(), nullable=False),
    sa.Column('acked_sequence', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('installation_id')
    )
    op.create_table('sync_bundle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('since', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('watermark', sa.BigInteger(), nullable=True),
    sa.Column('changeset_id', sa.String(length=36), nullable=True),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('direction', 'peer_id', 'sequence', name='ux_sync_bundle_sequence')
    )
    op.create_table('sync_revocation',
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_by', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('installation_id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=False),
    sa.Column('kept', sa.Text(), nullable=False),
    sa.Column('lost', sa.Text(), nullable=False),
    sa.Column('lost_installation_id', sa.String(length=36), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.String(length=200), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_sync_conflict_entity', 'sync_conflict', ['entity', 'entity_id'], unique=False)
    op.create_table('sync_received',
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('village_id', 'peer_id')
    )


def downgrade() -> None:
    op.drop_table('sync_received')
    op.drop_index('ix_sync_conflict_entity', table_name='sync_conflict')
    op.drop_table('sync_conflict')
    op.drop_table('sync_revocation')
    op.drop_table('sync_bundle')
    op.drop_table('sync_peer')
    op.drop_index('ix_change_log_entity_seq', table_name='change_log')
    for table in reversed(SYNCED_TABLES):
        op.drop_column(table, 'sync_clock')
