"""Users and the audit chain: the `user_account` table (local, never
synchronised), the hash chain over the change log (`changeset.entries`,
`prev_hash`, `chain_hash`; docs/audit.md) and the audit heads exchanged in
sync bundles (`sync_peer.audit_*`, `sync_bundle.audit_*`).

The change sets already in the database are chained here, oldest first, so
`audit verify` covers the whole history. That reads data, so it runs
online only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

import hashlib
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Written out as core/audit_chain.py has them (a test keeps the two equal):
# migrations import nothing from the app.
GENESIS = "0" * 64
SEP = "\x1f"


def _stamp(at):
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _chain_existing() -> None:
    conn = op.get_bind()
    changesets = conn.execute(sa.text(
        "SELECT seq, id, at, actor, installation_id, action, reverts FROM changeset ORDER BY seq")).all()
    prev = GENESIS
    for seq, cs_id, at, actor, installation, action, reverts in changesets:
        content = hashlib.sha256(
            (SEP.join((cs_id, _stamp(at), actor, installation, action, reverts or "")) + "\n").encode())
        entries = 0
        rows = conn.execute(sa.text(
            "SELECT entity, entity_id, op, row_version, data FROM change_log WHERE changeset_id = :id ORDER BY seq"),
            {"id": cs_id})
        while True:
            batch = rows.fetchmany(20000)
            if not batch:
                break
            content.update("".join(f"{e}{SEP}{i}{SEP}{o}{SEP}{v}{SEP}{d or ''}\n"
                                   for e, i, o, v, d in batch).encode())
            entries += len(batch)
        link = hashlib.sha256(bytes.fromhex(prev) + content.digest()).hexdigest()
        conn.execute(sa.text("UPDATE changeset SET entries = :n, prev_hash = :p, chain_hash = :h WHERE seq = :s"),
                     {"n": entries, "p": prev, "h": link, "s": seq})
        prev = link


def upgrade() -> None:
    op.create_table('user_account',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('sync_clock', sa.Text(), server_default='', nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('roles', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ux_user_account_login', 'user_account', ['login'], unique=True,
                    sqlite_where=sa.text('deleted = 0'), postgresql_where=sa.text('NOT deleted'))
    op.add_column('changeset', sa.Column('entries', sa.Integer(), server_default='0', nullable=False))
    op.add_column('changeset', sa.Column('prev_hash', sa.String(length=64), server_default='', nullable=False))
    op.add_column('changeset', sa.Column('chain_hash', sa.String(length=64), server_default='', nullable=False))
    op.add_column('sync_peer', sa.Column('audit_seq', sa.BigInteger(), nullable=True))
    op.add_column('sync_peer', sa.Column('audit_hash', sa.String(length=64), server_default='', nullable=False))
    op.add_column('sync_peer', sa.Column('audit_alarm', sa.Text(), server_default='', nullable=False))
    op.add_column('sync_bundle', sa.Column('audit_seq', sa.BigInteger(), nullable=True))
    op.add_column('sync_bundle', sa.Column('audit_hash', sa.String(length=64), server_default='', nullable=False))
    if not op.get_context().as_sql:   # reading rows needs a database, not a script
        _chain_existing()


def downgrade() -> None:
    op.drop_column('sync_bundle', 'audit_hash')
    op.drop_column('sync_bundle', 'audit_seq')
    op.drop_column('sync_peer', 'audit_alarm')
    op.drop_column('sync_peer', 'audit_hash')
    op.drop_column('sync_peer', 'audit_seq')
    op.drop_column('changeset', 'chain_hash')
    op.drop_column('changeset', 'prev_hash')
    op.drop_column('changeset', 'entries')
    op.drop_index('ux_user_account_login', table_name='user_account')
    op.drop_table('user_account')
