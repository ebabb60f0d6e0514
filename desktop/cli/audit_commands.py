"""`villagedesk audit verify|history|head`: the audit trail from the command
line (docs/audit.md).

`audit verify` exits 1 when the chain does not hold, naming the first
change set that was changed, removed or reordered, or a log cut short.
"""

from __future__ import annotations

import argparse

from desktop.cli.output import print_json, print_table
from desktop.core.i18n import translate
from desktop.services.workspace import Workspace


def add_audit_commands(sub, common) -> None:
    _json = translate("CLI", "print JSON for scripts")
    audit = sub.add_parser("audit", parents=[common], help=translate(
        "CLI", "check the audit trail; show a record's history"))
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = asub.add_parser("verify", parents=[common], help=translate(
        "CLI", "check the hash chain over every change; exit 1 naming the first one changed, removed or reordered"))
    verify.add_argument("--json", action="store_true", help=_json)
    history = asub.add_parser("history", parents=[common], help=translate(
        "CLI", "every change of one record, newest first"), description=translate(
        "CLI", "`audit history village CODE` shows a village's changes; `audit history TABLE ID` any record's."))
    history.add_argument("entity", metavar="TABLE", help=translate("CLI", "village, problem, plan, person … "))
    history.add_argument("key", metavar="ID", help=translate("CLI", "the record's id (a village: its code or id)"))
    history.add_argument("--with-children", action="store_true", help=translate(
        "CLI", "also the records that belong to it (a village's incomes, posts and people; a problem's steps)"))
    history.add_argument("--json", action="store_true", help=_json)
    head = asub.add_parser("head", parents=[common], help=translate(
        "CLI", "the last link of the chain, as sync bundles carry it"))
    head.add_argument("--json", action="store_true", help=_json)


def audit_verify(ws: Workspace, args: argparse.Namespace) -> int:
    report = ws.audit.verify()
    problem = report.problem
    if args.json:
        print_json({"ok": report.ok, "changesets": report.changesets, "entries": report.entries,
                    "head": {"seq": report.head_seq, "hash": report.head_hash},
                    "problem": None if problem is None else {
                        "kind": problem.kind, "seq": problem.seq, "changeset": problem.changeset_id or None,
                        "at": problem.at.isoformat() if problem.at else None, "actor": problem.actor,
                        "action": problem.action, "message": problem.message}})
    elif problem is None:
        print(translate("CLI", "The audit trail holds: {changesets} change sets, {entries} entries, up to change "
                               "set {seq}.").format(changesets=report.changesets, entries=report.entries,
                                                    seq=report.head_seq))
    else:
        print(problem.message)
        print(translate("CLI", "The change sets before it hold: {changesets} change sets, {entries} entries.").format(
            changesets=report.changesets, entries=report.entries))
    return 0 if report.ok else 1


def audit_history(ws: Workspace, args: argparse.Namespace) -> int:
    entity = args.entity.strip().lower()
    key = args.key.strip()
    entity_id = ws.villages.id_of(key) if entity == "village" else key
    entries = ws.audit.history(entity, entity_id, with_children=args.with_children)
    if args.json:
        print_json([{"changeset": e.changeset_id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                     "entity": e.entity, "id": e.entity_id, "op": e.op, "row_version": e.row_version,
                     "reverted": e.reverted,
                     "fields": {f.name: [f.before, f.after] for f in e.fields}} for e in entries])
        return 0
    if not entries:
        print(translate("CLI", "No changes of this record are in the change log."))
        return 0
    ops = {"insert": translate("CLI", "created"), "update": translate("CLI", "changed"),
           "delete": translate("CLI", "deleted"), "restore": translate("CLI", "restored")}
    rows = []
    for e in entries:
        what = ops.get(e.op, e.op)
        if e.reverted:
            what = translate("CLI", "{what} (undone)").format(what=what)
        fields = "; ".join(f"{f.label}: {_shown(f.before)} → {_shown(f.after)}" for f in e.fields)
        rows.append((e.at.astimezone().strftime("%Y-%m-%d %H:%M"), e.actor, e.action_label,
                     f"{e.entity} {e.entity_id[:8]}", what, fields))
    print_table([translate("CLI", "When"), translate("CLI", "Who"), translate("CLI", "Action"),
                 translate("CLI", "Record"), translate("CLI", "What"), translate("CLI", "Fields")], rows)
    return 0


def audit_head(ws: Workspace, args: argparse.Namespace) -> int:
    seq, link = ws.audit.head()
    if args.json:
        print_json({"seq": seq, "hash": link})
    else:
        print(f"{seq} {link}")
    return 0


def _shown(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


COMMANDS: dict = {
    ("audit", "verify"): audit_verify,
    ("audit", "history"): audit_history,
    ("audit", "head"): audit_head,
}
