"""Exchange → Enrol an installation…: trust another installation's keys
(docs/sync-format.md §2, no trust on first use).

The user chooses the enrolment file the other side saved on the stick and
sees what it says (name, role, unit, installation id) but not its
fingerprint: the 40 digits are typed from the printed slip, which travelled
apart from the file. Enrol is possible once 40 digits are there; the service
compares them with the file and enrols nothing if they differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.core.sync_identity import FINGERPRINT_DIGITS
from desktop.ui.fingerprint_edit import FingerprintEdit
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import grow_to_fit, time_text, unit_label

DONE_COLOUR = "#2e7d32"
FIELDS = ("name", "role", "unit", "installation", "created")


class EnrolDialog(Retranslating, QDialog):
    enrolled = Signal(object)   # the Peer now enrolled

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.ws = workspace
        self.language = language
        self.path: Path | None = None
        self.enrolment = None          # what the chosen file says
        self.peer = None               # who was enrolled, once done
        self.file_dialog: QFileDialog | None = None

        self.file_box = QGroupBox(self)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("enrolPath")
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("enrolChooseFile")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form_labels, self.values = {}, {}
        for key in FIELDS:
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"enrol_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form_labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        self.known = QLabel(self)
        self.known.setObjectName("enrolAlreadyKnown")
        self.known.setWordWrap(True)
        self.known.setStyleSheet(f"color: {WARN_COLOUR};")
        file_layout = QVBoxLayout(self.file_box)
        file_layout.addLayout(file_row)
        file_layout.addLayout(self.form)
        file_layout.addWidget(self.known)

        self.digits_box = QGroupBox(self)
        self.digits_hint = QLabel(self)
        self.digits_hint.setWordWrap(True)
        self.fingerprint = FingerprintEdit(self)
        self.count = QLabel(self)
        self.count.setObjectName("enrolDigitCount")
        digits_layout = QVBoxLayout(self.digits_box)
        digits_layout.addWidget(self.digits_hint)
        digits_layout.addWidget(self.fingerprint)
        digits_layout.addWidget(self.count)

        self.message = QLabel(self)
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.enrol_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enrol_button.setObjectName("enrolButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_box)
        layout.addWidget(self.digits_box)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.fingerprint.digits_changed.connect(lambda _d: self._update())
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(760, self.sizeHint().height())

    # -- the file --------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose the enrolment file"))
        dialog.setObjectName("openEnrolmentDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Enrolment files (*.vdenrol)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.load_file)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_file(self, path: str | Path) -> bool:
        """Read the file and show what it says; a refused file is said and
        nothing can be enrolled from it."""
        self.path = Path(path)
        self.peer = None
        try:
            self.enrolment = self.ws.sync.read_enrolment(self.path)
        except VillageDeskError as exc:
            self.enrolment = None
            self._say(exc.message, warn=True)
        else:
            self._say("")
        self._show_file()
        self._update()
        self._grow()
        if self.enrolment is not None:
            self.fingerprint.setFocus()
        return self.enrolment is not None

    def _grow(self) -> None:
        grow_to_fit(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._grow()

    def _show_file(self) -> None:
        e = self.enrolment
        self.path_label.setText(str(self.path) if self.path else self.tr("No file chosen yet."))
        if e is None:
            for value in self.values.values():
                value.setText("–")
            self.known.hide()
            return
        unit = e.unit or {}
        self.values["name"].setText(e.name or "–")
        self.values["role"].setText(self._role(e.role))
        self.values["unit"].setText(unit_label(self.language, unit.get("code", ""), unit.get("name_zh", ""),
                                               unit.get("name_bo", "")) or "–")
        self.values["installation"].setText(e.installation_id)
        self.values["created"].setText(time_text(e.created_at))
        self._show_known()

    def _show_known(self) -> None:
        """Say so when this installation is enrolled here already."""
        text = ""
        try:
            known = {p.installation_id: p for p in self.ws.sync.peers()}
        except VillageDeskError:
            known = {}
        peer = known.get(self.enrolment.installation_id) if self.enrolment else None
        if peer is not None and self.peer is None:
            text = self.tr("{name} is enrolled here already (since {date}). Enrolling it again changes nothing, "
                           "unless its keys are new (a re-installed computer): then they replace the old ones.") \
                .format(name=peer.name or peer.installation_id, date=time_text(peer.enrolled_at))
            if peer.revoked_at:
                text += " " + self.tr("Its key was revoked on {date}.").format(date=time_text(peer.revoked_at))
        self.known.setText(text)
        self.known.setVisible(bool(text))

    def _role(self, role: str) -> str:
        return self.tr("County") if role == "county" else self.tr("Township")

    # -- enrolling -------------------------------------------------------

    def _update(self) -> None:
        n = len(self.fingerprint.digits())
        self.count.setText(self.tr("{typed} of {total} digits").format(typed=n, total=FINGERPRINT_DIGITS))
        self.enrol_button.setEnabled(self.enrolment is not None and self.peer is None
                                     and self.fingerprint.is_complete())
        self.fingerprint.setEnabled(self.peer is None)

    def enrol(self):
        """Enrol the file's installation if the typed digits match; the
        Peer, or None (the reason is shown)."""
        if not self.enrol_button.isEnabled():
            return None
        try:
            self.peer = self.ws.sync.enrol(self.path, self.fingerprint.text())
        except VillageDeskError as exc:
            self._say(exc.message, warn=True)
            return None
        p = self.peer
        self._say(self.tr("Enrolled: {name} ({role}, {unit}). Bundles can now be exchanged with it.").format(
            name=p.name or p.installation_id, role=self._role(p.role),
            unit=unit_label(self.language, p.unit_code, p.unit_name_zh, p.unit_name_bo)), done=True)
        self.known.hide()
        self._update()
        self.enrolled.emit(p)
        return p

    def _say(self, text: str, warn: bool = False, done: bool = False) -> None:
        self.message.setText(text)
        colour = WARN_COLOUR if warn else DONE_COLOUR if done else ""
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setVisible(bool(text))
        self._grow()

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol an installation"))
        self.file_box.setTitle(self.tr("1. The enrolment file from the other installation"))
        self.choose_button.setText(self.tr("Choose file…"))
        for key, text in (("name", self.tr("Name")), ("role", self.tr("Set up as")), ("unit", self.tr("Unit")),
                          ("installation", self.tr("Installation id")), ("created", self.tr("Made on"))):
            self.form_labels[key].setText(text)
        self.digits_box.setTitle(self.tr("2. The fingerprint from its printed slip"))
        self.digits_hint.setText(self.tr(
            "Type the 40 digits printed on the slip (or read out on the telephone by the other side). "
            "Spaces do not matter. The file is trusted only if every digit matches."))
        self.enrol_button.setText(self.tr("Enrol"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._show_file()
        self._update()
