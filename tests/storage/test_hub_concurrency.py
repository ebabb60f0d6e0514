"""Several reviewers on one hub, each in their own app: two workspaces open
on the same database (`db_target`: SQLite in the first pass, PostgreSQL in
the second), with the township's installation on a file of its own.

- an edit by one is seen by the other on refresh;
- two people saving the same record: the second gets the conflict message,
  nothing of the first is overwritten;
- a bundle import is one transaction: a reader in the middle sees none of it;
- an edit made while an import runs waits for it, and neither is lost.
"""

from __future__ import annotations

import threading

import pytest

from desktop.core.errors import EditConflict
from desktop.core.progress import Progress
from desktop.core.query import VillageQuery
from desktop.services.demo import fill_demo
from desktop.services.sync.results import BundleState
from desktop.services.workspace import Workspace
from tests.conftest import TODAY

WAIT = 60   # seconds: a bound for a stuck test, never a pause


def _open(target) -> Workspace:
    ws = Workspace.open(target, actor="审核员")
    ws.today = lambda: TODAY
    return ws


def _set_note(ws: Workspace, village_id: str, note: str, *, original=None):
    original = original or ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.note = note
    return ws.villages.save_file(original, edited)


def _note(ws: Workspace, village_id: str) -> str:
    return ws.villages.open_file(village_id).facts.note


@pytest.fixture
def hub(db_target):
    """Two reviewers' apps on the same hub database."""
    first = _open(db_target)
    fill_demo(first, villages=12, townships=2)
    second = _open(db_target)
    yield first, second
    second.close()
    first.close()


def _enrol(source: Workspace, target: Workspace, folder) -> None:
    path = source.sync.export_enrolment(folder / f"{source.installation_id[:8]}.vdenrol")
    target.sync.enrol(path, source.sync.identity().fingerprint)


@pytest.fixture
def exchange(hub, tmp_path):
    """The hub set up as a county with a township (a SQLite file) that has
    received its villages and sends back notes on all of them."""
    first, second = hub
    township = _open(tmp_path / "township.sqlite3")
    county_unit = first.units.counties()[0]
    township_unit = first.units.townships()[0]
    first.sync.setup("county", county_unit.code)
    township.sync.setup("township", township_unit.code, name_zh=township_unit.name_zh)
    _enrol(first, township, tmp_path)
    _enrol(township, first, tmp_path)
    full = first.sync.export_bundle(township.installation_id, tmp_path / "full.vdbundle", full=True)
    township.sync.import_bundle(full.path)
    ids = sorted(township.villages.search(VillageQuery()))
    for vid in ids:
        _set_note(township, vid, "乡镇已核实。")
    bundle = township.sync.export_bundle(first.installation_id, tmp_path / "to-county.vdbundle")
    yield first, second, bundle.path, ids
    township.close()


def test_an_edit_by_one_reviewer_appears_for_the_other_on_refresh(hub):
    first, second = hub
    vid = sorted(second.villages.search(VillageQuery()))[0]
    assert _note(second, vid) != "县委组织部已审核。"
    _set_note(first, vid, "县委组织部已审核。")
    assert _note(second, vid) == "县委组织部已审核。"


def test_two_reviewers_saving_the_same_village_the_second_is_told_and_nothing_is_overwritten(hub):
    first, second = hub
    vid = sorted(first.villages.search(VillageQuery()))[0]
    opened_by_first = first.villages.open_file(vid)
    opened_by_second = second.villages.open_file(vid)
    _set_note(first, vid, "第一位审核员的意见。", original=opened_by_first)
    with pytest.raises(EditConflict) as refused:
        _set_note(second, vid, "第二位审核员的意见。", original=opened_by_second)
    assert "changed by someone else" in refused.value.message
    assert _note(first, vid) == _note(second, vid) == "第一位审核员的意见。"
    # Opened again, the second reviewer's change goes in on top of the first's.
    _set_note(second, vid, "第一位审核员的意见。第二位审核员补充。")
    assert _note(first, vid) == "第一位审核员的意见。第二位审核员补充。"


def test_a_bundle_import_is_one_transaction_no_reader_sees_it_half_done(exchange):
    first, second, bundle, ids = exchange
    seen_midway: list[list[str]] = []

    def look(done: int, total: int, text: str) -> None:
        if done and not seen_midway:
            seen_midway.append([_note(second, vid) for vid in ids])

    before = [_note(second, vid) for vid in ids]
    # Staged first (checked, compared: nothing written), so every step the
    # apply reports comes from inside its transaction.
    with first.sync.stage(bundle) as staged:
        result = first.sync.apply(staged, Progress(look))
    assert result.state is BundleState.IMPORTED
    assert seen_midway == [before]
    assert [_note(second, vid) for vid in ids] == ["乡镇已核实。"] * len(ids)


def test_an_edit_during_an_import_waits_for_it_and_no_update_is_lost(exchange):
    """The second reviewer opens two villages while the first's import is
    under way and saves both: the one the bundle changed is refused (the
    import's version stands), the other is saved after the import."""
    first, second, bundle, ids = exchange
    township_ids = set(ids)
    other = next(v for v in sorted(second.villages.search(VillageQuery())) if v not in township_ids)
    in_bundle = ids[0]
    opened = threading.Event()
    outcome: dict[str, object] = {}

    def reviewer() -> None:
        try:
            files = {v: second.villages.open_file(v) for v in (in_bundle, other)}
            opened.set()
            for vid, original in files.items():
                try:
                    _set_note(second, vid, "县委复核。", original=original)
                    outcome[vid] = "saved"
                except EditConflict as exc:
                    outcome[vid] = exc
        except BaseException as exc:   # reported by the test, not lost in the thread
            outcome["error"] = exc
            opened.set()

    editor = threading.Thread(target=reviewer)

    def midway(done: int, total: int, text: str) -> None:
        if done and not editor.is_alive() and not opened.is_set():
            editor.start()
            assert opened.wait(WAIT)

    with first.sync.stage(bundle) as staged:
        result = first.sync.apply(staged, Progress(midway))
    editor.join(WAIT)
    assert not editor.is_alive()
    assert "error" not in outcome, outcome.get("error")
    assert result.state is BundleState.IMPORTED
    assert isinstance(outcome[in_bundle], EditConflict)
    assert outcome[other] == "saved"
    assert _note(first, in_bundle) == "乡镇已核实。"        # the import's, not overwritten
    assert _note(first, other) == "县委复核。"              # the edit, after the import
    assert all(_note(first, v) == "乡镇已核实。" for v in ids)


def test_two_reviewers_importing_the_same_bundle_it_goes_in_once(exchange):
    first, second, bundle, ids = exchange
    with first.sync.stage(bundle) as by_first, second.sync.stage(bundle) as by_second:
        assert by_second.summary.state is BundleState.READY        # both checked it before either applied
        assert first.sync.apply(by_first).state is BundleState.IMPORTED
        late = second.sync.apply(by_second)
    assert late.state is BundleState.ALREADY_IMPORTED and not late.has_changes
    assert first.sync.conflicts() == []
