"""`problems show --save-evidence FOLDER`: readable copies of a problem's
evidence under their own names (the store keeps files by content, encrypted
when the database is), and the JSON names where each copy went."""

import json
import shutil

from desktop.services.demo_inspections import evidence_file
from tests.cli.test_campaign_cli import db  # noqa: F401 (the fixture)
from tests.cli.test_cli import run


def _json(capsys, db, *argv):
    code, out, err = run(capsys, *argv, "--db", str(db), "--json")
    assert code == 0, err
    return json.loads(out)


def test_evidence_is_saved_under_its_own_names(db, capsys, tmp_path):  # noqa: F811
    closed = _json(capsys, db, "problems", "list", "--status", "closed")["problems"]
    assert closed, "the demo closes problems out with evidence"
    folder = tmp_path / "copies"
    shown = _json(capsys, db, "problems", "show", closed[0]["id"], "--save-evidence", str(folder))
    source = evidence_file()
    expected = source.read_bytes()
    shutil.rmtree(source.parent)
    saved = [item["path"] for item in shown["evidence"]]
    assert saved and all(path.startswith(str(folder)) for path in saved)
    assert all(open(path, "rb").read() == expected for path in saved)
    assert sorted(p.name for p in folder.iterdir()) == sorted({item["file_name"] for item in shown["evidence"]})
