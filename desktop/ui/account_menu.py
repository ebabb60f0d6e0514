"""Placeholder: filled by issue 7's work (see /work/brief_issue7.md)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu


class AccountMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("accountMenu")
