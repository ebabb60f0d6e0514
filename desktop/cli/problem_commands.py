"""Commands for the problem ledger (问题台账): add, list with the counts,
move, close out with evidence, show with history, make from an inspection."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli.campaign_commands import cut, day, every_error, iso, label, listed, terms_of, village_name
from desktop.cli.output import print_json, print_table
from desktop.core.i18n import translate
from desktop.core.ledger import ProblemRecord, count, deadline_colour
from desktop.core.ledger_index import LedgerFilter, SortKey
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WarningColour, WeaknessType, weakness_mask
from desktop.services.workspace import Workspace


def _problem_json(p: ProblemRecord, names: dict, today: date, days: int) -> dict:
    colour = deadline_colour(p.status, p.deadline, today, days)
    zh, bo, township = names.get(p.village_id, ("", "", ""))[:3]
    return {"id": p.id, "row_version": p.row_version, "village_id": p.village_id, "village_zh": zh, "village_bo": bo,
            "township_zh": township, "description": p.description, "category": p.category.value if p.category else None,
            "aspect": p.aspect.value if p.aspect else None, "weakness": sorted(t.value for t in p.weakness_types),
            "source": p.source.value, "source_ref": p.source_ref, "inspection_id": p.inspection_id,
            "indicator_code": p.indicator_code, "found_on": iso(p.found_on), "deadline": iso(p.deadline),
            "deadline_colour": colour.value if colour else None, "responsible_leader": p.responsible_leader,
            "responsible_person": p.responsible_person, "status": p.status.value, "status_on": iso(p.status_on),
            "closed_by": p.closed_by, "reopen_count": p.reopen_count, "note": p.note}


def _counts_json(c) -> dict:
    return {"found": c.found, "solved": c.solved, "closed": c.closed, "open": c.open, "overdue": c.overdue,
            "due_soon": c.due_soon, "reopened": c.reopened}


def problems_add(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    p = ProblemRecord(
        id="", row_version=0, village_id=village_id, description=args.description,
        category=ProblemCategory(args.category), aspect=ProblemAspect.parse(args.aspect),
        weakness=weakness_mask(terms_of(WeaknessType, args.weakness, "--weakness")),
        source=ProblemSource(args.source), source_ref=args.source_ref,
        found_on=day(args.found, "--found") or ws.today(), deadline=day(args.deadline, "--deadline"),
        responsible_leader=args.leader, responsible_person=args.person, note=args.note)
    problem_id, _ = every_error(lambda: ws.ledger.add(p))
    if args.json:
        print_json({"id": problem_id})
    else:
        print(translate("CLI", "Problem recorded: {id}").format(id=problem_id))
    return 0


def problems_list(ws: Workspace, args: argparse.Namespace) -> int:
    index = ws.ledger.index([ws.villages.id_of(args.village)] if args.village else None)
    f = LedgerFilter(
        statuses=frozenset(terms_of(ProblemStatus, args.status, "--status")),
        category=ProblemCategory.parse(args.category), aspect=ProblemAspect.parse(args.aspect),
        weakness=frozenset(terms_of(WeaknessType, args.weakness, "--weakness")),
        source=ProblemSource.parse(args.source), person=args.person, text=args.text,
        overdue_only=args.overdue, due_soon_only=args.due_soon)
    ids = index.select(f, SortKey(args.sort))
    entries = {e.id: e for e in index.entries}
    counts = count(((entries[i].status, date.fromordinal(entries[i].deadline) if entries[i].deadline else None,
                     entries[i].reopen_count) for i in ids), index.today, index.due_soon_days)
    problems = ws.ledger.many(ids)
    names = ws.ledger.village_names({p.village_id for p in problems.values()})
    if args.json:
        print_json({"counts": _counts_json(counts),
                    "problems": [_problem_json(problems[i], names, index.today, index.due_soon_days) for i in ids]})
        return 0
    print(counts.sentence())
    rows = []
    for i in ids:
        p = problems[i]
        colour = deadline_colour(p.status, p.deadline, index.today, index.due_soon_days)
        rows.append((p.id, village_name(names, p.village_id, args.lang), (p.aspect or p.category).value,
                     cut(p.description, 28), p.status.short_label, iso(p.deadline) or "",
                     label(colour) if colour not in (None, WarningColour.GREEN) else "", p.responsible_person))
    if rows:
        print_table([translate("CLI", "ID"), translate("CLI", "Village"), translate("CLI", "Aspect"),
                     translate("CLI", "Problem"), translate("CLI", "Status"), translate("CLI", "Deadline"),
                     translate("CLI", "Warning"), translate("CLI", "Responsible person")], rows)
    return 0


def problems_set_status(ws: Workspace, args: argparse.Namespace) -> int:
    return _move(ws, args, ProblemStatus(args.to_status), args.checker, args.evidence)


def problems_close(ws: Workspace, args: argparse.Namespace) -> int:
    return _move(ws, args, ProblemStatus.CLOSED, args.checker, args.evidence)


def _move(ws: Workspace, args, to: ProblemStatus, checker: str, evidence: list[str]) -> int:
    before = ws.ledger.get(args.problem)
    ws.ledger.move(args.problem, before.row_version, to, args.reason, day(args.on, "--on"), checker, evidence)
    print(translate("CLI", "Problem {id}: {before} → {after}.").format(
        id=args.problem, before=before.status.label, after=to.label))
    return 0


def problems_show(ws: Workspace, args: argparse.Namespace) -> int:
    h = ws.ledger.history(args.problem)
    p = h.problem
    names = ws.ledger.village_names([p.village_id])
    days = ws.ledger.due_soon_days()
    saved = _save_evidence(ws, h.evidence, Path(args.save_evidence)) if args.save_evidence else {}
    store = ws.inspections.attachments

    def where(x) -> str | None:
        # An encrypted store's file is no use to the reader: only a saved copy is.
        return saved.get(x.id) or (None if store.encrypted else str(store.path(x.sha256)))

    if args.json:
        print_json({**_problem_json(p, names, ws.today(), days),
                    "history": [{"on": iso(e.on), "at": e.at.isoformat(), "actor": e.actor,
                                 "from": e.from_status.value if e.from_status else None, "to": e.to_status.value,
                                 "reason": e.reason_text, "checker": e.checker} for e in h.events],
                    "evidence": [{"file_name": x.file_name, "sha256": x.sha256, "size_bytes": x.size_bytes,
                                  "event_id": x.event_id, "path": where(x)} for x in h.evidence]})
        return 0
    colour = deadline_colour(p.status, p.deadline, ws.today(), days)
    print_table([translate("CLI", "Field"), translate("CLI", "Value")], [
        (translate("CLI", "ID"), p.id),
        (translate("CLI", "Village"), village_name(names, p.village_id, args.lang)),
        (translate("CLI", "Problem"), p.description),
        (translate("CLI", "Category"), f"{p.category.value} {label(p.category)}" if p.category else ""),
        (translate("CLI", "Aspect"), f"{p.aspect.value} {label(p.aspect)}" if p.aspect else ""),
        (translate("CLI", "Weakness"), " ".join(t.short_label for t in WeaknessType if t in p.weakness_types)),
        (translate("CLI", "Source"), " ".join(x for x in (p.source.label, p.source_ref) if x)),
        (translate("CLI", "Found"), iso(p.found_on) or ""),
        (translate("CLI", "Deadline"), " ".join(x for x in (iso(p.deadline) or "", label(colour)) if x)),
        (translate("CLI", "Responsible leader"), p.responsible_leader),
        (translate("CLI", "Responsible person"), p.responsible_person),
        (translate("CLI", "Status"), f"{p.status.label} ({iso(p.status_on)})"),
        (translate("CLI", "Checked by"), p.closed_by),
        (translate("CLI", "Reopened"), p.reopen_count or ""),
    ])
    print()
    print_table([translate("CLI", "Date"), translate("CLI", "Change"), translate("CLI", "By"),
                 translate("CLI", "Reason"), translate("CLI", "Checked by")],
                [(iso(e.on), f"{label(e.from_status)} → {e.to_status.label}" if e.from_status else e.to_status.label,
                  e.actor, e.reason_text, e.checker) for e in h.events])
    if h.evidence:
        print()
        print_table([translate("CLI", "Evidence"), translate("CLI", "Bytes"), translate("CLI", "Stored at")],
                    [(x.file_name, x.size_bytes,
                      where(x) or translate("CLI", "encrypted: use --save-evidence FOLDER")) for x in h.evidence])
    return 0


def _save_evidence(ws: Workspace, evidence, folder: Path) -> dict[str, str]:
    """Plain copies of the evidence files in `folder`, under their own names
    (a second file of the same name gets a number); evidence id -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    saved: dict[str, str] = {}
    for x in evidence:
        name = Path(x.file_name).name or x.sha256[:12]
        target, n = folder / name, 1
        while str(target) in saved.values() or target.exists():
            n += 1
            target = folder / f"{Path(name).stem} ({n}){Path(name).suffix}"
        saved[x.id] = str(ws.inspections.attachments.copy_out(x.sha256, target))
    return saved


def problems_from_inspection(ws: Workspace, args: argparse.Namespace) -> int:
    codes = listed(args.codes) or None
    made, _ = ws.ledger.from_inspection(args.inspection, codes, category=ProblemCategory.parse(args.category),
                                        deadline=day(args.deadline, "--deadline"), responsible_leader=args.leader,
                                        responsible_person=args.person)
    if args.json:
        print_json({"ids": made})
        return 0
    print(translate("CLI", "{count} problems put on the ledger.").format(count=len(made)))
    for problem_id in made:
        print(problem_id)
    return 0
