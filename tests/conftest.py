"""Shared fixtures. Qt runs offscreen; every test gets its own VillageDesk
home (settings, default database) so nothing touches the real user folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A real argon2id at a tiny cost: sign-ins take no time, in CLI subprocesses too.
os.environ.setdefault("VILLAGEDESK_PASSWORD_COST", "test")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from desktop.core.i18n import set_translator  # noqa: E402
from desktop.core.records import AdminUnit  # noqa: E402
from desktop.core.terms import AdminLevel, TownshipKind  # noqa: E402
from desktop.services.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("VILLAGEDESK_HOME", str(home))
    yield home
    set_translator(None)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "village.sqlite3"


@pytest.fixture
def workspace(db_path):
    ws = Workspace.open(db_path, actor="tester")
    ws.today = lambda: TODAY
    yield ws
    ws.close()


@pytest.fixture
def township(workspace) -> AdminUnit:
    unit = AdminUnit(id="00000000-0000-7000-8000-000000000001", row_version=0, level=AdminLevel.TOWNSHIP,
                     parent_id=None, code="513336100", name_zh="白依乡", name_bo="པད་ཡུལ་ཤང་།",
                     kind=TownshipKind.TOWNSHIP)
    workspace.units.create(unit)
    return workspace.units.get(unit.id)
