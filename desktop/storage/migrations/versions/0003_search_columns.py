"""Search as you type in one narrow covering index.

Each village and person gets `search_text`: names in both scripts, code or
phone, pinyin and its initials, in lower case. A partial index on
(name_sort, id, search_text) over live rows lets a keystroke's query scan
the index alone in list order (7-21 ms for 50,000 villages, against 71-94 ms
for LIKE over four columns of the table). It replaces `name_pinyin` and the
plain name_sort index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _live_index(name, table, columns):
    op.create_index(name, table, columns, unique=False,
                    sqlite_where=sa.text('deleted = 0'), postgresql_where=sa.text('NOT deleted'))


def upgrade() -> None:
    # Plain ALTERs, not batch mode: SQLite (3.35+) and PostgreSQL add and
    # drop these columns in place, while a batch copy of `village` cannot
    # drop the old table that other tables reference.
    op.add_column('village', sa.Column('search_text', sa.String(length=1200), nullable=False, server_default=''))
    # name_pinyin already holds the pinyin and its initials.
    op.execute("UPDATE village SET search_text = lower(name_zh || ' ' || name_bo || ' ' || "
               "coalesce(code, '') || ' ' || name_pinyin)")
    op.drop_index('ix_village_name_sort', table_name='village')
    op.drop_column('village', 'name_pinyin')
    _live_index('ix_village_list', 'village', ['name_sort', 'id', 'search_text'])

    op.add_column('person', sa.Column('search_text', sa.String(length=1200), nullable=False, server_default=''))
    _fill_person_search_text()
    op.drop_index('ix_person_name_sort', table_name='person')
    _live_index('ix_person_list', 'person', ['name_sort', 'id', 'search_text'])


def _fill_person_search_text() -> None:
    """Names, phone, pinyin and initials, as the app writes them."""
    from functools import lru_cache

    from pypinyin import Style, lazy_pinyin

    @lru_cache(maxsize=65536)
    def pinyin(name: str) -> str:
        if not name:
            return ""
        return "".join(lazy_pinyin(name)) + " " + "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))

    conn = op.get_bind()
    person = sa.table('person', sa.column('id'), sa.column('name_zh'), sa.column('name_bo'),
                      sa.column('phone'), sa.column('search_text'))
    rows = conn.execute(sa.select(person.c.id, person.c.name_zh, person.c.name_bo, person.c.phone)).all()
    updates = [{"pid": r.id, "text": " ".join(p for p in (r.name_zh, r.name_bo, r.phone, pinyin(r.name_zh)) if p).lower()}
               for r in rows]
    if updates:
        conn.execute(person.update().where(person.c.id == sa.bindparam("pid"))
                     .values(search_text=sa.bindparam("text")), updates)


def downgrade() -> None:
    raise NotImplementedError("VillageDesk does not downgrade; restore the backup taken before the upgrade")
