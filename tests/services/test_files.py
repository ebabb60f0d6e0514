"""Files written beside their target and renamed onto it."""

import pytest

from desktop.services.files import written_atomically


def test_the_new_file_takes_the_place_of_the_old(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with written_atomically(target) as temp:
        temp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), written_atomically(target) as temp:
        temp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
