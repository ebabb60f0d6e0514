"""Commands for the village plan (一村一策) through its review cycle: draft,
items, the "三个不放过" check, the village meeting, submission, the
county's decision, revision and the round-to-round comparison. Items are
named by their number in `plan show`, as a printed plan numbers them."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desktop.cli.campaign_commands import day, iso, village_name
from desktop.cli.output import print_json, print_table
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.plans import ITEM_FIELDS, PlanItem, field_label
from desktop.core.validation import parse_date
from desktop.services.workspace import Workspace

_TEXT_FIELDS = tuple(f for f in ITEM_FIELDS if f != "deadline")


def _value(v):
    return v.isoformat() if isinstance(v, date) else v


def _item_json(n: int, i: PlanItem, problems: dict) -> dict:
    p = problems.get(i.problem_id)
    return {"no": n, "id": i.id, "problem_id": i.problem_id, "problem": p.description if p else "",
            "aspect": (p.aspect or p.category).value if p and (p.aspect or p.category) else None,
            **{name: _value(getattr(i, name)) for name in ITEM_FIELDS}, "review_comment": i.review_comment}


def plan_create(ws: Workspace, args: argparse.Namespace) -> int:
    plan_id, _ = ws.plans.create(ws.villages.id_of(args.village), args.year)
    f = ws.plans.open(plan_id)
    if args.json:
        print_json({"id": plan_id, "items": len(f.items)})
    else:
        print(translate("CLI", "Plan {id} drafted with {count} items, one for each open problem.").format(
            id=plan_id, count=len(f.items)))
    return 0


def plan_show(ws: Workspace, args: argparse.Namespace) -> int:
    plan_id = args.plan
    if args.village:
        current = ws.plans.current(ws.villages.id_of(args.village))
        if current is None:
            raise VillageDeskError(translate("CLI", "The village has no plan yet: plan create --village {code}.")
                                   .format(code=args.village))
        plan_id = current.id
    f = ws.plans.open(plan_id)
    plan = f.plan
    round_ = args.round or plan.round
    if not 1 <= round_ <= plan.round:
        raise VillageDeskError(translate("Plans", "The plan has rounds 1 to {last}.").format(last=plan.round))
    items = f.items if round_ == plan.round else ws.plans.items(plan.id, round_)
    missing = [i.problem_id for i in items if i.problem_id not in f.problems]
    problems = {**f.problems, **ws.ledger.many(missing)}
    names = ws.ledger.village_names([plan.village_id])
    if args.json:
        print_json({"id": plan.id, "row_version": plan.row_version, "village_id": plan.village_id,
                    "village_zh": names.get(plan.village_id, ("",))[0], "year": plan.year, "round": plan.round,
                    "shown_round": round_, "status": plan.status.value, "drafted_on": iso(plan.drafted_on),
                    "meeting": {"on": iso(plan.meeting_on), "present": plan.meeting_present,
                                "expected": plan.meeting_expected, "resolution": plan.meeting_resolution},
                    "submitted_on": iso(plan.submitted_on), "decided_on": iso(plan.decided_on),
                    "decided_by": plan.decided_by, "review_comment": plan.review_comment,
                    "items": [_item_json(n, i, problems) for n, i in enumerate(items, 1)],
                    "history": [{"round": e.round, "step": e.step.value, "on": iso(e.on), "actor": e.actor,
                                 "comment": e.comment} for e in f.events]})
        return 0
    print(translate("CLI", "Plan {id}").format(id=plan.id))
    print(translate("CLI", "{village}, {year}: round {round} of {rounds}, {status}.").format(
        village=village_name(names, plan.village_id, args.lang), year=plan.year, round=round_, rounds=plan.round,
        status=plan.status.inline_label))
    if plan.meeting_on:
        print(translate("CLI", "Village representatives' meeting {date}: {present} of {expected} present; {resolution}")
              .format(date=iso(plan.meeting_on), present=plan.meeting_present,
                      expected=plan.meeting_expected if plan.meeting_expected is not None else "?",
                      resolution=plan.meeting_resolution))
    if plan.submitted_on:
        print(translate("CLI", "Submitted to the county on {date}.").format(date=iso(plan.submitted_on)))
    if plan.decided_on:
        print(translate("CLI", "Last decision {date} by {by}: {comment}").format(
            date=iso(plan.decided_on), by=plan.decided_by, comment=plan.review_comment))
    for n, i in enumerate(items, 1):
        p = problems.get(i.problem_id)
        print()
        print(f"{n}. [{(p.aspect or p.category).value if p and (p.aspect or p.category) else ''}] "
              f"{p.description if p else i.problem_id}")
        for name in ITEM_FIELDS:
            value = getattr(i, name)
            print(f"   {field_label(name)}: {_value(value) or '—'}")
        if i.review_comment:
            print(f"   {field_label('comment')}: {i.review_comment}")
    print()
    print_table([translate("CLI", "Date"), translate("CLI", "Round"), translate("CLI", "Step"), translate("CLI", "By"),
                 translate("CLI", "Comment")],
                [(iso(e.on), e.round, e.step.label, e.actor, e.comment) for e in f.events])
    return 0


def _read_items(path: str, current: list[PlanItem]) -> list[dict]:
    """Items from JSON, each merged over the item it replaces; every mistake reported."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise VillageDeskError(translate("CLI", "Cannot read {path}: {reason}").format(path=path, reason=e.strerror or e)) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise VillageDeskError(translate("CLI", "{path} is not valid JSON: {reason}").format(path=path, reason=e)) from None
    if isinstance(raw, dict):
        raw = raw.get("items")
    if not isinstance(raw, list):
        raise VillageDeskError(translate("CLI", "{path} must hold a JSON list of items.").format(path=path))
    existing = {i.problem_id: i for i in current}
    out, errors = [], []
    for n, obj in enumerate(raw, 1):
        if not isinstance(obj, dict):
            errors.append(translate("CLI", "Item {n}: must be a JSON object.").format(n=n))
            continue
        pid = obj.get("problem_id")
        if pid is None and isinstance(obj.get("item"), int) and 1 <= obj["item"] <= len(current):
            pid = current[obj["item"] - 1].problem_id
        if not isinstance(pid, str):
            errors.append(translate("CLI", "Item {n}: give its problem_id (or the number of an item in plan show as "
                                           "\"item\").").format(n=n))
            continue
        unknown = sorted(set(obj) - {"problem_id", "item", *ITEM_FIELDS})
        if unknown:
            errors.append(translate("CLI", "Item {n}: unknown fields {names}; the fields are {allowed}.").format(
                n=n, names=", ".join(unknown), allowed=", ".join(ITEM_FIELDS)))
        values = existing[pid].values() if pid in existing else {name: None if name == "deadline" else ""
                                                                 for name in ITEM_FIELDS}
        for name in _TEXT_FIELDS:
            if name in obj:
                values[name] = "" if obj[name] is None else str(obj[name])
        if "deadline" in obj:
            values["deadline"], error = parse_date(obj["deadline"] if isinstance(obj["deadline"], str) else None)
            if error:
                errors.append(translate("CLI", "Item {n}, deadline: {error}").format(n=n, error=error))
        out.append({"problem_id": pid, **values})
    if errors:
        raise VillageDeskError("\n".join(errors))
    return out


def plan_items(ws: Workspace, args: argparse.Namespace) -> int:
    f = ws.plans.open(args.plan)
    items = _read_items(args.file, f.items)
    ws.plans.save_items(f.plan.id, f.plan.row_version, items)
    print(translate("CLI", "Round {round}: {count} items saved.").format(round=f.plan.round, count=len(items)))
    return 0


def plan_check(ws: Workspace, args: argparse.Namespace) -> int:
    failures = ws.plans.check(args.plan)
    if args.json:
        print_json([{"item": x.item, "problem_id": x.problem_id, "field": x.field, "message": x.message,
                     "sentence": x.sentence()} for x in failures])
    elif failures:
        for x in failures:
            print(x.sentence())
        print(translate("CLI", "{count} failures of the “three no-lets-go” check.").format(count=len(failures)))
    else:
        print(translate("CLI", "The plan passes the “three no-lets-go” check."))
    return 1 if failures else 0


def plan_meeting(ws: Workspace, args: argparse.Namespace) -> int:
    ws.plans.record_meeting(args.plan, None, day(args.date, "--date"), args.present, args.expected, args.resolution)
    print(translate("CLI", "The village representatives' meeting of {date} is recorded.").format(date=args.date))
    return 0


def plan_submit(ws: Workspace, args: argparse.Namespace) -> int:
    ws.plans.submit(args.plan)
    print(translate("CLI", "The plan is submitted to the county organisation department."))
    return 0


def _comments(ws: Workspace, plan_id: str, given: list[str]) -> dict[str, str]:
    items = ws.plans.open(plan_id).items
    out = {}
    for text in given:
        number, sep, comment = text.partition("=")
        if not sep or not number.strip().isdigit():
            raise VillageDeskError(translate("CLI", "--comment takes ITEM_NO=TEXT, e.g. 2=请写明资金来源 (got “{text}”).")
                                   .format(text=text))
        n = int(number)
        if not 1 <= n <= len(items):
            raise VillageDeskError(translate("CLI", "--comment {n}: the plan has items 1 to {last}.").format(
                n=n, last=len(items)))
        out[items[n - 1].id] = comment.strip()
    return out


def plan_review(ws: Workspace, args: argparse.Namespace) -> int:
    comments = _comments(ws, args.plan, args.comment)
    ws.plans.review(args.plan, args.approve, comments, args.overall, args.by)
    plan = ws.plans.open(args.plan).plan
    print(translate("CLI", "The plan is {status}.").format(status=plan.status.inline_label))
    return 0


def plan_revise(ws: Workspace, args: argparse.Namespace) -> int:
    ws.plans.revise(args.plan)
    plan = ws.plans.open(args.plan).plan
    print(translate("CLI", "Round {round} drafted from round {previous}; the county's comments stay on round {previous}.")
          .format(round=plan.round, previous=plan.round - 1))
    return 0


def _kind(kind: str) -> str:
    return {"added": translate("CLI", "added"), "removed": translate("CLI", "removed"),
            "changed": translate("CLI", "changed"), "same": translate("CLI", "unchanged")}[kind]


def plan_compare(ws: Workspace, args: argparse.Namespace) -> int:
    plan = ws.plans.open(args.plan).plan
    after = args.after or plan.round
    before = args.before or max(1, after - 1)
    compared = ws.plans.compare(args.plan, before, after)
    problems = ws.ledger.many({c.problem_id for c in compared})
    if args.json:
        print_json({"before": before, "after": after, "items": [
            {"problem_id": c.problem_id, "problem": problems[c.problem_id].description if c.problem_id in problems else "",
             "kind": c.kind, "comment": c.comment, "answered": c.answered,
             "changes": [{"field": ch.field, "before": _value(ch.before), "after": _value(ch.after)} for ch in c.changes]}
            for c in compared]})
        return 0
    print(translate("CLI", "Round {before} → round {after}").format(before=before, after=after))
    for n, c in enumerate(compared, 1):
        p = problems.get(c.problem_id)
        print()
        print(f"{n}. [{_kind(c.kind)}] {p.description if p else c.problem_id}")
        if c.comment:
            state = translate("CLI", "answered") if c.answered else translate("CLI", "not answered")
            print(f"   {field_label('comment')} ({state}): {c.comment}")
        for ch in c.changes:
            print(f"   {field_label(ch.field)}: {_value(ch.before) or '—'} → {_value(ch.after) or '—'}")
    return 0
