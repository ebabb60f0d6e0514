"""Opening an encrypted database, typed and clicked as a user does: the
login and password unwrap its key (a wrong one is refused and changes
nothing, too many wait), and when every password is lost the recovery key
opens it with a new password for an administrator (each group of the key
checked as it is typed)."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from desktop.core.access import Role
from desktop.core.recovery_key import parse
from desktop.services.encryption import open_with_password
from desktop.services.key_ring import ring_path
from desktop.services.users import LoginRefused
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.ui.unlock_dialog import DAMAGED, UnlockDialog
from tests.ui.access_data import PASSWORD, Clock, click, shown_dialog
from tests.ui.conftest import type_text
from tests.ui.encryption_data import flip_bit, locked_office  # noqa: F401 (a fixture)


# An encrypted database file: SQLite pass only.
pytestmark = pytest.mark.file_database


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _unlock(qtbot, path, **kw) -> UnlockDialog:
    d = UnlockDialog(path, **kw)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _try(qtbot, d: UnlockDialog, login: str, password: str) -> None:
    d.login.clear()
    type_text(qtbot, d.login, login)
    type_text(qtbot, d.password, password)
    qtbot.keyClick(d.password, Qt.Key.Key_Return)


@pytest.fixture
def opened():
    """Workspaces the dialogs opened, closed after the test."""
    found = []
    yield found
    for ws in found:
        ws.close()


def test_a_wrong_password_changes_nothing_and_the_right_one_opens(qtbot, locked_office, languages, opened):
    path = locked_office.path
    before = _digest(path)
    d = _unlock(qtbot, path, languages=languages)
    d.opened.connect(opened.append)
    assert path.name in d.database.text() and not d.sign_in_button.isEnabled()
    _try(qtbot, d, "admin", "wrong password")
    assert d.isVisible() and d.message.text() == "登录名或密码错误。"
    assert d.password.text() == "" and d.workspace is None
    # An account without a key entry (made before the encryption) is refused in the same words.
    assert "zhaxi" in locked_office.users_without_key
    _try(qtbot, d, "zhaxi", PASSWORD)
    assert d.message.text() == "登录名或密码错误。"
    assert _digest(path) == before                       # the database itself is untouched
    with qtbot.waitSignal(d.opened) as signal:
        _try(qtbot, d, "Admin ", PASSWORD)
    ws = signal.args[0]
    assert ws is d.workspace and d.result() == d.DialogCode.Accepted and not d.isVisible()
    assert ws.db.key is not None and ws.session.login == "admin" and ws.session.roles == frozenset({Role.ADMIN})
    assert ws.has_data()


def test_too_many_wrong_passwords_wait_counted_on_the_key_ring(qtbot, locked_office, opened):
    clock = Clock()
    d = _unlock(qtbot, locked_office.path, clock=clock)
    d.opened.connect(opened.append)
    for _ in range(3):
        _try(qtbot, d, "admin", "wrong password")
        assert not d.wait.waiting
    _try(qtbot, d, "admin", "wrong password")            # the fourth: a wait, kept in the key ring
    assert d.wait.waiting and "0:05" in d.message.text()
    type_text(qtbot, d.password, PASSWORD)
    assert not d.sign_in_button.isEnabled()              # even the right password waits
    wait = d.wait.remaining()
    clock.advance(wait)
    d.wait.timer.timeout.emit()
    assert not d.wait.waiting and d.sign_in_button.isEnabled()
    with qtbot.waitSignal(d.opened):
        click(qtbot, d.sign_in_button)
    assert d.workspace.session.login == "admin"


def test_the_recovery_key_opens_it_with_a_new_administrator_password(qtbot, locked_office, opened):
    path = locked_office.path
    d = _unlock(qtbot, path)
    d.opened.connect(opened.append)
    click(qtbot, d.forgot)
    r = shown_dialog(RecoveryDialog)
    assert r is not None and r is d.recovery and path.name in r.note.text()
    digits = parse(locked_office.recovery_key)
    # A slip in the third group: named as soon as the group is complete.
    slipped = digits[:12] + str((int(digits[12]) + 1) % 10) + digits[13:]
    type_text(qtbot, r.key, slipped[:18])
    assert r.key.text() == "-".join(slipped[i:i + 6] for i in range(0, 18, 6))
    assert r.key.mistyped() == [3] and "3" in r.key_status.text()
    r.key.clear()
    type_text(qtbot, r.key, locked_office.recovery_key.replace("-", " "))     # typed with spaces
    assert r.key.digits() == digits and r.key.mistyped() == []
    type_text(qtbot, r.login, "admin")
    type_text(qtbot, r.new, "a brand new secret 1")
    type_text(qtbot, r.repeat, "a brand new secret 2")
    click(qtbot, r.open_button)
    assert r.isVisible() and r.message.isVisible()      # not the same twice
    r.repeat.clear()
    type_text(qtbot, r.repeat, "a brand new secret 1")
    with qtbot.waitSignal(d.opened) as signal:
        click(qtbot, r.open_button)
    ws = signal.args[0]
    assert not r.isVisible() and not d.isVisible() and d.result() == d.DialogCode.Accepted
    assert ws.session.login == "admin"
    ws.close()
    opened.clear()
    with pytest.raises(LoginRefused):
        open_with_password(path, "admin", PASSWORD)       # the old password is gone
    opened.append(open_with_password(path, "admin", "a brand new secret 1"))


def test_a_wrong_recovery_key_changes_nothing(qtbot, locked_office, tmp_path):
    from desktop.core.recovery_key import format_key, from_bytes

    path = locked_office.path
    before, ring_before = _digest(path), _digest(ring_path(path))
    r = RecoveryDialog(path)
    qtbot.addWidget(r)
    r.show()
    another = format_key(from_bytes(b"\x07" * 32))     # well formed, another database's
    type_text(qtbot, r.key, another)
    assert r.key.mistyped() == [] and "8" in r.key_status.text()
    type_text(qtbot, r.login, "admin")
    type_text(qtbot, r.new, "a brand new secret 1")
    type_text(qtbot, r.repeat, "a brand new secret 1")
    click(qtbot, r.open_button)
    assert r.isVisible() and r.message.isVisible() and r.workspace is None
    assert _digest(path) == before and _digest(ring_path(path)) == ring_before


def test_a_damaged_page_opens_read_only_with_the_damage_named(qtbot, locked_office, opened):
    flip_bit(locked_office.path)
    d = _unlock(qtbot, locked_office.path, check=True)
    d.opened.connect(opened.append)
    with qtbot.waitSignal(d.opened):
        _try(qtbot, d, "admin", PASSWORD)
    db = d.workspace.db
    assert db.read_only and any("HMAC" in problem for problem in db.damaged)   # the restore offer follows


def test_an_unreadable_encrypted_database_ends_the_dialog_for_the_restore_offer(qtbot, locked_office):
    flip_bit(locked_office.path, page=0)                 # the right key cannot read its first page
    d = _unlock(qtbot, locked_office.path, check=True)
    with qtbot.waitSignal(d.finished):
        _try(qtbot, d, "admin", PASSWORD)
    assert d.result() == DAMAGED and d.workspace is None
    assert getattr(d.failure, "damaged", False) and locked_office.path.name in d.failure.message
