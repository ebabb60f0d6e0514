"""Encrypted at rest: canary strings planted through the services, before and
after the database is encrypted, are found in no file the app wrote — the
database, its WAL, the backups, the attachments, the key ring, the settings
and the temporary folder — and the database does not start with SQLite's
plain header.

Exports (a PDF, a workbook, a bundle) are the user's deliberate act and go
to a folder of the user's own, which is not searched.
"""

from __future__ import annotations

import tempfile

import pytest

from desktop.core.access import Role
from desktop.services.encryption import encrypt_database, open_with_password
from desktop.services.workspace import Workspace
from desktop.storage import cipher
from tests.canaries import Canaries, hits, plant_problem, plant_village

# Encryption at rest of the database file and what lies beside it.
pytestmark = pytest.mark.file_database

PASSWORD = "金雀 canary passphrase"
SQLITE = b"SQLite format 3\x00"


@pytest.fixture
def places(tmp_path, monkeypatch):
    """The folders the app may write: its data, its home (settings), its
    temporary folder; and the user's own folder (sources and exports)."""
    folders = {name: tmp_path / name for name in ("data", "home", "tmp", "user")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("VILLAGEDESK_HOME", str(folders["home"]))
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folders["home"] / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    return folders


def _exchange_with_county(township, places) -> None:
    """A bundle to the county and one back: the township imports from the
    user's stick, through whatever temporary files the import uses. The
    county is another installation, with a folder of its own (not searched)."""
    county_folder = places["user"] / "county"
    county_folder.mkdir()
    county = Workspace.open(county_folder / "county.sqlite3", actor="县委组织部")
    try:
        unit = township.units.townships()[0]
        township.sync.setup("township", unit.code, installation_name=unit.name_zh)
        county.sync.setup("county", "513336", name_zh="乡城县")
        for source, target in ((township, county), (county, township)):
            path = source.sync.export_enrolment(places["user"] / f"{source.installation_id}.vdenrol")
            target.sync.enrol(path, source.sync.identity().fingerprint)
        bundle = township.sync.export_bundle(county.installation_id, places["user"] / "up.vdbundle", full=True)
        county.sync.import_bundle(bundle.path)
        back = county.sync.export_bundle(township.installation_id, places["user"] / "down.vdbundle", full=True)
        township.sync.import_bundle(back.path)
    finally:
        county.close()


def test_canaries_planted_through_the_app_are_in_no_file_it_wrote(places):
    canaries = Canaries()
    db_path = places["data"] / "乡镇.sqlite3"
    photo = places["user"] / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8" + canaries.evidence.encode() * 40)
    later_photo = places["user"] / "后来的照片.jpg"
    later_photo.write_bytes(b"\xff\xd8" + canaries.later.encode() * 40)

    # Planted while the database is still plain: the conversion must leave
    # no readable copy of any of it (the file, its WAL, backups, attachments).
    from desktop.core.records import AdminUnit
    from desktop.core.terms import AdminLevel, TownshipKind

    ws = Workspace.open(db_path, actor="乡镇干部")
    ws.units.create(AdminUnit(id="00000000-0000-7000-8000-000000000001", row_version=0, level=AdminLevel.TOWNSHIP,
                              parent_id=None, code="513336100", name_zh="白依乡", name_bo="པད་ཡུལ་ཤང་།",
                              kind=TownshipKind.TOWNSHIP))
    village = plant_village(ws, canaries, canaries.village)
    plant_problem(ws, village, canaries.petition, photo)
    ws.backups.create("manual")
    ws.users.create_first_admin("admin", "管理员", PASSWORD)
    # The township's one cadre keeps the files too (roles count from the next sign-in).
    ws.users.edit(ws.users.find("admin").id, None, roles={Role.ADMIN, Role.CLERK, Role.SECRETARY})
    result = encrypt_database(ws, PASSWORD)
    assert result.recovery_key
    ws.close()

    # Planted after: the encrypted database's own WAL, backups, attachments.
    ws = open_with_password(db_path, "admin", PASSWORD)
    second = plant_village(ws, canaries, canaries.later)
    plant_problem(ws, second, canaries.later, later_photo)
    ws.backups.create("manual")
    _exchange_with_county(ws, places)
    ws.close()

    # The data is all there for the one with the password.
    ws = open_with_password(db_path, "admin", PASSWORD, check=True)
    try:
        assert not ws.db.damaged
        names = {row[1] for row in ws.villages.find("金雀岗", limit=10)}
        assert canaries.village in names
        evidence = [e for p in ws.ledger.for_village(village) for e in ws.ledger.history(p.id).evidence]
        assert evidence and canaries.evidence.encode() in ws.ledger.attachments.read_bytes(evidence[0].sha256)
    finally:
        ws.close()

    # The check itself must be able to see a plain file: the user's own folder holds them.
    assert hits([places["user"]], canaries), "the search finds nothing even where the canaries are"
    assert hits([places["data"], places["home"], places["tmp"]], canaries) == []
    assert db_path.read_bytes()[:16] != SQLITE
    assert cipher.is_encrypted(db_path)
    databases = [p for p in places["data"].rglob("*") if p.is_file() and p.stat().st_size >= 16
                 and p.suffix not in (".keys",) and not p.name.endswith(".keys")]
    plain = [str(p.relative_to(places["data"])) for p in databases if p.read_bytes()[:16] == SQLITE]
    assert plain == []


def test_a_bundle_scratch_file_a_crash_left_is_wiped_when_the_database_opens(places):
    """A crash during an export or an import leaves the bundle's plain payload
    beside the database; the next opening overwrites and removes it."""
    canaries = Canaries()
    db_path = places["data"] / "乡镇.sqlite3"
    with Workspace.open(db_path, actor="乡镇干部") as ws:
        ws.users.create_first_admin("admin", "管理员", PASSWORD)
        encrypt_database(ws, PASSWORD)
    left = []
    for part in ("staging/0190-bundle/payload.zip", "work/villagedesk-bundle-x/payload.zip"):
        path = db_path.with_name(db_path.name + ".sync") / part
        path.parent.mkdir(parents=True)
        path.write_bytes(canaries.petition.encode() * 100)
        left.append(path)
    assert hits([places["data"]], canaries)
    open_with_password(db_path, "admin", PASSWORD).close()
    assert not any(p.exists() for p in left)
    assert hits([places["data"], places["tmp"]], canaries) == []
