"""Administrative units: the prefecture -> county -> township tree."""

from __future__ import annotations

from desktop.core.changes import ChangeSet
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel


class UnitService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def townships(self) -> list[AdminUnit]:
        with self.ws.db.read() as r:
            return r.units.of_level(AdminLevel.TOWNSHIP)

    def counties(self) -> list[AdminUnit]:
        with self.ws.db.read() as r:
            return r.units.of_level(AdminLevel.COUNTY)

    def get(self, unit_id: str) -> AdminUnit | None:
        with self.ws.db.read() as r:
            return r.units.get(unit_id)

    def create(self, unit: AdminUnit) -> ChangeSet:
        with self.ws.db.write(self.ws.actor, "unit.create") as w:
            w.insert("admin_unit", unit_values(unit) | {"id": unit.id})
        return w.changeset


def unit_values(unit: AdminUnit) -> dict:
    return {
        "parent_id": unit.parent_id, "level": unit.level.value, "kind": unit.kind.value if unit.kind else None,
        "code": unit.code, "name_zh": unit.name_zh, "name_bo": unit.name_bo,
    }
