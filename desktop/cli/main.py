"""Running a command: language, database, errors and exit status.

Exit status: 0 success; 1 bad input or data (one line on stderr, in the
user's language); 2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli.parser import parse
from desktop.core.errors import VillageDeskError
from desktop.services.locations import use_portable_temp
from desktop.services.settings import LANGUAGES, database_to_open, load_settings
from desktop.services.translations import use_language

# Each command's function as "module:function" in desktop.cli, imported when
# the command runs: the window starts through prepare() too and must not pay
# for openpyxl, ReportLab and Pillow it has not asked for (~0.1 s, 12 MB read).
_COMMANDS = {
    ("demo", None): "commands:demo",
    ("villages", "list"): "commands:villages_list",
    ("villages", "show"): "commands:villages_show",
    ("checklist", "list"): "inspection_commands:checklist_list",
    ("checklist", "import"): "inspection_commands:checklist_import",
    ("checklist", "export"): "inspection_commands:checklist_export",
    ("inspect", None): "inspection_commands:inspect",
    ("warnings", None): "inspection_commands:warnings",
    ("rate", None): "inspection_commands:rate",
    ("problems", "add"): "problem_commands:problems_add",
    ("problems", "list"): "problem_commands:problems_list",
    ("problems", "set-status"): "problem_commands:problems_set_status",
    ("problems", "close"): "problem_commands:problems_close",
    ("problems", "show"): "problem_commands:problems_show",
    ("problems", "from-inspection"): "problem_commands:problems_from_inspection",
    ("plan", "create"): "plan_commands:plan_create",
    ("plan", "show"): "plan_commands:plan_show",
    ("plan", "items"): "plan_commands:plan_items",
    ("plan", "check"): "plan_commands:plan_check",
    ("plan", "meeting"): "plan_commands:plan_meeting",
    ("plan", "submit"): "plan_commands:plan_submit",
    ("plan", "review"): "plan_commands:plan_review",
    ("plan", "revise"): "plan_commands:plan_revise",
    ("plan", "compare"): "plan_commands:plan_compare",
    ("activity", "add"): "campaign_commands:activity_add",
    ("activity", "list"): "campaign_commands:activity_list",
    ("accept", None): "campaign_commands:accept",
    ("withdraw-team", None): "campaign_commands:withdraw_team",
    ("dashboard", None): "campaign_commands:dashboard",
    ("identity", "show"): "sync_commands:identity_show",
    ("identity", "renew-keys"): "sync_commands:identity_renew_keys",
    ("setup", "county"): "sync_commands:setup",
    ("setup", "township"): "sync_commands:setup",
    ("enrol", "export"): "sync_commands:enrol_export",
    ("enrol", "import"): "sync_commands:enrol_import",
    ("enrol", "list"): "sync_commands:enrol_list",
    ("enrol", "revoke"): "sync_commands:enrol_revoke",
    ("sync", "export"): "sync_commands:sync_export",
    ("sync", "import"): "sync_commands:sync_import",
    ("conflicts", "list"): "sync_commands:conflicts_list",
    ("conflicts", "show"): "sync_commands:conflicts_show",
    ("conflicts", "resolve"): "sync_commands:conflicts_resolve",
    ("export", None): "export_commands:export",
    ("roster", "template"): "roster_commands:roster_template",
    ("roster", "import"): "roster_commands:roster_import",
    ("report", None): "report_commands:report",
}
# Commands whose modules keep their own table (COMMANDS).
_COMMAND_MODULES = {"users": "user_commands", "audit": "audit_commands", "backup": "backup_commands",
                    "check": "backup_commands", "encrypt": "encryption_commands",
                    "recover": "encryption_commands", "overview": "overview_commands"}
_CREATES_DATABASE = {"demo", "roster", "setup", "identity"}   # a roster or a setup is a way to start a database


def _language_in(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in LANGUAGES:
            return value
    return None


def prepare(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line in the user's language (exits 2 on bad usage)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    use_portable_temp()   # the GUI's too: both start here
    settings = load_settings()
    language = _language_in(argv) or settings.language
    use_language(language)
    args = parse(argv)
    args.lang = args.lang or language
    args.database = database_to_open(args.db, settings)
    return args


def command_function(command: str, action: str | None):
    from importlib import import_module

    if command in _COMMAND_MODULES:
        return import_module(f"desktop.cli.{_COMMAND_MODULES[command]}").COMMANDS[(command, action)]
    module, function = _COMMANDS[(command, action)].split(":")
    return getattr(import_module(f"desktop.cli.{module}"), function)


def run_command(args: argparse.Namespace) -> int:
    action = command_function(args.command, getattr(args, f"{args.command}_command", None))
    try:
        if getattr(action, "without_workspace", False):
            # Works on the file itself (a damaged database's restore, a check).
            return action(args)
        from desktop.cli.signin import open_encrypted, sign_in
        from desktop.services.encryption import database_state
        from desktop.services.workspace import Workspace

        if database_state(args.database) == "encrypted":
            # The password comes before the database: it unwraps the key.
            opened = open_encrypted(args.database, args)
        else:
            opened = Workspace.open(args.database, create=args.command in _CREATES_DATABASE)
        with opened as ws:
            notice = ws.upgrade_notice()
            if notice:
                print(f"villagedesk: {notice}", file=sys.stderr)
            sign_in(ws, args)
            return action(ws, args)
    except VillageDeskError as exc:
        print(f"villagedesk: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `villagedesk villages list | head`: the reader left; not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
