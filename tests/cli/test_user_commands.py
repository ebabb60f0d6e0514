"""`villagedesk users ...` and signing in on the command line: --user,
VILLAGEDESK_USER / VILLAGEDESK_PASSWORD, passwords from standard input."""

import io
import json
import os
import subprocess
import sys

import pytest

from desktop.core.access import Role, roles_label
from desktop.core.i18n import translate
from desktop.storage.engines import is_server
from tests.cli.test_cli import run

ADMIN_PASSWORD = "admin passphrase"
CLERK_PASSWORD = "clerk passphrase"


@pytest.fixture
def db(db_target, capsys):
    path = db_target
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "3")
    assert code == 0, err
    return path


def users(capsys, monkeypatch, db, *argv, stdin="", user=None, password=None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    for name, value in (("VILLAGEDESK_USER", user), ("VILLAGEDESK_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    return run(capsys, "--db", str(db), *argv)


def t(text):
    """The message in the language the last command ran in (zh_CN): these
    tests hold whether or not it is translated yet."""
    return translate("Access", text)


@pytest.fixture
def office(db, capsys, monkeypatch):
    code, out, err = users(capsys, monkeypatch, db, "users", "add", "Boss", "--role", "admin", "--name", "扎西",
                           "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert t("Added {login} ({roles}).").format(login="boss", roles=roles_label({Role.ADMIN})) in out
    assert "--user boss" in out
    code, out, err = users(capsys, monkeypatch, db, "--user", "boss", "users", "add", "zhang", "--role", "clerk",
                           "--role", "secretary", "--password-stdin", stdin=CLERK_PASSWORD + "\n",
                           password=ADMIN_PASSWORD)
    assert code == 0, err
    return db


def test_without_accounts_commands_run_as_before_and_the_first_user_must_be_an_admin(db, capsys, monkeypatch):
    code, out, _ = users(capsys, monkeypatch, db, "villages", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = users(capsys, monkeypatch, db, "users", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = users(capsys, monkeypatch, db, "users", "add", "zhang", "--role", "clerk", "--password-stdin",
                           stdin=CLERK_PASSWORD + "\n")
    assert code == 1 and err == f"villagedesk: {t('The first user must be an administrator: add --role admin.')}\n"


def test_with_accounts_every_command_needs_a_sign_in(office, capsys, monkeypatch):
    code, out, err = users(capsys, monkeypatch, office, "villages", "list")
    assert code == 1 and out == "" and "--user LOGIN" in err
    code, _, err = users(capsys, monkeypatch, office, "--user", "boss", "villages", "list")
    assert code == 1 and "boss" in err and "VILLAGEDESK_PASSWORD" in err
    code, _, err = users(capsys, monkeypatch, office, "villages", "list", user="boss", password="wrong password")
    assert code == 1 and err == f"villagedesk: {t('The login name or the password is wrong.')}\n"
    code, out, err = users(capsys, monkeypatch, office, "villages", "list", "--json", user="boss",
                           password=ADMIN_PASSWORD)
    assert code == 0 and len(json.loads(out)) == 3
    # --user wins over VILLAGEDESK_USER.
    code, out, err = users(capsys, monkeypatch, office, "villages", "list", "--user", "boss", user="zhang",
                           password=ADMIN_PASSWORD)
    assert code == 0, err


def test_a_reset_password_must_be_changed_before_anything_else(office, capsys, monkeypatch):
    code, _, err = users(capsys, monkeypatch, office, "villages", "list", user="zhang", password=CLERK_PASSWORD)
    assert code == 1 and "users passwd --user zhang" in err
    code, out, err = users(capsys, monkeypatch, office, "users", "passwd", "--password-stdin",
                           stdin="my own passphrase\n", user="zhang", password=CLERK_PASSWORD)
    assert code == 0 and out == t("Your password has been changed.") + "\n", err
    code, _, err = users(capsys, monkeypatch, office, "villages", "list", user="zhang", password="my own passphrase")
    assert code == 0, err
    code, _, err = users(capsys, monkeypatch, office, "users", "reset-password", "zhang", "--password-stdin",
                         stdin="temporary one\n", user="boss", password=ADMIN_PASSWORD)
    assert code == 0, err
    code, _, err = users(capsys, monkeypatch, office, "villages", "list", user="zhang", password="temporary one")
    assert code == 1 and "users passwd --user zhang" in err


def test_listing_and_editing_users(office, capsys, monkeypatch):
    admin = dict(user="boss", password=ADMIN_PASSWORD)
    code, out, _ = users(capsys, monkeypatch, office, "users", "list", "--json", **admin)
    listed = {u["login"]: u for u in json.loads(out)}
    assert code == 0 and set(listed) == {"boss", "zhang"}
    assert listed["zhang"]["roles"] == ["clerk", "secretary"] and listed["zhang"]["must_change_password"]
    assert listed["boss"]["display_name"] == "扎西" and listed["boss"]["last_login_at"]
    assert "password" not in out.replace("must_change_password", "")
    code, out, err = users(capsys, monkeypatch, office, "users", "edit", "ZHANG", "--role", "clerk", "--name", "张三",
                           "--disable", **admin)
    assert code == 0 and out == t("{login}: {roles}, {state}.").format(
        login="zhang", roles=roles_label({Role.CLERK}), state=t("disabled")) + "\n", err
    # The first administrator encrypted the database file; a disabled account lost its key entry, so
    # it is refused before the database is open, as an unknown login is (no hint which logins exist).
    # A server's database is not encrypted by the app: the account itself says it is disabled.
    code, _, err = users(capsys, monkeypatch, office, "villages", "list", user="zhang", password=CLERK_PASSWORD)
    refusal = (t("This account is disabled. Ask an administrator.") if is_server(str(office))
               else t("The login name or the password is wrong."))
    assert code == 1 and err == f"villagedesk: {refusal}\n"
    code, out, _ = users(capsys, monkeypatch, office, "users", "edit", "zhang", "--enable", **admin)
    assert code == 0 and out == t("{login}: {roles}, {state}.").format(
        login="zhang", roles=roles_label({Role.CLERK}), state=t("enabled")) + "\n"
    code, out, _ = users(capsys, monkeypatch, office, "users", "edit", "zhang", "--enable", **admin)
    assert code == 0 and out == t("Nothing to change for {login}.").format(login="zhang") + "\n"
    code, out, err = users(capsys, monkeypatch, office, "users", "edit", "boss", "--disable", **admin)
    assert code == 1 and err == f"villagedesk: {t('You cannot disable your own account.')}\n"
    code, out, _ = users(capsys, monkeypatch, office, "users", "list", **admin)
    header, boss, zhang = out.splitlines()
    assert header.startswith(t("Login")) and t("Roles") in header
    assert zhang.split()[:3] == ["zhang", "张三", roles_label({Role.CLERK})]


def test_a_clerk_is_refused_what_the_role_does_not_allow(office, capsys, monkeypatch):
    users(capsys, monkeypatch, office, "users", "passwd", "--password-stdin", stdin="my own passphrase\n",
          user="zhang", password=CLERK_PASSWORD)
    clerk = dict(user="zhang", password="my own passphrase")
    code, out, err = users(capsys, monkeypatch, office, "users", "add", "li", "--role", "clerk", "--password-stdin",
                           stdin="li passphrase\n", **clerk)
    assert code == 1 and out == ""
    assert err == "villagedesk: " + t("{user} may not “{action}”: that needs the role {needed}. "
                                      "{user}'s roles: {roles}.").format(
        user="zhang", action=t("Add a user"), needed=Role.ADMIN.label,
        roles=roles_label({Role.CLERK, Role.SECRETARY})) + "\n"
    code, _, err = users(capsys, monkeypatch, office, "rate", "--village", "519001001001", "--period", "2026",
                         "--rating", "advanced", **clerk)
    assert code == 1 and t("Rate a village") in err and Role.REVIEWER.label in err


def test_bad_passwords_are_refused_with_the_policy(office, capsys, monkeypatch):
    code, _, err = users(capsys, monkeypatch, office, "users", "add", "li", "--role", "clerk", "--password-stdin",
                         stdin="short\n", user="boss", password=ADMIN_PASSWORD)
    assert code == 1 and err == "villagedesk: " + t("A password needs at least {count} characters.").format(
        count=8) + "\n"


def test_without_a_terminal_a_missing_password_is_an_error_not_a_prompt(office, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VILLAGEDESK_")}
    env.update(VILLAGEDESK_HOME=str(tmp_path / "home"), VILLAGEDESK_PASSWORD_COST="test", VILLAGEDESK_USER="boss")
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "zh_CN", "--db", str(office), "villages",
                           "list"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("villagedesk: ") and "VILLAGEDESK_PASSWORD" in done.stderr
    env["VILLAGEDESK_PASSWORD"] = ADMIN_PASSWORD
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(office), "users", "list", "--json"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [u["login"] for u in json.loads(done.stdout)] == ["boss", "zhang"]
