"""`villagedesk roster template|import` as scripts use them."""

import json

import openpyxl

from tests.cli.test_cli import run
from tests.services.roster_workbooks import MESSY_REJECTED, messy_roster


def _counts(capsys, db):
    code, out, _ = run(capsys, "villages", "list", "--db", str(db), "--json")
    return len(json.loads(out)) if code == 0 else None


def test_template_then_import_it_filled_in(db_target, tmp_path, capsys):
    db, path = db_target, tmp_path / "roster.xlsx"
    code, out, err = run(capsys, "roster", "template", "--out", str(path), "--db", str(db))
    assert code == 0 and str(path) in out, err
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0].append(["白依乡", "513336100201", "扎西岗村", None, None, 400, 90])
    wb.save(path)
    code, out, err = run(capsys, "roster", "import", str(path), "--db", str(db), "--lang", "zh_CN")
    assert code == 0 and err == "", err
    assert _counts(capsys, db) == 1


def test_import_takes_the_good_rows_and_exits_1_naming_the_bad_ones(db_target, tmp_path, capsys):
    db, rejects = db_target, tmp_path / "rejects.xlsx"
    path = messy_roster(tmp_path / "messy.xlsx")
    code, out, err = run(capsys, "roster", "import", str(path), "--db", str(db), "--rejects", str(rejects),
                         "--lang", "bo_CN")
    assert code == 1 and f"{len(MESSY_REJECTED)}" in err.splitlines()[-1]
    for sheet, row, column in MESSY_REJECTED:
        assert any(sheet in line and f"{row}" in line and column in line for line in out.splitlines() if "!" in line)
    assert _counts(capsys, db) == 3 and rejects.exists()
    assert openpyxl.load_workbook(rejects).sheetnames == ["村情", "两委干部"]


def test_dry_run_writes_nothing_and_json_says_what_it_would_do(db_target, tmp_path, capsys):
    db = db_target
    path = messy_roster(tmp_path / "messy.xlsx")
    code, out, err = run(capsys, "roster", "import", str(path), "--db", str(db), "--dry-run", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["dry_run"] and data["changeset"] is None and data["new_townships"] == ["白依乡", "新建乡"]
    assert [(r["sheet"], r["row"], r["column"]) for r in data["rejected"]] == MESSY_REJECTED
    assert data["counts"]["village"] == {"added": 3, "changed": 0, "unchanged": 0}
    assert _counts(capsys, db) == 0
    code, out, _ = run(capsys, "roster", "import", str(path), "--db", str(db), "--json")
    assert json.loads(out)["changeset"] and _counts(capsys, db) == 3
    code, out, _ = run(capsys, "roster", "import", str(path), "--db", str(db), "--json")
    again = json.loads(out)
    assert again["changeset"] is None and again["counts"]["village"]["unchanged"] == 3


def test_map_reads_a_column_not_recognised(db_target, tmp_path, capsys):
    db, path = db_target, tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "名单"
    wb.active.append(["所在乡", "村名", "姓名", "职务", "联络号码"])
    wb.active.append(["白依乡", "岗村", "扎西", "书记", "13800001111"])
    wb.save(path)
    code, out, _ = run(capsys, "roster", "import", str(path), "--db", str(db), "--dry-run")
    assert code == 0 and "联络号码" in out and "--map" in out
    code, out, err = run(capsys, "roster", "import", str(path), "--db", str(db), "--map", "名单!E=phone", "--json")
    assert code == 0, err
    assert json.loads(out)["sheets"][0]["unmatched"] == []
    code, out, _ = run(capsys, "roster", "import", str(path), "--db", str(db), "--map", "名单!E=nonsense")
    assert code == 1


def test_a_file_that_is_no_workbook(tmp_path, capsys):
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    code, out, err = run(capsys, "roster", "import", str(path), "--db", str(tmp_path / "x.sqlite3"), "--lang", "zh_CN")
    assert code == 1 and err.startswith("villagedesk: ") and "x.xlsx" in err
