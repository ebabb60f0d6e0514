"""The idle lock: after the set minutes without input every window is hidden
behind the lock screen; the same user's password brings them back, a wrong
one is refused; "Sign in as someone else" closes them unseen and goes to
the login. The idle clock is moved by hand and the timer fired directly."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.services.settings import load_settings
from desktop.ui.idle_lock import IdleLock
from desktop.ui.lock_screen import LockScreen
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.sign_in_flow import SignInFlow
from tests.ui.access_data import PASSWORD, Clock, IdleClock, click, office, shown_dialog, visible_windows  # noqa: F401
from tests.ui.conftest import click_button, type_text


def _signed_in(qtbot, ws, languages, login="zhaxi", minutes=10):
    settings = load_settings()
    settings.lock_after_minutes = minutes
    idle = IdleClock()
    flow = SignInFlow(ws, languages, settings, clock=Clock(), idle_clock=idle)
    flow.codes = []
    flow.finished.connect(flow.codes.append)
    dialog = flow.start()
    type_text(qtbot, dialog.login, login)
    type_text(qtbot, dialog.password, PASSWORD)
    click(qtbot, dialog.sign_in_button)
    assert flow.window is not None
    return flow, idle


def _end(qtbot, flow) -> None:
    if flow.idle is not None and flow.idle.is_locked:
        flow.idle.screen.password.setText(PASSWORD)
        flow.idle.screen.unlock()
    if flow.window is not None:
        flow.window.close()
        qtbot.waitUntil(lambda: flow.codes == [0])


def _texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_idle_for_the_set_minutes_locks_and_the_password_unlocks(qtbot, office, languages):
    flow, idle = _signed_in(qtbot, office, languages)
    window = flow.window
    window.view.selectRow(0)
    village_id = window.selected_ids()[0]
    village = window.open_village(village_id)
    name = village.basic.name_zh.edit.text()
    assert name
    lock = flow.idle
    assert lock.timer.isActive() and lock.timer.interval() == 30 * 1000   # looks every half minute
    idle.advance(9 * 60)
    lock.timer.timeout.emit()                           # early: looks again
    assert not lock.is_locked and lock.timer.isActive()
    idle.advance(60)
    lock.timer.timeout.emit()
    assert lock.is_locked
    screen = lock.screen
    # Nothing of the records: the lock screen is the only window shown.
    assert visible_windows() == [screen]
    assert not window.isVisible() and not village.isVisible()
    assert name not in _texts(screen) and "扎西" in _texts(screen)
    type_text(qtbot, screen.password, "wrong password")
    click(qtbot, screen.unlock_button)
    assert lock.is_locked and screen.message.isVisible() and screen.password.text() == ""
    assert office.users.find("zhaxi").failed_logins == 1   # counted like a wrong sign-in
    type_text(qtbot, screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.isVisible() and village.isVisible()
    assert office.session.login == "zhaxi" and office.users.find("zhaxi").failed_logins == 0
    assert lock.timer.isActive()                        # watching again
    village.discard_and_close()
    _end(qtbot, flow)


def test_input_keeps_the_session_open(qtbot, office, languages):
    flow, idle = _signed_in(qtbot, office, languages)
    lock = flow.idle
    idle.advance(9 * 60)
    QApplication.sendEvent(flow.window.view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down,
                                                       Qt.KeyboardModifier.NoModifier))
    idle.advance(60)
    lock.timer.timeout.emit()                           # ten minutes since start, one since the key
    assert not lock.is_locked
    idle.advance(8 * 60)
    qtbot.mouseClick(flow.window.view.viewport(), Qt.MouseButton.LeftButton)
    idle.advance(2 * 60)
    lock.timer.timeout.emit()
    assert not lock.is_locked                           # two minutes since the click
    idle.advance(8 * 60)
    lock.timer.timeout.emit()
    assert lock.is_locked
    _end(qtbot, flow)


def test_the_first_key_after_sleeping_locks_and_types_nothing(qtbot, office, languages):
    """Asleep, no timer fired: the idle clock still ran (the boot clock)."""
    flow, idle = _signed_in(qtbot, office, languages)
    window = flow.window
    field = window.filters.search
    field.setFocus()
    idle.advance(45 * 60)
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert flow.idle.is_locked and not window.isVisible()
    assert field.text() == ""
    _end(qtbot, flow)


def test_lock_now_from_the_account_menu(qtbot, office, languages):
    flow, _idle = _signed_in(qtbot, office, languages)
    menu = flow.window.account_menu
    menu.refresh()
    assert menu.lock_action.isEnabled()
    menu.lock_action.trigger()
    assert flow.idle.is_locked and not flow.window.isVisible()
    # Closing the lock screen does not leave the windows hidden and unreachable.
    flow.idle.screen.close()
    assert flow.idle.screen.isVisible()
    _end(qtbot, flow)


def test_a_window_that_opens_while_locked_stays_hidden(qtbot, office, languages):
    flow, _idle = _signed_in(qtbot, office, languages)
    lock = flow.idle
    menu = flow.window.account_menu.menu
    menu.popup(flow.window.geometry().center())
    qtbot.waitUntil(menu.isVisible)
    lock.lock()
    assert not menu.isVisible()
    late = QMessageBox(QMessageBox.Icon.Warning, "Backup", "a message from work in the background",
                       QMessageBox.StandardButton.Ok, flow.window)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    assert visible_windows() == [lock.screen]
    lock.screen.password.setText(PASSWORD)
    lock.screen.unlock()
    assert late.isVisible()                             # back with the rest
    assert not menu.isVisible()                         # a menu is closed, not brought back
    late.close()
    _end(qtbot, flow)


def test_sign_in_as_someone_else_closes_the_windows_unseen(qtbot, office, languages):
    flow, _idle = _signed_in(qtbot, office, languages)
    clerk = flow.window
    clerk.view.selectRow(0)
    village = clerk.open_village(clerk.selected_ids()[0])
    type_text(qtbot, village.basic.name_zh.edit, "未保存")   # unsaved: lost, not asked about
    screen = flow.idle.lock()
    box = screen.ask_switch_user()
    click_button(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert flow.idle.is_locked                           # changed their mind: still locked
    box = screen.ask_switch_user()
    click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    login = shown_dialog(LoginDialog)
    assert login is not None and visible_windows() == [login]
    assert office.session.roles == frozenset() and flow.window is None and flow.codes == []
    qtbot.waitUntil(lambda: not _alive(clerk))
    type_text(qtbot, login.login, "dolma")
    type_text(qtbot, login.password, PASSWORD)
    click(qtbot, login.sign_in_button)
    assert flow.window is not None and flow.window.file_dialogs == {}
    assert office.session.login == "dolma"
    _end(qtbot, flow)


def test_the_lock_minutes_come_from_the_settings_and_zero_never_locks(qtbot, office, languages):
    lock = IdleLock(lambda: office, 0)
    lock.start()
    lock.timer.timeout.emit()
    assert not lock.is_locked and not lock.timer.isActive()
    lock.stop()
    flow, _idle = _signed_in(qtbot, office, languages, minutes=3)
    assert flow.idle.seconds == 3 * 60
    _end(qtbot, flow)


def test_the_lock_screen_refuses_with_the_wait_after_too_many(qtbot, office, languages):
    office.users.login("zhaxi", PASSWORD)
    clock = Clock()
    screen = LockScreen(office, clock=clock)
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(4):
        type_text(qtbot, screen.password, "wrong password")
        click(qtbot, screen.unlock_button)
    assert screen.wait.waiting and "0:05" in screen.message.text()
    type_text(qtbot, screen.password, PASSWORD)
    assert not screen.unlock_button.isEnabled()
    clock.advance(5)
    screen.wait.timer.timeout.emit()
    with qtbot.waitSignal(screen.unlocked):
        click(qtbot, screen.unlock_button)
    screen.allow_close = True


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)

