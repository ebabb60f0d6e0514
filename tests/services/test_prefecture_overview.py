"""The prefecture overview: per county and in total, the same figures as
the dashboard's for that county, counted by the database. On SQLite, and
on PostgreSQL with VILLAGEDESK_TEST_PG (the `workspace` fixture)."""

from datetime import date, timedelta

import pytest

from desktop.core.errors import VillageDeskError
from desktop.core.ledger import deadline_colour
from desktop.core.ledger_terms import CampaignStatus
from desktop.core.ledger_terms import ProblemStatus as S
from desktop.core.prefecture import deadline_cuts
from desktop.core.records import AdminUnit
from desktop.core.terms import AdminLevel, TownshipKind, WarningColour
from desktop.services.demo import fill_demo
from desktop.services.prefecture import PrefectureOverviewService
from tests.conftest import TODAY
from tests.services.test_campaign import _problem
from tests.services.test_inspections import _village


@pytest.fixture
def hub(workspace):
    """Three demo counties (15, 15 and 2 townships), a township under no
    county with an unassessed village and an overdue problem, a deleted
    village, a deleted problem and deadlines on the colour lines."""
    fill_demo(workspace, villages=60, townships=32, seed=3)
    loose = AdminUnit(id="00000000-0000-7000-8000-0000000000f1", row_version=0, level=AdminLevel.TOWNSHIP,
                      parent_id=None, code="513336100", name_zh="白依乡", name_bo="པད་ཡུལ་ཤང་།",
                      kind=TownshipKind.TOWNSHIP)
    workspace.units.create(loose)
    village = _village(workspace, loose, "白依村", "513336100201")
    workspace.ledger.add(_problem(village, deadline=date(2026, 10, 1)))
    county = workspace.units.counties()[0]
    in_county = workspace.dashboard.scope(county.id)
    workspace.villages.delete(in_county[0])
    mistaken, _ = workspace.ledger.add(_problem(in_county[1]))
    workspace.ledger.delete(mistaken)
    # Deadlines on each side of the overdue and due-soon lines, and none.
    days = workspace.ledger.due_soon_days()
    for deadline in (TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=days),
                     TODAY + timedelta(days=days + 1), None):
        workspace.ledger.add(_problem(in_county[2], found_on=date(2026, 9, 1), deadline=deadline))
    return workspace


def test_deadlines_colour_alike_within_each_band():
    """The database counts open problems by band of deadline; the bands
    must be where `deadline_colour` changes, and nowhere else."""
    days = 14
    before, last = deadline_cuts(TODAY, days)
    bands = {}
    for offset in range(-60, 60):
        deadline = TODAY + timedelta(days=offset)
        band = 0 if deadline < before else 1 if deadline <= last else 2
        for status in S:
            colour = deadline_colour(status, deadline, TODAY, days)
            assert bands.setdefault((status, band), colour) == colour, (status, deadline)
    assert {bands[S.OPEN, b] for b in range(3)} == set(WarningColour)


def _dashboard_row(d):
    return (len(d.village_ids), {c: len(ids) for c, ids in d.by_colour.items()}, len(d.campaign_ids),
            {s: len(ids) for s, ids in d.by_status.items()}, d.problems)


def _row(f):
    return f.villages, f.by_colour, f.campaign, f.by_status, f.problems


def test_each_county_agrees_with_its_dashboard(hub):
    overview = PrefectureOverviewService(hub).figures()
    counties = hub.units.counties()
    assert len(counties) == 3
    assert {f.county.id for f in overview.counties} == {c.id for c in counties} | {None}
    for f in overview.counties:
        if f.county.id is None:
            assert (f.villages, f.by_colour[None], f.problems.found, f.problems.overdue) == (1, 1, 1, 1)
            continue
        assert _row(f) == _dashboard_row(hub.dashboard.figures(f.county.id)), f.county.name_zh
        assert f.townships == sum(1 for t in hub.units.townships() if t.parent_id == f.county.id)
    assert _row(overview.total) == _dashboard_row(hub.dashboard.figures())
    assert overview.total.townships == 33
    # The demo gives this mix: every kind of figure is really exercised.
    total = overview.total
    assert total.villages == 60 and total.by_colour[WarningColour.RED] > 0
    assert all(total.by_status[s] > 0 for s in CampaignStatus)
    assert 0 < total.problems.closed < total.problems.solved < total.problems.found


def test_a_prefecture_or_a_county_by_id_or_code(hub):
    service = PrefectureOverviewService(hub)
    everything = service.figures()
    prefecture = hub.units.counties()[0].parent_id
    by_prefecture = service.figures(prefecture)
    assert by_prefecture.unit_id == prefecture
    # The township under no county is not in the prefecture.
    assert [f.county.id for f in by_prefecture.counties] == [f.county.id for f in everything.counties
                                                              if f.county.id is not None]
    assert by_prefecture.total.villages == everything.total.villages - 1
    county = everything.counties[1]
    one = service.figures(county.county.code)
    assert [f.county.id for f in one.counties] == [county.county.id] and one.unit_id == county.county.id
    assert _row(one.total) == _row(county)
    township = hub.units.townships()[0]
    with pytest.raises(VillageDeskError, match="by county"):
        service.figures(township.id)
    with pytest.raises(VillageDeskError, match="No prefecture or county"):
        service.figures("000000000000")


def test_moves_on_the_ledger_show_at_once(hub):
    service = PrefectureOverviewService(hub)
    county = service.figures().counties[0]
    village = hub.dashboard.scope(county.county.id)[0]
    pid, _ = hub.ledger.add(_problem(village))
    hub.ledger.move(pid, None, S.IN_PROGRESS, on=date(2026, 11, 1))
    hub.ledger.move(pid, None, S.SOLVED, "新发展党员2名", on=date(2026, 11, 20))
    after = next(f for f in service.figures().counties if f.county.id == county.county.id)
    assert after.problems.found == county.problems.found + 1
    assert after.problems.solved == county.problems.solved + 1
    assert after.problems.closed == county.problems.closed
    assert _row(after) == _dashboard_row(hub.dashboard.figures(county.county.id))


def test_problems_are_counted_from_their_index(workspace, db_target):
    """The count per county reads ix_problem_tally alone (migration 0008),
    not the problem table: on SQLite beside each village, on PostgreSQL an
    index-only scan."""
    from desktop.core.ids import new_id
    from desktop.storage.prefecture import problem_tally
    from tests.raw_sql import execute

    fill_demo(workspace, villages=20, townships=16, seed=5)
    villages = workspace.dashboard.scope()
    rows = [{"id": new_id(), "village_id": villages[i % len(villages)], "description": "村两委班子不团结，议事推诿扯皮，" * 4,
             "category": "B", "aspect": None, "weakness": 0, "source": "other", "source_ref": "",
             "inspection_id": None, "indicator_code": None, "found_on": date(2026, 1, 1),
             "deadline": TODAY + timedelta(days=i % 90 - 30), "responsible_leader": "", "responsible_person": "",
             "status": list(S)[i % 5].value, "status_on": date(2026, 1, 1), "closed_by": "",
             "reopen_count": i % 7 == 0, "note": ""} for i in range(20_000)]
    with workspace.db.write(workspace.actor, "demo.fill") as w:
        w.insert_many("problem", rows)
    if workspace.path is not None:
        execute(workspace, "ANALYZE")
    else:
        _vacuum_until_all_visible(str(db_target), "problem")
    with workspace.db.read() as r:
        sql = str(problem_tally(None, deadline_cuts(TODAY, 14)).compile(
            dialect=r.conn.dialect, compile_kwargs={"literal_binds": True}))
        if r.conn.dialect.name == "sqlite":
            plan = " | ".join(row[3] for row in r.conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "USING INDEX ix_problem_tally" in plan, plan
            assert "SCAN problem" not in plan or "SCAN problem USING INDEX ix_problem_tally" in plan, plan
        else:
            plan = " | ".join(row[0] for row in r.conn.exec_driver_sql("EXPLAIN " + sql))
            assert "Index Only Scan using ix_problem_tally" in plan, plan
    assert PrefectureOverviewService(workspace).figures().total.problems == workspace.dashboard.figures().problems


def _vacuum_until_all_visible(url, table, seconds=30):
    """What autovacuum does on a hub: statistics and the visibility map an
    index-only scan needs. VACUUM marks a page all-visible only when no
    snapshot anywhere in the database predates its rows, and an autovacuum
    worker's ANALYZE on this fresh database can hold one for a moment; so
    vacuum again until every page is marked, as autovacuum would next round."""
    import time

    from sqlalchemy import create_engine

    from desktop.storage.engines import server_url

    engine = create_engine(server_url(url), isolation_level="AUTOCOMMIT")
    deadline = time.monotonic() + seconds
    try:
        with engine.connect() as conn:
            while True:
                conn.exec_driver_sql(f"VACUUM ANALYZE {table}")
                pages, visible = conn.exec_driver_sql(
                    "SELECT relpages, relallvisible FROM pg_class WHERE relname = %s", (table,)).one()
                if visible == pages:
                    return
                assert time.monotonic() < deadline, f"{visible} of {pages} pages all-visible after {seconds} s"
    finally:
        engine.dispose()
