"""A county and one of its townships, enrolled with each other, that have
exchanged a first bundle and then both worked: the real thing for the GUI's
preview screens, the tests and the screenshots.

The township's bundle to the county (`to_county`) holds new, changed and
deleted rows and, for `conflicts` villages, a note both sides changed; the
county's bundle to the township (`to_township`) holds its ratings and its
side of those notes. Neither is imported yet.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from desktop.core.ids import new_id
from desktop.core.ledger_terms import ActivityKind
from desktop.core.query import VillageQuery
from desktop.core.support import ActivityRecord
from desktop.core.terms import Rating
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace


@dataclass
class ExchangeDemo:
    county: Workspace
    township: Workspace
    to_county: Path
    to_township: Path

    def close(self) -> None:
        self.county.close()
        self.township.close()


def exchange_demo(folder: Path, *, villages: int = 16, conflicts: int = 3, seed: int = 1,
                  county_db: "str | Path | None" = None) -> ExchangeDemo:
    """The demo in `folder` (bundles, enrolments, the township's file); the
    county's database is `county_db` if given (a hub on a server), else a
    file there too."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    county = Workspace.open(county_db or folder / "county.sqlite3", actor="县委组织部")
    township = Workspace.open(folder / "township.sqlite3", actor="乡镇干部")
    fill_demo(county, villages=villages, townships=2, seed=seed)
    county_unit = county.units.counties()[0]
    township_unit = county.units.townships()[0]
    county.sync.setup("county", county_unit.code, installation_name=f"{county_unit.name_zh}组织部")
    township.sync.setup("township", township_unit.code, name_zh=township_unit.name_zh,
                        name_bo=township_unit.name_bo, installation_name=f"{township_unit.name_zh}党委")
    _enrol(county, township, folder)
    _enrol(township, county, folder)
    first = county.sync.export_bundle(township.installation_id, folder / "first.vdbundle", full=True)
    township.sync.import_bundle(first.path)

    rng = random.Random(seed)
    ids = sorted(township.villages.search(VillageQuery()))
    rng.shuffle(ids)
    both, only_township = ids[:conflicts], ids[conflicts:conflicts + 3]
    for vid in both:
        _set_note(township, vid, "村两委已调整，乡镇已核实。")
        _set_note(county, vid, "县委组织部：请补充换届材料。")
    for vid in only_township:
        _set_note(township, vid, "已召开村民代表会议。")
        township.support.add(ActivityRecord(id=new_id(), row_version=0, village_id=vid, kind=ActivityKind.VISIT,
                                            on=township.today(), by="乡镇包村干部", summary="入户走访，了解群众诉求。"))
    for vid in ids[conflicts + 3:conflicts + 5]:
        county.warnings.set_rating(vid, str(county.today().year), Rating.ADVANCED, "县委常委会评定")
    to_county = township.sync.export_bundle(county.installation_id, folder / "township-to-county.vdbundle")
    to_township = county.sync.export_bundle(township.installation_id, folder / "county-to-township.vdbundle")
    return ExchangeDemo(county, township, to_county.path, to_township.path)


def _enrol(source: Workspace, target: Workspace, folder: Path) -> None:
    path = source.sync.export_enrolment(folder / f"{source.installation_id[:8]}.vdenrol")
    target.sync.enrol(path, source.sync.identity().fingerprint)


def _set_note(ws: Workspace, village_id: str, note: str) -> None:
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.note = note
    ws.villages.save_file(original, edited)
