"""A button with a menu of checkable choices ("Status: open, reopened ▾"):
several values of one list in the width of one combo box, however long
their Tibetan labels."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.core.terms import Term


class MultiChoiceButton(QToolButton):
    chosen_changed = Signal()

    def __init__(self, values: Iterable[Term], label: Callable[[Term], str] = lambda t: t.label,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        self._label = label
        self._caption = ""
        self._all_text = ""
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.choice_menu = QMenu(self)
        self.choice_actions = {}
        for value in self._values:
            action = self.choice_menu.addAction("")
            action.setCheckable(True)
            action.toggled.connect(self._on_toggled)
            self.choice_actions[value] = action
        self.choice_menu.addSeparator()
        self.clear_action = self.choice_menu.addAction("")
        self.clear_action.triggered.connect(lambda: self.set_chosen(()))
        self.setMenu(self.choice_menu)
        self._quiet = False

    def chosen(self) -> frozenset:
        return frozenset(v for v, a in self.choice_actions.items() if a.isChecked())

    def set_chosen(self, values: Iterable[Term], announce: bool = True) -> None:
        wanted = set(values)
        before = self.chosen()
        self._quiet = True
        for value, action in self.choice_actions.items():
            action.setChecked(value in wanted)
        self._quiet = False
        self._update_text()
        if announce and self.chosen() != before:
            self.chosen_changed.emit()

    def toggle(self, value: Term) -> None:
        """What a click on the value's menu item does."""
        self.choice_actions[value].trigger()

    def _on_toggled(self, _checked: bool) -> None:
        if not self._quiet:
            self._update_text()
            self.chosen_changed.emit()

    def set_texts(self, caption: str, all_text: str, clear_text: str) -> None:
        """Caption ("Status"), what no choice means ("all") and the clear item."""
        self._caption, self._all_text = caption, all_text
        self.clear_action.setText(clear_text)
        for value, action in self.choice_actions.items():
            action.setText(self._label(value))
        self._update_text()

    def _update_text(self) -> None:
        chosen = [v for v in self._values if self.choice_actions[v].isChecked()]
        if not chosen:
            shown = self._all_text
        elif len(chosen) <= 2:
            shown = ", ".join(self._label(v) for v in chosen)
        else:
            shown = f"{self._label(chosen[0])} +{len(chosen) - 1}"
        self.setText(f"{self._caption}{_separator(self._caption)}{shown}" if self._caption else shown)
        self.setToolTip("\n".join(v.label for v in chosen) if chosen else "")


def _separator(caption: str) -> str:
    """What follows a caption in its own script: a Tibetan shad already
    separates, Chinese takes the full-width colon."""
    last = caption.rstrip()[-1:]
    if last in ("།", "༎"):
        return " "
    if last and "\u4e00" <= last <= "\u9fff":
        return "："
    return ": "
