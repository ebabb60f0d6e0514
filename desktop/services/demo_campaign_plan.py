"""A demo village plan played through its review cycle (demo_campaign.py
deals the state and the dates).

Round 1 has the items the township drafted from the ledger; some measures
are the plain ones the county sends back. Each return comments on those
items (or, when none is left, asks again for more on one); the next round
answers the comments, so the rounds differ exactly where the county
commented. A round that was submitted passes "三个不放过" as of its
submission: every item complete, every deadline after it. A first draft
may still fail it (an empty goal, measures that say nothing).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any, Callable

from desktop.core.ids import new_id
from desktop.core.ledger_terms import PlanStatus as P
from desktop.core.ledger_terms import PlanStep
from desktop.core.plans import PlanRecord
from desktop.services import demo_campaign_texts as X
from desktop.storage.plans import item_values, plan_values

TOWNSHIP = "乡党委"
COUNTY = "县委组织部"
_COUNTY_STEPS = (PlanStep.RETURNED, PlanStep.APPROVED)


def write_plan(r: random.Random, today: date, rows: dict[str, list[dict[str, Any]]], at: Callable[[date], Any],
               village_id: str, status: P, steps: list, problems: list) -> None:
    """Rows of the plan, its items per round and its steps; on approval the
    problems take their item's deadline and people (as PlanService does)."""
    plan_id = new_id()
    rounds = steps[-1][1]
    submits = [on for step, _, on in steps if step is PlanStep.SUBMITTED]
    returns = sum(1 for step, _, _ in steps if step is PlanStep.RETURNED)
    approved = steps[-1][2] if status is P.APPROVED else None
    final = {}
    for p in problems:
        if approved:
            final[p.id] = (today + timedelta(days=r.randint(0, 7)) if r.random() < 0.15
                           else approved + timedelta(days=r.randint(30, 300)))
        elif status is P.MEETING_REVIEWED:
            final[p.id] = today + timedelta(days=r.randint(20, 200))   # ready to submit today
        elif submits:
            final[p.id] = submits[-1] + timedelta(days=r.randint(30, 200))
        else:
            final[p.id] = p.record.deadline
    # Per problem: how its measures read now ("plain", "good", "more"), whether the deadline is too
    # late, whether the county commented on this round, and whether it ever did.
    state: dict[str, list] = {}
    draft_only = status is P.DRAFT and rounds == 1
    for p in problems:
        plain = returns > 0 and r.random() < 0.4
        state[p.id] = ["plain" if plain else "good", plain and r.random() < 0.5, False, False]
    if returns and not any(s[0] == "plain" for s in state.values()):
        state[r.choice(problems).id][0] = "plain"

    def item(p, n: int) -> dict[str, Any]:
        quality, late = state[p.id][:2]
        measures = {"plain": p.text.plain, "good": p.text.measures, "more": p.text.measures + X.MORE}[quality]
        values = dict(goal=p.text.goal, content=p.text.content, measures=measures.format(**p.nums),
                      deadline=final[p.id] + timedelta(days=60) if late else final[p.id],
                      responsible_leader=p.record.responsible_leader, responsible_person=p.record.responsible_person)
        if draft_only and r.random() < 0.5:   # what a first draft leaves to do
            gap = r.choice(("goal", "measures", "responsible_person", "deadline"))
            values[gap] = r.choice(X.VAGUE_MEASURES) if gap == "measures" else None if gap == "deadline" else ""
        return {"id": new_id(), **item_values(plan_id, 0, p.id, n, values)}

    current = [item(p, n) for n, p in enumerate(problems)]
    by_problem = {p.id: p for p in problems}
    record = PlanRecord(id=plan_id, row_version=1, village_id=village_id, year=steps[0][2].year, round=rounds,
                        status=status, drafted_on=steps[0][2])
    for step, k, on in steps:
        comment = ""
        if step is PlanStep.MEETING:
            expected = r.randint(25, 45)
            present = expected - r.randint(0, 6)
            resolution = r.choice(X.RESOLUTIONS)
            record.meeting_on, record.meeting_present, record.meeting_expected = on, present, expected
            record.meeting_resolution = resolution
            comment = f"{present}/{expected} · {resolution}"   # as PlanService.record_meeting writes it
        elif step is PlanStep.SUBMITTED:
            record.submitted_on = on
        elif step in _COUNTY_STEPS:
            comment = r.choice(X.OVERALL_APPROVE if step is PlanStep.APPROVED else X.OVERALL_RETURN)
            record.decided_on, record.decided_by, record.review_comment = on, COUNTY, comment
            if step is PlanStep.RETURNED:
                _comment(r, current, state, by_problem)
        elif step is PlanStep.REVISED:
            _keep(rows, current, k - 1)
            record.meeting_on = record.meeting_present = record.meeting_expected = record.submitted_on = None
            record.meeting_resolution = ""
            for pid, s in state.items():
                if s[2]:   # answered: the township reworked what the county commented on
                    s[0] = "good" if s[0] == "plain" else "more"
                    s[1] = s[2] = False
            current = [item(by_problem[i["problem_id"]], i["position"]) for i in current]
        rows["plan_event"].append({"id": new_id(), "plan_id": plan_id, "round": k, "step": step.value, "at": at(on),
                                   "on_date": on, "actor": COUNTY if step in _COUNTY_STEPS else TOWNSHIP,
                                   "comment": comment})
    _keep(rows, current, rounds)
    rows["plan"].append({"id": plan_id, **plan_values(record)})
    if approved:
        for i in current:
            rec = by_problem[i["problem_id"]].record
            rec.deadline, rec.responsible_leader, rec.responsible_person = (
                i["deadline"], i["responsible_leader"], i["responsible_person"])


def _comment(r: random.Random, items: list[dict[str, Any]], state: dict[str, list], problems: dict) -> None:
    """The county's comments on a returned round: on every plain item, or
    (none left) once more on one it commented on before."""
    plain = [i for i in items if state[i["problem_id"]][0] == "plain"]
    answered = [i for i in items if state[i["problem_id"]][0] == "good" and state[i["problem_id"]][3]]
    for i in plain or [r.choice(answered or items)]:
        s = state[i["problem_id"]]
        comment = problems[i["problem_id"]].text.comment + (X.SOONER if s[1] else "")
        i["review_comment"] = X.AGAIN if s[3] else comment
        s[2] = s[3] = True


def _keep(rows: dict[str, list[dict[str, Any]]], items: list[dict[str, Any]], round_: int) -> None:
    for i in items:
        rows["plan_item"].append({**i, "round": round_})
