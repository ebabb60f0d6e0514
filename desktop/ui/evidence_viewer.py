"""An evidence file opened from an inspection or a problem, without a plain
copy on the disk.

The attachment store is encrypted with the database, so no file is handed
to the system's viewer through a temporary folder (it would stay there,
readable). A picture is shown here from its bytes; any other file is saved
where the user chooses ("Save a copy…", the user's deliberate act) and
opened from there with its own program.

`open_evidence(parent, name, read, save_to)` is what the panels call:
`read() -> bytes` reads the stored file, `save_to(path) -> path` writes a
plain copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import VillageDeskError
from desktop.ui.messages import open_dialog, show_error
from desktop.ui.retranslate import Retranslating


def is_picture(name: str) -> bool:
    """A file name Qt's image readers know (jpg, png, bmp, gif…)."""
    suffix = Path(name).suffix.lower().lstrip(".")
    return bool(suffix) and suffix.encode() in {bytes(f).lower() for f in QImageReader.supportedImageFormats()}


class EvidenceViewer(Retranslating, QDialog):
    """A picture, fitted to the window, with "Save a copy…"."""

    def __init__(self, name: str, image: QImage, save_to: Callable[[Path], Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceViewer")
        self.name = name
        self.image = image
        self.save_to = save_to
        self.picture = QLabel(self)
        self.picture.setObjectName("evidencePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.picture)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("evidenceViewerSave")
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("evidenceViewerClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(lambda: save_copy(self, self.name, self.save_to))
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.resize(900, 680)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.scroll.viewport().size()
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def retranslate(self) -> None:
        self.setWindowTitle(self.name)
        self.save_button.setText(self.tr("Save a copy…"))
        self.close_button.setText(self.tr("Close"))


def save_copy(parent: QWidget, name: str, save_to: Callable[[Path], Path], title: str | None = None) -> Path | None:
    """Ask where, then write a plain copy there; the path, or None (cancelled or said why)."""
    title = title or QCoreApplication.translate("EvidenceViewer", "Save a copy of {file}").format(file=name)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / Path(name).name))
    if not path:
        return None
    try:
        return save_to(Path(path))
    except (VillageDeskError, OSError) as exc:
        show_error(parent, QCoreApplication.translate("EvidenceViewer", "Not saved"),
                   getattr(exc, "message", None) or str(exc))
        return None


def open_evidence(parent: QWidget, name: str, read: Callable[[], bytes],
                  save_to: Callable[[Path], Path]) -> EvidenceViewer | Path | None:
    """A picture in the viewer; any other file (or a picture Qt cannot read)
    saved as a copy where the user says. The viewer, the copy's path, or None."""
    if is_picture(name):
        try:
            image = QImage.fromData(read())
        except (VillageDeskError, OSError) as exc:
            show_error(parent, QCoreApplication.translate("EvidenceViewer", "Cannot open"),
                       getattr(exc, "message", None) or str(exc))
            return None
        if not image.isNull():
            return open_dialog(EvidenceViewer(name, image, save_to, parent))
    return save_copy(parent, name, save_to, QCoreApplication.translate(
        "EvidenceViewer", "{file} opens in its own program: save a copy first").format(file=name))
