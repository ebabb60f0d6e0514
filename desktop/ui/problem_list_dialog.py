"""Every mistake of a file at once, in a list the user can scroll and copy,
so a county fixes its file in one pass."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating


class ProblemListDialog(Retranslating, QDialog):
    def __init__(self, title: str, head: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemListDialog")
        self.setWindowTitle(title)
        self.lines = list(lines)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.head = QLabel(head, self)
        self.head.setObjectName("problemHead")
        self.head.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problemList")
        self.list.setFont(fonts.tibetan_font(self.font()))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.addItems(self.lines)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyProblems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.head, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.resize(720, 420)
        self.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines))

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy all"))
