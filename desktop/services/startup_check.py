"""The start-up check begun early: the launcher starts `PRAGMA quick_check`
of the database it is about to open before it loads the window's code, and
hands it to `Workspace.open(check=...)`, which takes its answer."""

from __future__ import annotations

from pathlib import Path

from desktop.storage.backup import StartedCheck

__all__ = ["StartedCheck", "start_check"]


def start_check(target: str | Path) -> StartedCheck | None:
    """None where there is nothing to check yet (a new file, a server)."""
    return StartedCheck.start(target)
