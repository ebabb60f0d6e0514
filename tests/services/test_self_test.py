"""The self-test's services steps (services/self_test.py), run for real: a
database, demo data, PDFs, a workbook and a sync bundle in a folder of
their own, with the user's home left alone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.i18n import translate
from desktop.core.progress import Progress
from desktop.services import locations
from desktop.services.pdf.fonts import find_system_fonts, load_fonts
from desktop.services.self_test import STEPS, SelfTestFailed, Step, check_pdf, run_self_test

KEYS = [s.key for s in STEPS]


def _embedded_fonts(path: Path) -> dict[str, bool]:
    """Font name -> embedded, read with pypdf (a second reader beside check_pdf's)."""
    named = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            named[str(font["/BaseFont"]).split("+", 1)[-1]] = bool(descriptor and "/FontFile2" in descriptor)
    return named


def test_every_step_passes_in_a_folder_of_its_own(tmp_path, isolated_home):
    seen = {}

    def where_home(ctx):
        seen["home"] = os.environ["VILLAGEDESK_HOME"]
        seen["data"] = locations.data_dir()
        return None

    reported = []
    folder = tmp_path / "self-test"
    report = run_self_test(folder, Progress(lambda done, total, text: reported.append((done, total))),
                           extra_steps=(Step("where", lambda: "Where", where_home, ("sync",)),))
    assert report.ok, [r.line() for r in report.steps if not r.ok]
    assert [r.key for r in report.steps] == KEYS + ["where"]
    assert all(r.seconds > 0 for r in report.steps[:len(KEYS)])
    assert reported[0] == (0, len(KEYS) + 1) and reported[-1] == (len(KEYS) + 1, len(KEYS) + 1)
    # Kept, with what each step made.
    for name in ("self-test.sqlite3", "county.sqlite3", "plan-zh_CN.pdf", "plan-bo_CN.pdf", "villages.xlsx",
                 "township-to-county.vdbundle", "encrypted.sqlite3", "encrypted.sqlite3.keys"):
        assert (folder / name).is_file(), name
    assert (folder / "encrypted.sqlite3").read_bytes()[:16] != b"SQLite format 3\x00"
    tibetan = load_fonts().files["tibetan"]
    from fontTools.ttLib import TTFont

    tibetan_name = TTFont(str(tibetan), fontNumber=0)["name"].getDebugName(6)
    fonts = _embedded_fonts(folder / "plan-bo_CN.pdf")
    assert fonts[tibetan_name] and all(fonts.values()), fonts
    # The run's home was inside its folder, and the user's is as it was.
    assert Path(seen["home"]) == folder.absolute() / "home"
    assert seen["data"] == folder.absolute() / "home" / "data"
    assert os.environ["VILLAGEDESK_HOME"] == str(isolated_home)
    assert not isolated_home.exists()
    assert report.summary().startswith(translate("SelfTest", "Self-test passed: {count} steps in {seconds} s.")
                                       .split("{")[0])


def test_without_a_home_set_it_uses_a_temporary_folder_and_leaves_the_user_alone(tmp_path, monkeypatch):
    """VILLAGEDESK_HOME unset, as on a user's laptop: the user's own data and
    config folders are never made, and the temporary folder is removed."""
    monkeypatch.delenv("VILLAGEDESK_HOME")
    user = tmp_path / "user"
    for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(var, str(user / sub))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)   # read TMPDIR again
    report = run_self_test()
    assert report.ok, [r.line() for r in report.steps if not r.ok]
    assert not report.kept and not report.folder.exists()
    assert list((tmp_path / "tmp").iterdir()) == []
    assert "VILLAGEDESK_HOME" not in os.environ
    assert not locations.data_dir().exists() and not locations.config_dir().exists()


def test_a_missing_tibetan_font_fails_the_pdfs_with_what_to_install(tmp_path, monkeypatch):
    """A machine with a Chinese font only: the PDF steps fail (every report
    needs the Tibetan font) and say what to install; the others pass."""
    cjk = load_fonts().files["cjk"]
    fonts = tmp_path / "share" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(cjk, fonts / cjk.name)
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert find_system_fonts()["tibetan"] == []
    lines = []
    report = run_self_test(tmp_path / "self-test", on_result=lambda r: lines.append(r.line()))
    assert not report.ok
    failed = {r.key: r.message for r in report.steps if not r.ok}
    assert set(failed) == {"pdf_zh", "pdf_bo"}
    hint = translate("Reports", "No Tibetan font for printing was found. Install Noto Serif Tibetan "
                                "(Debian: fonts-noto-core) or Tibetan Machine Uni (fonts-tibetan-machine); "
                                "Windows has Microsoft Himalaya. Or choose a font file under Settings, Report fonts.")
    assert failed["pdf_bo"] == hint and failed["pdf_zh"] == hint
    assert len(lines) == len(KEYS) and hint in lines[KEYS.index("pdf_bo")]
    assert translate("SelfTest", "FAILED") in lines[KEYS.index("pdf_bo")]
    assert report.summary().startswith(translate(
        "SelfTest", "Self-test FAILED: {failed} of {count} steps failed ({seconds} s).").split("{")[0])
    assert not (tmp_path / "self-test" / "plan-bo_CN.pdf").exists()


def test_a_folder_that_cannot_be_made_fails_every_step(tmp_path, isolated_home):
    """A step that raises something unexpected is reported with its
    traceback; a step that needs a failed one does not run."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    def broken(ctx):
        raise RuntimeError("the window library is missing")

    report = run_self_test(blocker / "self-test", extra_steps=(
        Step("broken", lambda: "Broken", broken), Step("after", lambda: "After", lambda ctx: "ran", ("broken",))))
    assert not report.ok
    by_key = {r.key: r for r in report.steps}
    assert by_key["database"].message.startswith(
        translate("SelfTest", "Cannot make the folder {folder}: {reason}").split("{")[0])
    not_run = translate("SelfTest", "Not run: {step} failed.")
    assert by_key["demo"].message == not_run.format(step=translate("SelfTest", "Fresh database"))
    assert all(by_key[k].message == not_run.format(step=translate("SelfTest", "Demo data"))
               for k in KEYS[2:] if k not in ("encrypted", "server"))
    assert by_key["encrypted"].message == not_run.format(step=translate("SelfTest", "Fresh database"))
    assert by_key["server"].message == not_run.format(step=translate("SelfTest", "Fresh database"))
    assert by_key["broken"].message == "RuntimeError: the window library is missing"
    assert "Traceback" in by_key["broken"].trace and "broken" in by_key["broken"].trace
    assert by_key["after"].message == not_run.format(step="Broken")
    assert os.environ["VILLAGEDESK_HOME"] == str(isolated_home)
    assert blocker.read_text() == "not a folder"


def test_a_folder_with_files_in_it_is_refused_and_left_as_it_was(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    report = run_self_test(folder)
    assert not report.ok and not report.steps[0].ok
    assert report.steps[0].message == translate(
        "SelfTest", "The folder {folder} is not empty; give a new or empty folder.").format(folder=folder.absolute())
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_the_pdf_check_refuses_a_font_left_out_and_a_cut_file(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 72, "Helvetica is named, never embedded")
    canvas.save()
    with pytest.raises(SelfTestFailed, match="Helvetica"):
        check_pdf(path, [])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(path.read_bytes()[:400])
    with pytest.raises(SelfTestFailed):
        check_pdf(cut, [])
