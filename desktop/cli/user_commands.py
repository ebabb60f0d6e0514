"""`villagedesk users list|add|edit|reset-password|passwd`: the user accounts.

Passwords are never arguments (they would stay in the shell's history and
show in the process list): `--password-stdin` reads one line from standard
input, else the password is asked twice on the terminal. The first account
of a database must be an administrator (`users add LOGIN --role admin`);
adding it encrypts the database and prints its recovery key once
(`--recovery-sheet PDF` writes the sheet to print too). From then on every
command needs `--user` and that user's password (`desktop/cli/signin.py`).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli.output import print_json, print_table
from desktop.core.access import Role, UserAccount, roles_label
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.workspace import Workspace


def add_user_commands(sub, common) -> None:
    _json = translate("CLI", "print JSON for scripts")
    _stdin = translate("CLI", "read the password from the first line of standard input (for scripts)")
    _roles = [r.value for r in Role]
    users = sub.add_parser("users", parents=[common], help=translate("CLI", "list, add and edit user accounts"),
                           description=translate("CLI", "User accounts and their roles: clerk, secretary, reviewer, "
                                                        "admin. The first account must be an administrator; after "
                                                        "that every command needs --user and its password."))
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ulist = usub.add_parser("list", parents=[common], help=translate("CLI", "list the user accounts"))
    ulist.add_argument("--json", action="store_true", help=_json)

    uadd = usub.add_parser("add", parents=[common], help=translate("CLI", "add a user account"))
    uadd.add_argument("login", metavar="LOGIN")
    uadd.add_argument("--role", action="append", required=True, choices=_roles, dest="roles",
                      help=translate("CLI", "a role of the user (repeat for several)"))
    uadd.add_argument("--name", default="", metavar="DISPLAY", help=translate("CLI", "the name shown for the user"))
    uadd.add_argument("--password-stdin", action="store_true", help=_stdin)
    uadd.add_argument("--recovery-sheet", metavar="PDF", help=translate(
        "CLI", "for the first administrator, who encrypts the database: also write the recovery sheet to print "
               "(PDF) to this file"))

    uedit = usub.add_parser("edit", parents=[common], help=translate("CLI", "change a user's name, roles or access"))
    uedit.add_argument("login", metavar="LOGIN")
    uedit.add_argument("--role", action="append", choices=_roles, dest="roles",
                       help=translate("CLI", "the user's roles from now on (repeat for several)"))
    uedit.add_argument("--name", default=None, metavar="DISPLAY", help=translate("CLI", "the name shown for the user"))
    access = uedit.add_mutually_exclusive_group()
    access.add_argument("--disable", action="store_true", help=translate("CLI", "the user may no longer sign in"))
    access.add_argument("--enable", action="store_true", help=translate("CLI", "the user may sign in again"))

    ureset = usub.add_parser("reset-password", parents=[common], help=translate(
        "CLI", "give a user a new password, to be changed at the next sign-in"))
    ureset.add_argument("login", metavar="LOGIN")
    ureset.add_argument("--password-stdin", action="store_true", help=_stdin)

    upass = usub.add_parser("passwd", parents=[common], help=translate("CLI", "change your own password"))
    upass.add_argument("--password-stdin", action="store_true", help=translate(
        "CLI", "read the new password from the first line of standard input (for scripts)"))


def new_password(args: argparse.Namespace) -> str:
    """The new password: from standard input, or typed twice on the terminal."""
    if args.password_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    if not sys.stdin.isatty():
        raise VillageDeskError(translate("Access", "No password given: use --password-stdin, or run this in a "
                                                   "terminal to type it."))
    first = getpass.getpass(translate("Access", "New password: "))
    if getpass.getpass(translate("Access", "The same password again: ")) != first:
        raise VillageDeskError(translate("Access", "The two passwords differ. Nothing was changed."))
    return first


def _time(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _account_json(a: UserAccount) -> dict:
    return {"id": a.id, "login": a.login, "display_name": a.display_name,
            "roles": [r.value for r in Role if r in a.roles], "disabled": a.disabled,
            "must_change_password": a.must_change_password,
            "last_login_at": a.last_login_at.isoformat() if a.last_login_at else None,
            "failed_logins": a.failed_logins,
            "locked_until": a.locked_until.isoformat() if a.locked_until else None,
            "row_version": a.row_version}


def users_list(ws: Workspace, args: argparse.Namespace) -> int:
    accounts = ws.users.list()
    if args.json:
        print_json([_account_json(a) for a in accounts])
        return 0
    if not accounts:
        print(translate("Access", "There are no user accounts: anyone who opens this database may do everything. "
                                  "Add an administrator with `villagedesk users add LOGIN --role admin`."))
        return 0
    yes = translate("CLI", "yes")
    print_table([translate("Access", "Login"), translate("Access", "Name"), translate("Access", "Roles"),
                 translate("Access", "Disabled"), translate("Access", "Last sign-in")],
                [(a.login, a.display_name, roles_label(a.roles), yes if a.disabled else "", _time(a.last_login_at))
                 for a in accounts])
    return 0


def users_add(ws: Workspace, args: argparse.Namespace) -> int:
    first = not ws.users.has_accounts()
    if first and Role.ADMIN.value not in args.roles:
        raise VillageDeskError(translate("Access", "The first user must be an administrator: add --role admin."))
    password = new_password(args)
    # The first administrator chose their own password; others get one to change.
    ws.users.add(args.login, args.name, [Role(r) for r in args.roles], password, must_change=not first)
    account = ws.users.find(args.login)
    print(translate("Access", "Added {login} ({roles}).").format(login=account.login, roles=roles_label(account.roles)))
    if first:
        if ws.db.path is not None:
            # The first administrator's password protects the key: the database is encrypted now.
            from desktop.cli.encryption_commands import encrypt_first_admin

            encrypt_first_admin(ws, account.login, password, args)
        print(translate("Access", "This database now needs a sign-in: give --user {login} (or set VILLAGEDESK_USER) "
                                  "and the password.").format(login=account.login))
    return 0


def users_edit(ws: Workspace, args: argparse.Namespace) -> int:
    account = ws.users.find(args.login)
    disabled = True if args.disable else False if args.enable else None
    roles = [Role(r) for r in args.roles] if args.roles else None
    changeset = ws.users.edit(account.id, account.row_version, display_name=args.name, roles=roles, disabled=disabled)
    if not changeset:
        print(translate("Access", "Nothing to change for {login}.").format(login=account.login))
        return 0
    account = ws.users.get(account.id)
    state = translate("Access", "disabled") if account.disabled else translate("Access", "enabled")
    print(translate("Access", "{login}: {roles}, {state}.").format(
        login=account.login, roles=roles_label(account.roles), state=state))
    return 0


def users_reset_password(ws: Workspace, args: argparse.Namespace) -> int:
    account = ws.users.find(args.login)
    ws.users.reset_password(account.id, new_password(args))
    print(translate("Access", "New password set for {login}; it must be changed at the next sign-in.").format(
        login=account.login))
    return 0


def users_passwd(ws: Workspace, args: argparse.Namespace) -> int:
    current = getattr(args, "signed_in_password", None)
    if ws.session.user_id is None or current is None:
        raise VillageDeskError(translate("Access", "No one is signed in: this database has no user accounts."))
    ws.users.change_own_password(current, new_password(args))
    print(translate("Access", "Your password has been changed."))
    return 0


COMMANDS = {
    ("users", "list"): users_list,
    ("users", "add"): users_add,
    ("users", "edit"): users_edit,
    ("users", "reset-password"): users_reset_password,
    ("users", "passwd"): users_passwd,
}
