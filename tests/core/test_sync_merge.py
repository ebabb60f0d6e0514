"""Merging records (docs/sync-format.md §6), case by case: clocks, every
order, every step of the winner rule, column owners, silent merges, and the
same resulting row whichever side decides."""

import pytest

from desktop.core.sync_merge import (
    APPLY_ORDER,
    FIELD_OWNERS,
    OWNERS,
    Order,
    clock_of,
    compare,
    decide,
    merge_clocks,
    next_clock,
    record_hash,
    result_of,
    stored_clock,
)

COUNTY = "0192a000-0000-7000-8000-0000000000cc"
T1 = "0192a000-0000-7000-8000-0000000000a1"
T2 = "0192a000-0000-7000-8000-0000000000a2"
ROW = "0192a000-0000-7000-8000-000000000001"


def is_county(installation_id):
    return installation_id == COUNTY


def rec(clock, by, at="2026-11-01T08:00:00+00:00", deleted=False, **content):
    """A village record written last by `by`."""
    return {"id": ROW, "row_version": sum(clock.values()), "updated_at": at, "installation_id": by,
            "deleted": deleted, "sync_clock": dict(clock),
            **{"name_zh": "扎西岗村", "note": "", "rating": None, "population": 820, **content}}


def both_ways(entity, a, b):
    """The row each machine ends with: a here deciding b, b there deciding a."""
    one, two = decide(entity, a, b, is_county), decide(entity, b, a, is_county)
    return one, two, result_of(one), result_of(two)


# -- clocks ----------------------------------------------------------------

def test_the_empty_stored_clock_is_the_single_writers_versions():
    assert clock_of("", T1, 3) == {T1: 3}
    assert stored_clock({T1: 3}, T1, 3) == ""
    assert stored_clock({T1: 3}, T2, 3) != ""          # written last by another: spelled out
    assert clock_of(stored_clock({T1: 2, T2: 1}, T2, 3), T2, 3) == {T1: 2, T2: 1}
    assert stored_clock({T2: 1, T1: 2}, T2, 3) == '{"%s":2,"%s":1}' % (T1, T2)   # canonical: sorted keys


def test_a_write_adds_one_to_the_writers_entry_and_the_version_is_the_sum():
    assert next_clock("", T1, 1, T1) == ("", 2)
    stored, version = next_clock("", T1, 2, T2)
    assert (clock_of(stored, T2, version), version) == ({T1: 2, T2: 1}, 3)
    stored, version = next_clock(stored, T2, version, T1)
    assert (clock_of(stored, T1, version), version) == ({T1: 3, T2: 1}, 4)


@pytest.mark.parametrize("ours, theirs, order", [
    ({T1: 2}, {T1: 2}, Order.EQUAL),
    ({T1: 2, T2: 1}, {T2: 1, T1: 2}, Order.EQUAL),
    ({T1: 2}, {T1: 1}, Order.OLDER),
    ({T1: 2, T2: 1}, {T1: 2}, Order.OLDER),
    ({T1: 1}, {T1: 2}, Order.NEWER),
    ({T1: 1}, {T1: 1, COUNTY: 1}, Order.NEWER),
    ({T1: 2}, {T1: 1, COUNTY: 1}, Order.CONCURRENT),
    ({T1: 1, T2: 1}, {T1: 1, COUNTY: 1}, Order.CONCURRENT),
])
def test_compare_every_order(ours, theirs, order):
    assert compare(ours, theirs) is order
    mirrored = {Order.OLDER: Order.NEWER, Order.NEWER: Order.OLDER}.get(order, order)
    assert compare(theirs, ours) is mirrored


def test_merge_clocks_takes_the_entrywise_maximum():
    assert merge_clocks({T1: 3, T2: 1}, {T1: 1, COUNTY: 2}) == {T1: 3, T2: 1, COUNTY: 2}


def test_tables_owners_and_apply_order():
    assert set(OWNERS) == set(APPLY_ORDER) and len(APPLY_ORDER) == 20
    assert {t for t, o in OWNERS.items() if o == "county"} == \
        {"admin_unit", "checklist_template", "warning_policy", "village_rating", "acceptance_review"}
    assert {t for t, o in OWNERS.items() if o == "both"} == {"plan", "plan_item"}
    assert FIELD_OWNERS == {"village": {"rating": "county"}}
    assert APPLY_ORDER.index("village") < APPLY_ORDER.index("inspection") < APPLY_ORDER.index("village_warning")


# -- the kinds ---------------------------------------------------------------

def test_no_row_here_is_new():
    theirs = rec({T1: 1}, T1)
    d = decide("village", None, theirs, is_county)
    assert (d.kind, d.row, d.lost) == ("new", theirs, None)


def test_equal_clocks_are_unchanged_and_older_ones_ignored():
    ours = rec({T1: 2}, T1, note="b")
    assert decide("village", ours, rec({T1: 2}, T1, note="b"), is_county).kind == "unchanged"
    d = decide("village", ours, rec({T1: 1}, T1, note="a"), is_county)
    assert (d.kind, d.row, result_of(d)) == ("older", None, ours)


def test_a_newer_record_is_written_as_it_came_and_a_newer_tombstone_is_a_delete():
    ours = rec({T1: 1}, T1)
    theirs = rec({T1: 1, COUNTY: 1}, COUNTY, rating="advanced")
    d = decide("village", ours, theirs, is_county)
    assert (d.kind, d.row) == ("changed", theirs)
    gone = rec({T1: 2}, T1, deleted=True)
    assert decide("village", ours, gone, is_county).kind == "deleted"
    # A newer live version of a row deleted here brings it back: a change.
    assert decide("village", gone, rec({T1: 3}, T1), is_county).kind == "changed"


def test_concurrent_versions_with_the_same_content_merge_silently_with_both_clocks():
    a = rec({T1: 1, T2: 1}, T2, at="2026-11-01T09:00:00+00:00", note="同")
    b = rec({T1: 1, COUNTY: 1}, COUNTY, at="2026-11-01T10:00:00+00:00", note="同")
    one, two, r1, r2 = both_ways("village", a, b)
    assert one.kind == two.kind == "merged" and one.lost is None
    assert r1 == r2
    assert r1["sync_clock"] == {T1: 1, T2: 1, COUNTY: 1} and r1["row_version"] == 3
    assert r1["installation_id"] == T2      # the township's version (it owns villages) carries the row


def test_a_delete_against_an_edit_is_a_conflict_not_a_silent_merge():
    a = rec({T1: 2}, T1, deleted=True)
    b = rec({T1: 1, COUNTY: 1}, COUNTY)
    assert decide("village", a, b, is_county).kind == "conflict"


# -- the winner, rule by rule --------------------------------------------------

def test_owner_rule_the_owners_side_wins_even_when_older():
    township = rec({T1: 2}, T1, at="2026-11-01T08:00:00+00:00", note="township")
    county = rec({T1: 1, COUNTY: 1}, COUNTY, at="2026-11-02T08:00:00+00:00", note="county")
    one, two, r1, r2 = both_ways("village", township, county)
    assert one.kind == two.kind == "conflict" and one.rule == two.rule == "owner"
    assert r1 == r2 and r1["note"] == "township"
    assert one.lost == county and two.lost == county and one.kept == two.kept == r1
    # A county-owned table: the county's version wins.
    t = {**township, "name_zh": "白依乡"}
    c = {**county, "name_zh": "白依镇"}
    one, two, r1, r2 = both_ways("admin_unit", t, c)
    assert one.rule == "owner" and r1 == r2 and r1["name_zh"] == "白依镇"


def test_time_rule_when_both_are_on_the_same_side_or_the_table_is_shared():
    early = rec({T1: 1, T2: 1}, T2, at="2026-11-01T08:00:00+00:00", note="early")
    late = rec({T1: 2}, T1, at="2026-11-01T08:00:00.000001+00:00", note="late")
    one, two, r1, r2 = both_ways("village", early, late)
    assert one.rule == two.rule == "time" and r1 == r2 and r1["note"] == "late"
    # Plans belong to both: a county version does not win by owner, time decides.
    county_early = rec({T1: 1, COUNTY: 1}, COUNTY, at="2026-11-01T07:00:00+00:00", note="county")
    one, two, r1, r2 = both_ways("plan", late, county_early)
    assert one.rule == "time" and r1 == r2 and r1["note"] == "late"


def test_clock_rule_then_installation_then_hash():
    at = "2026-11-01T08:00:00+00:00"
    bigger = rec({T1: 2, T2: 1}, T1, at=at, note="bigger")
    smaller = rec({T1: 1, COUNTY: 1}, COUNTY, at=at, note="smaller")
    one, two, r1, r2 = both_ways("plan", bigger, smaller)
    assert one.rule == "clock" and r1 == r2 and r1["note"] == "bigger"

    by_t2 = rec({T1: 1, T2: 1}, T2, at=at, note="t2")
    by_t1 = rec({T1: 2}, T1, at=at, note="t1")
    one, two, r1, r2 = both_ways("plan", by_t2, by_t1)
    assert one.rule == two.rule == "installation" and r1 == r2 and r1["note"] == "t2"   # a2 > a1

    # The same installation, time and sum, concurrent (a restored database): the hash decides.
    x = rec({T1: 1, T2: 1}, T1, at=at, note="x")
    y = rec({T1: 1, COUNTY: 1}, T1, at=at, note="y")
    one, two, r1, r2 = both_ways("plan", x, y)
    assert one.rule == two.rule == "hash" and r1 == r2
    expected = "x" if record_hash(x) > record_hash(y) else "y"
    assert r1["note"] == expected


def test_times_compare_as_times_not_as_text():
    # "…00+00:00" sorts before "…00.5+00:00" as text too, but an offset of
    # another spelling must not decide by its characters.
    a = rec({T1: 2}, T1, at="2026-11-01T08:00:00.500000+00:00", note="a")
    b = rec({T1: 1, T2: 1}, T2, at="2026-11-01T08:00:01+00:00", note="b")
    _, _, r1, r2 = both_ways("plan", a, b)
    assert r1 == r2 and r1["note"] == "b"


# -- column owners -----------------------------------------------------------

def test_the_county_owned_rating_survives_the_townships_winning_version():
    township = rec({T1: 2}, T1, note="新村规", rating=None)
    county = rec({T1: 1, COUNTY: 1}, COUNTY, note="", rating="backward")
    one, two, r1, r2 = both_ways("village", township, county)
    assert one.kind == two.kind == "conflict" and one.rule == "owner"
    assert r1 == r2
    assert (r1["note"], r1["rating"], r1["installation_id"]) == ("新村规", "backward", T1)
    assert r1["sync_clock"] == {T1: 2, COUNTY: 1} and r1["row_version"] == 3


def test_a_rating_from_two_townships_stays_the_winners():
    a = rec({T1: 2}, T1, at="2026-11-01T08:00:00+00:00", rating="advanced")
    b = rec({T1: 1, T2: 1}, T2, at="2026-11-01T09:00:00+00:00", rating="ordinary")
    _, _, r1, r2 = both_ways("village", a, b)
    assert r1 == r2 and r1["rating"] == "ordinary"


# -- determinism over many pairs -----------------------------------------------

@pytest.mark.parametrize("entity", ["village", "plan", "admin_unit", "problem"])
def test_either_side_deciding_ends_with_the_same_row(entity):
    installations = (T1, T2, COUNTY)
    times = ("2026-11-01T08:00:00+00:00", "2026-11-01T09:00:00+00:00")
    versions = []
    for i, by in enumerate(installations):
        for at in times:
            for clock in ({T1: 1, by: 1} if by != T1 else {T1: 2}, {T1: 1, T2: 1, COUNTY: 1}, {by: 3}):
                if by not in clock:
                    continue
                for note in ("x", "y"):
                    versions.append(rec(clock, by, at=at, note=note, rating=["advanced", None][i % 2]))
    for a in versions:
        for b in versions:
            if compare(a["sync_clock"], b["sync_clock"]) is Order.EQUAL and a != b:
                continue    # one clock, one version: two contents cannot share it
            one, two, r1, r2 = both_ways(entity, a, b)
            assert r1 == r2, (a, b)
            if one.kind == "conflict":
                assert two.kind == "conflict" and one.lost == two.lost and one.rule == two.rule


def test_an_owned_column_comes_from_the_version_that_has_seen_more_of_its_owners_writes():
    """The county rated a village (y) while the township changed its note
    (x1) and then its note and households (x2). The county merges x1 first
    (m1: the township's row, the county's rating), then x2; the township,
    holding x2, merges the county's y, sent before m1 was made. Both must
    end with the county's rating: m1 was written last by the township, but
    it has seen the county's second write and x2 has not."""
    y = rec({T1: 1, COUNTY: 1}, COUNTY, at="2026-11-01T08:00:00+00:00", rating="advanced")
    x1 = rec({T1: 2}, T1, at="2026-11-01T09:00:00+00:00", note="乙")
    x2 = rec({T1: 3}, T1, at="2026-11-01T10:00:00+00:00", note="甲", population=821)
    m1 = result_of(decide("village", y, x1, is_county))
    assert (m1["rating"], m1["note"], m1["installation_id"]) == ("advanced", "乙", T1)
    at_county = result_of(decide("village", m1, x2, is_county))
    at_township = result_of(decide("village", x2, y, is_county))
    assert at_county == at_township
    assert (at_county["rating"], at_county["note"], at_county["population"]) == ("advanced", "甲", 821)
    # And a later rating by the county is newer than one a merged row carries.
    y2 = rec({T1: 1, COUNTY: 2}, COUNTY, at="2026-11-01T11:00:00+00:00", rating="backward")
    assert result_of(decide("village", at_county, y2, is_county))["rating"] == "backward"
    assert result_of(decide("village", y2, at_county, is_county))["rating"] == "backward"


def test_a_merged_row_met_by_a_later_version_of_its_winner_is_no_conflict():
    """The county merged the township's x1 over its own rating y (m1: the
    township's installation and note, the county's rating; a conflict
    listed at the county for y). The township's later x2 has seen x1 but
    not y, so its clock and m1's are concurrent, and both name the
    township: the only version that lost is y, listed already. x2 is
    written, the rating kept, and no second conflict "township against
    township" is listed, on either side."""
    y = rec({T1: 1, COUNTY: 1}, COUNTY, at="2026-11-01T08:00:00+00:00", rating="advanced")
    x1 = rec({T1: 2}, T1, at="2026-11-01T09:00:00+00:00", note="乙")
    x2 = rec({T1: 3}, T1, at="2026-11-01T10:00:00+00:00", note="甲")
    first = decide("village", y, x1, is_county)
    assert first.kind == "conflict" and first.lost == y
    m1 = result_of(first)
    at_county, at_township = decide("village", m1, x2, is_county), decide("village", x2, m1, is_county)
    assert at_county.kind == at_township.kind == "changed"
    assert at_county.lost is None and at_township.lost is None
    assert result_of(at_county) == result_of(at_township)
    assert (result_of(at_county)["note"], result_of(at_county)["rating"]) == ("甲", "advanced")
    assert result_of(at_county)["sync_clock"] == {T1: 3, COUNTY: 1}
    # Its later version deleting the row is still a delete against the county's edit.
    gone = {**x2, "deleted": True}
    assert decide("village", m1, gone, is_county).kind == decide("village", gone, m1, is_county).kind == "conflict"
    # A version of the same installation that has not seen the other (a restored database) is one too.
    again = rec({T1: 2, T2: 1}, T1, at="2026-11-01T10:00:00+00:00", note="丙")
    assert decide("village", m1, again, is_county).kind == "conflict"
