"""Evidence opened from an encrypted store: a picture is shown in the app
from its bytes, any other file is saved where the user says; nothing plain
is written to the temporary folder."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services.attachments import AttachmentStore
from desktop.ui.evidence_viewer import EvidenceViewer, open_evidence


def _files_in(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def _store(tmp_path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "village.sqlite3.attachments", secrets.token_bytes(32))


def test_a_picture_is_shown_from_its_bytes(qtbot, tmp_path, monkeypatch):
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    photo = tmp_path / "村委会照片.png"
    assert image.save(str(photo))
    store = _store(tmp_path)
    sha, _size = store.add(photo)
    assert photo.read_bytes() not in store.path(sha).read_bytes()     # stored encrypted
    parent = QWidget()
    qtbot.addWidget(parent)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))   # where a copy for a viewer would go
    viewer = open_evidence(parent, photo.name, lambda: store.read_bytes(sha),
                           lambda target: store.copy_out(sha, target))
    assert isinstance(viewer, EvidenceViewer) and viewer.isVisible()
    assert viewer.windowTitle() == photo.name
    shown = viewer.picture.pixmap()
    assert not shown.isNull() and shown.toImage().pixelColor(5, 5) == QColor("#2a7ab0")
    assert _files_in(temp) == set()                                   # nothing plain beside
    # Save a copy… from the viewer writes where the user says.
    target = tmp_path / "saved" / "copy.png"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == photo.read_bytes()
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    assert not viewer.isVisible()


def test_any_other_file_is_saved_as_a_copy_where_the_user_says(qtbot, tmp_path, monkeypatch):
    minutes = tmp_path / "党员发展材料.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the branch meeting" * 30)
    store = _store(tmp_path)
    sha, _size = store.add(minutes)
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    target = tmp_path / "out" / "minutes.pdf"
    target.parent.mkdir()

    def choose(_parent, title, suggested, *a, **k):
        asked.append((title, Path(suggested).name))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    saved = open_evidence(parent, minutes.name, lambda: store.read_bytes(sha), lambda t: store.copy_out(sha, t))
    assert saved == target and target.read_bytes() == minutes.read_bytes()
    assert asked[0][1] == minutes.name and minutes.name in asked[0][0]
    # Cancelled: nothing written, nothing said.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert open_evidence(parent, minutes.name, lambda: store.read_bytes(sha), lambda t: store.copy_out(sha, t)) is None


def test_a_picture_qt_cannot_read_is_saved_instead(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "三会一课记录.jpg"
    broken.write_bytes(b"\xff\xd8 not really a photo" * 50)
    store = _store(tmp_path)
    sha, _size = store.add(broken)
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert open_evidence(parent, broken.name, lambda: store.read_bytes(sha), lambda t: store.copy_out(sha, t)) == target
    assert target.read_bytes() == broken.read_bytes()
