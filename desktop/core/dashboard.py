"""The township dashboard's figures, each with the list behind it.

Computed from plain rows (no I/O here): villages by campaign status and
warning colour, problems found and solved by category, overdue problems,
plans by review state, support in figures. Every figure keeps the ids or
the ledger filter that produced it, so a click opens exactly that list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping

from desktop.core.ledger import LedgerCounts, count
from desktop.core.ledger_index import LedgerFilter
from desktop.core.ledger_terms import CampaignStatus, PlanStatus, ProblemCategory, ProblemStatus
from desktop.core.support import SupportTotals
from desktop.core.terms import WarningColour


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    category: ProblemCategory
    found: int
    solved: int


@dataclass(slots=True)
class Dashboard:
    village_ids: list[str]                              # the scope
    campaign_ids: list[str]                             # ... the villages in the campaign
    by_status: dict[CampaignStatus, list[str]]          # campaign villages only
    by_colour: dict[WarningColour | None, list[str]]
    by_plan: dict[PlanStatus | None, list[str]]       # None: no plan yet
    problems: LedgerCounts
    by_category: list[CategoryFigures]
    support: SupportTotals
    returned_plans: list[str] = field(default_factory=list)   # villages whose plan went back at least once

    def problem_filter(self, *, category: ProblemCategory | None = None, solved: bool | None = None,
                       overdue: bool = False, due_soon: bool = False, reopened: bool = False,
                       status: ProblemStatus | None = None) -> LedgerFilter:
        """The ledger filter behind a problem figure. `due_soon` is the
        ledger's own "overdue or due within the days set"; `reopened` means
        ever reopened, as `problems.reopened` counts them."""
        statuses: frozenset[ProblemStatus] = frozenset()
        if status is not None:
            statuses = frozenset({status})
        elif solved is True:
            statuses = frozenset(s for s in ProblemStatus if s.is_solved)
        elif solved is False:
            statuses = frozenset(s for s in ProblemStatus if s.is_open)
        return LedgerFilter(village_ids=frozenset(self.village_ids), statuses=statuses, category=category,
                            overdue_only=overdue, due_soon_only=due_soon, reopened_only=reopened)

def in_campaign(village_id: str, *sets_of_ids: set[str]) -> bool:
    """A village is in the campaign once it is marked weak (weakness types,
    a backward or problem rating) or has a problem, a plan, a support log
    entry or an acceptance review; the rest of the county is not counted."""
    return any(village_id in ids for ids in sets_of_ids)


def build(village_ids: Iterable[str], colours: Mapping[str, WarningColour | None],
          statuses: Mapping[str, CampaignStatus], plans: Mapping[str, tuple[str, PlanStatus, int]],
          problem_rows: Iterable[tuple], support: SupportTotals, today: date, due_soon_days: int) -> Dashboard:
    """`statuses` holds the villages in the campaign (see `in_campaign`);
    `problem_rows`: (village id, category, status, deadline, reopen count)
    of the scope's problems."""
    ids = list(village_ids)
    campaign = [v for v in ids if v in statuses]
    by_status: dict[CampaignStatus, list[str]] = {s: [] for s in CampaignStatus}
    by_colour: dict[WarningColour | None, list[str]] = {c: [] for c in (*WarningColour, None)}
    by_plan: dict[PlanStatus | None, list[str]] = {s: [] for s in (*PlanStatus, None)}
    returned = []
    for v in ids:
        if v in statuses:
            by_status[statuses[v]].append(v)
        by_colour[colours.get(v)].append(v)
        plan = plans.get(v)
        by_plan[plan[1] if plan else None].append(v)
        if plan and (plan[2] > 1 or plan[1] is PlanStatus.RETURNED):
            returned.append(v)
    counts, found, solved = _problem_counts(problem_rows, today, due_soon_days)
    return Dashboard(ids, campaign, by_status, by_colour, by_plan, counts,
                     [CategoryFigures(c, found[c], solved[c]) for c in ProblemCategory], support, returned)


def _problem_counts(rows: Iterable[tuple], today: date, due_soon_days: int
                    ) -> tuple[LedgerCounts, dict[ProblemCategory, int], dict[ProblemCategory, int]]:
    """The campaign's counts (`ledger.count`) and found and solved by category."""
    rows = rows if isinstance(rows, list) else list(rows)
    by_kind = Counter((cat, status) for _, cat, status, _, _ in rows)
    found = {c: 0 for c in ProblemCategory}
    solved = {c: 0 for c in ProblemCategory}
    for (cat, status), n in by_kind.items():
        c = ProblemCategory(cat)
        found[c] += n
        if status.is_solved:
            solved[c] += n
    counts = count(((s, d, n) for _, _, s, d, n in rows), today, due_soon_days)
    return counts, found, solved
