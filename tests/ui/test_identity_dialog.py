"""This installation: the same fingerprint the service computes, in two
lines of large digits; the enrolment file saved; the slip built and shown
in the report preview."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop.core.sync_identity import format_fingerprint, typed_digits
from desktop.ui.identity_dialog import IdentityDialog
from tests.ui.trust_data import copied_demo


@pytest.fixture
def demo(tmp_path):
    d = copied_demo(tmp_path / "demo")
    yield d
    d.close()


@pytest.fixture
def dialog(qtbot, demo, languages):
    d = IdentityDialog(demo.township, "zh_CN")
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_shows_who_this_installation_is_and_its_fingerprint(dialog, demo):
    me = demo.township.sync.identity()
    shown = dialog.fingerprint.text()
    assert typed_digits(shown) == me.fingerprint
    lines = shown.split("\n")
    groups = format_fingerprint(me.fingerprint).split(" ")
    assert [line.split() for line in lines] == [groups[:4], groups[4:]]
    assert dialog.fingerprint.font().fixedPitch() and dialog.fingerprint.font().pointSizeF() >= 20
    assert dialog.values["installation"].text() == me.installation_id
    assert me.unit_code in dialog.values["unit"].text() and me.unit_name_zh in dialog.values["unit"].text()
    assert dialog.values["name"].text() == me.name
    assert dialog.values["mode"].text() == dialog.tr("Township")
    assert dialog.save_button.isEnabled() and dialog.slip_button.isEnabled()
    assert not dialog.warning.isVisibleTo(dialog)


def test_save_enrolment_file_writes_one_the_other_side_can_read(dialog, demo, tmp_path, qtbot):
    file_dialog = dialog.save_enrolment()
    assert file_dialog.isVisible()
    with qtbot.waitSignal(dialog.enrolment_saved) as saved:
        file_dialog.fileSelected.emit(str(tmp_path / "township"))
    path = tmp_path / "township.vdenrol"
    assert saved.args == [str(path)]
    enrolment = demo.county.sync.read_enrolment(path)
    assert enrolment.fingerprint == demo.township.sync.identity().fingerprint
    assert str(path) in dialog.message.text()
    file_dialog.close()


def test_a_folder_that_cannot_be_written_is_said(dialog, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    assert dialog.save_enrolment_to(blocked / "x.vdenrol") is None
    assert dialog.message.isVisibleTo(dialog) and str(blocked) in dialog.message.text()


def test_print_slip_builds_it_and_shows_the_preview(dialog, demo, qtbot):
    with qtbot.waitSignal(dialog.slip_built, timeout=60_000) as built:
        dialog.slip_button.click()
    qtbot.waitUntil(lambda: dialog.task is None)
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    assert preview.page_count() == 1
    assert str(preview.path) == built.args[0]
    assert len(PdfReader(preview.path).pages) == 1
    path = preview.path
    preview.close()
    assert not path.exists()     # the preview's temporary file goes with it


def test_not_set_up_it_says_so_and_offers_set_up(qtbot, workspace, languages):
    d = IdentityDialog(workspace, "zh_CN")
    qtbot.addWidget(d)
    d.show()
    assert len(typed_digits(d.fingerprint.text())) == 40    # the keys exist from the first look
    assert d.values["mode"].text() == d.tr("Not set up yet")
    assert not d.save_button.isEnabled() and not d.slip_button.isEnabled()
    assert d.warning.isVisibleTo(d) and d.setup_button.isVisibleTo(d)
    with qtbot.waitSignal(d.setup_requested):
        d.setup_button.click()
