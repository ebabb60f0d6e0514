"""Villages: the list query, the village file's records, and their row mapping."""

from __future__ import annotations

import dataclasses
import gc
from typing import Any, Iterable

from sqlalchemy import case, select
from sqlalchemy.engine import Connection

from desktop.core.query import NONE, VillageColumn, VillageQuery
from desktop.core.records import IncomeRecord, RatingRecord, VillageFacts, VillageRow, WarningRecord
from desktop.core.terms import (
    PartyOrgType,
    Rating,
    VillageKind,
    WarningColour,
    WEAKNESS_BITS,
    weakness_mask,
    weakness_types,
)
from desktop.core.validation import normalise_division_code, normalise_text
from desktop.storage.models import (
    AdminUnitRow,
    live,
    CollectiveIncomeRow,
    VillageRatingRow,
    VillageRow as VillageTable,
    VillageWarningRow,
)

V = VillageTable.__table__
T = AdminUnitRow.__table__
INCOME = CollectiveIncomeRow.__table__
RATING = VillageRatingRow.__table__
WARNING = VillageWarningRow.__table__

_RATING_RANK = case({r.value: i for i, r in enumerate(Rating)}, value=V.c.rating)
_WARNING_RANK = case({c.value: i for i, c in enumerate(WarningColour)}, value=V.c.warning)

_SORT = {
    VillageColumn.CODE: V.c.code,
    VillageColumn.NAME_ZH: V.c.name_sort,
    VillageColumn.NAME_BO: V.c.name_bo,
    VillageColumn.TOWNSHIP: T.c.name_sort,
    VillageColumn.KIND: V.c.kind,
    VillageColumn.POPULATION: V.c.population,
    VillageColumn.HOUSEHOLDS: V.c.households,
    VillageColumn.PARTY_MEMBERS: V.c.party_members,
    VillageColumn.RATING: _RATING_RANK,
    VillageColumn.WARNING: _WARNING_RANK,
    VillageColumn.WEAKNESS: V.c.weakness,
}

_ROW_COLUMNS = (
    V.c.id, V.c.code, V.c.name_zh, V.c.name_bo, T.c.name_zh.label("township_name_zh"),
    T.c.name_bo.label("township_name_bo"), V.c.kind, V.c.population, V.c.households,
    V.c.party_members, V.c.rating, V.c.warning, V.c.weakness,
)


def village_values(f: VillageFacts) -> dict[str, Any]:
    """The stored columns of a village's editable facts (the writer adds the
    derived sort and search keys)."""
    return {
        "township_id": f.township_id,
        "code": normalise_division_code(f.code),
        "name_zh": normalise_text(f.name_zh),
        "name_bo": normalise_text(f.name_bo),
        "kind": f.kind.value,
        "population": f.population,
        "households": f.households,
        "party_members": f.party_members,
        "party_org_type": f.party_org_type.value if f.party_org_type else None,
        "weakness": weakness_mask(f.weakness),
        "paired_unit": normalise_text(f.paired_unit),
        "paired_village_id": f.paired_village_id,
        "note": f.note.strip(),
    }


def facts_from_row(r) -> VillageFacts:
    return VillageFacts(
        id=r.id, row_version=r.row_version, township_id=r.township_id, code=r.code,
        name_zh=r.name_zh, name_bo=r.name_bo, kind=VillageKind(r.kind), population=r.population,
        households=r.households, party_members=r.party_members,
        party_org_type=PartyOrgType.parse(r.party_org_type), weakness=weakness_types(r.weakness),
        paired_unit=r.paired_unit, paired_village_id=r.paired_village_id, note=r.note,
        rating=Rating.parse(r.rating), warning=WarningColour.parse(r.warning),
    )


def income_values(e: IncomeRecord) -> dict[str, Any]:
    return {"village_id": e.village_id, "year": e.year, "amount_yuan": e.amount_yuan, "note": e.note.strip()}


def fetch_columns(conn: Connection, stmt) -> list[tuple]:
    """Rows as plain tuples, read straight from the DBAPI cursor.

    For the village list, which may read every village: SQLAlchemy's Row
    objects cost ~27 ms per 50,000 rows, and the cyclic GC, triggered by
    50,000 new tuples, walks the GUI's whole heap. Neither is needed here.
    """
    result = conn.execute(stmt)
    try:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return result.cursor.fetchall()
        finally:
            if was_enabled:
                gc.enable()
    finally:
        result.close()


def fetch_column(conn: Connection, stmt) -> list:
    """The first column of every row (see fetch_columns)."""
    return [row[0] for row in fetch_columns(conn, stmt)]


def search_statement(q: VillageQuery, columns=(V.c.id,)):
    """The list query. In the default order it reads ix_village_list alone."""
    stmt = select(*columns).where(live(V))
    if q.sort is VillageColumn.TOWNSHIP:
        stmt = stmt.join(T, T.c.id == V.c.township_id)
    if q.township_id:
        stmt = stmt.where(V.c.township_id == q.township_id)
    if q.rating == NONE:
        stmt = stmt.where(V.c.rating.is_(None))
    elif q.rating:
        stmt = stmt.where(V.c.rating == str(q.rating))
    if q.warning == NONE:
        stmt = stmt.where(V.c.warning.is_(None))
    elif q.warning:
        stmt = stmt.where(V.c.warning == str(q.warning))
    if q.weakness:
        stmt = stmt.where(V.c.weakness.op("&")(WEAKNESS_BITS[q.weakness]) != 0)
    text = q.search_text
    if text:
        stmt = stmt.where(V.c.search_text.contains(text, autoescape=True))
    if q.sort is VillageColumn.NAME_ZH:
        # Exactly the order of ix_village_list, so no sort step at all.
        order = (V.c.name_sort, V.c.id)
        stmt = stmt.order_by(*(c.desc() if q.descending else c.asc() for c in order))
    else:
        key = _SORT[q.sort]
        key = key.desc() if q.descending else key.asc()
        stmt = stmt.order_by(key.nulls_last(), V.c.name_sort, V.c.id)
    return stmt


class VillageStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- the list --------------------------------------------------------

    def search_ids(self, q: VillageQuery) -> list[str]:
        """Ids of the live villages matching `q`, in its order."""
        return fetch_column(self.conn, search_statement(q))

    def list_index(self, q: VillageQuery) -> tuple[list[str], list[str]]:
        """Ids and search texts of the villages passing `q`'s filters, in its
        order, ignoring its text: what the list narrows as the user types."""
        rows = fetch_columns(self.conn, search_statement(dataclasses.replace(q, text=""), (V.c.id, V.c.search_text)))
        return [r[0] for r in rows], [r[1] for r in rows]

    def rows(self, ids: Iterable[str]) -> dict[str, VillageRow]:
        ids = list(ids)
        if not ids:
            return {}
        stmt = select(*_ROW_COLUMNS).join(T, T.c.id == V.c.township_id).where(V.c.id.in_(ids))
        return {
            r.id: VillageRow(
                id=r.id, code=r.code, name_zh=r.name_zh, name_bo=r.name_bo,
                township_name_zh=r.township_name_zh, township_name_bo=r.township_name_bo,
                kind=VillageKind(r.kind), population=r.population, households=r.households,
                party_members=r.party_members, rating=Rating.parse(r.rating),
                warning=WarningColour.parse(r.warning), weakness=weakness_types(r.weakness),
            )
            for r in self.conn.execute(stmt)
        }

    def colours(self) -> dict[str, WarningColour | None]:
        """Every live village's current warning colour."""
        rows = fetch_columns(self.conn, select(V.c.id, V.c.warning).where(live(V)))
        return {r[0]: WarningColour.parse(r[1]) for r in rows}

    def weak_ids(self) -> set[str]:
        """Live villages marked weak: a weakness type, or rated backward or problem."""
        rows = fetch_columns(self.conn, select(V.c.id).where(
            live(V), (V.c.weakness != 0) | V.c.rating.in_([Rating.BACKWARD.value, Rating.PROBLEM.value])))
        return {r[0] for r in rows}

    # -- one village -----------------------------------------------------

    def facts(self, village_id: str) -> VillageFacts | None:
        row = self.conn.execute(select(V).where(V.c.id == village_id, live(V))).first()
        return facts_from_row(row) if row else None

    def id_by_code(self, code: str) -> str | None:
        return self.conn.execute(select(V.c.id).where(V.c.code == code, live(V))).scalar()

    def code_owner(self, code: str, exclude_id: str | None = None) -> tuple[str, str] | None:
        """(id, name) of the live village holding `code`, other than `exclude_id`."""
        stmt = select(V.c.id, V.c.name_zh, V.c.name_bo).where(V.c.code == code, live(V))
        if exclude_id:
            stmt = stmt.where(V.c.id != exclude_id)
        row = self.conn.execute(stmt).first()
        return (row.id, row.name_zh or row.name_bo) if row else None

    def names(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        ids = list(ids)
        if not ids:
            return {}
        rows = self.conn.execute(select(V.c.id, V.c.name_zh, V.c.name_bo).where(V.c.id.in_(ids)))
        return {r.id: (r.name_zh, r.name_bo) for r in rows}

    def find(self, text: str, limit: int = 50) -> list[tuple[str, str, str, str | None]]:
        """(id, name_zh, name_bo, code) of live villages whose name or code contains `text`."""
        t = normalise_text(text).lower()
        stmt = select(V.c.id, V.c.name_zh, V.c.name_bo, V.c.code).where(live(V))
        if t:
            stmt = stmt.where(V.c.search_text.contains(t, autoescape=True))
        rows = self.conn.execute(stmt.order_by(V.c.name_sort, V.c.id).limit(limit))
        return [(r.id, r.name_zh, r.name_bo, r.code) for r in rows]

    def incomes(self, village_id: str) -> list[IncomeRecord]:
        rows = self.conn.execute(
            select(INCOME).where(INCOME.c.village_id == village_id, live(INCOME)).order_by(INCOME.c.year.desc())
        )
        return [IncomeRecord(id=r.id, row_version=r.row_version, village_id=r.village_id, year=r.year,
                             amount_yuan=r.amount_yuan, note=r.note) for r in rows]

    def ratings(self, village_id: str) -> tuple[RatingRecord, ...]:
        rows = self.conn.execute(
            select(RATING).where(RATING.c.village_id == village_id, live(RATING)).order_by(RATING.c.period.desc())
        )
        return tuple(RatingRecord(id=r.id, village_id=r.village_id, period=r.period, rating=Rating(r.rating),
                                  decided_by=r.decided_by, decided_on=r.decided_on, note=r.note) for r in rows)

    def warnings(self, village_id: str) -> tuple[WarningRecord, ...]:
        rows = self.conn.execute(
            select(WARNING).where(WARNING.c.village_id == village_id, live(WARNING)).order_by(WARNING.c.period.desc())
        )
        return tuple(WarningRecord(id=r.id, village_id=r.village_id, period=r.period, colour=WarningColour(r.colour),
                                   score=r.score, assessed_on=r.assessed_on, note=r.note) for r in rows)

    def income_ids(self, village_id: str) -> list[str]:
        return self.conn.execute(select(INCOME.c.id).where(INCOME.c.village_id == village_id, live(INCOME))).scalars().all()
