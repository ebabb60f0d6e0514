"""Reading the audit trail (docs/audit.md): the walk that checks the hash
chain, the head, and a record's history from the change log.

The walk goes through the change sets by seq, a few hundred at a time, and
recomputes each one's link from its stored header and change-log entries
(read in one query per chunk, in the index's order: by change set, then
seq, as the driver's tuples). It stops at the first link that does not hold and says why, as plain
values; services/audit.py words it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import groupby
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.engine import Connection

from desktop.core.audit_chain import GENESIS, SEPARATOR, ContentHasher, chain_hash, header_line
from desktop.storage.audit_links import AUDIT_HEAD, parse_head
from desktop.storage.models import ChangeLogRow, ChangesetRow, LocalMeta, LOCAL_TABLES, SYNCED_TABLES

_CS = ChangesetRow.__table__
_LOG = ChangeLogRow.__table__
_META = LocalMeta.__table__

CHUNK = 500          # change sets per query (SQLite's variable limit is 999 before 3.32)
FETCH = 5000         # change-log rows per fetch: a bulk change set streams


@dataclass(frozen=True, slots=True)
class Break:
    """Where the chain stops holding, as found (worded by the service).

    kind: "changed" (a change set's content or link differs from its
    hash), "removed" (a change set, or entries of one, are gone),
    "reordered" (a change set stands where another should), "cut" (the log
    ends before the head recorded in local_meta)."""

    kind: str
    seq: int
    changeset_id: str = ""
    at: datetime | None = None
    actor: str = ""
    action: str = ""
    # What else the message names: neighbours, counts, missing seqs.
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Walk:
    changesets: int
    entries: int
    head_seq: int
    head_hash: str
    problem: Break | None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One change-log entry with its change set, for a record's history."""

    seq: int
    changeset_id: str
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    op: str
    row_version: int
    fields: dict[str, tuple[Any, Any]]
    reverted: bool


# A record's children for its history (with_children): (table, column
# pointing at the parent). People come through a village's posts.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "village": (("collective_income", "village_id"), ("post", "village_id"), ("village_rating", "village_id")),
    "problem": (("problem_event", "problem_id"), ("problem_evidence", "problem_id")),
    "plan": (("plan_item", "plan_id"), ("plan_event", "plan_id")),
    "inspection": (("inspection_answer", "inspection_id"), ("inspection_evidence", "inspection_id")),
}


def _link_of(prev_hash: str, digest: bytes) -> str:
    try:
        return chain_hash(prev_hash, digest)
    except ValueError:       # a previous hash that is not hex
        return ""


def _when(value: Any) -> datetime:
    """A stored change-set time (raw text on SQLite) as an aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


class AuditStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- the head --------------------------------------------------------

    def stored_head(self) -> tuple[int, str] | None:
        """The head the writer recorded in local_meta (None before the first write since 0007)."""
        return parse_head(self.conn.execute(select(_META.c.value).where(_META.c.key == AUDIT_HEAD)).scalar())

    def last_link(self) -> tuple[int, str]:
        """The last change set's (seq, chain hash); (0, GENESIS) for an empty log."""
        row = self.conn.execute(select(_CS.c.seq, _CS.c.chain_hash).order_by(_CS.c.seq.desc()).limit(1)).first()
        return (row.seq, row.chain_hash) if row else (0, GENESIS)

    def head(self) -> tuple[int, str]:
        return self.stored_head() or self.last_link()

    def links_after(self, seq: int) -> list[tuple[int, str, str]]:
        """[(seq, prev_hash, chain_hash)] of the change sets after `seq`, in order."""
        rows = self.conn.execute(select(_CS.c.seq, _CS.c.prev_hash, _CS.c.chain_hash)
                                 .where(_CS.c.seq > seq).order_by(_CS.c.seq))
        return [(r.seq, r.prev_hash, r.chain_hash) for r in rows]

    # -- the walk --------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(_CS)).scalar() or 0

    def walk(self, step: Callable[[int, int], None] = lambda done, total: None) -> Walk:
        """Check every link, oldest first; stop at the first that fails."""
        total = self.count()
        prev_hash, prev_seq = GENESIS, 0
        done = entries = 0
        last_seq = 0
        while True:
            chunk = self.conn.execute(
                select(_CS.c.seq, _CS.c.id, type_coerce(_CS.c.at, String).label("at"), _CS.c.actor,
                       _CS.c.installation_id, _CS.c.action, _CS.c.reverts, _CS.c.entries, _CS.c.prev_hash,
                       _CS.c.chain_hash)
                .where(_CS.c.seq > last_seq).order_by(_CS.c.seq).limit(CHUNK)).all()
            if not chunk:
                break
            found = self._digests(chunk)
            for cs in chunk:
                if len(cs.prev_hash) != 64 or len(cs.chain_hash) != 64:
                    # Not a link at all (blanked, or written around the writer).
                    return Walk(done, entries, prev_seq, prev_hash, self._named(cs, "changed", unlinked=True))
                if cs.prev_hash != prev_hash:
                    return Walk(done, entries, prev_seq, prev_hash, self._broken_link(cs, prev_seq))
                digest, n = found[cs.id]
                holds = _link_of(cs.prev_hash, digest) == cs.chain_hash
                if n != cs.entries or not holds:
                    return Walk(done, entries, prev_seq, prev_hash, self._changed(cs, n, holds))
                prev_hash, prev_seq = cs.chain_hash, cs.seq
                done += 1
                entries += n
            last_seq = chunk[-1].seq
            step(done, total)
        return Walk(done, entries, prev_seq, prev_hash, self._cut(prev_seq, prev_hash))

    def _digests(self, chunk) -> dict[str, tuple[bytes, int]]:
        """Each change set's content digest from its header and its entries
        in seq order, and their count."""
        hashers: dict[str, ContentHasher] = {}
        for cs in chunk:
            try:
                at = _when(cs.at)
            except (TypeError, ValueError):
                at = datetime.min.replace(tzinfo=timezone.utc)   # an unreadable time: the link fails
            hashers[cs.id] = ContentHasher(header_line(cs.id, at, cs.actor, cs.installation_id, cs.action,
                                                       cs.reverts))
        statement = (select(_LOG.c.changeset_id, _LOG.c.entity, _LOG.c.entity_id, _LOG.c.op, _LOG.c.row_version,
                            _LOG.c.data)
                     .where(_LOG.c.changeset_id.in_(list(hashers))).order_by(_LOG.c.changeset_id, _LOG.c.seq))
        sep = SEPARATOR
        for batch in self._raw_rows(statement):
            # Runs of one change set, hashed in one join each.
            for cs_id, run in groupby(batch, key=itemgetter(0)):
                run = list(run)
                hashers[cs_id].add("".join(f"{e}{sep}{eid}{sep}{o}{sep}{v}{sep}{d or ''}\n"
                                           for _, e, eid, o, v, d in run).encode(), len(run))
        return {cs_id: (h.digest(), h.entries) for cs_id, h in hashers.items()}

    def _raw_rows(self, statement) -> Iterator[list[tuple]]:
        """The statement's rows as the driver's tuples, FETCH at a time: a
        county's log has millions of entries, and building SQLAlchemy rows
        for them would cost a third of the walk. On PostgreSQL a named
        (server-side) cursor: a client-side one would hold every row at once,
        and one bulk change set can have a million entries."""
        compiled = statement.compile(dialect=self.conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.params
        args = tuple(params[name] for name in compiled.positiontup) if compiled.positional else params
        raw = self.conn.connection.dbapi_connection
        cursor = raw.cursor(name="audit_walk") if self.conn.dialect.name == "postgresql" else raw.cursor()
        try:
            cursor.execute(compiled.string, args)
            while batch := cursor.fetchmany(FETCH):
                yield batch
        finally:
            cursor.close()

    @staticmethod
    def _named(cs, kind: str, **detail) -> Break:
        try:
            at = _when(cs.at)
        except (TypeError, ValueError):
            at = None
        return Break(kind, cs.seq, cs.id, at, cs.actor, cs.action, detail)

    def _broken_link(self, cs, prev_seq: int) -> Break:
        """This change set does not continue from the one before it: either
        it belongs elsewhere in the log (reordered) or what it continues
        from is gone (removed)."""
        if cs.prev_hash != GENESIS:
            follows = self.conn.execute(select(_CS.c.seq).where(_CS.c.chain_hash == cs.prev_hash)).scalar()
        else:
            follows = 0
        if follows is not None and follows != prev_seq:
            return self._named(cs, "reordered", follows=follows, before=prev_seq)
        following = self._named(cs, "removed", before=prev_seq)
        if cs.seq > prev_seq + 1:
            # Gone: the seqs missing between the two neighbours name them.
            return Break("removed", prev_seq + 1, detail={
                "before": prev_seq, "last": cs.seq - 1, "after": cs.seq, "after_id": cs.id,
                "after_at": following.at, "after_actor": cs.actor, "after_action": cs.action})
        return following

    def _changed(self, cs, n: int, holds: bool) -> Break:
        if holds or n >= cs.entries:
            # Its text differs from its hash, or (the link holding) its count was edited.
            return self._named(cs, "changed", entries=cs.entries, found=n)
        log_seqs = list(self.conn.execute(select(_LOG.c.seq).where(_LOG.c.changeset_id == cs.id)
                                          .order_by(_LOG.c.seq)).scalars())
        missing = self._missing_entries(cs.seq, log_seqs)
        return self._named(cs, "removed", entries=cs.entries, found=n, missing=missing)

    def _missing_entries(self, seq: int, log_seqs: list[int]) -> list[int]:
        """The change-log seqs missing from a change set's run. Its entries
        were written together, so between its neighbours' entries they are
        one unbroken run; when none is left, the neighbours are the entries
        of the change sets around it. Entries cut from the end of the last
        ones in the log cannot be placed."""
        if log_seqs:
            before = self.conn.execute(select(func.max(_LOG.c.seq)).where(_LOG.c.seq < log_seqs[0])).scalar()
            after = self.conn.execute(select(func.min(_LOG.c.seq)).where(_LOG.c.seq > log_seqs[-1])).scalar()
            low = log_seqs[0] if before is None else before + 1
            high = log_seqs[-1] if after is None else after - 1
        else:
            around = 50    # change sets with no entries left between it and a neighbour's
            earlier = select(_CS.c.id).where(_CS.c.seq < seq).order_by(_CS.c.seq.desc()).limit(around)
            later = select(_CS.c.id).where(_CS.c.seq > seq).order_by(_CS.c.seq).limit(around)
            before = self.conn.execute(select(func.max(_LOG.c.seq)).where(
                _LOG.c.changeset_id.in_(earlier.scalar_subquery()))).scalar()
            after = self.conn.execute(select(func.min(_LOG.c.seq)).where(
                _LOG.c.changeset_id.in_(later.scalar_subquery()))).scalar()
            if after is None:
                return []
            low, high = (before or 0) + 1, after - 1
        present = set(log_seqs)
        return [s for s in range(low, high + 1) if s not in present][:20]

    def _cut(self, last_seq: int, last_hash: str) -> Break | None:
        """The walk held; does the log still reach the head the writer recorded?"""
        head = self.stored_head()
        if head is None or head == (last_seq, last_hash):
            return None
        head_seq, head_hash = head
        if head_seq > last_seq:
            return Break("cut", head_seq, detail={"last": last_seq, "head": head_seq})
        at_head = self.conn.execute(select(_CS.c.seq, _CS.c.id, type_coerce(_CS.c.at, String).label("at"),
                                           _CS.c.actor, _CS.c.action, _CS.c.chain_hash)
                                    .where(_CS.c.seq >= head_seq).order_by(_CS.c.seq).limit(2)).all()
        if at_head and at_head[0].seq == head_seq and at_head[0].chain_hash == head_hash and len(at_head) > 1:
            # Links after the recorded head: written around the app.
            return self._named(at_head[1], "changed", head=head_seq, outside=True)
        if at_head and at_head[0].seq == head_seq:
            return self._named(at_head[0], "changed", head=head_seq)
        return Break("cut", head_seq, detail={"last": last_seq, "head": head_seq})

    # -- history ---------------------------------------------------------

    def related(self, entity: str, entity_id: str) -> list[tuple[str, list[str]]]:
        """The record and its children (and a village's people via posts), as (table, ids)."""
        out = [(entity, [entity_id])]
        for table, column in CHILDREN.get(entity, ()):
            t = _table(table)
            ids = [r[0] for r in self.conn.execute(select(t.c.id).where(t.c[column] == entity_id))]
            if ids:
                out.append((table, ids))
            if table == "post":
                people = sorted({r[0] for r in self.conn.execute(
                    select(t.c.person_id).where(t.c.village_id == entity_id))})
                if people:
                    out.append(("person", people))
        return out

    def history(self, targets: Iterable[tuple[str, list[str]]]) -> list[LogEntry]:
        """Every change-log entry of these records, newest first."""
        found = []
        for entity, ids in targets:
            for start in range(0, len(ids), CHUNK):
                part = ids[start:start + CHUNK]
                found.extend(self.conn.execute(
                    select(_LOG.c.seq, _LOG.c.changeset_id, _CS.c.at, _CS.c.actor, _CS.c.action, _LOG.c.entity,
                           _LOG.c.entity_id, _LOG.c.op, _LOG.c.row_version, _LOG.c.data)
                    .join(_CS, _CS.c.id == _LOG.c.changeset_id)
                    .where(_LOG.c.entity == entity, _LOG.c.entity_id.in_(part))).all())
        found.sort(key=lambda r: r.seq, reverse=True)
        changesets = sorted({r.changeset_id for r in found})
        reverted: set[str] = set()
        for start in range(0, len(changesets), CHUNK):
            reverted.update(r[0] for r in self.conn.execute(
                select(_CS.c.reverts).where(_CS.c.reverts.in_(changesets[start:start + CHUNK]))))
        return [LogEntry(r.seq, r.changeset_id, r.at, r.actor, r.action, r.entity, r.entity_id, r.op,
                         r.row_version, _fields(r.data), r.changeset_id in reverted) for r in found]


def _table(entity: str):
    model = SYNCED_TABLES.get(entity) or LOCAL_TABLES[entity]
    return model.__table__


def known_entity(entity: str) -> bool:
    return entity in SYNCED_TABLES or entity in LOCAL_TABLES


def _fields(data: str | None) -> dict[str, tuple[Any, Any]]:
    """A logged update's fields, values as logged (dates and times ISO text)."""
    if not data:
        return {}
    try:
        fields = json.loads(data)
        return {k: (pair[0], pair[1]) for k, pair in fields.items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}   # not what the writer logs: shown without fields (verify names it)
