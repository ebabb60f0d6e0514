"""What the file-only features do on a database on a server (county mode):
backups and encryption are the server's administrator's, said clearly, and
the automatic backups before an import or after an hour of work quietly do
nothing. The PostgreSQL pass only: the SQLite pass has no server."""

from __future__ import annotations

import pytest

from desktop.core.errors import VillageDeskError
from desktop.services.demo import fill_demo
from desktop.services.encryption import SERVER, database_state, encrypt_database
from tests.raw_sql import scalar

pytestmark = pytest.mark.server_database

PASSWORD = "a long passphrase"


def test_backups_of_a_server_database_are_its_administrators(workspace, db_target):
    fill_demo(workspace, villages=2, townships=1)
    head = workspace.db.change_head()
    assert workspace.db.path is None and head != "0"
    with pytest.raises(VillageDeskError, match="this database is on a server, which its administrator backs up"):
        workspace.backups.create()
    assert workspace.backups.before("import") is None and workspace.backups.last_error is None
    assert not workspace.backups.due()
    assert workspace.db.change_head() == head


def test_a_server_database_is_not_encrypted_by_the_app(workspace, db_target):
    workspace.users.create_first_admin("admin", "管理员", PASSWORD)
    changesets = scalar(workspace, "SELECT count(*) FROM changeset")
    assert database_state(db_target) == SERVER
    with pytest.raises(VillageDeskError, match="A database on a server is protected by its server"):
        encrypt_database(workspace, PASSWORD)
    assert workspace.db.key is None
    assert scalar(workspace, "SELECT count(*) FROM changeset") == changesets
