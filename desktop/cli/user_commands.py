"""Placeholder: filled by issue 7's work (see /work/brief_issue7.md).

`add_user_commands(sub, common)` adds the subcommands to the parser;
`COMMANDS` maps (command, action) to a function (workspace, args) -> exit status.
"""

from __future__ import annotations

COMMANDS: dict = {}


def add_user_commands(sub, common) -> None:
    pass
