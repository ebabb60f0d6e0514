"""The recovery key, shown once, right after the database was encrypted.

The 48 digits open the database when every password is lost; nothing keeps
them but the sheet the user prints or saves here. So the dialog is closed
only once "I have printed or saved it" is ticked; Escape or the window's
close button ask that same question instead of losing the only showing.

The sheet is a PDF handed over as bytes (`sheet(language) -> bytes`,
services/pdf/recovery_sheet.py): printing draws it from those bytes and
"Save as PDF…" writes it where the user chooses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.services.files import written_atomically
from desktop.ui.inspection_text import FAIL_COLOUR, PASS_COLOUR
from desktop.ui.messages import ask
from desktop.ui.retranslate import Retranslating
from desktop.ui.trust_text import digits_font, grow_to_fit

GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> str:
    """The key in two lines of four groups, as the sheet prints it."""
    groups = [g for g in recovery_key.replace(" ", "-").split("-") if g]
    return "\n".join("  ".join(groups[i:i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE))


def sheet_maker(workspace, recovery_key: str) -> Callable[[str], bytes]:
    """The sheet of `workspace`'s key, in a language, as PDF bytes."""
    database, installation = workspace.path, workspace.installation_id

    def make(language: str) -> bytes:
        # ReportLab only when asked.
        from desktop.services.pdf import recovery_sheet

        sheet_language = language if language in recovery_sheet.SHEET_LANGUAGES else "zh_CN"
        return recovery_sheet.recovery_sheet_pdf(recovery_key, database=database, installation_id=installation,
                                                 language=sheet_language)

    return make


class RecoverySheetDialog(Retranslating, QDialog):
    printed = Signal(int)     # pages sent to the printer
    saved = Signal(str)       # where the PDF was written

    def __init__(self, recovery_key: str, database: Path | None, sheet: Callable[[str], bytes],
                 parent: QWidget | None = None, *, language: str = "zh_CN", users_without_key=()) -> None:
        super().__init__(parent)
        self.setObjectName("recoverySheetDialog")
        self.setModal(True)
        self.recovery_key = recovery_key
        self.database = Path(database) if database else None
        self.sheet = sheet
        self.language = language
        self.users_without_key = list(users_without_key)
        self.question: QMessageBox | None = None
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self._status: Callable[[], str] | None = None
        self._status_colour = PASS_COLOUR

        self.heading = QLabel(self)
        self.heading.setObjectName("recoveryHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("recoveryNote")
        self.note.setWordWrap(True)
        self.digits = QLabel(key_lines(recovery_key), self)
        self.digits.setObjectName("recoveryDigits")
        self.digits.setFont(digits_font(20))
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digits.setStyleSheet("border: 1px solid #999999; background: #ffffff; padding: 12px;")
        self.keep = QLabel(self)
        self.keep.setObjectName("recoveryKeep")
        self.keep.setWordWrap(True)
        self.others = QLabel(self)
        self.others.setObjectName("recoveryOthers")
        self.others.setWordWrap(True)
        self.others.setVisible(bool(self.users_without_key))
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("recoveryPrint")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("recoverySave")
        self.status = QLabel(self)
        self.status.setObjectName("recoveryStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.confirm = QCheckBox(self)
        self.confirm.setObjectName("recoveryConfirm")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("recoveryClose")
        self.close_button.setEnabled(False)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.digits)
        layout.addSpacing(6)
        layout.addWidget(self.keep)
        layout.addWidget(self.others)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addLayout(bottom)

        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.confirm.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.resize(max(640, self.digits.sizeHint().width() + 60), self.sizeHint().height())

    @property
    def confirmed(self) -> bool:
        return self.confirm.isChecked()

    # -- printing and saving ---------------------------------------------

    def _pdf(self) -> bytes | None:
        try:
            return self.sheet(self.language)
        except VillageDeskError as exc:   # fonts missing, for one
            self._say(lambda text=exc.message: text, FAIL_COLOUR)
            return None

    def print_(self) -> QPrintDialog:
        """The system's print dialog; the sheet is printed when it is accepted."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("VillageDesk")
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("recoveryPrintDialog")
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog, self._printer = dialog, printer
        dialog.open(self, SLOT("_print_chosen()"))
        return dialog

    @Slot()
    def _print_chosen(self) -> None:
        self.print_on(self._printer)

    def print_on(self, printer: QPrinter) -> int:
        """Print the sheet on `printer` (set up by the print dialog or a test):
        one page, on the GUI thread. The number of pages sent (0: failed, said)."""
        from desktop.ui.report_printing import print_pdf

        pdf = self._pdf()
        if pdf is None:
            return 0
        try:
            pages = print_pdf(pdf, printer)
        except VillageDeskError as exc:
            self._say(lambda text=exc.message: text, FAIL_COLOUR)
            return 0
        self._say(lambda: self.tr("The sheet was sent to the printer. Check that it came out and is readable."))
        self.printed.emit(pages)
        return pages

    def save(self) -> Path | None:
        """Ask where, then write the sheet there."""
        name = self.tr("recovery-key-{name}.pdf").format(name=self.database.stem if self.database else "villagedesk")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"), str(Path.home() / name),
                                              self.tr("PDF files (*.pdf)"))
        return self.save_to(Path(path)) if path else None

    def save_to(self, target: Path) -> Path | None:
        """Write the sheet to `target` whole or not at all; the path, or None (said why)."""
        pdf = self._pdf()
        if pdf is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with written_atomically(target) as temporary:
                temporary.write_bytes(pdf)
        except OSError as exc:
            self._say(lambda reason=exc.strerror or str(exc): self.tr(
                "The sheet could not be saved to {path}: {reason}").format(path=target, reason=reason), FAIL_COLOUR)
            return None
        self._say(lambda: self.tr("Saved to {path}. Print it, or copy it to a USB stick kept away from this "
                                  "computer.").format(path=target))
        self.saved.emit(str(target))
        return target

    def _say(self, status: Callable[[], str] | None, colour: str = PASS_COLOUR) -> None:
        self._status, self._status_colour = status, colour
        self._show_status()

    def _show_status(self) -> None:
        text = self._status() if self._status else ""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {self._status_colour};")
        self.status.setVisible(bool(text))
        grow_to_fit(self)

    # -- closing ---------------------------------------------------------

    def reject(self) -> None:
        """Escape or the window's close button (QDialog's closeEvent calls
        this and keeps the window while it stays visible): closed only once
        the sheet is kept."""
        if self.confirmed:
            super().reject()
            return
        self.ask_to_close()

    def ask_to_close(self) -> QMessageBox:
        if self.question is not None:
            return self.question
        buttons = QMessageBox.StandardButton

        def answered(answer: QMessageBox.StandardButton) -> None:
            self.question = None
            if answer == buttons.Yes:
                self.confirm.setChecked(True)
                self.accept()

        self.question = ask(self, self.tr("Recovery key"), self.tr(
            "Have you printed or saved the recovery key? It is not shown again: without it and without a "
            "password nobody can open this database."), buttons.Yes | buttons.No, buttons.No, answered)
        self.question.button(buttons.Yes).setText(self.tr("Yes, it is kept"))
        self.question.button(buttons.No).setText(self.tr("No, go back"))
        return self.question

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        grow_to_fit(self)

    # -- language --------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key — VillageDesk"))
        self.heading.setText(self.tr("The database is encrypted. This is its recovery key:"))
        self.note.setText(self.tr(
            "If every password is forgotten, these 48 digits are the only way to open the database {name}. "
            "They are shown only now.").format(name=self.database.name if self.database else ""))
        self.keep.setText(self.tr(
            "Print the sheet or save it as a PDF, or write the digits down by hand. Keep it locked away, "
            "not with the computer: whoever has it and the computer can read everything."))
        self.others.setText(self.tr(
            "These accounts cannot sign in until you reset their passwords (Account → Users…): {logins}").format(
            logins=", ".join(self.users_without_key)))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.confirm.setText(self.tr("I have printed or saved it"))
        self.close_button.setText(self.tr("Close"))
        self._show_status()


def show_recovery_sheet(parent: QObject | None, workspace, result, language: str) -> RecoverySheetDialog:
    """The sheet of a finished encryption (an EncryptionResult), shown without a nested loop."""
    dialog = RecoverySheetDialog(result.recovery_key, workspace.path, sheet_maker(workspace, result.recovery_key),
                                 parent, language=language, users_without_key=result.users_without_key)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
