"""`villagedesk backup list|create|restore` and `villagedesk check`.

`backup list`, `backup restore` and `check` work on the file itself
(`without_workspace`): they must run on a database SQLite cannot open. A
restore over a sound database signs in and needs the restore right; over a
damaged one (its accounts cannot be trusted) it works on the file, as
anyone with the file and its backups folder could.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from desktop.cli.output import print_json, print_table
from desktop.cli.signin import sign_in
from desktop.core.errors import DatabaseError, NotFound, VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.services.backups import (
    Backup, check_database, database_backups, folder_for, reason_label, restore_file,
)
from desktop.services.workspace import Workspace


def add_backup_commands(sub, common) -> None:
    backup = sub.add_parser("backup", parents=[common], help=translate("CLI", "list, make and restore backups"),
                            description=translate("CLI", "Backups are checked copies of the database in the backup "
                                                         "folder (beside the database unless another was chosen)."))
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    blist = bsub.add_parser("list", parents=[common], help=translate("CLI", "list this database's backups, newest first"))
    blist.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    bcreate = bsub.add_parser("create", parents=[common], help=translate("CLI", "make a backup now"))
    bcreate.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))
    brestore = bsub.add_parser("restore", parents=[common], help=translate("CLI", "put a backup in the database's place"),
                               description=translate("CLI", "The backup is checked through first; the database as it "
                                                            "was is kept as a backup (or, if damaged, as a copy "
                                                            "beside it)."))
    which = brestore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", metavar="NAME", help=translate("CLI", "the backup's file name, as listed"))
    which.add_argument("--newest", action="store_true", help=translate("CLI", "the newest backup that passes its check"))
    brestore.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))

    check = sub.add_parser("check", parents=[common], help=translate("CLI", "check the database file for damage"),
                           description=translate("CLI", "Runs SQLite's quick check (with --full its integrity check) "
                                                        "on the database file. Exit status 1 if it is damaged."))
    check.add_argument("--full", action="store_true", help=translate("CLI", "the thorough check (slower)"))
    check.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))


def _progress(args) -> Progress:
    shown = sys.stderr.isatty() and not getattr(args, "json", False)

    def show(done: int, total: int, text: str) -> None:
        percent = f" {100 * done // total:3d}%" if total else ""
        print(f"\r{text}{percent}", end="", file=sys.stderr, flush=True)

    return Progress(show if shown else None)


def _end_progress(args) -> None:
    if sys.stderr.isatty() and not getattr(args, "json", False):
        print(file=sys.stderr)


def _as_json(backup: Backup) -> dict:
    return {"name": backup.name, "path": str(backup.path), "made_at": backup.made_at.isoformat(),
            "reason": backup.reason, "size": backup.size, "installation_id": backup.installation_id}


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    return translate("CLI", "{size} MB").format(size=f"{size / 1e6:.1f}")


def _database_file(args: argparse.Namespace) -> Path:
    """The database file the command works on; a server database is refused
    with what to do instead (its server is backed up and checked by its
    administrator, e.g. with pg_dump and pg_amcheck)."""
    if "://" in str(args.database):
        raise VillageDeskError(translate(
            "CLI", "This command works on a database file. A database on a server is backed up and checked by "
                   "the server's administrator (pg_dump, pg_amcheck)."))
    return Path(args.database).expanduser().resolve()


def backup_list(args: argparse.Namespace) -> int:
    path = _database_file(args)
    backups = database_backups(path)
    if args.json:
        print_json({"folder": str(folder_for(path)), "backups": [_as_json(b) for b in backups]})
        return 0
    if not backups:
        print(translate("CLI", "No backups of this database in {folder}.").format(folder=folder_for(path)))
        return 0
    print_table([translate("CLI", "Made"), translate("CLI", "Why"), translate("CLI", "Size"), translate("CLI", "Name")],
                [(_when(b.made_at), reason_label(b.reason), _size(b.size), b.name) for b in backups])
    return 0


def backup_create(ws: Workspace, args: argparse.Namespace) -> int:
    backup = ws.backups.create("manual", progress=_progress(args))
    _end_progress(args)
    if args.json:
        print_json(_as_json(backup))
    else:
        print(translate("CLI", "Backup made: {path} ({size})").format(path=backup.path, size=_size(backup.size)))
    return 0


def _choose(backups: list[Backup], args: argparse.Namespace, folder: Path, key: bytes | None = None) -> Backup:
    if args.newest:
        for backup in backups:
            if _sound(backup, key):
                return backup
        raise NotFound(translate("CLI", "There is no good backup of this database in {folder}.").format(folder=folder))
    for backup in backups:
        if args.name in (backup.name, str(backup.path)):
            return backup
    raise NotFound(translate("CLI", "There is no backup named {name} in {folder}.").format(name=args.name, folder=folder))


def _open_for_restore(path: Path, args: argparse.Namespace) -> Workspace:
    from desktop.services.encryption import database_state

    if database_state(path) == "encrypted":
        # The password unwraps the key first (and signs in); a damaged
        # encrypted file is refused with `damaged` like a plain one.
        from desktop.cli.signin import open_encrypted

        return open_encrypted(path, args)
    return Workspace.open(path, create=False, check=True)


def _sound(backup: Backup, key: bytes | None) -> bool:
    try:
        return not check_database(backup.path, key=key)
    except DatabaseError:
        return False   # encrypted, and no key here to read it with


def backup_restore(args: argparse.Namespace) -> int:
    path = _database_file(args)
    try:
        ws = _open_for_restore(path, args)
    except DatabaseError as exc:
        if not getattr(exc, "damaged", False):
            raise
        ws = None
    if ws is not None and not ws.db.damaged:
        with ws:
            sign_in(ws, args)
            backup = _choose(ws.backups.list(), args, ws.backups.folder, ws.db.key)
            result = ws.backups.restore(backup, progress=_progress(args))
    else:
        # Damaged: SQLite cannot open it, or its check failed. Work on the file.
        if ws is not None:
            ws.close()
        backup = _choose(database_backups(path), args, folder_for(path))
        result = restore_file(path, backup, progress=_progress(args))
    _end_progress(args)
    if args.json:
        print_json({"restored": _as_json(result.restored),
                    "safety_copy": str(result.safety_copy) if result.safety_copy else None})
        return 0
    print(translate("CLI", "Restored the backup made {when}: {name}").format(
        when=_when(result.restored.made_at), name=result.restored.name))
    if result.safety_copy is not None:
        print(translate("CLI", "The database as it was is kept in {path}").format(path=result.safety_copy))
    return 0


def check(args: argparse.Namespace) -> int:
    path = _database_file(args)
    problems = check_database(path, full=args.full)
    if args.json:
        print_json({"path": str(path), "ok": not problems, "problems": problems})
    elif not problems:
        print(translate("CLI", "{path}: no damage found.").format(path=path))
    else:
        for problem in problems:
            print(problem)
        print(translate("CLI", "{path} is damaged. Restore it from a backup: villagedesk backup restore --newest")
              .format(path=path), file=sys.stderr)
    return 1 if problems else 0


backup_list.without_workspace = True
backup_restore.without_workspace = True
check.without_workspace = True

COMMANDS: dict = {
    ("backup", "list"): backup_list,
    ("backup", "create"): backup_create,
    ("backup", "restore"): backup_restore,
    ("check", None): check,
}
