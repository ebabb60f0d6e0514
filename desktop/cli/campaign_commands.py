"""Commands for the support log, acceptance and the dashboard, and what the
campaign commands share (dates, names, errors). The ledger's commands are
in problem_commands.py, the plan's in plan_commands.py."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Callable, TypeVar

from desktop.cli.output import print_json, print_table
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ledger_terms import AcceptanceLevel, AcceptanceResult, ActivityKind, CampaignStatus, PlanStatus
from desktop.core.support import ActivityRecord
from desktop.core.terms import WarningColour
from desktop.core.validation import parse_date, parse_yuan
from desktop.services.workspace import Workspace

T = TypeVar("T")


# -- shared ------------------------------------------------------------------

def day(text: str | None, option: str) -> date | None:
    """A date given on the command line; None when not given."""
    value, error = parse_date(text)
    if error:
        raise VillageDeskError(f"{option}: {error}")
    return value


def every_error(call: Callable[[], T]) -> T:
    """Run a service call; a refusal for several reasons names them all, one a line."""
    try:
        return call()
    except ValidationFailed as e:
        raise VillageDeskError("\n".join(f.message for f in e.errors)) from None


def label(term) -> str:
    return term.label if term is not None else ""


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def village_name(names: dict, village_id: str, lang: str) -> str:
    """The name from `LedgerService.village_names` in the user's language."""
    zh, bo = names.get(village_id, ("", ""))[:2]
    return (bo or zh) if lang == "bo_CN" else (zh or bo)


def cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def listed(text: str | None) -> list[str]:
    """'a,b, c' -> ['a', 'b', 'c']."""
    return [t.strip() for t in (text or "").replace("，", ",").split(",") if t.strip()]


def terms_of(kind, text: str | None, option: str) -> list:
    """Members of a closed list named by their stored values, e.g. --status open,solved."""
    out = []
    for value in listed(text):
        try:
            out.append(kind(value))
        except ValueError:
            raise VillageDeskError(translate("CLI", "{option}: “{value}” is not one of {allowed}.").format(
                option=option, value=value, allowed=", ".join(k.value for k in kind))) from None
    return out


# -- the support log -----------------------------------------------------------

def _activity_json(a: ActivityRecord, names: dict) -> dict:
    return {"id": a.id, "row_version": a.row_version, "village_id": a.village_id,
            "village_zh": names.get(a.village_id, ("",))[0], "kind": a.kind.value, "on": iso(a.on), "by": a.by,
            "summary": a.summary, "participants": a.participants, "amount_yuan": a.amount_yuan,
            "fund_source": a.fund_source, "period": a.period, "score": a.score, "poll_total": a.poll_total,
            "poll_satisfied": a.poll_satisfied, "satisfaction": a.satisfaction, "note": a.note}


def activity_add(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    amount = None
    if args.amount is not None:
        amount, error = parse_yuan(args.amount)
        if error:
            raise VillageDeskError(f"--amount: {error}")
    a = ActivityRecord(id="", row_version=0, village_id=village_id, kind=ActivityKind(args.kind),
                       on=day(args.date, "--date"), by=args.by, summary=args.summary, participants=args.participants,
                       amount_yuan=amount, fund_source=args.source, period=args.period, score=args.score,
                       poll_total=args.polled, poll_satisfied=args.satisfied, note=args.note)
    activity_id, _ = every_error(lambda: ws.support.add(a))
    if args.json:
        print_json({"id": activity_id})
    else:
        print(translate("CLI", "{kind} on {date} logged: {id}").format(kind=a.kind.label, date=a.on.isoformat(),
                                                                        id=activity_id))
    return 0


def _figures(a: ActivityRecord) -> str:
    parts = []
    if a.participants is not None:
        parts.append(translate("CLI", "{n} people").format(n=a.participants))
    if a.amount_yuan is not None:
        parts.append(translate("CLI", "{amount} yuan").format(amount=f"{a.amount_yuan:,}"))
    if a.fund_source:
        parts.append(a.fund_source)
    if a.period:
        parts.append(a.period)
    if a.score is not None:
        parts.append(translate("CLI", "score {score:g}").format(score=a.score))
    if a.satisfaction is not None:
        parts.append(translate("CLI", "{percent}% satisfied").format(percent=round(100 * a.satisfaction)))
    return ", ".join(parts)


def activity_list(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village) if args.village else None
    kinds = terms_of(ActivityKind, args.kind, "--kind") or None
    activities = ws.support.activities(village_id, kinds)
    names = ws.ledger.village_names({a.village_id for a in activities})
    if args.json:
        print_json([_activity_json(a, names) for a in activities])
        return 0
    print_table([translate("CLI", "Date"), translate("CLI", "Village"), translate("CLI", "Kind"), translate("CLI", "By"),
                 translate("CLI", "Summary"), translate("CLI", "Figures")],
                [(iso(a.on), village_name(names, a.village_id, args.lang), a.kind.label, a.by, cut(a.summary, 30),
                  _figures(a)) for a in activities])
    print(translate("CLI", "{count} entries").format(count=len(activities)))
    return 0


# -- acceptance and the work team --------------------------------------------

def accept(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    if not args.status:
        level, result = AcceptanceLevel(args.level), AcceptanceResult(args.result)
        ws.acceptance.record(village_id, level, result, day(args.date, "--date"), args.by, args.comments)
        if not args.json:
            print(translate("CLI", "{level}: {result} on {date}.").format(
                level=level.label, result=result.inline_label, date=args.date))
    status, upcoming = ws.acceptance.status(village_id), ws.acceptance.next_level(village_id)
    reviews = ws.acceptance.reviews(village_id)
    if args.json:
        print_json({"village_id": village_id, "status": status.value, "next_level": upcoming.value if upcoming else None,
                    "reviews": [{"id": r.id, "level": r.level.value, "result": r.result.value, "on": iso(r.decided_on),
                                 "by": r.decided_by, "comments": r.comments} for r in reviews]})
        return 0
    print(translate("CLI", "Campaign status: {status}.").format(status=status.inline_label))
    print(translate("CLI", "Next review: {level}.").format(level=upcoming.inline_label) if upcoming else
          translate("CLI", "The village has passed the final review."))
    if args.status and reviews:
        print_table([translate("CLI", "Date"), translate("CLI", "Review"), translate("CLI", "Result"),
                     translate("CLI", "By"), translate("CLI", "Comments")],
                    [(iso(r.decided_on), r.level.label, r.result.label, r.decided_by, r.comments) for r in reviews])
    return 0


def withdraw_team(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    every_error(lambda: ws.support.withdraw_team(village_id, day(args.date, "--date"), args.note))
    print(translate("CLI", "The work team is withdrawn as of {date}; campaign status: {status}.").format(
        date=args.date, status=ws.acceptance.status(village_id).inline_label))
    return 0


# -- the dashboard -------------------------------------------------------------

def _unit_id(ws: Workspace, key: str) -> str:
    key = key.strip()
    for unit in ws.units.townships() + ws.units.counties():
        if key in (unit.id, unit.code) or (unit.code and key == unit.code.rstrip("0")):
            return unit.id
    raise VillageDeskError(translate("CLI", "There is no township or county with the id or code {key}.").format(key=key))


def dashboard(ws: Workspace, args: argparse.Namespace) -> int:
    d = ws.dashboard.figures(_unit_id(ws, args.unit) if args.unit else None)
    p, s = d.problems, d.support
    if args.json:
        print_json({
            "villages": len(d.village_ids),
            "campaign_villages": len(d.campaign_ids),   # marked weak, or with problems, a plan, a log or a review
            "by_status": {k.value: len(v) for k, v in d.by_status.items()},
            "by_colour": {(k.value if k else "none"): len(v) for k, v in d.by_colour.items()},
            "by_plan": {(k.value if k else "none"): len(v) for k, v in d.by_plan.items()},
            "returned_plans": len(d.returned_plans),
            "problems": {"found": p.found, "solved": p.solved, "closed": p.closed, "open": p.open,
                         "overdue": p.overdue, "due_soon": p.due_soon, "reopened": p.reopened},
            "by_category": [{"category": c.category.value, "found": c.found, "solved": c.solved} for c in d.by_category],
            "support": {"funds_yuan": s.funds_yuan, "projects": s.projects, "project_yuan": s.project_yuan,
                        "trained": s.trained, "by_kind": {k.value: n for k, n in s.by_kind.items()}},
        })
        return 0
    print(translate("CLI", "{count} villages").format(count=len(d.village_ids)))
    rows = [(translate("CLI", "Campaign status"), k.label, len(d.by_status[k])) for k in CampaignStatus]
    rows += [(translate("CLI", "Warning"), label(k) or translate("CLI", "not assessed"), len(d.by_colour[k]))
             for k in (*WarningColour, None)]
    rows += [(translate("CLI", "Village plan"), label(k) or translate("CLI", "no plan yet"), len(d.by_plan[k]))
             for k in (*PlanStatus, None)]
    rows.append((translate("CLI", "Village plan"), translate("CLI", "returned at least once"), len(d.returned_plans)))
    print_table([translate("CLI", "Figure"), "", translate("CLI", "Villages")], rows)
    print()
    print(p.sentence())
    print_table([translate("CLI", "Category"), translate("CLI", "Found"), translate("CLI", "Solved")],
                [(c.category.label, c.found, c.solved) for c in d.by_category])
    print()
    print(translate("CLI", "Support funds {funds} yuan; {projects} projects ({project_yuan} yuan); {trained} people trained.")
          .format(funds=f"{s.funds_yuan:,}", projects=s.projects, project_yuan=f"{s.project_yuan:,}", trained=s.trained))
    print_table([translate("CLI", "Support log"), translate("CLI", "Entries")],
                [(k.label, s.by_kind.get(k, 0)) for k in ActivityKind])
    return 0
