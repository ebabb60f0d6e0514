"""Accounts for the access screens' tests, and clocks the tests move by hand
(the login waits and the idle lock; nobody sleeps)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.access import Role

PASSWORD = "correct horse 7"
PEOPLE = {   # login -> name, roles, must change the password
    "admin": ("王明", {Role.ADMIN}, False),
    "zhaxi": ("扎西", {Role.CLERK}, False),
    "dolma": ("卓玛", {Role.SECRETARY}, False),
    "tsering": ("泽仁", {Role.REVIEWER}, True),
}


def add_accounts(ws) -> None:
    """The office's accounts (ws ends signed out)."""
    ws.users.create_first_admin("admin", PEOPLE["admin"][0], PASSWORD)
    for login, (name, roles, must_change) in PEOPLE.items():
        if login != "admin":
            ws.users.add(login, name, roles, PASSWORD, must_change=must_change)
    ws.users.sign_out()


@pytest.fixture
def office(demo_workspace):
    """The demo database with accounts, nobody signed in."""
    add_accounts(demo_workspace)
    return demo_workspace


class Clock:
    """A UTC clock that moves only when told."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class IdleClock:
    """time.monotonic, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its box (a wide one's middle is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def shown_dialog(kind: type[QDialog]):
    found = [w for w in visible_windows() if isinstance(w, kind)]
    return found[-1] if found else None
