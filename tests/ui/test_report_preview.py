"""The report preview: pages drawn as they come into view, zoom, Save as
PDF…, printing on a QPrinter, and the temporary file gone on close."""

from __future__ import annotations

import shutil

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QRadioButton, QSpinBox

from desktop.core.progress import Progress
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import load_fonts
from desktop.services.pdf.labels import ReportLabels
from desktop.ui.pdf_page_view import CACHE_PAGES, PdfPageView
from desktop.ui.report_preview import ReportPreview
from desktop.ui.report_printing import pages_to_print, print_pdf
from tests.ui.conftest import message_box

LINE = "第{n}段 村党支部书记年龄偏大，近三年未发展新党员 སྒྲུབ་བསྐྱེད་ཕྱུག་རྒྱུ་ཀྲུའུ་སྤྱོད་བསྒྲིགས། "


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    """A report of some 40 pages, every page numbered in its foot."""
    fonts = load_fonts()
    story = blocks.title("长报告 ཡིག་ཆ་རིང་པོ།", fonts)
    story += [blocks.paragraph(LINE.format(n=n) * 3, fonts) for n in range(800)]
    path = tmp_path_factory.mktemp("pdf") / "long.pdf"
    return ReportDocument(path, "长报告", fonts, ReportLabels("zh_CN")).build(story)


@pytest.fixture
def preview(qtbot, long_pdf, tmp_path):
    built = tmp_path / "built.pdf"      # the preview owns (and deletes) its copy, as after a build
    shutil.copy(long_pdf, built)
    p = ReportPreview(built, "长报告\nཡིག་ཆ་རིང་པོ།", "long.pdf")
    p.resize(900, 900)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: not p.view.pending())
    yield p
    if shiboken6.isValid(p):   # not closed by the test (closing deletes it)
        p.close()


def pages_in(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def test_opens_at_the_first_page_and_draws_only_what_is_seen(qtbot, preview, long_pdf):
    count = pages_in(long_pdf)
    assert count > 30
    assert preview.page_count() == count
    assert preview.page_label.text() == f"Page 1 of {count}"
    # Only the pages in view were drawn, not the whole report.
    assert 1 <= preview.view.rendered <= 3
    preview.view.show_page(count - 1)
    assert preview.page_label.text() == f"Page {count} of {count}"
    first = preview.view.rendered
    for page in (count - 1, count // 2, 5):
        preview.view.show_page(page)
        preview.view.repaint()   # each page is queued as it is seen...
    qtbot.waitUntil(lambda: not preview.view.pending())
    # ... but only those still in view when the renderer comes round are drawn.
    assert preview.view.rendered - first <= 3
    assert preview.page_label.text() == f"Page 6 of {count}"


def test_scrolling_through_keeps_a_few_pages_only(qtbot, preview):
    view = preview.view
    for page in range(0, preview.page_count(), 3):
        view.show_page(page)
        qtbot.waitUntil(lambda: not view.pending())
    assert len(view._cache) <= CACHE_PAGES
    assert view.current_page() >= preview.page_count() - 4


def test_zoom(qtbot, preview):
    view = preview.view
    assert preview.buttons["fitWidth"].isChecked()
    width_zoom = view.zoom
    page = view.page_rect(0)
    assert abs(page.width() - (view.viewport().width() - 24)) <= 2   # fits the width, a gap each side

    qtbot.mouseClick(preview.buttons["fitPage"], Qt.MouseButton.LeftButton)
    assert view.zoom < width_zoom
    assert view.page_rect(view.current_page()).height() <= view.viewport().height()
    assert preview.buttons["fitPage"].isChecked() and not preview.buttons["fitWidth"].isChecked()

    before = view.zoom
    qtbot.mouseClick(preview.buttons["zoomIn"], Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(before * 1.25)
    assert preview.zoom_label.text() == f"{round(view.zoom * 100)}%"
    assert not preview.buttons["fitPage"].isChecked()
    qtbot.mouseClick(preview.buttons["zoomOut"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.buttons["zoomOut"], Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(before / 1.25)
    qtbot.waitUntil(lambda: not view.pending())   # redrawn at the new size

    qtbot.mouseClick(preview.buttons["fitWidth"], Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(width_zoom)


def test_save_as_writes_the_pdf(qtbot, preview, tmp_path):
    target = tmp_path / "out" / "村报告"
    target.parent.mkdir()
    dialog = preview.save_as()
    assert dialog.isVisible()
    with qtbot.waitSignal(preview.saved) as saved:
        dialog.selectFile(str(target))
        dialog.accept()
    written = target.with_name("村报告.pdf")
    assert saved.args == [str(written)]
    assert pages_in(written) == preview.page_count()
    assert written.read_bytes() == preview.path.read_bytes()
    assert [p.name for p in written.parent.iterdir()] == ["村报告.pdf"]   # no temporary left beside it


def test_a_failing_disk_says_so_and_writes_nothing(qtbot, preview, tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    assert not preview.save_to(not_a_folder / "report.pdf")
    box = message_box(preview, "errorBox")
    assert box is not None
    assert str(not_a_folder / "report.pdf") in box.text() and "Nothing was written" in box.text()
    assert not_a_folder.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "built.pdf"]


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_a_page_range_off_the_gui_thread(qtbot, preview, tmp_path):
    printer = _pdf_printer(tmp_path / "printed.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        preview.print_on(printer)
    assert printed.args == [3]
    reader = pypdf.PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == 3
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)   # A4, as the report
    qtbot.waitUntil(lambda: preview.buttons["print"].isEnabled())


def test_print_pdf_honours_the_dialog_choices(qapp, long_pdf, tmp_path):
    printer = _pdf_printer(tmp_path / "odd.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 4)
    printer.setPageRanges(ranges)
    assert pages_to_print(printer, 40) == [0, 2, 3]
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 40) == [3, 2, 0]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 40, current=7) == [7]
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setPageOrder(QPrinter.PageOrder.FirstPageFirst)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert print_pdf(long_pdf, printer) == 3
    assert pages_in(tmp_path / "odd.pdf") == 3


def test_cancelled_printing_stops(qapp, long_pdf, tmp_path):
    progress = Progress()
    progress.cancel()
    from desktop.core.progress import Cancelled

    with pytest.raises(Cancelled):
        print_pdf(long_pdf, _pdf_printer(tmp_path / "never.pdf"), progress)


def test_the_print_dialog_offers_the_pages_and_prints_on_ok(qtbot, preview, tmp_path):
    dialog = preview.print_()
    assert dialog.isVisible() and dialog.isModal()
    assert (dialog.minPage(), dialog.maxPage()) == (1, preview.page_count())
    # As the user fills in Qt's own dialog (no printer here: print to a file), then OK.
    dialog.findChild(QLineEdit, "filename").setText(str(tmp_path / "from-dialog.pdf"))
    dialog.findChild(QRadioButton, "printRange").setChecked(True)
    dialog.findChild(QSpinBox, "from").setValue(2)
    dialog.findChild(QSpinBox, "to").setValue(3)
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        dialog.accept()
    assert printed.args == [2]
    assert pages_in(tmp_path / "from-dialog.pdf") == 2


def test_a_printer_that_cannot_start_says_so(qtbot, preview, tmp_path):
    printer = _pdf_printer(tmp_path / "no-such-folder" / "out.pdf")
    task = preview.print_on(printer)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    box = message_box(preview, "errorBox")
    assert box is not None and "could not be started" in box.text()
    assert preview.buttons["print"].isEnabled()


def test_closing_deletes_the_temporary_file(qtbot, preview):
    path = preview.path
    assert path.exists()
    preview.close()
    assert not path.exists()


def test_view_without_a_document(qtbot):
    view = PdfPageView()
    qtbot.addWidget(view)
    view.show()
    assert view.page_count() == 0 and view.current_page() == -1 and not view.pending()
