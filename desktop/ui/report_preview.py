"""A built report before it is saved or printed: its pages, zoom, Save as
PDF… and Print….

The preview owns the temporary PDF the report dialog built: closing the
window deletes it. Saving copies it to the chosen file atomically (a
temporary name beside the target, flushed, renamed), so a failing disk
leaves the old file or none, and says why. Printing runs off the GUI thread
(report_printing.print_pdf) on the printer chosen in the system's dialog.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import SLOT, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

from desktop.services.files import written_atomically
from desktop.ui.messages import show_error
from desktop.ui.pdf_page_view import PdfPageView
from desktop.ui.pdf_pages import PdfPages
from desktop.ui.report_printing import prepare_printer, print_pdf
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task


class ReportPreview(Retranslating, QWidget):
    saved = Signal(str)     # the path written
    printed = Signal(int)   # pages sent to the printer

    def __init__(self, path: Path | str, title: str, file_name: str = "report.pdf", temporary: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = Path(path)
        self.title = title
        self.file_name = file_name
        self.temporary = temporary
        self.task: Task | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None   # the print dialog's, until printing starts
        self.pages = PdfPages(self.path)

        self.view = PdfPageView(self)
        self.buttons = {name: self._button(name) for name in (
            "fitWidth", "fitPage", "zoomOut", "zoomIn", "saveAs", "print", "close")}
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        self.buttons["fitWidth"].setCheckable(True)
        self.buttons["fitPage"].setCheckable(True)

        bar = QHBoxLayout()
        for name in ("fitWidth", "fitPage", "zoomOut"):
            bar.addWidget(self.buttons[name])
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.buttons["zoomIn"])
        bar.addSpacing(16)
        bar.addWidget(self.page_label)
        bar.addStretch()
        for name in ("saveAs", "print", "close"):
            bar.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        b = self.buttons
        b["fitWidth"].clicked.connect(lambda: self._fit(PdfPageView.FIT_WIDTH))
        b["fitPage"].clicked.connect(lambda: self._fit(PdfPageView.FIT_PAGE))
        b["zoomIn"].clicked.connect(self.view.zoom_in)
        b["zoomOut"].clicked.connect(self.view.zoom_out)
        b["saveAs"].clicked.connect(self.save_as)
        b["print"].clicked.connect(self.print_)
        b["close"].clicked.connect(self.close)
        self.view.zoom_changed.connect(lambda _z: self._show_zoom())
        self.view.current_page_changed.connect(lambda _p: self._show_page())
        self.view.set_pages(self.pages)
        # Deleted without being closed (its parent went, the app quit): the temporary file goes too.
        self.destroyed.connect(lambda *_a, pages=self.pages, path=self.path, temporary=temporary:
                               _discard(pages, path, temporary))
        QApplication.instance().aboutToQuit.connect(self.close)
        self.retranslate()
        self.resize(900, 1000)

    def _button(self, name: str) -> QAbstractButton:
        button = QToolButton(self) if name.startswith("zoom") else QPushButton(self)
        button.setObjectName(f"preview_{name}")
        return button

    # -- looking ---------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def _fit(self, fit: str) -> None:
        self.view.set_fit(fit)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.view.zoom * 100)))
        self.buttons["fitWidth"].setChecked(self.view.fit == PdfPageView.FIT_WIDTH)
        self.buttons["fitPage"].setChecked(self.view.fit == PdfPageView.FIT_PAGE)

    def _show_page(self) -> None:
        current = self.view.current_page()
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=current + 1, pages=self.page_count()))

    # -- saving ----------------------------------------------------------

    def save_as(self) -> QFileDialog:
        """Ask where to save (the dialog is returned; choosing a file saves)."""
        dialog = QFileDialog(self, self.tr("Save report as PDF"))
        dialog.setObjectName("saveReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.file_name)
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, target: str | Path) -> bool:
        """Copy the report to `target` atomically; a failure is shown, not raised."""
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with written_atomically(target) as tmp:
                shutil.copyfile(self.path, tmp)
        except OSError as exc:
            show_error(self, self.tr("Save report"), self.tr(
                "The report could not be saved to {path}: {reason}. Nothing was written there; "
                "choose another folder or free some space.").format(path=target, reason=exc.strerror or exc))
            return False
        self.saved.emit(str(target))
        return True

    # -- printing --------------------------------------------------------

    def print_(self) -> QPrintDialog:
        """The system's print dialog; printing starts when it is accepted."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.pages.sizes, self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog, self._printer = dialog, printer
        # Qt's way without a nested event loop (Windows and macOS show their own dialog).
        dialog.open(self, SLOT("_print_chosen()"))
        return dialog

    @Slot()
    def _print_chosen(self) -> None:
        self.print_on(self._printer)

    def print_on(self, printer: QPrinter) -> Task:
        """Print on `printer` (set up by the print dialog or a test) off the GUI thread."""
        current = max(self.view.current_page(), 0)
        self.buttons["print"].setEnabled(False)
        self.task = Task(self, self.tr("Printing…"), lambda progress: print_pdf(self.path, printer, progress, current))
        self.task.succeeded.connect(lambda pages: self.printed.emit(pages))
        self.task.failed.connect(lambda message: show_error(self, self.tr("Print"), message))
        self.task.cancelled.connect(lambda: show_error(self, self.tr("Print"), self.tr(
            "Printing was cancelled; pages already sent may still come out of the printer.")))
        self.task.finished.connect(lambda: self.buttons["print"].setEnabled(True))
        # The printer lives as long as the job.
        self.task.printer = printer
        return self.task.start()

    # -- closing ---------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.worker.isRunning():
            self.task.cancel()
            self.task.worker.wait()
        self.view.set_pages(None)
        _discard(self.pages, self.path, self.temporary)
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview: {title}").format(title=self.title.replace("\n", " / ")))
        texts = {"fitWidth": self.tr("Fit width"), "fitPage": self.tr("Whole page"), "saveAs": self.tr("Save as PDF…"),
                 "print": self.tr("Print…"), "close": self.tr("Close")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["zoomOut"].setText("−")
        self.buttons["zoomIn"].setText("+")
        self.buttons["zoomOut"].setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.buttons["zoomIn"].setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self._show_zoom()
        self._show_page()


def _discard(pages: PdfPages, path: Path, temporary: bool) -> None:
    pages.close()
    if temporary:
        path.unlink(missing_ok=True)

