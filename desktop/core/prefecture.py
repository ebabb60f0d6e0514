"""The prefecture overview: per county, villages by warning colour and by
campaign status, and the problems found, solved and closed out.

Built from rows the database has already counted per county (no I/O here).
Every definition is the dashboard's own, so a county's row agrees with
`Dashboard` for that county: a village's colour is its current warning
(`village.warning`), the campaign is what `core/dashboard.in_campaign` says,
a village's status is `core/acceptance.campaign_status`, the problem counts
are `core/ledger.tallied` with each deadline coloured by `deadline_colour`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.acceptance import AcceptanceRecord, campaign_status
from desktop.core.ledger import LedgerCounts, deadline_colour, tallied
from desktop.core.ledger_terms import CampaignStatus, ProblemStatus
from desktop.core.terms import WarningColour

COLOURS: tuple[WarningColour | None, ...] = (*WarningColour, None)


@dataclass(frozen=True, slots=True)
class CountyName:
    id: str | None          # None: villages whose township has no county
    code: str | None = None
    name_zh: str = ""
    name_bo: str = ""


@dataclass(slots=True)
class CountyFigures:
    county: CountyName
    townships: int = 0
    villages: int = 0
    by_colour: dict[WarningColour | None, int] = field(default_factory=lambda: dict.fromkeys(COLOURS, 0))
    campaign: int = 0                                   # villages in the campaign
    by_status: dict[CampaignStatus, int] = field(default_factory=lambda: dict.fromkeys(CampaignStatus, 0))
    problems: LedgerCounts = field(default_factory=LedgerCounts)


@dataclass(slots=True)
class PrefectureOverview:
    unit_id: str | None     # the prefecture or county asked for; None: every county
    today: date
    counties: list[CountyFigures]
    total: CountyFigures


@dataclass(slots=True)
class CountyRows:
    """What storage counted, each row keyed by county id (None: no county)."""

    names: list[CountyName]                                       # in display order
    townships: Mapping[str | None, int]
    colours: Iterable[tuple[str | None, WarningColour | None, int]]          # (county, colour, villages)
    campaign: Mapping[str | None, int]                            # county -> villages in the campaign
    reviews: Iterable[tuple[str | None, Sequence[AcceptanceRecord], bool]]
    # (county, a village's reviews, its work team withdrawn): one per village with a review
    problems: Iterable[tuple[str | None, ProblemStatus, date | None, bool, int]]
    # (county, status, a deadline of the group, ever reopened, problems): the group's
    # deadlines all lie in one band of `deadline_cuts`; None where none can colour


def deadline_cuts(today: date, due_soon_days: int) -> tuple[date, date]:
    """(first day not overdue, last day due soon): between them
    `deadline_colour` is constant for a status, so the database may count
    problems by band of deadline and colour one deadline per band."""
    return today, today + timedelta(days=due_soon_days)


def build(rows: CountyRows, unit_id: str | None, today: date, due_soon_days: int) -> PrefectureOverview:
    figures = {n.id: CountyFigures(n) for n in rows.names}

    def of(county_id: str | None) -> CountyFigures:
        # A county met in the rows but not named (it should not happen) still counts.
        return figures.setdefault(county_id, CountyFigures(CountyName(county_id)))

    for county_id, n in rows.townships.items():
        of(county_id).townships = n
    for county_id, colour, n in rows.colours:
        f = of(county_id)
        f.villages += n
        f.by_colour[colour] += n
    reviewed: Counter = Counter()
    for county_id, reviews, withdrawn in rows.reviews:
        of(county_id).by_status[campaign_status(reviews, withdrawn)] += 1
        reviewed[county_id] += 1
    for county_id, n in rows.campaign.items():
        f = of(county_id)
        f.campaign = n
        # Villages in the campaign without a review yet are under rectification.
        f.by_status[CampaignStatus.UNDER_RECTIFICATION] += n - reviewed[county_id]
    tallies: dict[str | None, Counter] = {}
    for county_id, status, deadline, reopened, n in rows.problems:
        colour = deadline_colour(status, deadline, today, due_soon_days)
        tallies.setdefault(county_id, Counter())[status, colour, reopened] += n
    for county_id, tally in tallies.items():
        of(county_id).problems = tallied(tally)
    counties = list(figures.values())
    everything: Counter = Counter()
    for tally in tallies.values():
        everything.update(tally)
    return PrefectureOverview(unit_id, today, counties, _total(counties, tallied(everything)))


def _total(counties: list[CountyFigures], problems: LedgerCounts) -> CountyFigures:
    total = CountyFigures(CountyName(None), problems=problems)
    for f in counties:
        total.townships += f.townships
        total.villages += f.villages
        total.campaign += f.campaign
        for c, n in f.by_colour.items():
            total.by_colour[c] += n
        for s, n in f.by_status.items():
            total.by_status[s] += n
    return total
