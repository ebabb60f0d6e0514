from desktop.core.diff import diff_records, edited_fields, plan_file_save
from desktop.core.records import IncomeRecord, PersonRecord, PostRecord, VillageFacts, VillageFile
from desktop.core.terms import PostRole, Rating


def test_edited_fields_skip_bookkeeping_and_read_only():
    a = VillageFacts(name_zh="甲", population=1, row_version=3)
    b = VillageFacts(id=a.id, name_zh="乙", population=1, row_version=3, rating=Rating.BACKWARD)
    assert edited_fields(a, b, skip=VillageFacts.READ_ONLY) == {"name_zh": ("甲", "乙")}


def test_diff_records_sorts_inserts_updates_deletes():
    kept = IncomeRecord(village_id="v", year=2024, amount_yuan=1, row_version=1)
    gone = IncomeRecord(village_id="v", year=2023, amount_yuan=1, row_version=1)
    changed = IncomeRecord(village_id="v", year=2022, amount_yuan=1, row_version=1)
    new = IncomeRecord(village_id="v", year=2025, amount_yuan=9)
    after_changed = IncomeRecord(village_id="v", year=2022, amount_yuan=2, id=changed.id, row_version=1)
    d = diff_records([kept, gone, changed], [kept, after_changed, new])
    assert d.inserts == [new]
    assert d.updates == [(after_changed, {"amount_yuan": (1, 2)})]
    assert d.deletes == [gone]


def test_a_saved_record_brought_into_the_file_is_an_update_not_an_insert():
    known = PersonRecord(name_zh="王建国", row_version=4)
    d = diff_records([], [known])
    assert d.inserts == [] and d.updates == [(known, {})]


def test_plan_only_writes_people_who_hold_a_post_here():
    facts = VillageFacts(name_zh="甲", row_version=1)
    original = VillageFile(facts=facts)
    edited = original.copy()
    p = PersonRecord(name_zh="卓玛")
    stray = PersonRecord(name_zh="没有职务")
    edited.people = {p.id: p, stray.id: stray}
    edited.posts = [PostRecord(person_id=p.id, village_id=facts.id, role=PostRole.RESERVE_CADRE)]
    plan = plan_file_save(original, edited)
    assert plan.people.inserts == [p]
    assert not plan.is_new_village and not plan.village_fields
    assert bool(plan)
    assert not plan_file_save(original, original.copy())
