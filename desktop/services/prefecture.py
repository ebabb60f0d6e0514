"""The prefecture overview: for a hub holding many counties, one row per
county and a total — villages by warning colour and by campaign status,
problems found, solved and closed out (销号).

The database counts per county (`storage/prefecture.py`, a handful of
GROUP BY queries in one read transaction); core puts the rows together
with the dashboard's own definitions (`core/prefecture.py`), so a county's
row agrees with `DashboardService.figures(county)`.
"""

from __future__ import annotations

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.prefecture import CountyRows, PrefectureOverview, build, deadline_cuts
from desktop.core.terms import AdminLevel
from desktop.storage.prefecture import PrefectureStore


class PrefectureOverviewService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    def figures(self, unit_id: str | None = None) -> PrefectureOverview:
        """Every county of the database (None), of a prefecture, or one county."""
        today = self.ws.today()
        with self.ws.db.read() as r:
            days = r.ledger.due_soon_days()
            store = PrefectureStore(r.conn)
            unit_id, county_ids = self._counties(r, store, unit_id)
            rows = CountyRows(names=store.names(county_ids), townships=store.townships(county_ids),
                              colours=store.colours(county_ids), campaign=store.campaign(county_ids),
                              reviews=store.reviews(county_ids),
                              problems=store.problems(county_ids, deadline_cuts(today, days)))
        return build(rows, unit_id, today, days)

    @staticmethod
    def _counties(r, store: PrefectureStore, unit_id: str | None) -> tuple[str | None, list[str] | None]:
        """(the unit's id, its counties' ids); a unit may be named by its division code."""
        if unit_id is None:
            return None, None
        unit = r.units.get(unit_id) or r.units.by_code(unit_id)
        if unit is None:
            raise VillageDeskError(translate("Prefecture", "No prefecture or county {unit} in this database.")
                                   .format(unit=unit_id))
        if unit.level is AdminLevel.COUNTY:
            return unit.id, [unit.id]
        if unit.level is AdminLevel.PREFECTURE:
            return unit.id, store.counties_of(unit.id)
        raise VillageDeskError(translate("Prefecture", "The overview is by county: name a prefecture or a county, "
                                                       "not a township ({unit}).").format(unit=unit.name_zh or unit_id))
