"""Screens that follow a language switch.

Installing a translator makes Qt send each widget a LanguageChange event;
a screen that mixes this in gets `retranslate()` called on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt class: `class MyTab(Retranslating, QWidget)`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
