"""File → Export → one of the Excel exports: where to save it (a default
name with today's date), the language of the sheet, both languages in the
headers or not; then the export off the GUI thread with progress and
Cancel, and a message saying where it went.

`export_to(path)` takes the file without the file dialog (tests, and a
path typed into the field)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.language import NATIVE_NAMES
from desktop.ui.messages import ask, show_error
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task

KINDS = ("villages", "problems", "plans", "inspections", "warnings")


def xlsx_path(text: str) -> Path:
    """The file the user named, with .xlsx added when it has another ending."""
    path = Path(text.strip()).expanduser()
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ExportDialog(Retranslating, QDialog):
    exported = Signal(object)     # the service's ExportResult

    def __init__(self, workspace, kind: str, language: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ws = workspace
        self.kind = kind
        self.language = language
        self.task: Task | None = None
        self.result = None
        self._asked_replace: Path | None = None   # the file dialog already asked about this one
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(420)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("exportBrowse")
        self.sheet_language = QComboBox(self)
        self.sheet_language.setObjectName("exportLanguage")
        for code, name in NATIVE_NAMES.items():
            self.sheet_language.addItem(name, code)
        self.sheet_language.setCurrentIndex(max(0, self.sheet_language.findData(language)))
        self.both = QCheckBox(self)
        self.both.setObjectName("exportBothHeaders")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        self.file_label, self.language_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        form.addRow(self.language_label, self.sheet_language)
        form.addRow("", self.both)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(self._update)
        self.retranslate()
        self.path.setText(str(Path(folder) / self.default_name()))

    # -- names -----------------------------------------------------------

    def kind_title(self) -> str:
        return {"villages": self.tr("Villages"), "problems": self.tr("Problem ledger"), "plans": self.tr("Plans"),
                "inspections": self.tr("Inspections"), "warnings": self.tr("Warnings")}[self.kind]

    def default_name(self) -> str:
        return self.tr("{what} {date}.xlsx").format(what=self.kind_title(), date=self.ws.today().isoformat())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export {what} to Excel").format(what=self.kind_title()))
        self.browse_button.setText(self.tr("Browse…"))
        self.both.setText(self.tr("Both languages in the headers (Chinese and Tibetan)"))
        self.file_label.setText(self.tr("File"))
        self.language_label.setText(self.tr("Language of the sheet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    # -- the file --------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self._asked_replace = xlsx_path(path)
            self.path.setText(str(self._asked_replace))

    def export_to(self, path: str | Path) -> Task | None:
        """Export to `path` with the choices shown."""
        self.path.setText(str(path))
        return self.start()

    def start(self) -> Task | None:
        if not self.path.text().strip() or self.task is not None:
            return None
        target = xlsx_path(self.path.text())
        if target.exists() and target != self._asked_replace:
            buttons = QMessageBox.StandardButton
            ask(self, self.windowTitle(), self.tr("{path} exists. Replace it?").format(path=target),
                buttons.Yes | buttons.Cancel, buttons.Cancel,
                lambda answer: self._run(target) if answer == buttons.Yes else None)
            return None
        return self._run(target)

    # -- the work --------------------------------------------------------

    def _run(self, target: Path) -> Task:
        from desktop.services.excel_export import ExportOptions, export_xlsx

        options = ExportOptions(language=self.sheet_language.currentData(), both_headers=self.both.isChecked())
        ws, kind = self.ws, self.kind
        self.hide()
        parent = self.parentWidget() or self
        self.task = Task(parent, self.tr("Exporting {what}…").format(what=self.kind_title()),
                         lambda progress: export_xlsx(ws, kind, target, options, progress))
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(lambda message: show_error(parent, self.windowTitle(), message))
        self.task.cancelled.connect(lambda: show_error(parent, self.windowTitle(),
                                                       self.tr("Cancelled. Nothing was written.")))
        self.task.finished.connect(self._finished)
        return self.task.start()

    def _done(self, result) -> None:
        self.result = result
        self.exported.emit(result)
        parent = self.parentWidget() or self
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(),
                          self.tr("{count} rows exported to {path}").format(count=result.total, path=result.path),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("exportDone")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.path).parent))))
        box.finished.connect(box.deleteLater)
        box.open()

    def _finished(self) -> None:
        # QThread.finished comes just before the thread ends: wait for it
        # before the dialog (and with it the thread) is deleted.
        self.task.worker.wait()
        self.done(QDialog.DialogCode.Accepted if self.result is not None else QDialog.DialogCode.Rejected)
