"""One script's font on the Report fonts page: the file in use, a sample
line drawn in it, and the message when a chosen file cannot serve."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.inspection_text import MUTED_COLOUR, WARN_COLOUR
from desktop.ui.retranslate import Retranslating

SAMPLES = {
    "tibetan": "བཀྲ་ཤིས་བདེ་ལེགས། སྒྲུབ་བསྐྱེད་རྒྱ་ཕྱུག་བསྒྲིགས།",
    "cjk": "一村一策　整顿软弱涣散村党组织（三个不放过）",
    "latin": "0123456789  2026-11-23  ABC abc",
}
SAMPLE_POINTS = 15

_families: dict[str, str | None] = {}   # font file -> its first family, once added to Qt


def family_of(path: Path | str) -> str | None:
    """The family Qt gives a font file (added to the application's fonts once)."""
    key = str(path)
    if key not in _families:
        font_id = QFontDatabase.addApplicationFont(key)
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families[key] = names[0] if names else None
    return _families[key]


class ReportFontRow(Retranslating, QWidget):
    choose = Signal(str)        # role: the user wants to pick a file
    use_system = Signal(str)    # role: back to the system's font

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"fontRow_{role}")
        self.path: Path | None = None
        self.chosen = False
        self.family: str | None = None   # the name the font list gives it
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.file = QLabel(self)
        self.file.setObjectName(f"fontFile_{role}")
        self.file.setWordWrap(True)
        self.file.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.sample = QLabel(SAMPLES[role], self)
        self.sample.setObjectName(f"fontSample_{role}")
        self.error = QLabel(self)
        self.error.setObjectName(f"fontError_{role}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {WARN_COLOUR};")
        self.error.hide()
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName(f"fontChoose_{role}")
        self.system_button = QPushButton(self)
        self.system_button.setObjectName(f"fontSystem_{role}")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.system_button)
        buttons.addStretch()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 8)
        grid.addWidget(self.title, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.file, 1, 0, 1, 2)
        grid.addWidget(self.sample, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.choose_button.clicked.connect(lambda: self.choose.emit(self.role))
        self.system_button.clicked.connect(lambda: self.use_system.emit(self.role))
        self.retranslate()

    def show_font(self, path: Path | None, chosen: bool, family: str | None = None) -> None:
        """The file in use (None: none found) and whether the user chose it."""
        self.path, self.chosen, self.family = (Path(path) if path else None), chosen, family
        self.system_button.setEnabled(chosen)
        self._describe()
        font = QFont(self.font())
        qt_family = family_of(self.path) if self.path else None
        if qt_family:
            font.setFamilies([qt_family])
        font.setPointSizeF(SAMPLE_POINTS)
        self.sample.setFont(font)
        self.sample.setVisible(self.path is not None)

    def _describe(self) -> None:
        if self.path is None:
            self.file.setText(self.tr("No font found on this computer"))
            return
        name = self.family or family_of(self.path) or self.path.stem
        if self.chosen:
            self.file.setText(self.tr("Chosen: {family} ({path})").format(family=name, path=self.path))
        else:
            self.file.setText(self.tr("Found on this computer: {family} ({path})").format(family=name, path=self.path))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def retranslate(self) -> None:
        titles = {"tibetan": self.tr("Tibetan"), "cjk": self.tr("Chinese"), "latin": self.tr("Latin letters and digits")}
        self.title.setText(titles[self.role])
        self.choose_button.setText(self.tr("Choose a font file…"))
        self.system_button.setText(self.tr("Use the system font"))
        if self.path is not None or self.file.text():
            self._describe()
