"""`villagedesk encrypt` and `villagedesk recover`: the encrypted database.

`encrypt` converts the plain database of a signed-in administrator (a
backup first) and prints the recovery key once; `--recovery-sheet PDF`
writes the sheet to print as well. `recover` opens an encrypted database
with the recovery key when every password is lost and gives the
administrator named by `--user` a new password (typed twice, or
`--password-stdin`). The first administrator made with `users add` gets the
same encryption (`encrypt_first_admin`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.output import print_json
from desktop.cli.signin import login_of
from desktop.cli.user_commands import new_password
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.services.workspace import Workspace


def add_encryption_commands(sub, common) -> None:
    sheet = translate("CLI", "also write the recovery sheet to print (PDF) to this file")
    encrypt = sub.add_parser("encrypt", parents=[common], help=translate(
        "CLI", "encrypt the database (an administrator; prints the recovery key once)"),
        description=translate("CLI", "Encrypt a database that has user accounts: a backup is made first, then the "
                                     "database, its backups and attachments are encrypted. The recovery key is "
                                     "printed once: keep it on paper, away from the laptop."))
    encrypt.add_argument("--recovery-sheet", metavar="PDF", help=sheet)
    encrypt.add_argument("--json", action="store_true", help=translate("CLI", "print JSON for scripts"))

    recover = sub.add_parser("recover", parents=[common], help=translate(
        "CLI", "open an encrypted database with the recovery key and set an administrator's new password"),
        description=translate("CLI", "When every password is lost: the recovery key printed when the database was "
                                     "encrypted opens it; the administrator named by --user gets a new password."))
    recover.add_argument("--recovery-key", metavar="KEY", help=translate(
        "CLI", "the 48 digits of the recovery sheet (asked on the terminal if left out)"))
    recover.add_argument("--password-stdin", action="store_true", help=translate(
        "CLI", "read the new password from the first line of standard input (for scripts)"))


class _Lines(Progress):
    """Each new stage of the work as a line on standard error."""

    def __init__(self) -> None:
        super().__init__(self._report)
        self._last = ""

    def _report(self, _done: int, _total: int, text: str) -> None:
        if text and text != self._last:
            self._last = text
            print(text, file=sys.stderr)


def write_sheet(ws: Workspace, recovery_key: str, target: str | Path, language: str | None) -> Path:
    """The recovery sheet as a PDF (services/pdf/recovery_sheet.py), in the
    command's language (English for one the sheet does not have)."""
    from desktop.services.pdf.recovery_sheet import build_for_workspace, sheet_language

    return build_for_workspace(ws, Path(target).expanduser(), recovery_key, sheet_language(language))


def report_encryption(ws: Workspace, result, args: argparse.Namespace) -> None:
    """Print what the encryption did and the recovery key, this one time."""
    sheet = None
    if getattr(args, "recovery_sheet", None):
        try:
            sheet = write_sheet(ws, result.recovery_key, args.recovery_sheet, getattr(args, "lang", None))
        except VillageDeskError as exc:
            # The key must not be lost with the sheet: it is printed below all the same.
            print(f"villagedesk: {exc.message}", file=sys.stderr)
    if getattr(args, "json", False):
        print_json({"recovery_key": result.recovery_key, "backup": str(result.backup) if result.backup else None,
                    "users_without_key": result.users_without_key, "recovery_sheet": str(sheet) if sheet else None})
        return
    print(translate("Encryption", "The database is encrypted. Its recovery key (shown only this once):"))
    print()
    print(f"    {result.recovery_key}")
    print()
    print(translate("Encryption", "Write it down or print it and keep it away from this computer: it opens the "
                                  "database if every password is lost."))
    if sheet is not None:
        print(translate("Encryption", "Recovery sheet to print: {path}").format(path=sheet))
    if result.backup is not None:
        print(translate("Encryption", "Backup made first: {path}").format(path=result.backup))
    if result.users_without_key:
        print(translate("Encryption", "These users cannot open the database until an administrator resets their "
                                      "password: {logins}").format(logins=", ".join(result.users_without_key)))


def encrypt(ws: Workspace, args: argparse.Namespace) -> int:
    from desktop.services.encryption import encrypt_database

    password = getattr(args, "signed_in_password", None)
    if ws.session.open_access or password is None:
        raise VillageDeskError(translate("Encryption", "A database without user accounts cannot be encrypted: there "
                                                       "is no password to protect its key. Add an administrator "
                                                       "first: villagedesk users add LOGIN --role admin"))
    result = encrypt_database(ws, password, _Lines())
    report_encryption(ws, result, args)
    return 0


def encrypt_first_admin(ws: Workspace, login: str, password: str, args: argparse.Namespace) -> None:
    """The first administrator was just added: sign them in and encrypt."""
    from desktop.services.encryption import encrypt_database

    ws.users.login(login, password)
    result = encrypt_database(ws, password, _Lines())
    report_encryption(ws, result, args)


def _recovery_key(args: argparse.Namespace) -> str:
    if args.recovery_key:
        return args.recovery_key
    if not sys.stdin.isatty():
        raise VillageDeskError(translate("Encryption", "No recovery key given: use --recovery-key, or run this in a "
                                                       "terminal to type it."))
    return input(translate("Encryption", "Recovery key (48 digits): "))


def recover(args: argparse.Namespace) -> int:
    from desktop.core.recovery_key import parse
    from desktop.services.encryption import open_with_recovery_key

    login = login_of(args)
    if not login:
        raise VillageDeskError(translate("Encryption", "Name the administrator who gets the new password: "
                                                       "--user LOGIN."))
    key = parse(_recovery_key(args))   # a mistyped group is said before a new password is asked
    password = new_password(args)
    with open_with_recovery_key(args.database, key, login, password) as ws:
        print(translate("Encryption", "New password set for {login}: sign in with it from now on.").format(
            login=ws.session.login))
        without = ws.users.without_key()
        if without:
            print(translate("Encryption", "These users cannot open the database until an administrator resets "
                                          "their password: {logins}").format(logins=", ".join(without)))
    return 0


recover.without_workspace = True   # the recovery key opens the file, not a password

COMMANDS = {
    ("encrypt", None): encrypt,
    ("recover", None): recover,
}
