"""Acceptance (转化评定): three reviews of a village's conversion, in order
(township first review, county organisation department second review,
county committee final review; seed 004's "六评定"), and the campaign
status that follows from them.

Rules:
- A review at a level needs the level below passed since the last failure:
  the county does not review what the township has not passed.
- A failure at any level sends the village back to the start: the next
  review is the township's again.
- Status: no review yet, or reviews under way → under rectification; the
  latest review failed → not converted; the final review passed →
  converted; converted and the work team withdrawn → consolidating.
- The work team cannot be withdrawn before the village has passed the final
  review ("不见效不撤离").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult, CampaignStatus

L = AcceptanceLevel


@dataclass(slots=True)
class AcceptanceRecord:
    id: str
    row_version: int
    village_id: str
    level: AcceptanceLevel
    result: AcceptanceResult
    decided_on: date
    decided_by: str = ""     # the body or person that decided
    comments: str = ""


class AcceptanceRefused(VillageDeskError):
    pass


def _ordered(reviews: Sequence[AcceptanceRecord]) -> list[AcceptanceRecord]:
    order = list(L)
    return sorted(reviews, key=lambda r: (r.decided_on, order.index(r.level)))


def next_level(reviews: Sequence[AcceptanceRecord]) -> AcceptanceLevel | None:
    """The level whose review comes next; None once the final one passed."""
    ordered = _ordered(reviews)
    if not ordered:
        return L.TOWNSHIP
    last = ordered[-1]
    if last.result is AcceptanceResult.FAILED:
        return L.TOWNSHIP
    levels = list(L)
    i = levels.index(last.level)
    return levels[i + 1] if i + 1 < len(levels) else None


def check_review(reviews: Sequence[AcceptanceRecord], level: AcceptanceLevel, result: AcceptanceResult,
                 on: date | None, comments: str, today: date) -> None:
    if on is None or on > today:
        raise AcceptanceRefused(translate("Acceptance", "Give the date of the review (not in the future)."))
    ordered = _ordered(reviews)
    if ordered and on < ordered[-1].decided_on:
        raise AcceptanceRefused(translate("Acceptance", "The review is dated before the last one ({date}).")
                                .format(date=ordered[-1].decided_on.isoformat()))
    expected = next_level(reviews)
    if expected is None:
        raise AcceptanceRefused(translate("Acceptance", "The village has already passed the final review."))
    if level is not expected:
        raise AcceptanceRefused(translate("Acceptance", "The next review is the {expected}; the {level} "
                                                        "comes after it has passed.")
                                .format(expected=expected.inline_label, level=level.inline_label))
    if result is AcceptanceResult.FAILED and not comments.strip():
        raise AcceptanceRefused(translate("Acceptance", "Say why the village did not pass: the comments "
                                                        "tell the township what to fix."))


def campaign_status(reviews: Sequence[AcceptanceRecord], team_withdrawn: bool) -> CampaignStatus:
    ordered = _ordered(reviews)
    if not ordered:
        return CampaignStatus.UNDER_RECTIFICATION
    last = ordered[-1]
    if last.result is AcceptanceResult.FAILED:
        return CampaignStatus.NOT_CONVERTED
    if last.level is L.COUNTY_COMMITTEE:
        return CampaignStatus.CONSOLIDATING if team_withdrawn else CampaignStatus.CONVERTED
    return CampaignStatus.UNDER_RECTIFICATION


def check_withdrawal(reviews: Sequence[AcceptanceRecord], team_withdrawn: bool, on: date | None = None) -> None:
    """Whether the team may go (on the day `on`, when given): not before the
    day the village passed the final review."""
    if team_withdrawn:
        raise AcceptanceRefused(translate("Acceptance", "The work team has already been withdrawn."))
    if campaign_status(reviews, team_withdrawn) is not CampaignStatus.CONVERTED:
        raise AcceptanceRefused(translate("Acceptance", "The work team stays until the village has passed the "
                                                        "county committee's final review."))
    passed_on = _ordered(reviews)[-1].decided_on
    if on is not None and on < passed_on:
        raise AcceptanceRefused(translate("Acceptance", "The work team is withdrawn on or after the day of the "
                                                        "final review ({date}), not before.")
                                .format(date=passed_on.isoformat()))
