"""Schema changes are migrations, tested by upgrading a database made by the
previous schema with data in it."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine

from desktop.storage import Database
from desktop.storage import migrate
from desktop.core.terms import WarningColour


def test_revisions_list_matches_alembic_history():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    history = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert tuple(history) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD


def _engine(target):
    """A plain engine on the database, as Alembic's own tools connect."""
    from desktop.storage.engines import is_server, server_url

    return create_engine(server_url(str(target)) if is_server(str(target)) else f"sqlite:///{target}")


def test_migrations_build_exactly_the_models(db_target):
    """Autogenerate finds nothing to do: models and migrations agree (on a
    file, and on a server in the PostgreSQL pass)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    Database.open(db_target).close()
    engine = _engine(db_target)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = _same_but_deferrable(compare_metadata(ctx, SQLModel.metadata))
    engine.dispose()
    assert diff == []


def _same_but_deferrable(diff: list) -> list:
    """The diff without the references that differ only in being DEFERRABLE
    INITIALLY IMMEDIATE, which migration 0009 makes them on PostgreSQL (the
    import defers them to its commit; otherwise they are checked at once,
    exactly as the models' plain ones): each such pair is a remove_fk and an
    add_fk of the same columns and target."""
    def shape(fk):
        return (fk.table.name, tuple(fk.column_keys), fk.referred_table.name,
                tuple(e.column.name for e in fk.elements), fk.ondelete, fk.onupdate)

    removed = {shape(d[1]): d for d in diff if d[0] == "remove_fk" and d[1].deferrable and d[1].initially in (None, "IMMEDIATE")}
    added = {shape(d[1]): d for d in diff if d[0] == "add_fk" and not d[1].deferrable}
    paired = {id(removed[k]) for k in removed.keys() & added.keys()} | {id(added[k]) for k in removed.keys() & added.keys()}
    return [d for d in diff if id(d) not in paired]


def _database_at(path, revision):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, revision)
    engine.dispose()


ROW = "'2026-01-01 00:00:00.000000', 'inst-0001', 0"


def test_upgrade_0001_to_head_keeps_the_data_and_backs_up_first(db_path):
    _database_at(db_path, "0001")
    con = sqlite3.connect(db_path)
    con.executescript(f"""
        INSERT INTO local_meta VALUES ('installation_id', 'inst-0001');
        INSERT INTO admin_unit (id, row_version, updated_at, installation_id, deleted, parent_id, level, kind,
                                code, name_zh, name_bo, name_sort)
        VALUES ('t1', 1, {ROW}, NULL, 'township', 'township', '513336100', '白依乡', 'པད་ཡུལ་ཤང་།', 'bai yi xiang');
        INSERT INTO village (id, row_version, updated_at, installation_id, deleted, township_id, code, name_zh,
                             name_bo, name_sort, name_pinyin, kind, population, households, party_members,
                             party_org_type, weakness, paired_unit, paired_village_id, note, rating, warning)
        VALUES ('v1', 3, {ROW}, 't1', '513336100201', '扎西岗村', 'བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།', 'zha xi gang cun',
                'zhaxigangcun zxgc', 'village', 820, 190, 41, 'branch', 5, '县农业局', NULL, '', 'backward', 'red');
        INSERT INTO collective_income (id, row_version, updated_at, installation_id, deleted, village_id, year,
                                       amount_yuan, note)
        VALUES ('i1', 1, {ROW}, 'v1', 2025, 42000, '');
    """)
    con.commit()
    con.close()

    db = Database.open(db_path)
    try:
        assert db.migrated_from == "0001"
        assert db.installation_id == "inst-0001"
        with db.read() as r:
            facts = r.villages.facts("v1")
            assert (facts.name_zh, facts.population, facts.row_version, facts.rating.value) == \
                ("扎西岗村", 820, 3, "backward")
            assert [i.amount_yuan for i in r.villages.incomes("v1")] == [42000]
            assert r.people.posts_of_village("v1") == []   # the new tables exist and are empty
    finally:
        db.close()

    backup = db_path.with_name(db_path.name + ".before-0001.bak")
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT name_zh FROM village").fetchone() == ("扎西岗村",)
    con.close()


def test_a_failed_migration_leaves_the_database_as_it_was(db_path, monkeypatch):
    _database_at(db_path, "0001")

    def broken(conn, revision="head"):
        from sqlalchemy import text

        conn.execute(text("CREATE TABLE person (id TEXT)"))
        raise RuntimeError("power cut during migration")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(RuntimeError):
        Database.open(db_path)
    con = sqlite3.connect(db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "person" not in tables
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()


def test_upgrade_0002_to_0003_fills_the_search_columns(db_path):
    from desktop.core.query import VillageQuery

    _database_at(db_path, "0002")
    con = sqlite3.connect(db_path)
    con.executescript(f"""
        INSERT INTO local_meta VALUES ('installation_id', 'inst-0002');
        INSERT INTO admin_unit (id, row_version, updated_at, installation_id, deleted, parent_id, level, kind,
                                code, name_zh, name_bo, name_sort)
        VALUES ('t1', 1, {ROW}, NULL, 'township', 'township', '513336100', '白依乡', '', 'bai yi xiang');
        INSERT INTO village (id, row_version, updated_at, installation_id, deleted, township_id, code, name_zh,
                             name_bo, name_sort, name_pinyin, kind, population, households, party_members,
                             party_org_type, weakness, paired_unit, paired_village_id, note, rating, warning)
        VALUES ('v1', 1, {ROW}, 't1', '513336100201', '扎西岗村', 'བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།', 'zha xi gang cun',
                'zhaxigangcun zxgc', 'village', 820, 190, 41, 'branch', 0, '', NULL, '', NULL, NULL);
        INSERT INTO person (id, row_version, updated_at, installation_id, deleted, name_zh, name_bo, name_sort,
                            gender, birth_year, ethnicity, education, phone, party_member, unit, note)
        VALUES ('p1', 1, {ROW}, '卓玛', 'སྒྲོལ་མ།', 'zhuo ma', 'female', 1990, 'tibetan', NULL, '13800138000',
                1, '', '');
    """)
    con.commit()
    con.close()

    db = Database.open(db_path)
    try:
        assert db.migrated_from == "0002"
        with db.read() as r:
            for text in ("ZXGC", "扎西", "བཀྲ་ཤིས", "100201"):
                assert r.villages.search_ids(VillageQuery(text=text)) == ["v1"], text
            assert [p.id for p in r.people.find("138001")] == ["p1"]
            assert [p.id for p in r.people.find("zhuoma")] == ["p1"]   # pinyin filled by the migration
            assert [p.id for p in r.people.find("སྒྲོལ")] == ["p1"]
    finally:
        db.close()


def _assert_migration_backup(folder, revision):
    """The workspace puts the copy made before a migration into the backups' rotation."""
    backups = sorted((folder / "village.sqlite3.backups").glob("village.*.before-migration.*.sqlite3"))
    assert len(backups) == 1, backups
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    con.close()


def test_upgrade_0003_to_0004_keeps_the_warning_history_and_adds_inspections(db_path, tmp_path):
    _database_at(db_path, "0003")
    con = sqlite3.connect(db_path)
    con.executescript(f"""
        INSERT INTO local_meta VALUES ('installation_id', 'inst-0003');
        INSERT INTO admin_unit (id, row_version, updated_at, installation_id, deleted, parent_id, level, kind,
                                code, name_zh, name_bo, name_sort)
        VALUES ('t1', 1, {ROW}, NULL, 'township', 'township', '513336100', '白依乡', '', 'bai yi xiang');
        INSERT INTO village (id, row_version, updated_at, installation_id, deleted, township_id, code, name_zh,
                             name_bo, name_sort, search_text, kind, population, households, party_members,
                             party_org_type, weakness, paired_unit, paired_village_id, note, rating, warning)
        VALUES ('v1', 1, {ROW}, 't1', '513336100201', '扎西岗村', '', 'zha xi gang cun', '扎西岗村 zxgc',
                'village', 820, 190, 41, 'branch', 0, '', NULL, '', NULL, 'yellow');
        INSERT INTO village_warning (id, row_version, updated_at, installation_id, deleted, village_id, period,
                                     colour, score, assessed_on, note)
        VALUES ('w1', 1, {ROW}, 'v1', '2026Q2', 'yellow', 71.0, '2026-06-30', '');
    """)
    con.commit()
    con.close()

    from desktop.core.checklists import parse_template
    from desktop.services.workspace import Workspace
    from tests.checklist_data import small

    ws = Workspace.open(db_path, actor="tester")
    try:
        assert ws.db.migrated_from == "0003"
        assert ws.warnings.trend("v1") == [("2026Q2", 71.0, WarningColour.YELLOW)]
        template = ws.checklists.install(parse_template(small())).info.id
        f, _ = ws.inspections.start("v1", template, "2026Q3")
        assert ws.inspections.for_village("v1")[0].id == f.inspection.id
    finally:
        ws.close()
    _assert_migration_backup(tmp_path, "0003")


def test_upgrade_0004_to_0005_keeps_inspections_and_adds_the_ledger(db_path, tmp_path):
    import json

    from desktop.core.checklists import content_hash, parse_template, template_data
    from desktop.core.ledger_terms import PlanStatus, ProblemAspect, ProblemCategory, ProblemStatus
    from desktop.services.workspace import Workspace
    from tests.checklist_data import small

    template = parse_template(small())
    content = json.dumps(template_data(template), ensure_ascii=False, sort_keys=True)
    _database_at(db_path, "0004")
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys = ON")   # the rows below must make sense to the new tables' references
    con.execute(f"""
        INSERT INTO checklist_template (id, row_version, updated_at, installation_id, deleted, code, version,
                                        subject, title_zh, title_bo, indicator_count, content, content_hash, origin)
        VALUES ('tpl1', 1, {ROW}, 'test-small', 1, 'village', '测试清单', 'ཚོད་ལྟའི་ཐོ།', 5, ?, ?, 'imported')""",
                (content, content_hash(template)))
    con.executescript(f"""
        INSERT INTO local_meta VALUES ('installation_id', 'inst-0004');
        INSERT INTO admin_unit (id, row_version, updated_at, installation_id, deleted, parent_id, level, kind,
                                code, name_zh, name_bo, name_sort)
        VALUES ('t1', 1, {ROW}, NULL, 'township', 'township', '513336100', '白依乡', 'པད་ཡུལ་ཤང་།', 'bai yi xiang');
        INSERT INTO village (id, row_version, updated_at, installation_id, deleted, township_id, code, name_zh,
                             name_bo, name_sort, search_text, kind, population, households, party_members,
                             party_org_type, weakness, paired_unit, paired_village_id, note, rating, warning)
        VALUES ('v1', 2, {ROW}, 't1', '513336100201', '扎西岗村', 'བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།', 'zha xi gang cun',
                '扎西岗村 zxgc', 'village', 820, 190, 41, 'branch', 0, '', NULL, '', NULL, 'red'),
               ('v2', 1, {ROW}, 't1', '513336100202', '白依村', '', 'bai yi cun',
                '白依村 byc', 'village', 400, 90, 20, 'branch', 0, '', NULL, '', NULL, NULL);
        INSERT INTO warning_policy (id, row_version, updated_at, installation_id, deleted, unit_id, red_below,
                                    green_from, by_quota, class1_share, class2_share, class3_share)
        VALUES ('wp1', 2, {ROW}, NULL, 65.0, 85.0, 0, 30, 50, 20);
        INSERT INTO inspection (id, row_version, updated_at, installation_id, deleted, village_id, template_id,
                                period, period_kind, status, inspector, started_on, score, colour, veto_failed,
                                answered, total, failed, finalised_at, finalised_by, replaces_id, note)
        VALUES ('in1', 3, {ROW}, 'v1', 'tpl1', '2026Q3', 'quarter', 'final', '县督查组', '2026-09-20', 40.0, 'red',
                0, 2, 5, 1, '2026-09-21 08:00:00.000000', '县督查组', NULL, '');
        INSERT INTO village_warning (id, row_version, updated_at, installation_id, deleted, village_id, period,
                                     colour, score, assessed_on, note, inspection_id, quota_class)
        VALUES ('w1', 1, {ROW}, 'v1', '2026Q3', 'red', 40.0, '2026-09-21', '', 'in1', NULL);
    """)
    con.executemany(f"""
        INSERT INTO inspection_answer (id, row_version, updated_at, installation_id, deleted, inspection_id,
                                       indicator_code, value, not_applicable, note, fraction, passed, problem_id)
        VALUES (?, 1, {ROW}, 'in1', ?, ?, 0, ?, ?, ?, NULL)""",
                    [("a1", "A1.1", 0.0, "班子不团结", 0.0, 0), ("a2", "A1.2", 5.0, "", 1.0, 1)])
    con.commit()
    con.close()

    ws = Workspace.open(db_path, actor="tester")
    try:
        assert ws.db.migrated_from == "0004"
        # What 0004 held is all there.
        f = ws.inspections.open("in1")
        assert (f.inspection.final, f.inspection.score, f.answers["A1.1"].note) == (True, 40.0, "班子不团结")
        assert ws.warnings.trend("v1") == [("2026Q3", 40.0, WarningColour.RED)]
        policy = ws.warnings.policy(None)
        assert (policy.red_below, policy.green_from) == (65.0, 85.0)
        # The policy row got the ledger's due-soon days, and they can be changed.
        assert ws.ledger.due_soon_days() == 7
        ws.ledger.set_due_soon_days(10)
        assert ws.ledger.due_soon_days() == 10
        # The new tables work: a problem from the old inspection, linked to its answer, then a plan for it.
        assert ws.ledger.index().entries == [] and ws.plans.for_village("v1") == []
        (pid,), _ = ws.ledger.from_inspection("in1", ["A1.1"], deadline=date(2026, 12, 31),
                                              responsible_person="卓玛")
        problem = ws.ledger.get(pid)
        assert (problem.status, problem.category, problem.aspect) == \
            (ProblemStatus.OPEN, ProblemCategory.POLITICAL_BELIEF, ProblemAspect.A1)
        plan_id, _ = ws.plans.create("v1", 2026)
        plan = ws.plans.open(plan_id)
        assert plan.plan.status is PlanStatus.DRAFT and [i.problem_id for i in plan.items] == [pid]
        assert ws.dashboard.figures().problems.open == 1
    finally:
        ws.close()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT due_soon_days FROM warning_policy WHERE id = 'wp1'").fetchone() == (10,)
    assert con.execute("SELECT problem_id FROM inspection_answer WHERE id = 'a1'").fetchone() == (pid,)
    con.close()
    _assert_migration_backup(tmp_path, "0004")


def test_0005_is_plain_portable_ddl():
    """County mode runs the same migrations on PostgreSQL: 0005 renders for
    it offline (no batch copies, no SQL of one dialect, no reading data) and
    the new policy column gets its default in place."""
    import importlib.util
    import io

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    path = migrate.SCRIPT_LOCATION / "versions" / "0005_ledger_plans.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    context = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True, "output_buffer": out})
    with Operations.context(context):
        module.upgrade()
    sql = out.getvalue()
    for table in ("problem", "problem_event", "problem_evidence", "plan", "plan_item", "plan_event",
                  "support_activity", "acceptance_review"):
        assert f"CREATE TABLE {table} (" in sql, table
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "ALTER TABLE warning_policy ADD COLUMN due_soon_days INTEGER DEFAULT '7' NOT NULL" in sql
    assert "_alembic_tmp" not in sql and "sqlite" not in sql.lower()


def test_upgrade_0005_to_0006_gives_every_row_an_empty_clock_and_adds_the_sync_tables(db_path, tmp_path):
    from sqlalchemy import inspect as sa_inspect

    from desktop.core.sync_merge import clock_of
    from desktop.services.checklists import builtin_template_id
    from desktop.storage.models import SYNCED_TABLES

    inst = "0192a000-0000-7000-8000-00000000aaaa"
    row = f"'2026-01-01 00:00:00.000000', '{inst}', 0"
    _database_at(db_path, "0005")
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(f"""
        INSERT INTO local_meta VALUES ('installation_id', '{inst}');
        INSERT INTO admin_unit (id, row_version, updated_at, installation_id, deleted, parent_id, level, kind,
                                code, name_zh, name_bo, name_sort)
        VALUES ('t1', 1, {row}, NULL, 'township', 'township', '513336100', '白依乡', '', 'bai yi xiang');
        INSERT INTO village (id, row_version, updated_at, installation_id, deleted, township_id, code, name_zh,
                             name_bo, name_sort, search_text, kind, population, households, party_members,
                             party_org_type, weakness, paired_unit, paired_village_id, note, rating, warning)
        VALUES ('v1', 4, {row}, 't1', '513336100201', '扎西岗村', '', 'zha xi gang cun', '扎西岗村 zxgc',
                'village', 820, 190, 41, 'branch', 0, '', NULL, '', 'ordinary', NULL);
        INSERT INTO person (id, row_version, updated_at, installation_id, deleted, name_zh, name_bo, name_sort,
                            search_text, gender, birth_year, ethnicity, education, phone, party_member, unit, note)
        VALUES ('p1', 2, {row}, '卓玛', '', 'zhuo ma', '卓玛 zm', 'female', 1990, 'tibetan', NULL, '', 1, '', '');
        INSERT INTO post (id, row_version, updated_at, installation_id, deleted, person_id, village_id, role, unit,
                          term_start, term_end, note)
        VALUES ('po1', 1, {row}, 'p1', 'v1', 'secretary', '', '2026-03-01', NULL, '');
        INSERT INTO problem (id, row_version, updated_at, installation_id, deleted, village_id, description,
                             category, aspect, weakness, source, source_ref, inspection_id, indicator_code,
                             found_on, deadline, responsible_leader, responsible_person, status, status_on,
                             closed_by, reopen_count, note)
        VALUES ('pr1', 3, '2026-01-01 00:00:00.000000', '{inst}', 1, 'v1', '道路', 'A', NULL, 0, 'self_check', '',
                NULL, NULL, '2026-05-01', NULL, '', '', 'open', '2026-05-01', '', 0, '');
        INSERT INTO plan (id, row_version, updated_at, installation_id, deleted, village_id, year, round, status,
                          drafted_on, meeting_on, meeting_present, meeting_expected, meeting_resolution,
                          submitted_on, decided_on, decided_by, review_comment, note)
        VALUES ('pl1', 1, {row}, 'v1', 2026, 1, 'draft', '2026-05-02', NULL, NULL, NULL, '', NULL, NULL, '', '', '');
        INSERT INTO checklist_template (id, row_version, updated_at, installation_id, deleted, code, version,
                                        subject, title_zh, title_bo, indicator_count, content, content_hash, origin)
        VALUES ('tpl-random-1', 1, {row}, 'village-indicators', 1, 'village', '', '', 1, '{{}}', 'aa11', 'builtin'),
               ('tpl-random-2', 2, {row}, 'village-indicators', 2, 'village', '', '', 1, '{{}}', 'bb22', 'builtin'),
               ('tpl-own', 1, {row}, 'county-own', 1, 'village', '', '', 1, '{{}}', 'cc33', 'imported');
        INSERT INTO inspection (id, row_version, updated_at, installation_id, deleted, village_id, template_id,
                                period, period_kind, status, inspector, started_on, score, colour, veto_failed,
                                answered, total, failed, finalised_at, finalised_by, replaces_id, note)
        VALUES ('in1', 1, {row}, 'v1', 'tpl-random-1', '2026Q3', 'quarter', 'draft', '', NULL, NULL, NULL, 0,
                0, 1, 0, NULL, '', NULL, ''),
               ('in2', 1, {row}, 'v1', 'tpl-own', '2026Q3', 'quarter', 'draft', '', NULL, NULL, NULL, 0,
                0, 1, 0, NULL, '', NULL, '');
        INSERT INTO changeset (seq, id, at, actor, installation_id, action, reverts)
        VALUES (1, 'cs1', '2026-01-01 00:00:00.000000', 't', '{inst}', 'install_template', NULL);
        INSERT INTO change_log (seq, changeset_id, entity, entity_id, op, row_version, data)
        VALUES (1, 'cs1', 'checklist_template', 'tpl-random-1', 'insert', 1, NULL);
    """)
    con.commit()
    con.close()

    db = Database.open(db_path)
    try:
        assert db.migrated_from == "0005"
        with db.raw_connection() as conn:
            tables = set(sa_inspect(conn).get_table_names())
            assert {"sync_peer", "sync_bundle", "sync_revocation", "sync_conflict", "sync_received"} <= tables
            for table in SYNCED_TABLES:
                clocks = conn.exec_driver_sql(f"SELECT DISTINCT sync_clock FROM {table}").fetchall()
                assert clocks in ([], [("",)]), table
            # The empty clock reads as the row's one writer having made every version.
            stored, version = conn.exec_driver_sql("SELECT sync_clock, row_version FROM village").fetchone()
            assert clock_of(stored, inst, version) == {inst: 4}
            assert conn.exec_driver_sql("SELECT deleted, row_version FROM problem").fetchone() == (1, 3)
            # The shipped templates now have the ids every installation gives them; what used them follows.
            first, second = (builtin_template_id("village-indicators", v, h) for v, h in ((1, "aa11"), (2, "bb22")))
            assert sorted(conn.exec_driver_sql("SELECT id, version, row_version FROM checklist_template")) == \
                sorted([(first, 1, 1), (second, 2, 2), ("tpl-own", 1, 1)])
            assert dict(conn.exec_driver_sql("SELECT id, template_id FROM inspection").fetchall()) == \
                {"in1": first, "in2": "tpl-own"}
            assert conn.exec_driver_sql("SELECT entity_id FROM change_log").fetchall() == [(first,)]
        # Written again by the same installation the clock stays empty and the version counts on.
        with db.write("tester", "edit") as w:
            w.update("village", "v1", 4, {"note": "after the upgrade"})
        with db.read() as r:
            assert r.conn.exec_driver_sql("SELECT sync_clock, row_version, note FROM village").fetchone() == \
                ("", 5, "after the upgrade")
            assert r.conn.exec_driver_sql("SELECT count(*) FROM sync_conflict").scalar() == 0
    finally:
        db.close()
    assert (tmp_path / "village.sqlite3.before-0005.bak").exists()


def test_0006_is_plain_portable_ddl():
    """0006 adds its column in place on PostgreSQL too (no table copies)."""
    import importlib.util
    import io

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    path = migrate.SCRIPT_LOCATION / "versions" / "0006_sync.py"
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    context = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True, "output_buffer": out})
    with Operations.context(context):
        module.upgrade()
    sql = out.getvalue()
    from desktop.storage.models import SYNCED_TABLES

    assert sorted(module.SYNCED_TABLES) == sorted(SYNCED_TABLES)
    from desktop.services.checklists import builtin_template_id   # the migration makes the same ids

    assert module.builtin_template_id("village-indicators", 3, "ab") == builtin_template_id("village-indicators", 3, "ab")
    for table in module.SYNCED_TABLES:
        assert f"ALTER TABLE {table} ADD COLUMN sync_clock TEXT DEFAULT '' NOT NULL" in sql, table
    for table in ("sync_peer", "sync_bundle", "sync_revocation", "sync_conflict", "sync_received"):
        assert f"CREATE TABLE {table} (" in sql, table
    assert "_alembic_tmp" not in sql and "sqlite" not in sql.lower()


def _migration_0007():
    import importlib.util

    path = migrate.SCRIPT_LOCATION / "versions" / "0007_users_audit.py"
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_0007_writes_out_core_audit_chain_alike():
    from datetime import datetime, timedelta, timezone

    from desktop.core import audit_chain

    module = _migration_0007()
    assert (module.GENESIS, module.SEP) == (audit_chain.GENESIS, audit_chain.SEPARATOR)
    for at in (datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=timezone.utc), datetime(2026, 1, 2, 3, 4, 5),
               datetime(2026, 1, 2, 11, 4, 5, tzinfo=timezone(timedelta(hours=8)))):
        assert module._stamp(at) == audit_chain.stamp(at)
    assert module._stamp("2026-01-02 03:04:05.000007") == audit_chain.stamp(datetime(2026, 1, 2, 3, 4, 5, 7))


def test_upgrade_0006_to_0007_chains_the_history_as_core_does(db_path):
    """Every change set already there gets its link, computed here again
    from core/audit_chain.py alone; the writer continues the chain."""
    import json
    from datetime import datetime

    from desktop.core.audit_chain import GENESIS, ContentHasher, chain_hash, entry_line, header_line
    from desktop.storage.audit import AuditStore
    from desktop.storage.audit_links import AUDIT_HEAD

    inst = "0192a000-0000-7000-8000-00000000bbbb"
    _database_at(db_path, "0006")
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("INSERT INTO local_meta VALUES ('installation_id', ?)", (inst,))
    changesets = [  # seq, id, at (as 0006 stored it), actor, action, reverts
        (1, "cs-b", "2026-01-01 08:00:00.123456", "t", "demo.fill", None),
        (2, "cs-a", "2026-02-03 04:05:06", "卓玛", "village.edit", None),
        (3, "cs-c", "2026-02-03 04:05:07.000001", "t", "revert", "cs-a"),
        (5, "cs-d", "2026-03-01 00:00:00.000000", "t", "roster.import", None),   # seq 4 never written
    ]
    con.executemany("INSERT INTO changeset (seq, id, at, actor, installation_id, action, reverts) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", [(s, i, a, who, inst, act, r) for s, i, a, who, act, r in changesets])
    edit = json.dumps({"population": [820, 821], "note": ["", "扎西 \x1f"]}, ensure_ascii=False)
    log = [(10, "cs-b", "village", "v1", "insert", 1, None), (11, "cs-b", "village", "v2", "insert", 1, None),
           (13, "cs-a", "village", "v1", "update", 2, edit), (12, "cs-a", "person", "p1", "delete", 2, None),
           (14, "cs-c", "village", "v1", "update", 3, json.dumps({"population": [821, 820]}))]
    log += [(100 + n, "cs-d", "person", f"p{n}", "insert", 1, None) for n in range(25_000)]
    con.executemany("INSERT INTO change_log (seq, changeset_id, entity, entity_id, op, row_version, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", log)
    con.commit()
    con.close()

    db = Database.open(db_path)
    try:
        assert db.migrated_from == "0006"
        prev = GENESIS
        with db.read() as r:
            stored = r.conn.exec_driver_sql(
                "SELECT seq, id, entries, prev_hash, chain_hash FROM changeset ORDER BY seq").fetchall()
            assert r.conn.exec_driver_sql("SELECT count(*) FROM local_meta WHERE key = ?",
                                          (AUDIT_HEAD,)).scalar() == 0
        for (seq, cs_id, at, actor, action, reverts), row in zip(changesets, stored):
            content = ContentHasher(header_line(cs_id, datetime.fromisoformat(at), actor, inst, action, reverts))
            for entry in sorted(e for e in log if e[1] == cs_id):
                content.add(entry_line(*entry[2:]))
            link = chain_hash(prev, content.digest())
            assert row == (seq, cs_id, content.entries, prev, link)
            prev = link
        assert [r[2] for r in stored] == [2, 2, 1, 25_000]
        with db.read() as r:
            walk = AuditStore(r.conn).walk()
        assert walk.problem is None and (walk.changesets, walk.head_seq, walk.head_hash) == (4, 5, prev)
        # The first write after the upgrade continues from the last link.
        with db.write("tester", "unit.create") as w:
            w.insert("admin_unit", {"parent_id": None, "level": "township", "kind": None, "code": "513336100",
                                    "name_zh": "白依乡", "name_bo": ""})
        with db.read() as r:
            seq, prev_hash, link = r.conn.exec_driver_sql(
                "SELECT seq, prev_hash, chain_hash FROM changeset ORDER BY seq DESC LIMIT 1").one()
            assert prev_hash == prev
            assert r.conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?",
                                          (AUDIT_HEAD,)).scalar() == f"{seq}:{link}"
            assert AuditStore(r.conn).walk().problem is None
    finally:
        db.close()


def test_upgrade_0007_to_0008_adds_the_overview_index_over_live_problems(db_target):
    """A 0007 database (0008 only adds an index: a head database without
    it, stamped 0007) keeps its ledger and gains ix_problem_tally, partial
    over live rows as the model declares it; the overview reads it."""
    from sqlalchemy import text

    from desktop.services.demo import fill_demo
    from desktop.services.workspace import Workspace

    with Workspace.open(db_target, actor="tester") as ws:
        fill_demo(ws, villages=12, townships=2, seed=4)
    engine = _engine(db_target)
    with engine.begin() as conn:
        problems = conn.execute(text("SELECT count(*) FROM problem")).scalar()
        conn.execute(text("DROP INDEX ix_problem_tally"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    assert problems > 0

    db = Database.open(db_target)
    try:
        assert db.migrated_from == "0007"
    finally:
        db.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM problem")).scalar() == problems
        if conn.dialect.name == "sqlite":
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_problem_tally'")).scalar()
            assert "(village_id, status, deadline, reopen_count)" in sql and sql.endswith("WHERE deleted = 0")
        else:
            sql = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_problem_tally'")).scalar()
            assert "(village_id, status, deadline, reopen_count)" in sql and sql.endswith("WHERE (NOT deleted)")
    engine.dispose()


def test_0008_is_plain_portable_ddl():
    import importlib.util
    import io

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    path = migrate.SCRIPT_LOCATION / "versions" / "0008_overview_indexes.py"
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    context = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True, "output_buffer": out})
    with Operations.context(context):
        module.upgrade()
    assert "CREATE INDEX ix_problem_tally ON problem (village_id, status, deadline, reopen_count) WHERE NOT deleted" \
        in out.getvalue()
