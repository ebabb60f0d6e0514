"""Fixtures of the sync tests: the demo county, and it with a copy that is a
township's installation."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo(workspace):
    """A small demo county with every synchronised table filled."""
    from desktop.services.demo import fill_demo

    fill_demo(workspace, villages=4, townships=2)
    with workspace.db.write("t", "set_warning_policy") as w:
        w.insert("warning_policy", {"unit_id": None, "red_below": 60.0, "green_from": 80.0, "by_quota": False,
                                    "class1_share": 30, "class2_share": 50, "class3_share": 20, "due_soon_days": 7})
    # The storage tests below write rows straight through the database under
    # labels of their own ("edit", "enrol" ...), not the app's actions: the
    # role check is the workspace's, tested in tests/services/test_role_table.py.
    workspace.db.guard = None
    return workspace


@pytest.fixture
def pair(demo, tmp_path):
    """The demo county and a copy of it that is another installation (a township's)."""
    from desktop.storage.sync import SyncStore
    from tests.storage.sync_exchange import copy_as_new_installation, enrol

    county = demo.db
    township = copy_as_new_installation(county, tmp_path / "township.sqlite3")
    enrol(county, township, "township")
    enrol(township, county, "county")
    with county.write("t", "setup") as w:
        SyncStore(w).set_setup(w, "county", None, "county")
    yield county, township
    township.close()
