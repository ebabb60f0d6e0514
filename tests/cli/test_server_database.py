"""`--db` names a file or a server's database (postgresql://USER@HOST/DB):
the county mode's commands work on either, the file-only ones say what to
do instead, and a server that cannot be used is named in plain words."""

from __future__ import annotations

import pytest

from desktop.services.settings import remembered_database
from desktop.storage.engines import is_server, server_label, server_url, without_password
from tests.cli.test_cli import run


def test_a_server_url_is_named_without_its_password_and_remembered_without_it():
    url = "postgresql://reviewer:s3cret@10.1.2.3:5433/ganzi"
    assert is_server(url) and not is_server("/data/county.sqlite3")
    assert server_url(url).startswith("postgresql+psycopg://")
    assert server_url("postgres://a@h/d") == "postgresql+psycopg://a@h/d"
    assert server_label(url) == "ganzi@10.1.2.3:5433"
    assert "s3cret" not in without_password(url)
    assert without_password(url) == "postgresql://reviewer@10.1.2.3:5433/ganzi"
    assert remembered_database(url) == "postgresql://reviewer@10.1.2.3:5433/ganzi"
    assert remembered_database("/data/county.sqlite3") == "/data/county.sqlite3"


def test_setting_up_a_county_and_working_in_it_through_the_cli(db_target, capsys):
    target = str(db_target)
    code, out, err = run(capsys, "setup", "county", "--db", target, "--code", "513300", "--name-zh", "甘孜州")
    assert code == 0, err
    code, out, err = run(capsys, "demo", "--db", target, "--villages", "12", "--force")
    assert code == 0, err
    assert "12 个村" in out
    code, out, err = run(capsys, "villages", "list", "--db", target, "--json")
    assert code == 0, err
    assert '"code"' in out and out.count('"code"') == 12


@pytest.mark.parametrize("command", [["check"], ["backup", "list"], ["backup", "restore", "--newest"]])
def test_file_only_commands_refuse_a_server_database_and_say_why(capsys, command):
    code, out, err = run(capsys, "--lang", "zh_CN", *command, "--db", "postgresql://vd@127.0.0.1:1/hub")
    assert code != 0
    assert "pg_dump" in err


def test_a_server_that_cannot_be_reached_is_named(capsys):
    code, out, err = run(capsys, "villages", "list", "--db", "postgresql://vd@127.0.0.1:1/hub")
    assert code != 0
    assert "127.0.0.1:1" in err and "Traceback" not in err
