"""A township and its county exchanging bundles through `ws.sync`, end to
end: real databases, real files, real keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import VillageDeskError
from desktop.core.query import VillageQuery
from desktop.core.sync_errors import BundleRejected, EnrolmentRefused, Reason
from desktop.services.sync.demo import exchange_demo
from desktop.services.sync.results import BundleState
from desktop.core.terms import Rating
from desktop.services.workspace import Workspace
from tests.raw_sql import table_counts


@pytest.fixture
def demo(tmp_path, db_target):
    """The county on db_target (a hub on the server in the PostgreSQL pass), the township a file."""
    d = exchange_demo(tmp_path / "demo", villages=24, conflicts=2, county_db=db_target)
    yield d
    d.close()


def _note(ws: Workspace, village_id: str) -> str:
    return ws.villages.open_file(village_id).facts.note


def _counts(ws: Workspace) -> dict[str, int]:
    return table_counts(ws)


def test_identity_is_stable_and_enrolment_needs_the_typed_fingerprint(tmp_path, db_target):
    a = Workspace.open(db_target)
    b = Workspace.open(tmp_path / "b.sqlite3")
    a.sync.setup("county", "540121", name_zh="城关区")
    b.sync.setup("township", "540121100", name_zh="城关镇")
    first = a.sync.identity()
    assert first == a.sync.identity()
    assert len(first.fingerprint) == 40 and first.fingerprint.isdigit()
    path = a.sync.export_enrolment(tmp_path / "a.vdenrol")
    wrong = ("1" if first.fingerprint[0] != "1" else "2") + first.fingerprint[1:]
    with pytest.raises(EnrolmentRefused):
        b.sync.enrol(path, wrong)
    assert b.sync.peers() == []
    spaced = " ".join(first.fingerprint[i:i + 5] for i in range(0, 40, 5))
    peer = b.sync.enrol(path, spaced)
    assert peer.installation_id == a.installation_id and peer.role == "county"
    a.close(), b.close()


def test_import_summary_then_apply(demo):
    county, township = demo.county, demo.township
    before = _counts(county)
    staged = county.sync.stage(demo.to_county)
    summary = staged.summary
    assert summary.state is BundleState.READY
    assert summary.tables["village"].conflict == 2
    assert summary.tables["support_activity"].new == 3
    assert _counts(county) == before          # staging writes nothing
    result = county.sync.apply(staged)
    assert result.state is BundleState.IMPORTED
    assert result.total().conflict == 2
    conflicts = county.sync.conflicts()
    assert len(conflicts) == 2
    # The township owns village facts: its note wins on both sides.
    for c in conflicts:
        assert _note(county, c.entity_id) == "村两委已调整，乡镇已核实。"
    again = county.sync.import_bundle(demo.to_county)
    assert again.state is BundleState.ALREADY_IMPORTED and not again.has_changes


def test_both_sides_end_equal(demo):
    county, township = demo.county, demo.township
    county.sync.import_bundle(demo.to_county)
    township.sync.import_bundle(demo.to_township)
    ids = township.villages.search(VillageQuery())
    for vid in ids:
        assert county.villages.open_file(vid).facts == township.villages.open_file(vid).facts
    # Each side has the same losing versions in its conflict list.
    lost = lambda ws: sorted((c.entity_id, c.lost_from) for c in ws.sync.conflicts())
    assert lost(county) == lost(township) and len(lost(county)) == 2


def test_incremental_bundle_is_small_and_acknowledged(demo, tmp_path):
    county, township = demo.county, demo.township
    county.sync.import_bundle(demo.to_county)
    township.sync.import_bundle(demo.to_township)
    back = county.sync.export_bundle(township.installation_id, tmp_path / "ack.vdbundle")
    township.sync.import_bundle(back.path)
    ids = township.villages.search(VillageQuery())[:10]
    for i, vid in enumerate(ids):
        original = township.villages.open_file(vid)
        edited = original.copy()
        edited.facts.population = (original.facts.population or 0) + i + 1
        township.villages.save_file(original, edited)
    result = township.sync.export_bundle(county.installation_id, tmp_path / "ten.vdbundle")
    assert result.counts == {"village": 10}
    assert result.size < 20 * 1024
    summary = county.sync.import_bundle(result.path)
    assert summary.tables["village"].changed == 10


def _backup(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def test_a_bundle_waits_for_the_one_it_builds_on(demo, tmp_path, db_target, copy_database):
    """The county restored from a backup lacks bundle 1; bundle 2 builds on
    it, so it waits, and goes in as soon as bundle 1 is imported."""
    county, township = demo.county, demo.township
    county.db.close()   # a consistent copy; the county's pool connects again as it is used
    restored_db = copy_database(db_target)
    county.sync.import_bundle(demo.to_county)
    township.sync.import_bundle(demo.to_township)
    ack = county.sync.export_bundle(township.installation_id, tmp_path / "ack.vdbundle")
    township.sync.import_bundle(ack.path)
    vid = township.villages.search(VillageQuery())[0]
    original = township.villages.open_file(vid)
    edited = original.copy()
    edited.facts.note = "第二次"
    township.villages.save_file(original, edited)
    second = township.sync.export_bundle(county.installation_id, tmp_path / "2.vdbundle")
    assert (second.sequence, second.since) == (2, 1)
    with Workspace.open(restored_db) as restored:
        waiting = restored.sync.import_bundle(second.path)
        assert waiting.state is BundleState.WAITING and "1" in waiting.message
        assert _note(restored, vid) != "第二次"
        first = restored.sync.import_bundle(demo.to_county)
        assert first.state is BundleState.IMPORTED
        assert [s.sequence for s in first.pending_imported] == [2]
        assert _note(restored, vid) == "第二次"


def test_the_same_sequence_with_other_content_is_an_alarm(demo, tmp_path):
    county, township = demo.county, demo.township
    county.sync.import_bundle(demo.to_county)
    _backup(township.path, tmp_path / "township-copy.sqlite3")
    second = township.sync.export_bundle(county.installation_id, tmp_path / "2.vdbundle", full=True)
    assert second.sequence == 2
    county.sync.import_bundle(second.path)
    with Workspace.open(tmp_path / "township-copy.sqlite3") as restored:
        # Restored from a backup: it numbers bundle 2 again, with other content.
        again = restored.sync.export_bundle(county.installation_id, tmp_path / "again.vdbundle", full=True)
    assert again.sequence == 2
    with pytest.raises(BundleRejected) as alarm:
        county.sync.import_bundle(again.path)
    assert alarm.value.reason is Reason.SEQUENCE_ALARM


def test_tampered_and_foreign_bundles_change_nothing(demo, tmp_path):
    county = demo.county
    data = bytearray(demo.to_county.read_bytes())
    before = _counts(county)
    for offset in (0, 10, 40, 200, len(data) // 2, len(data) - 1):
        bad = bytearray(data)
        bad[offset] ^= 0x40
        path = tmp_path / f"bad{offset}.vdbundle"
        path.write_bytes(bytes(bad))
        with pytest.raises(BundleRejected):
            county.sync.import_bundle(path)
    cut = tmp_path / "cut.vdbundle"
    cut.write_bytes(bytes(data[: len(data) - 100]))
    with pytest.raises(BundleRejected):
        county.sync.import_bundle(cut)
    # The county's own bundle for the township is not for the county.
    with pytest.raises(BundleRejected) as refused:
        county.sync.import_bundle(demo.to_township)
    assert refused.value.reason in (Reason.WRONG_RECIPIENT, Reason.UNKNOWN_SENDER)
    assert _counts(county) == before


def test_revoked_township_is_refused(demo):
    county, township = demo.county, demo.township
    county.sync.revoke(township.installation_id, "笔记本丢失")
    with pytest.raises(BundleRejected) as refused:
        county.sync.import_bundle(demo.to_county)
    assert refused.value.reason is Reason.REVOKED_SENDER


def test_the_revocation_travels_to_the_township(demo, tmp_path):
    county, township = demo.county, demo.township
    county.sync.revoke(township.installation_id, "笔记本丢失")
    with pytest.raises(BundleRejected):
        county.sync.export_bundle(township.installation_id, tmp_path / "x.vdbundle")
    assert not (tmp_path / "x.vdbundle").exists()


def test_conflict_resolved_by_taking_the_other_version(demo):
    county = demo.county
    county.sync.import_bundle(demo.to_county)
    conflict = county.sync.conflicts()[0]
    detail = county.sync.conflict(conflict.id)
    differing = {f.column: f for f in detail.fields if f.differs}
    assert differing["note"].kept == "村两委已调整，乡镇已核实。"
    assert differing["note"].lost == "县委组织部：请补充换届材料。"
    changeset = county.sync.resolve(conflict.id, take_other=True)
    assert changeset
    assert _note(county, conflict.entity_id) == "县委组织部：请补充换届材料。"
    assert conflict.id not in {c.id for c in county.sync.conflicts()}
    assert conflict.id in {c.id for c in county.sync.conflicts(open_only=False)}


def test_export_to_an_unknown_installation_is_refused(demo, tmp_path):
    with pytest.raises(VillageDeskError):
        demo.county.sync.export_bundle("0192aaaa-0000-7000-8000-000000000000", tmp_path / "x.vdbundle")


def test_renewed_keys_need_enrolling_again(demo, tmp_path):
    county, township = demo.county, demo.township
    old = township.sync.identity().fingerprint
    new = township.sync.renew_keys().fingerprint
    assert new != old and township.sync.mode() == "township"
    bundle = township.sync.export_bundle(county.installation_id, tmp_path / "new-keys.vdbundle")
    with pytest.raises(BundleRejected) as refused:
        county.sync.import_bundle(bundle.path)
    assert refused.value.reason is Reason.BAD_SIGNATURE
    path = township.sync.export_enrolment(tmp_path / "again.vdenrol")
    county.sync.enrol(path, new)
    assert county.sync.import_bundle(bundle.path).state is BundleState.IMPORTED


def test_an_imported_bundle_cannot_be_undone(demo):
    summary = demo.county.sync.import_bundle(demo.to_county)
    with pytest.raises(VillageDeskError):
        demo.county.changes.revert(summary.changeset.id)


def test_a_township_that_exchanges_leaves_ratings_to_the_county(demo):
    vid = demo.township.villages.search(VillageQuery())[0]
    with pytest.raises(VillageDeskError):
        demo.township.warnings.set_rating(vid, "2026", Rating.ADVANCED)
    demo.county.warnings.set_rating(vid, "2026", Rating.ADVANCED)


def _pair(ws: Workspace, village_id: str, with_id: str | None) -> None:
    original = ws.villages.open_file(village_id)
    edited = original.copy()
    edited.facts.paired_village_id = with_id
    ws.villages.save_file(original, edited)


def test_a_chain_of_paired_villages_comes_along_to_the_township(demo, tmp_path):
    """A village of the township paired with one of another township, that
    one with a third: the township must hold the whole chain, in a full
    bundle and in an incremental one, or it refuses the bundle (a village
    pointing at one neither here nor in the bundle)."""
    county, township = demo.county, demo.township
    county.sync.import_bundle(demo.to_county)
    township.sync.import_bundle(demo.to_township)
    own = sorted(township.villages.search(VillageQuery(township_id=township.sync.identity().unit_id)))
    other_unit = county.units.townships()[1].id
    others = sorted(county.villages.search(VillageQuery(township_id=other_unit)))
    first, second, third = others[:3]
    assert not set(others) & set(township.villages.search(VillageQuery()))
    # Incremental: newly paired with `first`, which is paired with `second`, that with `third`.
    _pair(county, second, third)
    _pair(county, first, second)
    _pair(county, own[0], first)
    bundle = county.sync.export_bundle(township.installation_id, tmp_path / "paired.vdbundle")
    result = township.sync.import_bundle(bundle.path)
    assert result.state is BundleState.IMPORTED
    held = set(township.villages.search(VillageQuery()))
    assert {first, second, third} <= held
    assert township.villages.open_file(own[0]).facts.paired_village_id == first
    # Acknowledged, the next incremental bundle carries only what changed
    # (the village it now points at is the township's own: it has it).
    back = township.sync.export_bundle(county.installation_id, tmp_path / "ack.vdbundle")
    county.sync.import_bundle(back.path)
    _pair(county, own[1], own[2])
    again = county.sync.export_bundle(township.installation_id, tmp_path / "again.vdbundle")
    assert again.counts == {"village": 1}
    assert township.sync.import_bundle(again.path).state is BundleState.IMPORTED
    # Full, into a new township installation: the chain comes along.
    fresh = Workspace.open(tmp_path / "fresh.sqlite3", actor="乡镇干部")
    try:
        unit = county.units.townships()[0]
        fresh.sync.setup("township", unit.code, name_zh=unit.name_zh, name_bo=unit.name_bo,
                         installation_name="新装")
        for source, target in ((county, fresh), (fresh, county)):
            path = source.sync.export_enrolment(tmp_path / f"{source.installation_id[:8]}.vdenrol")
            target.sync.enrol(path, source.sync.identity().fingerprint)
        full = county.sync.export_bundle(fresh.installation_id, tmp_path / "full.vdbundle", full=True)
        assert fresh.sync.import_bundle(full.path).state is BundleState.IMPORTED
        assert {first, second, third} <= set(fresh.villages.search(VillageQuery()))
    finally:
        fresh.close()
