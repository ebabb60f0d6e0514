"""Exchange → This installation…: who this installation is to the others
(name, county or township, unit, installation id) and its fingerprint, in
large digits to read out or compare; the enrolment file to save on a stick
and the enrolment slip to print (docs/sync-format.md §2).

The file and the slip travel separately: the other side types the slip's
digits before it trusts the file. The slip is built off the GUI thread
(services/sync/slip.py) and shown in the report preview, which prints it or
saves it as PDF.
"""

from __future__ import annotations

import re
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.services.pdf.fonts import MissingFonts
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task
from desktop.ui.trust_text import digits_font, fingerprint_lines, grow_to_fit, unit_label

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class IdentityDialog(Retranslating, QDialog):
    setup_requested = Signal()
    enrolment_saved = Signal(str)   # the file written
    slip_built = Signal(str)        # the temporary PDF shown in the preview

    def __init__(self, workspace, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.ws = workspace
        self.language = language
        self.identity = None
        self.task: Task | None = None
        self.preview = None
        self.file_dialog: QFileDialog | None = None
        self.temp_folder = Path(tempfile.gettempdir())

        self.values = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = {}
        for key in ("name", "mode", "unit", "installation"):
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"identity_{key}")
            value.setTextInteractionFlags(SELECTABLE)
            value.setWordWrap(True)
            self.form_labels[key], self.values[key] = label, value
            self.form.addRow(label, value)

        self.fingerprint_title = QLabel(self)
        self.fingerprint_title.setObjectName("identityFingerprintTitle")
        title_font = self.fingerprint_title.font()
        title_font.setBold(True)
        self.fingerprint_title.setFont(title_font)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("identityFingerprint")
        self.fingerprint.setFont(digits_font(24))
        self.fingerprint.setTextInteractionFlags(SELECTABLE)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setStyleSheet("QLabel#identityFingerprint { background: #f7f8fa; border: 1px solid #c9ced6; "
                                       "border-radius: 4px; padding: 10px 18px; }")
        self.fingerprint_hint = QLabel(self)
        self.fingerprint_hint.setObjectName("identityFingerprintHint")
        self.fingerprint_hint.setWordWrap(True)

        self.warning = QLabel(self)
        self.warning.setObjectName("identityWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARN_COLOUR};")
        self.setup_button = QPushButton(self)
        self.setup_button.setObjectName("identitySetup")
        self.message = QLabel(self)
        self.message.setObjectName("identityMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(SELECTABLE)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("identitySaveEnrolment")
        self.slip_button = QPushButton(self)
        self.slip_button.setObjectName("identityPrintSlip")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.slip_button, QDialogButtonBox.ButtonRole.ActionRole)

        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(10)
        layout.addWidget(self.fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.fingerprint_hint)
        layout.addLayout(warning_row)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_enrolment)
        self.slip_button.clicked.connect(self.print_slip)
        self.setup_button.clicked.connect(self._ask_setup)
        self.reload()
        self.resize(720, self.sizeHint().height())

    # -- showing ---------------------------------------------------------

    def reload(self, *_args) -> None:
        try:
            self.identity = self.ws.sync.identity()
        except VillageDeskError as exc:
            self.identity = None
            self._say(exc.message, warn=True)
        self.retranslate()

    def is_set_up(self) -> bool:
        return self.identity is not None and bool(self.identity.unit_code)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("This installation"))
        for key, text in (("name", self.tr("Name")), ("mode", self.tr("Set up as")), ("unit", self.tr("Unit")),
                          ("installation", self.tr("Installation id"))):
            self.form_labels[key].setText(text)
        self.fingerprint_title.setText(self.tr("Fingerprint"))
        self.fingerprint_hint.setText(self.tr(
            "The other installation types these 40 digits from the printed slip before it trusts the enrolment "
            "file. Give the slip in hand or read the digits out on the telephone; never put it on the same "
            "stick as the file."))
        self.save_button.setText(self.tr("Save enrolment file…"))
        self.slip_button.setText(self.tr("Print enrolment slip…"))
        self.setup_button.setText(self.tr("Set up…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        me = self.identity
        if me is None:
            for value in self.values.values():
                value.setText("–")
            self.fingerprint.setText("")
        else:
            self.values["name"].setText(me.name or "–")
            self.values["mode"].setText(self._mode_text())
            self.values["unit"].setText(unit_label(self.language, me.unit_code, me.unit_name_zh, me.unit_name_bo)
                                        or "–")
            self.values["installation"].setText(me.installation_id)
            self.fingerprint.setText(fingerprint_lines(me.fingerprint))
        self._show_warning()
        self._update()

    def _mode_text(self) -> str:
        if not self.is_set_up():
            return self.tr("Not set up yet")
        return self.tr("County") if self.identity.mode == "county" else self.tr("Township")

    def _show_warning(self) -> None:
        me = self.identity
        text = ""
        if me is not None and me.revoked_at:
            text = self.tr("The county revoked this installation's key on {date}: its bundles are refused. "
                           "It must be enrolled again with new keys.").format(date=me.revoked_at[:10])
        elif me is not None and not self.is_set_up():
            text = self.tr("Set this installation up as a county or a township first: the enrolment file "
                           "names its unit.")
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.setup_button.setVisible(me is not None and not self.is_set_up())

    def _update(self) -> None:
        ready = self.is_set_up()
        self.save_button.setEnabled(ready)
        self.slip_button.setEnabled(ready and self.task is None)

    def _say(self, text: str, warn: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {WARN_COLOUR};" if warn else "")
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        grow_to_fit(self)

    def _ask_setup(self) -> None:
        self.setup_requested.emit()
        self.accept()

    def file_stem(self) -> str:
        me = self.identity
        parts = [p for p in (me.unit_code, me.unit_name_zh or me.unit_name_bo, me.installation_id[:8]) if p]
        return UNSAFE.sub("-", "-".join(parts)).strip("-") or "villagedesk"

    # -- the enrolment file ----------------------------------------------

    def save_enrolment(self) -> QFileDialog:
        """Ask where to save the enrolment file (choosing one writes it)."""
        dialog = QFileDialog(self, self.tr("Save enrolment file"))
        dialog.setObjectName("saveEnrolmentDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Enrolment files (*.vdenrol)"))
        dialog.setDefaultSuffix("vdenrol")
        dialog.selectFile(f"{self.file_stem()}.vdenrol")
        dialog.fileSelected.connect(self.save_enrolment_to)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_enrolment_to(self, target: str | Path) -> Path | None:
        """Write the enrolment file; a failure is said, not raised."""
        target = Path(target)
        if target.suffix.lower() != ".vdenrol":
            target = target.with_name(target.name + ".vdenrol")
        try:
            path = self.ws.sync.export_enrolment(target)
        except VillageDeskError as exc:
            self._say(exc.message, warn=True)
            return None
        except OSError as exc:
            self._say(self.tr("The enrolment file could not be written to {path}: {reason}. Nothing was written "
                              "there; choose another folder or free some space.").format(
                path=target, reason=exc.strerror or exc), warn=True)
            return None
        self._say(self.tr("Enrolment file saved: {path}. Now print the slip and give it to the other side "
                          "separately.").format(path=path))
        self.enrolment_saved.emit(str(path))
        return path

    # -- the slip --------------------------------------------------------

    def slip_language(self) -> str:
        # A Tibetan-speaking office prints both scripts: the county reads the Chinese.
        return "both" if self.language == "bo_CN" else "zh_CN"

    def print_slip(self) -> Task | None:
        if self.task is not None or not self.is_set_up():
            return None
        from desktop.services.reports import report_fonts
        from desktop.services.sync.slip import build_slip

        out = self.temp_folder / f"villagedesk-slip-{uuid.uuid4().hex}.pdf"
        ws, language = self.ws, self.slip_language()

        def work(progress):
            try:
                fonts = report_fonts()
            except MissingFonts as exc:
                return exc
            return build_slip(ws, out, language, fonts=fonts, progress=progress)

        self._say("")
        self.task = Task(self, self.tr("Building the enrolment slip…"), work)
        self.task.succeeded.connect(self._slip_built)
        self.task.failed.connect(lambda message: self._say(message, warn=True))
        self.task.cancelled.connect(lambda: self._say(self.tr("Cancelled. No slip was made.")))
        self.task.finished.connect(self._task_finished)
        self._update()
        return self.task.start()

    def _task_finished(self) -> None:
        self.task = None
        self._update()

    def _slip_built(self, result) -> None:
        if isinstance(result, MissingFonts):
            self._say(result.message, warn=True)
            return
        from desktop.ui.pdf_pages import PdfUnreadable
        from desktop.ui.report_preview import ReportPreview

        title = self.tr("Enrolment slip")
        try:
            # The preview outlives this dialog: it belongs to the main window.
            self.preview = ReportPreview(result, title, f"{self.file_stem()}-slip.pdf",
                                         parent=self.parentWidget() or self)
        except PdfUnreadable as exc:
            Path(result).unlink(missing_ok=True)
            self._say(exc.message, warn=True)
            return
        self.preview.show()
        self.preview.raise_()
        self.slip_built.emit(str(result))

    def done(self, result: int) -> None:
        if self.task is not None:   # closed while building: stop the build first
            self.task.cancel()
            self.task.worker.wait()
        super().done(result)
