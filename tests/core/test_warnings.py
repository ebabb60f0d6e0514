from hypothesis import given, strategies as st

from desktop.core.inspection_terms import QuotaClass
from desktop.core.terms import WarningColour
from desktop.core.warnings import WarningPolicy, colour_counts, colour_for, colour_shifts, quota_classes

R, Y, G = WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN
C1, C2, C3 = QuotaClass.FIRST, QuotaClass.SECOND, QuotaClass.THIRD


def test_colour_by_thresholds_and_veto():
    p = WarningPolicy(red_below=60, green_from=80)
    assert colour_for(59.9, False, p) is R
    assert colour_for(60, False, p) is Y
    assert colour_for(80, False, p) is G
    assert colour_for(95, True, p) is R
    assert colour_for(None, False, p) is None


def test_colour_by_quota_uses_the_class():
    p = WarningPolicy(by_quota=True)
    assert colour_for(99, False, p, C3) is R
    assert colour_for(10, False, p, C1) is G


def test_policy_problems():
    assert WarningPolicy(red_below=90, green_from=80).problems()
    assert WarningPolicy(class_shares=(30, 50, 30)).problems()
    assert not WarningPolicy().problems()


def test_quota_of_ten_distinct_scores_is_3_5_2():
    scores = {f"v{i}": float(100 - i) for i in range(10)}
    classes = quota_classes(scores)
    assert [classes[f"v{i}"] for i in range(10)] == [C1] * 3 + [C2] * 5 + [C3] * 2


def test_a_tie_across_a_cut_off_goes_to_the_better_class():
    scores = {"a": 90, "b": 80, "c": 70, "d": 70, "e": 60, "f": 50, "g": 40, "h": 30, "i": 20, "j": 10}
    classes = quota_classes(scores)
    assert classes["c"] == classes["d"] == C1       # 4 in class 1
    scores2 = {**scores, "i": 30, "j": 30}
    classes2 = quota_classes(scores2)
    assert classes2["h"] == classes2["i"] == classes2["j"] == C2   # nobody is left in class 3


def test_all_equal_scores_are_all_class_1():
    assert set(quota_classes({str(i): 75.0 for i in range(7)}).values()) == {C1}


@given(st.lists(st.integers(0, 20), min_size=1, max_size=300))
def test_quota_properties(raw):
    scores = {str(i): float(s) for i, s in enumerate(raw)}
    classes = quota_classes(scores)
    n = len(scores)
    # equal scores share a class; a better score never gets a worse class
    by_score = {}
    for k, s in scores.items():
        by_score.setdefault(s, set()).add(classes[k])
    assert all(len(v) == 1 for v in by_score.values())
    ordered = sorted(by_score)
    ranks = [int(next(iter(by_score[s])).value) for s in ordered]
    assert ranks == sorted(ranks, reverse=True)
    # without ties, the shares are exact (cumulative cut-offs rounded half up)
    if len(set(raw)) == n:
        counts = [list(classes.values()).count(c) for c in (C1, C2, C3)]
        assert counts[0] == int(n * 0.3 + 0.5) and counts[0] + counts[1] == int(n * 0.8 + 0.5)


def test_shifts_say_how_many_villages_changed_colour_worst_first():
    before = {"a": Y, "b": Y, "c": Y, "d": G, "e": R, "f": None}
    after = {"a": R, "b": R, "c": R, "d": Y, "e": G, "f": R, "g": R}
    shifts = colour_shifts(before, after)
    assert [(s.before, s.after, s.villages) for s in shifts] == [(Y, R, 3), (G, Y, 1), (R, G, 1)]
    assert shifts[0].worse and not shifts[2].worse
    assert shifts[0].sentence() == "3 villages from Yellow to Red"
    assert colour_counts(after.values()) == {R: 5, Y: 1, G: 1}
