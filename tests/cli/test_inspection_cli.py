"""Checklists, inspections, warnings and ratings from the command line."""

import json

import pytest

from tests.cli.test_cli import run

SMALL_TOML = """
format = 1
[template]
code = "cli-small"
version = 1
subject = "village"
title_zh = "命令行测试清单"
title_bo = "བཀའ་ཕྲེང་ཚོད་ལྟའི་ཐོ།"

[[categories]]
code = "A"
name_zh = "队伍建设"
name_bo = "དཔུང་ཁག་འཛུགས་སྐྲུན།"

[[categories.aspects]]
code = "A1"
name_zh = "班子"
name_bo = "ཚོགས་པ།"

[[categories.aspects.indicators]]
code = "A1.1"
text_zh = "书记在岗履职"
text_bo = "ཧྲུའུ་ཅི་ལས་གནས་སུ་ཡོད།"
weight = 10
kind = "yes_no"
weakness = ["soft"]
remedy = "softness"

[[categories.aspects.indicators]]
code = "A1.2"
text_zh = "三会一课记录完整"
text_bo = "ཚོགས་འདུ་གསུམ་དང་སློབ་ཚན་གཅིག་གི་ཟིན་ཐོ།"
weight = 10
kind = "scale"
max = 5
evidence = true
weakness = ["lax"]
remedy = "laxity"

[[categories.aspects.indicators]]
code = "A1.3"
text_zh = "集体经济收入"
text_bo = "མཉམ་ཚོགས་དཔལ་འབྱོར་གྱི་ཡོང་འབབ།"
weight = 20
kind = "bands"
bands = [{ from = 0, score = 0 }, { from = 50000, score = 0.6 }, { from = 100000, score = 1 }]
unit_zh = "元"
unit_bo = "སྒོར།"
weakness = ["weak"]
remedy = "poverty"
"""


@pytest.fixture
def db(db_target, tmp_path, capsys):
    path = db_target
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "12", "--seed", "5")
    assert code == 0, err
    toml = tmp_path / "small.toml"
    toml.write_text(SMALL_TOML, encoding="utf-8")
    code, out, err = run(capsys, "checklist", "import", str(toml), "--db", str(path))
    assert code == 0, err
    assert "cli-small@1" in out
    return path


def _codes(capsys, db):
    _, out, _ = run(capsys, "villages", "list", "--db", str(db), "--json")
    return [v["code"] for v in json.loads(out)]


def test_checklist_list_shows_the_shipped_and_imported_templates(db, capsys):
    code, out, _ = run(capsys, "checklist", "list", "--db", str(db), "--json")
    listed = {t["code"]: t for t in json.loads(out)}
    assert code == 0 and listed["cli-small"]["indicators"] == 3 and listed["cli-small"]["latest"]
    assert {"village-indicators", "village-standard", "township-standard"} <= set(listed)
    code, out, _ = run(capsys, "checklist", "list", "--db", str(db), "--lang", "bo_CN")
    assert code == 0 and "བཀའ་ཕྲེང་ཚོད་ལྟའི་ཐོ།" in out


def test_inspect_saves_a_draft_then_finalises(db, capsys, tmp_path):
    village = _codes(capsys, db)[0]
    evidence = tmp_path / "记录.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes")
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"A1.1": "是", "A1.2": {"value": 4, "note": "记录基本完整"}}), encoding="utf-8")
    code, out, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                         "--period", "2026Q4", "--answers", str(answers), "--json")
    assert code == 0, err
    draft = json.loads(out)
    assert draft["status"] == "draft" and draft["answered"] == 2 and draft["unanswered"] == ["A1.3"]

    answers.write_text(json.dumps({"A1.3": 42000, "A1.2": {"value": 4, "note": "记录基本完整", "evidence": [str(evidence)]}}),
                       encoding="utf-8")
    code, out, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                         "--period", "2026Q4", "--answers", str(answers), "--finalise")
    assert code == 0, err
    assert "已定稿" in out or "finalised" in out
    assert "A1.3" in out    # the failed item is listed
    code, out, _ = run(capsys, "warnings", "--db", str(db), "--period", "2026Q4", "--json")
    rows = [r for r in json.loads(out) if r["code"] == village]
    # 10 + 8 + 0 of 40 = 45: red; the previous quarter (2026Q3) comes from the demo
    assert rows[0]["score"] == 45.0 and rows[0]["colour"] == "red" and rows[0]["previous_colour"] is not None


def test_inspect_reports_every_bad_answer_and_saves_nothing(db, capsys, tmp_path):
    village = _codes(capsys, db)[1]
    answers = tmp_path / "bad.json"
    answers.write_text(json.dumps({"A1.1": "maybe", "A1.2": 9, "Z1": 1, "A1.3": {"value": 5, "evidence": ["/nonexistent"]}}),
                       encoding="utf-8")
    code, _, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                       "--period", "2026Q4", "--answers", str(answers))
    assert code == 1 and "3" in err   # first problem and "(and 3 more problems)"
    code, out, _ = run(capsys, "warnings", "--db", str(db), "--period", "2026Q4", "--json")
    assert json.loads(out) == []
    answers.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                       "--period", "2026Q4", "--answers", str(answers))
    assert code == 1 and "JSON" in err
    code, _, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                       "--period", "2026Q5", "--answers", str(answers))
    assert code == 1 and "2026Q3" in err


def test_finalising_with_items_missing_says_what_is_missing(db, capsys, tmp_path):
    village = _codes(capsys, db)[2]
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"A1.1": "yes", "A1.2": 5}), encoding="utf-8")
    code, _, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "cli-small",
                       "--period", "2026Q4", "--answers", str(answers), "--finalise")
    assert code == 1 and "A1.3" in err and "A1.2" in err


def test_warnings_report_has_quota_classes_and_changes(db, capsys):
    code, out, _ = run(capsys, "warnings", "--db", str(db), "--period", "2026Q3", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 12
    assert {r["quota_class"] for r in rows} <= {1, 2, 3} and any(r["quota_class"] == 1 for r in rows)
    assert all(r["previous_colour"] for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    code, out, _ = run(capsys, "warnings", "--db", str(db), "--period", "2026Q3")
    assert code == 0 and "12" in out


def test_export_then_import_of_a_template(db, capsys, tmp_path):
    out_file = tmp_path / "清单.xlsx"
    code, out, err = run(capsys, "checklist", "export", "cli-small", "--out", str(out_file), "--db", str(db))
    assert code == 0, err and out_file.exists()
    code, out, err = run(capsys, "checklist", "import", str(out_file), "--db", str(db))
    assert code == 0, err
    code, out, err = run(capsys, "checklist", "export", "no-such-template", "--out", str(out_file), "--db", str(db))
    assert code == 1 and "no-such-template" in err


def test_rate_records_the_reviewers_rating(db, capsys):
    village = _codes(capsys, db)[3]
    code, out, err = run(capsys, "rate", "--db", str(db), "--village", village, "--period", "2026",
                         "--rating", "problem", "--note", "县委常委会复评")
    assert code == 0, err
    _, out, _ = run(capsys, "villages", "show", village, "--db", str(db), "--json")
    shown = json.loads(out)
    assert shown["rating"] == "problem" and shown["ratings"][0]["period"] == "2026"   # newest first


def test_inspecting_a_finalised_period_again_is_refused(db, capsys, tmp_path):
    village = _codes(capsys, db)[4]
    answers = tmp_path / "a.json"
    evidence = tmp_path / "记录.pdf"
    evidence.write_bytes(b"%PDF-1.4")
    answers.write_text(json.dumps({"A1.1": 1.0, "A1.2": {"value": 5, "evidence": [str(evidence)]}, "A1.3": 0.0}),
                       encoding="utf-8")      # 1.0 / 0.0 as the database stores yes and no
    args = ("inspect", "--db", str(db), "--village", village, "--template", "cli-small", "--period", "2026Q4",
            "--answers", str(answers), "--finalise")
    code, _, err = run(capsys, *args)
    assert code == 0, err
    code, _, err = run(capsys, *args)
    assert code == 1 and "更正" in err
    _, out, _ = run(capsys, "warnings", "--db", str(db), "--period", "2026Q4", "--json")
    assert [r["code"] for r in json.loads(out)] == [village]


def test_a_township_checklist_cannot_inspect_a_village_and_bad_paths_are_explained(db, capsys, tmp_path):
    village = _codes(capsys, db)[5]
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "inspect", "--db", str(db), "--village", village, "--template", "township-standard",
                       "--period", "2026Q4", "--answers", str(answers))
    assert code == 1 and "township-standard@1" in err
    code, _, err = run(capsys, "checklist", "export", "cli-small", "--out", str(tmp_path / "nodir" / "x.xlsx"),
                       "--db", str(db))
    assert code == 1 and "x.xlsx" in err and "Traceback" not in err
    code, _, err = run(capsys, "rate", "--db", str(db), "--village", village, "--period", "garbage",
                       "--rating", "problem")
    assert code == 1 and "2026Q3" in err


def test_a_draft_can_be_discarded(db, capsys, tmp_path):
    village = _codes(capsys, db)[6]
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"A1.1": "是"}), encoding="utf-8")
    base = ("inspect", "--db", str(db), "--village", village, "--template", "cli-small", "--period", "2026Q4")
    assert run(capsys, *base, "--answers", str(answers))[0] == 0
    code, out, err = run(capsys, *base, "--discard")
    assert code == 0, err
    code, _, err = run(capsys, *base, "--discard")
    assert code == 1 and "2026年第4季度" in err
    assert run(capsys, *base)[0] == 2            # --answers or --discard is needed
