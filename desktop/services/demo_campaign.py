"""The campaign in the demo county: for each weak village (rated 后进/问题,
typed weak, or under a red or yellow warning: about a third), a problem
ledger, a village plan somewhere in its review cycle, the support log and
the acceptance reviews.

Everything is played forward from dates counted back from today, so the
rows are what the services would have written had the cadres done it
step by step: every status change is a `problem_event` in the order the
moves allow, every plan step a `plan_event`; a submitted or approved
round passes "三个不放过" as of its submission; the approval fixes the
problems' deadlines and people and sets them in progress; reviews follow
the acceptance order, and a team leaves only a converted village.

Which plan state and acceptance outcome a village gets is dealt from a
deck of 20 whose first eight cards show every plan state and acceptance
outcome; what becomes of each problem is dealt the same way. The campaign
has its own random stream, derived from the demo's seed: the same seed
and the same day give the same campaign, and the rest of the demo is as
before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from desktop.core.ids import new_id
from desktop.core.ledger import FOUND, PLAN_APPROVED, ProblemEvent, ProblemRecord
from desktop.core.ledger_terms import PlanStatus as P
from desktop.core.ledger_terms import PlanStep, ProblemAspect, ProblemSource
from desktop.core.ledger_terms import ProblemStatus as S
from desktop.core.terms import PostRole, Rating, WarningColour, weakness_mask
from desktop.services import demo_campaign_texts as X
from desktop.services import demo_names as N
from desktop.services.demo_campaign_plan import write_plan
from desktop.services.demo_campaign_support import accept_village, support_log
from desktop.services.support import TEAM_ROLES
from desktop.storage.ledger import event_values, problem_values

TABLES = ("problem", "problem_event", "problem_evidence", "plan", "plan_item", "plan_event",
          "support_activity", "acceptance_review")
EVIDENCE_NAME = "示范佐证材料.txt"
TOWNSHIP = "乡党委"
COUNTY = "县委组织部"

_A = P.APPROVED
# (plan state, round, acceptance) of 20 weak villages. The first eight
# dealt show every plan state and every acceptance outcome, so even a
# small demo has a returned plan and a consolidating village.
FIRST = ((P.DRAFT, 1, ""), (P.MEETING_REVIEWED, 1, ""), (P.SUBMITTED, 1, ""), (P.RETURNED, 2, ""),
         (_A, 1, "converted"), (_A, 2, "consolidating"), (_A, 1, "failed"), (_A, 3, "converted_after_failure"))
REST = ((None, 0, ""), (P.DRAFT, 1, ""), (P.DRAFT, 2, ""), (P.MEETING_REVIEWED, 2, ""), (P.SUBMITTED, 2, ""),
        (P.RETURNED, 1, ""), (_A, 1, ""), (_A, 1, "township"), (_A, 1, "consolidating"), (_A, 2, ""),
        (_A, 2, "department"), (_A, 3, ""))
# Days between plan steps.
GAPS = {PlanStep.MEETING: (5, 15), PlanStep.SUBMITTED: (2, 8), PlanStep.RETURNED: (7, 21),
        PlanStep.APPROVED: (7, 21), PlanStep.REVISED: (2, 7)}
TAIL = {P.DRAFT: (), P.MEETING_REVIEWED: (PlanStep.MEETING,), P.SUBMITTED: (PlanStep.MEETING, PlanStep.SUBMITTED),
        P.RETURNED: (PlanStep.MEETING, PlanStep.SUBMITTED, PlanStep.RETURNED),
        P.APPROVED: (PlanStep.MEETING, PlanStep.SUBMITTED, PlanStep.APPROVED)}
# What becomes of a problem once its plan is approved (dealt like the
# plans: one of each first), and the days the moves after solving need.
FIRST_FATES = ("in_progress", "solved", "closed", "reopened", "sent_back")
FATES = ("in_progress",) * 5 + ("solved",) * 2 + ("closed",) * 6 + ("restarted", "sent_back")
FATE_DAYS = {"in_progress": 0, "solved": 0, "sent_back": 25, "closed": 25, "reopened": 85, "restarted": 105}
_ASPECTS = frozenset(a.value for a in ProblemAspect)
SOURCES = {"E2": ProblemSource.PETITION, "E3": ProblemSource.SUPERVISION, "C3": ProblemSource.COUNTY_INSTRUCTION,
           "C4": ProblemSource.COUNTY_INSTRUCTION}


def is_weak(village: dict[str, Any]) -> bool:
    """Rated backward or problem, typed weak, or under a red or yellow warning."""
    return (village.get("rating") in (Rating.BACKWARD.value, Rating.PROBLEM.value) or bool(village.get("weakness"))
            or village.get("warning") in (WarningColour.RED.value, WarningColour.YELLOW.value))


@dataclass
class Staff:
    """Who works on one village, by name, from the demo's posts."""

    first_secretary: str = ""
    team_leader: str = ""
    contact_leader: str = ""
    liaison: str = ""
    secretary: str = ""
    paired_unit: str = ""
    support_start: date | None = None
    team_posts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Problem:
    id: str
    text: X.ProblemText
    nums: dict[str, Any]
    record: ProblemRecord
    events: list[tuple] = field(default_factory=list)   # (on, from, to, reason, checker)

    @property
    def status(self) -> S:
        return self.events[-1][2]

    @property
    def last_on(self) -> date:
        return self.events[-1][0]


class DemoCampaign:
    def __init__(self, seed: int, today: date, evidence: tuple[str, int] | None, template=None) -> None:
        self.rng = random.Random(f"campaign:{seed}")
        self.today = today
        self.evidence = evidence
        self.template = template
        # indicator code -> ledger aspect, for the checklist's aspects that are the 24 of the ledger
        self.aspects = {i.code: ProblemAspect(a.code) for a in template.aspects() if a.code in _ASPECTS
                        for i in a.indicators} if template is not None else {}
        self.hands: dict[str, list] = {"plans": [], "fates": []}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.totals = {t: 0 for t in TABLES}
        self._minute = 0

    # -- per county ------------------------------------------------------

    def fill_county(self, villages: list[dict], posts: list[dict], people: list[dict], inspector=None) -> None:
        """The campaign of these villages; `posts` of withdrawn teams are ended."""
        names = {p["id"]: p["name_zh"] for p in people}
        staff: dict[str, Staff] = {}
        for post in posts:
            s = staff.setdefault(post["village_id"], Staff())
            role, name = post["role"], names.get(post["person_id"], "")
            if role == PostRole.FIRST_SECRETARY.value:
                s.first_secretary, s.support_start = name, post["term_start"]
            elif role == PostRole.WORK_TEAM_LEADER.value:
                s.team_leader = name
            elif role == PostRole.CONTACT_LEADER.value:
                s.contact_leader = name
            elif role == PostRole.LIAISON_CADRE.value:
                s.liaison = name
            elif role == PostRole.BRANCH_SECRETARY.value and post["term_end"] is None:
                s.secretary = name
            if role in TEAM_ROLES:
                s.team_posts.append(post)
        failed = _failed_items(inspector, self.aspects) if inspector is not None else {}
        for v in villages:
            if is_weak(v):
                s = staff.get(v["id"]) or Staff()
                s.paired_unit = v.get("paired_unit") or ""
                self._village(v, s, failed.get(v["id"], []))

    def take(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """The rows made so far, in the order their foreign keys need."""
        out = [(t, self.rows[t]) for t in TABLES if self.rows[t]]
        for t, rows in out:
            self.totals[t] += len(rows)
        self.rows = {t: [] for t in TABLES}
        return out

    # -- one village -----------------------------------------------------

    def _village(self, v: dict, staff: Staff, failed: list[tuple]) -> None:
        r, today = self.rng, self.today
        status, rounds, accept = self._deal("plans", FIRST, REST)
        leader = staff.contact_leader or staff.liaison or self._name()
        people = [p for p in (staff.secretary, staff.first_secretary) if p] or [self._name()]
        if status is None:
            steps = []
            found_before = today
        else:
            if status is P.APPROVED:
                end = today - timedelta(days=r.randint(270, 300) if accept else r.randint(40, 230))
            else:
                end = today - timedelta(days=r.randint(1, 20))
            steps = self._steps(status, rounds, end)
            found_before = steps[0][2]
        problems = self._problems(v, staff, failed, found_before, leader, people, status is None)
        approved_on = steps[-1][2] if status is P.APPROVED else None
        if status is not None:
            self._plan(v["id"], status, steps, problems)
        else:
            for p in problems:
                self._maybe_start(p)
        withdrawn = None
        if approved_on:
            for p in problems:
                self._approve(p, approved_on)
            closing = accept != ""
            for p in problems:
                self._work(p, approved_on, "closed" if closing else self._deal("fates", FIRST_FATES, FATES))
            if closing:
                withdrawn = accept_village(r, today, self.rows, v["id"], accept, max(p.last_on for p in problems),
                                           staff.team_posts)
                if withdrawn and r.random() < 0.4:
                    self._relapse(r.choice(problems), withdrawn)
            elif r.random() < 0.25:
                problems.append(self._supervision_problem(v["id"], approved_on, leader, people))
        for p in problems:
            self._write_problem(p)
        start = min(p.record.found_on for p in problems)
        self.rows["support_activity"] += support_log(r, v["id"], staff, start, withdrawn or today, problems)

    def _deal(self, deck: str, first: tuple, rest: tuple) -> Any:
        """The next card of a deck: the `first` cards in a shuffled order,
        then the `rest` shuffled, then a new deck."""
        hand = self.hands[deck]
        if not hand:
            head, tail = list(first), list(rest)
            self.rng.shuffle(head)
            self.rng.shuffle(tail)
            hand.extend(tail + head)   # dealt from the end
        return hand.pop()

    def _name(self) -> str:
        return self.rng.choice(N.HAN_SURNAMES) + self.rng.choice(N.HAN_GIVEN)

    # -- the ledger ------------------------------------------------------

    def _numbers(self, staff: Staff) -> dict[str, Any]:
        r = self.rng
        return dict(n=r.randint(3, 14), m=r.randint(1, 3), y=r.randint(2, 5), p=r.randint(35, 75),
                    age=r.randint(58, 67), amount=r.randrange(3000, 48000, 500), k=r.randint(20, 60),
                    km=r.randint(3, 25), year=self.today.year - 1, unit=staff.paired_unit or "结对单位")

    def _problems(self, v: dict, staff: Staff, failed: list[tuple], before: date, leader: str,
                  people: list[str], recent: bool) -> list[_Problem]:
        r = self.rng
        weakness = v.get("weakness") or 0
        texts = list(X.PROBLEMS)
        weights = [4 if weakness_mask(t.weakness) & weakness else 1 for t in texts]
        chosen = []
        for _ in range(r.randint(3, 8)):
            i = r.choices(range(len(texts)), weights=weights)[0]
            chosen.append(texts.pop(i))
            weights.pop(i)
        out = []
        for n, text in enumerate(chosen):
            nums = self._numbers(staff)
            found = before - timedelta(days=r.randint(3, 50) if recent else r.randint(3, 60))
            description = (text.bo if text.bo and r.random() < 0.2 else text.zh).format(**nums)
            source = SOURCES.get(text.aspect.value, ProblemSource.OTHER)
            out.append(self._problem(v["id"], text, nums, description, source, "排查摸底" if source is
                                     ProblemSource.OTHER else "", found, leader, people[n % len(people)]))
        # One from the village's last inspection before the plan, as the ledger makes them.
        usable = [f for f in failed if f[0] <= before - timedelta(days=3)]
        if usable and r.random() < 0.6:
            on, inspection_id, period, answer = max(usable, key=lambda f: f[0])
            ind = self.template.indicator(answer["indicator_code"])
            text = next(t for t in X.PROBLEMS if t.aspect is self.aspects[ind.code])
            note = (answer.get("note") or "").strip()
            item = ind.text.zh or ind.text.bo
            described = f"{item.rstrip('。')}：{note}" if note else item  # as LedgerService.from_inspection joins them
            p = self._problem(v["id"], text, self._numbers(staff), described,
                              ProblemSource.INSPECTION, f"{self.template.code}@{self.template.version} {period} {ind.code}",
                              on, leader, people[0], weakness=weakness_mask(ind.weakness), inspection=inspection_id,
                              indicator=ind.code)
            answer["problem_id"] = p.id
            out.append(p)
        out.sort(key=lambda p: (p.record.found_on, p.id))
        return out

    def _problem(self, village_id, text, nums, description, source, ref, found, leader, person, *,
                 weakness=None, inspection=None, indicator=None) -> _Problem:
        pid = new_id()
        rec = ProblemRecord(
            id=pid, row_version=1, village_id=village_id, description=description, category=text.aspect.category,
            aspect=text.aspect, weakness=weakness_mask(text.weakness) if weakness is None else weakness,
            source=source, source_ref=ref, inspection_id=inspection, indicator_code=indicator, found_on=found,
            deadline=found + timedelta(days=self.rng.randint(60, 200)), responsible_leader=leader,
            responsible_person=person)
        p = _Problem(pid, text, nums, rec)
        p.events.append((found, None, S.OPEN, FOUND, ""))
        return p

    def _move(self, p: _Problem, on: date, to: S, reasons: tuple[str, ...] | str, checker: str = "") -> bool:
        """Record a move if it falls by today; False if it would be in the future."""
        if on > self.today:
            return False
        reason = reasons if isinstance(reasons, str) else self.rng.choice(reasons)
        p.events.append((max(on, p.last_on), p.status, to, reason, checker))
        return True

    def _maybe_start(self, p: _Problem) -> None:
        if self.rng.random() < 0.25:
            self._move(p, p.record.found_on + timedelta(days=self.rng.randint(5, 60)), S.IN_PROGRESS, X.START_REASONS)

    def _approve(self, p: _Problem, on: date) -> None:
        if p.status.is_open and p.status is not S.IN_PROGRESS:
            self._move(p, on, S.IN_PROGRESS, PLAN_APPROVED)

    def _checker(self) -> str:
        return f"{self.rng.choice((TOWNSHIP + '副书记', COUNTY))} {self._name()}"

    def _work(self, p: _Problem, approved: date, fate: str) -> None:
        r, today = self.rng, self.today
        span = (today - approved).days
        if fate == "in_progress" or span < 3:
            return
        # Solved early enough for the moves after it to fit before today, when they can.
        solved = approved + timedelta(days=r.randint(1, max(1, min(120, span - 1 - FATE_DAYS[fate]))))
        if not self._move(p, solved, S.SOLVED, X.SOLVE_REASONS) or fate == "solved":
            return
        later = solved + timedelta(days=r.randint(2, 25))
        if fate == "sent_back":
            self._move(p, later, S.IN_PROGRESS, X.SEND_BACK_REASONS)
            return
        if not self._move(p, later, S.CLOSED, X.CLOSE_REASONS, self._checker()) or fate == "closed":
            return
        again = later + timedelta(days=r.randint(5, 60))
        if self._move(p, again, S.REOPENED, X.REOPEN_REASONS) and fate == "restarted":
            self._move(p, again + timedelta(days=r.randint(2, 20)), S.IN_PROGRESS, X.START_REASONS)

    def _relapse(self, p: _Problem, after: date) -> None:
        """反复回潮: a closed problem comes back after the team left."""
        if p.status is S.CLOSED:
            self._move(p, after + timedelta(days=self.rng.randint(10, 60)), S.REOPENED, X.REOPEN_REASONS)

    def _supervision_problem(self, village_id: str, after: date, leader: str, people: list[str]) -> _Problem:
        aspect, words = self.rng.choice(X.SUPERVISION_PROBLEMS)
        text = next(t for t in X.PROBLEMS if t.aspect is aspect)
        nums = self._numbers(Staff())
        found = min(self.today, after + timedelta(days=self.rng.randint(10, 120)))
        p = self._problem(village_id, text, nums, words.format(**nums), ProblemSource.SUPERVISION, "督查暗访", found,
                          leader, people[-1])
        self._maybe_start(p)
        return p

    def _write_problem(self, p: _Problem) -> None:
        rec = p.record
        rec.status, rec.status_on = p.status, p.last_on
        rec.reopen_count = sum(1 for e in p.events if e[2] is S.REOPENED)
        rec.closed_by = p.events[-1][4] if p.status is S.CLOSED else ""
        self.rows["problem"].append({"id": p.id, **problem_values(rec)})
        for on, before, to, reason, checker in p.events:
            event_id = new_id()
            self.rows["problem_event"].append({"id": event_id, **event_values(ProblemEvent(
                event_id, p.id, self._at(on), on, TOWNSHIP if to is not S.CLOSED else checker.split()[0],
                before, to, reason, checker))})
            if to is S.CLOSED and self.evidence:
                sha, size = self.evidence
                self.rows["problem_evidence"].append({"id": new_id(), "problem_id": p.id, "event_id": event_id,
                                                      "file_name": EVIDENCE_NAME, "sha256": sha, "size_bytes": size})

    def _at(self, on: date) -> datetime:
        # Minutes apart, so events of one day keep the order they happened in.
        self._minute = (self._minute + 1) % 480
        return datetime.combine(on, time(9), tzinfo=timezone.utc) + timedelta(minutes=self._minute)

    # -- the plan --------------------------------------------------------

    def _steps(self, status: P, rounds: int, end: date) -> list[tuple[PlanStep, int, date]]:
        steps = [(PlanStep.DRAFTED, 1)]
        for k in range(1, rounds):
            steps += [(PlanStep.MEETING, k), (PlanStep.SUBMITTED, k), (PlanStep.RETURNED, k), (PlanStep.REVISED, k + 1)]
        steps += [(s, rounds) for s in TAIL[status]]
        gaps = [0] + [self.rng.randint(*GAPS[s]) for s, _ in steps[1:]]
        on = end - timedelta(days=sum(gaps))
        out = []
        for (step, k), gap in zip(steps, gaps):
            on += timedelta(days=gap)
            out.append((step, k, on))
        return out

    def _plan(self, village_id: str, status: P, steps: list, problems: list[_Problem]) -> None:
        write_plan(self.rng, self.today, self.rows, self._at, village_id, status, steps, problems)


def _failed_items(inspector, aspects: dict[str, ProblemAspect]) -> dict[str, list[tuple]]:
    """village id -> (date, inspection id, period, answer row) of the failed
    items, with a ledger aspect, of its inspections in the inspector's
    pending rows."""
    inspections = {i["id"]: i for i in inspector.inspections}
    out: dict[str, list[tuple]] = {}
    for a in inspector.answers:
        if a["passed"] is False and a["indicator_code"] in aspects:
            i = inspections.get(a["inspection_id"])
            if i is not None:
                out.setdefault(i["village_id"], []).append((i["finalised_at"].date(), i["id"], i["period"], a))
    return out
