"""Data safety → Encrypt the database…: offered to an administrator of a
plain database with accounts only; the administrator's password is asked
(a wrong one changes nothing), the conversion runs with a progress bar,
the window reads on from the encrypted file and the recovery sheet is
shown once."""

from __future__ import annotations

import pytest

from desktop.core.query import VillageQuery
from desktop.services.encryption import database_state, open_with_password
from desktop.ui.encrypt_dialog import EncryptDialog
from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog
from tests.ui.access_data import PASSWORD, add_accounts, click, shown_dialog, tick
from tests.ui.conftest import type_text


# The database file is encrypted: SQLite pass only.
pytestmark = pytest.mark.file_database


def test_only_an_administrator_of_a_plain_database_with_accounts_is_offered_it(window):
    menu = window.safety_menu
    menu.update_actions()
    assert menu.encrypt_action.isVisible() and not menu.encrypt_action.isEnabled()   # open access: no password
    add_accounts(window.ws)
    window.ws.users.login("zhaxi", PASSWORD)
    menu.update_actions()
    assert not menu.encrypt_action.isEnabled()                                       # a clerk
    window.ws.users.login("admin", PASSWORD)
    menu.update_actions()
    assert menu.encrypt_action.isEnabled()


def test_an_administrator_encrypts_and_keeps_the_sheet(qtbot, window):
    ws = window.ws
    add_accounts(ws)
    ws.users.login("admin", PASSWORD)
    villages = len(ws.villages.search(VillageQuery()))
    dialog = window.safety_menu.encrypt()
    assert isinstance(dialog, EncryptDialog) and dialog.isVisible()
    assert "zhaxi" in dialog.others_note.text() and dialog.others_note.isVisible()    # named beforehand
    assert not dialog.encrypt_button.isEnabled()
    type_text(qtbot, dialog.password, "not my password")
    click(qtbot, dialog.encrypt_button)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.password.text() == ""
    assert database_state(ws.path) == "plain" and ws.db.key is None                  # nothing changed
    type_text(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.encrypted, timeout=60_000) as done:
        click(qtbot, dialog.encrypt_button)
    result = done.args[0]
    assert database_state(ws.path) == "encrypted" and ws.db.key is not None
    assert set(result.users_without_key) == {"zhaxi", "dolma", "tsering"}
    sheet = shown_dialog(RecoverySheetDialog)
    assert sheet is not None and sheet.recovery_key == result.recovery_key
    assert "zhaxi" in sheet.others.text()
    # The window reads on from the encrypted file.
    assert len(window.ws.villages.search(VillageQuery())) == villages == window.model.rowCount()
    window.safety_menu.update_actions()
    assert not window.safety_menu.encrypt_action.isVisible()                          # done once
    tick(qtbot, sheet.confirm)
    click(qtbot, sheet.close_button)
    qtbot.waitUntil(lambda: shown_dialog(RecoverySheetDialog) is None)
    # It opens again with the administrator's password.
    again = open_with_password(ws.path, "admin", PASSWORD)
    try:
        assert again.session.login == "admin" and len(again.villages.search(VillageQuery())) == villages
    finally:
        again.close()
