"""Village files through the service the GUI and CLI share."""

import dataclasses

import pytest

from desktop.core.changes import Op
from desktop.core.errors import EditConflict, NotFound, ValidationFailed
from desktop.core.query import NONE, VillageColumn, VillageQuery
from desktop.core.records import IncomeRecord
from desktop.core.terms import Rating, WarningColour, WeaknessType


def _new(workspace, township, **facts):
    file = workspace.villages.new_file(township.id)
    for k, v in facts.items():
        setattr(file.facts, k, v)
    original = workspace.villages.new_file(township.id)
    original.facts = type(file.facts)(id=file.facts.id)
    changes = workspace.villages.save_file(original, file)
    return file.facts.id, changes


def test_create_open_edit_a_village_file(workspace, township):
    vid, cs = _new(workspace, township, name_zh="扎西岗村", name_bo="བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།", code="５１３３３６１００２０１",
                   population=820, households=190, weakness=frozenset({WeaknessType.SOFT}))
    assert cs.action == "village.create" and cs.ids("village", [Op.INSERT]) == {vid}

    original = workspace.villages.open_file(vid)
    assert original.facts.code == "513336100201"  # full-width digits folded
    assert original.facts.weakness == {WeaknessType.SOFT}
    edited = original.copy()
    edited.facts.population = 830
    edited.incomes.append(IncomeRecord(village_id=vid, year=2025, amount_yuan=42_000))
    cs = workspace.villages.save_file(original, edited)
    assert cs.action == "village.edit"
    assert {(c.entity, c.op) for c in cs.changes} == {("village", Op.UPDATE), ("collective_income", Op.INSERT)}
    assert cs.of("village")[0].fields == {"population": (820, 830)}

    again = workspace.villages.open_file(vid)
    assert again.facts.population == 830 and again.facts.row_version == 2
    assert [(i.year, i.amount_yuan) for i in again.incomes] == [(2025, 42_000)]


def test_saving_an_unchanged_file_writes_nothing(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村")
    original = workspace.villages.open_file(vid)
    assert not workspace.villages.save_file(original, original.copy())


def test_invalid_file_is_refused_whole(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村", population=100)
    original = workspace.villages.open_file(vid)
    edited = original.copy()
    edited.facts.households = 500
    edited.incomes.append(IncomeRecord(village_id=vid, year=2025, amount_yuan=1))
    with pytest.raises(ValidationFailed) as err:
        workspace.villages.save_file(original, edited)
    assert [e.field for e in err.value.errors] == ["households"]
    assert workspace.villages.open_file(vid).incomes == []


def _code_message(workspace, code, township_id, village_id=None):
    """What the live check says about a code typed into a village file."""
    from desktop.core.records import VillageFacts

    kwargs = {"id": village_id} if village_id else {}
    facts = VillageFacts(name_zh="-", township_id=township_id, code=code, **kwargs)
    return next((e.message for e in workspace.villages.check_facts(facts) if e.field == "code"), None)


def test_division_codes_are_unique_among_live_villages(workspace, township):
    a, _ = _new(workspace, township, name_zh="扎西岗村", code="513336100201")
    assert _code_message(workspace, "513336100201", township.id) == \
        "Another village already has this code: 扎西岗村."
    assert _code_message(workspace, "513336100201", township.id, a) is None
    assert "513336100" in _code_message(workspace, "513336999201", township.id)
    with pytest.raises(ValidationFailed):
        _new(workspace, township, name_zh="德庆村", code="513336100201")
    workspace.villages.delete(a)
    # The code of a deleted village is free again.
    _new(workspace, township, name_zh="德庆村", code="513336100201")


def test_delete_undo_redo(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村")
    deleted = workspace.villages.delete(vid)
    assert deleted.ids("village", [Op.DELETE]) == {vid}
    assert workspace.villages.search(VillageQuery()) == []
    with pytest.raises(NotFound):
        workspace.villages.open_file(vid)

    undone = workspace.changes.revert(deleted.id)
    assert undone.reverts == deleted.id and undone.ids("village", [Op.RESTORE]) == {vid}
    assert workspace.villages.search(VillageQuery()) == [vid]

    redone = workspace.changes.revert(undone.id)
    assert redone.ids("village", [Op.DELETE]) == {vid}
    assert workspace.villages.count() == 0


def test_undo_an_edit_restores_the_values(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村", population=100)
    original = workspace.villages.open_file(vid)
    edited = original.copy()
    edited.facts.population = 120
    edited.facts.name_zh = "扎西岗社区"
    cs = workspace.villages.save_file(original, edited)
    workspace.changes.revert(cs.id)
    back = workspace.villages.open_file(vid)
    assert (back.facts.name_zh, back.facts.population) == ("扎西岗村", 100)
    assert workspace.villages.search(VillageQuery(text="zxgc")) == [vid]  # derived columns follow


def test_undo_refuses_when_the_row_changed_since(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村", population=100)
    first = workspace.villages.open_file(vid)
    edited = first.copy()
    edited.facts.population = 120
    cs = workspace.villages.save_file(first, edited)
    second = workspace.villages.open_file(vid)
    later = second.copy()
    later.facts.population = 130
    workspace.villages.save_file(second, later)
    with pytest.raises(EditConflict):
        workspace.changes.revert(cs.id)
    assert workspace.villages.open_file(vid).facts.population == 130


def test_two_editors_of_one_file_conflict_instead_of_overwriting(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村", population=100)
    mine = workspace.villages.open_file(vid)
    theirs = workspace.villages.open_file(vid)
    t = theirs.copy()
    t.facts.population = 111
    workspace.villages.save_file(theirs, t)
    m = mine.copy()
    m.facts.population = 222
    with pytest.raises(EditConflict, match="changed by someone else"):
        workspace.villages.save_file(mine, m)
    assert workspace.villages.open_file(vid).facts.population == 111


def test_search_filter_and_sort(workspace, township):
    ids = {}
    for name_zh, name_bo, code, pop, weak in [
        ("扎西岗村", "བཀྲ་ཤིས་སྒང་གྲོང་ཚོ།", "513336100201", 800, {WeaknessType.SOFT}),
        ("德庆林村", "བདེ་ཆེན་གླིང་གྲོང་ཚོ།", "513336100202", 300, {WeaknessType.POOR, WeaknessType.LAX}),
        ("阿坝社区", "", "513336100001", None, set()),
    ]:
        ids[name_zh], _ = _new(workspace, township, name_zh=name_zh, name_bo=name_bo, code=code,
                               population=pop, weakness=frozenset(weak))
    s = workspace.villages.search
    assert s(VillageQuery()) == [ids["阿坝社区"], ids["德庆林村"], ids["扎西岗村"]]  # pinyin order: a, de, zha
    assert s(VillageQuery(text="德庆")) == [ids["德庆林村"]]
    assert s(VillageQuery(text="བདེ་ཆེན")) == [ids["德庆林村"]]
    assert s(VillageQuery(text="100201")) == [ids["扎西岗村"]]
    assert s(VillageQuery(text="DQL")) == [ids["德庆林村"]]      # pinyin initials, any case
    assert s(VillageQuery(text="deqing")) == [ids["德庆林村"]]
    assert s(VillageQuery(text="%")) == []                        # LIKE wildcards are literal
    assert s(VillageQuery(weakness=WeaknessType.LAX)) == [ids["德庆林村"]]
    assert s(VillageQuery(sort=VillageColumn.POPULATION)) == [ids["德庆林村"], ids["扎西岗村"], ids["阿坝社区"]]
    assert s(VillageQuery(sort=VillageColumn.POPULATION, descending=True)) == \
        [ids["扎西岗村"], ids["德庆林村"], ids["阿坝社区"]]  # empty values stay last
    assert s(VillageQuery(rating=NONE)) == s(VillageQuery())
    assert s(VillageQuery(rating=Rating.BACKWARD)) == []
    assert s(VillageQuery(warning=WarningColour.RED)) == []
    rows = workspace.villages.rows([ids["扎西岗村"]])
    assert rows[ids["扎西岗村"]].township_name_zh == "白依乡"


def test_id_of_accepts_code_or_id(workspace, township):
    vid, _ = _new(workspace, township, name_zh="扎西岗村", code="513336100201")
    assert workspace.villages.id_of("513336100201") == vid
    assert workspace.villages.id_of(vid) == vid
    with pytest.raises(NotFound, match="no village with the code"):
        workspace.villages.id_of("513336100299")


def test_narrowing_in_python_matches_the_sql_search(workspace):
    """The list narrows as the user types without a query; it must find
    exactly what the SQL search finds, in the same order."""
    from desktop.core.search import narrow
    from desktop.services.demo import fill_demo

    fill_demo(workspace, villages=120, seed=8)
    some = workspace.villages.rows(workspace.villages.search(VillageQuery()))
    name = next(iter(some.values()))
    texts = ["", "5", "519", "0012", "z", "ZX", "zha", "xi g", "扎", "扎西", name.name_zh, name.name_bo[:5], "ཚེ",
             "村", "社区", "%", "_", "a_b", "50%", "  zx  ", "ＺＸ", "nothing-at-all"]
    bases = [VillageQuery(), VillageQuery(rating=Rating.BACKWARD), VillageQuery(sort=VillageColumn.POPULATION),
             VillageQuery(sort=VillageColumn.CODE, descending=True), VillageQuery(warning=NONE),
             VillageQuery(weakness=WeaknessType.SOFT)]
    for base in bases:
        ids, search_texts = workspace.villages.list_index(base)
        for text in texts:
            query = dataclasses.replace(base, text=text)
            assert narrow(ids, search_texts, query.search_text) == workspace.villages.search(query), (base, text)
