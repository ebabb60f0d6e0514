"""Inspection periods: a quarter (2026Q3), a half-month warning review
(2026-11H1, 2026-11H2) or a one-off screening on a date (2026-11-23).

The text form is what is stored and typed on the command line; it sorts in
time order within a kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.i18n import translate
from desktop.core.inspection_terms import PeriodKind

_QUARTER = re.compile(r"^(\d{4})\s*[Qq]([1-4])$")
_HALF = re.compile(r"^(\d{4})-(\d{1,2})\s*[Hh]([12])$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


class BadPeriod(ValueError):
    pass


@dataclass(frozen=True, slots=True, order=True)
class Period:
    start: date
    kind: PeriodKind
    end: date

    @property
    def key(self) -> str:
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.HALF_MONTH:
            return f"{self.start.year}-{self.start.month:02d}H{1 if self.start.day == 1 else 2}"
        return self.start.isoformat()

    def __str__(self) -> str:
        return self.key

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.QUARTER:
            return translate("Periods", "{year} Q{quarter}").format(
                year=self.start.year, quarter=(self.start.month - 1) // 3 + 1)
        if self.kind is PeriodKind.HALF_MONTH:
            text = translate("Periods", "{year}-{month:02d}, first half") if self.start.day == 1 else \
                translate("Periods", "{year}-{month:02d}, second half")
            return text.format(year=self.start.year, month=self.start.month)
        return translate("Periods", "Screening {date}").format(date=self.start.isoformat())

    def previous(self) -> Period | None:
        """The period of the same kind just before; a screening has none."""
        if self.kind is PeriodKind.SCREENING:
            return None
        return containing(self.start - timedelta(days=1), self.kind)

    def next(self) -> Period | None:
        if self.kind is PeriodKind.SCREENING:
            return None
        return containing(self.end + timedelta(days=1), self.kind)


def parse_period(text: str) -> Period:
    text = (text or "").strip()
    try:
        if m := _QUARTER.match(text):
            return containing(date(int(m[1]), 3 * int(m[2]) - 2, 1), PeriodKind.QUARTER)
        if m := _HALF.match(text):
            return containing(date(int(m[1]), int(m[2]), 1 if m[3] == "1" else 16), PeriodKind.HALF_MONTH)
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Period(day, PeriodKind.SCREENING, day)
    except ValueError:
        pass
    raise BadPeriod(translate("Periods", "{text} is not a period. Write a quarter (2026Q3), a half-month "
                                         "(2026-11H1 or 2026-11H2) or a screening date (2026-11-23).").format(text=text))


def rating_period(text: str) -> str:
    """The stored key of a rating's period: a year (2026) or any period."""
    text = (text or "").strip()
    if re.fullmatch(r"\d{4}", text):
        return text
    try:
        return parse_period(text).key
    except BadPeriod:
        raise BadPeriod(translate("Periods", "Write a year (2026) or a period (2026Q3, 2026-11H1).")) from None


def period_label(key: str) -> str:
    """A stored period key as people read it; a year or an unknown key as is."""
    try:
        return parse_period(key).label
    except BadPeriod:
        return key


def containing(day: date, kind: PeriodKind) -> Period:
    if kind is PeriodKind.QUARTER:
        first_month = 3 * ((day.month - 1) // 3) + 1
        start = date(day.year, first_month, 1)
        end = _month_end(date(day.year, first_month + 2, 1))
    elif kind is PeriodKind.HALF_MONTH:
        if day.day <= 15:
            start, end = date(day.year, day.month, 1), date(day.year, day.month, 15)
        else:
            start, end = date(day.year, day.month, 16), _month_end(day)
    else:
        start = end = day
    return Period(start, kind, end)


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def sort_key(key: str) -> tuple:
    """Stored period keys in time order (quarters and half-months mixed; a
    year, as ratings use, counts from its last day)."""
    if re.fullmatch(r"\d{4}", key or ""):
        return (date(int(key), 12, 31), "year")
    try:
        p = parse_period(key)
    except BadPeriod:
        return (date.max, key)
    return (p.start, p.kind.value)
