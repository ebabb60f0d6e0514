"""Convergence through real bundles (issue 6, "Done means"): a county and
two townships edit through the services, make bundle files for each other
and import them in random orders, some twice, some never; after a last
round of exchanges all three hold the same villages, ratings and support
log, and every conflict is listed on the side whose version lost.

(`tests/storage/test_sync_convergence.py` checks the same at the storage
level with many more steps per example, record by record.)
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core.ids import new_id
from desktop.core.ledger_terms import ActivityKind
from desktop.core.query import VillageQuery
from desktop.core.support import ActivityRecord
from desktop.core.terms import Rating
from desktop.services.demo import fill_demo
from desktop.services.workspace import Workspace
from desktop.storage.engines import is_server

pytestmark = pytest.mark.slow

NAMES = ("C", "TA", "TB")
PAIRS = (("TA", "C"), ("C", "TA"), ("TB", "C"), ("C", "TB"))
NOTES = ("", "已整改", "待核实", "县里要求补材料")
RATINGS = (Rating.ADVANCED, Rating.ORDINARY, Rating.BACKWARD)


def _target(folder: Path, name: str, county):
    """The county on module_db_target (a hub on the server in the PostgreSQL pass), townships in files."""
    return county if name == "C" else folder / f"{name}.sqlite3"


@contextlib.contextmanager
def _county_copy(county, folder: Path):
    if is_server(str(county)):
        from tests.pg_databases import new_database, template_of

        with new_database(template_of(str(county))) as url:
            yield url
    else:
        yield folder / county.name


@pytest.fixture(scope="module")
def template(tmp_path_factory, module_db_target) -> tuple[Path, object]:
    """A county with two townships of four villages, each township started
    from the county's full bundle."""
    folder = tmp_path_factory.mktemp("converge")
    if not is_server(str(module_db_target)):
        module_db_target = folder / "C.sqlite3"
    ws = {n: Workspace.open(_target(folder, n, module_db_target), actor=n) for n in NAMES}
    fill_demo(ws["C"], villages=8, townships=2, seed=5)
    townships = ws["C"].units.townships()
    ws["C"].sync.setup("county", ws["C"].units.counties()[0].code)
    ws["TA"].sync.setup("township", townships[0].code)
    ws["TB"].sync.setup("township", townships[1].code)
    for a, b in (("TA", "C"), ("TB", "C")):
        for x, y in ((a, b), (b, a)):
            path = ws[x].sync.export_enrolment(folder / f"{x}-{y}.vdenrol")
            ws[y].sync.enrol(path, ws[x].sync.identity().fingerprint)
    for t in ("TA", "TB"):
        first = ws["C"].sync.export_bundle(ws[t].installation_id, folder / f"first-{t}.vdbundle", full=True)
        ws[t].sync.import_bundle(first.path)
    for w in ws.values():
        w.close()
    return folder, module_db_target


step = st.one_of(
    st.tuples(st.just("note"), st.sampled_from(NAMES), st.integers(0, 3), st.sampled_from(NOTES)),
    st.tuples(st.just("rate"), st.just("C"), st.integers(0, 7), st.sampled_from(RATINGS)),
    st.tuples(st.just("activity"), st.sampled_from(("TA", "TB")), st.integers(0, 3), st.just("")),
    st.tuples(st.just("send"), st.sampled_from(PAIRS), st.just(0), st.just("")),
    st.tuples(st.just("deliver"), st.integers(0, 5), st.booleans(), st.just("")),
)


def _villages(ws: Workspace) -> list[str]:
    """The township's own villages (its database may also hold a village of
    another township that one of its villages is paired with)."""
    unit = ws.sync.identity().unit_id
    return sorted(ws.villages.search(VillageQuery(township_id=unit)))


def _set_note(ws: Workspace, vid: str, note: str) -> None:
    original = ws.villages.open_file(vid)
    edited = original.copy()
    edited.facts.note = note
    ws.villages.save_file(original, edited)


def _state(ws: Workspace, villages: list[str]) -> dict:
    files = {v: ws.villages.open_file(v) for v in villages}
    return {
        "facts": {v: f.facts for v, f in files.items()},
        "ratings": {v: sorted((r.id, r.period, r.rating) for r in f.ratings) for v, f in files.items()},
        "support": sorted((a.id, a.village_id, a.summary, a.row_version) for a in ws.support.activities()
                          if a.village_id in villages),
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=4, max_size=14))
def test_county_and_townships_converge_through_bundles(template, tmp_path_factory, monkeypatch, steps):
    folder = tmp_path_factory.mktemp("run")
    # A server county keeps its sync folder in the data folder: one per example, as the files' are.
    monkeypatch.setenv("VILLAGEDESK_HOME", str(folder / "home"))
    source, county = template
    for path in source.iterdir():
        (shutil.copytree if path.is_dir() else shutil.copy2)(path, folder / path.name)
    with _county_copy(county, folder) as copy:
        _converge(folder, copy, steps)


def _converge(folder: Path, county, steps) -> None:
    ws = {n: Workspace.open(_target(folder, n, county), actor=n) for n in NAMES}
    try:
        ids = {n: ws[n].installation_id for n in NAMES}
        scope = {t: _villages(ws[t]) for t in ("TA", "TB")}
        everyone = scope["TA"] + scope["TB"]
        queue: list[tuple[str, Path]] = []
        made = 0
        for kind, who, number, value in steps:
            if kind == "note":
                village = (everyone if who == "C" else scope[who])[number % len(everyone if who == "C" else scope[who])]
                _set_note(ws[who], village, value)
            elif kind == "rate":
                ws["C"].warnings.set_rating(everyone[number], "2026", value)
            elif kind == "activity":
                ws[who].support.add(ActivityRecord(id=new_id(), row_version=0, village_id=scope[who][number],
                                                   kind=ActivityKind.VISIT, on=ws[who].today(), summary=f"走访{made}"))
            elif kind == "send":
                source, target = who
                made += 1
                result = ws[source].sync.export_bundle(ids[target], folder / f"b{made}.vdbundle")
                queue.append((target, result.path))
            elif kind == "deliver" and queue:
                target, path = queue[who % len(queue)] if isinstance(who, int) else queue[0]
                ws[target].sync.import_bundle(path)
                if not number:  # delivered once; otherwise it may come again
                    queue.remove((target, path))
        # The last round: every pair exchanges until nothing is left to send.
        for _ in range(3):
            for source, target in PAIRS:
                made += 1
                result = ws[source].sync.export_bundle(ids[target], folder / f"b{made}.vdbundle")
                ws[target].sync.import_bundle(result.path)
        for t in ("TA", "TB"):
            assert _state(ws["C"], scope[t]) == _state(ws[t], scope[t])
        # A conflict is listed where a version lost; the row kept is the same everywhere.
        for n in NAMES:
            for c in ws[n].sync.conflicts():
                assert c.lost_from != c.kept_from or c.lost_from == ids[n]
    finally:
        for w in ws.values():
            w.close()
