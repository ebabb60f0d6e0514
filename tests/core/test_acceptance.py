"""Acceptance reviews in order, the campaign status they give, and 不见效不撤离."""

from datetime import date, timedelta

import pytest

from desktop.core.acceptance import (
    AcceptanceRecord,
    AcceptanceRefused,
    campaign_status,
    check_review,
    check_withdrawal,
    next_level,
)
from desktop.core.ledger_terms import AcceptanceLevel as L, AcceptanceResult as R, CampaignStatus as C

TODAY = date(2026, 11, 24)


def _r(level, result, day):
    return AcceptanceRecord("", 1, "v", level, result, date(2026, 11, day))


def test_the_three_levels_come_in_order():
    assert next_level([]) is L.TOWNSHIP
    assert next_level([_r(L.TOWNSHIP, R.PASSED, 1)]) is L.COUNTY_DEPARTMENT
    assert next_level([_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2)]) is L.COUNTY_COMMITTEE
    done = [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2), _r(L.COUNTY_COMMITTEE, R.PASSED, 3)]
    assert next_level(done) is None
    # A failure anywhere starts again at the township.
    assert next_level([_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.FAILED, 2)]) is L.TOWNSHIP


@pytest.mark.parametrize("level", [L.COUNTY_DEPARTMENT, L.COUNTY_COMMITTEE])
def test_a_level_out_of_turn_is_refused(level):
    with pytest.raises(AcceptanceRefused, match="next review"):
        check_review([], level, R.PASSED, TODAY, "", TODAY)


def test_review_dates_and_reasons():
    with pytest.raises(AcceptanceRefused, match="date"):
        check_review([], L.TOWNSHIP, R.PASSED, date(2027, 1, 1), "", TODAY)
    with pytest.raises(AcceptanceRefused, match="before the last"):
        check_review([_r(L.TOWNSHIP, R.PASSED, 10)], L.COUNTY_DEPARTMENT, R.PASSED, date(2026, 11, 9), "", TODAY)
    with pytest.raises(AcceptanceRefused, match="why"):
        check_review([], L.TOWNSHIP, R.FAILED, TODAY, "", TODAY)
    done = [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2), _r(L.COUNTY_COMMITTEE, R.PASSED, 3)]
    with pytest.raises(AcceptanceRefused, match="already passed"):
        check_review(done, L.TOWNSHIP, R.PASSED, TODAY, "", TODAY)


def test_campaign_status_follows_the_reviews_and_the_team():
    assert campaign_status([], False) is C.UNDER_RECTIFICATION
    assert campaign_status([_r(L.TOWNSHIP, R.PASSED, 1)], False) is C.UNDER_RECTIFICATION
    assert campaign_status([_r(L.TOWNSHIP, R.FAILED, 1)], False) is C.NOT_CONVERTED
    done = [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2), _r(L.COUNTY_COMMITTEE, R.PASSED, 3)]
    assert campaign_status(done, False) is C.CONVERTED
    assert campaign_status(done, True) is C.CONSOLIDATING


def test_the_team_stays_until_the_village_is_converted():
    for reviews in ([], [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2)],
                    [_r(L.TOWNSHIP, R.FAILED, 1)]):
        with pytest.raises(AcceptanceRefused, match="final review"):
            check_withdrawal(reviews, False)
    done = [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2), _r(L.COUNTY_COMMITTEE, R.PASSED, 3)]
    check_withdrawal(done, False)
    with pytest.raises(AcceptanceRefused, match="already"):
        check_withdrawal(done, True)


def test_the_team_is_not_withdrawn_on_a_day_before_the_final_review():
    done = [_r(L.TOWNSHIP, R.PASSED, 1), _r(L.COUNTY_DEPARTMENT, R.PASSED, 2), _r(L.COUNTY_COMMITTEE, R.PASSED, 3)]
    final = done[-1].decided_on
    with pytest.raises(AcceptanceRefused, match=final.isoformat()):
        check_withdrawal(done, False, final - timedelta(days=1))
    check_withdrawal(done, False, final)
