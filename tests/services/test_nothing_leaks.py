"""Encrypted at rest: canary strings planted through the services, before and
after the database is encrypted, are found in no file the app wrote — the
database, its WAL, the backups, the attachments, the key ring, the settings
and the temporary folder — and the database does not start with SQLite's
plain header.

Exports (a PDF, a workbook, a bundle) are the user's deliberate act and go
to a folder of the user's own, which is not searched.
"""

from __future__ import annotations

import secrets
import tempfile
from datetime import date
from pathlib import Path

import pytest

from desktop.core.access import Role
from desktop.core.ledger import ProblemAspect, ProblemCategory, ProblemRecord, ProblemSource
from desktop.core.ledger import ProblemStatus as S
from desktop.core.records import PersonRecord, PostRecord, VillageFacts
from desktop.core.terms import Gender, PostRole
from desktop.services.encryption import encrypt_database, open_with_password
from desktop.services.workspace import Workspace
from desktop.storage import cipher

PASSWORD = "金雀 canary passphrase"
SQLITE = b"SQLite format 3\x00"


class Canaries:
    """Strings no file may hold in a readable form: Chinese and Tibetan
    names, an ID number, a phone number, words of a petition."""

    def __init__(self) -> None:
        tag = secrets.token_hex(3)
        n = int(tag, 16) % 10_000
        self.village = f"金雀岗{tag}村"
        self.person = f"卓玛{tag}央金"
        self.person_bo = f"སྒྲོལ་མ་{tag}"
        self.id_number = f"51333619800101{n:04d}"
        self.phone = f"1390{n:04d}777"
        self.petition = f"群众信访反映{tag}村财务账目不清"
        self.evidence = f"EVIDENCE-{tag}-集体经济收支明细"
        self.later = f"后来加的{tag}事项"

    def all(self) -> list[str]:
        return [self.village, self.person, self.person_bo, self.id_number, self.phone, self.petition,
                self.evidence, self.later]

    def patterns(self) -> dict[bytes, str]:
        """Each canary as the bytes it would be in a file: UTF-8, UTF-16
        (Qt's own strings), GB18030 (Chinese Windows); a part of a long one
        as well, should a page boundary split it."""
        out: dict[bytes, str] = {}
        for text in self.all():
            for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
                try:
                    out[text.encode(encoding)] = text
                except UnicodeEncodeError:
                    continue
            out[text[:6].encode("utf-8")] = text
        return out


def _village(ws, canaries: Canaries, name: str) -> str:
    units = ws.units.townships()
    file = ws.villages.new_file(units[0].id)
    file.facts.name_zh = name
    ws.villages.save_file(type(file)(facts=VillageFacts(id=file.facts.id)), file)
    original = ws.villages.open_file(file.facts.id)
    edited = original.copy()
    person = PersonRecord(name_zh=canaries.person, name_bo=canaries.person_bo, gender=Gender.FEMALE,
                          birth_year=1980, phone=canaries.phone, note=f"身份证号 {canaries.id_number}")
    edited.people[person.id] = person
    edited.posts.append(PostRecord(person_id=person.id, village_id=file.facts.id, role=PostRole.BRANCH_SECRETARY,
                                   term_start=date(2021, 3, 1)))
    ws.villages.save_file(original, edited)
    return file.facts.id


def _problem(ws, village_id: str, description: str, evidence: Path) -> None:
    pid, _ = ws.ledger.add(ProblemRecord(
        id="", row_version=0, village_id=village_id, description=description,
        category=ProblemCategory.TEAM_BUILDING, aspect=ProblemAspect.B3, source=ProblemSource.PETITION,
        found_on=date(2026, 9, 1), deadline=date(2026, 12, 31), responsible_leader="扎西",
        responsible_person="卓玛"))
    ws.ledger.move(pid, None, S.IN_PROGRESS, on=date(2026, 10, 1))
    ws.ledger.move(pid, None, S.SOLVED, description, on=date(2026, 11, 1))
    ws.ledger.close_out(pid, None, checker="乡党委 李书记", evidence=[evidence], reason=description)


def _hits(folders: list[Path], canaries: Canaries) -> list[str]:
    patterns = canaries.patterns()
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            for pattern, text in patterns.items():
                if pattern in data:
                    found.append(f"{path.relative_to(folder.parent)}: {text!r}")
    return found


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
    village = _village(ws, canaries, canaries.village)
    _problem(ws, village, canaries.petition, photo)
    ws.backups.create("manual")
    ws.users.create_first_admin("admin", "管理员", PASSWORD)
    # The township's one cadre keeps the files too (roles count from the next sign-in).
    ws.users.edit(ws.users.find("admin").id, None, roles={Role.ADMIN, Role.CLERK, Role.SECRETARY})
    result = encrypt_database(ws, PASSWORD)
    assert result.recovery_key
    ws.close()

    # Planted after: the encrypted database's own WAL, backups, attachments.
    ws = open_with_password(db_path, "admin", PASSWORD)
    second = _village(ws, canaries, canaries.later)
    _problem(ws, second, canaries.later, later_photo)
    ws.backups.create("manual")
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
    assert _hits([places["user"]], canaries), "the search finds nothing even where the canaries are"
    assert _hits([places["data"], places["home"], places["tmp"]], canaries) == []
    assert db_path.read_bytes()[:16] != SQLITE
    assert cipher.is_encrypted(db_path)
    databases = [p for p in places["data"].rglob("*") if p.is_file() and p.stat().st_size >= 16
                 and p.suffix not in (".keys",) and not p.name.endswith(".keys")]
    plain = [str(p.relative_to(places["data"])) for p in databases if p.read_bytes()[:16] == SQLITE]
    assert plain == []
