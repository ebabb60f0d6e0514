"""Screens driven as a user drives them, over a real database with demo data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.demo import fill_demo
from desktop.services.settings import load_settings
from desktop.ui.language import LanguageManager


@pytest.fixture(autouse=True)
def no_screens_left_behind(qapp):
    """Every top-level widget a test made is gone before the next test: a
    screen left open would retranslate itself when the next test installs
    its language, reading the earlier test's database (on PostgreSQL that
    database is dropped by then, and on SQLite it would be read after its
    workspace was closed)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_workspace(workspace):
    fill_demo(workspace, villages=60, seed=11)
    return workspace


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp, load_settings())
    manager.apply("zh_CN", remember=False)
    yield manager
    manager.uninstall()


@pytest.fixture
def window(qtbot, demo_workspace, languages):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(demo_workspace, languages, load_settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dialog in list(w.file_dialogs.values()):
        dialog.discard_and_close()


def message_box(parent: QWidget, name: str) -> QMessageBox | None:
    for box in parent.findChildren(QMessageBox, name):
        if box.isVisible():
            return box
    return None


def click_button(qtbot, box: QMessageBox, which: QMessageBox.StandardButton) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does: ASCII by keys, Chinese and Tibetan as an input
    method commits them (QTest can only synthesise ASCII keys)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            if run:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
                run = ""
            qtbot.keyClicks(widget, ch)
        elif ch != "\0":
            run += ch
        elif run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
