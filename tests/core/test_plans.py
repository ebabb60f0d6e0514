"""The village plan's rules: "三个不放过", the review cycle's moves, and the
comparison between rounds."""

from datetime import date

import pytest

from desktop.core.ledger_terms import PlanStatus as P
from desktop.core.plans import (
    PlanItem,
    PlanMoveRefused,
    PlanRecord,
    check_decision,
    check_meeting,
    check_plan,
    check_revise,
    check_submit,
    compare_rounds,
    is_vague_problem,
    substance,
    units,
)

TODAY = date(2026, 11, 24)
CLEAR = "村集体经济收入连续两年低于5万元，无稳定收入来源"


def _item(n=1, **kw):
    values = dict(id=f"i{n}", row_version=1, plan_id="p", round=1, problem_id=f"q{n}", position=n,
                  goal="集体经济年收入达到5万元以上", content="发展牦牛养殖合作社",
                  measures="村集体入股合作社30万元，聘请技术员1名，年底分红", deadline=date(2026, 12, 31),
                  responsible_leader="扎西", responsible_person="卓玛")
    values.update(kw)
    return PlanItem(**values)


def _plan(status, **kw):
    return PlanRecord(id="p", row_version=1, village_id="v", year=2026, status=status, **kw)


def test_units_count_chinese_characters_tibetan_syllables_and_words():
    assert units("三会一课") == 4
    assert units("ཚོགས་འདུ་གསུམ་དང་སློབ་ཚན་གཅིག") == 7
    assert units("发展 50 yak") == 4
    assert substance("进一步加强领导，认真落实") == 2   # 领导 is all that is left


def test_vague_problems():
    assert is_vague_problem("组织建设有待加强")
    assert is_vague_problem("班子弱")
    assert not is_vague_problem(CLEAR)
    assert not is_vague_problem("གྲོང་ཚོའི་མཉམ་ཚོགས་དཔལ་འབྱོར་གྱི་ཡོང་འབབ་ཁྲི་ལྔ་ལས་ཉུང་།")


def test_a_good_plan_passes():
    assert check_plan([_item()], {"q1": CLEAR}, ["q1"], date(2026, 11, 20), TODAY) == []


def test_each_failure_names_the_item_and_the_field():
    items = [_item(1), _item(2, measures="加强领导，认真落实，进一步提高", responsible_person=" ", deadline=None),
             _item(3, goal="", content="", deadline=date(2026, 1, 1), responsible_leader="")]
    fails = check_plan(items, {"q1": CLEAR, "q2": "有待加强", "q3": CLEAR}, ["q1", "q2", "q3", "q4"], None, TODAY)
    named = [(f.item, f.field) for f in fails]
    assert named == [(2, "problem"), (2, "measures"), (2, "deadline"), (2, "responsible_person"),
                     (3, "goal"), (3, "content"), (3, "deadline"), (3, "responsible_leader"),
                     (None, "problem"), (None, "meeting")]
    assert fails[1].sentence().startswith("Item 2, Measures:")
    assert fails[-2].problem_id == "q4"


def test_an_empty_plan_fails():
    assert [f.field for f in check_plan([], {}, [], date(2026, 11, 1), TODAY)] == ["problem"]


def test_the_meeting_reviews_a_draft_with_its_facts():
    with pytest.raises(PlanMoveRefused, match="date"):
        check_meeting(_plan(P.DRAFT), None, 20, 30, "同意", TODAY)
    with pytest.raises(PlanMoveRefused, match="attended"):
        check_meeting(_plan(P.DRAFT), TODAY, 0, 30, "同意", TODAY)
    with pytest.raises(PlanMoveRefused, match="More"):
        check_meeting(_plan(P.DRAFT), TODAY, 31, 30, "同意", TODAY)
    with pytest.raises(PlanMoveRefused, match="resolution"):
        check_meeting(_plan(P.DRAFT), TODAY, 20, 30, " ", TODAY)
    for status in (P.SUBMITTED, P.RETURNED, P.APPROVED):
        with pytest.raises(PlanMoveRefused):
            check_meeting(_plan(status), TODAY, 20, 30, "同意", TODAY)
    check_meeting(_plan(P.DRAFT), TODAY, 20, None, "同意", TODAY)
    check_meeting(_plan(P.MEETING_REVIEWED), TODAY, 20, 30, "同意", TODAY)


@pytest.mark.parametrize("status", list(P))
def test_only_a_reviewed_plan_that_passes_is_submitted(status):
    if status is P.MEETING_REVIEWED:
        check_submit(_plan(status), [])
        fails = check_plan([_item(measures="加强")], {"q1": CLEAR}, ["q1"], TODAY, TODAY)
        with pytest.raises(PlanMoveRefused, match="three no-lets-go"):
            check_submit(_plan(status), fails)
    else:
        with pytest.raises(PlanMoveRefused):
            check_submit(_plan(status), [])


@pytest.mark.parametrize("status", list(P))
def test_only_a_submitted_plan_is_decided(status):
    if status is P.SUBMITTED:
        check_decision(_plan(status), True, {}, ["i1"])
        check_decision(_plan(status), False, {"i1": "写明资金来源"}, ["i1"])
        with pytest.raises(PlanMoveRefused, match="comment"):
            check_decision(_plan(status), False, {"i1": "  "}, ["i1"])
        with pytest.raises(PlanMoveRefused, match="not in this round"):
            check_decision(_plan(status), False, {"i9": "x"}, ["i1"])
    else:
        with pytest.raises(PlanMoveRefused):
            check_decision(_plan(status), True, {}, ["i1"])


@pytest.mark.parametrize("status", list(P))
def test_only_a_returned_plan_is_revised(status):
    if status is P.RETURNED:
        check_revise(_plan(status))
    else:
        with pytest.raises(PlanMoveRefused):
            check_revise(_plan(status))


def test_rounds_compare_item_by_item():
    before = [_item(1, review_comment="措施不具体"), _item(2), _item(3, review_comment="删去")]
    after = [_item(1, round=2, measures="新的措施，聘请技术员2名"), _item(2, round=2), _item(4, round=2)]
    kinds = {c.problem_id: c for c in compare_rounds(before, after)}
    assert [c.problem_id for c in compare_rounds(before, after)] == ["q1", "q2", "q4", "q3"]
    assert kinds["q1"].kind == "changed" and [f.field for f in kinds["q1"].changes] == ["measures"]
    assert kinds["q1"].comment == "措施不具体" and kinds["q1"].answered
    assert kinds["q2"].kind == "same" and not kinds["q2"].answered
    assert kinds["q4"].kind == "added" and kinds["q3"].kind == "removed" and kinds["q3"].answered


def test_a_refused_submission_is_one_sentence_to_translate():
    """The count of further failures belongs to the sentence it ends, not
    a fragment added to it: a Tibetan translation may put it elsewhere."""
    from desktop.core.i18n import set_translator

    asked = []

    def record(context, text, disambiguation=None):
        asked.append(text)
        return text

    fails = check_plan([_item(measures="加强", goal="")], {"q1": CLEAR}, ["q1"], TODAY, TODAY)
    assert len(fails) > 1
    set_translator(record)
    try:
        with pytest.raises(PlanMoveRefused) as refused:
            check_submit(_plan(P.MEETING_REVIEWED), fails)
    finally:
        set_translator(None)
    whole = [t for t in asked if "{first}" in t]
    assert len(whole) == 1 and "{more}" in whole[0]
    assert not any(t.startswith(" ") for t in asked)
    assert refused.value.message.endswith(f"(and {len(fails) - 1} more)")
