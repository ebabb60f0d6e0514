"""A county and a township that have exchanged and both worked since
(`exchange_demo`), for the exchange screens' tests, and what a user reads
off them."""

from __future__ import annotations

from pathlib import Path

from desktop.core.query import VillageQuery
from desktop.services.sync.demo import ExchangeDemo, exchange_demo

# The note the demo's township writes on villages only it changed.
TOWNSHIP_NOTE = "已召开村民代表会议。"


def make_demo(folder: Path) -> ExchangeDemo:
    return exchange_demo(folder / "exchange", villages=12, conflicts=3, seed=1)


def notes(ws) -> dict[str, str]:
    """Each village's note, by id."""
    return {vid: ws.villages.open_file(vid).facts.note for vid in ws.villages.search(VillageQuery())}


def staged_folders(ws) -> list[Path]:
    from desktop.services.sync.importing import staging_root

    root = staging_root(ws)
    return sorted(p for p in root.iterdir()) if root.is_dir() else []


def flipped_copy(source: Path, target: Path, at: int | None = None) -> Path:
    """`source` with one byte changed (in the middle unless `at` says where)."""
    data = bytearray(source.read_bytes())
    at = len(data) // 2 if at is None else at
    data[at] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def tick(qtbot, box) -> None:
    """Click a check box on its box (a box stretched by its layout does not take a click far right of its text)."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
