"""The tables. Migrations (desktop/storage/migrations) create them; a test
checks the two agree.

Every synchronised table carries the columns of `SyncedRow`: a UUIDv7 string
id, the row version, the update time, the installation that wrote this
version, and a tombstone flag. Types are kept portable: the same models run
on PostgreSQL in county mode.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, Integer, Text
from sqlmodel import Field, SQLModel

# Re-exported: the stores import the base names from here.
from desktop.storage.model_base import ID, SyncedRow, UTCDateTime, _live_index, live  # noqa: F401
from desktop.storage.campaign_models import (  # noqa: F401
    AcceptanceReviewRow,
    PlanEventRow,
    PlanItemRow,
    PlanRow,
    ProblemEventRow,
    ProblemEvidenceRow,
    ProblemRow,
    SupportActivityRow,
)
# The local sync tables join the same metadata (migrations and models agree).
from desktop.storage.sync_models import (  # noqa: F401
    SyncBundleRow,
    SyncConflictRow,
    SyncPeerRow,
    SyncReceivedRow,
    SyncRevocationRow,
)
from desktop.storage.user_models import LOCAL_TABLES, UserAccountRow  # noqa: F401


class LocalMeta(SQLModel, table=True):
    """Facts about this database and installation; never synchronised."""

    __tablename__ = "local_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_type=Text)


class AdminUnitRow(SyncedRow, table=True):
    __tablename__ = "admin_unit"
    __table_args__ = (Index("ix_admin_unit_parent", "parent_id"),)
    parent_id: str | None = Field(default=None, foreign_key="admin_unit.id", max_length=ID)
    level: str = Field(max_length=16)
    kind: str | None = Field(default=None, max_length=16)
    code: str | None = Field(default=None, max_length=12)
    name_zh: str = Field(default="", max_length=200)
    name_bo: str = Field(default="", max_length=400)
    name_sort: str = Field(default="", max_length=400)


class VillageRow(SyncedRow, table=True):
    __tablename__ = "village"
    __table_args__ = (
        _live_index("code", "ux_village_code", unique=True),
        Index("ix_village_township", "township_id"),
        # Search as you type scans this index alone, in list order.
        _live_index(("name_sort", "id", "search_text"), "ix_village_list"),
    )
    township_id: str = Field(foreign_key="admin_unit.id", max_length=ID)
    code: str | None = Field(default=None, max_length=12)
    name_zh: str = Field(default="", max_length=200)
    name_bo: str = Field(default="", max_length=400)
    name_sort: str = Field(default="", max_length=400)
    search_text: str = Field(default="", max_length=1200, sa_column_kwargs={"server_default": ""})
    kind: str = Field(default="village", max_length=16)
    population: int | None = None
    households: int | None = None
    party_members: int | None = None
    party_org_type: str | None = Field(default=None, max_length=32)
    weakness: int = Field(default=0)
    paired_unit: str = Field(default="", max_length=400)
    paired_village_id: str | None = Field(default=None, foreign_key="village.id", max_length=ID)
    note: str = Field(default="", sa_type=Text)
    rating: str | None = Field(default=None, max_length=16)
    warning: str | None = Field(default=None, max_length=16)


class CollectiveIncomeRow(SyncedRow, table=True):
    __tablename__ = "collective_income"
    __table_args__ = (Index("ix_collective_income_village", "village_id", "year"),)
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    year: int
    amount_yuan: int = Field(sa_type=BigInteger)
    note: str = Field(default="", sa_type=Text)


class VillageRatingRow(SyncedRow, table=True):
    """Rating history (先进/一般/后进/问题); written by the checklist issue."""

    __tablename__ = "village_rating"
    __table_args__ = (Index("ix_village_rating_village", "village_id", "period"),)
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    period: str = Field(max_length=16)
    rating: str = Field(max_length=16)
    decided_by: str = Field(default="", max_length=200)
    decided_on: date | None = None
    note: str = Field(default="", sa_type=Text)


class VillageWarningRow(SyncedRow, table=True):
    """Three-colour warning history; written by the checklist issue."""

    __tablename__ = "village_warning"
    __table_args__ = (Index("ix_village_warning_village", "village_id", "period"),)
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    period: str = Field(max_length=16)
    colour: str = Field(max_length=16)
    score: float | None = None
    assessed_on: date | None = None
    note: str = Field(default="", sa_type=Text)
    # The finalised inspection the colour came from (None: entered by hand
    # or imported history); quota class when the county rates by quota.
    inspection_id: str | None = Field(default=None, foreign_key="inspection.id", max_length=ID)
    quota_class: str | None = Field(default=None, max_length=4)


class PersonRow(SyncedRow, table=True):
    __tablename__ = "person"
    __table_args__ = (_live_index(("name_sort", "id", "search_text"), "ix_person_list"),)
    name_zh: str = Field(default="", max_length=200)
    name_bo: str = Field(default="", max_length=400)
    name_sort: str = Field(default="", max_length=400)
    search_text: str = Field(default="", max_length=1200, sa_column_kwargs={"server_default": ""})
    gender: str | None = Field(default=None, max_length=16)
    birth_year: int | None = None
    ethnicity: str | None = Field(default=None, max_length=16)
    education: str | None = Field(default=None, max_length=32)
    phone: str = Field(default="", max_length=40)
    party_member: bool | None = None
    unit: str = Field(default="", max_length=400)
    note: str = Field(default="", sa_type=Text)


class PostRow(SyncedRow, table=True):
    __tablename__ = "post"
    __table_args__ = (
        Index("ix_post_village", "village_id"),
        Index("ix_post_person", "person_id"),
    )
    person_id: str = Field(foreign_key="person.id", max_length=ID)
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    role: str = Field(max_length=32)
    unit: str = Field(default="", max_length=400)
    term_start: date | None = None
    term_end: date | None = None
    note: str = Field(default="", sa_type=Text)


class ChecklistTemplateRow(SyncedRow, table=True):
    """A version of a checklist template; `content` is its JSON (docs/checklist-format.md)."""

    __tablename__ = "checklist_template"
    __table_args__ = (Index("ux_checklist_template_version", "code", "version", unique=True),)
    code: str = Field(max_length=64)
    version: int
    subject: str = Field(max_length=16)
    title_zh: str = Field(default="", max_length=400)
    title_bo: str = Field(default="", max_length=800)
    indicator_count: int = 0
    content: str = Field(sa_type=Text)
    content_hash: str = Field(max_length=64)
    origin: str = Field(default="builtin", max_length=16)   # builtin | imported


class InspectionRow(SyncedRow, table=True):
    """One inspection of a village against a template version, for a period."""

    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_village", "village_id", "period"),
        Index("ix_inspection_period", "period", "status"),
    )
    village_id: str = Field(foreign_key="village.id", max_length=ID)
    template_id: str = Field(foreign_key="checklist_template.id", max_length=ID)
    period: str = Field(max_length=16)
    period_kind: str = Field(max_length=16)
    status: str = Field(default="draft", max_length=16)
    inspector: str = Field(default="", max_length=200)
    started_on: date | None = None
    score: float | None = None
    colour: str | None = Field(default=None, max_length=16)
    veto_failed: bool = False
    answered: int = 0
    total: int = 0
    failed: int = 0
    finalised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finalised_by: str = Field(default="", max_length=200)
    replaces_id: str | None = Field(default=None, foreign_key="inspection.id", max_length=ID)
    note: str = Field(default="", sa_type=Text)


class InspectionAnswerRow(SyncedRow, table=True):
    """One indicator's answer; `fraction`/`passed` are kept with it so reports
    and the failed-items list need no template."""

    __tablename__ = "inspection_answer"
    __table_args__ = (Index("ux_inspection_answer", "inspection_id", "indicator_code", unique=True),)
    inspection_id: str = Field(foreign_key="inspection.id", max_length=ID)
    indicator_code: str = Field(max_length=32)
    value: float | None = None
    not_applicable: bool = False
    note: str = Field(default="", sa_type=Text)
    fraction: float | None = None
    passed: bool | None = None
    # The ledger problem made from this failed item (the plans issue).
    problem_id: str | None = Field(default=None, max_length=ID)


class InspectionEvidenceRow(SyncedRow, table=True):
    """A file attached to an answer; the bytes live in the attachment store by hash."""

    __tablename__ = "inspection_evidence"
    __table_args__ = (Index("ix_inspection_evidence", "inspection_id", "indicator_code"),)
    inspection_id: str = Field(foreign_key="inspection.id", max_length=ID)
    indicator_code: str = Field(max_length=32)
    file_name: str = Field(max_length=400)
    sha256: str = Field(max_length=64)
    size_bytes: int = Field(sa_type=BigInteger)


class WarningPolicyRow(SyncedRow, table=True):
    """A county's warning thresholds and quota shares (None unit: this installation's default)."""

    __tablename__ = "warning_policy"
    unit_id: str | None = Field(default=None, foreign_key="admin_unit.id", max_length=ID)
    red_below: float = 60.0
    green_from: float = 80.0
    by_quota: bool = False
    class1_share: int = 30
    class2_share: int = 50
    class3_share: int = 20
    # Ledger problems turn yellow this many days before their deadline.
    due_soon_days: int = Field(default=7, sa_column_kwargs={"server_default": "7"})


# The change log: what every service call changed. Append-only; the audit
# trail and sync read it. Local sequence numbers order it on this machine.
_SEQ = BigInteger().with_variant(Integer, "sqlite")  # INTEGER PRIMARY KEY = rowid


class ChangesetRow(SQLModel, table=True):
    __tablename__ = "changeset"
    seq: int | None = Field(default=None, sa_column=Column(_SEQ, primary_key=True, autoincrement=True))
    id: str = Field(max_length=ID, unique=True)
    at: datetime = Field(sa_type=UTCDateTime)
    actor: str = Field(max_length=200)
    installation_id: str = Field(max_length=ID)
    action: str = Field(max_length=64)
    reverts: str | None = Field(default=None, max_length=ID)
    # The audit chain (core/audit_chain.py): how many change-log entries,
    # the chain hash before this change set and this one's.
    entries: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    prev_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    chain_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})


class ChangeLogRow(SQLModel, table=True):
    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_changeset", "changeset_id"),
        Index("ix_change_log_entity", "entity", "entity_id"),
        # An incremental sync bundle reads one table's entries after a watermark.
        Index("ix_change_log_entity_seq", "entity", "seq"),
    )
    seq: int | None = Field(default=None, sa_column=Column(_SEQ, primary_key=True, autoincrement=True))
    changeset_id: str = Field(foreign_key="changeset.id", max_length=ID)
    entity: str = Field(max_length=32)
    entity_id: str = Field(max_length=ID)
    op: str = Field(max_length=16)
    row_version: int
    # Updates: {"field": [before, after]} of the changed fields. Inserts and
    # deletes store nothing: the row holds the values, and each later update
    # holds what it overwrote, so every version can be rebuilt.
    data: str | None = Field(default=None, sa_type=Text)


SYNCED_TABLES = {
    m.__tablename__: m
    for m in (AdminUnitRow, VillageRow, CollectiveIncomeRow, VillageRatingRow, VillageWarningRow, PersonRow, PostRow,
              ChecklistTemplateRow, InspectionRow, InspectionAnswerRow, InspectionEvidenceRow, WarningPolicyRow,
              ProblemRow, ProblemEventRow, ProblemEvidenceRow, PlanRow, PlanItemRow, PlanEventRow,
              SupportActivityRow, AcceptanceReviewRow)
}
