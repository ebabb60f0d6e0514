"""Acceptance reviews (转化评定) and the campaign status that follows."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from desktop.core.acceptance import AcceptanceRecord, campaign_status, check_review, next_level
from desktop.core.changes import ChangeSet
from desktop.core.errors import village_not_found
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult, CampaignStatus
from desktop.storage.support import review_values


class AcceptanceService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def reviews(self, village_id: str) -> list[AcceptanceRecord]:
        with self.ws.db.read() as r:
            return r.support.reviews(village_id)

    def next_level(self, village_id: str) -> AcceptanceLevel | None:
        return next_level(self.reviews(village_id))

    def status(self, village_id: str) -> CampaignStatus:
        with self.ws.db.read() as r:
            return campaign_status(r.support.reviews(village_id), bool(r.support.withdrawn([village_id])))

    def statuses(self, village_ids: Iterable[str]) -> dict[str, CampaignStatus]:
        """Every village's status (those without reviews are under rectification)."""
        with self.ws.db.read() as r:
            reviews = r.support.all_reviews()
            withdrawn = r.support.withdrawn()
        return {v: campaign_status(reviews.get(v, ()), v in withdrawn) for v in village_ids}

    def record(self, village_id: str, level: AcceptanceLevel, result: AcceptanceResult, on: date | None,
               decided_by: str = "", comments: str = "") -> tuple[str, ChangeSet]:
        with self.ws.db.write(self.ws.actor, "acceptance_review") as w:
            if w.villages.facts(village_id) is None:
                raise village_not_found(village_id)
            check_review(w.support.reviews(village_id), level, result, on, comments, self.ws.today())
            review_id = w.insert("acceptance_review", review_values(AcceptanceRecord(
                "", 0, village_id, level, result, on, decided_by or self.ws.actor, comments)))
        return review_id, w.changeset
