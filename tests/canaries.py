"""Canary strings for the encrypted-at-rest tests: planted through the
services, then searched for in every file the app wrote."""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from desktop.core.ledger import ProblemAspect, ProblemCategory, ProblemRecord, ProblemSource
from desktop.core.ledger import ProblemStatus as S
from desktop.core.records import PersonRecord, PostRecord, VillageFacts
from desktop.core.terms import Gender, PostRole


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


def plant_village(ws, canaries: Canaries, name: str) -> str:
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


def plant_problem(ws, village_id: str, description: str, evidence: Path) -> None:
    pid, _ = ws.ledger.add(ProblemRecord(
        id="", row_version=0, village_id=village_id, description=description,
        category=ProblemCategory.TEAM_BUILDING, aspect=ProblemAspect.B3, source=ProblemSource.PETITION,
        found_on=date(2026, 9, 1), deadline=date(2026, 12, 31), responsible_leader="扎西",
        responsible_person="卓玛"))
    ws.ledger.move(pid, None, S.IN_PROGRESS, on=date(2026, 10, 1))
    ws.ledger.move(pid, None, S.SOLVED, description, on=date(2026, 11, 1))
    ws.ledger.close_out(pid, None, checker="乡党委 李书记", evidence=[evidence], reason=description)


def hits(folders: list[Path], canaries: Canaries) -> list[str]:
    patterns = canaries.patterns()
    found = []
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            for pattern, text in patterns.items():
                if pattern in data:
                    found.append(f"{path.relative_to(folder.parent)}: {text!r}")
    return found
