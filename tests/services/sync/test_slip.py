"""The enrolment slip: one page that names the installation and carries its
fingerprint in eight groups, in Chinese, Tibetan and both, as pdftotext
reads it back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop.core.sync_identity import format_fingerprint
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.sync.slip import build_slip
from desktop.services.workspace import Workspace
from tests.services.reports_data import leftovers, pdf_text, squeezed

NAME_ZH = "白依乡"
NAME_BO = "པད་ཡུལ་ཤང་།"


@pytest.fixture(scope="module")
def ws(module_db_target):
    ws = Workspace.open(module_db_target, actor="tester")
    ws.sync.setup("township", "513336100", name_zh=NAME_ZH, name_bo=NAME_BO, installation_name="白依乡党委 1号电脑")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN", "both"])
def test_the_slip_carries_the_fingerprint_and_who_it_is(ws, fonts, tmp_path, language):
    me = ws.sync.identity()
    out = build_slip(ws, tmp_path / "slip.pdf", language, fonts=fonts)
    assert out == tmp_path / "slip.pdf"
    assert len(PdfReader(out).pages) == 1
    text = pdf_text(out)
    flat = squeezed(text)
    words = text.split()
    groups = format_fingerprint(me.fingerprint).split(" ")
    places = [words.index(group) for group in groups]     # each group a word of its own, as printed
    assert places == sorted(places)                       # in order: two lines of four groups
    assert me.installation_id in flat
    assert "513336100" in flat and squeezed("白依乡党委 1号电脑") in flat
    labels = ReportLabels(language)
    for label in ("Enrolment slip", "Installation id", "Fingerprint",
                  "Compare these digits with the screen of the other installation before enrolling."):
        assert squeezed(labels.translate("Sync", label)) in flat, label
    assert squeezed(labels.translate("Sync", "Printed by (signature)")) in flat
    if language in ("zh_CN", "both"):
        assert NAME_ZH in flat
    if language in ("bo_CN", "both"):
        assert NAME_BO in flat
    if language == "zh_CN":
        assert NAME_BO not in flat    # the unit in the slip's language only


def test_a_slip_that_cannot_be_written_leaves_nothing(ws, fonts, tmp_path):
    from desktop.services.pdf.document import ReportWriteFailed

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    with pytest.raises(ReportWriteFailed):
        build_slip(ws, blocked / "slip.pdf", "zh_CN", fonts=fonts)
    assert leftovers(tmp_path) == ["blocked"]
