"""Village files: the list, opening, checking, saving and deleting them."""

from __future__ import annotations

from typing import Iterable

from desktop.core.changes import ChangeSet
from desktop.core.diff import RecordChanges, plan_file_save
from desktop.core.errors import ValidationFailed, village_not_found
from desktop.core.i18n import translate
from desktop.core.query import VillageQuery
from desktop.core.records import VillageFacts, VillageFile, VillageRow
from desktop.core.validation import FieldError, normalise_division_code, validate_file, validate_village
from desktop.storage.people import person_values, post_values
from desktop.storage.villages import income_values, village_values


class VillageService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    # -- the list --------------------------------------------------------

    def search(self, query: VillageQuery) -> list[str]:
        with self.ws.db.read() as r:
            return r.villages.search_ids(query)

    def list_index(self, query: VillageQuery) -> tuple[list[str], list[str]]:
        """Ids and search texts for the query's filters and order (its text
        aside), for narrowing as the user types (desktop/core/search.py)."""
        with self.ws.db.read() as r:
            return r.villages.list_index(query)

    def rows(self, ids: Iterable[str]) -> dict[str, VillageRow]:
        with self.ws.db.read() as r:
            return r.villages.rows(ids)

    def count(self) -> int:
        with self.ws.db.read() as r:
            return r.count_live("village")

    def find(self, text: str, limit: int = 50) -> list[tuple[str, str, str, str | None]]:
        with self.ws.db.read() as r:
            return r.villages.find(text, limit)

    def names(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        with self.ws.db.read() as r:
            return r.villages.names(ids)

    def id_of(self, code_or_id: str) -> str:
        """The id of the live village with this division code (or id)."""
        key = code_or_id.strip()
        with self.ws.db.read() as r:
            village_id = r.villages.id_by_code(normalise_division_code(key) or key)
            if village_id is None and r.villages.facts(key) is not None:
                village_id = key
        if village_id is None:
            raise village_not_found(code_or_id)
        return village_id

    # -- one file --------------------------------------------------------

    def new_file(self, township_id: str | None = None) -> VillageFile:
        return VillageFile(facts=VillageFacts(township_id=township_id))

    def open_file(self, village_id: str) -> VillageFile:
        with self.ws.db.read() as r:
            facts = r.villages.facts(village_id)
            if facts is None:
                raise village_not_found(village_id)
            posts = r.people.posts_of_village(village_id)
            return VillageFile(
                facts=facts,
                incomes=r.villages.incomes(village_id),
                posts=posts,
                people=r.people.persons({p.person_id for p in posts}),
                ratings=r.villages.ratings(village_id),
                warnings=r.villages.warnings(village_id),
            )

    def check_facts(self, facts: VillageFacts) -> list[FieldError]:
        """The rules of the basic facts, as the user types (one indexed lookup)."""
        return self._with_database_rules(facts, lambda code: validate_village(facts, code))

    def validate(self, file: VillageFile) -> list[FieldError]:
        """Every rule of a village file, before it is saved."""
        return self._with_database_rules(file.facts, lambda code: validate_file(file, code, self.ws.today()))

    def _with_database_rules(self, facts: VillageFacts, rules) -> list[FieldError]:
        with self.ws.db.read() as r:
            township = r.units.get(facts.township_id) if facts.township_id else None
            errors = rules(township.code if township else None)
            normal = normalise_division_code(facts.code)
            owner = r.villages.code_owner(normal, facts.id) if normal else None
        if owner and not any(e.field == "code" for e in errors):
            errors.append(FieldError("code", translate(
                "Validation", "Another village already has this code: {name}.").format(name=owner[1])))
        return errors

    def save_file(self, original: VillageFile, edited: VillageFile) -> ChangeSet:
        """Write what the user changed in a village file, all or nothing."""
        errors = self.validate(edited)
        if errors:
            raise ValidationFailed(errors)
        plan = plan_file_save(original, edited)
        facts = edited.facts
        action = "village.create" if plan.is_new_village else "village.edit"
        with self.ws.db.write(self.ws.actor, action) as w:
            if plan.is_new_village:
                w.insert("village", {"id": facts.id, **village_values(facts)})
            elif plan.village_fields:
                w.update("village", facts.id, facts.row_version, village_values(facts))
            # People before posts: a post refers to its person.
            _write(w, "collective_income", plan.incomes, income_values, village_id=facts.id)
            _write(w, "person", plan.people, person_values)
            _write(w, "post", plan.posts, post_values, village_id=facts.id)
            # Removing someone from the file removes their post; a person left
            # with no post anywhere goes too (undo brings both back).
            for person_id in {post.person_id for post in plan.posts.deletes}:
                if w.people.live_post_count(person_id) == 0:
                    w.delete("person", person_id)
        return w.changeset

    def delete(self, village_id: str) -> ChangeSet:
        """Delete a village (a tombstone: undo brings it back whole)."""
        return self.delete_many([village_id])

    def delete_many(self, village_ids: Iterable[str]) -> ChangeSet:
        """Delete villages in one change set, so one undo brings all back."""
        with self.ws.db.write(self.ws.actor, "village.delete") as w:
            for village_id in village_ids:
                w.delete("village", village_id)
        return w.changeset


def _write(w, entity: str, changes: RecordChanges, values, **fixed) -> None:
    """Apply one kind of record's deletes, inserts and updates."""
    for r in changes.deletes:
        w.delete(entity, r.id, r.row_version)
    for r in changes.inserts:
        w.insert(entity, {"id": r.id, **values(r), **fixed})
    for r, _ in changes.updates:
        w.update(entity, r.id, r.row_version, values(r))
