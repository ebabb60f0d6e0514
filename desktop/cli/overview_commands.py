"""`villagedesk overview [--unit CODE] [--json]`: the prefecture overview,
one row per county and a total (services/prefecture.py)."""

from __future__ import annotations

import argparse

from desktop.cli.output import print_json, print_table
from desktop.core.i18n import translate
from desktop.core.ledger_terms import CampaignStatus
from desktop.core.prefecture import COLOURS, CountyFigures, PrefectureOverview
from desktop.services.prefecture import PrefectureOverviewService
from desktop.services.workspace import Workspace


def add_overview_commands(sub, common) -> None:
    overview = sub.add_parser("overview", parents=[common], help=translate(
        "CLI", "the prefecture overview: per county, villages by warning colour and campaign status, problems "
               "found, solved and closed out"))
    overview.add_argument("--unit", metavar="ID_OR_CODE", help=translate(
        "CLI", "a prefecture or a county: its id or division code (default: every county)"))
    overview.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))


def overview(ws: Workspace, args: argparse.Namespace) -> int:
    o = PrefectureOverviewService(ws).figures(args.unit)
    if args.json:
        print_json(as_json(o))
        return 0
    bo = (args.lang or "zh_CN") == "bo_CN"
    headers = [translate("CLI", "County"), translate("CLI", "Townships"), translate("CLI", "Villages"),
               *(c.label if c else translate("CLI", "not assessed") for c in COLOURS),
               translate("CLI", "In the campaign"), *(s.label for s in CampaignStatus),
               translate("CLI", "Found"), translate("CLI", "Solved"), translate("CLI", "Closed out"),
               translate("CLI", "Overdue")]
    rows = [_row(_name(f, bo), f) for f in o.counties]
    rows.append(_row(translate("CLI", "Total"), o.total))
    print_table(headers, rows)
    print(translate("CLI", "{counties} counties, {villages} villages; {problems}").format(
        counties=sum(1 for f in o.counties if f.county.id), villages=o.total.villages,
        problems=o.total.problems.sentence()))
    return 0


def _name(f: CountyFigures, bo: bool) -> str:
    c = f.county
    if c.id is None:
        return translate("CLI", "(no county)")
    return (c.name_bo or c.name_zh) if bo else (c.name_zh or c.name_bo)


def _row(name: str, f: CountyFigures) -> list:
    p = f.problems
    return [name, f.townships, f.villages, *(f.by_colour[c] for c in COLOURS), f.campaign,
            *(f.by_status[s] for s in CampaignStatus), p.found, p.solved, p.closed, p.overdue]


def _figures(f: CountyFigures) -> dict:
    p = f.problems
    return {"townships": f.townships, "villages": f.villages,
            "by_colour": {(c.value if c else "none"): n for c, n in f.by_colour.items()},
            "campaign_villages": f.campaign,
            "by_status": {s.value: n for s, n in f.by_status.items()},
            "problems": {"found": p.found, "solved": p.solved, "closed": p.closed, "open": p.open,
                         "overdue": p.overdue, "due_soon": p.due_soon, "reopened": p.reopened}}


def as_json(o: PrefectureOverview) -> dict:
    return {"unit_id": o.unit_id, "today": o.today.isoformat(),
            "counties": [{"id": f.county.id, "code": f.county.code, "name_zh": f.county.name_zh,
                          "name_bo": f.county.name_bo, **_figures(f)} for f in o.counties],
            "total": _figures(o.total)}


COMMANDS = {("overview", None): overview}
