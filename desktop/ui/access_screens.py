"""The access screens to look at (`python -m desktop.ui.preview
login|firstadmin|users|lock` and the screenshots in docs/): the first
administrator being made, a login after a wrong password, the users of a
small township office, and the lock screen — over the preview's throw-away
database, given a few accounts.

The preview's passwords are hashed at the tests' cheap cost: the database
is thrown away, and the pictures should not wait for argon2.
"""

from __future__ import annotations

import os

from desktop.core.access import Role

PASSWORD = "preview-password-7"
PEOPLE = (   # login, name in Chinese, in Tibetan, roles, disabled
    ("admin", "王明", "བཀྲ་ཤིས་དོན་གྲུབ།", {Role.ADMIN}, False),
    ("dolma", "卓玛", "སྒྲོལ་མ།", {Role.SECRETARY, Role.ADMIN}, False),
    ("zhaxi", "扎西", "བཀྲ་ཤིས།", {Role.CLERK}, False),
    ("lihua", "李华", "ལི་ཧྭ།", {Role.CLERK}, True),
    ("tsering", "泽仁", "ཚེ་རིང་།", {Role.REVIEWER}, False),
)


def with_accounts(ws, language: str) -> None:
    """Accounts as a township office has them; signed in as its clerk."""
    os.environ.setdefault("VILLAGEDESK_PASSWORD_COST", "test")
    names = {login: bo if language == "bo_CN" else zh for login, zh, bo, _r, _d in PEOPLE}
    ws.users.create_first_admin("admin", names["admin"], PASSWORD)
    for login, _zh, _bo, roles, disabled in PEOPLE[1:]:
        ws.users.add(login, names[login], roles, PASSWORD, must_change=login == "tsering")
        if disabled:
            account = ws.users.find(login)
            ws.users.edit(account.id, account.row_version, disabled=True)
    ws.users.login("zhaxi", PASSWORD)


def preview_first_admin(window, language: str):
    """A database without accounts, its administrator half typed."""
    from desktop.ui.first_admin_dialog import FirstAdminDialog

    dialog = FirstAdminDialog(window.ws, window)
    dialog.login.setText("admin")
    dialog.display_name.setText(PEOPLE[0][2] if language == "bo_CN" else PEOPLE[0][1])
    dialog.password.setText(PASSWORD)
    return dialog


def preview_login(window, language: str):
    """The login after one wrong password."""
    from desktop.ui.login_dialog import LoginDialog

    with_accounts(window.ws, language)
    window.ws.users.sign_out()
    dialog = LoginDialog(window.ws, window, languages=window.languages)
    dialog.login.setText("zhaxi")
    dialog.password.setText("not-the-password")
    dialog.sign_in()
    return dialog


def preview_users(window, language: str):
    from desktop.ui.users_window import UsersWindow

    with_accounts(window.ws, language)
    window.ws.users.login("admin", PASSWORD)
    shown = UsersWindow(window.ws, window)
    shown.select_login("zhaxi")
    shown.show()
    return shown


def preview_lock(window, language: str):
    """The lock screen where the window was, for the clerk signed in."""
    from desktop.ui.lock_screen import LockScreen

    with_accounts(window.ws, language)
    shown = LockScreen(window.ws, window)
    shown.resize(1100, 680)
    return shown


PREVIEWS = {"firstadmin": preview_first_admin, "login": preview_login, "users": preview_users,
            "lock": preview_lock}
