"""People: finding them to give them a post, and the posts they have held."""

from __future__ import annotations

from desktop.core.records import PersonRecord, PostRecord


class PeopleService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def find(self, text: str, limit: int = 50) -> list[PersonRecord]:
        with self.ws.db.read() as r:
            return r.people.find(text, limit)

    def posts_held(self, person_id: str) -> list[tuple[PostRecord, str, str]]:
        """(post, village name zh, village name bo) for every post of a person."""
        with self.ws.db.read() as r:
            return r.people.posts_of_person(person_id)
