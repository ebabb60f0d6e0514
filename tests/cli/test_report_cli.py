"""`villagedesk report KIND ... --out FILE.pdf`, as a script runs it."""

import json

import pytest

from desktop.services.settings import load_settings, save_settings
from tests.cli.test_cli import run
from tests.services.reports_data import pdf_text, squeezed


@pytest.fixture(scope="module")
def db(module_db_target):
    from tests.services.reports_data import demo_workspace

    demo_workspace(module_db_target).close()
    return module_db_target


def _villages(capsys, db):
    code, out, err = run(capsys, "villages", "list", "--db", str(db), "--json")
    assert code == 0, err
    return json.loads(out)


def _with_plan(capsys, db, want: bool):
    for v in _villages(capsys, db):
        code, _, _ = run(capsys, "plan", "show", "--village", v["code"], "--db", str(db), "--json")
        if (code == 0) == want:
            return v
    raise AssertionError


@pytest.mark.parametrize("language", ["zh_CN", "bo_CN", "both"])
def test_plan_form_in_each_language(db, capsys, tmp_path, language):
    v = _with_plan(capsys, db, True)
    out = tmp_path / "plan.pdf"
    code, stdout, err = run(capsys, "report", "plan", "--village", v["code"], "--lang", language, "--out", str(out),
                            "--db", str(db))
    assert code == 0, err
    assert str(out) in stdout
    text = pdf_text(out)
    assert (v["name_zh"] in text) == (language != "bo_CN")
    assert (squeezed(v["name_bo"]) in squeezed(text)) == (language != "zh_CN")


def test_dossier_in_tibetan(db, capsys, tmp_path):
    v = _with_plan(capsys, db, True)
    out = tmp_path / "d.pdf"
    code, _, err = run(capsys, "report", "dossier", "--village", v["code"], "--lang", "bo_CN", "--out", str(out),
                       "--db", str(db))
    assert code == 0, err
    assert squeezed(v["name_bo"]) in squeezed(pdf_text(out))


def test_a_village_without_a_plan_exits_1_and_writes_nothing(db, capsys, tmp_path):
    v = _with_plan(capsys, db, False)
    out = tmp_path / "p.pdf"
    code, _, err = run(capsys, "report", "plan", "--village", v["code"], "--lang", "both", "--out", str(out),
                       "--db", str(db))
    assert code == 1 and v["name_zh"] in err and err.count("\n") == 1
    assert not out.exists()


def test_a_missing_font_names_what_to_install(db, capsys, tmp_path):
    settings = load_settings()
    settings.report_fonts = {"tibetan": str(tmp_path / "gone.ttf")}
    save_settings(settings)
    v = _with_plan(capsys, db, True)
    out = tmp_path / "reports" / "p.pdf"
    code, _, err = run(capsys, "report", "plan", "--village", v["code"], "--out", str(out), "--db", str(db))
    assert code == 1 and "gone.ttf" in err and err.count("\n") == 1
    assert not out.parent.exists()


def test_usage_errors_exit_2(db, capsys, tmp_path):
    out = str(tmp_path / "x.pdf")
    code, _, err = run(capsys, "report", "plan", "--out", out, "--db", str(db))
    assert code == 2 and "--village" in err
    code, _, _ = run(capsys, "report", "poster", "--out", out, "--db", str(db))
    assert code == 2
    code, _, _ = run(capsys, "report", "dossier", "--village", "1", "--db", str(db))
    assert code == 2   # no --out
    code, _, err = run(capsys, "report", "dossier", "--village", "999", "--out", out, "--db", str(db))
    assert code == 1 and "999" in err
    assert not (tmp_path / "x.pdf").exists()
