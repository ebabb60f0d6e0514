"""`villagedesk report KIND --out FILE.pdf`: any printed report.

One generic command for every kind in the registry (services/reports):
`--village` for the plan form and the dossier, `--township` (code or name)
for the reports about a township; `--lang` is the report's language, which
may be "both" (every label in Chinese and Tibetan).
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.campaign_parser import ASPECTS, CATEGORIES, SOURCES
from desktop.cli.commands import _print_progress
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.services.pdf.labels import REPORT_LANGUAGES
from desktop.services.reports import REPORT_KINDS, ReportRequest, build_report
from desktop.services.workspace import Workspace


def add_report_commands(sub) -> None:
    # Not on the common parents: --lang here also takes "both", the report's language.
    report = sub.add_parser(
        "report", help=translate("CLI", "print a report to PDF: plan form, village dossier, ledger, township, county"),
        description=translate("CLI", "Write a report as a PDF in Chinese, Tibetan or both. The plan form and the "
                                     "village dossier are about one village (--village); the others about a "
                                     "township or county (--township) or all of them."))
    report.add_argument("kind", choices=list(REPORT_KINDS), metavar="KIND",
                        help=translate("CLI", "one of: {kinds}").format(kinds=", ".join(REPORT_KINDS)))
    report.add_argument("--village", metavar="CODE", help=translate("CLI", "the village's division code (or id)"))
    report.add_argument("--township", metavar="CODE_OR_NAME",
                        help=translate("CLI", "the township (or county): its code or its Chinese or Tibetan name"))
    report.add_argument("--lang", choices=REPORT_LANGUAGES, default=argparse.SUPPRESS,
                        help=translate("CLI", "the report's language: zh_CN, bo_CN or both "
                                              "(default: the one chosen in the app)"))
    report.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=translate("CLI", "database file (default: the last one opened, else one in your data folder)"))
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--status", metavar="S[,S]", help=translate(
        "CLI", "ledger: only problems in these statuses (open, in_progress, solved, closed, reopened)"))
    report.add_argument("--overdue", action="store_true", help=translate("CLI", "ledger: only overdue problems"))
    # The ledger list's other filters, as `problems list` takes them.
    report.add_argument("--category", type=str.upper, choices=CATEGORIES)
    report.add_argument("--aspect", type=str.upper, choices=ASPECTS, metavar="A1..F4")
    report.add_argument("--weakness", metavar="TYPE[,TYPE]", help=translate("CLI", "any of these types"))
    report.add_argument("--source", choices=SOURCES)
    report.add_argument("--person", default="", metavar="TEXT",
                        help=translate("CLI", "part of the responsible leader's or person's name"))
    report.add_argument("--text", default="", metavar="TEXT",
                        help=translate("CLI", "part of the description or village name"))
    report.add_argument("--due-soon", action="store_true",
                        help=translate("CLI", "only open problems overdue or due soon"))


# The reports about one village.
VILLAGE_KINDS = ("plan", "dossier")


def report(ws: Workspace, args: argparse.Namespace) -> int:
    if args.kind in VILLAGE_KINDS and not args.village:
        print(translate("CLI", "villagedesk report {kind}: say which village with --village CODE.").format(
            kind=args.kind), file=sys.stderr)
        return 2
    options = {"status": args.status, "overdue": args.overdue, "category": args.category, "aspect": args.aspect,
               "weakness": args.weakness, "source": args.source, "person": args.person, "text": args.text,
               "due_soon": args.due_soon} if args.kind == "ledger" else {}
    request = ReportRequest(args.kind, args.lang, village_id=args.village, unit_id=args.township, options=options)
    tty = sys.stderr.isatty()
    path = build_report(ws, request, args.out, Progress(_print_progress if tty else None))
    if tty:
        print(file=sys.stderr)
    print(translate("CLI", "Report saved to {path}.").format(path=path))
    return 0
