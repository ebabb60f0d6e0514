"""What every synchronised table shares: the sync columns, UTC times, the
live-row condition and partial indexes (desktop/storage/models.py)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Index, Text, text, false
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

ID = 36  # canonical UUID text


class UTCDateTime(TypeDecorator):
    """Timestamps in UTC, tz-aware on the way out on every backend.

    SQLite keeps no offset, so values are stored as UTC and marked UTC when
    read; PostgreSQL stores timestamptz.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class SyncedRow(SQLModel):
    id: str = Field(primary_key=True, max_length=ID)
    row_version: int = Field(default=1)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    installation_id: str = Field(max_length=ID)
    deleted: bool = Field(default=False)
    # The version vector (docs/sync-format.md §6) as canonical JSON; empty
    # while only `installation_id` has written the row, which is then
    # {installation_id: row_version}. The writer keeps it.
    sync_clock: str = Field(default="", sa_type=Text, sa_column_kwargs={"server_default": ""})


def live(table):
    """The condition for rows that are not tombstones.

    Written `deleted = 0` (`= false` on PostgreSQL), the form that lets the
    planner use the partial indexes below; SQLAlchemy's `is_(False)` renders
    `deleted IS 0`, which SQLite does not match to `WHERE deleted = 0` and
    so scans and sorts the whole table instead.
    """
    return table.c.deleted == false()


def _live_index(columns: str | tuple[str, ...], name: str, *, unique: bool = False) -> Index:
    """An index over the rows that are not tombstones."""
    columns = (columns,) if isinstance(columns, str) else columns
    return Index(
        name, *columns, unique=unique,
        sqlite_where=text("deleted = 0"), postgresql_where=text("NOT deleted"),
    )
