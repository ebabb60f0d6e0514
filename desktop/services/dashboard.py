"""The township (or county) dashboard, computed live from the records."""

from __future__ import annotations

from desktop.core.dashboard import Dashboard, build


class DashboardService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def scope(self, unit_id: str | None = None) -> list[str]:
        """The live villages of a township or county (None: all)."""
        with self.ws.db.read() as r:
            villages = r.inspections.village_scope()
        if unit_id is None:
            return list(villages)
        return [v for v, (_, _, _, township, county) in villages.items() if unit_id in (township, county)]

    def figures(self, unit_id: str | None = None) -> Dashboard:
        ids = self.scope(unit_id)
        wanted = set(ids)
        with self.ws.db.read() as r:
            colours = r.villages.colours()
            plans = r.plans.latest_by_village(ids)
            problem_rows = r.ledger.count_rows(wanted)
            days = r.ledger.due_soon_days()
        statuses = self.ws.acceptance.statuses(ids)
        support = self.ws.support.totals(wanted)
        return build(ids, colours, statuses, plans, problem_rows, support, self.ws.today(), days)
