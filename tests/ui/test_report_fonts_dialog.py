"""Settings → Report fonts…: the system's fonts shown with a sample, a
chosen file checked as printing will use it, the choice saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services.pdf.fonts import find_system_fonts
from desktop.services.settings import load_settings
from desktop.ui.report_fonts_dialog import ReportFontsDialog


@pytest.fixture
def dialog(qtbot):
    d = ReportFontsDialog(load_settings())
    qtbot.addWidget(d)
    d.show()
    return d


def choose(qtbot, dialog: ReportFontsDialog, role: str, path: Path) -> None:
    """As the user does: Choose a font file…, pick the file, Open."""
    qtbot.mouseClick(dialog.rows[role].choose_button, Qt.MouseButton.LeftButton)
    files = dialog.file_dialog
    assert files.isVisible()
    files.selectFile(str(path))
    files.accept()


def save(qtbot, dialog: ReportFontsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_shows_the_system_fonts_with_a_sample(dialog):
    found = find_system_fonts()
    family, path = found["tibetan"][0]
    row = dialog.rows["tibetan"]
    assert row.file.text() == f"Found on this computer: {family} ({path})"
    assert row.sample.isVisible() and "སྒྲུབ" in row.sample.text()
    assert row.sample.font().family() == family   # the sample is drawn in that very file
    assert not row.system_button.isEnabled()
    assert dialog.rows["cjk"].file.text().startswith("Found on this computer: " + found["cjk"][0][0])
    assert not dialog.message.isVisible()


def test_a_file_that_is_not_a_font_is_refused(qtbot, dialog, tmp_path):
    notes = tmp_path / "notes.ttf"
    notes.write_text("not a font")
    before = dialog.rows["tibetan"].file.text()
    choose(qtbot, dialog, "tibetan", notes)
    error = dialog.rows["tibetan"].error
    assert error.isVisible()
    assert error.text().startswith(f"The font file {notes} cannot be used for printing")
    assert dialog.rows["tibetan"].file.text() == before
    save(qtbot, dialog)
    assert load_settings().report_fonts == {}


def test_a_font_without_the_script_is_refused(qtbot, dialog):
    chinese = find_system_fonts()["cjk"][0][1]
    choose(qtbot, dialog, "tibetan", chinese)
    assert dialog.rows["tibetan"].error.text() == f"The font file {chinese} has no Tibetan characters."
    assert dialog.choice["tibetan"] is None


def test_a_chosen_font_is_saved_and_can_be_undone(qtbot, dialog):
    family, other = find_system_fonts()["tibetan"][-1]
    choose(qtbot, dialog, "tibetan", other)
    row = dialog.rows["tibetan"]
    assert not row.error.isVisible()
    assert row.file.text() == f"Chosen: {family} ({other.resolve()})"
    assert row.system_button.isEnabled()
    save(qtbot, dialog)
    assert load_settings().report_fonts == {"tibetan": str(other.resolve())}
    assert dialog.settings.report_fonts == {"tibetan": str(other.resolve())}   # the window's own copy too

    again = ReportFontsDialog(load_settings())
    qtbot.addWidget(again)
    again.show()
    assert again.rows["tibetan"].file.text().startswith("Chosen: ")
    qtbot.mouseClick(again.rows["tibetan"].system_button, Qt.MouseButton.LeftButton)
    assert again.rows["tibetan"].file.text().startswith("Found on this computer: ")
    save(qtbot, again)
    assert load_settings().report_fonts == {}
