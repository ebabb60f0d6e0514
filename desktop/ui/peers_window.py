"""Exchange → Installations… (in county mode: Townships…): the installations
enrolled here and where the exchange with each stands.

In county mode the window is the county's view of "which township sent
what and when": below the list, the selected township's villages with the
last bundle that carried each, when it came and how many rows; and Revoke…
for a lost or stolen laptop (with a reason; revoke_dialog.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui import fonts
from desktop.ui.messages import open_dialog, show_error
from desktop.ui.peer_table_model import PeerTableModel
from desktop.ui.received_villages_model import COLUMNS as VILLAGE_COLUMNS
from desktop.ui.received_villages_model import ReceivedVillagesModel, village_receipts
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import time_text, unit_name


def _table(parent: QWidget, name: str, model) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(fonts.row_height())
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class PeersWindow(Retranslating, QWidget):
    enrol_requested = Signal()
    revoked = Signal(object)   # the Peer as it is after its revocation

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peersWindow")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ws = workspace
        self.language = language
        self.mode = "township"
        self.revoke_dialog = None
        self.error = ""   # why the installations could not be read

        self.title = QLabel(self)
        self.title.setObjectName("peersTitle")
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.empty = QLabel(self)
        self.empty.setObjectName("peersEmpty")
        self.empty.setWordWrap(True)
        self.peers = PeerTableModel(language, self)
        self.view = _table(self, "peerTable", self.peers)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("peersEnrol")
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("peersRevoke")
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch()

        self.villages_panel = QWidget(self)
        self.villages_title = QLabel(self.villages_panel)
        self.villages_title.setObjectName("villagesTitle")
        self.villages_title.setFont(title_font)
        self.villages_title.setWordWrap(True)
        self.villages_summary = QLabel(self.villages_panel)
        self.villages_summary.setObjectName("villagesSummary")
        self.villages_summary.setWordWrap(True)
        self.villages = ReceivedVillagesModel(language, self)
        self.village_view = _table(self.villages_panel, "receivedVillages", self.villages)
        # The village's name takes the room; the figures stay beside it.
        self.village_view.horizontalHeader().setStretchLastSection(False)
        self.village_view.horizontalHeader().setSectionResizeMode(VILLAGE_COLUMNS.index("village"),
                                                                  QHeaderView.ResizeMode.Stretch)
        panel = QVBoxLayout(self.villages_panel)
        panel.setContentsMargins(0, 6, 0, 0)
        panel.addWidget(self.villages_title)
        panel.addWidget(self.villages_summary)
        panel.addWidget(self.village_view, 1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.villages_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.enrol_button.clicked.connect(self.enrol_requested)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.reload()
        self.resize(1150, 720)

    # -- reading ---------------------------------------------------------

    def reload(self, *_args) -> None:
        """Read the peers again, keeping the selection."""
        selected = self.selected_peer()
        self.error = ""
        try:
            self.mode = self.ws.sync.identity().mode
            peers = self.ws.sync.peers()
        except VillageDeskError as exc:
            peers = []
            self.error = exc.message
        self.peers.set_peers(peers)
        row = self.peers.row_of(selected.installation_id) if selected else -1
        self.view.selectRow(row if row >= 0 else 0)
        self.view.resizeColumnsToContents()
        self.retranslate()
        self._selection_changed()

    def selected_peer(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.peers.peer_at(rows[0].row()) if rows else None

    def select_peer(self, installation_id: str) -> None:
        self.view.selectRow(self.peers.row_of(installation_id))

    def is_county(self) -> bool:
        return self.mode == "county"

    def _selection_changed(self) -> None:
        peer = self.selected_peer()
        self.revoke_button.setVisible(self.is_county())
        self.revoke_button.setEnabled(peer is not None and not peer.revoked_at)
        show_villages = self.is_county() and peer is not None and peer.role == "township"
        self.villages_panel.setVisible(show_villages)
        if show_villages:
            self._show_villages(peer)

    def _show_villages(self, peer) -> None:
        try:
            receipts = village_receipts(self.ws, peer)
        except VillageDeskError as exc:
            receipts = []
            self.villages_summary.setText(exc.message)
        self.villages.set_receipts(receipts)
        self.village_view.resizeColumnsToContents()
        self._villages_text(peer)

    def _villages_text(self, peer) -> None:
        township = unit_name(self.language, peer.unit_name_zh, peer.unit_name_bo) or peer.unit_code
        self.villages_title.setText(self.tr("Villages of {township}: what came from it and when").format(
            township=township))
        total, received = self.villages.rowCount(), self.villages.received()
        if not peer.received_sequence:
            text = self.tr("Nothing has been imported from {township} yet.").format(township=township)
        else:
            text = self.tr("{received} of {total} villages have sent data. Last bundle imported: No. {sequence}, "
                           "{when}.").format(received=received, total=total, sequence=peer.received_sequence,
                                             when=time_text(peer.received_at))
        self.villages_summary.setText(text)

    # -- revoking --------------------------------------------------------

    def ask_revoke(self):
        """The revoke dialog for the selected installation; accepting it revokes."""
        from desktop.ui.revoke_dialog import RevokeDialog

        peer = self.selected_peer()
        if peer is None or peer.revoked_at or not self.is_county():
            return None
        dialog = RevokeDialog(peer, self.language, self)
        dialog.accepted.connect(lambda: self.revoke(peer.installation_id, dialog.reason_text()))
        self.revoke_dialog = open_dialog(dialog)
        return dialog

    def revoke(self, installation_id: str, reason: str):
        try:
            peer = self.ws.sync.revoke(installation_id, reason)
        except VillageDeskError as exc:
            show_error(self, self.tr("Revoke an installation"), exc.message)
            return None
        self.reload()
        self.revoked.emit(peer)
        return peer

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.peers.set_language(language)
        self.villages.set_language(language)
        self.view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self.village_view.verticalHeader().setDefaultSectionSize(fonts.row_height())
        self.retranslate()

    def retranslate(self) -> None:
        county = self.is_county()
        self.setWindowTitle(self.tr("Townships") if county else self.tr("Installations"))
        self.title.setText(self.tr("Townships enrolled here") if county else self.tr(
            "Installations enrolled here"))
        self.empty.setText(self.error or self.tr(
            "No installation is enrolled here yet. Enrol one with the enrolment file it saved and the "
            "fingerprint on its printed slip."))
        self.empty.setVisible(not self.peers.rowCount())
        self.enrol_button.setText(self.tr("Enrol an installation…"))
        self.revoke_button.setText(self.tr("Revoke…"))
        peer = self.selected_peer()
        if peer is not None and self.villages_panel.isVisibleTo(self):
            self._villages_text(peer)
