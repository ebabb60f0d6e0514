"""Signing in on the command line.

A database without user accounts runs every command as today (open access,
named by `--user` or the OS login). One with accounts needs the login
(`--user LOGIN`, else `VILLAGEDESK_USER`) and its password
(`VILLAGEDESK_PASSWORD`, else asked on the terminal); without a terminal to
ask on, the command stops with exit status 1. A user whose password was set
by an administrator must change it first (`villagedesk users passwd`).

An encrypted database is opened with that login and password
(`services/encryption.open_with_password`), before anything else: the key
ring gives the database's key to its users only.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.core.access import open_session
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.services.workspace import Workspace

USER_VARIABLE = "VILLAGEDESK_USER"
PASSWORD_VARIABLE = "VILLAGEDESK_PASSWORD"


def login_of(args: argparse.Namespace) -> str:
    return (getattr(args, "user", None) or os.environ.get(USER_VARIABLE) or "").strip()


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The login and password for a database with accounts; VillageDeskError
    if either is missing and cannot be asked."""
    login = login_of(args)
    if not login:
        raise VillageDeskError(translate("Access", "This database has user accounts: say who you are with "
                                                   "--user LOGIN (or VILLAGEDESK_USER)."))
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise VillageDeskError(translate("Access", "No password for {login}: set VILLAGEDESK_PASSWORD, or run "
                                                       "this in a terminal to type it.").format(login=login))
        password = getpass.getpass(translate("Access", "Password for {login}: ").format(login=login))
    return login, password


def open_encrypted(target, args: argparse.Namespace) -> Workspace:
    """Open an encrypted database as the user the command names, signed in."""
    from desktop.services.encryption import open_with_password

    login, password = credentials(args)
    ws = open_with_password(target, login, password)
    try:
        _signed_in(ws, args, password)
    except BaseException:
        ws.close()
        raise
    return ws


def sign_in(ws: Workspace, args: argparse.Namespace) -> None:
    """Set `ws.session` for the command in `args`; VillageDeskError if it cannot be."""
    if ws.session.signed_in and not ws.session.open_access:
        return   # an encrypted database: signed in as it was opened
    login = login_of(args)
    if ws.session.open_access:
        if login:
            ws.session = open_session(login)
        return
    login, password = credentials(args)
    ws.users.login(login, password)
    _signed_in(ws, args, password)


def _signed_in(ws: Workspace, args: argparse.Namespace, password: str) -> None:
    args.signed_in_password = password   # `users passwd` and `encrypt` check it again
    account = ws.users.current()
    if account is not None and account.must_change_password and (args.command, getattr(
            args, f"{args.command}_command", None)) != ("users", "passwd"):
        raise VillageDeskError(translate("Access", "{login} must choose a new password first: "
                                                   "villagedesk users passwd --user {login}").format(login=account.login))
