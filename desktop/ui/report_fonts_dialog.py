"""Settings → Report fonts…: the font printed reports use for each script
(Tibetan, Chinese, Latin letters and digits), the system's or a file the
user chose.

A chosen file is checked as printing will use it (`fonts.register`: a
TrueType font that has the script's letters); one that cannot serve is
refused with the reason beside its row and changes nothing. Save writes the
choices to the settings (`report_fonts`), which every later build reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from desktop.services.pdf.fonts import FontChoice, MissingFonts, find_system_fonts, load_fonts, register
from desktop.services.settings import save_settings
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.report_font_row import ReportFontRow
from desktop.ui.retranslate import Retranslating

ROLES = ("tibetan", "cjk", "latin")


class ReportFontsDialog(Retranslating, QDialog):
    saved = Signal()

    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFontsDialog")
        self.settings = settings
        choice = FontChoice.from_settings(settings.report_fonts)
        self.choice: dict[str, str | None] = {role: getattr(choice, role) for role in ROLES}
        self.file_dialog: QFileDialog | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.rows = {role: ReportFontRow(role, self) for role in ROLES}
        self.message = QLabel(self)
        self.message.setObjectName("fontsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARN_COLOUR};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        for role in ROLES:
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
            layout.addWidget(self.rows[role])
            self.rows[role].choose.connect(self.choose_file)
            self.rows[role].use_system.connect(self.use_system)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._show()
        self.retranslate()
        self.resize(760, 600)

    # -- showing ---------------------------------------------------------

    def _show(self) -> None:
        """Each row: the chosen file, else the one printing would take from the system."""
        files, message = self._in_use()
        families = {str(path): family for found in find_system_fonts().values() for family, path in found}
        for role in ROLES:
            path = files.get(role)
            self.rows[role].show_font(path, bool(self.choice[role]), families.get(str(path)) if path else None)
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _in_use(self) -> tuple[dict[str, Path], str]:
        try:
            return load_fonts(FontChoice(**self.choice)).files, ""
        except MissingFonts as exc:
            # Show what there is; the message names what to install.
            found = find_system_fonts()
            files = {role: Path(self.choice[role]) if self.choice[role] else (found[role][0][1] if found[role] else None)
                     for role in ROLES}
            return {role: path for role, path in files.items() if path is not None}, exc.message

    # -- choosing --------------------------------------------------------

    def choose_file(self, role: str) -> QFileDialog:
        """Ask for a font file (the dialog is returned; choosing a file takes it)."""
        current = self.rows[role].path
        dialog = QFileDialog(self, self.tr("Choose a font file"), str(current.parent) if current else "")
        dialog.setObjectName("fontFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Font files (*.ttf *.ttc *.otf *.TTF *.TTC *.OTF)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda path: self.take_file(role, path))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def take_file(self, role: str, path: str) -> bool:
        """Use `path` for `role` if printing can; else say why and keep the old one."""
        try:
            register(path, role)
        except MissingFonts as exc:
            self.rows[role].show_error(exc.message)
            return False
        self.rows[role].show_error("")
        self.choice[role] = str(Path(path).resolve())
        self._show()
        return True

    def use_system(self, role: str) -> None:
        self.choice[role] = None
        self.rows[role].show_error("")
        self._show()

    def save(self) -> None:
        self.settings.report_fonts = FontChoice(**self.choice).to_settings()
        save_settings(self.settings)
        self.saved.emit()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report fonts"))
        self.explanation.setText(self.tr(
            "Printed reports set each script in its own font. By default they use fonts found on this computer; "
            "choose a TrueType file (.ttf, .ttc) to print in another. Only the letters a report uses are "
            "put into its PDF."))
