"""The township (or county) dashboard, computed live from the records."""

from __future__ import annotations

from desktop.core.acceptance import campaign_status
from desktop.core.dashboard import Dashboard, build, in_campaign


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
            weak = r.villages.weak_ids()
            reviews = r.support.all_reviews()
            withdrawn = r.support.withdrawn()
            logged = {row[0] for row in r.support.figures()}
        with_problems = {row[0] for row in problem_rows}
        statuses = {v: campaign_status(reviews.get(v, ()), v in withdrawn) for v in ids
                    if in_campaign(v, weak, with_problems, plans, reviews, logged)}
        support = self.ws.support.totals(wanted)
        return build(ids, colours, statuses, plans, problem_rows, support, self.ws.today(), days)
