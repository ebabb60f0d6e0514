"""What the roster import reads to match a workbook with the database: every
township and village, the people and posts of the villages it names, and the
last change made (to tell whether anything changed since a preview)."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from desktop.core.roster_plan import PERSON_DEFAULTS, VILLAGE_FIELDS, KnownRecord, KnownUnit
from desktop.storage.models import AdminUnitRow, ChangesetRow, PersonRow, PostRow, VillageRow, live
from desktop.storage.villages import fetch_columns

UNIT = AdminUnitRow.__table__
V = VillageRow.__table__
P = PersonRow.__table__
POST = PostRow.__table__
CHANGESET = ChangesetRow.__table__

_VILLAGE_COLUMNS = tuple(VILLAGE_FIELDS)
_PERSON_COLUMNS = tuple(k for k in PERSON_DEFAULTS if k != "note")
_POST_COLUMNS = ("person_id", "village_id", "role", "term_start", "term_end", "note")
_CHUNK = 500   # ids per IN (...): SQLite's variable limit is 999 before 3.32


class RosterStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def units(self) -> list[KnownUnit]:
        rows = self.conn.execute(select(UNIT.c.id, UNIT.c.level, UNIT.c.code, UNIT.c.name_zh, UNIT.c.name_bo)
                                 .where(live(UNIT)))
        return [KnownUnit(r.id, r.level, r.code, r.name_zh, r.name_bo) for r in rows]

    def villages(self) -> list[KnownRecord]:
        columns = [V.c[c] for c in _VILLAGE_COLUMNS]
        rows = fetch_columns(self.conn, select(V.c.id, V.c.row_version, *columns).where(live(V)))
        return [KnownRecord(r[0], r[1], dict(zip(_VILLAGE_COLUMNS, r[2:]))) for r in rows]

    def people_of(self, village_ids: Iterable[str]) -> tuple[list[KnownRecord], list[KnownRecord]]:
        """The live posts in these villages, and the people holding them."""
        ids = list(village_ids)
        posts: list[KnownRecord] = []
        for i in range(0, len(ids), _CHUNK):
            stmt = select(POST.c.id, POST.c.row_version, *(POST.c[c] for c in _POST_COLUMNS)).where(
                POST.c.village_id.in_(ids[i:i + _CHUNK]), live(POST))
            posts += [KnownRecord(r[0], r[1], dict(zip(_POST_COLUMNS, r[2:]))) for r in self.conn.execute(stmt)]
        person_ids = sorted({p.values["person_id"] for p in posts})
        people: list[KnownRecord] = []
        for i in range(0, len(person_ids), _CHUNK):
            stmt = select(P.c.id, P.c.row_version, *(P.c[c] for c in _PERSON_COLUMNS)).where(
                P.c.id.in_(person_ids[i:i + _CHUNK]), live(P))
            people += [KnownRecord(r[0], r[1], dict(zip(_PERSON_COLUMNS, r[2:]))) for r in self.conn.execute(stmt)]
        return people, posts

    def last_change(self) -> int:
        """The sequence number of the last change set written (0: none)."""
        return self.conn.execute(select(func.max(CHANGESET.c.seq))).scalar() or 0
