"""`villagedesk report ledger|township|county`, as a script runs it."""

import pytest

from desktop.services.workspace import Workspace
from tests.cli.test_cli import run
from tests.services.reports_data import demo_workspace, pdf_text, squeezed


@pytest.fixture(scope="module")
def demo(module_db_target):
    ws = demo_workspace(module_db_target)
    township = ws.units.townships()[0]
    county = ws.units.counties()[0]
    ws.close()
    return module_db_target, township, county


def test_township_summary_by_name_in_tibetan(demo, capsys, tmp_path):
    db, township, _ = demo
    out = tmp_path / "t.pdf"
    code, stdout, err = run(capsys, "report", "township", "--township", township.name_bo, "--lang", "bo_CN",
                            "--out", str(out), "--db", str(db))
    assert code == 0, err
    assert str(out) in stdout
    assert squeezed(township.name_bo) in squeezed(pdf_text(out))


def test_county_overview_by_code_in_both(demo, capsys, tmp_path):
    db, township, county = demo
    out = tmp_path / "c.pdf"
    code, _, err = run(capsys, "report", "county", "--township", county.code, "--lang", "both", "--out", str(out),
                       "--db", str(db))
    assert code == 0, err
    text = squeezed(pdf_text(out))
    assert squeezed(county.name_zh) in text and squeezed(township.name_bo) in text


def test_ledger_of_the_overdue_problems(demo, capsys, tmp_path):
    db, township, _ = demo
    with Workspace.open(db) as ws:
        counts = ws.ledger.counts(ws.dashboard.scope(township.id))
    out = tmp_path / "l.pdf"
    code, _, err = run(capsys, "report", "ledger", "--township", township.code, "--overdue", "--out", str(out),
                       "--db", str(db))
    assert code == 0, err
    assert f"发现问题{counts.overdue}个" in squeezed(pdf_text(out))


def test_an_unknown_township_or_status_exits_1_and_writes_nothing(demo, capsys, tmp_path):
    db, _, _ = demo
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "report", "township", "--township", "无此乡", "--out", str(out), "--db", str(db))
    assert code == 1 and "无此乡" in err
    code, _, err = run(capsys, "report", "ledger", "--status", "lost", "--out", str(out), "--db", str(db))
    assert code == 1 and "lost" in err
    assert not out.exists()


def test_ledger_by_category_and_weakness_as_problems_list_filters(demo, capsys, tmp_path):
    from desktop.core.ledger_index import LedgerFilter
    from desktop.core.ledger_terms import ProblemCategory
    from desktop.core.terms import WeaknessType

    db, _, _ = demo
    with Workspace.open(db) as ws:
        index = ws.ledger.index()
        chosen = LedgerFilter(category=ProblemCategory("A"), weakness=frozenset([WeaknessType.SOFT]))
        expected = len(index.select(chosen))
    out = tmp_path / "a.pdf"
    code, _, err = run(capsys, "report", "ledger", "--category", "a", "--weakness", "soft", "--out", str(out),
                       "--db", str(db))
    assert code == 0, err
    assert expected > 0 and f"发现问题{expected}个" in squeezed(pdf_text(out))
