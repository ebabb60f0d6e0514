"""`villagedesk`: a command, or without one the window; or `--self-test`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.cli.main import prepare, run_command

    args = prepare(argv)
    if args.self_test:
        return self_test(args)
    if args.command is None:
        # SQLite reads the database for its check while Qt and the window's
        # code load (a cold start reads both from disk).
        from desktop.services.startup_check import start_check

        args.started_check = start_check(args.database)
        from desktop.ui.app import run_gui

        return run_gui(args)
    return run_command(args)


def self_test(args) -> int:
    """The services' steps and the window's (services/self_test.py), one
    line each as they end; 0 only if every step passed."""
    from desktop.services.self_test import run_self_test
    from desktop.ui.self_test_window import WINDOW_STEP

    def say(result) -> None:
        print(result.line(), flush=True)
        if result.trace:
            print(result.trace, file=sys.stderr, flush=True)

    report = run_self_test(args.keep, extra_steps=(WINDOW_STEP,), on_result=say, language=args.lang)
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
