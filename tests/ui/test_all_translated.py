"""In Tibetan, nothing on screen is left in English.

Walks every widget of the main window, a village file, the person dialog
and the demo dialog, and collects every visible text: labels, buttons,
menus and actions, headers, tabs, combo items, placeholders, titles."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop.core.query import VillageQuery
from desktop.core.terms import Rating

# Words that are the same in every language: names, formats, key names.
ALLOWED = {"VillageDesk", "pinyin", "Ctrl", "PNG", "JSON", "sqlite3", "db"}
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def texts(widget: QWidget):
    found = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            found.append(w.text())
        if isinstance(w, QAbstractButton):
            found.append(w.text())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        if isinstance(w, QMenu):
            found.append(w.title())
        found += [a.text() for a in w.actions()]
    return [t for t in found if t]


def english_in(widget: QWidget, data: tuple[str, ...] = ()):
    """English words on screen, apart from the user's data (e.g. file names)."""
    found = set()
    for t in texts(widget):
        for d in data:
            t = t.replace(d, "")
        found |= {word for word in ENGLISH.findall(t) if word not in ALLOWED}
    return sorted(found)


def test_nothing_english_in_tibetan(qtbot, window, languages):
    languages.apply("bo_CN", remember=False)
    qtbot.waitUntil(lambda: window.file_menu.title().startswith("ཡིག་ཆ"))
    weak = window.ws.villages.search(VillageQuery(rating=Rating.BACKWARD))[0]
    dialog = window.open_village(weak)
    dialog.people.posts.table.selectRow(0)
    person = dialog.people.posts.edit_selected()
    demo = window.fill_demo()
    for screen in (window, dialog, person, demo):
        name = window.ws.path.name if window.ws.path else window.ws.location   # a file, or a server database
        assert english_in(screen, data=(name,)) == [], screen.objectName()


def test_the_check_finds_english(qtbot, window):
    label = QLabel("Untranslated words", window)
    assert "Untranslated" in english_in(window)
    label.deleteLater()
