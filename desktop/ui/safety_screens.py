"""The data-safety screens to look at (`python -m desktop.ui.preview
history|backups|audit|damaged` and the screenshots), over the preview's
demo database: a village's history after a few edits (one of them undone),
the backups after a few were made, the audit check, and a damaged copy of
the database with the offer to restore it.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.core.records import IncomeRecord
from desktop.core.terms import PartyOrgType, Rating, WeaknessType


def village_story(ws, village_id: str) -> None:
    """Edits of a village file as a township makes them: its facts, an
    income, a rating; a note written and undone."""
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    f = edited.facts
    edited.facts = dataclasses.replace(
        f, population=(f.population or 400) + 12, households=(f.households or 100) + 3,
        party_org_type=PartyOrgType.BRANCH if f.party_org_type != PartyOrgType.BRANCH else PartyOrgType.GENERAL_BRANCH,
        weakness=frozenset({WeaknessType.SOFT, WeaknessType.POOR}),
        name_bo=f.name_bo.rstrip("།") + "་གོང་མ།" if f.name_bo else "གྲོང་ཚོ་གསར་པ།")
    ws.villages.save_file(original, edited)
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.incomes.append(IncomeRecord(village_id, ws.today().year, 86000, "合作社分红"))
    ws.villages.save_file(original, edited)
    ws.warnings.set_rating(village_id, str(ws.today().year), Rating.ORDINARY, "整顿后有起色")
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts = dataclasses.replace(edited.facts, note="写错了的备注")
    undone = ws.villages.save_file(original, edited)
    ws.changes.revert(undone.id)


def preview_history(window, language: str):
    """History… of the weak village, with its income, posts and people."""
    from desktop.core.query import VillageQuery

    ws = window.ws
    village_id = ws.villages.search(VillageQuery(rating=Rating.BACKWARD))[0]
    village_story(ws, village_id)
    dialog = window.open_village(village_id)
    shown = dialog.open_history()
    shown.resize(1180, 680)
    return shown


def _wait(task) -> None:
    app = QApplication.instance()
    while task is not None and task.worker.isRunning():
        app.processEvents()
    app.processEvents()


def preview_backups(window, language: str):
    """Backups… after a start-up, an hourly and a hand-made backup."""
    ws = window.ws
    for reason in ("startup", "hourly", "before-import", "manual"):
        ws.backups.create(reason)
    shown = window.safety_menu.open_backups()
    folder = ws.backups.folder
    shown.destroyed.connect(lambda *_a: shutil.rmtree(folder, ignore_errors=True))   # 4 copies of the database
    return shown


def preview_audit(window, language: str):
    """Check the audit trail…, once the check has run."""
    dialog = window.safety_menu.open_audit()
    _wait(dialog.task)
    return dialog


def preview_damaged(window, language: str):
    """A copy of the preview's database with damaged pages, opened with
    the start-up check, and the offer to restore its newest good backup."""
    from desktop.core.errors import DatabaseError
    from desktop.services.workspace import Workspace
    from desktop.ui.damaged_dialog import DamagedDialog

    folder = Path(tempfile.mkdtemp(prefix="villagedesk-damaged-"))
    path = folder / "township.sqlite3"
    window.ws.db.copy_to(path)      # a consistent copy of the preview's database
    copy = Workspace.open(path, actor="preview")
    copy.backups.create("startup")
    copy.close()
    damage(path)
    try:
        target = Workspace.open(path, actor="preview", check=True)
    except DatabaseError as exc:
        target = exc
    dialog = DamagedDialog(target, window)

    def clean_up(*_args) -> None:
        if not isinstance(target, DatabaseError):
            target.close()
        shutil.rmtree(folder, ignore_errors=True)

    dialog.destroyed.connect(clean_up)
    return dialog


def damage(path: Path, pages: int = 6) -> None:
    """Overwrite pages in the middle of a closed database file with noise
    (a failing disk, a laptop switched off at the wrong moment)."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as f:
        for i in range(pages):
            f.seek((size // page // 2 + 3 * i) * page + 16)
            f.write(bytes((37 * j + i) % 256 for j in range(page - 32)))
