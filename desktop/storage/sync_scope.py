"""What a bundle carries (docs/sync-format.md §4) and which village a row
belongs to.

`changed_records` yields the current state of every row in scope, table by
table in apply order: all of them for a full bundle, else those with change
log entries after a watermark that did not come in from the recipient. It
reads ids and rows in batches, so memory stays flat whatever the database.

A county's bundle to a township carries the county-wide tables, that
township's villages (and the villages they are paired with, which they
point at, and so on along the chain), their children and grandchildren,
and the people holding posts in them. An incremental one also carries the
villages its villages point at, changed or not: the township may not hold
a village one of its own was newly paired with.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from desktop.core.sync_merge import APPLY_ORDER
from desktop.storage.models import ChangeLogRow, SYNCED_TABLES
from desktop.storage.sync_models import SyncBundleRow
from desktop.storage.sync_records import records_of

_LOG = ChangeLogRow.__table__
_BUNDLE = SyncBundleRow.__table__
_VILLAGE = SYNCED_TABLES["village"].__table__

BATCH = 500           # ids per IN (...): well under every backend's parameter limit

COUNTY_WIDE = frozenset({"admin_unit", "checklist_template", "warning_policy"})

# entity -> (column, the table it points at) on the way to its village.
VILLAGE_PATH: dict[str, tuple[str, str]] = {
    **{t: ("village_id", "village") for t in (
        "collective_income", "village_rating", "village_warning", "post", "inspection", "problem", "plan",
        "support_activity", "acceptance_review")},
    "inspection_answer": ("inspection_id", "inspection"),
    "inspection_evidence": ("inspection_id", "inspection"),
    "problem_event": ("problem_id", "problem"),
    "problem_evidence": ("problem_id", "problem"),
    "plan_item": ("plan_id", "plan"),
    "plan_event": ("plan_id", "plan"),
}
# Tables whose rows children find their village through.
VILLAGE_PARENTS = frozenset(parent for _, parent in VILLAGE_PATH.values()) - {"village"}


def _table(entity: str):
    return SYNCED_TABLES[entity].__table__


def scope_condition(entity: str, township_id: str):
    """The WHERE clause of `entity`'s rows in a township's scope; None: all."""
    if entity in COUNTY_WIDE:
        return None
    table = _table(entity)
    own = select(_VILLAGE.c.id).where(_VILLAGE.c.township_id == township_id)
    if entity == "village":
        paired = select(_VILLAGE.c.paired_village_id).where(_VILLAGE.c.township_id == township_id,
                                                            _VILLAGE.c.paired_village_id.is_not(None))
        return or_(table.c.township_id == township_id, table.c.id.in_(paired_chain(paired)))
    if entity == "person":
        post = _table("post")
        return table.c.id.in_(select(post.c.person_id).where(post.c.village_id.in_(own)))
    column, parent = VILLAGE_PATH[entity]
    if parent == "village":
        return table.c[column].in_(own)
    parent_table = _table(parent)
    return table.c[column].in_(select(parent_table.c.id).where(parent_table.c.village_id.in_(own)))


def paired_chain(start):
    """The ids of the villages `start` (a SELECT of ids) are paired with,
    and those they are paired with, to the end of every chain: a village
    in a bundle must find the village it points at. UNION, not UNION ALL:
    pairings go both ways, and the recursion ends when nothing new comes."""
    chain = start.cte("paired_chain", recursive=True)
    step = _VILLAGE.alias("step")
    chain = chain.union(select(step.c.paired_village_id).where(step.c.id == chain.c.paired_village_id,
                                                               step.c.paired_village_id.is_not(None)))
    return select(chain.c.paired_village_id)


def watermark(conn: Connection) -> int:
    return conn.execute(select(func.coalesce(func.max(_LOG.c.seq), 0))).scalar()


def changed_ids(entity: str, since_watermark: int, exclude_from_peer: str | None):
    """The ids of `entity` with change log entries after the watermark (the
    (entity, seq) index), without those that came in from the peer."""
    ids = select(_LOG.c.entity_id).where(_LOG.c.entity == entity, _LOG.c.seq > since_watermark)
    if exclude_from_peer is not None:
        # The peer's own changes, as they came in, go not back to it.
        ids = ids.where(_LOG.c.changeset_id.not_in(
            select(_BUNDLE.c.changeset_id).where(_BUNDLE.c.direction == "in",
                                                 _BUNDLE.c.peer_id == exclude_from_peer,
                                                 _BUNDLE.c.changeset_id.is_not(None))))
    return ids.distinct()


def changed_records(conn: Connection, *, scope_unit_id: str | None, since_watermark: int,
                    exclude_from_peer: str | None, batch: int = BATCH) -> Iterator[tuple[str, dict[str, Any]]]:
    for entity in APPLY_ORDER:
        table = _table(entity)
        condition = scope_condition(entity, scope_unit_id) if scope_unit_id is not None else None
        if since_watermark <= 0:
            statement = select(table)
            if condition is not None:
                statement = statement.where(condition)
            result = conn.execution_options(yield_per=batch).execute(statement)
            for rows in result.partitions(batch):
                for record in records_of(entity, rows):
                    yield entity, record
            continue
        found = conn.execution_options(yield_per=batch).execute(
            changed_ids(entity, since_watermark, exclude_from_peer))
        # A township's villages, newly paired or paired anew, may point at
        # one it does not hold yet, unchanged since the watermark: that one
        # comes along after them, with its own chain.
        follow_pairs = entity == "village" and condition is not None
        sent: set[str] = set()
        pointed: set[str] = set()
        for part in found.partitions(batch):
            statement = select(table).where(table.c.id.in_([i for (i,) in part]))
            if condition is not None:
                statement = statement.where(condition)
            for record in records_of(entity, conn.execute(statement).all()):
                if follow_pairs:
                    sent.add(record["id"])
                    if record["paired_village_id"] is not None:
                        pointed.add(record["paired_village_id"])
                yield entity, record
        if missing := pointed - sent:
            yield from _villages_pointed_at(conn, sorted(missing), sent, scope_unit_id, batch)


def _villages_pointed_at(conn: Connection, ids: list[str], sent: set[str], township_id: str,
                         batch: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """The villages of other townships on the chains from `ids` (the
    township's own it holds already), but those in `sent`."""
    for start in range(0, len(ids), batch):
        part = ids[start:start + batch]
        wanted = select(_VILLAGE.c.id.label("paired_village_id")).where(_VILLAGE.c.id.in_(part))
        rows = conn.execute(select(_VILLAGE).where(_VILLAGE.c.id.in_(paired_chain(wanted)),
                                                   _VILLAGE.c.township_id != township_id)).all()
        for record in records_of("village", [row for row in rows if row.id not in sent]):
            sent.add(record["id"])
            yield "village", record


def villages_of(conn: Connection, entity: str, records: list[Mapping[str, Any]],
                parents: dict[str, str | None]) -> list[str | None]:
    """The village of each record (None: not a village's row), with one
    SELECT per batch for parents neither in `parents` nor in the records.

    `parents` maps ids of inspections, problems and plans to their village;
    pass the same dict for every table of a bundle, in apply order: it
    learns the bundle's parents as they come.
    """
    if entity == "village":
        return [r["id"] for r in records]
    path = VILLAGE_PATH.get(entity)
    if path is None:
        return [None] * len(records)
    column, parent = path
    if entity in VILLAGE_PARENTS:
        for r in records:
            parents[r["id"]] = r["village_id"]
    if parent == "village":
        return [r[column] for r in records]
    missing = list({r[column] for r in records if r[column] is not None and r[column] not in parents})
    table = _table(parent)
    for start in range(0, len(missing), BATCH):
        part = missing[start:start + BATCH]
        parents.update(dict.fromkeys(part))
        parents.update((i, v) for i, v in conn.execute(
            select(table.c.id, table.c.village_id).where(table.c.id.in_(part))))
    return [parents.get(r[column]) for r in records]
