"""What each command does. Each returns the exit status."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli.output import print_json, print_table
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.core.query import VillageQuery
from desktop.core.records import VillageFile, VillageRow
from desktop.core.terms import weakness_short_labels
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace


def _label(value) -> str:
    return value.label if value is not None else ""


def demo(ws: Workspace, args: argparse.Namespace) -> int:
    progress = Progress(_print_progress if sys.stderr.isatty() else None)
    summary = fill_demo(ws, villages=args.villages, townships=args.townships, seed=args.seed,
                        force=args.force, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("CLI", "Demo data written to {path}: {counties} counties, {townships} townships, "
                           "{villages} villages, {people} people, {posts} posts.").format(
        path=ws.location, counties=summary.counties, townships=summary.townships, villages=summary.villages,
        people=summary.people, posts=summary.posts))
    if summary.problems:
        print(translate("CLI", "The weak villages' campaign: {problems} problems on the ledger, {plans} village plans, "
                               "{activities} support log entries.").format(
            problems=summary.problems, plans=summary.plans, activities=summary.activities))
    return 0


def _print_progress(done: int, total: int, text: str) -> None:
    percent = 100 * done // total if total else 0
    print(f"\r{text} {percent:3d}%", end="", file=sys.stderr, flush=True)


def _row_json(row: VillageRow) -> dict:
    return {
        "id": row.id, "code": row.code, "name_zh": row.name_zh, "name_bo": row.name_bo,
        "township_zh": row.township_name_zh, "township_bo": row.township_name_bo, "kind": row.kind.value,
        "population": row.population, "households": row.households, "party_members": row.party_members,
        "rating": row.rating.value if row.rating else None, "warning": row.warning.value if row.warning else None,
        "weakness": sorted(t.value for t in row.weakness),
    }


def villages_list(ws: Workspace, args: argparse.Namespace) -> int:
    ids = ws.villages.search(VillageQuery(text=args.search))
    rows = ws.villages.rows(ids)
    ordered = [rows[i] for i in ids]
    if args.json:
        print_json([_row_json(r) for r in ordered])
        return 0
    bo = args.lang == "bo_CN"
    print_table(
        [translate("CLI", "Code"), translate("CLI", "Name (Chinese)"), translate("CLI", "Name (Tibetan)"), translate("CLI", "Township"), translate("CLI", "Population"),
         translate("CLI", "Rating"), translate("CLI", "Warning"), translate("CLI", "Weakness")],
        [(r.code, r.name_zh, r.name_bo, (r.township_name_bo or r.township_name_zh) if bo else r.township_name_zh,
          r.population, _label(r.rating), _label(r.warning), weakness_short_labels(r.weakness)) for r in ordered],
    )
    print(translate("CLI", "{count} villages").format(count=len(ordered)))
    return 0


def _file_json(ws: Workspace, file: VillageFile) -> dict:
    f = file.facts
    township = ws.units.get(f.township_id) if f.township_id else None
    paired = ws.villages.names([f.paired_village_id]).get(f.paired_village_id) if f.paired_village_id else None
    return {
        "id": f.id, "row_version": f.row_version, "code": f.code, "name_zh": f.name_zh, "name_bo": f.name_bo,
        "kind": f.kind.value,
        "township": {"id": township.id, "code": township.code, "name_zh": township.name_zh,
                     "name_bo": township.name_bo} if township else None,
        "population": f.population, "households": f.households, "party_members": f.party_members,
        "party_org_type": f.party_org_type.value if f.party_org_type else None,
        "weakness": sorted(t.value for t in f.weakness),
        "rating": f.rating.value if f.rating else None, "warning": f.warning.value if f.warning else None,
        "paired_unit": f.paired_unit,
        "paired_village": {"id": f.paired_village_id, "name_zh": paired[0], "name_bo": paired[1]} if paired else None,
        "note": f.note,
        "collective_income": [{"year": i.year, "amount_yuan": i.amount_yuan, "note": i.note} for i in file.incomes],
        "ratings": [{"period": r.period, "rating": r.rating.value, "decided_by": r.decided_by,
                     "decided_on": r.decided_on} for r in file.ratings],
        "warnings": [{"period": w.period, "colour": w.colour.value, "score": w.score,
                      "assessed_on": w.assessed_on} for w in file.warnings],
        "posts": [
            {"role": p.role.value, "body": p.role.body.value, "unit": p.unit, "term_start": p.term_start,
             "term_end": p.term_end,
             "person": {"id": p.person_id, **_person_json(file.people[p.person_id])}}
            for p in file.posts if p.person_id in file.people
        ],
    }


def _person_json(person) -> dict:
    return {
        "name_zh": person.name_zh, "name_bo": person.name_bo,
        "gender": person.gender.value if person.gender else None, "birth_year": person.birth_year,
        "ethnicity": person.ethnicity.value if person.ethnicity else None,
        "education": person.education.value if person.education else None,
        "phone": person.phone, "party_member": person.party_member, "unit": person.unit,
    }


def villages_show(ws: Workspace, args: argparse.Namespace) -> int:
    file = ws.villages.open_file(ws.villages.id_of(args.code))
    data = _file_json(ws, file)
    if args.json:
        print_json(data)
        return 0
    f = file.facts
    township = data["township"]
    facts = [
        (translate("CLI", "Name (Chinese)"), f.name_zh), (translate("CLI", "Name (Tibetan)"), f.name_bo), (translate("CLI", "Code"), f.code or ""),
        (translate("CLI", "Township"), township["name_zh"] if township else ""), (translate("CLI", "Kind"), f.kind.label),
        (translate("CLI", "Population"), f.population), (translate("CLI", "Households"), f.households),
        (translate("CLI", "Party members"), f.party_members), (translate("CLI", "Party organisation"), _label(f.party_org_type)),
        (translate("CLI", "Rating"), _label(f.rating)), (translate("CLI", "Warning"), _label(f.warning)),
        (translate("CLI", "Weakness"), weakness_short_labels(f.weakness)), (translate("CLI", "Paired unit"), f.paired_unit),
        (translate("CLI", "Paired village"), (data["paired_village"] or {}).get("name_zh", "")),
    ]
    print_table([translate("CLI", "Field"), translate("CLI", "Value")], facts)
    if file.incomes:
        print()
        print_table([translate("CLI", "Year"), translate("CLI", "Collective income (yuan)")], [(i.year, i.amount_yuan) for i in file.incomes])
    if file.posts:
        print()
        today = date.today()
        print_table(
            [translate("CLI", "Post"), translate("CLI", "Name (Chinese)"), translate("CLI", "Name (Tibetan)"), translate("CLI", "Unit"), translate("CLI", "Term")],
            [(p.role.label, file.people[p.person_id].name_zh, file.people[p.person_id].name_bo, p.unit,
              _term(p.term_start, p.term_end) + ("" if p.is_current(today) else " " + translate("CLI", "(former)")))
             for p in file.posts if p.person_id in file.people],
        )
    return 0


def _term(start, end) -> str:
    return f"{start or '?'} – {end or ''}".strip()
