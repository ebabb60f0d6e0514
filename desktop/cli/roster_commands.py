"""`villagedesk roster template|import`: the roster workbook from the command line.

`roster import` imports the good rows and reports the rejected ones (sheet,
row, column, reason); it exits 1 when any row was rejected, printing how
many, so a script notices. With --dry-run it only shows what it would do.
"""

from __future__ import annotations

import argparse
import re
import sys

from desktop.cli.output import print_json
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.core.roster import BY_KEY
from desktop.services.workspace import Workspace

_ENTITIES = ("township", "village", "person", "post")


def add_roster_commands(sub, common) -> None:
    roster = sub.add_parser("roster", parents=[common], help=translate(
        "CLI", "import villages, people and posts from an Excel roster; save a blank roster"))
    rsub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    template = rsub.add_parser("template", parents=[common], help=translate(
        "CLI", "save a blank roster with the expected columns and drop-down lists"))
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    imp = rsub.add_parser("import", parents=[common], help=translate("CLI", "import a roster workbook"),
                          description=translate(
                              "CLI", "Imports the rows that are right, all in one transaction, and lists the rows "
                                     "rejected with sheet, row, column and reason. Exits 1 when rows were rejected."))
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help=translate("CLI", "show what would change; write nothing"))
    imp.add_argument("--rejects", metavar="FILE.xlsx", help=translate(
        "CLI", "save the rejected rows with the reasons, to fix and import again"))
    imp.add_argument("--map", action="append", default=[], metavar="SHEET!COLUMN=KEY", help=translate(
        "CLI", "read a column whose header was not recognised as this roster column (KEY such as phone, "
               "village_code; 'none' to leave a column out); COLUMN is a letter or number"))
    imp.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))


def roster_template(ws: Workspace, args: argparse.Namespace) -> int:
    path = ws.roster.save_template(args.out)
    print(translate("CLI", "Blank roster saved to {path}.").format(path=path))
    return 0


def _mapping(items: list[str]) -> dict[tuple[str, int], str | None]:
    from desktop.core.errors import VillageDeskError

    mapping: dict[tuple[str, int], str | None] = {}
    for item in items:
        m = re.fullmatch(r"(.+)!([A-Za-z]+|\d+)=(\w+)", item.strip())
        if not m or (m[3] != "none" and m[3] not in BY_KEY):
            raise VillageDeskError(translate(
                "CLI", "--map takes SHEET!COLUMN=KEY, such as 'Sheet1!H=phone', with one of the keys: {keys}.").format(
                keys=", ".join(BY_KEY)))
        column = m[2]
        number = int(column) if column.isdigit() else _column_number(column.upper())
        mapping[(m[1], number)] = None if m[3] == "none" else m[3]
    return mapping


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def roster_import(ws: Workspace, args: argparse.Namespace) -> int:
    shown = sys.stderr.isatty() and not args.json
    progress = Progress(_print_progress if shown else None)
    preview = ws.roster.preview(args.file, mapping=_mapping(args.map), progress=progress)
    changeset = None
    if not args.dry_run and preview.has_changes:
        changeset = ws.roster.apply(preview, progress=progress)
    if shown:
        print(file=sys.stderr)
    rejects = ws.roster.save_rejects(preview, args.rejects) if args.rejects and preview.rejected else None
    if args.json:
        print_json(_json(preview, args, changeset, rejects))
    else:
        _print(preview, args, changeset, rejects)
    if preview.rejected:
        print("villagedesk: " + translate("CLI", "{count} rows were rejected.").format(count=len(preview.rejected)),
              file=sys.stderr)
        return 1
    return 0


def _print_progress(done: int, total: int, text: str) -> None:
    percent = 100 * done // total if total else 0
    print(f"\r{text} {percent:3d}%", end="", file=sys.stderr, flush=True)


def _print(preview, args, changeset, rejects) -> None:
    skipped = sum(s.skipped for s in preview.sheets)
    print(translate("CLI", "{file}: {rows} rows read from {sheets} sheets ({skipped} blank or subtotal rows left out).").format(
        file=preview.path.name, rows=preview.rows_read, sheets=sum(1 for s in preview.sheets if s.header_row),
        skipped=skipped))
    for s in preview.sheets:
        if not s.header_row:
            print(translate("CLI", "Sheet {sheet}: no roster header found; left out.").format(sheet=s.title))
        for number, header in s.unmatched:
            print(translate("CLI", "Sheet {sheet}, column {column} ({header}): not recognised, left out "
                                   "(read it with --map).").format(sheet=s.title, column=number, header=header))
    counts = preview.counts()
    labels = {"township": translate("CLI", "Townships"), "village": translate("CLI", "Villages"),
              "person": translate("CLI", "People"), "post": translate("CLI", "Posts")}
    for entity in _ENTITIES:
        c = counts[entity]
        print(translate("CLI", "{what}: {added} to add, {changed} to change, {unchanged} unchanged.").format(
            what=labels[entity], added=c["added"], changed=c["changed"], unchanged=c["unchanged"]))
    for item in preview.new_townships:
        print("  + " + translate("CLI", "new township {name}").format(name=item.name))
    for entity in ("village", "person", "post"):
        for item in preview.changed(entity):
            where = f"{item.village} · " if item.village else ""
            fields = "; ".join(f"{BY_KEY[c.key].title if c.key in BY_KEY else c.key}: {c.before or '–'} → {c.after or '–'}"
                               for c in item.changes)
            print(f"  ~ {where}{item.name}: {fields}")
    for problem in preview.problems:
        print("  ! " + problem.describe())
    if rejects:
        print(translate("CLI", "Rejected rows saved to {path}.").format(path=rejects))
    if args.dry_run:
        print(translate("CLI", "Dry run: nothing was written."))
    elif changeset:
        print(translate("CLI", "Imported in one change set ({id}); the app can undo it whole.").format(id=changeset.id))
    else:
        print(translate("CLI", "Nothing to import: the database already holds all of it."))


def _json(preview, args, changeset, rejects) -> dict:
    return {
        "file": str(preview.path),
        "dry_run": bool(args.dry_run),
        "changeset": changeset.id if changeset else None,
        "rows_read": preview.rows_read,
        "sheets": [{"title": s.title, "header_row": s.header_row, "rows": s.rows, "skipped": s.skipped,
                    "columns": [{"column": n, "header": h, "key": k} for n, h, k in s.columns],
                    "unmatched": [{"column": n, "header": h} for n, h in s.unmatched]} for s in preview.sheets],
        "counts": preview.counts(),
        "new_townships": [i.name for i in preview.new_townships],
        "changed": [{"entity": i.entity, "id": i.id, "name": i.name, "village": i.village,
                     "changes": [{"key": c.key, "before": c.before, "after": c.after} for c in i.changes]}
                    for e in ("village", "person", "post") for i in preview.changed(e)],
        "rejected": [{"sheet": p.sheet, "row": p.row, "column": p.column, "header": p.header, "reason": p.message}
                     for p in preview.problems],
        "rejected_rows": len(preview.rejected),
        "rejects_file": str(rejects) if rejects else None,
    }
