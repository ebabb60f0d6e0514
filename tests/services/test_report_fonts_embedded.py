"""Every report embeds every font it names: a PDF that names a font it does
not carry (ReportLab's default Helvetica) depends on the reader's machine."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop.services.pdf.fonts import load_fonts
from desktop.services.reports import REPORTS, ReportRequest, build_report
from tests.services.reports_data import demo_workspace, villages_with_plans


@pytest.fixture(scope="module")
def demo(module_db_target):
    ws = demo_workspace(module_db_target)
    yield ws
    ws.close()


def _fonts_named(path) -> dict[str, bool]:
    named = {}
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            named[str(font["/BaseFont"])] = bool(descriptor and "/FontFile2" in descriptor)
    return named


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_each_report_embeds_each_font_it_names(demo, tmp_path, kind):
    village = villages_with_plans(demo)[0] if kind in ("plan", "dossier") else None
    out = build_report(demo, ReportRequest(kind, "both", village_id=village), tmp_path / f"{kind}.pdf",
                       fonts=load_fonts())
    named = _fonts_named(out)
    assert named and all(named.values()), named
