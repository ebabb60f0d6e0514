"""Reports → a report: which one, in which language, for what; built off
the GUI thread into a temporary PDF, then shown in the preview.

The ledger window passes its list's filter (`options`): the report then
prints what the list shows, unless the user unticks that.

The build runs as a Task (progress bar and Cancel); a cancelled or failed
build leaves no file (the report document writes atomically). Missing
fonts are said here with what to install and a button to the Report fonts
page, not as a broken PDF.
"""

from __future__ import annotations

import re
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pdf.fonts import MissingFonts
from desktop.services.reports import REPORT_KINDS, REPORTS, ReportRequest, build_report, kind_name, report_fonts
from desktop.ui.inspection_text import WARN_COLOUR
from desktop.ui.pdf_pages import PdfUnreadable
from desktop.ui.report_scope import ReportScope
from desktop.ui.retranslate import Retranslating
from desktop.ui.task_runner import Task

# Shown in their own script whatever the interface language, as the Language menu does.
LANGUAGE_NAMES = {"zh_CN": "中文", "bo_CN": "བོད་ཡིག", "both": "中文 + བོད་ཡིག"}
UNSAFE = re.compile(r'[\\/:*?"<>|\n\r\t]+')


class ReportDialog(Retranslating, QDialog):
    built = Signal(str)   # the temporary PDF, shown in the preview

    # The language last printed in, for the next report of the session.
    last_language: str | None = None

    def __init__(self, workspace, language: str, settings, parent: QWidget | None = None, kind: str = "plan",
                 village_id: str | None = None, unit_id: str | None = None, options: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.ws = workspace
        self.settings = settings
        self._language = language
        self.temp_folder = Path(tempfile.gettempdir())
        self.task: Task | None = None
        self.preview = None
        self.preview_parent: QWidget | None = parent   # who keeps the preview once this dialog closes
        self.fonts_dialog = None
        self.out: Path | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        for key in REPORT_KINDS:
            if key in REPORTS:
                self.kind.addItem("", key)
        self.languages = QButtonGroup(self)
        language_row = QHBoxLayout()
        for key, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name, self)
            button.setObjectName(f"reportLanguage_{key}")
            self.languages.addButton(button)
            language_row.addWidget(button)
        language_row.addStretch()
        chosen = ReportDialog.last_language or ("both" if language == "bo_CN" else "zh_CN")
        self.language_button(chosen).setChecked(True)
        self.scope = ReportScope(workspace, language, self)
        self.options = dict(options or {})
        self.use_options = QCheckBox(self)
        self.use_options.setObjectName("reportUseFilter")
        self.use_options.setChecked(bool(self.options))
        self.message = QLabel(self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARN_COLOUR};")
        self.message.hide()
        self.fonts_button = QPushButton(self)
        self.fonts_button.setObjectName("reportFontsButton")
        self.fonts_button.hide()
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.kind)
        form.addRow(self.labels[1], language_row)
        form.addRow(self.labels[2], self.scope)
        form.addRow("", self.use_options)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self)
        self.build_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.build_button.setObjectName("reportBuild")
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.fonts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(message_row)
        layout.addStretch()
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        self.fonts_button.clicked.connect(self.open_fonts)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.scope.changed.connect(self._update)
        self.scope.set_village(village_id)
        self.set_kind(kind)
        self.scope.set_unit(unit_id)
        self.retranslate()
        self.resize(620, 280)

    # -- choices ---------------------------------------------------------

    def language_button(self, language: str) -> QRadioButton:
        return self.findChild(QRadioButton, f"reportLanguage_{language}")

    def report_language(self) -> str:
        checked = self.languages.checkedButton()
        return checked.objectName().removeprefix("reportLanguage_") if checked else "zh_CN"

    def set_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        self.kind.setCurrentIndex(max(index, 0))
        self._kind_changed()

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        self.scope.set_kind(self.current_kind())
        self.use_options.setVisible(bool(self.options) and self.current_kind() == "ledger")
        self._say("")

    def request(self) -> ReportRequest:
        kind = self.current_kind()
        village_id = self.scope.village_id if self.scope.needs_village() else None
        options = {}
        if kind == "ledger" and self.options and self.use_options.isChecked():
            options = dict(self.options)
            villages = options.get("village_ids")
            if villages is not None and len(villages) == 1:   # one village's problems: say so in the title too
                village_id = options.pop("village_ids")[0]
        return ReportRequest(kind, self.report_language(), village_id=village_id, unit_id=self.scope.unit_id(),
                             options=options)

    def _update(self) -> None:
        running = self.task is not None
        self.build_button.setEnabled(self.scope.ready() and not running)

    def _say(self, text: str, fonts_missing: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.fonts_button.setVisible(fonts_missing)

    # -- building --------------------------------------------------------

    def build(self) -> Task | None:
        if self.task is not None or not self.scope.ready():
            return None
        request = self.request()
        ReportDialog.last_language = request.language
        self.out = self.temp_folder / f"villagedesk-report-{uuid.uuid4().hex}.pdf"
        out, ws = self.out, self.ws

        def work(progress):
            try:
                fonts = report_fonts()
            except MissingFonts as exc:
                return exc   # said beside the Build button, with the way to the fonts page
            return build_report(ws, request, out, progress, fonts)

        self._say("")
        self.task = Task(self, self.tr("Building the report…"), work)
        self.task.succeeded.connect(self._built)
        self.task.failed.connect(lambda message: self._say(message))
        self.task.cancelled.connect(lambda: self._say(self.tr("Cancelled. No report was made.")))
        self.task.finished.connect(self._finished)
        self._update()
        return self.task.start()

    def _finished(self) -> None:
        self.task = None
        self._update()
        if self.preview is not None:
            self.accept()   # now: the build's thread has ended with the dialog still alive

    def done(self, result: int) -> None:
        if self.task is not None:   # closed while building (Escape): stop the build first
            self.task.cancel()
            self.task.worker.wait()
        super().done(result)

    def _built(self, result) -> None:
        if isinstance(result, MissingFonts):
            self._say(result.message, fonts_missing=True)
            return
        from desktop.ui.report_preview import ReportPreview

        title = self.title()
        try:
            self.preview = ReportPreview(result, title, self.file_name(), parent=self.preview_parent)
        except PdfUnreadable as exc:
            Path(result).unlink(missing_ok=True)
            self._say(exc.message)
            return
        self.preview.show()
        self.preview.raise_()
        self.built.emit(str(result))

    def title(self) -> str:
        scope = self.scope.scope_name()
        name = kind_name(self.current_kind())
        return f"{name}: {scope}" if scope else name

    def file_name(self) -> str:
        scope = self.scope.scope_name()
        parts = [p for p in (scope, kind_name(self.current_kind()), self.ws.today().isoformat()) if p]
        return UNSAFE.sub(" ", "-".join(parts)).strip() + ".pdf"

    # -- fonts -----------------------------------------------------------

    def open_fonts(self):
        from desktop.ui.messages import open_dialog
        from desktop.ui.report_fonts_dialog import ReportFontsDialog

        self.fonts_dialog = open_dialog(ReportFontsDialog(self.settings, self))
        self.fonts_dialog.saved.connect(lambda: self._say(self.tr("Fonts saved. Build the report again.")))
        return self.fonts_dialog

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.scope.set_language(language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a report"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_name(self.kind.itemData(i)))
        for label, text in zip(self.labels, (self.tr("Report"), self.tr("Printed in"), self.tr("For"))):
            label.setText(text)
        self.build_button.setText(self.tr("Build and preview"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.fonts_button.setText(self.tr("Report fonts…"))
        self.use_options.setText(self.tr("Only the problems the ledger list shows (its filters)"))
