"""The recovery sheet: one page naming the database, with the 48 digits in
eight groups in order, in Chinese, Tibetan, both and English, as pdftotext
reads it back; every font it names embedded; a bad key writes nothing."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.recovery_key import RecoveryKeyInvalid, format_key, from_bytes, groups_of
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.recovery_sheet import (
    SHEET_LANGUAGES, build_for_workspace, build_recovery_sheet, sheet_labels, sheet_language)
from desktop.services.workspace import Workspace
from tests.services.reports_data import leftovers, pdf_text, squeezed
from tests.services.test_report_fonts_embedded import _fonts_named

DATABASE = Path("/srv/白依乡党委/township-data/白依乡 2025 台账.sqlite3")
INSTALLATION = "0190f3a2-7c41-7d2e-9b55-3f1e2a6c8d90"


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.fixture(scope="module")
def key() -> str:
    return from_bytes(secrets.token_bytes(24))


@pytest.mark.parametrize("language", SHEET_LANGUAGES)
def test_the_sheet_carries_the_key_and_names_the_database(fonts, key, tmp_path, language):
    out = build_recovery_sheet(tmp_path / "sheet.pdf", format_key(key), database=DATABASE,
                               installation_id=INSTALLATION, language=language, fonts=fonts)
    assert out == tmp_path / "sheet.pdf" and leftovers(tmp_path) == ["sheet.pdf"]
    assert len(PdfReader(out).pages) == 1
    text = pdf_text(out)
    flat = squeezed(text)
    # Each group reads back as printed (three digits, a gap, three), in order.
    words = text.split()
    places = [next(i for i in range(len(words) - 1) if words[i] + words[i + 1] == group)
              for group in groups_of(key)]
    assert places == sorted(places)
    assert INSTALLATION in flat and squeezed(DATABASE.name) in flat and squeezed(str(DATABASE.parent)) in flat
    labels = sheet_labels(language)
    for label in ("Recovery key of the database", "Installation id", "Where to keep it", "Kept by (signature)"):
        # Headings join the two languages with " / ", other labels with a line break.
        assert squeezed(labels.translate("Recovery", label)) in flat.replace("/", ""), label
    named = _fonts_named(out)
    assert named and all(named.values()), named


def test_a_workspace_gives_its_own_file_and_id(fonts, key, tmp_path):
    ws = Workspace.open(tmp_path / "乡.sqlite3", actor="tester")
    try:
        out = build_for_workspace(ws, tmp_path / "sheet.pdf", key, "zh_CN", fonts=fonts)
        flat = squeezed(pdf_text(out))
        assert ws.installation_id in flat and "乡.sqlite3" in flat
    finally:
        ws.close()


def test_a_mistyped_key_writes_no_sheet(fonts, key, tmp_path):
    wrong = key[:5] + str((int(key[5]) + 1) % 10) + key[6:]
    with pytest.raises(RecoveryKeyInvalid):
        build_recovery_sheet(tmp_path / "sheet.pdf", wrong, database=DATABASE, installation_id=INSTALLATION,
                             language="en", fonts=fonts)
    assert leftovers(tmp_path) == []


def test_the_sheet_language_follows_the_user():
    assert [sheet_language(x) for x in ("zh_CN", "bo_CN", "en_US", None)] == ["zh_CN", "bo_CN", "en", "en"]
    with pytest.raises(ValueError):
        sheet_labels("fr")
