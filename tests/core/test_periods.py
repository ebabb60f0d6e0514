from datetime import date

import pytest

from desktop.core.periods import BadPeriod, parse_period, sort_key
from desktop.core.inspection_terms import PeriodKind


def test_quarters():
    p = parse_period("2026Q3")
    assert (p.kind, p.start, p.end, p.key) == (PeriodKind.QUARTER, date(2026, 7, 1), date(2026, 9, 30), "2026Q3")
    assert p.previous().key == "2026Q2" and parse_period("2026Q1").previous().key == "2025Q4"
    assert parse_period("2025q4").next().key == "2026Q1"


def test_half_months():
    p = parse_period("2026-2H2")
    assert (p.kind, p.start, p.end, p.key) == (PeriodKind.HALF_MONTH, date(2026, 2, 16), date(2026, 2, 28), "2026-02H2")
    assert p.previous().key == "2026-02H1"
    assert parse_period("2026-01H1").previous().key == "2025-12H2"


def test_screening_dates_have_no_previous():
    p = parse_period("2026-11-23")
    assert p.kind is PeriodKind.SCREENING and p.previous() is None


@pytest.mark.parametrize("text", ["", "2026Q5", "2026-13H1", "2026-02-30", "Q3", "2026H1"])
def test_bad_periods_are_explained(text):
    with pytest.raises(BadPeriod) as e:
        parse_period(text)
    assert "2026Q3" in str(e.value)


def test_sort_key_orders_in_time():
    keys = ["2026Q1", "2025Q4", "2026-01H2", "2025-12-31"]
    assert sorted(keys, key=sort_key) == ["2025Q4", "2025-12-31", "2026Q1", "2026-01H2"]


def test_rating_periods_are_years_or_periods():
    from desktop.core.periods import rating_period

    assert rating_period(" 2026 ") == "2026"
    assert rating_period("2026q3") == "2026Q3"
    for bad in ("", "garbage", "26"):
        with pytest.raises(BadPeriod):
            rating_period(bad)


def test_a_year_sorts_after_its_quarters():
    assert sorted(["2026", "2026Q3", "2025"], key=sort_key) == ["2025", "2026Q3", "2026"]
