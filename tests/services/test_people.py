"""People are records of their own; posts tie them to villages over time."""

from datetime import date

import pytest

from desktop.core.changes import Op
from desktop.core.errors import ValidationFailed
from desktop.core.records import PersonRecord, PostRecord, VillageFacts
from desktop.core.terms import Gender, PostRole


def _village(workspace, township, name):
    file = workspace.villages.new_file(township.id)
    file.facts.name_zh = name
    workspace.villages.save_file(type(file)(facts=VillageFacts(id=file.facts.id)), file)
    return workspace.villages.open_file(file.facts.id)


def _add_post(file, person, role, **kw):
    file.people[person.id] = person
    post = PostRecord(person_id=person.id, village_id=file.facts.id, role=role, **kw)
    file.posts.append(post)
    return post


def test_add_people_with_posts_and_reopen(workspace, township):
    original = _village(workspace, township, "扎西岗村")
    edited = original.copy()
    tashi = PersonRecord(name_zh="扎西顿珠", name_bo="བཀྲ་ཤིས་དོན་གྲུབ།", gender=Gender.MALE, birth_year=1975,
                         phone="13800138000", party_member=True)
    _add_post(edited, tashi, PostRole.BRANCH_SECRETARY, term_start=date(2021, 3, 1))
    _add_post(edited, tashi, PostRole.DIRECTOR, term_start=date(2021, 3, 1))  # 一肩挑: one person, two posts
    cs = workspace.villages.save_file(original, edited)
    assert {(c.entity, c.op) for c in cs.changes} == {("person", Op.INSERT), ("post", Op.INSERT)}
    assert len(cs.of("post")) == 2

    again = workspace.villages.open_file(original.facts.id)
    assert {p.role for p in again.posts} == {PostRole.BRANCH_SECRETARY, PostRole.DIRECTOR}
    assert again.people[tashi.id].name_bo == "བཀྲ་ཤིས་དོན་གྲུབ།"


def test_a_person_holds_posts_in_several_villages_over_time(workspace, township):
    a = _village(workspace, township, "扎西岗村")
    b = _village(workspace, township, "德庆林村")
    leader = PersonRecord(name_zh="王建国", unit="县委组织部")
    ea = a.copy()
    _add_post(ea, leader, PostRole.FIRST_SECRETARY, term_start=date(2019, 1, 1), term_end=date(2021, 12, 31))
    workspace.villages.save_file(a, ea)
    b_read = workspace.villages.open_file(b.facts.id)
    eb = b_read.copy()
    known = workspace.people.find("王建国")
    assert [p.id for p in known] == [leader.id]
    _add_post(eb, known[0], PostRole.CONTACT_LEADER, term_start=date(2022, 1, 1))
    cs = workspace.villages.save_file(b_read, eb)
    assert not cs.of("person")  # the existing person is linked, not copied
    held = workspace.people.posts_held(leader.id)
    assert [(p.role, zh) for p, zh, _ in held] == [(PostRole.CONTACT_LEADER, "德庆林村"),
                                                    (PostRole.FIRST_SECRETARY, "扎西岗村")]


def test_editing_a_person_in_one_file_updates_the_shared_record(workspace, township):
    a = _village(workspace, township, "扎西岗村")
    ea = a.copy()
    person = PersonRecord(name_zh="卓玛", phone="13800138000")
    _add_post(ea, person, PostRole.RESERVE_CADRE)
    workspace.villages.save_file(a, ea)
    read = workspace.villages.open_file(a.facts.id)
    edited = read.copy()
    edited.people[person.id].phone = "13900139000"
    cs = workspace.villages.save_file(read, edited)
    assert [(c.entity, c.fields) for c in cs.changes] == [("person", {"phone": ("13800138000", "13900139000")})]


def test_removing_someone_from_the_file_removes_the_post_and_an_orphaned_person(workspace, township):
    a = _village(workspace, township, "扎西岗村")
    b = _village(workspace, township, "德庆林村")
    local = PersonRecord(name_zh="次仁")
    shared = PersonRecord(name_zh="王建国")
    ea = a.copy()
    _add_post(ea, local, PostRole.COMMITTEE_MEMBER)
    _add_post(ea, shared, PostRole.CONTACT_LEADER)
    workspace.villages.save_file(a, ea)
    eb_read = workspace.villages.open_file(b.facts.id)
    eb = eb_read.copy()
    _add_post(eb, workspace.people.find("王建国")[0], PostRole.CONTACT_LEADER)
    workspace.villages.save_file(eb_read, eb)

    read = workspace.villages.open_file(a.facts.id)
    edited = read.copy()
    edited.posts = []
    cs = workspace.villages.save_file(read, edited)
    assert cs.ids("post", [Op.DELETE]) == {p.id for p in read.posts}
    assert cs.ids("person", [Op.DELETE]) == {local.id}        # 王建国 still holds a post in 德庆林村
    assert [p.id for p in workspace.people.find("")] == [shared.id]

    workspace.changes.revert(cs.id)                            # undo brings both back
    restored = workspace.villages.open_file(a.facts.id)
    assert {p.person_id for p in restored.posts} == {local.id, shared.id}


def test_person_rules_are_checked_on_save(workspace, township):
    a = _village(workspace, township, "扎西岗村")
    ea = a.copy()
    bad = PersonRecord(name_zh="", name_bo="", phone="12345", birth_year=2020)
    _add_post(ea, bad, PostRole.RESERVE_CADRE, term_start=date(2025, 1, 1), term_end=date(2024, 1, 1))
    with pytest.raises(ValidationFailed) as err:
        workspace.villages.save_file(a, ea)
    assert {e.field for e in err.value.errors} == {"name_zh", "phone", "birth_year", "term_end"}
    assert workspace.people.find("") == []
