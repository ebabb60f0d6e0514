"""What each kind of support log entry must say."""

from datetime import date

from desktop.core.ledger_terms import ActivityKind as K
from desktop.core.support import ActivityRecord, normalise_period, validate_activity

TODAY = date(2026, 11, 24)


def _a(kind, **kw):
    values = dict(id="", row_version=0, village_id="v", kind=kind, on=date(2026, 11, 1), summary="走访农户")
    values.update(kw)
    return ActivityRecord(**values)


def _fields(a):
    return {e.field for e in validate_activity(a, TODAY)}


def test_every_kind_needs_a_date_not_in_the_future():
    for kind in K:
        assert "on" in _fields(_a(kind, on=None))
        assert "on" in _fields(_a(kind, on=date(2026, 12, 1)))


def test_kind_specific_fields():
    assert _fields(_a(K.VISIT)) == set()
    assert _fields(_a(K.VISIT, summary=" ")) == {"summary"}
    assert _fields(_a(K.TRAINING)) == {"participants"}
    assert _fields(_a(K.TRAINING, participants=35)) == set()
    assert _fields(_a(K.TALK, participants=0)) == {"participants"}
    assert _fields(_a(K.FUNDS)) == {"amount_yuan", "fund_source"}
    assert _fields(_a(K.FUNDS, amount_yuan=50000, fund_source="县财政")) == set()
    assert _fields(_a(K.PROJECT, amount_yuan=-1)) == {"amount_yuan"}
    assert _fields(_a(K.MONTHLY_REPORT, period="2026-13")) == {"period"}
    assert _fields(_a(K.MONTHLY_REPORT, period="2026-11")) == set()
    assert _fields(_a(K.QUARTERLY_ASSESSMENT, summary="")) == {"period", "score", "poll_total"}
    ok = _a(K.QUARTERLY_ASSESSMENT, period="2026q3", score=91.5, poll_total=50, poll_satisfied=46)
    assert _fields(ok) == set()
    assert ok.satisfaction == 0.92 and normalise_period(ok) == "2026Q3"
    assert _fields(_a(K.QUARTERLY_ASSESSMENT, period="2026-11H1", score=80, poll_total=5, poll_satisfied=6)) == \
        {"period", "poll_satisfied"}
