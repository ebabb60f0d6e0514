"""Where change sets are announced, so every open view refreshes from them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    # A ChangeSet, after it was committed.
    changed = Signal(object)
