"""User accounts: local to this installation, never synchronised.

They carry the sync columns all the same (a UUID id, row version, update
time, installation, tombstone) so the writer treats them like any record:
optimistic concurrency, and every change in the audit trail. The password
hash never enters the change log (the writer redacts it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from desktop.storage.model_base import SyncedRow, UTCDateTime, _live_index


class UserAccountRow(SyncedRow, table=True):
    __tablename__ = "user_account"
    __table_args__ = (_live_index("login", "ux_user_account_login", unique=True),)
    login: str = Field(max_length=64)                     # case-folded; what the user types
    display_name: str = Field(default="", max_length=200)
    roles: str = Field(default="", max_length=64)         # comma-separated core.access.Role values
    password_hash: str = Field(default="", sa_type=Text)  # argon2id, with its parameters
    must_change_password: bool = False
    disabled: bool = False
    failed_logins: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_by: str = Field(default="", max_length=200)


LOCAL_TABLES = {m.__tablename__: m for m in (UserAccountRow,)}
