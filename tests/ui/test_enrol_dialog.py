"""Enrol an installation: the file's details without its fingerprint; the
40 digits typed from the slip; a wrong one refused with nothing enrolled,
the right one (typed with spaces, or full-width) enrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.core.sync_identity import format_fingerprint
from desktop.ui.enrol_dialog import EnrolDialog
from tests.ui.conftest import type_text
from tests.ui.trust_data import copied_demo, new_installation

CODE, NAME_ZH, NAME_BO = "513336199", "新乡", "ཤང་གསར་"


@pytest.fixture
def demo(tmp_path):
    d = copied_demo(tmp_path / "demo")
    yield d
    d.close()


@pytest.fixture
def laptop(tmp_path):
    ws = new_installation(tmp_path, CODE, NAME_ZH, NAME_BO)
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, demo, laptop, tmp_path, languages):
    path = laptop.sync.export_enrolment(tmp_path / "laptop.vdenrol")
    d = EnrolDialog(demo.county, "zh_CN")
    qtbot.addWidget(d)
    d.show()
    assert d.load_file(path)
    return d


def _ids(ws) -> set[str]:
    return {p.installation_id for p in ws.sync.peers()}


def test_it_shows_what_the_file_says_but_not_its_fingerprint(dialog, laptop):
    me = laptop.sync.identity()
    assert dialog.values["installation"].text() == me.installation_id
    assert dialog.values["name"].text() == me.name
    assert dialog.values["role"].text() == dialog.tr("Township")
    assert CODE in dialog.values["unit"].text() and NAME_ZH in dialog.values["unit"].text()
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel)) + " ".join(
        w.text() for w in dialog.findChildren(QLineEdit))
    for group in format_fingerprint(me.fingerprint).split(" "):
        assert group not in shown
    assert not dialog.enrol_button.isEnabled()
    assert not dialog.known.isVisibleTo(dialog)


def test_a_wrong_fingerprint_is_refused_and_nothing_enrolled(dialog, demo, laptop, qtbot):
    right = laptop.sync.identity().fingerprint
    wrong = right[:-1] + str((int(right[-1]) + 1) % 10)      # one digit off
    before = _ids(demo.county)
    qtbot.keyClicks(dialog.fingerprint, wrong[:39])
    assert not dialog.enrol_button.isEnabled()
    assert dialog.count.text() == dialog.tr("{typed} of {total} digits").format(typed=39, total=40)
    qtbot.keyClicks(dialog.fingerprint, wrong[39])
    assert dialog.enrol_button.isEnabled()
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert dialog.peer is None
    assert _ids(demo.county) == before
    assert dialog.enrol_button.isEnabled()     # type again and retry


def test_the_right_fingerprint_typed_with_spaces_enrols(dialog, demo, laptop, qtbot):
    me = laptop.sync.identity()
    qtbot.keyClicks(dialog.fingerprint, format_fingerprint(me.fingerprint))
    assert dialog.fingerprint.text() == format_fingerprint(me.fingerprint)
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    peer = enrolled.args[0]
    assert peer.installation_id == me.installation_id and peer.role == "township"
    assert me.installation_id in _ids(demo.county)
    assert me.name in dialog.message.text()
    assert not dialog.enrol_button.isEnabled() and not dialog.fingerprint.isEnabled()


def test_digits_typed_without_spaces_are_grouped_as_on_the_slip(dialog, laptop, qtbot):
    digits = laptop.sync.identity().fingerprint
    qtbot.keyClicks(dialog.fingerprint, digits[:12])
    assert dialog.fingerprint.text() == f"{digits[:5]} {digits[5:10]} {digits[10:12]}"
    assert dialog.fingerprint.cursorPosition() == len(dialog.fingerprint.text())
    qtbot.keyClicks(dialog.fingerprint, "-x " + digits[12:])     # other characters are dropped
    assert dialog.fingerprint.digits() == digits and dialog.enrol_button.isEnabled()


def test_full_width_digits_from_an_input_method_count(dialog, laptop, qtbot):
    digits = laptop.sync.identity().fingerprint
    wide = "　".join(chr(ord("０") + int(d)) for d in digits)    # and full-width spaces
    type_text(qtbot, dialog.fingerprint, wide)
    assert dialog.fingerprint.text() == format_fingerprint(digits)
    assert dialog.enrol_button.isEnabled()


def test_an_installation_enrolled_already_is_said(qtbot, demo, tmp_path, languages):
    path = demo.township.sync.export_enrolment(tmp_path / "township.vdenrol")
    d = EnrolDialog(demo.county, "zh_CN")
    qtbot.addWidget(d)
    assert d.load_file(path)
    assert d.known.isVisibleTo(d) and demo.township.sync.identity().name in d.known.text()


def test_a_file_that_is_not_an_enrolment_is_refused(qtbot, demo, tmp_path, languages):
    bad = tmp_path / "bad.vdenrol"
    bad.write_bytes(b"PK\x03\x04 not json")
    d = EnrolDialog(demo.county, "zh_CN")
    qtbot.addWidget(d)
    assert not d.load_file(bad)
    assert d.message.isVisibleTo(d) and d.message.text()
    qtbot.keyClicks(d.fingerprint, "1" * 40)
    assert not d.enrol_button.isEnabled()
