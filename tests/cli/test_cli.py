"""The command line, as scripts use it: output, JSON, exit status, language."""

import json
import subprocess
import sys

import pytest

from desktop.cli.main import prepare, run_command


def run(capsys, *argv):
    """Run in-process; Chinese (the default language) unless --lang says otherwise."""
    argv = list(argv)
    if not any(a.startswith("--lang") for a in argv):
        argv = ["--lang", "zh_CN", *argv]
    try:
        args = prepare(argv)
    except SystemExit as exc:
        out = capsys.readouterr()
        return exc.code, out.out, out.err
    code = run_command(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def demo_db(db_target, capsys):
    path = db_target
    code, out, err = run(capsys, "demo", "--db", str(path), "--villages", "30", "--seed", "5")
    assert code == 0, err
    return path


def test_demo_reports_what_it_wrote(demo_db, capsys):
    code, out, _ = run(capsys, "villages", "list", "--db", str(demo_db), "--json")
    villages = json.loads(out)
    assert code == 0 and len(villages) == 30
    assert all(v["name_zh"].endswith(("村", "社区")) and v["name_bo"].endswith("།") for v in villages)
    assert all(len(v["code"]) == 12 for v in villages)
    assert any(v["rating"] in ("backward", "problem") for v in villages)   # some villages weak


def test_demo_is_reproducible(db_target, tmp_path, capsys):
    """The same seed, the same villages: on db_target (a server in the
    PostgreSQL pass) and in a file."""
    names = []
    for path in (db_target, tmp_path / "d2.sqlite3"):
        run(capsys, "demo", "--db", str(path), "--villages", "20", "--seed", "42")
        _, out, _ = run(capsys, "--db", str(path), "villages", "list", "--json")
        names.append([(v["code"], v["name_zh"], v["population"], v["rating"]) for v in json.loads(out)])
    assert names[0] == names[1]


def test_demo_refuses_a_database_with_data_unless_forced(demo_db, capsys):
    code, out, err = run(capsys, "demo", "--db", str(demo_db), "--villages", "5")
    assert code == 1 and out == ""
    assert err == "villagedesk: 数据库中已有数据。请使用空数据库，或用 --force 仍然加入演示数据。\n"
    code, _, _ = run(capsys, "demo", "--db", str(demo_db), "--villages", "5", "--force")
    assert code == 0
    _, out, _ = run(capsys, "villages", "list", "--db", str(demo_db), "--json")
    villages = json.loads(out)
    assert len(villages) == 35 and len({v["code"] for v in villages}) == 35


def test_villages_show_text_and_json(demo_db, capsys):
    _, out, _ = run(capsys, "villages", "list", "--db", str(demo_db), "--json")
    code_ = json.loads(out)[0]["code"]
    code, out, _ = run(capsys, "villages", "show", code_, "--db", str(demo_db), "--json")
    data = json.loads(out)
    assert code == 0 and data["code"] == code_
    roles = {p["role"] for p in data["posts"]}
    assert {"branch_secretary", "director", "reserve_cadre"} <= roles
    assert len(data["collective_income"]) == 3
    code, out, _ = run(capsys, "--lang", "zh_CN", "villages", "show", code_, "--db", str(demo_db))
    assert code == 0 and data["name_zh"] in out and "村党组织书记" in out


def test_global_options_before_or_after_the_command(demo_db, capsys):
    a = run(capsys, "--db", str(demo_db), "villages", "list", "--json")
    b = run(capsys, "villages", "list", "--json", "--db", str(demo_db))
    assert a == b and a[0] == 0


def test_bad_input_exits_1_with_one_line(demo_db, capsys):
    code, out, err = run(capsys, "villages", "show", "999999999999", "--db", str(demo_db))
    assert (code, out) == (1, "")
    assert err == "villagedesk: 没有代码或 id 为 999999999999 的村。\n"


def test_a_missing_database_is_not_created_by_a_read(tmp_path, capsys):
    path = tmp_path / "nothing.sqlite3"
    code, _, err = run(capsys, "villages", "list", "--db", str(path))
    assert code == 1 and "处没有数据库" in err
    assert not path.exists()


def test_wrong_usage_exits_2(capsys):
    assert run(capsys, "villages", "frob")[0] == 2
    assert run(capsys, "demo")[0] == 2                                  # --villages is required
    assert run(capsys, "--screenshot", "x.png", "villages", "list")[0] == 2
    assert run(capsys, "--lang", "fr_FR", "villages", "list")[0] == 2


def test_messages_in_tibetan(demo_db, capsys):
    code, _, err = run(capsys, "--lang", "bo_CN", "villages", "show", "1", "--db", str(demo_db))
    assert code == 1
    assert err == "villagedesk: ཨང་རྟགས་སམ་id 1 ཡིན་པའི་གྲོང་ཚོ་མེད།\n"


def test_entry_point_end_to_end(tmp_path):
    """The installed command, in its own process: version, exit codes, a pipe."""
    exe = [sys.executable, "-m", "desktop"]
    env_db = str(tmp_path / "e.sqlite3")
    version = subprocess.run(exe + ["--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("VillageDesk ")
    made = subprocess.run(exe + ["demo", "--db", env_db, "--villages", "3"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    bad = subprocess.run(exe + ["villages", "show", "x", "--db", env_db], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    usage = subprocess.run(exe + ["villages"], capture_output=True, text=True)
    assert usage.returncode == 2


def test_every_command_names_a_function_that_exists():
    from desktop.cli import main

    for (command, action) in main._COMMANDS:
        assert callable(main.command_function(command, action)), (command, action)
    for command, module in main._COMMAND_MODULES.items():
        table = __import__(f"desktop.cli.{module}", fromlist=["COMMANDS"]).COMMANDS
        assert any(key[0] == command for key in table), command
        for key in table:
            assert main.command_function(*key) is table[key]


def test_starting_reads_no_spreadsheet_or_pdf_library():
    # The window starts through prepare() as well: what it does not need
    # stays unread (start-up time, and pages read from disk on a cold start).
    import subprocess
    import sys

    code = ("import sys; from desktop.cli.main import prepare; prepare(['--db', 'x.sqlite3']); "
            "print(sorted(m for m in ('openpyxl', 'reportlab', 'PIL', 'lxml', 'cryptography') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
