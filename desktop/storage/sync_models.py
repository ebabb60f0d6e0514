"""The local tables of sync (docs/sync-format.md): enrolled installations,
the bundle log, revocations, the conflict list and what each village last
received. They describe this installation's exchanges and never travel
themselves, so they are plain tables, not `SyncedRow`s."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.storage.model_base import ID, UTCDateTime


class SyncPeerRow(SQLModel, table=True):
    """An installation enrolled here (its enrolment file, checked by fingerprint)."""

    __tablename__ = "sync_peer"
    installation_id: str = Field(primary_key=True, max_length=ID)
    role: str = Field(max_length=16)                     # township | county
    name: str = Field(default="", max_length=200)
    unit_code: str = Field(default="", max_length=12)
    unit_name_zh: str = Field(default="", max_length=200)
    unit_name_bo: str = Field(default="", max_length=400)
    signing_key: str = Field(sa_type=Text)               # base64 of the raw public key
    encryption_key: str = Field(sa_type=Text)
    fingerprint: str = Field(max_length=40)
    enrolled_at: datetime = Field(sa_type=UTCDateTime)
    enrolled_by: str = Field(default="", max_length=200)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_by: str = Field(default="", max_length=200)
    revocation_reason: str = Field(default="", sa_type=Text)
    # The highest sequence of our bundles to it that it has acknowledged.
    acked_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # The peer's audit chain head from its newest bundle (docs/audit.md), and
    # what was wrong with how it continued, if anything.
    audit_seq: int | None = Field(default=None, sa_type=BigInteger)
    audit_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    audit_alarm: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})


class SyncBundleRow(SQLModel, table=True):
    """A bundle sent ("out") or imported ("in"), per peer and sequence."""

    __tablename__ = "sync_bundle"
    __table_args__ = (UniqueConstraint("direction", "peer_id", "sequence", name="ux_sync_bundle_sequence"),)
    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(max_length=3)
    peer_id: str = Field(max_length=ID)
    sequence: int
    since: int = 0
    bundle_hash: str = Field(max_length=64)              # hex
    bundle_id: str = Field(max_length=ID)
    at: datetime = Field(sa_type=UTCDateTime)
    # out: the change log's highest seq the bundle covered.
    watermark: int | None = Field(default=None, sa_type=BigInteger)
    # in: the change set that applied it (left out of bundles back to the peer).
    changeset_id: str | None = Field(default=None, max_length=ID)
    counts: str = Field(default="{}", sa_type=Text)      # JSON {table: rows}
    # The sender's audit chain head the bundle carried.
    audit_seq: int | None = Field(default=None, sa_type=BigInteger)
    audit_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})


class SyncRevocationRow(SQLModel, table=True):
    """An installation whose keys were revoked (here or by the county)."""

    __tablename__ = "sync_revocation"
    installation_id: str = Field(primary_key=True, max_length=ID)
    fingerprint: str = Field(default="", max_length=40)
    revoked_at: datetime = Field(sa_type=UTCDateTime)
    revoked_by: str = Field(default="", max_length=200)
    reason: str = Field(default="", sa_type=Text)


class SyncConflictRow(SQLModel, table=True):
    """A version overwritten by a concurrent one, kept for the user to compare."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_entity", "entity", "entity_id"),)
    id: str = Field(primary_key=True, max_length=ID)
    entity: str = Field(max_length=32)
    entity_id: str = Field(max_length=ID)
    detected_at: datetime = Field(sa_type=UTCDateTime)
    bundle_id: str = Field(default="", max_length=ID)
    peer_id: str = Field(default="", max_length=ID)
    rule: str = Field(max_length=16)                     # owner | time | clock | installation | hash
    kept: str = Field(sa_type=Text)                      # the winning record, canonical JSON
    lost: str = Field(sa_type=Text)                      # the losing record
    lost_installation_id: str = Field(max_length=ID)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: str = Field(default="", max_length=200)
    resolution: str = Field(default="", max_length=16)   # "" | kept | took_other


class SyncReceivedRow(SQLModel, table=True):
    """The last bundle from a peer that carried rows of a village (the county's overview)."""

    __tablename__ = "sync_received"
    village_id: str = Field(primary_key=True, max_length=ID)
    peer_id: str = Field(primary_key=True, max_length=ID)
    last_sequence: int
    last_at: datetime = Field(sa_type=UTCDateTime)
    rows: int = 0
