"""Reads of the support log and the acceptance reviews."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, select

from desktop.core.acceptance import AcceptanceRecord
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult, ActivityKind
from desktop.core.support import ActivityRecord
from desktop.storage.models import AcceptanceReviewRow, SupportActivityRow, live

SA = SupportActivityRow.__table__
AR = AcceptanceReviewRow.__table__

ACTIVITY_FIELDS = ("village_id", "by", "summary", "participants", "amount_yuan", "fund_source", "period",
                   "score", "poll_total", "poll_satisfied", "note")


def activity_values(a: ActivityRecord) -> dict:
    values = {name: getattr(a, name) for name in ACTIVITY_FIELDS}
    values.update(kind=a.kind.value, on_date=a.on)
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def activity_from_row(r) -> ActivityRecord:
    return ActivityRecord(id=r.id, row_version=r.row_version, village_id=r.village_id, kind=ActivityKind(r.kind),
                          on=r.on_date, by=r.by, summary=r.summary, participants=r.participants,
                          amount_yuan=r.amount_yuan, fund_source=r.fund_source, period=r.period, score=r.score,
                          poll_total=r.poll_total, poll_satisfied=r.poll_satisfied, note=r.note)


def review_values(a: AcceptanceRecord) -> dict:
    return {"village_id": a.village_id, "level": a.level.value, "result": a.result.value,
            "decided_on": a.decided_on, "decided_by": a.decided_by.strip(), "comments": a.comments.strip()}


def review_from_row(r) -> AcceptanceRecord:
    return AcceptanceRecord(id=r.id, row_version=r.row_version, village_id=r.village_id,
                            level=AcceptanceLevel(r.level), result=AcceptanceResult(r.result),
                            decided_on=r.decided_on, decided_by=r.decided_by, comments=r.comments)


class SupportStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def activity(self, activity_id: str) -> ActivityRecord | None:
        row = self.conn.execute(select(SA).where(SA.c.id == activity_id, live(SA))).first()
        return activity_from_row(row) if row else None

    def activities(self, village_id: str | None = None, kinds: Iterable[ActivityKind] | None = None) -> list[ActivityRecord]:
        """Newest first."""
        stmt = select(SA).where(live(SA))
        if village_id:
            stmt = stmt.where(SA.c.village_id == village_id)
        if kinds:
            stmt = stmt.where(SA.c.kind.in_([k.value for k in kinds]))
        return [activity_from_row(r) for r in self.conn.execute(stmt.order_by(SA.c.on_date.desc(), SA.c.id.desc()))]

    def figures(self) -> list[tuple]:
        """(village id, kind, entries, participants, amount) per village and
        kind, summed by the database: the dashboard's support figures.
        Sums are ints: PostgreSQL sums a bigint column as numeric (Decimal)."""
        return [(village, kind, n, int(participants), int(amount)) for village, kind, n, participants, amount in
                self.conn.execute(
                    select(SA.c.village_id, SA.c.kind, func.count(), func.coalesce(func.sum(SA.c.participants), 0),
                           func.coalesce(func.sum(SA.c.amount_yuan), 0))
                    .where(live(SA)).group_by(SA.c.village_id, SA.c.kind))]

    def withdrawn(self, village_ids: Iterable[str] | None = None) -> set[str]:
        """Villages whose work team has been withdrawn."""
        rows = self.conn.execute(select(SA.c.village_id).where(SA.c.kind == ActivityKind.TEAM_WITHDRAWN.value,
                                                               live(SA)))
        found = {r[0] for r in rows}
        return found if village_ids is None else found & set(village_ids)

    def reviews(self, village_id: str) -> list[AcceptanceRecord]:
        rows = self.conn.execute(select(AR).where(AR.c.village_id == village_id, live(AR))
                                 .order_by(AR.c.decided_on, AR.c.id))
        return [review_from_row(r) for r in rows]

    def all_reviews(self) -> dict[str, list[AcceptanceRecord]]:
        out: dict[str, list[AcceptanceRecord]] = {}
        for r in self.conn.execute(select(AR).where(live(AR)).order_by(AR.c.decided_on, AR.c.id)):
            out.setdefault(r.village_id, []).append(review_from_row(r))
        return out
