"""Encrypted at rest, through the window: an encrypted database's canaries
shown in the village list, searched for, and opened in a village file leave
nothing readable in any file the app or Qt wrote (settings, caches, the
temporary folder), and none in the database's folder."""

from __future__ import annotations

import tempfile

import pytest

from desktop.core.access import Role
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel, TownshipKind
from desktop.services.encryption import encrypt_database, open_with_password
from desktop.services.settings import load_settings
from desktop.services.workspace import Workspace
from desktop.ui.main_window import MainWindow
from tests.canaries import Canaries, hits, plant_problem, plant_village
from tests.ui.conftest import type_text

PASSWORD = "金雀 canary passphrase"


@pytest.fixture
def places(tmp_path, monkeypatch):
    folders = {name: tmp_path / name for name in ("data", "home", "tmp", "user", "cache", "config")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("VILLAGEDESK_HOME", str(folders["home"]))
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["cache"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folders["config"]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    return folders


def test_the_window_on_an_encrypted_database_leaves_nothing_readable(qtbot, places, languages):
    canaries = Canaries()
    db_path = places["data"] / "乡镇.sqlite3"
    photo = places["user"] / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8" + canaries.evidence.encode() * 40)
    with Workspace.open(db_path, actor="乡镇干部") as ws:
        ws.units.create(AdminUnit(id="00000000-0000-7000-8000-000000000001", row_version=0,
                                  level=AdminLevel.TOWNSHIP, parent_id=None, code="513336100", name_zh="白依乡",
                                  name_bo="པད་ཡུལ་ཤང་།", kind=TownshipKind.TOWNSHIP))
        village = plant_village(ws, canaries, canaries.village)
        plant_problem(ws, village, canaries.petition, photo)
        ws.users.create_first_admin("admin", "管理员", PASSWORD)
        ws.users.edit(ws.users.find("admin").id, None, roles={Role.ADMIN, Role.CLERK, Role.SECRETARY})
        encrypt_database(ws, PASSWORD)

    ws = open_with_password(db_path, "admin", PASSWORD, check=True)
    window = MainWindow(ws, languages, load_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        type_text(qtbot, window.filters.search, canaries.village[:3])
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        dialog = window.open_village(village)
        qtbot.waitExposed(dialog)
        assert canaries.village in dialog.windowTitle() or dialog.isVisible()
        window.grab()    # drawn with the canaries on screen
        dialog.discard_and_close()
    finally:
        window.close()
        ws.close()

    assert hits([places["user"]], canaries)
    assert hits([places[name] for name in ("data", "home", "tmp", "cache", "config")], canaries) == []
