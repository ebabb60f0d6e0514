"""`villagedesk export ...`: every kind, the languages, and refusals."""

import re

import openpyxl
import pytest

from desktop.core.roster import BY_KEY, TEMPLATE_KEYS
from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def demo_db(module_db_target):
    from desktop.cli.main import prepare, run_command
    path = module_db_target
    assert run_command(prepare(["--lang", "zh_CN", "demo", "--db", str(path), "--villages", "20", "--seed", "5"])) == 0
    return path


@pytest.mark.parametrize("kind", ["villages", "problems", "plans", "inspections", "warnings"])
def test_each_export_writes_a_workbook_and_says_how_many_rows(demo_db, tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.xlsx"
    code, stdout, stderr = run(capsys, "export", kind, "--db", str(demo_db), "--out", str(out))
    assert code == 0, stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = sum(1 for _ in wb.worksheets[0].iter_rows(min_row=2))
    # The sentence is in the CLI's language; the count and the path are in it either way.
    assert rows > 0 and re.search(rf"(?<!\d){rows}(?!\d)", stdout) and str(out) in stdout
    assert stderr == ""


def test_tibetan_values_with_headers_in_both_languages(demo_db, tmp_path, capsys):
    out = tmp_path / "villages.xlsx"
    code, _, stderr = run(capsys, "--lang", "bo_CN", "export", "villages", "--both-headers", "--db", str(demo_db),
                          "--out", str(out))
    assert code == 0, stderr
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == [BY_KEY[k].header for k in TEMPLATE_KEYS]
    assert ws["E2"].value in ("གྲོང་ཚོ།", "གྲོང་ལྷན།")      # village or community, in Tibetan


def test_the_answers_sheet_on_request(demo_db, tmp_path, capsys):
    out = tmp_path / "inspections.xlsx"
    code, _, _ = run(capsys, "export", "inspections", "--answers", "--db", str(demo_db), "--out", str(out))
    assert code == 0 and len(openpyxl.load_workbook(out, read_only=True).worksheets) == 2
    code, _, err = run(capsys, "export", "plans", "--answers", "--db", str(demo_db), "--out", str(out))
    assert code == 2 and "--answers" in err


def test_a_folder_that_does_not_exist_is_one_line_and_no_file(demo_db, tmp_path, capsys):
    out = tmp_path / "no" / "plans.xlsx"
    code, stdout, stderr = run(capsys, "export", "plans", "--db", str(demo_db), "--out", str(out))
    assert code == 1 and stdout == "" and stderr.startswith("villagedesk: ") and stderr.count("\n") == 1
    assert str(tmp_path / "no") in stderr and not (tmp_path / "no").exists()


def test_unknown_kinds_and_a_missing_out_are_usage_errors(demo_db, capsys):
    assert run(capsys, "export", "people", "--db", str(demo_db), "--out", "x.xlsx")[0] == 2
    assert run(capsys, "export", "plans", "--db", str(demo_db))[0] == 2
