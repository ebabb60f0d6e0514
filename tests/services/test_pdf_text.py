"""Printed Tibetan must be right: shaped stacks, breaks between syllables,
each script in its own font, no boxes, and text that copies back out."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import SimpleDocTemplate, Table

from desktop.core.progress import Cancelled, Progress
from desktop.core.script_runs import SHADS, TSHEG, Script, script_of
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument, ReportWriteFailed
from desktop.services.pdf.fonts import FontChoice, MissingFonts, load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText, TextStyle, draw_text, typesetter
from tests.services.pdf_glyphs import Shaper, shown_text

STACKS = "སྒྲུབ་བསྐྱེད་རྒྱ་མཚོ།"
MIXED = ("ཚེས15ཉིན།整顿软弱涣散村党组织，落实“三个不放过”。གྲོང་ཚོའི་ཏང་གི་རྩ་འཛུགས་ཞན་པ་དང་ཐོར་བ་"
         "བཅོས་སྒྲིག་བྱེད་པའི་ལས་འགུལ། Party branch 2024-03-05 སྒྲུབ་བསྐྱེད་རྒྱ་ཀྲུའུ་ཧྲུའུ་ཅི།")


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


def _build(path: Path, fonts, texts: list[str], width: float = 200) -> Path:
    style = TextStyle(size=11)
    story = [Table([[MixedText(t, style, fonts)]], colWidths=[width]) for t in texts]
    SimpleDocTemplate(str(path)).build(story)
    return path


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_each_tibetan_syllable_draws_the_glyphs_harfbuzz_gives(tmp_path, fonts):
    pdf = _build(tmp_path / "t.pdf", fonts, [STACKS, MIXED * 3])
    shaper = Shaper(fonts.files["tibetan"])
    spans = [s for s in shown_text(pdf) if s.actual_text is not None]
    assert len(spans) > 60
    dotted_circle = shaper.glyphs("\u25cc")[0]  # what HarfBuzz draws for a mark with no letter
    for span in spans:
        assert span.glyphs == shaper.glyphs(span.actual_text), span.actual_text
        assert dotted_circle not in span.glyphs, span.actual_text
    # The stacks are real ligatures: fewer glyphs than characters.
    first = spans[0]
    assert first.actual_text == "སྒྲུབ་" and len(first.glyphs) < len("སྒྲུབ་")


def test_spans_give_back_every_tibetan_character_in_order(tmp_path, fonts):
    pdf = _build(tmp_path / "t.pdf", fonts, [MIXED])
    spans = "".join(s.actual_text for s in shown_text(pdf) if s.actual_text is not None)
    assert spans == "".join(c for c in MIXED if script_of(c) is Script.TIBETAN)


def test_nothing_is_drawn_as_a_box_and_each_script_has_its_font(tmp_path, fonts):
    pdf = _build(tmp_path / "t.pdf", fonts, [MIXED])
    shown = shown_text(pdf)
    assert shown and all(".notdef" not in s.names for s in shown)
    tibetan_font = Path(fonts.files["tibetan"]).stem.split("-")[0]
    for s in shown:
        if s.actual_text is not None:
            assert s.font.startswith(tibetan_font)
        else:  # digits, Latin and Chinese: not in Noto Serif Tibetan, which has no digits
            assert not s.font.startswith(tibetan_font) or fonts.latin == fonts.tibetan


def test_copied_text_gives_back_the_source(tmp_path, fonts):
    pdf = _build(tmp_path / "t.pdf", fonts, [MIXED], width=480)
    copied = _pdftotext(pdf)
    assert re.sub(r"\s", "", copied) == re.sub(r"\s", "", MIXED)


def test_lines_break_only_between_syllables_characters_or_at_spaces(fonts):
    ts = typesetter(fonts)
    for width in (60, 90, 140, 230):
        lines = ts.lines(MIXED, TextStyle(size=11), width)
        texts = [line.text for line in lines]
        assert all("".join(run.text for _, run in line.runs) == line.text.replace(" ", "") for line in lines)
        assert "".join(texts).replace(" ", "") == MIXED.replace(" ", "")
        position = 0
        for before, after in zip(texts, texts[1:]):
            position = MIXED.index(before, position) + len(before)
            end, start = before[-1], after[0]
            at_space = MIXED[position] == " "
            assert (end in SHADS or end == TSHEG or script_of(end) is Script.HAN or script_of(start) is Script.HAN
                    or at_space), (before, after)
            assert start not in SHADS and start != TSHEG and start not in "，。”）"
        assert all(line.width <= width + 0.01 for line in lines)


def test_only_the_glyphs_used_are_embedded(tmp_path, fonts):
    from pypdf import PdfReader

    pdf = _build(tmp_path / "t.pdf", fonts, [STACKS])
    sizes = []
    for ref in PdfReader(str(pdf)).pages[0]["/Resources"]["/Font"].values():
        f = ref.get_object()
        if "/FontDescriptor" in f:
            sizes.append(len(f["/FontDescriptor"]["/FontFile2"].get_data()))
    assert sizes and sum(sizes) < 60_000 < Path(fonts.files["tibetan"]).stat().st_size


def test_a_line_too_long_for_its_box_ends_in_an_ellipsis(tmp_path, fonts):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "line.pdf"))
    draw_text(canvas, 50, 700, MIXED, TextStyle(size=10), fonts, width=120)
    canvas.save()
    copied = _pdftotext(tmp_path / "line.pdf").strip()
    assert copied.endswith("…") and len(copied) < 40 and MIXED.startswith(copied[:-1].replace(" ", "")[:8])


def test_a_missing_font_names_what_to_install(tmp_path):
    with pytest.raises(MissingFonts) as err:
        load_fonts(folders=[tmp_path])
    assert "fonts-noto-core" in err.value.message


def test_a_chosen_file_that_is_no_font_is_refused(tmp_path):
    bad = tmp_path / "not-a-font.ttf"
    bad.write_bytes(b"hello")
    with pytest.raises(MissingFonts) as err:
        load_fonts(FontChoice(tibetan=str(bad)))
    assert str(bad) in err.value.message
    with pytest.raises(MissingFonts):
        load_fonts(FontChoice(cjk=str(tmp_path / "gone.ttc")))


def test_a_chinese_font_cannot_stand_in_for_tibetan(fonts):
    with pytest.raises(MissingFonts):
        load_fonts(FontChoice(tibetan=str(fonts.files["cjk"])))


def test_a_cancelled_report_leaves_no_file(tmp_path, fonts):
    labels = ReportLabels("both")
    target = tmp_path / "r.pdf"
    progress = Progress()
    progress.cancel()
    doc = ReportDocument(target, "Test", fonts, labels)
    with pytest.raises(Cancelled):
        doc.build([blocks.paragraph(MIXED, fonts)] * 50, progress)
    assert list(tmp_path.iterdir()) == []


def test_a_report_that_cannot_be_written_says_so(tmp_path, fonts):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    doc = ReportDocument(blocker / "r.pdf", "Test", fonts, ReportLabels("zh_CN"))
    with pytest.raises(ReportWriteFailed) as err:
        doc.build([blocks.paragraph("x", fonts)])
    assert str(blocker / "r.pdf") in err.value.message


def test_a_long_paragraph_splits_across_pages_without_losing_a_line(tmp_path, fonts):
    doc = ReportDocument(tmp_path / "long.pdf", "长", fonts, ReportLabels("zh_CN"))
    text = "\n".join(f"{i:03d} {MIXED}" for i in range(60))
    doc.build([MixedText(text, TextStyle(size=10), fonts)])
    copied = _pdftotext(tmp_path / "long.pdf")
    assert all(f"{i:03d}" in copied for i in range(60))
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "long.pdf")).pages) > 1


def test_bold_tibetan_is_set_in_the_bold_face_shaped_by_harfbuzz(tmp_path, fonts):
    assert fonts.tibetan_bold, "Noto Serif Tibetan Bold comes with fonts-noto-core"
    pdf = tmp_path / "bold.pdf"
    SimpleDocTemplate(str(pdf)).build([MixedText(STACKS + " 整顿15", TextStyle(size=11, bold=True), fonts)])
    bold_file = Path(fonts.files["tibetan"]).with_name("NotoSerifTibetan-Bold.ttf")
    shaper = Shaper(bold_file)
    spans = [s for s in shown_text(pdf) if s.actual_text is not None]
    assert spans and all(s.font == "NotoSerifTibetan-Bold" for s in spans)
    for span in spans:
        assert span.glyphs == shaper.glyphs(span.actual_text)
    assert re.sub(r"\s", "", _pdftotext(pdf)) == re.sub(r"\s", "", STACKS + " 整顿15")
