"""The audit heads in bundles (docs/audit.md, docs/sync-format.md §3, §5):
each side holds the other's head, each bundle's links must continue from
it; a rewritten or shortened log raises an alarm on the other side while
the import still goes in; format 1 bundles are still read."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from desktop.core.audit_chain import GENESIS, ContentHasher, chain_hash, entry_line, header_line
from desktop.core.query import VillageQuery
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_identity import canonical_json
from desktop.services.sync.archive import AuditHead, PayloadWriter, open_payload
from desktop.services.sync.audit_head import continues
from desktop.services.sync.container import write_bundle
from desktop.services.sync.demo import exchange_demo
from desktop.services.sync.results import BundleState
from desktop.storage.audit_links import AUDIT_HEAD
from tests.raw_sql import execute
from tests.services.sync.test_archive import BUNDLE, GOOD, _good_manifest, _unpack, _zip


@pytest.fixture
def demo(tmp_path, db_target):
    """The county a hub on db_target, the township a file."""
    d = exchange_demo(tmp_path / "demo", villages=8, conflicts=0, county_db=db_target)
    yield d
    d.close()


def _sql(ws, sql, params=()):
    """One statement on the workspace's database, committed (`?` placeholders)."""
    names = iter(range(len(params)))
    return execute(ws, re.sub(r"\?", lambda _: f":p{next(names)}", sql), **{f"p{n}": v for n, v in enumerate(params)})


def _peer_audit(ws, peer_id):
    return _sql(ws, "SELECT audit_seq, audit_hash, audit_alarm FROM sync_peer WHERE installation_id = ?",
                (peer_id,))[0]


def _sent_head(ws, peer_id, sequence):
    return _sql(ws, "SELECT audit_seq, audit_hash FROM sync_bundle WHERE direction = 'out' AND peer_id = ? "
                         "AND sequence = ?", (peer_id, sequence))[0]


def _edit(ws, note):
    vid = sorted(ws.villages.search(VillageQuery()))[0]
    original = ws.villages.open_file(vid)
    edited = original.copy()
    edited.facts.note = note
    ws.villages.save_file(original, edited)
    return vid


def _rechain(ws, from_seq):
    """What a forger who knows the (public) algorithm does after removing
    entries: every link from `from_seq` on computed again, and the head, so
    that the township's own `audit verify` passes."""
    prev = _sql(ws, "SELECT chain_hash FROM changeset WHERE seq < ? ORDER BY seq DESC LIMIT 1", (from_seq,))
    prev = prev[0][0] if prev else GENESIS
    rows = _sql(ws, "SELECT seq, id, at, actor, installation_id, action, reverts FROM changeset "
                    "WHERE seq >= ? ORDER BY seq", (from_seq,))
    for seq, cs_id, at, actor, inst, action, reverts in rows:
        at = at if isinstance(at, datetime) else datetime.fromisoformat(at)   # a server gives a timestamp
        content = ContentHasher(header_line(cs_id, at, actor, inst, action, reverts))
        for entry in _sql(ws, "SELECT entity, entity_id, op, row_version, data FROM change_log "
                              "WHERE changeset_id = ? ORDER BY seq", (cs_id,)):
            content.add(entry_line(*entry))
        link = chain_hash(prev, content.digest())
        _sql(ws, "UPDATE changeset SET prev_hash = ?, chain_hash = ?, entries = ? WHERE seq = ?",
             (prev, link, content.entries, seq))
        prev = link
    _sql(ws, "UPDATE local_meta SET value = ? WHERE key = ?", (f"{rows[-1][0]}:{prev}", AUDIT_HEAD))


def test_heads_travel_both_ways_and_continue(demo, tmp_path):
    county, township = demo.county, demo.township
    t_id, c_id = township.installation_id, county.installation_id
    summary = county.sync.import_bundle(demo.to_county)
    assert summary.state is BundleState.IMPORTED and summary.audit_alarm == ""
    assert _peer_audit(county, t_id) == (*_sent_head(township, c_id, 1), "")
    back = township.sync.import_bundle(demo.to_township)
    assert back.audit_alarm == "" and _peer_audit(township, c_id)[:2] == _sent_head(county, t_id, 2)

    # The township's second bundle: links since the head of its first (not
    # acknowledged yet), through everything it wrote since.
    _edit(township, "第二次")
    second = township.sync.export_bundle(c_id, tmp_path / "t2.vdbundle")
    first_head, second_head = _sent_head(township, c_id, 1), _sent_head(township, c_id, 2)
    staged = county.sync.stage(second.path)
    audit = staged.audit
    assert (audit.since, audit.seq, audit.hash) == (first_head[0], *second_head)
    assert [link[0] for link in audit.links] == [s for s, in _sql(
        township, "SELECT seq FROM changeset WHERE seq > ? AND seq <= ? ORDER BY seq", (first_head[0],
                                                                                              second_head[0]))]
    assert audit.links[0][1] == first_head[1]
    assert county.sync.apply(staged).audit_alarm == ""
    assert _peer_audit(county, t_id) == (*second_head, "")

    # Acknowledged now: the next links start at the acknowledged head.
    reply = county.sync.export_bundle(t_id, tmp_path / "c3.vdbundle")
    assert township.sync.import_bundle(reply.path).audit_alarm == ""
    _edit(township, "第三次")
    third = township.sync.export_bundle(c_id, tmp_path / "t3.vdbundle")
    staged = county.sync.stage(third.path)
    assert staged.audit.since == second_head[0]
    assert county.sync.apply(staged).audit_alarm == ""
    assert county.audit.verify().ok and township.audit.verify().ok


def test_a_rewritten_log_raises_the_alarm_and_the_import_goes_in(demo, tmp_path):
    county, township = demo.county, demo.township
    c_id, t_id = county.installation_id, township.installation_id
    county.sync.import_bundle(demo.to_county)
    sent_seq = _sent_head(township, c_id, 1)[0]
    # Remove a change set the county has seen the head after, and cover it up.
    victim, = _sql(township, "SELECT id FROM changeset WHERE seq = ?", (sent_seq - 1,))[0]
    _sql(township, "DELETE FROM change_log WHERE changeset_id = ?", (victim,))
    _sql(township, "DELETE FROM changeset WHERE id = ?", (victim,))
    _rechain(township, sent_seq - 1)
    assert township.audit.verify().ok                 # the township's own check cannot see it
    vid = _edit(township, "改过的记录")
    bundle = township.sync.export_bundle(c_id, tmp_path / "t2.vdbundle")

    staged = county.sync.stage(bundle.path)
    today = datetime.now(timezone.utc).date().isoformat()
    assert staged.summary.audit_alarm == (f"The township's audit trail does not continue from the one it sent on "
                                          f"{today}: entries may have been removed.")
    summary = county.sync.apply(staged)
    assert summary.state is BundleState.IMPORTED and summary.audit_alarm == staged.summary.audit_alarm
    assert county.villages.open_file(vid).facts.note == "改过的记录"      # the data went in
    seq, link, alarm = _peer_audit(county, t_id)
    assert (seq, link) == _sent_head(township, c_id, 2) and alarm == summary.audit_alarm
    # The alarm stays with the peer; the next bundle, continuing, raises none.
    _edit(township, "之后")
    later = township.sync.export_bundle(c_id, tmp_path / "t3.vdbundle")
    assert county.sync.import_bundle(later.path).audit_alarm == ""
    assert _peer_audit(county, t_id)[2] == summary.audit_alarm
    # The county's list of townships (window and `enrol list`) shows it too.
    assert county.sync.peer(t_id).audit_alarm == summary.audit_alarm


def test_a_log_shorter_than_the_head_sent_raises_the_alarm(demo, tmp_path):
    county, township = demo.county, demo.township
    c_id = county.installation_id
    county.sync.import_bundle(demo.to_county)
    sent_seq = _sent_head(township, c_id, 1)[0]
    for cs_id, in _sql(township, "SELECT id FROM changeset WHERE seq >= ?", (sent_seq - 2,)):
        _sql(township, "DELETE FROM change_log WHERE changeset_id = ?", (cs_id,))
        _sql(township, "DELETE FROM changeset WHERE id = ?", (cs_id,))
    _sql(township, "DELETE FROM local_meta WHERE key = ?", (AUDIT_HEAD,))   # the cut covered up as well
    assert township.audit.verify().ok
    bundle = township.sync.export_bundle(c_id, tmp_path / "t2.vdbundle")   # its own change set is seq sent_seq - 2
    staged = county.sync.stage(bundle.path)
    assert staged.audit.seq < sent_seq and staged.audit.links == ()
    assert "does not continue" in staged.summary.audit_alarm
    staged.close()


def test_a_late_bundle_is_not_checked_against_a_newer_head(demo, tmp_path):
    county, township = demo.county, demo.township
    c_id, t_id = county.installation_id, township.installation_id
    county.sync.import_bundle(demo.to_county)
    _edit(township, "二")
    second = township.sync.export_bundle(c_id, tmp_path / "t2.vdbundle")
    _edit(township, "三")
    third = township.sync.export_bundle(c_id, tmp_path / "t3.vdbundle")
    assert county.sync.import_bundle(third.path).audit_alarm == ""
    held = _peer_audit(county, t_id)
    late = county.sync.import_bundle(second.path)
    assert late.state is BundleState.IMPORTED and late.audit_alarm == ""
    assert _peer_audit(county, t_id) == held
    assert _sql(county, "SELECT audit_seq FROM sync_bundle WHERE direction = 'in' AND sequence = 2")[0][0] == \
        _sent_head(township, c_id, 2)[0]


def test_a_format_1_bundle_is_still_read(demo, tmp_path):
    """What an earlier VillageDesk sent: the same records, a version 1
    manifest, no audit head. It goes in, and nothing is held or alarmed."""
    county, township = demo.county, demo.township
    t_id = township.installation_id
    staged = county.sync.stage(demo.to_county)
    header = {k: v for k, v in staged.header.items() if k not in ("payload", "encryption")}
    payload = tmp_path / "v1.zip"
    with PayloadWriter(payload, header["bundle_id"]) as writer:
        for table, _ in staged.payload.tables():
            writer.add_records(table, (record for _, record in staged.payload.records(table)))
        for item in staged.payload.manifest["files"]:
            source = tmp_path / item["sha256"]
            staged.payload.extract_file(item["sha256"], source)
            writer.add_file(item["sha256"], source)
        assert writer.finish([])["version"] == 1
    staged.close()
    old = tmp_path / "v1.vdbundle"
    write_bundle(old, header, payload, signing_private=township.sync.keys().signing_private,
                 recipient_encryption_public=county.sync.keys().encryption_public)
    summary = county.sync.import_bundle(old)
    assert summary.state is BundleState.IMPORTED and summary.audit_alarm == "" and summary.has_changes
    assert _peer_audit(county, t_id) == (None, "", "")
    assert _sql(county, "SELECT audit_seq, audit_hash FROM sync_bundle WHERE direction = 'in'") == [(None, "")]


# -- the continuity rule alone ---------------------------------------------------

A, B, C, D = ("a" * 64, "b" * 64, "c" * 64, "d" * 64)


@pytest.mark.parametrize("held, audit, ok", [
    (None, AuditHead(5, A, 5), True),                                       # a first bundle
    ((5, A), AuditHead(5, A, 5), True),                                     # nothing written since
    ((5, A), AuditHead(5, B, 5), False),                                    # the same seq, another hash
    ((5, A), AuditHead(7, C, 5, ((6, A, B), (7, B, C))), True),
    ((5, A), AuditHead(7, C, 5, ((6, D, B), (7, B, C))), False),            # does not start at our head
    ((6, B), AuditHead(7, C, 5, ((6, A, B), (7, B, C))), True),             # our head is one of the links
    ((6, D), AuditHead(7, C, 5, ((6, A, B), (7, B, C))), False),
    ((5, A), AuditHead(7, C, 5, ((6, A, B), (7, D, C))), False),            # links that do not hang together
    ((5, A), AuditHead(7, D, 5, ((6, A, B), (7, B, C))), False),            # links that end elsewhere
    ((5, A), AuditHead(4, A, 4), False),                                    # the sender's log went back
    ((3, A), AuditHead(7, C, 5, ((6, A, B), (7, B, C))), False),            # links that do not reach back
    ((5, A), AuditHead(7, C, 5), False),                                    # links missing
    (None, AuditHead(7, C, 5), False),
])
def test_continuity(held, audit, ok):
    assert continues(held, audit) is ok


# -- the links in the payload -------------------------------------------------------

def _v2(entries, **audit):
    meta = {"seq": 7, "hash": C, "since": 5, "links": len(entries), "sha256": None, **audit}
    data = b"".join(canonical_json(list(link)) + b"\n" for link in entries)
    import hashlib

    meta["sha256"] = meta["sha256"] or hashlib.sha256(data).hexdigest()
    return _zip(GOOD + [("audit/links.jsonl", data)], _good_manifest(version=2, audit=meta))


def test_links_read_back_as_written(tmp_path):
    with PayloadWriter(tmp_path / "p.zip", BUNDLE) as writer:
        writer.add_records("village", [])
        manifest = writer.finish([], AuditHead(7, C, 5, ((6, A, B), (7, B, C))))
    assert manifest["version"] == 2 and manifest["audit"]["links"] == 2
    with open_payload(tmp_path / "p.zip", BUNDLE) as payload:
        assert payload.audit() == AuditHead(7, C, 5, ((6, A, B), (7, B, C)))
    path = tmp_path / "hand.zip"
    path.write_bytes(_v2([(6, A, B), (7, B, C)]))
    with open_payload(path, BUNDLE) as payload:
        assert payload.audit().links == ((6, A, B), (7, B, C))


@pytest.mark.parametrize("make, says", [
    (lambda: _v2([(6, A, B)], links=2), "do not match the manifest"),
    (lambda: _v2([(6, A, B), (7, B, C)], sha256="0" * 64), "do not match the manifest"),
    (lambda: _v2([(7, B, C), (6, A, B)]), "line 2 of the audit links"),
    (lambda: _v2([(5, A, B)]), "line 1 of the audit links"),                 # not after `since`
    (lambda: _v2([(8, A, B)]), "line 1 of the audit links"),                 # beyond the head
    (lambda: _v2([(6, "x", B)]), "line 1 of the audit links"),
    (lambda: _v2([], since=8), "audit head is not valid"),
    (lambda: _v2([], hash="nope"), "audit head is not valid"),
    (lambda: _v2([], links=3), "audit head is not valid"),                   # more links than change sets
    (lambda: _zip(GOOD + [("audit/links.jsonl", b"")]), "audit/links.jsonl is not in the manifest"),
    (lambda: _zip(GOOD, _good_manifest(version=2, audit={"seq": 1, "hash": A, "since": 1, "links": 0,
                                                         "sha256": A})), "names audit/links.jsonl, which is missing"),
])
def test_bad_links_are_refused(tmp_path, make, says):
    path = tmp_path / "p.zip"
    path.write_bytes(make())
    with pytest.raises(BundleRejected) as err:
        with open_payload(path, BUNDLE) as payload:
            _unpack(path, tmp_path)
            payload.audit()
    assert err.value.reason is Reason.BAD_ARCHIVE and says in err.value.message
