"""The recovery key shown once after encrypting: its digits, the sheet
printed and saved, and no way out without saying it is kept (Escape and
the window's close button ask)."""

from __future__ import annotations

import secrets

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.recovery_key import format_key, from_bytes
from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog, sheet_maker
from tests.ui.access_data import click, tick
from tests.ui.conftest import click_button, message_box


@pytest.fixture
def key() -> str:
    return format_key(from_bytes(secrets.token_bytes(32)))


@pytest.fixture
def dialog(qtbot, workspace, key, languages):
    d = RecoverySheetDialog(key, workspace.path, sheet_maker(workspace, key), language="zh_CN",
                            users_without_key=["zhaxi", "dolma"])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_the_digits_are_shown_in_two_lines_of_four_groups(dialog, key):
    groups = key.split("-")
    assert dialog.digits.text().splitlines() == ["  ".join(groups[:4]), "  ".join(groups[4:])]
    assert "zhaxi, dolma" in dialog.others.text() and dialog.others.isVisibleTo(dialog)
    assert not dialog.close_button.isEnabled()


def test_it_closes_only_once_the_sheet_is_said_to_be_kept(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = message_box(dialog, "questionBox")
    assert question is not None and dialog.isVisible()
    click_button(qtbot, question, QMessageBox.StandardButton.No)       # go back
    assert dialog.isVisible() and not dialog.confirmed
    dialog.close()                                                     # the window's close button
    question = message_box(dialog, "questionBox")
    assert question is not None and dialog.isVisible()
    click_button(qtbot, question, QMessageBox.StandardButton.No)
    assert dialog.isVisible()
    # Ticked: Close is enabled and closes at once.
    tick(qtbot, dialog.confirm)
    assert dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.close_button)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_answering_yes_to_the_question_closes_it(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = message_box(dialog, "questionBox")
    with qtbot.waitSignal(dialog.finished):
        click_button(qtbot, question, QMessageBox.StandardButton.Yes)
    assert dialog.confirmed and not dialog.isVisible()


def test_the_sheet_is_saved_as_a_pdf_holding_the_digits(qtbot, dialog, key, tmp_path, monkeypatch):
    target = tmp_path / "kept" / "恢复密钥"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    written = target.with_name(target.name + ".pdf")
    assert saved.args == [str(written)] and written.read_bytes().startswith(b"%PDF")
    assert [p.name for p in target.parent.iterdir()] == [written.name]      # no part file left
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(written)).pages)
    assert all(group in text.replace(" ", "") for group in key.split("-"))
    assert dialog.status.isVisible() and str(written) in dialog.status.text()
    assert not dialog.close_button.isEnabled()           # saved is not yet said to be kept


def test_the_sheet_is_printed_from_memory(qtbot, dialog, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed) as printed:
        assert dialog.print_on(printer) == 1
    assert printed.args == [1]
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    assert dialog.status.isVisible()
