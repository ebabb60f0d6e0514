"""Inspections, templates, warnings and ratings through the services."""

import pytest

from desktop.core.checklists import parse_template
from desktop.core.errors import EditConflict, ValidationFailed, VillageDeskError
from desktop.core.inspection_terms import InspectionStatus, QuotaClass
from desktop.core.scoring import Answer
from desktop.core.terms import Rating, WarningColour
from desktop.core.warnings import WarningPolicy
from tests.checklist_data import small

R, Y, G = WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN


def _village(ws, township, name, code):
    f = ws.villages.new_file(township.id)
    f.facts.name_zh, f.facts.code = name, code
    original = ws.villages.new_file(township.id)
    original.facts = type(f.facts)(id=f.facts.id)
    ws.villages.save_file(original, f)
    return f.facts.id


@pytest.fixture
def template_id(workspace):
    return workspace.checklists.install(parse_template(small())).info.id


@pytest.fixture
def villages(workspace, township):
    return [_village(workspace, township, f"村{i}", f"513336100{200 + i}") for i in range(5)]


GOOD = {"A1.1": 1, "A1.2": 5, "A2.1": 0, "A2.2": 0, "B1.1": 120000}


def _answers(values, **notes):
    return {c: Answer(c, float(v), False, notes.get(c, "")) for c, v in values.items()}


def _inspect(ws, template_id, village, period, values, evidence_file=None, finalise=True):
    f, _ = ws.inspections.start(village, template_id, period)
    ws.inspections.save(f, _answers(values))
    f = ws.inspections.open(f.inspection.id)
    if evidence_file is not None:
        ws.inspections.add_evidence(f, "A1.2", evidence_file)
        f = ws.inspections.open(f.inspection.id)
    if finalise:
        ws.inspections.finalise(f)
    return ws.inspections.open(f.inspection.id)


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "三会一课记录.jpg"
    p.write_bytes(b"\xff\xd8 meeting minutes photo" * 100)
    return p


def test_start_save_resume_and_finalise_an_inspection(workspace, template_id, villages, photo):
    ws = workspace
    f, cs = ws.inspections.start(villages[0], template_id, "2026q3")
    assert cs is not None and f.inspection.period == "2026Q3" and f.inspection.status is InspectionStatus.DRAFT
    assert f.inspection.inspector == "tester" and f.inspection.total == 5

    ws.inspections.save(f, _answers({"A1.1": 1, "A1.2": 5}, **{"A1.1": "书记在岗"}))
    again, none = ws.inspections.start(villages[0], template_id, "2026Q3")   # resumes the draft
    assert none is None and again.inspection.id == f.inspection.id
    assert again.answers["A1.1"].note == "书记在岗" and again.inspection.answered == 2
    assert again.inspection.score == 100.0

    with pytest.raises(ValidationFailed) as e:
        ws.inspections.finalise(again)
    messages = [x.message for x in e.value.errors]
    assert any("A2.1" in m for m in messages) and any("A1.2" in m and "evidence" in m for m in messages)

    ws.inspections.save(again, _answers({"A2.1": 0, "A2.2": 1, "B1.1": 60000}))
    f = ws.inspections.open(f.inspection.id)
    ws.inspections.add_evidence(f, "A1.2", photo)
    f = ws.inspections.open(f.inspection.id)
    assert [e.file_name for e in f.evidence] == ["三会一课记录.jpg"]
    assert ws.inspections.evidence_file(f.evidence[0]).read_bytes() == photo.read_bytes()

    cs = ws.inspections.finalise(f)
    done = ws.inspections.open(f.inspection.id)
    # 10 + 10 + 5 + 2.5 + 12 = 39.5 of 50
    assert done.inspection.final and done.inspection.score == 79.0 and done.inspection.colour is Y
    assert done.inspection.finalised_by == "tester" and done.inspection.failed == 1
    assert {c.entity for c in cs.changes} >= {"inspection", "village_warning", "village"}
    assert ws.villages.rows([villages[0]])[villages[0]].warning is Y
    with pytest.raises(VillageDeskError):
        ws.inspections.save(done, _answers({"A1.1": 0}))
    with pytest.raises(VillageDeskError):
        ws.inspections.add_evidence(done, "A1.1", photo)


def test_answers_are_checked(workspace, template_id, villages):
    f, _ = workspace.inspections.start(villages[0], template_id, "2026Q3")
    with pytest.raises(ValidationFailed) as e:
        workspace.inspections.save(f, {"A1.2": Answer("A1.2", 9.0), "B1.1": Answer("B1.1", None, True, ""),
                                       "Z9": Answer("Z9", 1.0)})
    assert len(e.value.errors) == 3
    assert workspace.inspections.open(f.inspection.id).answers == {}


def test_a_stale_form_is_a_conflict_not_an_overwrite(workspace, template_id, villages):
    f, _ = workspace.inspections.start(villages[0], template_id, "2026Q3")
    workspace.inspections.save(f, _answers({"A1.1": 1}))
    with pytest.raises(EditConflict):
        workspace.inspections.save(f, _answers({"A1.1": 0}))
    assert workspace.inspections.open(f.inspection.id).answers["A1.1"].value == 1.0


def test_a_correction_replaces_the_finalised_inspection(workspace, template_id, villages, photo):
    ws = workspace
    first = _inspect(ws, template_id, villages[0], "2026Q3", GOOD, photo)
    assert first.inspection.colour is G
    fix, _ = ws.inspections.correct(first.inspection.id)
    assert fix.inspection.replaces_id == first.inspection.id and not fix.inspection.final
    assert fix.answers.keys() == first.answers.keys() and len(fix.evidence) == 1
    ws.inspections.save(fix, _answers({"A2.1": 1}))         # a mass petition after all: veto
    ws.inspections.finalise(ws.inspections.open(fix.inspection.id))
    assert ws.inspections.open(first.inspection.id).replaced_by == fix.inspection.id
    report = ws.warnings.report("2026Q3")
    assert [(r.inspection_id, r.colour) for r in report] == [(fix.inspection.id, R)]
    with pytest.raises(VillageDeskError):
        ws.inspections.correct(first.inspection.id)
    assert ws.warnings.rescore("2026Q3")[villages[0]][1] is R


def test_a_changed_template_becomes_a_new_version_once_used(workspace, template_id, villages):
    ws = workspace
    changed = parse_template(small(title_zh="测试清单（修订）"))
    result = ws.checklists.install(changed)
    assert result.outcome == "replaced" and result.info.version == 1    # unused: replaced in place
    f, _ = ws.inspections.start(villages[0], template_id, "2026Q3")
    result = ws.checklists.install(parse_template(small(title_zh="再修订")))
    assert result.outcome == "new_version" and result.info.version == 2
    assert ws.checklists.install(parse_template(small(title_zh="再修订"))).outcome == "unchanged"
    assert ws.inspections.open(f.inspection.id).template_info.version == 1
    assert ws.checklists.resolve("test-small") == result.info.id
    assert ws.checklists.resolve("test-small@1") == template_id
    infos = [i for i in ws.checklists.list() if i.code == "test-small"]
    assert [(i.version, i.latest, i.inspections) for i in infos] == [(2, True, 0), (1, False, 1)]


def test_report_with_quota_classes_and_changes_since_the_previous_period(workspace, template_id, villages, photo):
    ws = workspace
    q2 = [GOOD, GOOD, GOOD, GOOD, GOOD]
    q3 = [GOOD, {**GOOD, "B1.1": 60000}, {**GOOD, "B1.1": 0, "A1.2": 2}, {**GOOD, "A2.1": 1}, {**GOOD, "A1.1": 0, "B1.1": 0}]
    for period, rows in (("2026Q2", q2), ("2026Q3", q3)):
        for v, values in zip(villages, rows):
            _inspect(ws, template_id, v, period, values, photo)
    report = ws.warnings.report("2026Q3")
    by_village = {r.village_id: r for r in report}
    assert [by_village[v].score for v in villages] == [100.0, 84.0, 48.0, 90.0, 40.0]
    assert [by_village[v].colour for v in villages] == [G, G, R, R, R]      # village 3: veto
    assert [by_village[v].quota for v in villages] == [QuotaClass.FIRST, QuotaClass.SECOND, QuotaClass.SECOND,
                                                       QuotaClass.FIRST, QuotaClass.THIRD]
    assert all(by_village[v].previous_colour is G for v in villages)
    shifts = ws.warnings.shifts("2026Q3")
    assert [(s.before, s.after, s.villages) for s in shifts] == [(G, R, 3)]
    assert [v for v in report] == sorted(report, key=lambda r: -r.score)
    grid = ws.warnings.grid(villages, ["2026Q3"])
    assert [grid[(v, "2026Q3")].veto for v in villages] == [False, False, False, True, False]   # red at 90
    recomputed = ws.warnings.rescore("2026Q3")
    assert {v: (s, c) for v, (s, c, q) in recomputed.items()} == {v: (by_village[v].score, by_village[v].colour) for v in villages}


def test_quota_mode_colours_by_class(workspace, template_id, villages, photo):
    ws = workspace
    ws.warnings.set_policy(None, WarningPolicy(by_quota=True))
    for v, a, b in zip(villages, (0, 1, 1, 1, 1), (0, 60000, 60000, 150000, 150000)):
        _inspect(ws, template_id, v, "2026Q3", {**GOOD, "A1.1": a, "B1.1": b}, photo)
    # scores 40, 72, 72, 100, 100; cut-offs after 2 and 4 villages
    colours = {r.village_id: r.colour for r in ws.warnings.report("2026Q3")}
    assert [colours[v] for v in villages] == [R, Y, Y, G, G]
    assert [ws.villages.rows([v])[v].warning for v in villages] == [R, Y, Y, G, G]
    # The last finalised inspection carries the colour its village was given.
    assert ws.inspections.for_village(villages[4])[0].colour is G
    with pytest.raises(ValidationFailed):
        ws.warnings.set_policy(None, WarningPolicy(red_below=90, green_from=50))


def test_undoing_a_finalise_makes_it_a_draft_again(workspace, template_id, villages, photo):
    ws = workspace
    f = _inspect(ws, template_id, villages[0], "2026Q3", GOOD, photo, finalise=False)
    cs = ws.inspections.finalise(f)
    ws.changes.revert(cs.id)
    assert ws.inspections.open(f.inspection.id).inspection.status is InspectionStatus.DRAFT
    assert ws.warnings.report("2026Q3") == []
    assert ws.villages.rows([villages[0]])[villages[0]].warning is None


def test_the_reviewers_rating_records_who_and_when(workspace, villages):
    ws = workspace
    ws.warnings.set_rating(villages[1], "2026", Rating.BACKWARD, "六审后定")
    ratings = ws.villages.open_file(villages[1]).ratings
    assert [(r.period, r.rating, r.decided_by, r.decided_on.isoformat()) for r in ratings] == \
        [("2026", Rating.BACKWARD, "tester", "2026-11-23")]
    assert ws.villages.rows([villages[1]])[villages[1]].rating is Rating.BACKWARD
    ws.warnings.set_rating(villages[1], "2026", Rating.ORDINARY)
    assert len(ws.villages.open_file(villages[1]).ratings) == 1
    assert ws.villages.rows([villages[1]])[villages[1]].rating is Rating.ORDINARY


def test_grid_and_trend(workspace, template_id, villages, photo):
    ws = workspace
    for period, b in (("2026Q1", 0), ("2026Q2", 60000), ("2026Q3", 150000)):
        _inspect(ws, template_id, villages[0], period, {**GOOD, "B1.1": b, "A1.2": 2}, photo)
    assert ws.warnings.periods() == ["2026Q1", "2026Q2", "2026Q3"]
    grid = ws.warnings.grid(villages, ["2026Q1", "2026Q3"])
    assert grid[(villages[0], "2026Q1")].colour is R and grid[(villages[0], "2026Q3")].colour is G
    assert (villages[1], "2026Q1") not in grid
    assert [(p, c) for p, s, c in ws.warnings.trend(villages[0])] == [("2026Q1", R), ("2026Q2", Y), ("2026Q3", G)]


def test_answering_again_after_an_undone_answer_brings_the_row_back(workspace, template_id, villages):
    ws = workspace
    f, _ = ws.inspections.start(villages[0], template_id, "2026Q3")
    cs = ws.inspections.save(f, _answers({"A1.1": 1}))
    ws.changes.revert(cs.id)
    f = ws.inspections.open(f.inspection.id)
    assert f.answers == {}
    ws.inspections.save(f, _answers({"A1.1": 0}))
    f = ws.inspections.open(f.inspection.id)
    assert f.answers["A1.1"].value == 0.0 and f.inspection.answered == 1


def test_a_change_set_that_writes_a_row_twice_is_undone_in_one_step(workspace, template_id, villages, photo):
    ws = workspace
    # Saving again after an undone answer restores and updates the same row.
    f, _ = ws.inspections.start(villages[0], template_id, "2026Q3")
    first = ws.inspections.save(f, _answers({"A1.1": 1}))
    ws.changes.revert(first.id)
    again = ws.inspections.save(ws.inspections.open(f.inspection.id), _answers({"A1.1": 0}))
    assert len(again.of("inspection_answer")) == 1
    ws.changes.revert(again.id)
    assert ws.inspections.open(f.inspection.id).answers == {}
    # Finalising in quota mode writes the village's warning, then re-ranks it.
    ws.warnings.set_policy(None, WarningPolicy(by_quota=True))
    done = _inspect(ws, template_id, villages[1], "2026Q3", GOOD, photo, finalise=False)
    cs = ws.inspections.finalise(done)
    assert len(cs.of("village_warning")) == 1
    ws.changes.revert(cs.id)
    assert ws.inspections.open(done.inspection.id).inspection.status is InspectionStatus.DRAFT
    assert ws.warnings.report("2026Q3") == []


def test_a_used_template_import_cannot_be_undone(workspace, villages):
    ws = workspace
    result = ws.checklists.install(parse_template(small(code="undo-me")))
    ws.inspections.start(villages[0], result.info.id, "2026Q3")
    with pytest.raises(VillageDeskError):
        ws.changes.revert(result.changeset.id)
    assert ws.checklists.resolve("undo-me") == result.info.id


def test_the_services_keep_the_rules_the_screens_check(workspace, template_id, villages, photo, tmp_path):
    ws = workspace
    township = ws.checklists.install(parse_template(small(code="township-test", subject="township"))).info.id
    with pytest.raises(VillageDeskError):
        ws.inspections.start(villages[0], township, "2026Q3")          # a township checklist, not a village one
    with pytest.raises(ValidationFailed):
        ws.warnings.set_rating(villages[0], "garbage", Rating.ADVANCED)
    ws.warnings.set_rating(villages[0], "2026q3", Rating.ADVANCED)
    assert ws.villages.open_file(villages[0]).ratings[0].period == "2026Q3"
    # A second inspection of a finalised period is a correction, not a new one.
    done = _inspect(ws, template_id, villages[1], "2026Q3", GOOD, photo)
    with pytest.raises(VillageDeskError):
        ws.inspections.start(villages[1], template_id, "2026Q3")
    # A stale form cannot add evidence to what was finalised meanwhile.
    stale, _ = ws.inspections.start(villages[2], template_id, "2026Q3")
    ws.inspections.save(stale, _answers(GOOD))
    fresh = ws.inspections.open(stale.inspection.id)
    ws.inspections.add_evidence(fresh, "A1.2", photo)
    ws.inspections.finalise(ws.inspections.open(stale.inspection.id))
    with pytest.raises(VillageDeskError):
        ws.inspections.add_evidence(fresh, "A1.1", photo)
    assert len(ws.inspections.open(stale.inspection.id).evidence) == 1
    # Everything not applicable leaves nothing to score.
    f, _ = ws.inspections.start(villages[3], template_id, "2026Q3")
    ws.inspections.save(f, {c: Answer(c, None, True, "不适用") for c in GOOD})
    with pytest.raises(ValidationFailed):
        ws.inspections.finalise(ws.inspections.open(f.inspection.id))
    # Evidence removed elsewhere is noticed when finalising an older form.
    g = _inspect(ws, template_id, villages[4], "2026Q3", GOOD, photo, finalise=False)
    ws.inspections.remove_evidence(ws.inspections.open(g.inspection.id), g.evidence[0])
    with pytest.raises(ValidationFailed):
        ws.inspections.finalise(g)
    del done
