"""The writer's side of the audit chain (docs/audit.md): each change set's
link, computed from exactly the text inserted into the change log as it is
inserted, and the redaction of secrets before anything is logged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from desktop.core.audit_chain import GENESIS, SEPARATOR, ContentHasher, chain_hash, header_line
from desktop.core.changes import Change, Op
from desktop.storage.models import ChangeLogRow, ChangesetRow, LocalMeta

_CHANGESET = ChangesetRow.__table__
_CHANGE_LOG = ChangeLogRow.__table__
_META = LocalMeta.__table__

# local_meta's row with the chain's head, "{seq}:{chain hash}": the previous
# link of the next change set, and the mark `audit verify` checks the log
# still reaches (a log cut short).
AUDIT_HEAD = "audit_head"
# Values that never enter the change log: the field is logged as changed,
# both sides shown as this.
REDACTED = "•••"
SECRET_FIELDS = {"user_account": frozenset({"password_hash"})}

# Built once: each write runs them, and building a statement costs more than
# running it (SQLAlchemy also keeps a built statement's cache key).
_READ_HEAD = select(_META.c.value).where(_META.c.key == AUDIT_HEAD).with_for_update()
_LAST_LINK = select(_CHANGESET.c.chain_hash).order_by(_CHANGESET.c.seq.desc()).limit(1)
_SET_LINK = update(_CHANGESET).where(_CHANGESET.c.seq == bindparam("_seq")).values(
    entries=bindparam("entries"), prev_hash=bindparam("prev_hash"), chain_hash=bindparam("chain_hash"))
_UPDATE_HEAD = update(_META).where(_META.c.key == AUDIT_HEAD).values(value=bindparam("value"))
_INSERT_HEAD = insert(_META).values(key=AUDIT_HEAD, value=bindparam("value"))


def parse_head(value: str | None) -> tuple[int, str] | None:
    """local_meta's audit head as (seq, chain hash); None if absent or unreadable."""
    if not value:
        return None
    seq, _, link = value.partition(":")
    try:
        return int(seq), link
    except ValueError:
        return None


class ChainLink:
    """One change set's link, filled while its transaction writes."""

    def __init__(self, changeset_id: str, at: datetime, actor: str, installation_id: str, action: str,
                 reverts: str | None) -> None:
        self._content = ContentHasher(header_line(changeset_id, at, actor, installation_id, action, reverts))
        self.seq: int | None = None
        self.prev_hash = GENESIS
        self._head_stored = False

    def add(self, lines: bytes, count: int) -> None:
        """Entries just inserted into the change log, in their order."""
        self._content.add(lines, count)

    def read_head(self, conn: Connection) -> None:
        """The chain's head before this change set: its previous link.

        Read before the change set takes its seq. On SQLite, BEGIN IMMEDIATE
        already serialises writers; on PostgreSQL the row lock on the head
        keeps concurrent writers in seq order until commit. A database
        without the row (just migrated: 0007 chains the history but writes
        no head) continues from its last change set."""
        value = conn.execute(_READ_HEAD).scalar()
        if value is not None:
            self._head_stored = True
            head = parse_head(value)
            # An unreadable head is not repaired here: the next link then
            # does not continue, and `audit verify` names it.
            self.prev_hash = head[1] if head and len(head[1]) == 64 else GENESIS
            return
        last = conn.execute(_LAST_LINK).scalar()
        self.prev_hash = last or GENESIS

    def link(self, conn: Connection) -> str:
        """Close the link: one UPDATE of the change set's row, and the head."""
        link = chain_hash(self.prev_hash, self._content.digest())
        conn.execute(_SET_LINK, {"_seq": self.seq, "entries": self._content.entries, "prev_hash": self.prev_hash,
                                 "chain_hash": link})
        conn.execute(_UPDATE_HEAD if self._head_stored else _INSERT_HEAD, {"value": f"{self.seq}:{link}"})
        return link


def redacted(change: Change) -> Change:
    """The change as the log may hold it: secret fields as changed, unseen."""
    secret = SECRET_FIELDS.get(change.entity)
    if not secret or not secret & change.fields.keys():
        return change
    fields = {k: ((REDACTED, REDACTED) if k in secret else v) for k, v in change.fields.items()}
    return Change(change.entity, change.entity_id, change.op, change.row_version, fields)


_INSERT = Op.INSERT.value


def insert_lines(entity: str, ids: list[str]) -> bytes:
    """`core.audit_chain.entry_lines` for new rows (op insert, version 1, no
    data), joined in C: the bulk paths hash a batch at a fraction of what
    writing it costs. A test keeps the two equal."""
    if not ids:
        return b""
    prefix, suffix = f"{entity}{SEPARATOR}", f"{SEPARATOR}{_INSERT}{SEPARATOR}1{SEPARATOR}\n"
    return (prefix + (suffix + prefix).join(ids) + suffix).encode()


LOG_KEYS = ("changeset_id", "entity", "entity_id", "op", "row_version", "data")
_LOG_INSERTS: dict[tuple, Any] = {}


def log_insert(dialect):
    """The change log's INSERT of LOG_KEYS, compiled once per dialect."""
    key = (dialect.name, dialect.driver, dialect.paramstyle)
    compiled = _LOG_INSERTS.get(key)
    if compiled is None:
        compiled = _LOG_INSERTS[key] = insert(_CHANGE_LOG).compile(dialect=dialect, column_keys=list(LOG_KEYS))
    return compiled
