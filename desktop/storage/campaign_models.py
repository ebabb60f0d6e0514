"""The campaign's tables: the problem ledger with its history and close-out
evidence, village plans with their items per round and review steps, the
support log and acceptance reviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, Text
from sqlmodel import Field

from desktop.storage.model_base import ID, SyncedRow, UTCDateTime, _live_index


class ProblemRow(SyncedRow, table=True):
    """A problem on the ledger (问题台账); its status moves are in problem_event."""

    __tablename__ = "problem"
    __table_args__ = (
        Index("ix_problem_village", "village_id", "status"),
        Index("ix_problem_status", "status", "deadline"),
        Index("ix_problem_inspection", "inspection_id"),
        # Covers the prefecture overview's count per county (storage/prefecture.py).
        _live_index(("village_id", "status", "deadline", "reopen_count"), "ix_problem_tally"),
    )
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    description: str = Field(default="", sa_type=Text)
    category: str = Field(max_length=4)
    aspect: str | None = Field(default=None, max_length=4)
    weakness: int = Field(default=0)
    source: str = Field(max_length=32)
    source_ref: str = Field(default="", max_length=400)
    inspection_id: str | None = Field(default=None, foreign_key="inspection.id", max_length=ID)
    indicator_code: str | None = Field(default=None, max_length=32)
    found_on: date | None = None
    deadline: date | None = None
    responsible_leader: str = Field(default="", max_length=200)
    responsible_person: str = Field(default="", max_length=200)
    status: str = Field(default="open", max_length=16)
    status_on: date | None = None
    closed_by: str = Field(default="", max_length=200)
    reopen_count: int = 0
    note: str = Field(default="", sa_type=Text)


class ProblemEventRow(SyncedRow, table=True):
    """One status move of a problem: who, when, why."""

    __tablename__ = "problem_event"
    __table_args__ = (Index("ix_problem_event_problem", "problem_id", "at"),)
    problem_id: str = Field(foreign_key="problem.id", max_length=ID)
    at: datetime = Field(sa_type=UTCDateTime)
    on_date: date
    actor: str = Field(max_length=200)
    from_status: str | None = Field(default=None, max_length=16)
    to_status: str = Field(max_length=16)
    reason: str = Field(default="", sa_type=Text)
    checker: str = Field(default="", max_length=200)


class ProblemEvidenceRow(SyncedRow, table=True):
    """A close-out file; the bytes live in the attachment store by hash."""

    __tablename__ = "problem_evidence"
    __table_args__ = (Index("ix_problem_evidence_problem", "problem_id"),)
    problem_id: str = Field(foreign_key="problem.id", max_length=ID)
    event_id: str | None = Field(default=None, foreign_key="problem_event.id", max_length=ID)
    file_name: str = Field(max_length=400)
    sha256: str = Field(max_length=64)
    size_bytes: int = Field(sa_type=BigInteger)


class PlanRow(SyncedRow, table=True):
    """A village's plan (一村一策); its items are per round in plan_item."""

    __tablename__ = "plan"
    __table_args__ = (Index("ix_plan_village", "village_id", "year"), Index("ix_plan_status", "status"))
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    year: int
    round: int = 1
    status: str = Field(default="draft", max_length=16)
    drafted_on: date | None = None
    meeting_on: date | None = None
    meeting_present: int | None = None
    meeting_expected: int | None = None
    meeting_resolution: str = Field(default="", sa_type=Text)
    submitted_on: date | None = None
    decided_on: date | None = None
    decided_by: str = Field(default="", max_length=200)
    review_comment: str = Field(default="", sa_type=Text)
    note: str = Field(default="", sa_type=Text)


class PlanItemRow(SyncedRow, table=True):
    """One problem's "五定" in one round of a plan."""

    __tablename__ = "plan_item"
    __table_args__ = (Index("ix_plan_item_plan", "plan_id", "round", "position"),
                      Index("ix_plan_item_problem", "problem_id"))
    plan_id: str = Field(foreign_key="plan.id", max_length=ID)
    round: int
    problem_id: str = Field(foreign_key="problem.id", max_length=ID)
    position: int = 0
    goal: str = Field(default="", sa_type=Text)
    content: str = Field(default="", sa_type=Text)
    measures: str = Field(default="", sa_type=Text)
    deadline: date | None = None
    responsible_leader: str = Field(default="", max_length=200)
    responsible_person: str = Field(default="", max_length=200)
    review_comment: str = Field(default="", sa_type=Text)


class PlanEventRow(SyncedRow, table=True):
    """A step of the review cycle: drafted, meeting, submitted, returned, approved, revised."""

    __tablename__ = "plan_event"
    __table_args__ = (Index("ix_plan_event_plan", "plan_id", "at"),)
    plan_id: str = Field(foreign_key="plan.id", max_length=ID)
    round: int
    step: str = Field(max_length=16)
    at: datetime = Field(sa_type=UTCDateTime)
    on_date: date
    actor: str = Field(max_length=200)
    comment: str = Field(default="", sa_type=Text)


class SupportActivityRow(SyncedRow, table=True):
    """An entry of a village's support log."""

    __tablename__ = "support_activity"
    __table_args__ = (Index("ix_support_activity_village", "village_id", "on_date"),
                      Index("ix_support_activity_kind", "kind", "on_date"))
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    kind: str = Field(max_length=32)
    on_date: date
    by: str = Field(default="", max_length=200)
    summary: str = Field(default="", sa_type=Text)
    participants: int | None = None
    amount_yuan: int | None = Field(default=None, sa_type=BigInteger)
    fund_source: str = Field(default="", max_length=200)
    period: str = Field(default="", max_length=16)
    score: float | None = None
    poll_total: int | None = None
    poll_satisfied: int | None = None
    note: str = Field(default="", sa_type=Text)


class AcceptanceReviewRow(SyncedRow, table=True):
    """One conversion review (转化评定) at one level."""

    __tablename__ = "acceptance_review"
    __table_args__ = (Index("ix_acceptance_review_village", "village_id", "decided_on"),)
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    level: str = Field(max_length=16)
    result: str = Field(max_length=16)
    decided_on: date
    decided_by: str = Field(default="", max_length=200)
    comments: str = Field(default="", sa_type=Text)
