"""Signing in, making the first administrator and changing a password,
typed and clicked as a user does, over real accounts (argon2id at the
tests' cheap cost). The wait after wrong passwords is counted on a clock
the test moves."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from desktop.core.access import Role
from desktop.services.encryption import database_state
from desktop.ui.first_admin_dialog import FirstAdminDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.password_dialog import CHANGE, FORCED, PasswordDialog
from tests.ui.access_data import PASSWORD, Clock, click, office  # noqa: F401 (office: a fixture)
from tests.ui.conftest import type_text


def _login(qtbot, ws, **kw) -> LoginDialog:
    d = LoginDialog(ws, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def _try(qtbot, d: LoginDialog, login: str, password: str) -> None:
    d.login.clear()
    type_text(qtbot, d.login, login)
    type_text(qtbot, d.password, password)
    qtbot.keyClick(d.password, Qt.Key.Key_Return)


@pytest.mark.file_database   # the first administrator encrypts the file
def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, office, languages):
    d = _login(qtbot, office, languages=languages)
    assert not d.sign_in_button.isEnabled()          # nothing typed yet
    assert office.path.name in d.database.text()
    _try(qtbot, d, "zhaxi", "wrong password")
    assert d.isVisible() and d.message.isVisible()
    assert d.message.text() == "登录名或密码错误。"   # the window starts in Chinese
    assert d.password.text() == "" and d.login.text() == "zhaxi"
    assert office.session.roles == frozenset()       # still nobody
    # The same words for a login that does not exist: nothing tells which was wrong.
    shown = d.message.text()
    _try(qtbot, d, "nobody", "wrong password")
    assert d.message.text() == shown
    with qtbot.waitSignal(d.signed_in) as signal:
        _try(qtbot, d, "ZhaXi ", PASSWORD)           # logins ignore case and spaces around
    assert signal.args[0].login == "zhaxi"
    assert office.session.roles == frozenset({Role.CLERK})
    assert d.result() == d.DialogCode.Accepted and not d.isVisible()


def test_after_too_many_wrong_passwords_the_wait_is_counted_down(qtbot, office, languages):
    clock = Clock()
    d = _login(qtbot, office, clock=clock)
    for _ in range(3):
        _try(qtbot, d, "zhaxi", "wrong password")
        assert not d.wait.waiting
    _try(qtbot, d, "zhaxi", "wrong password")        # the fourth: locked for 5 s
    assert d.wait.waiting and "0:05" in d.message.text()
    type_text(qtbot, d.password, PASSWORD)
    assert not d.sign_in_button.isEnabled()
    clock.advance(2)
    d.wait.timer.timeout.emit()
    assert "0:03" in d.message.text() and not d.sign_in_button.isEnabled()
    # Someone else may sign in meanwhile: the wait is zhaxi's.
    d.login.clear()
    type_text(qtbot, d.login, "dolma")
    assert d.sign_in_button.isEnabled()
    d.login.clear()
    type_text(qtbot, d.login, "zhaxi")
    assert not d.sign_in_button.isEnabled()
    clock.advance(3)
    d.wait.timer.timeout.emit()
    assert not d.wait.waiting and not d.wait.timer.isActive()
    assert d.sign_in_button.isEnabled() and "0:0" not in d.message.text()
    with qtbot.waitSignal(d.signed_in):
        click(qtbot, d.sign_in_button)
    assert office.session.login == "zhaxi"


def test_a_login_still_locked_is_refused_with_its_wait_after_a_restart(qtbot, office, languages):
    clock = Clock()
    first = _login(qtbot, office, clock=clock)
    for _ in range(5):                               # 4th: 5 s, 5th (once the 5 s are over): 10 s
        _try(qtbot, first, "zhaxi", "wrong password")
        clock.advance(6)
        first.wait.timer.timeout.emit()
    assert office.users.find("zhaxi").failed_logins == 5
    first.close()
    clock.advance(-6 + 1)                            # 1 s after the fifth wrong password
    again = _login(qtbot, office, clock=clock)       # a new start: the lock is in the database
    _try(qtbot, again, "zhaxi", PASSWORD)            # even the right password waits
    assert again.wait.waiting and "0:09" in again.message.text()
    assert office.session.roles == frozenset()


def test_a_disabled_account_is_told_so(qtbot, office, languages):
    office.users.login("admin", PASSWORD)
    account = office.users.find("dolma")
    office.users.edit(account.id, account.row_version, disabled=True)
    office.users.sign_out()
    d = _login(qtbot, office)
    _try(qtbot, d, "dolma", PASSWORD)
    assert d.isVisible() and ("disabled" in d.message.text() or "停用" in d.message.text())
    assert office.session.roles == frozenset()


def test_the_language_is_chosen_before_signing_in(qtbot, office, languages):
    d = _login(qtbot, office, languages=languages)
    assert d.language.currentData() == "zh_CN"
    d.language.setCurrentIndex(d.language.findData("bo_CN"))
    assert languages.language == "bo_CN"
    assert d.language.isVisible()
    d2 = _login(qtbot, office)                       # without a language manager: no choice shown
    assert not d2.language.isVisibleTo(d2)


@pytest.mark.file_database   # the first administrator encrypts the file
def test_the_first_administrator(qtbot, workspace, languages):
    d = FirstAdminDialog(workspace)
    qtbot.addWidget(d)
    d.show()
    type_text(qtbot, d.login, "admin")
    type_text(qtbot, d.display_name, "王明")
    type_text(qtbot, d.password, PASSWORD)
    assert not d.create_button.isEnabled()           # the password twice
    type_text(qtbot, d.repeat, PASSWORD + "x")
    click(qtbot, d.create_button)
    assert d.message.isVisible() and d.repeat.text() == ""
    assert not workspace.users.has_accounts()
    d.password.clear()
    type_text(qtbot, d.password, "admin")            # the login as password: the service's policy says no
    type_text(qtbot, d.repeat, "admin")
    click(qtbot, d.create_button)
    assert d.isVisible() and d.message.text() and not workspace.users.has_accounts()
    d.password.clear()
    d.repeat.clear()
    type_text(qtbot, d.password, PASSWORD)
    type_text(qtbot, d.repeat, PASSWORD)
    with qtbot.waitSignal(d.created, timeout=60_000):
        click(qtbot, d.create_button)               # made, then the database encrypted with that password
    assert workspace.users.has_accounts()
    assert workspace.session.login == "admin" and workspace.session.roles == frozenset({Role.ADMIN})
    assert [(a.login, a.display_name) for a in workspace.users.list()] == [("admin", "王明")]
    assert d.encryption is not None and d.encryption_failure == "" and workspace.db.key is not None
    assert database_state(workspace.path) == "encrypted" and len(d.encryption.recovery_key) == 8 * 7 - 1
    assert d.password.text() == "" and d.repeat.text() == ""


def test_changing_ones_own_password(qtbot, office, languages):
    office.users.login("zhaxi", PASSWORD)
    d = PasswordDialog(office, CHANGE)
    qtbot.addWidget(d)
    d.show()
    assert d.old.isVisible()
    type_text(qtbot, d.old, "not it at all")
    type_text(qtbot, d.new, "a new secret 9")
    type_text(qtbot, d.repeat, "a new secret 9")
    click(qtbot, d.ok_button)
    assert d.isVisible() and d.message.text()        # the current password is wrong
    d.old.clear()
    type_text(qtbot, d.old, PASSWORD)
    with qtbot.waitSignal(d.changed):
        click(qtbot, d.ok_button)
    office.users.sign_out()
    office.users.login("zhaxi", "a new secret 9")
    assert office.session.login == "zhaxi"


def test_a_forced_change_offers_sign_out_instead_of_cancel(qtbot, office, languages):
    office.users.login("tsering", PASSWORD)
    d = PasswordDialog(office, FORCED)
    qtbot.addWidget(d)
    d.show()
    assert d.note.isVisible() and d.cancel_button.text() != d.tr("Cancel")
    type_text(qtbot, d.old, PASSWORD)
    type_text(qtbot, d.new, "tsering's own 1")
    type_text(qtbot, d.repeat, "tsering's own 2")
    click(qtbot, d.ok_button)
    assert d.message.isVisible() and d.isVisible()   # not the same twice
    type_text(qtbot, d.repeat, "")
    d.repeat.clear()
    type_text(qtbot, d.repeat, "tsering's own 1")
    with qtbot.waitSignal(d.changed):
        click(qtbot, d.ok_button)
    assert not office.users.get(office.session.user_id).must_change_password
