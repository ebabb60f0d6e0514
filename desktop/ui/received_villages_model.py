"""The county's view of one township: each of its villages with the last
bundle from the township that carried rows of it, when that was imported
and how many rows it held; villages nothing came for yet are listed too,
so the county sees which ones are missing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui.trust_text import time_text, unit_name

COLUMNS = ("code", "village", "sequence", "at", "rows")
NOTHING_COLOUR = "#777777"


@dataclass(frozen=True)
class ReceiptRow:
    village_id: str
    code: str
    name_zh: str
    name_bo: str
    sequence: int = 0       # 0: nothing came for it yet
    at: object = None       # when that bundle was imported (text or datetime, UTC)
    rows: int = 0


class ReceivedVillagesModel(QAbstractTableModel):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.receipts: list[ReceiptRow] = []

    def set_receipts(self, receipts: list[ReceiptRow]) -> None:
        self.beginResetModel()
        self.receipts = list(receipts)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.beginResetModel()
        self.endResetModel()

    def received(self) -> int:
        return sum(1 for r in self.receipts if r.sequence)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.receipts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"code": self.tr("Code"), "village": self.tr("Village"), "sequence": self.tr("Last bundle"),
                "at": self.tr("Received"), "rows": self.tr("Rows")}[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not 0 <= index.row() < len(self.receipts):
            return None
        r = self.receipts[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "code":
                return r.code
            if column == "village":
                return unit_name(self.language, r.name_zh, r.name_bo)
            if not r.sequence:
                return self.tr("nothing yet") if column == "sequence" else ""
            if column == "sequence":
                return self.tr("No. {sequence}").format(sequence=r.sequence)
            if column == "at":
                return time_text(r.at)
            return str(r.rows)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("sequence", "rows"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not r.sequence:
            return QBrush(QColor(NOTHING_COLOUR))
        return None


def village_receipts(ws, peer) -> list[ReceiptRow]:
    """The villages of `peer`'s township (by its unit code) and of what came
    from it, with the last bundle that carried each; ordered by code."""
    received = {r.village_id: r for r in ws.sync.received_by_village(peer.installation_id)}
    township = next((u for u in ws.units.townships() if u.code and u.code == peer.unit_code), None)
    ids: list[str] = []
    if township is not None:
        from desktop.core.query import VillageQuery

        ids = ws.villages.search(VillageQuery(township_id=township.id))
    listed = set(ids)
    ids += [vid for vid in received if vid not in listed]
    rows = ws.villages.rows(ids)
    names = ws.villages.names([vid for vid in ids if vid not in rows])   # moved elsewhere or deleted since
    out = []
    for vid in ids:
        row = rows.get(vid)
        code, zh, bo = (row.code or "", row.name_zh, row.name_bo) if row else ("", *names.get(vid, ("", "")))
        got = received.get(vid)
        out.append(ReceiptRow(vid, code, zh, bo, got.last_sequence if got else 0, got.last_at if got else None,
                                  got.rows if got else 0))
    return sorted(out, key=lambda r: (r.code or "~", r.name_zh))
