"""Exchange → Make bundle…: pick the enrolled installation to send to, the
file (on the stick), and make the bundle of what changed since the last one
it acknowledged — or of everything, when "Full bundle" is ticked.

Making runs off the GUI thread with progress and Cancel
(`ws.sync.export_bundle`): the bundle goes to a temporary name, is flushed,
renamed and read back, so a cancel or a pulled stick leaves no bundle. The
dialog then says what was written and emits `exported` with the
ExportResult; it stays open to make another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync.results import ExportResult, Peer
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR, PASS_COLOUR, fit_data_font
from desktop.ui.messages import ask
from desktop.ui.retranslate import Retranslating
from desktop.ui.sync_folder import last_folder, remember
from desktop.ui.sync_words import SyncWords, local_time
from desktop.ui.task_runner import Task


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class SyncExportDialog(Retranslating, QDialog):
    exported = Signal(object)     # the ExportResult of the bundle written

    def __init__(self, workspace, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncExportDialog")
        self.ws = workspace
        self.language = language
        self.words = SyncWords(self)
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self.peers: list[Peer] = []
        self.auto_name = True       # the file name follows the peer until the user picks one
        self.unit_code = ""

        self.peer = QComboBox(self)
        self.peer.setObjectName("syncExportPeer")
        self.peer_state = QLabel(self)
        self.peer_state.setObjectName("syncExportPeerState")
        self.peer_state.setWordWrap(True)
        self.peer_state.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.full = QCheckBox(self)
        self.full.setObjectName("syncExportFull")
        self.full_hint = QLabel(self)
        self.full_hint.setWordWrap(True)
        self.full_hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.path = QLineEdit(self)
        self.path.setObjectName("syncExportPath")
        self.choose = QPushButton(self)
        self.choose.setObjectName("syncExportChoose")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        self.message = QLabel(self)
        self.message.setObjectName("syncExportMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.labels[0], self.peer)
        form.addRow("", self.peer_state)
        form.addRow("", self.full)
        form.addRow("", self.full_hint)
        form.addRow(self.labels[1], path_row)
        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("syncMakeButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.peer.currentIndexChanged.connect(lambda _i: self._peer_changed())
        self.path.textEdited.connect(lambda _t: setattr(self, "auto_name", False))
        self.path.textChanged.connect(lambda _t: self._update())
        self.choose.clicked.connect(self.choose_file)
        self.make_button.clicked.connect(self.make)
        self.close_button.clicked.connect(self.reject)
        self.reload()
        self.retranslate()
        self.resize(780, 470)

    # -- the installations -------------------------------------------------------

    def reload(self) -> None:
        """Read the enrolled installations again, keeping the one chosen."""
        chosen = self.peer.currentData()
        self.unit_code = self.ws.sync.identity().unit_code
        self.peers = [p for p in self.ws.sync.peers() if not p.revoked_at]
        self.peer.blockSignals(True)
        self.peer.clear()
        for p in self.peers:
            self.peer.addItem(self._peer_text(p), p.installation_id)
        index = self.peer.findData(chosen) if chosen else -1
        self.peer.setCurrentIndex(max(index, 0) if self.peers else -1)
        self.peer.blockSignals(False)
        self._peer_changed()

    def set_peer(self, installation_id: str) -> None:
        self.peer.setCurrentIndex(self.peer.findData(installation_id))

    def current_peer(self) -> Peer | None:
        return next((p for p in self.peers if p.installation_id == self.peer.currentData()), None)

    def _unit_name(self, p: Peer) -> str:
        return (p.unit_name_bo or p.unit_name_zh) if self.language == "bo_CN" else (p.unit_name_zh or p.unit_name_bo)

    def _peer_text(self, p: Peer) -> str:
        unit = " ".join(t for t in (self._unit_name(p), p.unit_code) if t)
        return f"{p.name} — {self.words.role(p.role)} {unit}".strip()

    def _peer_changed(self) -> None:
        p = self.current_peer()
        fit_data_font(self.peer, self.peer.currentText(), self.language)
        if p is None:
            self.peer_state.setText(self.tr("No installation is enrolled here yet. Enrol the other side first "
                                            "(Exchange → Enrol an installation…)."))
        else:
            self.peer_state.setText(self._state_text(p))
            if self.auto_name:
                self.path.setText(str(Path(self._folder()) / self.default_name(p)))
        self._update()

    def _state_text(self, p: Peer) -> str:
        if p.sent_sequence and p.acked_sequence:
            sent = self.tr("Last bundle made for it: No. {sequence}, {when}; it has imported ours up to "
                           "No. {acked}.").format(sequence=p.sent_sequence, when=local_time(p.sent_at),
                                                  acked=p.acked_sequence)
        elif p.sent_sequence:
            sent = self.tr("Last bundle made for it: No. {sequence}, {when}; it has not said yet that it imported "
                           "one.").format(sequence=p.sent_sequence, when=local_time(p.sent_at))
        else:
            sent = self.tr("No bundle was made for it yet: the first one holds every record.")
        if p.received_sequence:
            got = self.tr("Last bundle imported from it: No. {sequence}, {when}.").format(
                sequence=p.received_sequence, when=local_time(p.received_at))
        else:
            got = self.tr("Nothing imported from it yet.")
        return sent + "\n" + got

    def default_name(self, p: Peer) -> str:
        """`<our unit code>-to-<its unit code>-<sequence>.vdbundle`."""
        return f"{self.unit_code or 'villagedesk'}-to-{p.unit_code or p.installation_id[:8]}-" \
               f"{p.sent_sequence + 1}.vdbundle"

    def _folder(self) -> str:
        text = self.path.text().strip()
        return str(Path(text).parent) if text else last_folder()

    # -- making ----------------------------------------------------------------

    def _update(self) -> None:
        running = self.task is not None
        self.make_button.setEnabled(not running and self.current_peer() is not None and bool(self.path.text().strip()))
        for w in (self.peer, self.full, self.path, self.choose):
            w.setEnabled(not running)

    def _say(self, text: str, colour: str | None = None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setVisible(bool(text))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Make bundle"), self.path.text(),
                                              self.tr("VillageDesk bundles (*.vdbundle)"))
        if path:
            if not path.endswith(".vdbundle"):
                path += ".vdbundle"
            self.path.setText(path)
            self.auto_name = False
            self._update()

    def make(self) -> Task | None:
        """Make the bundle, asking first if the file is there already."""
        if self.task is not None or self.current_peer() is None:
            return None
        out = Path(self.path.text().strip()).expanduser()
        if out.exists():
            buttons = QMessageBox.StandardButton
            ask(self, self.tr("Make bundle"), self.tr("{file} is there already. Replace it?").format(file=out.name),
                buttons.Yes | buttons.Cancel, buttons.Cancel,
                lambda answer: self.start(out) if answer == buttons.Yes else None)
            return None
        return self.start(out)

    def start(self, out: Path) -> Task | None:
        peer, full, sync = self.current_peer(), self.full.isChecked(), self.ws.sync
        if self.task is not None or peer is None:
            return None
        remember(out.parent)
        self._say(self.tr("Making the bundle for {name}…").format(name=peer.name))
        self.task = Task(self, self.tr("Making the bundle…"),
                         lambda progress: sync.export_bundle(peer.installation_id, out, full=full, progress=progress))
        self.task.succeeded.connect(self._made)
        self.task.failed.connect(lambda message: self._say(
            self.tr("No bundle was made: {reason}").format(reason=message), FAIL_COLOUR))
        self.task.cancelled.connect(lambda: self._say(self.tr("Cancelled. No bundle was made.")))
        self.task.finished.connect(self._finished)
        self._update()
        return self.task.start()

    def _made(self, result: ExportResult) -> None:
        self.result = result
        peer = self.current_peer()
        what = self.tr("every record") if not result.since else self.tr("the changes after bundle {since}").format(
            since=result.since)
        self._say(self.tr("Bundle {sequence} for {name} is written ({what}): {rows} records, {files} files, "
                          "{size}.\n{path}").format(sequence=result.sequence, name=peer.name if peer else result.peer,
                                                    what=what, rows=result.rows, files=result.files,
                                                    size=size_text(result.size), path=result.path), PASS_COLOUR)
        self.exported.emit(result)

    def _finished(self) -> None:
        self.task = None
        if self.result is not None:
            self.auto_name = True      # the next bundle gets the next number
            self.reload()
        self._update()

    def reject(self) -> None:
        if self.task is not None:     # Escape while making cancels it; the dialog stays
            self.task.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.worker.wait()
        super().done(result)

    # -- language ----------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make bundle"))
        self.labels[0].setText(self.tr("Send to"))
        self.labels[1].setText(self.tr("Save as"))
        self.full.setText(self.tr("Full bundle"))
        self.full_hint.setText(self.tr("Every record again, not only the changes since the last bundle it "
                                       "imported. For a new installation, or when a bundle was lost."))
        self.choose.setText(self.tr("Choose…"))
        self.make_button.setText(self.tr("Make bundle"))
        self.close_button.setText(self.tr("Close"))
        for i, p in enumerate(self.peers):
            self.peer.setItemText(i, self._peer_text(p))
        p = self.current_peer()
        if p is not None:
            self.peer_state.setText(self._state_text(p))
