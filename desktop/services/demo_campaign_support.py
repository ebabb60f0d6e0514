"""A demo village's acceptance reviews and the team's withdrawal, and its
support log (帮扶) from the start of its campaign (or of
its first secretary's posting) to today or the team's withdrawal: visits
about monthly, supervision visits announced and unannounced every few
months (seeds 000, 004: "半月一暗访、一月一督查" at county level, fewer per
village), talks, trainings, funds and projects from the paired unit,
petitions and disputes where the village has them, the first secretary's
monthly report and the quarterly assessment with its satisfaction poll.
Every entry passes `validate_activity`."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from desktop.core.acceptance import AcceptanceRecord
from desktop.core.ids import new_id
from desktop.core.ledger_terms import AcceptanceLevel as L
from desktop.core.ledger_terms import AcceptanceResult as R
from desktop.core.ledger_terms import ActivityKind as K
from desktop.core.support import ActivityRecord
from desktop.services import demo_campaign_texts as X
from desktop.storage.support import activity_values, review_values

TOWNSHIP = "乡党委"
# The reviews each acceptance outcome of the deck (demo_campaign.py) goes through.
REVIEWS = {
    "township": ((L.TOWNSHIP, R.PASSED),),
    "department": ((L.TOWNSHIP, R.PASSED), (L.COUNTY_DEPARTMENT, R.PASSED)),
    "converted": ((L.TOWNSHIP, R.PASSED), (L.COUNTY_DEPARTMENT, R.PASSED), (L.COUNTY_COMMITTEE, R.PASSED)),
    "failed": ((L.TOWNSHIP, R.PASSED), (L.COUNTY_DEPARTMENT, R.FAILED)),
    "converted_after_failure": ((L.TOWNSHIP, R.PASSED), (L.COUNTY_DEPARTMENT, R.FAILED), (L.TOWNSHIP, R.PASSED),
                                (L.COUNTY_DEPARTMENT, R.PASSED), (L.COUNTY_COMMITTEE, R.PASSED)),
}
REVIEWS["consolidating"] = REVIEWS["converted"]


def accept_village(r: random.Random, today: date, rows: dict[str, list[dict[str, Any]]], village_id: str,
                   accept: str, after: date, team_posts: list[dict[str, Any]]) -> date | None:
    """The reviews of `REVIEWS[accept]` (and the team's withdrawal) that fit
    before today; the withdrawal date, if the team left. The team's posts
    end that day, as SupportService.withdraw_team ends them."""
    on, passed = after, []
    for level, result in REVIEWS[accept]:
        on += timedelta(days=r.randint(7, 25))
        if on > today:
            return None
        comments = r.choice(X.PASS_COMMENTS if result is R.PASSED else X.FAIL_COMMENTS).format(p=r.randint(55, 98))
        rec = AcceptanceRecord("", 0, village_id, level, result, on, X.REVIEWERS[level.value], comments)
        rows["acceptance_review"].append({"id": new_id(), **review_values(rec)})
        passed.append(level if result is R.PASSED else None)
    on += timedelta(days=r.randint(7, 30))
    if accept != "consolidating" or passed[-1] is not L.COUNTY_COMMITTEE or on > today:
        return None
    a = ActivityRecord(id="", row_version=0, village_id=village_id, kind=K.TEAM_WITHDRAWN, on=on,
                       summary=r.choice(X.WITHDRAW_NOTES))   # as SupportService.withdraw_team writes it
    rows["support_activity"].append({"id": new_id(), **activity_values(a)})
    for post in team_posts:
        if (post["term_end"] is None or post["term_end"] > on) and (post["term_start"] is None or post["term_start"] <= on):
            post["term_end"] = on
    return on


def support_log(r: random.Random, village_id: str, staff, start: date, end: date, problems: list) -> list[dict[str, Any]]:
    if staff.support_start and staff.support_start > start:
        start = staff.support_start
    days = (end - start).days
    if days < 1:
        return []
    months = days / 30
    rows: list[dict[str, Any]] = []

    def add(kind: K, on: date, by: str, summary: str, **kw) -> None:
        a = ActivityRecord(id="", row_version=0, village_id=village_id, kind=kind, on=on, by=by,
                           summary=summary.format(n=r.randint(5, 30), m=r.randint(2, 6), km=r.randint(3, 20)), **kw)
        rows.append({"id": new_id(), **activity_values(a)})

    def when() -> date:
        return start + timedelta(days=r.randint(0, days))

    first = staff.first_secretary
    team = staff.team_leader or first or TOWNSHIP
    leader = staff.contact_leader or "乡党委书记"
    aspects = {p.text.aspect.value for p in problems}
    for _ in range(max(1, round(months * 0.8))):
        add(K.VISIT, when(), r.choice((team, leader, first or team)), r.choice(X.VISITS))
    for _ in range(max(1, round(months / 3))):
        add(K.SUPERVISION_ANNOUNCED, when(), r.choice(("县委组织部督查组", TOWNSHIP)), r.choice(X.SUPERVISIONS))
    for _ in range(round(months / 3)):
        add(K.SUPERVISION_UNANNOUNCED, when(), "县委组织部暗访组", r.choice(X.UNANNOUNCED))
    for _ in range(max(1, round(months / 2))):
        add(K.TALK, when(), r.choice(("乡党委书记", team)), r.choice(X.TALKS), participants=r.randint(1, 7))
    for _ in range(max(1, round(months / 4))):
        add(K.TRAINING, when(), r.choice((TOWNSHIP, team)), r.choice(X.TRAININGS), participants=r.randint(12, 60))
    funder = staff.paired_unit or "县财政局"
    for _ in range(r.randint(1, 3) if first else r.randint(0, 1)):
        add(K.FUNDS, when(), funder, "帮扶资金用于" + r.choice(X.FUND_USES),
            amount_yuan=r.randrange(20_000, 500_000, 1000), fund_source=r.choice(X.FUND_SOURCES))
    if not first:
        return rows
    for _ in range(r.randint(0, 2)):
        add(K.PROJECT, when(), funder, r.choice(X.PROJECTS), amount_yuan=r.randrange(100_000, 2_000_000, 10_000),
            fund_source=r.choice(X.FUND_SOURCES))
    for kind, aspect, texts in ((K.PETITION_RESOLVED, "E2", X.PETITIONS), (K.DISPUTE_RESOLVED, "E1", X.DISPUTES)):
        for _ in range(r.randint(1, 3) if aspect in aspects else int(r.random() < 0.4)):
            add(kind, when(), r.choice((first, "乡综治中心")), r.choice(texts))
    if (aspects & {"B1", "B2", "B3"} and r.random() < 0.6) or r.random() < 0.1:
        add(K.CADRE_REPLACED, when(), TOWNSHIP, r.choice(X.REPLACEMENTS))
    month = date(start.year, start.month, 1)
    while month < end:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        on = following + timedelta(days=r.randint(0, 4))
        if start <= on <= end:
            add(K.MONTHLY_REPORT, on, first, X.MONTHLY.replace("{month}", str(month.month)),
                period=f"{month.year:04d}-{month.month:02d}")
        month = following
    quarter = date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
    while quarter < end:
        following = date(quarter.year + (quarter.month + 2) // 12, (quarter.month + 2) % 12 + 1, 1)
        on = following + timedelta(days=r.randint(3, 15))
        if start <= quarter and on <= end:
            polled = r.randint(20, 60)
            add(K.QUARTERLY_ASSESSMENT, on, "乡党委、县委组织部", X.QUARTERLY,
                period=f"{quarter.year}Q{(quarter.month - 1) // 3 + 1}", score=float(r.randint(62, 97)),
                poll_total=polled, poll_satisfied=round(polled * r.uniform(0.6, 1.0)))
        quarter = following
    return rows
