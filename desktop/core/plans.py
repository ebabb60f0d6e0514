"""One plan per village (一村一策): its items ("五定"), the check it must pass
before it is submitted ("三个不放过"), its review cycle and the comparison
between rounds.

The review cycle (seed 002): the township Party committee drafts; the
village representatives' meeting reviews the draft; it is submitted to the
county organisation department, which approves it or returns it with a
comment on each item it wants changed; the township revises it as the next
round, which goes through the meeting and the county again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping, Sequence

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ledger_terms import PlanStatus, PlanStep

P = PlanStatus

# "五定": goal, content, measures, deadline, responsible leader and person.
ITEM_FIELDS = ("goal", "content", "measures", "deadline", "responsible_leader", "responsible_person")


def field_label(name: str) -> str:
    return {
        "problem": translate("Plans", "Problem"),
        "goal": translate("Plans", "Goal"),
        "content": translate("Plans", "What will be done"),
        "measures": translate("Plans", "Measures"),
        "deadline": translate("Plans", "Deadline"),
        "responsible_leader": translate("Plans", "Responsible leader"),
        "responsible_person": translate("Plans", "Responsible person"),
        "meeting": translate("Plans", "Village representatives' meeting"),
        "comment": translate("Plans", "County comment"),
    }[name]


@dataclass(slots=True)
class PlanItem:
    id: str
    row_version: int
    plan_id: str
    round: int
    problem_id: str
    position: int = 0
    goal: str = ""
    content: str = ""
    measures: str = ""
    deadline: date | None = None
    responsible_leader: str = ""
    responsible_person: str = ""
    review_comment: str = ""     # the county's comment on this item in this round

    def values(self) -> dict:
        return {name: getattr(self, name) for name in ITEM_FIELDS}


@dataclass(slots=True)
class PlanRecord:
    id: str
    row_version: int
    village_id: str
    year: int
    round: int = 1
    status: PlanStatus = P.DRAFT
    drafted_on: date | None = None
    meeting_on: date | None = None
    meeting_present: int | None = None
    meeting_expected: int | None = None
    meeting_resolution: str = ""
    submitted_on: date | None = None
    decided_on: date | None = None
    decided_by: str = ""
    review_comment: str = ""     # the county's overall comment on the last decision
    note: str = ""

    @property
    def editable(self) -> bool:
        """The township may change the items: while drafting a round."""
        return self.status in (P.DRAFT, P.MEETING_REVIEWED)


@dataclass(frozen=True, slots=True)
class PlanEvent:
    id: str
    plan_id: str
    round: int
    step: PlanStep
    at: datetime
    on: date
    actor: str
    comment: str = ""


@dataclass(frozen=True, slots=True)
class PlanFailure:
    """One "三个不放过" failure; `item` is the 1-based item number (None: the
    plan as a whole), `field` one of ITEM_FIELDS, "problem" or "meeting"."""

    item: int | None
    problem_id: str | None
    field: str
    message: str

    def sentence(self) -> str:
        if self.item is None:
            return self.message
        return translate("Plans", "Item {n}, {field}: {message}").format(
            n=self.item, field=field_label(self.field), message=self.message)


class PlanMoveRefused(VillageDeskError):
    pass


# -- "三个不放过" -------------------------------------------------------------

# Phrases that say nothing on their own: a measure made only of these (and
# punctuation) is "without substance". Chinese officialese, and the Tibetan
# renderings cadres use for the same words.
EMPTY_PHRASES = (
    "进一步", "加强", "强化", "认真", "切实", "抓好", "落实", "做好", "高度重视", "重视", "提高", "提升",
    "完善", "推进", "深入", "积极", "努力", "全面", "不断", "有效", "狠抓", "着力", "力争", "确保",
    "工作", "整改", "问题", "方面", "相关", "有关", "各项", "持续", "及时", "大力", "规范", "建设",
    "ཧུར་ཐག་", "ནན་ཏན་", "ཇེ་ལེགས་", "ཇེ་སྲ་", "མཐར་ཕྱིན་", "ལས་ཀ་", "བསྒྲུབ་", "སྔར་ལས་",
)
_EMPTY = re.compile("|".join(sorted(map(re.escape, EMPTY_PHRASES), key=len, reverse=True)))
# Vague problem statements: "有待加强", "存在不足"...
VAGUE_PROBLEMS = ("有待加强", "有待提高", "存在不足", "不够到位", "需要加强", "不到位", "不够", "较弱", "一般")

MIN_PROBLEM_UNITS = 6     # syllables or characters a problem statement needs
MIN_MEASURE_UNITS = 6     # ... a measure, after its empty phrases are taken out
MIN_GOAL_UNITS = 2


def units(text: str) -> int:
    """How much a text says, comparable across scripts: each Chinese
    character, each Tibetan syllable (letters up to a tsheg or shad) and
    each run of Latin letters or digits counts one."""
    n = 0
    in_tibetan = in_word = False
    for ch in text:
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            n += 1
            in_tibetan = in_word = False
        elif 0x0F40 <= cp <= 0x0FBC:
            if not in_tibetan:
                n += 1
                in_tibetan = True
            in_word = False
        elif ch.isalnum():
            if not in_word:
                n += 1
                in_word = True
            in_tibetan = False
        else:
            in_tibetan = in_word = False
    return n


def substance(text: str) -> int:
    """The units left once the empty phrases are taken out."""
    return units(_EMPTY.sub(" ", unicodedata.normalize("NFC", text)))


def is_vague_problem(text: str) -> bool:
    t = text.strip()
    if units(t) < MIN_PROBLEM_UNITS:
        return True
    stripped = re.sub(r"[\s，,。.；;、！!]", "", t)
    # Only a vague phrase with a short subject ("组织建设有待加强").
    return any(stripped.endswith(v) for v in VAGUE_PROBLEMS) and units(stripped) < MIN_PROBLEM_UNITS + 6


def check_plan(items: Sequence[PlanItem], problems: Mapping[str, str], open_problems: Iterable[str],
               meeting_on: date | None, today: date) -> list[PlanFailure]:
    """Every "三个不放过" failure of a plan, in item order, each naming the
    item and the field:

    1. no problem without a clear statement (`problems`: id → description);
    2. no measure that says nothing concrete;
    3. no item without a responsible leader, a responsible person and a
       deadline (not already past).

    The plan also covers every open problem of the village, and the village
    representatives' meeting has reviewed it (`meeting_on`)."""
    fails: list[PlanFailure] = []

    def fail(n, item, field_name, message):
        fails.append(PlanFailure(n, item.problem_id if item else None, field_name, message))

    if not items:
        fail(None, None, "problem", translate("Plans", "The plan has no items: add the village's open problems."))
    for n, item in enumerate(items, start=1):
        description = problems.get(item.problem_id, "")
        if is_vague_problem(description):
            fail(n, item, "problem", translate("Plans", "The problem is not stated clearly: say what is wrong, "
                                                        "where and how much (“{text}”).").format(text=description.strip()))
        if units(item.goal) < MIN_GOAL_UNITS:
            fail(n, item, "goal", translate("Plans", "Give the goal: what the village will look like when it is solved."))
        if not item.content.strip():
            fail(n, item, "content", translate("Plans", "Say what will be done."))
        if not item.measures.strip():
            fail(n, item, "measures", translate("Plans", "Give the measures."))
        elif substance(item.measures) < MIN_MEASURE_UNITS:
            fail(n, item, "measures", translate("Plans", "The measures say nothing concrete: name the actions, "
                                                         "the people and the numbers, not only “strengthen” or "
                                                         "“implement”."))
        if item.deadline is None:
            fail(n, item, "deadline", translate("Plans", "Set a deadline."))
        elif item.deadline < today:
            fail(n, item, "deadline", translate("Plans", "The deadline {date} has already passed.")
                 .format(date=item.deadline.isoformat()))
        if not item.responsible_leader.strip():
            fail(n, item, "responsible_leader", translate("Plans", "Name the responsible leader."))
        if not item.responsible_person.strip():
            fail(n, item, "responsible_person", translate("Plans", "Name the responsible person."))
    covered = {i.problem_id for i in items}
    for pid in open_problems:
        if pid not in covered:
            fails.append(PlanFailure(None, pid, "problem", translate(
                "Plans", "The open problem “{text}” is not in the plan.").format(text=_short(problems.get(pid, "")))))
    if meeting_on is None:
        fails.append(PlanFailure(None, None, "meeting", translate(
            "Plans", "The village representatives' meeting has not reviewed this round yet: record its date, "
                     "attendance and resolution.")))
    return fails


def _short(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- the review cycle -------------------------------------------------------

def _refuse(message: str) -> PlanMoveRefused:
    return PlanMoveRefused(message)


def check_meeting(plan: PlanRecord, on: date | None, present: int | None, expected: int | None,
                  resolution: str, today: date) -> None:
    if plan.status not in (P.DRAFT, P.MEETING_REVIEWED):
        raise _refuse(translate("Plans", "The meeting reviews a draft; this plan is “{status}”.")
                      .format(status=plan.status.label))
    if on is None or on > today:
        raise _refuse(translate("Plans", "Give the date of the meeting (not in the future)."))
    if present is None or present < 1:
        raise _refuse(translate("Plans", "Give how many representatives attended."))
    if expected is not None and present > expected:
        raise _refuse(translate("Plans", "More representatives attended ({present}) than were due ({expected}).")
                      .format(present=present, expected=expected))
    if not resolution.strip():
        raise _refuse(translate("Plans", "Write down the meeting's resolution."))


def check_submit(plan: PlanRecord, failures: Sequence[PlanFailure]) -> None:
    if plan.status is not P.MEETING_REVIEWED:
        if plan.status is P.DRAFT:
            raise _refuse(translate("Plans", "The village representatives' meeting must review the plan before "
                                             "it is submitted."))
        raise _refuse(translate("Plans", "Only a plan reviewed by the village meeting can be submitted; this one "
                                         "is “{status}”.").format(status=plan.status.label))
    # One sentence for each case, so a translation can order its parts.
    if len(failures) == 1:
        raise _refuse(translate("Plans", "The plan does not pass the “three no-lets-go” check: {first}")
                      .format(first=failures[0].sentence()))
    if failures:
        raise _refuse(translate("Plans", "The plan does not pass the “three no-lets-go” check: {first} "
                                         "(and {more} more)")
                      .format(first=failures[0].sentence(), more=len(failures) - 1))


def check_decision(plan: PlanRecord, approve: bool, comments: Mapping[str, str],
                   item_ids: Iterable[str]) -> None:
    """The county approves, or returns with a comment on each item it wants
    changed (at least one)."""
    if plan.status is not P.SUBMITTED:
        raise _refuse(translate("Plans", "Only a submitted plan can be reviewed; this one is “{status}”.")
                      .format(status=plan.status.label))
    known = set(item_ids)
    unknown = [i for i in comments if i not in known]
    if unknown:
        raise _refuse(translate("Plans", "A comment names an item that is not in this round of the plan."))
    if approve:
        return
    if not any(c.strip() for c in comments.values()):
        raise _refuse(translate("Plans", "Returning a plan needs a comment on each item to be changed: "
                                         "write at least one."))


def check_revise(plan: PlanRecord) -> None:
    if plan.status is not P.RETURNED:
        raise _refuse(translate("Plans", "Only a returned plan is revised as a new round; this one is “{status}”.")
                      .format(status=plan.status.label))


# -- round to round ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class ItemComparison:
    """One problem's item in two rounds; `kind` is "added", "removed",
    "changed" or "same"; `comment` is what the county said in the earlier
    round."""

    problem_id: str
    kind: str
    before: PlanItem | None
    after: PlanItem | None
    changes: tuple[FieldChange, ...] = ()
    comment: str = ""

    @property
    def answered(self) -> bool:
        """A commented item was changed in the new round."""
        return bool(self.comment) and self.kind in ("changed", "removed")


def compare_rounds(before: Sequence[PlanItem], after: Sequence[PlanItem]) -> list[ItemComparison]:
    """Item by item (matched by problem), in the new round's order, the
    removed ones last."""
    old = {i.problem_id: i for i in before}
    out = []
    for item in after:
        prev = old.pop(item.problem_id, None)
        if prev is None:
            out.append(ItemComparison(item.problem_id, "added", None, item))
            continue
        changes = tuple(FieldChange(f, getattr(prev, f), getattr(item, f))
                        for f in ITEM_FIELDS if getattr(prev, f) != getattr(item, f))
        out.append(ItemComparison(item.problem_id, "changed" if changes else "same", prev, item, changes,
                                  prev.review_comment))
    for prev in old.values():
        out.append(ItemComparison(prev.problem_id, "removed", prev, None, (), prev.review_comment))
    return out


def revised_items(items: Sequence[PlanItem]) -> list[dict]:
    """The next round's items: the same content, comments cleared."""
    return [{**i.values(), "problem_id": i.problem_id, "position": i.position} for i in items]
