"""`villagedesk`: a command, or without one the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.cli.main import prepare, run_command

    args = prepare(argv)
    if args.command is None:
        from desktop.ui.app import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
