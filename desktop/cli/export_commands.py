"""`villagedesk export villages|problems|plans|inspections|warnings --out FILE.xlsx`:
the Excel exports (services/excel_export.py), in the language of --lang."""

from __future__ import annotations

import argparse
import sys

from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.services.export_kinds import EXPORT_KINDS


def add_export_command(sub, common) -> None:
    export = sub.add_parser(
        "export", parents=[common], help=translate("CLI", "export the villages, ledger, plans, inspections or warnings to Excel"),
        description=translate("CLI", "Write a formatted Excel workbook: frozen header, filters, drop-down lists for "
                                     "statuses. Values and headers are in the language of --lang; the village list is "
                                     "written as a roster that `roster import` reads back."))
    export.add_argument("what", choices=EXPORT_KINDS, metavar="|".join(EXPORT_KINDS))
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument("--both-headers", action="store_true",
                        help=translate("CLI", "headers in Chinese and Tibetan (the values stay in the language of --lang)"))
    export.add_argument("--answers", action="store_true",
                        help=translate("CLI", "inspections: add a sheet with every answer"))


def export(ws, args: argparse.Namespace) -> int:
    # Imported here: openpyxl is read only when an export runs.
    from desktop.services.excel_export import ExportOptions, export_xlsx

    if args.answers and args.what != "inspections":
        print("villagedesk: " + translate("CLI", "--answers belongs to the inspections export"), file=sys.stderr)
        return 2
    progress = Progress(_print_progress if sys.stderr.isatty() else None)
    options = ExportOptions(language=args.lang, both_headers=args.both_headers, answers=args.answers)
    result = export_xlsx(ws, args.what, args.out, options, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("CLI", "{rows} rows written to {path}.").format(rows=result.total, path=result.path))
    return 0


def _print_progress(done: int, total: int, text: str) -> None:
    percent = 100 * done // total if total else 0
    print(f"\r{text} {percent:3d}%", end="", file=sys.stderr, flush=True)
