"""Reads, grouped by what they read. A `Reader` is one read transaction."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from desktop.core.changes import Change, ChangeSet, Op
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel, TownshipKind
from desktop.storage.models import AdminUnitRow, ChangeLogRow, ChangesetRow, LocalMeta, SYNCED_TABLES, live
from desktop.storage.inspections import InspectionStore
from desktop.storage.ledger import LedgerStore
from desktop.storage.plans import PlanStore
from desktop.storage.reports import ReportStore
from desktop.storage.support import SupportStore
from desktop.storage.people import PeopleStore
from desktop.storage.villages import VillageStore
from desktop.storage.user_models import LOCAL_TABLES

_META = LocalMeta.__table__
_UNIT = AdminUnitRow.__table__
_CHANGESET = ChangesetRow.__table__
_CHANGE_LOG = ChangeLogRow.__table__


# Setup rather than records: the shipped templates are installed on first use.
SETUP_TABLES = frozenset({"checklist_template", "warning_policy"})


class Reader:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @cached_property
    def meta(self) -> "MetaStore":
        return MetaStore(self.conn)

    @cached_property
    def units(self) -> "UnitStore":
        return UnitStore(self.conn)

    @cached_property
    def villages(self) -> VillageStore:
        return VillageStore(self.conn)

    @cached_property
    def people(self) -> PeopleStore:
        return PeopleStore(self.conn)

    @cached_property
    def inspections(self) -> InspectionStore:
        return InspectionStore(self.conn)

    @cached_property
    def ledger(self) -> LedgerStore:
        return LedgerStore(self.conn)

    @cached_property
    def plans(self) -> PlanStore:
        return PlanStore(self.conn)

    @cached_property
    def support(self) -> SupportStore:
        return SupportStore(self.conn)

    @cached_property
    def reports(self) -> ReportStore:
        return ReportStore(self.conn)

    @cached_property
    def changes(self) -> "ChangeLogStore":
        return ChangeLogStore(self.conn)

    def has_data(self) -> bool:
        """Whether any synchronised table holds a row (live or not), setup
        (checklist templates, the warning policy) aside."""
        for name, model in SYNCED_TABLES.items():
            if name in SETUP_TABLES:
                continue
            if self.conn.execute(select(model.__table__.c.id).limit(1)).first():
                return True
        return False

    def count_live(self, entity: str) -> int:
        table = SYNCED_TABLES[entity].__table__
        return self.conn.execute(select(func.count()).select_from(table).where(live(table))).scalar()


class MetaStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> str | None:
        return self.conn.execute(select(_META.c.value).where(_META.c.key == key)).scalar()

    def set(self, key: str, value: str) -> None:
        if self.get(key) is None:
            self.conn.execute(_META.insert().values(key=key, value=value))
        else:
            self.conn.execute(_META.update().where(_META.c.key == key).values(value=value))


def unit_from_row(row) -> AdminUnit:
    return AdminUnit(
        id=row.id, row_version=row.row_version, level=AdminLevel(row.level), parent_id=row.parent_id,
        code=row.code, name_zh=row.name_zh, name_bo=row.name_bo, kind=TownshipKind.parse(row.kind),
    )


class UnitStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _select(self):
        return select(_UNIT).where(live(_UNIT))

    def get(self, unit_id: str) -> AdminUnit | None:
        row = self.conn.execute(self._select().where(_UNIT.c.id == unit_id)).first()
        return unit_from_row(row) if row else None

    def of_level(self, level: AdminLevel) -> list[AdminUnit]:
        rows = self.conn.execute(self._select().where(_UNIT.c.level == level.value).order_by(_UNIT.c.name_sort, _UNIT.c.id))
        return [unit_from_row(r) for r in rows]

    def by_code(self, code: str) -> AdminUnit | None:
        row = self.conn.execute(self._select().where(_UNIT.c.code == code)).first()
        return unit_from_row(row) if row else None

    def codes(self) -> set[str]:
        return {c for (c,) in self.conn.execute(select(_UNIT.c.code).where(_UNIT.c.code.is_not(None)))}


def from_json_value(entity: str, column: str, value: Any) -> Any:
    """A value from the change log back in the column's Python type."""
    if value is None:
        return None
    # Local tables (user accounts) are in the change log too.
    python_type = (SYNCED_TABLES.get(entity) or LOCAL_TABLES[entity]).__table__.c[column].type.python_type
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is bool:
        return bool(value)
    return value


class ChangeLogStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def load(self, changeset_id: str) -> ChangeSet | None:
        head = self.conn.execute(select(_CHANGESET).where(_CHANGESET.c.id == changeset_id)).first()
        if head is None:
            return None
        rows = self.conn.execute(
            select(_CHANGE_LOG).where(_CHANGE_LOG.c.changeset_id == changeset_id).order_by(_CHANGE_LOG.c.seq)
        )
        changes = []
        for r in rows:
            fields = {}
            if r.data:
                fields = {k: (from_json_value(r.entity, k, a), from_json_value(r.entity, k, b))
                          for k, (a, b) in json.loads(r.data).items()}
            changes.append(Change(r.entity, r.entity_id, Op(r.op), r.row_version, fields))
        return ChangeSet(id=head.id, action=head.action, actor=head.actor, at=head.at,
                         changes=tuple(changes), reverts=head.reverts)

    def count(self) -> int:
        return self.conn.execute(select(func.count()).select_from(_CHANGE_LOG)).scalar()
