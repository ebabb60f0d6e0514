"""The support log and the work team's withdrawal."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Iterable

from desktop.core.acceptance import check_withdrawal
from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, ValidationFailed, VillageDeskError, village_not_found
from desktop.core.i18n import translate
from desktop.core.ledger_terms import ActivityKind
from desktop.core.support import ActivityRecord, SupportTotals, normalise_period, validate_activity
from desktop.core.terms import PostRole
from desktop.storage.support import activity_values

# Whose posts end when the team is withdrawn.
TEAM_ROLES = frozenset({PostRole.FIRST_SECRETARY, PostRole.WORK_TEAM_LEADER, PostRole.WORK_TEAM_MEMBER})


def activity_not_found() -> NotFound:
    return NotFound(translate("Support", "This entry of the support log does not exist (any more)."))


def withdrawal_not_an_entry() -> VillageDeskError:
    # The withdrawal also ended the team's posts: only withdrawing makes it
    # (after the final review), and only Undo takes it back, posts and all.
    return VillageDeskError(translate("Support", "The work team's withdrawal is not edited or deleted as a log "
                                                 "entry: it is made by withdrawing the team, and Undo takes it back."))


class SupportService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def activities(self, village_id: str | None = None, kinds: Iterable[ActivityKind] | None = None) -> list[ActivityRecord]:
        """Newest first."""
        with self.ws.db.read() as r:
            return r.support.activities(village_id, kinds)

    def add(self, a: ActivityRecord) -> tuple[str, ChangeSet]:
        if a.kind is ActivityKind.TEAM_WITHDRAWN:
            return self.withdraw_team(a.village_id, a.on or self.ws.today(), a.note)
        a = self._checked(a)
        with self.ws.db.write(self.ws.actor, "add_activity") as w:
            if w.villages.facts(a.village_id) is None:
                raise village_not_found(a.village_id)
            activity_id = w.insert("support_activity", activity_values(a))
        return activity_id, w.changeset

    def edit(self, a: ActivityRecord) -> ChangeSet | None:
        a = self._checked(a)
        with self.ws.db.write(self.ws.actor, "edit_activity") as w:
            current = w.support.activity(a.id)
            if current is None:
                raise activity_not_found()
            if ActivityKind.TEAM_WITHDRAWN in (current.kind, a.kind):
                raise withdrawal_not_an_entry()
            values = activity_values(a)
            values.pop("village_id")
            w.update("support_activity", a.id, a.row_version, values)
        return w.changeset or None

    def delete(self, activity_id: str, expected_version: int | None = None) -> ChangeSet:
        with self.ws.db.write(self.ws.actor, "delete_activity") as w:
            current = w.support.activity(activity_id)
            if current is None:
                raise activity_not_found()
            if current.kind is ActivityKind.TEAM_WITHDRAWN:
                raise withdrawal_not_an_entry()
            w.delete("support_activity", activity_id, expected_version)
        return w.changeset

    def _checked(self, a: ActivityRecord) -> ActivityRecord:
        errors = validate_activity(a, self.ws.today())
        if errors:
            raise ValidationFailed(errors)
        return dataclasses.replace(a, period=normalise_period(a))

    def withdraw_team(self, village_id: str, on: date, note: str = "") -> tuple[str, ChangeSet]:
        """Withdraw the work team (and first secretary) of a converted village:
        a log entry, and their posts end on that day."""
        with self.ws.db.write(self.ws.actor, "withdraw_team") as w:
            if w.villages.facts(village_id) is None:
                raise village_not_found(village_id)
            check_withdrawal(w.support.reviews(village_id), bool(w.support.withdrawn([village_id])), on)
            # The kind says what happened, in the reader's language; the summary is the user's own words.
            a = ActivityRecord(id="", row_version=0, village_id=village_id, kind=ActivityKind.TEAM_WITHDRAWN, on=on,
                               summary=note.strip())
            errors = validate_activity(a, self.ws.today())
            if errors:
                raise ValidationFailed(errors)
            activity_id = w.insert("support_activity", activity_values(a))
            for post in w.people.posts_of_village(village_id):
                if post.role in TEAM_ROLES and (post.term_end is None or post.term_end > on) \
                        and (post.term_start is None or post.term_start <= on):
                    w.update("post", post.id, None, {"term_end": on})
        return activity_id, w.changeset

    def totals(self, village_ids: Iterable[str] | None = None) -> SupportTotals:
        wanted = set(village_ids) if village_ids is not None else None
        totals = SupportTotals(by_kind={})
        with self.ws.db.read() as r:
            rows = r.support.figures()
        for vid, kind, entries, participants, amount in rows:
            if wanted is not None and vid not in wanted:
                continue
            k = ActivityKind(kind)
            totals.by_kind[k] = totals.by_kind.get(k, 0) + entries
            if k is ActivityKind.FUNDS:
                totals.funds_yuan += amount
            elif k is ActivityKind.PROJECT:
                totals.projects += entries
                totals.project_yuan += amount
            elif k is ActivityKind.TRAINING:
                totals.trained += participants
        return totals
