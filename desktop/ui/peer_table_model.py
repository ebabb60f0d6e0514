"""The installations enrolled here, one row each (ws.sync.peers()): who it
is, since when it is trusted, and where the exchange with it stands — the
last bundle made for it, the last of ours it acknowledged, the last of its
bundles imported here — and whether its key was revoked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.sync_identity import format_fingerprint
from desktop.ui.trust_text import short_fingerprint, time_text, unit_label

COLUMNS = ("name", "role", "unit", "fingerprint", "enrolled", "sent", "acked", "received", "revoked")
REVOKED_COLOUR = "#b3261e"
ALARM_COLOUR = "#b3261e"   # the audit alarm: as red as a revocation, on its column only


class PeerTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.peers: list = []

    def set_peers(self, peers: list) -> None:
        self.beginResetModel()
        self.peers = list(peers)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.beginResetModel()
        self.endResetModel()

    def peer_at(self, row: int):
        return self.peers[row] if 0 <= row < len(self.peers) else None

    def row_of(self, installation_id: str) -> int:
        return next((i for i, p in enumerate(self.peers) if p.installation_id == installation_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.peers)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": self.tr("Installation"), "role": self.tr("Side"), "unit": self.tr("Unit"),
            "fingerprint": self.tr("Fingerprint"), "enrolled": self.tr("Enrolled"),
            "sent": self.tr("Last bundle made for it"), "acked": self.tr("Acknowledged"),
            "received": self.tr("Last bundle received"), "revoked": self.tr("Revoked"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        peer = self.peer_at(index.row())
        if peer is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(peer, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "fingerprint":
                return format_fingerprint(peer.fingerprint)
            if column == "name":
                return peer.installation_id
            if column == "revoked" and peer.revoked_at:
                return peer.revocation_reason or None
            if column == "received" and peer.audit_alarm:
                return peer.audit_alarm
        if role == Qt.ItemDataRole.ForegroundRole and peer.revoked_at:
            return QBrush(QColor(REVOKED_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and column == "received" and peer.audit_alarm:
            return QBrush(QColor(ALARM_COLOUR))
        return None

    def _text(self, peer, column: str) -> str:
        if column == "name":
            return peer.name or peer.installation_id[:8]
        if column == "role":
            return self.tr("County") if peer.role == "county" else self.tr("Township")
        if column == "unit":
            return unit_label(self.language, peer.unit_code, peer.unit_name_zh, peer.unit_name_bo)
        if column == "fingerprint":
            return short_fingerprint(peer.fingerprint)
        if column == "enrolled":
            return time_text(peer.enrolled_at)
        if column == "sent":
            return self._bundle(peer.sent_sequence, peer.sent_at)
        if column == "acked":
            return self.tr("No. {sequence}").format(sequence=peer.acked_sequence) if peer.acked_sequence else "–"
        if column == "received":
            return self._bundle(peer.received_sequence, peer.received_at)
        if column == "revoked":
            if not peer.revoked_at:
                return ""
            when = time_text(peer.revoked_at)
            return f"{when} · {peer.revocation_reason}" if peer.revocation_reason else when
        return ""

    def _bundle(self, sequence: int, at) -> str:
        if not sequence:
            return self.tr("none yet")
        return self.tr("No. {sequence}, {when}").format(sequence=sequence, when=time_text(at))

