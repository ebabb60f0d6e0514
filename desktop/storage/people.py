"""People and their posts."""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from desktop.core.records import PersonRecord, PostRecord
from desktop.core.terms import Education, Ethnicity, Gender, PostRole
from desktop.core.validation import normalise_text
from desktop.storage.models import PersonRow, PostRow, VillageRow, live

P = PersonRow.__table__
POST = PostRow.__table__
V = VillageRow.__table__


def person_values(p: PersonRecord) -> dict[str, Any]:
    return {
        "name_zh": normalise_text(p.name_zh),
        "name_bo": normalise_text(p.name_bo),
        "gender": p.gender.value if p.gender else None,
        "birth_year": p.birth_year,
        "ethnicity": p.ethnicity.value if p.ethnicity else None,
        "education": p.education.value if p.education else None,
        "phone": normalise_text(p.phone),
        "party_member": p.party_member,
        "unit": normalise_text(p.unit),
        "note": p.note.strip(),
    }


def person_from_row(r) -> PersonRecord:
    return PersonRecord(
        id=r.id, row_version=r.row_version, name_zh=r.name_zh, name_bo=r.name_bo,
        gender=Gender.parse(r.gender), birth_year=r.birth_year, ethnicity=Ethnicity.parse(r.ethnicity),
        education=Education.parse(r.education), phone=r.phone, party_member=r.party_member,
        unit=r.unit, note=r.note,
    )


def post_values(p: PostRecord) -> dict[str, Any]:
    return {
        "person_id": p.person_id, "village_id": p.village_id, "role": p.role.value,
        "unit": normalise_text(p.unit), "term_start": p.term_start, "term_end": p.term_end, "note": p.note.strip(),
    }


def post_from_row(r) -> PostRecord:
    return PostRecord(
        id=r.id, row_version=r.row_version, person_id=r.person_id, village_id=r.village_id,
        role=PostRole(r.role), unit=r.unit, term_start=r.term_start, term_end=r.term_end, note=r.note,
    )


class PeopleStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def persons(self, ids: Iterable[str]) -> dict[str, PersonRecord]:
        ids = list(ids)
        if not ids:
            return {}
        rows = self.conn.execute(select(P).where(P.c.id.in_(ids), live(P)))
        return {r.id: person_from_row(r) for r in rows}

    def posts_of_village(self, village_id: str) -> list[PostRecord]:
        rows = self.conn.execute(
            select(POST).where(POST.c.village_id == village_id, live(POST))
            .order_by(POST.c.term_end.desc().nulls_first(), POST.c.term_start, POST.c.id)
        )
        return [post_from_row(r) for r in rows]

    def posts_of_person(self, person_id: str) -> list[tuple[PostRecord, str, str]]:
        """Every live post of a person in a live village, with the village's names."""
        rows = self.conn.execute(
            select(POST, V.c.name_zh.label("village_zh"), V.c.name_bo.label("village_bo"))
            .join(V, V.c.id == POST.c.village_id)
            .where(POST.c.person_id == person_id, live(POST), live(V))
            .order_by(POST.c.term_start.desc().nulls_last(), POST.c.id)
        )
        return [(post_from_row(r), r.village_zh, r.village_bo) for r in rows]

    def live_post_count(self, person_id: str) -> int:
        return self.conn.execute(
            select(func.count()).select_from(POST).where(POST.c.person_id == person_id, live(POST))
        ).scalar()

    def find(self, text: str, limit: int = 50) -> list[PersonRecord]:
        """Live people whose name (either script, or pinyin) or phone contains `text`."""
        t = normalise_text(text).lower()
        stmt = select(P).where(live(P))
        if t:
            stmt = stmt.where(P.c.search_text.contains(t, autoescape=True))
        rows = self.conn.execute(stmt.order_by(P.c.name_sort, P.c.id).limit(limit))
        return [person_from_row(r) for r in rows]
