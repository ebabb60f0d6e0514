"""Warnings and ratings: the period report, the colour grid, trends, the
county's thresholds and the reviewers' four-level rating."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable

from desktop.core.changes import ChangeSet
from desktop.core.checklists import parse_template
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.inspection_terms import QuotaClass
from desktop.core.inspections import GridCell, PeriodResult
from desktop.core.periods import BadPeriod, parse_period, rating_period, sort_key
from desktop.core.scoring import fraction
from desktop.core.terms import Rating, WarningColour
from desktop.core.validation import FieldError
from desktop.core.warnings import WarningPolicy, colour_for, colour_shifts, ColourShift, quota_classes
from desktop.storage.inspections import policy_values

SCOPE_COUNTY = "county"
SCOPE_TOWNSHIP = "township"


class WarningService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    # -- policy ----------------------------------------------------------

    def policy(self, county_id: str | None) -> WarningPolicy:
        with self.ws.db.read() as r:
            return r.inspections.policy(county_id)[0]

    def village_policy(self, village_id: str) -> WarningPolicy:
        """The policy of the village's county."""
        with self.ws.db.read() as r:
            return r.inspections.policy(r.inspections.county_of(village_id))[0]

    def set_policy(self, county_id: str | None, policy: WarningPolicy) -> ChangeSet:
        problems = policy.problems()
        if problems:
            raise ValidationFailed([FieldError("policy", p) for p in problems])
        with self.ws.db.write(self.ws.actor, "set_warning_policy") as w:
            _, row_id, version = w.inspections.policy(county_id)
            if row_id:
                w.update("warning_policy", row_id, version, policy_values(policy, county_id))
            else:
                w.insert("warning_policy", policy_values(policy, county_id))
        return w.changeset

    # -- the period report -----------------------------------------------

    def periods(self) -> list[str]:
        with self.ws.db.read() as r:
            return sorted(r.inspections.warning_periods(), key=sort_key)

    def report(self, period: str, scope: str = SCOPE_COUNTY) -> list[PeriodResult]:
        """Every village with a warning for `period`: score, colour, quota
        class within its county (or township) and the previous period's."""
        p = parse_period(period)
        previous = p.previous()
        with self.ws.db.read() as r:
            villages = r.inspections.village_scope()
            now = r.inspections.warnings_for_period(p.key)
            before = r.inspections.warnings_for_period(previous.key) if previous else {}
            ratings = r.inspections.latest_ratings()
        classes, _ = self._ranked({v: row[1] for v, row in now.items()}, villages, scope)
        results = []
        for vid, (colour, score, inspection, _quota, _id, _version) in now.items():
            if vid not in villages:
                continue   # a deleted village keeps its history but leaves the report
            code, zh, bo, township, county = villages[vid]
            was = before.get(vid)
            results.append(PeriodResult(vid, code, zh, bo, township, inspection, score, WarningColour.parse(colour),
                                        classes.get(vid), was[1] if was else None,
                                        WarningColour.parse(was[0]) if was else None, ratings.get(vid)))
        results.sort(key=lambda x: (-(x.score if x.score is not None else -1), x.code or "", x.village_id))
        return results

    def shifts(self, period: str, village_ids: Iterable[str] | None = None) -> list[ColourShift]:
        """Colour changes since the previous period ("三村由黄转红")."""
        p = parse_period(period)
        previous = p.previous()
        if previous is None:
            return []
        with self.ws.db.read() as r:
            now = r.inspections.warnings_for_period(p.key)
            before = r.inspections.warnings_for_period(previous.key)
        with self.ws.db.read() as r:
            live_villages = set(r.inspections.village_scope()) if village_ids is None else set(village_ids)
        after = {v: WarningColour.parse(c[0]) for v, c in now.items() if v in live_villages}
        return colour_shifts({v: WarningColour.parse(c[0]) for v, c in before.items()}, after)

    def requota(self, w, period: str, county_id: str | None) -> None:
        """In quota mode, re-rank the county's villages for `period` and set
        their classes and colours (inside the caller's write)."""
        store = w.inspections
        policy = store.policy(county_id)[0]
        villages = store.village_scope()
        now = store.warnings_for_period(period)
        scores = {v: row[1] for v, row in now.items() if row[1] is not None and v in villages and villages[v][4] == county_id}
        vetoed = store.vetoed_inspections(period)
        latest = store.latest_warning_periods(scores)
        for vid, quota in quota_classes(scores, policy.class_shares).items():
            colour, score, inspection, old_quota, row_id, version = now[vid]
            new_colour = colour_for(score, inspection in vetoed, policy, quota)
            if w.update("village_warning", row_id, version, {"quota_class": quota.value, "colour": new_colour.value}) \
                    and latest.get(vid) == period:
                w.update("village", vid, None, {"warning": new_colour.value})

    # -- grid and trend --------------------------------------------------

    def grid(self, village_ids: Iterable[str] | None, periods: list[str]) -> dict[tuple[str, str], GridCell]:
        with self.ws.db.read() as r:
            return r.inspections.grid(village_ids, periods)

    def trend(self, village_id: str) -> list[tuple[str, float | None, WarningColour | None]]:
        with self.ws.db.read() as r:
            rows = r.villages.warnings(village_id)
        rows = sorted(rows, key=lambda w: sort_key(w.period))
        return [(w.period, w.score, w.colour) for w in rows]

    # -- rescoring (a check of the stored scores, and the benchmark) -----

    def rescore(self, period: str, scope: str = SCOPE_COUNTY) -> dict[str, tuple[float | None, WarningColour | None, QuotaClass | None]]:
        """Scores, colours and quota classes recomputed from the answers of
        the standing inspections of `period`."""
        p = parse_period(period)
        with self.ws.db.read() as r:
            finals = r.inspections.final_for_period(p.key)
            standing = {row.village_id: row for row in finals}   # the last finalised wins
            by_inspection = {row.id: row.village_id for row in standing.values()}
            templates = {}
            for row in standing.values():
                if row.template_id not in templates:
                    templates[row.template_id] = parse_template(json.loads(r.inspections.template_row(row.template_id).content))
            sums: dict[str, list[float]] = {i: [0.0, 0.0, 0.0] for i in by_inspection}
            template_of = {i: templates[standing[v].template_id] for i, v in by_inspection.items()}
            for inspection_id, code, value, na in r.inspections.answer_rows_for(list(by_inspection)):
                if na or value is None:
                    continue
                t = template_of[inspection_id]
                ind = t.indicator(code)
                if ind is None:
                    continue
                f = fraction(ind, value)
                acc = sums[inspection_id]
                acc[0] += ind.weight * f
                acc[1] += ind.weight
                if ind.veto and f < t.pass_fraction:
                    acc[2] = 1.0
            villages = r.inspections.village_scope()
        scores: dict[str, tuple[float | None, bool]] = {}
        for inspection_id, (earned, possible, veto) in sums.items():
            scores[by_inspection[inspection_id]] = (round(100 * earned / possible, 1) if possible else None, bool(veto))
        classes, policy_of = self._ranked({v: s for v, (s, _) in scores.items()}, villages, scope)
        return {vid: (scores[vid][0], colour_for(scores[vid][0], scores[vid][1], policy_of[vid], quota), quota)
                for vid, quota in classes.items()}

    def _ranked(self, scores: dict[str, float | None], villages: dict[str, tuple], scope: str):
        """Quota classes of the scored live villages, ranked within their county
        (or township) with their county's shares; and each one's county policy."""
        groups: dict[str | None, dict[str, float]] = defaultdict(dict)
        for vid, score in scores.items():
            if score is not None and vid in villages:
                groups[villages[vid][4] if scope == SCOPE_COUNTY else villages[vid][3]][vid] = score
        policies: dict[str | None, WarningPolicy] = {}
        classes: dict[str, QuotaClass] = {}
        policy_of: dict[str, WarningPolicy] = {}
        for group in groups.values():
            county = villages[next(iter(group))][4]
            if county not in policies:
                policies[county] = self.policy(county)
            classes.update(quota_classes(group, policies[county].class_shares))
            policy_of.update(dict.fromkeys(group, policies[county]))
        return classes, policy_of

    # -- ratings ---------------------------------------------------------

    def set_rating(self, village_id: str, period: str, rating: Rating, note: str = "") -> ChangeSet:
        """The reviewers' four-level rating (先进/一般/后进/问题) for a year or period."""
        try:
            period = rating_period(period)
        except BadPeriod as e:
            raise ValidationFailed([FieldError("period", str(e))]) from None
        with self.ws.db.write(self.ws.actor, "set_rating") as w:
            if _rates_at_county(w):
                raise VillageDeskError(translate(
                    "Errors", "Ratings are decided by the county: this township exchanges with its county, "
                              "which sends the ratings in its bundles."))
            values = {"rating": rating.value, "decided_by": self.ws.actor, "decided_on": self.ws.today(), "note": note}
            existing = w.inspections.rating_row(village_id, period)
            if existing is not None:
                w.update("village_rating", existing.id, existing.row_version, values)
            else:
                w.insert("village_rating", {"village_id": village_id, "period": period, **values})
            latest = w.inspections.latest_ratings().get(village_id)
            w.update("village", village_id, None, {"rating": latest.value if latest else None})
        return w.changeset


def _rates_at_county(reader) -> bool:
    """A township that exchanges with a county leaves ratings to it: the
    county owns them, and a township's own would be overwritten or diverge."""
    from desktop.storage.sync import SyncStore

    store = SyncStore(reader)
    return store.mode() == "township" and any(p["role"] == "county" for p in store.peers())


def refresh_village_colour(w, village_id: str) -> None:
    """The village list shows the colour of the village's latest period."""
    latest = w.inspections.latest_warning_periods([village_id]).get(village_id)
    row = w.inspections.warning_row(village_id, latest) if latest else None
    if w.inspections.village_version(village_id) is not None:
        w.update("village", village_id, None, {"warning": row.colour if row else None})
