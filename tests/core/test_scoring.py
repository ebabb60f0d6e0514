import pytest

from desktop.core.checklists import parse_template
from desktop.core.scoring import Answer, check_value, fraction, parse_value, score_sheet
from tests.checklist_data import small

T = parse_template(small())


def ans(code, value=None, na=False, note=""):
    return Answer(code, value, na, note)


@pytest.mark.parametrize("code,value,expected", [
    ("A1.1", 1, 1.0), ("A1.1", 0, 0.0),
    ("A2.1", 0, 1.0), ("A2.1", 1, 0.0),            # "has it happened": no is good
    ("A1.2", 0, 0.0), ("A1.2", 3, 0.6), ("A1.2", 5, 1.0),
    ("A2.2", 0, 1.0), ("A2.2", 2, 0.5), ("A2.2", 3, 0.0), ("A2.2", 40, 0.0),
    ("B1.1", 0, 0.0), ("B1.1", 49999, 0.0), ("B1.1", 50000, 0.6), ("B1.1", 250000, 1.0),
])
def test_fraction_by_kind(code, value, expected):
    assert fraction(T.indicator(code), value) == pytest.approx(expected)


def test_values_are_checked_against_their_kind():
    assert check_value(T.indicator("A1.2"), 6)
    assert check_value(T.indicator("A1.2"), 2.5)
    assert check_value(T.indicator("A2.2"), -1)
    assert check_value(T.indicator("A1.1"), 0.5)
    assert check_value(T.indicator("B1.1"), 12345.5) is None
    assert check_value(T.indicator("B1.1"), float("inf"))


def test_answers_parse_from_text_in_either_language():
    assert parse_value(T.indicator("A1.1"), "是") == 1.0
    assert parse_value(T.indicator("A1.1"), "no") == 0.0
    assert parse_value(T.indicator("A1.1"), True) == 1.0
    assert parse_value(T.indicator("B1.1"), "52,000") == 52000
    with pytest.raises(ValueError):
        parse_value(T.indicator("A1.2"), "many")
    with pytest.raises(ValueError):
        parse_value(T.indicator("A1.1"), "")


def test_the_score_is_weighted_over_the_answered_applicable_indicators():
    answers = {a.code: a for a in [ans("A1.1", 1), ans("A1.2", 3), ans("A2.1", 0), ans("A2.2", 2), ans("B1.1", 60000)]}
    s = score_sheet(T, answers, evidence={"A1.2"})
    # 10 + 6 + 5 + 2.5 + 12 = 35.5 of 50
    assert s.score == 71.0 and s.earned == pytest.approx(35.5) and s.possible == 50
    assert s.complete and s.can_finalise
    assert [f.indicator.code for f in s.failed] == ["A2.2"]      # 0.5 < 0.6 pass fraction
    assert not s.veto_failed


def test_not_applicable_leaves_both_earned_and_possible():
    answers = {"A1.1": ans("A1.1", 1), "B1.1": ans("B1.1", na=True, note="社区无集体经济")}
    s = score_sheet(T, answers)
    assert s.score == 100.0 and s.possible == 10 and s.answered == 2
    assert s.unanswered == ("A1.2", "A2.1", "A2.2")


def test_a_failed_veto_indicator_is_flagged_and_missing_evidence_listed():
    answers = {"A2.1": ans("A2.1", 1), "A1.2": ans("A1.2", 5)}
    s = score_sheet(T, answers)
    assert s.veto_failed
    assert s.evidence_missing == ("A1.2",)
    assert not s.can_finalise


def test_nothing_answered_has_no_score():
    s = score_sheet(T, {})
    assert s.score is None and s.answered == 0 and s.total == 5
