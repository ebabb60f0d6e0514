"""`villagedesk identity|setup|enrol|sync|conflicts`: the exchange between a
township and its county from the command line (docs/sync-format.md).

`sync import` exits 1 when the bundle is refused, with the reason on stderr
(and in `--json`, as `reason`); a bundle already imported or waiting for an
earlier one is not an error.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.output import print_json, print_table
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.services.sync.results import BundleState, ImportSummary, side_label
from desktop.services.workspace import Workspace


def add_sync_commands(sub, common) -> None:
    _json = translate("CLI", "print JSON for scripts")
    identity = sub.add_parser("identity", parents=[common], help=translate(
        "CLI", "this installation's id, unit and key fingerprint"))
    isub = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    ishow = isub.add_parser("show", parents=[common], help=translate("CLI", "show this installation's identity"))
    ishow.add_argument("--json", action="store_true", help=_json)
    isub.add_parser("renew-keys", parents=[common], help=translate(
        "CLI", "make new keys (after a revocation): the other side must enrol this installation again"))

    setup = sub.add_parser("setup", parents=[common], help=translate(
        "CLI", "set this installation up as a county or a township"))
    ssub = setup.add_subparsers(dest="setup_command", metavar="MODE", required=True)
    for mode, text in (("county", translate("CLI", "set up as a county: enrols townships, merges their bundles")),
                       ("township", translate("CLI", "set up as a township: sends its villages' data to the county"))):
        p = ssub.add_parser(mode, parents=[common], help=text)
        p.add_argument("--code", required=True, metavar="CODE", help=translate("CLI", "the unit's division code"))
        p.add_argument("--name-zh", default="", metavar="NAME", help=translate(
            "CLI", "the unit's Chinese name, to add it when it is not in the database"))
        p.add_argument("--name-bo", default="", metavar="NAME", help=translate("CLI", "the unit's Tibetan name"))
        p.add_argument("--name", default="", metavar="NAME", help=translate(
            "CLI", "a name for this installation, shown to the other side (default: the unit's name)"))

    enrol = sub.add_parser("enrol", parents=[common], help=translate(
        "CLI", "exchange enrolment files with the county or a township; list and revoke"))
    esub = enrol.add_subparsers(dest="enrol_command", metavar="ACTION", required=True)
    eexp = esub.add_parser("export", parents=[common], help=translate("CLI", "write this installation's enrolment file"))
    eexp.add_argument("--out", required=True, metavar="FILE")
    eimp = esub.add_parser("import", parents=[common], help=translate(
        "CLI", "enrol another installation from its file and the fingerprint on its slip"))
    eimp.add_argument("file", metavar="FILE")
    eimp.add_argument("--fingerprint", required=True, metavar="DIGITS", help=translate(
        "CLI", "the 40 digits printed on the other installation's enrolment slip (spaces allowed)"))
    elist = esub.add_parser("list", parents=[common], help=translate("CLI", "list the enrolled installations"))
    elist.add_argument("--json", action="store_true", help=_json)
    erev = esub.add_parser("revoke", parents=[common], help=translate(
        "CLI", "county: refuse an installation's bundles from now on (a lost laptop)"))
    erev.add_argument("installation", metavar="INSTALLATION")
    erev.add_argument("--reason", default="", metavar="TEXT")

    sync = sub.add_parser("sync", parents=[common], help=translate("CLI", "make and import sync bundles"))
    ysub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    yexp = ysub.add_parser("export", parents=[common], help=translate(
        "CLI", "write a bundle for an enrolled installation"), description=translate(
        "CLI", "Writes everything changed since the last bundle the other side acknowledged (with --full, "
               "everything), signed and encrypted for it."))
    yexp.add_argument("--to", required=True, metavar="INSTALLATION", help=translate(
        "CLI", "the installation id (or its first digits, or its unit's code)"))
    yexp.add_argument("--out", required=True, metavar="FILE")
    yexp.add_argument("--full", action="store_true", help=translate("CLI", "send everything, not only the changes"))
    yexp.add_argument("--json", action="store_true", help=_json)
    yimp = ysub.add_parser("import", parents=[common], help=translate("CLI", "import a bundle"), description=translate(
        "CLI", "Checks the whole bundle, then imports all of it in one transaction, or nothing. Exits 1 when the "
               "bundle is refused."))
    yimp.add_argument("file", metavar="FILE")
    yimp.add_argument("--dry-run", action="store_true", help=translate("CLI", "show what would change; write nothing"))
    yimp.add_argument("--json", action="store_true", help=_json)

    conflicts = sub.add_parser("conflicts", parents=[common], help=translate(
        "CLI", "records both sides changed: list, show and resolve"))
    csub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    clist = csub.add_parser("list", parents=[common], help=translate("CLI", "list the open conflicts"))
    clist.add_argument("--all", action="store_true", help=translate("CLI", "also the resolved ones"))
    clist.add_argument("--json", action="store_true", help=_json)
    cshow = csub.add_parser("show", parents=[common], help=translate("CLI", "show both versions side by side"))
    cshow.add_argument("conflict", metavar="ID")
    cshow.add_argument("--json", action="store_true", help=_json)
    cres = csub.add_parser("resolve", parents=[common], help=translate("CLI", "resolve a conflict"))
    cres.add_argument("conflict", metavar="ID")
    which = cres.add_mutually_exclusive_group(required=True)
    which.add_argument("--keep", action="store_true", help=translate("CLI", "keep the version that won"))
    which.add_argument("--take-other", action="store_true", help=translate(
        "CLI", "write the other version as a new change here"))


# -- identity and setup ---------------------------------------------------

def identity_show(ws: Workspace, args: argparse.Namespace) -> int:
    from desktop.core.sync_identity import format_fingerprint

    me = ws.sync.identity()
    if args.json:
        print_json({"installation_id": me.installation_id, "name": me.name, "mode": me.mode,
                    "unit": {"code": me.unit_code, "name_zh": me.unit_name_zh, "name_bo": me.unit_name_bo},
                    "fingerprint": me.fingerprint, "signing_key_id": me.signing_key_id,
                    "encryption_key_id": me.encryption_key_id, "revoked_at": me.revoked_at})
        return 0
    mode = side_label(me.mode)
    print(translate("CLI", "Installation: {id}").format(id=me.installation_id))
    print(translate("CLI", "Name: {name}").format(name=me.name or "–"))
    print(translate("CLI", "Set up as: {mode}, {unit} {code}").format(
        mode=mode, unit=me.unit_name_zh or "–", code=me.unit_code))
    print(translate("CLI", "Fingerprint: {digits}").format(digits=format_fingerprint(me.fingerprint)))
    if me.revoked_at:
        print(translate("CLI", "This installation's key was revoked by the county on {date}; enrol again.").format(
            date=me.revoked_at[:10]))
    return 0


def identity_renew_keys(ws: Workspace, args: argparse.Namespace) -> int:
    from desktop.core.sync_identity import format_fingerprint

    me = ws.sync.renew_keys()
    print(translate("CLI", "New keys made. Export the enrolment file again and give the other side the new "
                           "fingerprint: {digits}").format(digits=format_fingerprint(me.fingerprint)))
    return 0


def setup(ws: Workspace, args: argparse.Namespace) -> int:
    me = ws.sync.setup(args.setup_command, args.code, name_zh=args.name_zh, name_bo=args.name_bo,
                       installation_name=args.name)
    mode = side_label(me.mode)
    print(translate("CLI", "Set up as {mode} for {unit} ({code}).").format(
        mode=mode, unit=me.unit_name_zh or "–", code=me.unit_code))
    return 0


# -- enrolment --------------------------------------------------------------

def enrol_export(ws: Workspace, args: argparse.Namespace) -> int:
    from desktop.core.sync_identity import format_fingerprint

    path = ws.sync.export_enrolment(args.out)
    me = ws.sync.identity()
    print(translate("CLI", "Enrolment file written to {path}.").format(path=path))
    print(translate("CLI", "Give the other side this fingerprint separately (on the printed slip): {digits}").format(
        digits=format_fingerprint(me.fingerprint)))
    return 0


def enrol_import(ws: Workspace, args: argparse.Namespace) -> int:
    peer = ws.sync.enrol(args.file, args.fingerprint)
    print(translate("CLI", "Enrolled {name} ({unit}), installation {id}.").format(
        name=peer.name, unit=peer.unit_name_zh or peer.unit_code, id=peer.installation_id))
    return 0


def enrol_list(ws: Workspace, args: argparse.Namespace) -> int:
    peers = ws.sync.peers()
    if args.json:
        print_json([{"installation_id": p.installation_id, "role": p.role, "name": p.name, "unit_code": p.unit_code,
                     "unit_name_zh": p.unit_name_zh, "unit_name_bo": p.unit_name_bo, "fingerprint": p.fingerprint,
                     "enrolled_at": p.enrolled_at, "revoked_at": p.revoked_at, "sent_sequence": p.sent_sequence,
                     "sent_at": p.sent_at, "acked_sequence": p.acked_sequence,
                     "received_sequence": p.received_sequence, "received_at": p.received_at,
                     "audit_alarm": p.audit_alarm} for p in peers])
        return 0
    if not peers:
        print(translate("CLI", "No installation is enrolled here yet."))
        return 0
    print_table([translate("CLI", "Installation"), translate("CLI", "Name"), translate("CLI", "Unit"),
                 translate("CLI", "Sent"), translate("CLI", "Acknowledged"), translate("CLI", "Received"),
                 translate("CLI", "Revoked")],
                [[p.installation_id, p.name, f"{p.unit_name_zh} {p.unit_code}", str(p.sent_sequence),
                  str(p.acked_sequence), str(p.received_sequence), (p.revoked_at or "")[:10]] for p in peers])
    for p in peers:
        if p.audit_alarm:
            print(f"{p.name or p.installation_id}: {p.audit_alarm}")
    return 0


def enrol_revoke(ws: Workspace, args: argparse.Namespace) -> int:
    peer = ws.sync.revoke(_peer_id(ws, args.installation), args.reason)
    print(translate("CLI", "{name} is revoked: its bundles are refused from now on, and the county's next bundles "
                           "tell the others.").format(name=peer.name or peer.installation_id))
    return 0


def _peer_id(ws: Workspace, text: str) -> str:
    """An installation by id, by the id's first digits, or by its unit's code."""
    peers = ws.sync.peers()
    exact = [p for p in peers if p.installation_id == text]
    if exact:
        return text
    found = [p for p in peers if p.installation_id.startswith(text) or p.unit_code == text]
    if len(found) == 1:
        return found[0].installation_id
    if not found:
        raise BundleRejected(Reason.NO_SUCH_PEER, translate(
            "CLI", "No enrolled installation matches {text} (see: villagedesk enrol list).").format(text=text))
    raise VillageDeskError(translate("CLI", "{text} matches several installations; give more of the id.").format(
        text=text))


# -- bundles ----------------------------------------------------------------

def _progress(args) -> Progress:
    shown = sys.stderr.isatty() and not getattr(args, "json", False)
    return Progress(_print_progress if shown else None)


def _print_progress(done: int, total: int, text: str) -> None:
    percent = f" {100 * done // total:3d}%" if total else ""
    print(f"\r{text}{percent}", end="", file=sys.stderr, flush=True)


def sync_export(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.sync.export_bundle(_peer_id(ws, args.to), args.out, full=args.full, progress=_progress(args))
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json({"path": str(result.path), "to": result.peer, "sequence": result.sequence, "since": result.since,
                    "counts": result.counts, "files": result.files, "size": result.size,
                    "bundle_hash": result.bundle_hash})
        return 0
    kind = translate("CLI", "full") if result.since == 0 else translate("CLI", "changes since bundle {n}").format(
        n=result.since)
    print(translate("CLI", "Bundle {sequence} ({kind}) written to {path}: {rows} records, {files} files, "
                           "{size} bytes.").format(sequence=result.sequence, kind=kind, path=result.path,
                                                   rows=result.rows, files=result.files, size=result.size))
    return 0


def sync_import(ws: Workspace, args: argparse.Namespace) -> int:
    try:
        summary = ws.sync.import_bundle(args.file, dry_run=args.dry_run, progress=_progress(args))
    except BundleRejected as exc:
        if args.json:
            print_json({"file": args.file, "state": "rejected", "reason": exc.reason.value, "message": exc.message})
        print("villagedesk: " + exc.message, file=sys.stderr)
        return 1
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(summary_json(summary, args.dry_run))
    else:
        _print_summary(summary, args.dry_run)
    return 0


def summary_json(summary: ImportSummary, dry_run: bool = False) -> dict:
    return {
        "file": str(summary.path), "state": summary.state.value, "dry_run": dry_run, "message": summary.message,
        "sender": summary.sender_id, "sender_name": summary.sender_name, "sequence": summary.sequence,
        "since": summary.since, "bundle_id": summary.bundle_id, "skipped": list(summary.skipped),
        "tables": {t: c.as_dict() for t, c in summary.tables.items()},
        "villages": {v: {**c.as_dict(), "code": summary.village_names.get(v, ("", "", ""))[0],
                         "name_zh": summary.village_names.get(v, ("", "", ""))[1]}
                     for v, c in summary.villages.items()},
        "conflicts": [{"entity": c.entity, "id": c.entity_id, "village_id": c.village_id, "rule": c.rule,
                       "kept_from": c.kept_from, "lost_from": c.lost_from} for c in summary.conflicts],
        "files": summary.files,
        "audit_alarm": summary.audit_alarm or None,
        "changeset": summary.changeset.id if summary.changeset else None,
        "pending_imported": [summary_json(s) for s in summary.pending_imported],
    }


def _print_summary(summary: ImportSummary, dry_run: bool) -> None:
    print(translate("CLI", "Bundle {sequence} from {name}, made {at}.").format(
        sequence=summary.sequence, name=summary.sender_name or summary.sender_id, at=summary.created_at[:16]))
    if summary.state in (BundleState.ALREADY_IMPORTED, BundleState.WAITING):
        print(summary.message)
        return
    if summary.skipped:
        print(translate("CLI", "Bundles {numbers} never came; this one holds their changes.").format(
            numbers=", ".join(map(str, summary.skipped))))
    rows = [[table, *map(str, (c.new, c.changed, c.deleted, c.unchanged + c.older, c.conflict))]
            for table, c in summary.tables.items()]
    if rows:
        print_table([translate("CLI", "Table"), translate("CLI", "New"), translate("CLI", "Changed"),
                     translate("CLI", "Deleted"), translate("CLI", "Unchanged"), translate("CLI", "Conflicts")], rows)
    if summary.villages:
        print(translate("CLI", "{count} villages touched.").format(count=len(summary.villages)))
    for c in summary.conflicts:
        print("  ! " + translate("CLI", "conflict: {entity} {id} (decided by {rule})").format(
            entity=c.entity, id=c.entity_id, rule=c.rule))
    if summary.audit_alarm:
        print("  ! " + summary.audit_alarm)
    if dry_run:
        print(translate("CLI", "Dry run: nothing was written."))
    elif summary.state is BundleState.IMPORTED:
        print(translate("CLI", "Imported in one transaction."))
    for pending in summary.pending_imported:
        print(translate("CLI", "Also imported bundle {sequence}, which was waiting for this one.").format(
            sequence=pending.sequence))


# -- conflicts --------------------------------------------------------------

def conflicts_list(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.sync.conflicts(open_only=not args.all)
    if args.json:
        print_json([_conflict_json(c) for c in items])
        return 0
    if not items:
        print(translate("CLI", "No open conflicts."))
        return 0
    print_table([translate("CLI", "Id"), translate("CLI", "Record"), translate("CLI", "Detected"),
                 translate("CLI", "Rule"), translate("CLI", "Resolved")],
                [[c.id, f"{c.entity}: {c.label}", c.detected_at[:16], c.rule, c.resolution or ""] for c in items])
    return 0


def _conflict_json(c) -> dict:
    return {"id": c.id, "entity": c.entity, "entity_id": c.entity_id, "label": c.label, "detected_at": c.detected_at,
            "peer": c.peer_id, "rule": c.rule, "kept_from": c.kept_from, "lost_from": c.lost_from,
            "resolved_at": c.resolved_at, "resolution": c.resolution,
            "fields": [{"column": f.column, "kept": f.kept, "lost": f.lost, "differs": f.differs} for f in c.fields]}


def conflicts_show(ws: Workspace, args: argparse.Namespace) -> int:
    c = ws.sync.conflict(args.conflict)
    if args.json:
        print_json(_conflict_json(c))
        return 0
    print(f"{c.entity}: {c.label}")
    print_table([translate("CLI", "Field"), translate("CLI", "Kept"), translate("CLI", "Other version")],
                [[("* " if f.differs else "  ") + f.column, _text(f.kept), _text(f.lost)] for f in c.fields])
    return 0


def _text(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def conflicts_resolve(ws: Workspace, args: argparse.Namespace) -> int:
    ws.sync.resolve(args.conflict, take_other=args.take_other)
    print(translate("CLI", "Conflict resolved: the other version is now the record here.") if args.take_other
          else translate("CLI", "Conflict resolved: the version that won stays."))
    return 0
