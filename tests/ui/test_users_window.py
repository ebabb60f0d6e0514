"""Account → Users…: an administrator lists the accounts, adds one, changes
roles, disables and enables, resets a password; what the service refuses
is said; someone without the role cannot open it, and the service still
refuses them if they get there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.access import Role
from desktop.services.users import LoginRefused
from desktop.ui.main_window import MainWindow
from desktop.ui.users_window import UsersWindow
from tests.ui.access_data import PASSWORD, click, office, tick  # noqa: F401 (office: a fixture)
from tests.ui.conftest import click_button, message_box, type_text
from desktop.services.settings import load_settings


@pytest.fixture
def admin_window(qtbot, office, languages):
    office.users.login("admin", PASSWORD)
    window = MainWindow(office, languages, load_settings())
    qtbot.addWidget(window)
    window.show()
    window.account_menu.refresh()
    return window


def _users(qtbot, window) -> UsersWindow:
    assert window.account_menu.users_action.isEnabled()
    window.account_menu.users_action.trigger()
    users = window.account_menu.users_window
    assert users is not None and users.isVisible()
    return users


def _column(users: UsersWindow, column: int) -> list[str]:
    model = users.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_list_of_accounts(qtbot, admin_window):
    users = _users(qtbot, admin_window)
    assert _column(users, 0) == ["admin", "dolma", "tsering", "zhaxi"]
    row = _column(users, 0).index("tsering")
    assert users.model.index(row, 2).data() == Role.REVIEWER.label
    assert users.model.index(row, 3).data() == users.model.tr("Must choose a new password")
    assert users.model.index(row, 4).data() == users.model.tr("never")
    assert not users.edit_button.isEnabled()          # nothing selected
    # The same window again, not a second one.
    admin_window.account_menu.users_action.trigger()
    assert admin_window.account_menu.users_window is users


def test_adding_a_user(qtbot, admin_window, office):
    users = _users(qtbot, admin_window)
    click(qtbot, users.add_button)
    dialog = users.dialog
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.login, "pema")
    type_text(qtbot, dialog.display_name, "བཀྲ་ཤིས་བདེ་ལེགས། 白玛")
    type_text(qtbot, dialog.password, "pema's first 1")
    type_text(qtbot, dialog.repeat, "pema's first 1")
    assert not dialog.ok_button.isEnabled()           # a role is needed
    tick(qtbot, dialog.role_boxes[Role.CLERK])
    tick(qtbot, dialog.role_boxes[Role.SECRETARY])
    assert dialog.must_change.isChecked()
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert users.selected().login == "pema"
    pema = office.users.find("pema")
    assert pema.roles == frozenset({Role.CLERK, Role.SECRETARY}) and pema.must_change_password
    assert pema.display_name == "བཀྲ་ཤིས་བདེ་ལེགས། 白玛"
    # A login already taken: the service's message, nothing added.
    click(qtbot, users.add_button)
    dialog = users.dialog
    type_text(qtbot, dialog.login, "ZHAXI")
    type_text(qtbot, dialog.display_name, "另一个扎西")
    type_text(qtbot, dialog.password, "another one 2")
    type_text(qtbot, dialog.repeat, "another one 2")
    tick(qtbot, dialog.role_boxes[Role.CLERK])
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.message.isVisible() and "zhaxi" in dialog.message.text()
    assert len(office.users.list()) == 5


def test_changing_roles_and_name(qtbot, admin_window, office):
    users = _users(qtbot, admin_window)
    assert users.select_login("zhaxi")
    click(qtbot, users.edit_button)
    dialog = users.dialog
    assert dialog.login.isReadOnly() and dialog.role_boxes[Role.CLERK].isChecked()
    assert not dialog.password.isVisible()
    tick(qtbot, dialog.role_boxes[Role.SECRETARY])
    dialog.display_name.selectAll()
    type_text(qtbot, dialog.display_name, "扎西次仁")
    click(qtbot, dialog.ok_button)
    zhaxi = office.users.find("zhaxi")
    assert zhaxi.roles == frozenset({Role.CLERK, Role.SECRETARY}) and zhaxi.display_name == "扎西次仁"
    row = _column(users, 0).index("zhaxi")
    assert users.model.index(row, 1).data() == "扎西次仁"
    assert Role.SECRETARY.label in users.model.index(row, 2).data()


def test_disabling_asks_and_enabling_does_not(qtbot, admin_window, office):
    users = _users(qtbot, admin_window)
    users.select_login("dolma")
    click(qtbot, users.disable_button)
    box = message_box(users, "questionBox")
    assert "卓玛" in box.text()
    click_button(qtbot, box, QMessageBox.StandardButton.Yes)
    assert office.users.find("dolma").disabled
    row = _column(users, 0).index("dolma")
    assert users.model.index(row, 3).data() == users.model.tr("Disabled")
    assert users.selected().login == "dolma" and users.disable_button.text() == users.tr("Enable")
    with pytest.raises(LoginRefused):
        office.users.login("dolma", PASSWORD)
    office.users.login("admin", PASSWORD)
    click(qtbot, users.disable_button)               # enabling needs no question
    assert not office.users.find("dolma").disabled


def test_an_administrator_cannot_disable_themselves(qtbot, admin_window, office):
    users = _users(qtbot, admin_window)
    users.select_login("admin")
    click(qtbot, users.disable_button)
    click_button(qtbot, message_box(users, "questionBox"), QMessageBox.StandardButton.Yes)
    error = message_box(users, "errorBox")
    assert error is not None and error.text()
    assert not office.users.find("admin").disabled


def test_resetting_a_password(qtbot, admin_window, office):
    users = _users(qtbot, admin_window)
    users.select_login("zhaxi")
    click(qtbot, users.reset_button)
    dialog = users.dialog
    assert not dialog.old.isVisible() and "zhaxi" in dialog.note.text()
    type_text(qtbot, dialog.new, "temporary pass 3")
    type_text(qtbot, dialog.repeat, "temporary pass 3")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    row = _column(users, 0).index("zhaxi")
    assert users.model.index(row, 3).data() == users.model.tr("Must choose a new password")
    office.users.sign_out()
    assert office.users.login("zhaxi", "temporary pass 3").login == "zhaxi"


def test_a_clerk_cannot_open_users_and_the_service_refuses_anyway(qtbot, office, languages):
    office.users.login("zhaxi", PASSWORD)
    window = MainWindow(office, languages, load_settings())
    qtbot.addWidget(window)
    window.account_menu.refresh()
    assert not window.account_menu.users_action.isEnabled()
    assert window.account_menu.password_action.isEnabled()
    users = UsersWindow(office, window)               # reached some other way
    qtbot.addWidget(users)
    users.show()
    users.select_login("zhaxi")
    click(qtbot, users.add_button)
    dialog = users.dialog
    type_text(qtbot, dialog.login, "mallory")
    type_text(qtbot, dialog.display_name, "Mallory")
    type_text(qtbot, dialog.password, "let me in 12")
    type_text(qtbot, dialog.repeat, "let me in 12")
    tick(qtbot, dialog.role_boxes[Role.ADMIN])
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.message.text()
    assert "mallory" not in [a.login for a in office.users.list()]


def test_the_table_follows_the_language(qtbot, admin_window, languages):
    users = _users(qtbot, admin_window)
    before = users.model.headerData(0, Qt.Orientation.Horizontal)
    languages.apply("bo_CN", remember=False)
    assert users.model.headerData(0, Qt.Orientation.Horizontal) == users.model.tr("Login")
    languages.apply("zh_CN", remember=False)
    assert users.model.headerData(0, Qt.Orientation.Horizontal) == before


@pytest.mark.file_database   # an encrypted database file
def test_accounts_without_a_key_to_the_encrypted_database_are_named_until_their_password_is_reset(
        qtbot, office, languages):
    from tests.ui.encryption_data import encrypt

    encrypted = encrypt(office)
    assert encrypted.users_without_key == ["dolma", "tsering", "zhaxi"]
    office.users.login("admin", PASSWORD)
    window = MainWindow(office, languages, load_settings())
    qtbot.addWidget(window)
    window.show()
    window.account_menu.refresh()
    users = _users(qtbot, window)
    assert users.key_notice.isVisible()
    assert "dolma, tsering, zhaxi" in users.key_notice.text()
    # The administrator resets zhaxi's password through the screen.
    assert users.select_login("zhaxi")
    click(qtbot, users.reset_button)
    dialog = users.dialog
    type_text(qtbot, dialog.new, "a new long passphrase")
    type_text(qtbot, dialog.repeat, "a new long passphrase")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert users.without_key == ["dolma", "tsering"]
    assert "zhaxi" not in users.key_notice.text() and users.key_notice.isVisible()
    # zhaxi's new password opens the database itself.
    office.close()
    from desktop.services.encryption import open_with_password

    with open_with_password(encrypted.path, "zhaxi", "a new long passphrase") as again:
        assert again.session.login == "zhaxi"
