"""The grammar of the campaign commands: the problem ledger, village plans,
the support log, acceptance and the dashboard."""

from __future__ import annotations

import argparse

from desktop.core.i18n import translate
from desktop.core.ledger_terms import (
    AcceptanceLevel,
    AcceptanceResult,
    ActivityKind,
    ProblemAspect,
    ProblemCategory,
    ProblemSource,
    ProblemStatus,
)

CATEGORIES = [c.value for c in ProblemCategory]
ASPECTS = [a.value for a in ProblemAspect]
STATUSES = [s.value for s in ProblemStatus]
SOURCES = [s.value for s in ProblemSource]
KINDS = [k.value for k in ActivityKind]
SORTS = ("deadline", "found", "village", "status", "category")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))


def add_campaign_commands(sub, common) -> None:
    _problems(sub, common)
    _plan(sub, common)
    _support(sub, common)


def _problems(sub, common) -> None:
    problems = sub.add_parser("problems", parents=[common], help=translate("CLI", "the problem ledger: add, list, move and close out problems"))
    psub = problems.add_subparsers(dest="problems_command", metavar="ACTION", required=True)

    add = psub.add_parser("add", parents=[common], help=translate("CLI", "put a problem on a village's ledger"))
    add.add_argument("--village", required=True, metavar="CODE")
    add.add_argument("--description", required=True, metavar="TEXT",
                     help=translate("CLI", "what is wrong, where and how much"))
    add.add_argument("--category", required=True, type=str.upper, choices=CATEGORIES,
                     help=translate("CLI", "A political belief, B team building, C development, D livelihood, "
                                           "E social stability, F operating mechanism"))
    add.add_argument("--aspect", type=str.upper, choices=ASPECTS, metavar="A1..F4",
                     help=translate("CLI", "one of the 24 aspects, within the category"))
    add.add_argument("--weakness", default="", metavar="TYPE[,TYPE]",
                     help=translate("CLI", "soft, disorderly, lax, weak, poor"))
    add.add_argument("--source", choices=SOURCES, default=ProblemSource.OTHER.value)
    add.add_argument("--source-ref", default="", metavar="TEXT",
                     help=translate("CLI", "where exactly: the inspection item, petition number, visit"))
    add.add_argument("--found", metavar="DATE", help=translate("CLI", "date found (default: today)"))
    add.add_argument("--deadline", metavar="DATE")
    add.add_argument("--leader", default="", metavar="NAME", help=translate("CLI", "responsible leader"))
    add.add_argument("--person", default="", metavar="NAME", help=translate("CLI", "responsible person"))
    add.add_argument("--note", default="", metavar="TEXT")
    _json(add)

    lst = psub.add_parser("list", parents=[common], help=translate("CLI", "list problems, with the counts"))
    lst.add_argument("--village", metavar="CODE")
    lst.add_argument("--status", metavar="STATUS[,STATUS]", help=", ".join(STATUSES))
    lst.add_argument("--category", type=str.upper, choices=CATEGORIES)
    lst.add_argument("--aspect", type=str.upper, choices=ASPECTS, metavar="A1..F4")
    lst.add_argument("--weakness", metavar="TYPE[,TYPE]", help=translate("CLI", "any of these types"))
    lst.add_argument("--source", choices=SOURCES)
    lst.add_argument("--person", default="", metavar="TEXT", help=translate("CLI", "part of the responsible leader's or person's name"))
    lst.add_argument("--text", default="", metavar="TEXT", help=translate("CLI", "part of the description or village name"))
    lst.add_argument("--overdue", action="store_true", help=translate("CLI", "only open problems past their deadline"))
    lst.add_argument("--due-soon", action="store_true", help=translate("CLI", "only open problems overdue or due soon"))
    lst.add_argument("--sort", choices=SORTS, default="deadline")
    _json(lst)

    move = psub.add_parser("set-status", parents=[common], help=translate("CLI", "move a problem on: start, solved, sent back, reopened"))
    move.add_argument("problem", metavar="ID")
    move.add_argument("--to", required=True, choices=STATUSES, dest="to_status")
    move.add_argument("--reason", default="", metavar="TEXT", help=translate("CLI", "why (needed to send back or reopen)"))
    move.add_argument("--on", metavar="DATE", help=translate("CLI", "date of the change (default: today)"))
    move.add_argument("--checker", default="", metavar="NAME", help=translate("CLI", "who checked the result (closing out)"))
    move.add_argument("--evidence", action="append", default=[], metavar="FILE")

    close = psub.add_parser("close", parents=[common], help=translate("CLI", "close out a solved problem with evidence (销号)"))
    close.add_argument("problem", metavar="ID")
    close.add_argument("--checker", required=True, metavar="NAME", help=translate("CLI", "who checked the result"))
    close.add_argument("--evidence", action="append", required=True, metavar="FILE",
                       help=translate("CLI", "a file showing the result; repeat for more"))
    close.add_argument("--reason", default="", metavar="TEXT")
    close.add_argument("--on", metavar="DATE", help=translate("CLI", "date of the change (default: today)"))

    show = psub.add_parser("show", parents=[common], help=translate("CLI", "show a problem with its history and evidence"))
    show.add_argument("problem", metavar="ID")
    show.add_argument("--save-evidence", metavar="FOLDER",
                      help=translate("CLI", "save readable copies of the evidence files into this folder"))
    _json(show)

    made = psub.add_parser("from-inspection", parents=[common], help=translate("CLI", "make problems from a finalised inspection's failed items"))
    made.add_argument("inspection", metavar="INSPECTION_ID")
    made.add_argument("--codes", metavar="CODE[,CODE]", help=translate("CLI", "only these items (default: every failed one)"))
    made.add_argument("--category", type=str.upper, choices=CATEGORIES,
                      help=translate("CLI", "category when the checklist's aspects are not the ledger's"))
    made.add_argument("--deadline", metavar="DATE")
    made.add_argument("--leader", default="", metavar="NAME", help=translate("CLI", "responsible leader"))
    made.add_argument("--person", default="", metavar="NAME", help=translate("CLI", "responsible person"))
    _json(made)


def _plan(sub, common) -> None:
    plan = sub.add_parser("plan", parents=[common], help=translate("CLI", "a village's plan (一村一策) through its review cycle"))
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    create = psub.add_parser("create", parents=[common], help=translate("CLI", "draft a plan from the village's open problems"))
    create.add_argument("--village", required=True, metavar="CODE")
    create.add_argument("--year", type=int, metavar="YEAR")
    _json(create)

    show = psub.add_parser("show", parents=[common], help=translate("CLI", "show a plan: items, meeting, review and history"))
    show.add_argument("plan", nargs="?", metavar="PLAN_ID")
    show.add_argument("--village", metavar="CODE", help=translate("CLI", "the village's newest plan"))
    show.add_argument("--round", type=int, metavar="N", help=translate("CLI", "the items of this round (default: the current one)"))
    _json(show)

    items = psub.add_parser("items", parents=[common], help=translate("CLI", "set the current round's items from a JSON file"),
                            description=translate("CLI", "The file holds a JSON list of items in order, each with "
                                                         "\"problem_id\" and any of goal, content, measures, deadline, "
                                                         "responsible_leader, responsible_person. A field left out keeps "
                                                         "its value; a problem left out is taken out of the plan."))
    items.add_argument("plan", metavar="PLAN_ID")
    items.add_argument("--file", required=True, metavar="ITEMS.json")

    check = psub.add_parser("check", parents=[common], help=translate("CLI", "the “three no-lets-go” check: every failure; exit status 1 if any"))
    check.add_argument("plan", metavar="PLAN_ID")
    _json(check)

    meeting = psub.add_parser("meeting", parents=[common], help=translate("CLI", "record the village representatives' meeting"))
    meeting.add_argument("plan", metavar="PLAN_ID")
    meeting.add_argument("--date", required=True, metavar="DATE")
    meeting.add_argument("--present", required=True, type=int, metavar="N")
    meeting.add_argument("--expected", type=int, metavar="N", help=translate("CLI", "representatives due to attend"))
    meeting.add_argument("--resolution", required=True, metavar="TEXT")

    submit = psub.add_parser("submit", parents=[common], help=translate("CLI", "submit the plan to the county organisation department"))
    submit.add_argument("plan", metavar="PLAN_ID")

    review = psub.add_parser("review", parents=[common], help=translate("CLI", "the county's decision: approve, or return with comments"))
    review.add_argument("plan", metavar="PLAN_ID")
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true")
    decision.add_argument("--return", action="store_true", dest="send_back")
    review.add_argument("--comment", action="append", default=[], metavar="ITEM_NO=TEXT",
                        help=translate("CLI", "a comment on item ITEM_NO (numbered as in plan show); repeat for more"))
    review.add_argument("--overall", default="", metavar="TEXT", help=translate("CLI", "a comment on the whole plan"))
    review.add_argument("--by", default="", metavar="NAME", help=translate("CLI", "who decided (default: you)"))

    revise = psub.add_parser("revise", parents=[common], help=translate("CLI", "start the next round of a returned plan"))
    revise.add_argument("plan", metavar="PLAN_ID")

    compare = psub.add_parser("compare", parents=[common], help=translate("CLI", "what changed between two rounds, item by item"))
    compare.add_argument("plan", metavar="PLAN_ID")
    compare.add_argument("--before", type=int, metavar="N", help=translate("CLI", "default: the round before --after"))
    compare.add_argument("--after", type=int, metavar="N", help=translate("CLI", "default: the current round"))
    _json(compare)


def _support(sub, common) -> None:
    activity = sub.add_parser("activity", parents=[common], help=translate("CLI", "the support log: visits, talks, trainings, funds…"))
    asub = activity.add_subparsers(dest="activity_command", metavar="ACTION", required=True)
    add = asub.add_parser("add", parents=[common], help=translate("CLI", "log what the support side did"))
    add.add_argument("--village", required=True, metavar="CODE")
    add.add_argument("--kind", required=True, choices=KINDS)
    add.add_argument("--date", required=True, metavar="DATE")
    add.add_argument("--summary", default="", metavar="TEXT")
    add.add_argument("--by", default="", metavar="NAME", help=translate("CLI", "who did it"))
    add.add_argument("--participants", type=int, metavar="N")
    add.add_argument("--amount", metavar="YUAN", help=translate("CLI", "funds or project amount, e.g. 48000 or 4.8万"))
    add.add_argument("--source", default="", metavar="TEXT", help=translate("CLI", "where the funds come from"))
    add.add_argument("--period", default="", metavar="P", help=translate("CLI", "month reported on (2026-11) or quarter assessed (2026Q3)"))
    add.add_argument("--score", type=float, metavar="X", help=translate("CLI", "assessment score, 0 to 100"))
    add.add_argument("--polled", type=int, metavar="N", help=translate("CLI", "people who took the satisfaction poll"))
    add.add_argument("--satisfied", type=int, metavar="N", help=translate("CLI", "of them, satisfied"))
    add.add_argument("--note", default="", metavar="TEXT")
    _json(add)
    lst = asub.add_parser("list", parents=[common], help=translate("CLI", "list the support log, newest first"))
    lst.add_argument("--village", metavar="CODE")
    lst.add_argument("--kind", metavar="KIND[,KIND]", help=", ".join(KINDS))
    _json(lst)

    accept = sub.add_parser("accept", parents=[common], help=translate("CLI", "record an acceptance review, or show where a village stands"))
    accept.add_argument("--village", required=True, metavar="CODE")
    accept.add_argument("--status", action="store_true", help=translate("CLI", "show the campaign status and the next review"))
    accept.add_argument("--level", choices=[v.value for v in AcceptanceLevel])
    accept.add_argument("--result", choices=[v.value for v in AcceptanceResult])
    accept.add_argument("--date", metavar="DATE")
    accept.add_argument("--by", default="", metavar="NAME", help=translate("CLI", "the body or person that decided"))
    accept.add_argument("--comments", default="", metavar="TEXT")
    _json(accept)

    withdraw = sub.add_parser("withdraw-team", parents=[common], help=translate("CLI", "withdraw the work team of a converted village"))
    withdraw.add_argument("--village", required=True, metavar="CODE")
    withdraw.add_argument("--date", required=True, metavar="DATE")
    withdraw.add_argument("--note", default="", metavar="TEXT")

    dashboard = sub.add_parser("dashboard", parents=[common], help=translate("CLI", "the campaign's figures for a township, a county or all"))
    dashboard.add_argument("--unit", metavar="ID", help=translate("CLI", "a township or county: its id or division code"))
    _json(dashboard)


def check_campaign_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """What argparse cannot say by itself."""
    if args.command == "plan" and args.plan_command == "show" and bool(args.plan) == bool(args.village):
        parser.error(translate("CLI", "plan show takes a PLAN_ID or --village CODE"))
    if args.command == "accept" and not args.status and not (args.level and args.result and args.date):
        parser.error(translate("CLI", "accept takes --level, --result and --date (or --status)"))
    if args.command == "accept" and args.status and (args.level or args.result or args.date):
        parser.error(translate("CLI", "accept --status records nothing: leave out --level, --result and --date"))
