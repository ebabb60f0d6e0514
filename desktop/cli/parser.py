"""The grammar of `villagedesk`. Global options are accepted before or after
the subcommand; without a subcommand the GUI opens."""

from __future__ import annotations

import argparse

import desktop
from desktop.cli.campaign_parser import add_campaign_commands, check_campaign_usage
from desktop.cli.export_commands import add_export_command
from desktop.cli.report_commands import add_report_commands
from desktop.cli.roster_commands import add_roster_commands
from desktop.cli.sync_commands import add_sync_commands
from desktop.cli.audit_commands import add_audit_commands
from desktop.cli.backup_commands import add_backup_commands
from desktop.cli.user_commands import add_user_commands
from desktop.cli.encryption_commands import add_encryption_commands
from desktop.cli.overview_commands import add_overview_commands
from desktop.core.i18n import translate
from desktop.services.settings import LANGUAGES

GLOBAL_DEFAULTS = {"db": None, "lang": None, "user": None}


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH|URL", default=default,
                        help=translate("CLI", "database file, or a server's database as postgresql://USER@HOST/DATABASE "
                                              "(default: the last one opened, else one in your data folder)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help=translate("CLI", "language of messages and labels (default: the one chosen in the app)"))
    parser.add_argument("--user", metavar="LOGIN", default=default,
                        help=translate("CLI", "sign in as LOGIN (default: VILLAGEDESK_USER); the password comes from "
                                              "VILLAGEDESK_PASSWORD or is asked"))


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)

    parser = argparse.ArgumentParser(
        prog="villagedesk",
        description=translate("CLI", "VillageDesk: village files and the rectification of weak village Party organisations. "
                    "Without a command, the window opens."),
    )
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"VillageDesk {desktop.__version__}")
    parser.add_argument("--screenshot", metavar="FILE",
                        help=translate("CLI", "open the window offscreen, save a PNG of it to FILE and exit"))
    parser.add_argument("--demo", type=int, metavar="N",
                        help=translate("CLI", "start with N demo villages if the database is empty"))
    parser.add_argument("--open", metavar="village:CODE", dest="open_target",
                        help=translate("CLI", "with --screenshot (or at start): open this village's file"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("CLI", "check that this installation works (database, demo data, PDF in "
                                              "Chinese and Tibetan, Excel, sync, the window offscreen) in a "
                                              "temporary folder, then exit: 0 if every step passed"))
    parser.add_argument("--keep", metavar="DIR",
                        help=translate("CLI", "with --self-test: work in DIR (new or empty) and keep its files"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help=translate("CLI", "fill a database with a demo county"),
                          description=translate("CLI", "Write a reproducible demo county: townships, villages with Chinese and "
                                      "Tibetan names, people and posts, some weak villages."))
    demo.add_argument("--villages", type=int, required=True, metavar="N")
    demo.add_argument("--townships", type=int, metavar="M", help=translate("CLI", "default: one for every 25 villages"))
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=translate("CLI", "the same seed makes the same demo"))
    demo.add_argument("--force", action="store_true", help=translate("CLI", "add the demo even if the database holds data"))

    villages = sub.add_parser("villages", parents=[common], help=translate("CLI", "list and show village files"))
    vsub = villages.add_subparsers(dest="villages_command", metavar="ACTION", required=True)
    vlist = vsub.add_parser("list", parents=[common], help=translate("CLI", "list the villages"))
    vlist.add_argument("--search", default="", metavar="TEXT", help=translate("CLI", "name (Chinese, Tibetan or pinyin) or code"))
    vlist.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    vshow = vsub.add_parser("show", parents=[common], help=translate("CLI", "show one village file"))
    vshow.add_argument("code", metavar="CODE", help=translate("CLI", "the 12-digit division code (or the village's id)"))
    vshow.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    _inspection_commands(sub, common)
    add_campaign_commands(sub, common)
    add_export_command(sub, common)
    add_roster_commands(sub, common)
    add_report_commands(sub)
    add_sync_commands(sub, common)
    add_user_commands(sub, common)
    add_audit_commands(sub, common)
    add_backup_commands(sub, common)
    add_encryption_commands(sub, common)
    add_overview_commands(sub, common)
    return parser


def _inspection_commands(sub, common) -> None:
    checklist = sub.add_parser("checklist", parents=[common], help=translate("CLI", "list, import and export checklist templates"))
    csub = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    clist = csub.add_parser("list", parents=[common], help=translate("CLI", "list the templates and their versions"))
    clist.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    cimport = csub.add_parser("import", parents=[common], help=translate("CLI", "import a template from an .xlsx (or .toml) file"))
    cimport.add_argument("file", metavar="FILE")
    cexport = csub.add_parser("export", parents=[common], help=translate("CLI", "export a template to an .xlsx file"))
    cexport.add_argument("template", metavar="TEMPLATE_ID", help=translate("CLI", "code, code@version or id"))
    cexport.add_argument("--out", required=True, metavar="FILE")

    inspect = sub.add_parser("inspect", parents=[common], help=translate("CLI", "record a village's inspection from a file of answers"),
                             description=translate("CLI", "Answers: a JSON object of indicator code to a value, or to "
                                                          "{\"value\": ..., \"note\": ..., \"na\": true, \"evidence\": [files]}. "
                                                          "A draft for the same village, template and period is resumed."))
    inspect.add_argument("--village", required=True, metavar="CODE")
    inspect.add_argument("--template", required=True, metavar="TEMPLATE_ID", help=translate("CLI", "code, code@version or id"))
    inspect.add_argument("--period", required=True, metavar="PERIOD", help=translate("CLI", "2026Q3, 2026-11H1 or 2026-11-23"))
    inspect_what = inspect.add_mutually_exclusive_group(required=True)
    inspect_what.add_argument("--answers", metavar="FILE.json")
    inspect_what.add_argument("--discard", action="store_true",
                              help=translate("CLI", "delete the open draft for this village, template and period"))
    inspect.add_argument("--finalise", action="store_true", help=translate("CLI", "finalise the inspection after saving the answers"))
    inspect.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))

    warnings = sub.add_parser("warnings", parents=[common], help=translate("CLI", "the warning colours and quota classes of a period"))
    warnings.add_argument("--period", required=True, metavar="PERIOD", help=translate("CLI", "2026Q3, 2026-11H1 or 2026-11-23"))
    warnings.add_argument("--scope", choices=("county", "township"), default="county",
                          help=translate("CLI", "rank villages for the quota classes within their county (default) or township"))
    warnings.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))

    rate = sub.add_parser("rate", parents=[common], help=translate("CLI", "set a village's rating (advanced, ordinary, backward, problem)"))
    rate.add_argument("--village", required=True, metavar="CODE")
    rate.add_argument("--period", required=True, metavar="YEAR", help=translate("CLI", "the year or period the rating is for"))
    rate.add_argument("--rating", required=True, choices=("advanced", "ordinary", "backward", "problem"))
    rate.add_argument("--note", default="", metavar="TEXT")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    for key, value in GLOBAL_DEFAULTS.items():
        if not hasattr(args, key):
            setattr(args, key, value)
    if args.command and (args.screenshot or args.open_target or args.demo):
        parser.error(translate("CLI", "--screenshot, --open and --demo belong to the window, not to a command"))
    if args.self_test and (args.command or args.screenshot or args.open_target or args.demo):
        parser.error(translate("CLI", "--self-test runs alone, without a command, --screenshot, --open or --demo"))
    if args.keep and not args.self_test:
        parser.error(translate("CLI", "--keep belongs to --self-test"))
    if args.open_target and not args.open_target.startswith("village:"):
        parser.error(translate("CLI", "--open takes village:CODE"))
    check_campaign_usage(parser, args)
    return args
