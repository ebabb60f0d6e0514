"""Which backups a rotation keeps: the last 10, plus the newest of each of
the last 7 days, plus the newest of each of the last 5 weeks.

Pure: takes the times, returns what to keep. Days and weeks are the user's
calendar (local time unless `tz` is given); weeks start on Monday.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Sequence, TypeVar

LAST = 10
DAYS = 7
WEEKS = 5

T = TypeVar("T")


def to_keep(items: Sequence[tuple[T, datetime]], now: datetime, *, last: int = LAST, days: int = DAYS,
            weeks: int = WEEKS, tz: tzinfo | None = None) -> set[T]:
    """The keys of `items` ((key, made_at) pairs) the rotation keeps at `now`."""
    newest_first = sorted(items, key=lambda item: item[1], reverse=True)
    keep = {key for key, _ in newest_first[:last]}
    today = _day(now, tz)
    this_week = _week(today)
    seen_days: set[date] = set()
    seen_weeks: set[date] = set()
    for key, made_at in newest_first:
        day = _day(made_at, tz)
        if (today - day).days < days and day not in seen_days:
            seen_days.add(day)
            keep.add(key)
        week = _week(day)
        if (this_week - week).days < 7 * weeks and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(key)
    return keep


def _day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())
