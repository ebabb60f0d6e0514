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

# The PostgreSQL pass (tests/run_on_postgresql.sh, .ci/run): a server's URL.
# Tests whose database comes from `db_target` (so every test on `workspace`)
# then run on a new database of that server; the others, which work on
# database files of their own, ran in the SQLite pass and are deselected.
# Tests marked server_database (what file-only features say on a server)
# need one: the SQLite pass deselects them.
POSTGRES = os.environ.get("VILLAGEDESK_TEST_PG", "")
# The fixtures that give a test its database (directly or through another fixture).
ON_SERVER = {"db_target", "module_db_target"}


def pytest_configure(config):
    config.addinivalue_line("markers", "server_database: about a database on a server (what the file-only "
                                       "features say there): PostgreSQL pass only")


def pytest_collection_modifyitems(config, items):
    kept, dropped = [], []
    for item in items:
        if POSTGRES:
            keep = bool(ON_SERVER.intersection(getattr(item, "fixturenames", ()))) \
                and not item.get_closest_marker("file_database")
        else:
            keep = not item.get_closest_marker("server_database")
        (kept if keep else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("VILLAGEDESK_HOME", str(home))
    yield home
    set_translator(None)


@pytest.fixture
def db_path(tmp_path):
    """A database file: the tests that take it work on SQLite's file itself."""
    return tmp_path / "village.sqlite3"


@pytest.fixture
def db_target(tmp_path, request):
    """Where the test's database is: a new SQLite file, or with
    VILLAGEDESK_TEST_PG set a new database on that PostgreSQL server."""
    if not POSTGRES:
        yield tmp_path / "village.sqlite3"
        return
    from tests.pg_databases import new_database

    with new_database(request.getfixturevalue("pg_template")) as url:
        yield url


@pytest.fixture(scope="module")
def module_db_target(tmp_path_factory, request):
    """`db_target` for a module's fixture: a database filled once for the
    module's tests (which read it, or tamper with copies from `copy_database`)."""
    if not POSTGRES:
        yield tmp_path_factory.mktemp("module_db") / "village.sqlite3"
        return
    from tests.pg_databases import new_database

    with new_database(request.getfixturevalue("pg_template")) as url:
        yield url


@pytest.fixture
def copy_database(tmp_path):
    """copy(target) -> a new database holding what the closed database at
    `target` holds (a file copied; on a server, CREATE DATABASE ... TEMPLATE);
    dropped after the test."""
    import contextlib
    import shutil

    from desktop.storage.engines import is_server

    with contextlib.ExitStack() as stack:
        def copy(source):
            if is_server(str(source)):
                from tests.pg_databases import new_database, template_of

                return stack.enter_context(new_database(template_of(str(source))))
            path = tmp_path / f"copy{len(list(tmp_path.glob('copy*.sqlite3')))}.sqlite3"
            shutil.copyfile(source, path)
            return path

        yield copy


@pytest.fixture(scope="session")
def pg_template():
    from tests.pg_databases import template_database

    return template_database(POSTGRES)


@pytest.fixture
def workspace(db_target):
    ws = Workspace.open(db_target, actor="tester")
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
