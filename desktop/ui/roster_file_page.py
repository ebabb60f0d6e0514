"""The roster import's first page: which workbook. Choosing one reads it at
once (off the GUI thread, see RosterImportWizard.read); Next reads a path
typed into the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from desktop.ui.retranslate import Retranslating


class RosterFilePage(Retranslating, QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterFilePage")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("rosterPath")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("rosterBrowse")
        self.status = QLabel(self)
        self.status.setObjectName("rosterReadStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)
        self.browse_button.clicked.connect(self.browse)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the roster workbook"))
        self.explanation.setText(self.tr(
            "Villages, people and posts are read from every sheet of an Excel workbook (.xlsx), with the headers "
            "townships write (乡镇, 村名, 区划代码, 姓名, 职务…). Nothing is written until you have seen the "
            "preview and pressed Import. A workbook in the old .xls format: open it in Excel or WPS and save it "
            "as .xlsx first."))
        self.browse_button.setText(self.tr("Browse…"))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.path.text().strip())

    def browse(self) -> None:
        wizard = self.wizard()
        start = self.path.text().strip() or wizard.folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import roster"), start,
                                              self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            wizard.read_file(path)

    def validatePage(self) -> bool:  # noqa: N802
        """Move on once the file named is read; until then start reading it."""
        wizard = self.wizard()
        path = Path(self.path.text().strip()).expanduser()
        if wizard.has_preview_of(path):
            return True
        wizard.read_file(path)
        return False

    def nextId(self) -> int:  # noqa: N802
        return self.wizard().page_after_file()
