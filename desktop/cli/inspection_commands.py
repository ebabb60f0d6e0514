"""Commands for checklists, inspections, warnings and ratings."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.output import print_json, print_table
from desktop.core.errors import ValidationFailed, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.periods import BadPeriod, parse_period
from desktop.core.scoring import Answer, parse_value
from desktop.core.terms import Rating
from desktop.core.validation import FieldError
from desktop.services.workspace import Workspace


def _label(value) -> str:
    return value.label if value is not None else ""


def _lang(args) -> str:
    return args.lang or "zh_CN"


def checklist_list(ws: Workspace, args: argparse.Namespace) -> int:
    infos = ws.checklists.list()
    if args.json:
        print_json([{"id": i.id, "code": i.code, "version": i.version, "subject": i.subject.value,
                     "title_zh": i.title.zh, "title_bo": i.title.bo, "indicators": i.indicator_count,
                     "origin": i.origin, "inspections": i.inspections, "latest": i.latest} for i in infos])
        return 0
    print_table([translate("CLI", "Template"), translate("CLI", "Title"), translate("CLI", "Inspects"),
                 translate("CLI", "Indicators"), translate("CLI", "Inspections"), translate("CLI", "State")],
                [(i.label, i.title.get(_lang(args)), i.subject.label, i.indicator_count, i.inspections,
                  translate("CLI", "latest") if i.latest else translate("CLI", "superseded")) for i in infos])
    return 0


def checklist_import(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.checklists.import_file(args.file)
    print(result.message)
    return 0


def checklist_export(ws: Workspace, args: argparse.Namespace) -> int:
    path = ws.checklists.export_file(ws.checklists.resolve(args.template), args.out)
    print(translate("CLI", "Template written to {path}.").format(path=path))
    return 0


def _read_answers(path: str, template) -> tuple[dict[str, Answer], dict[str, list[Path]]]:
    """Answers and evidence files from JSON; every mistake reported, nothing saved."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise VillageDeskError(translate("CLI", "Cannot read {path}: {reason}").format(path=path, reason=e.strerror or e)) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise VillageDeskError(translate("CLI", "{path} is not valid JSON: {reason}").format(path=path, reason=e)) from None
    if not isinstance(raw, dict):
        raise VillageDeskError(translate("CLI", "{path} must hold a JSON object of indicator code to answer.").format(path=path))
    answers, evidence, errors = {}, {}, []
    for code, item in raw.items():
        ind = template.indicator(code)
        if ind is None:
            errors.append(FieldError(code, translate("CLI", "{code}: the template has no such indicator.").format(code=code)))
            continue
        item = item if isinstance(item, dict) else {"value": item}
        na = bool(item.get("na", False))
        note = str(item.get("note", "") or "")
        value = None
        if not na and item.get("value") is not None:
            try:
                value = parse_value(ind, item["value"])
            except ValueError as e:
                errors.append(FieldError(code, f"{code}: {e}"))
                continue
        answers[code] = Answer(code, value, na, note)
        files = [Path(p) for p in item.get("evidence", []) or []]
        missing = [p for p in files if not p.is_file()]
        if missing:
            errors.append(FieldError(code, translate("CLI", "{code}: no such file {path}.").format(code=code, path=missing[0])))
        evidence[code] = files
    if errors:
        raise ValidationFailed(errors)
    return answers, evidence


def inspect(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    template_id = ws.checklists.resolve(args.template)
    template, _ = ws.checklists.load(template_id)
    try:
        period = parse_period(args.period)
    except BadPeriod as e:
        raise VillageDeskError(str(e)) from None
    if args.discard:
        return _discard(ws, village_id, template_id, period)
    answers, evidence = _read_answers(args.answers, template)
    # Every answer is checked before anything is written.
    errors = ws.inspections.check_answers(template, answers)
    if errors:
        raise ValidationFailed(errors)
    f, _ = ws.inspections.start(village_id, template_id, period.key)
    ws.inspections.save(f, answers)
    f = ws.inspections.open(f.inspection.id)
    for code, files in evidence.items():
        known = {(e.indicator_code, e.file_name) for e in f.evidence}
        for path in files:
            if (code, path.name) not in known:
                ws.inspections.add_evidence(f, code, path)
    f = ws.inspections.open(f.inspection.id)
    finalised = False
    if args.finalise:
        problems = ws.inspections.finalise_problems(f)
        if problems:
            raise VillageDeskError(translate("CLI", "The answers are saved as a draft, but it cannot be finalised yet:") +
                                   "\n" + "\n".join(p.message for p in problems))
        ws.inspections.finalise(f)
        f = ws.inspections.open(f.inspection.id)
        finalised = True
    sheet = ws.inspections.sheet(f)
    rec = f.inspection
    if args.json:
        print_json({"inspection_id": rec.id, "status": rec.status.value, "period": rec.period, "score": sheet.score,
                    "colour": rec.colour.value if rec.colour else None, "answered": sheet.answered, "total": sheet.total,
                    "veto_failed": sheet.veto_failed,
                    "failed": [{"code": x.indicator.code, "weakness": [w.value for w in x.indicator.weakness],
                                "remedy": x.indicator.remedy.value if x.indicator.remedy else None, "note": x.note}
                               for x in sheet.failed],
                    "unanswered": list(sheet.unanswered), "evidence_missing": list(sheet.evidence_missing)})
        return 0
    state = translate("CLI", "finalised") if finalised or rec.final else translate("CLI", "saved as a draft")
    print(translate("CLI", "Inspection {period} {state}: score {score}, {colour}, {answered} of {total} answered, "
                           "{failed} failed.").format(period=period.label, state=state,
                                                      score="–" if sheet.score is None else sheet.score,
                                                      colour=rec.colour.inline_label if rec.colour else "", answered=sheet.answered,
                                                      total=sheet.total, failed=len(sheet.failed)))
    if sheet.failed:
        lang = _lang(args)
        print_table([translate("CLI", "Indicator"), translate("CLI", "Text"), translate("CLI", "Weakness"),
                     translate("CLI", "Remedy"), translate("CLI", "Note")],
                    [(x.indicator.code, x.indicator.text.get(lang)[:40], " ".join(w.short_label for w in x.indicator.weakness),
                      _label(x.indicator.remedy), x.note) for x in sheet.failed])
    return 0


def _discard(ws: Workspace, village_id: str, template_id: str, period) -> int:
    draft = ws.inspections.draft_of(village_id, template_id, period.key)
    if draft is None:
        raise VillageDeskError(translate("CLI", "There is no draft inspection for {period} to delete.").format(
            period=period.label))
    ws.inspections.delete_draft(ws.inspections.open(draft))
    print(translate("CLI", "The draft inspection for {period} is deleted.").format(period=period.label))
    return 0


def warnings(ws: Workspace, args: argparse.Namespace) -> int:
    try:
        period = parse_period(args.period)
    except BadPeriod as e:
        raise VillageDeskError(str(e)) from None
    results = ws.warnings.report(period.key, args.scope)
    if args.json:
        print_json([{"village_id": r.village_id, "code": r.code, "name_zh": r.name_zh, "name_bo": r.name_bo,
                     "score": r.score, "colour": r.colour.value if r.colour else None,
                     "quota_class": int(r.quota.value) if r.quota else None,
                     "previous_score": r.previous_score,
                     "previous_colour": r.previous_colour.value if r.previous_colour else None,
                     "change": None if r.score is None or r.previous_score is None else round(r.score - r.previous_score, 1),
                     "inspection_id": r.inspection_id} for r in results])
        return 0
    bo = _lang(args) == "bo_CN"
    print_table([translate("CLI", "Code"), translate("CLI", "Village"), translate("CLI", "Score"), translate("CLI", "Warning"),
                 translate("CLI", "Quota class"), translate("CLI", "Previous"), translate("CLI", "Change")],
                [(r.code, (r.name_bo or r.name_zh) if bo else (r.name_zh or r.name_bo), r.score, _label(r.colour),
                  _label(r.quota), _label(r.previous_colour),
                  "" if r.score is None or r.previous_score is None else f"{r.score - r.previous_score:+.1f}")
                 for r in results])
    print(translate("CLI", "{count} villages").format(count=len(results)))
    for shift in ws.warnings.shifts(period.key):
        print(shift.sentence())
    return 0


def rate(ws: Workspace, args: argparse.Namespace) -> int:
    village_id = ws.villages.id_of(args.village)
    ws.warnings.set_rating(village_id, args.period, Rating(args.rating), args.note)
    print(translate("CLI", "Rating for {period} set to {rating}.").format(period=args.period, rating=Rating(args.rating).inline_label))
    return 0
