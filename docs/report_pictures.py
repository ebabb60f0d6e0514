"""The first page of each report in Chinese, Tibetan and both, as PNGs
(the README's pictures; CI makes them to show every report builds).

    python docs/report_pictures.py DEMO.sqlite3 OUT_FOLDER

Needs poppler's pdftoppm. The plan form and dossier are of a village whose
plan the county returned with comments, the township summary of the first
township.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.core.ledger_terms import PlanStatus
from desktop.core.query import VillageQuery
from desktop.core.terms import AdminLevel
from desktop.services.reports import REPORTS, ReportRequest, build_report
from desktop.services.workspace import Workspace


def main(database: str, out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(Path(database), actor="pictures")
    try:
        with_plans = [(v, ws.plans.current(v)) for v in ws.villages.search(VillageQuery())]
        with_plans = [(v, p) for v, p in with_plans if p]
        village = next((v for v, p in with_plans if p.status is PlanStatus.RETURNED), with_plans[0][0])
        with ws.db.read() as r:
            township = r.units.of_level(AdminLevel.TOWNSHIP)[0].id
        scope = {"plan": dict(village_id=village), "dossier": dict(village_id=village),
                 "township": dict(unit_id=township)}
        with tempfile.TemporaryDirectory() as tmp:
            for kind in REPORTS:
                for language in ("zh_CN", "bo_CN", "both"):
                    pdf = build_report(ws, ReportRequest(kind, language, **scope.get(kind, {})),
                                       Path(tmp) / f"{kind}_{language}.pdf")
                    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                                    str(folder / f"report_{kind}_{language}")], check=True)
                    print(folder / f"report_{kind}_{language}.png")
    finally:
        ws.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
