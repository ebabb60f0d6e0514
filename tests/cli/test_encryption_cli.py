"""`villagedesk encrypt`, `villagedesk recover`, and the first administrator
made on the command line encrypting the database."""

import io
import json
import re
import sys

import pytest

from desktop.core.i18n import translate
from desktop.core.recovery_key import parse
from desktop.services.key_ring import ring_path
from desktop.services.workspace import Workspace
from tests.cli.test_cli import run

# The database file encrypted (SQLCipher) and its key ring.
pytestmark = pytest.mark.file_database

ADMIN_PASSWORD = "admin passphrase"
KEY = re.compile(r"\d{6}(?:-\d{6}){7}")
SQLITE = b"SQLite format 3\x00"


def cli(capsys, monkeypatch, db, *argv, stdin="", user=None, password=None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    for name, value in (("VILLAGEDESK_USER", user), ("VILLAGEDESK_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    return run(capsys, "--db", str(db), *argv)


def t(context, text):
    """The message in the language the last command ran in (zh_CN): these
    tests hold whether or not it is translated yet."""
    return translate(context, text)


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "3")
    assert code == 0, err
    return path


def test_the_first_administrator_encrypts_and_sees_the_recovery_key_once(db, capsys, monkeypatch, tmp_path):
    sheet = tmp_path / "sheet.pdf"
    code, out, err = cli(capsys, monkeypatch, db, "users", "add", "boss", "--role", "admin", "--password-stdin",
                         "--recovery-sheet", str(sheet), stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    keys = KEY.findall(out)
    assert len(keys) == 1 and parse(keys[0])
    assert "--user boss" in out
    assert sheet.read_bytes()[:5] == b"%PDF-"
    assert db.read_bytes()[:16] != SQLITE and ring_path(db).exists()
    # Every later command signs in first: the password opens the key.
    code, out, err = cli(capsys, monkeypatch, db, "villages", "list", "--json", user="boss", password=ADMIN_PASSWORD)
    assert code == 0 and len(json.loads(out)) == 3, err
    code, out, err = cli(capsys, monkeypatch, db, "villages", "list", user="boss", password="wrong password")
    assert code == 1 and err == f"villagedesk: {t('Access', 'The login name or the password is wrong.')}\n"
    code, out, err = cli(capsys, monkeypatch, db, "villages", "list")
    assert code == 1 and "--user LOGIN" in err
    # The recovery key is never printed again.
    code, out, err = cli(capsys, monkeypatch, db, "users", "list", user="boss", password=ADMIN_PASSWORD)
    assert code == 0 and not KEY.search(out + err)


def test_recover_sets_a_new_password_with_the_recovery_key(db, capsys, monkeypatch):
    code, out, err = cli(capsys, monkeypatch, db, "users", "add", "boss", "--role", "admin", "--password-stdin",
                         stdin=ADMIN_PASSWORD + "\n")
    key = KEY.search(out).group(0)
    db_bytes = db.read_bytes()
    other = "000000-" * 7 + "000000"
    code, out, err = cli(capsys, monkeypatch, db, "recover", "--recovery-key", other, "--user", "boss",
                         "--password-stdin", stdin="a brand new secret\n")
    assert code == 1 and err == "villagedesk: " + t(
        "Encryption", "This recovery key does not open {name}: it belongs to another database. Check the name on the "
                      "recovery sheet.").format(name=db.name) + "\n"
    assert db.read_bytes() == db_bytes
    mistyped = key[:-1] + str((int(key[-1]) + 1) % 10)
    code, out, err = cli(capsys, monkeypatch, db, "recover", "--recovery-key", mistyped, "--user", "boss",
                         "--password-stdin", stdin="a brand new secret\n")
    assert code == 1 and err == "villagedesk: " + t(
        "Encryption", "Group {number} of the recovery key is mistyped: check its 6 digits against the sheet.").format(
        number=8) + "\n"
    assert db.read_bytes() == db_bytes
    code, out, err = cli(capsys, monkeypatch, db, "recover", "--recovery-key", key.replace("-", " "), "--user", "boss",
                         "--password-stdin", stdin="a brand new secret\n")
    assert code == 0, err
    assert "boss" in out
    code, out, err = cli(capsys, monkeypatch, db, "villages", "list", user="boss", password="a brand new secret")
    assert code == 0, err
    code, out, err = cli(capsys, monkeypatch, db, "villages", "list", user="boss", password=ADMIN_PASSWORD)
    assert code == 1


def test_encrypt_converts_a_plain_database_with_accounts(db, capsys, monkeypatch):
    with Workspace.open(db) as ws:
        ws.users.create_first_admin("boss", "", ADMIN_PASSWORD)   # the service alone does not encrypt
    assert db.read_bytes()[:16] == SQLITE
    code, out, err = cli(capsys, monkeypatch, db, "encrypt", "--json", user="boss", password=ADMIN_PASSWORD)
    assert code == 0, err
    result = json.loads(out)
    assert parse(result["recovery_key"]) and result["users_without_key"] == []
    assert db.read_bytes()[:16] != SQLITE
    code, out, err = cli(capsys, monkeypatch, db, "encrypt", user="boss", password=ADMIN_PASSWORD)
    assert code == 1 and err == f"villagedesk: {t('Encryption', 'This database is encrypted already.')}\n"


def test_encrypt_needs_accounts(db, capsys, monkeypatch):
    code, out, err = cli(capsys, monkeypatch, db, "encrypt")
    assert code == 1 and err.startswith("villagedesk: " + t(
        "Encryption", "A database without user accounts cannot be encrypted: there is no password to protect its key. "
                      "Add an administrator first: villagedesk users add LOGIN --role admin"))
    assert db.read_bytes()[:16] == SQLITE
