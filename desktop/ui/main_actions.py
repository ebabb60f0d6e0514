"""The main window's actions (their texts are set in MainWindow.retranslate)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.services.settings import LANGUAGES
from desktop.ui.language import NATIVE_NAMES


def make_action(parent, name: str, shortcut=None, slot=None) -> QAction:
    """An action with an object name (tests find it) and no text yet."""
    a = QAction(parent)
    a.setObjectName(name)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if slot is not None:
        a.triggered.connect(slot)
    return a


def make_actions(window) -> None:
    def action(name: str, shortcut=None, slot=None) -> QAction:
        return make_action(window, name, shortcut, slot)

    window.new_village_action = action("newVillage", QKeySequence.StandardKey.New, window.new_village)
    window.open_village_action = action("openVillage", None, window.open_selected)
    window.delete_action = action("deleteVillage", QKeySequence.StandardKey.Delete, window.delete_selected)
    window.open_db_action = action("openDatabase", "Ctrl+Shift+O", window.choose_database)
    window.new_db_action = action("newDatabase", None, lambda: window.choose_database(new=True))
    window.quit_action = action("quit", QKeySequence.StandardKey.Quit, window.close)
    window.undo_action = action("undo", QKeySequence.StandardKey.Undo, window.undo_stack.undo)
    window.redo_action = action("redo", QKeySequence.StandardKey.Redo, window.undo_stack.redo)
    window.find_action = action("find", QKeySequence.StandardKey.Find, window._focus_search)
    window.demo_action = action("fillDemo", None, window.fill_demo)
    window.about_action = action("about", None, window.about)
    window.language_actions = QActionGroup(window)
    for language in LANGUAGES:
        a = action(f"language_{language}")
        a.setText(NATIVE_NAMES[language])
        a.setCheckable(True)
        a.setChecked(language == window.languages.language)
        a.triggered.connect(lambda _checked=False, lang=language: window.languages.apply(lang))
        window.language_actions.addAction(a)
