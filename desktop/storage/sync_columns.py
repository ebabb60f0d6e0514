"""The check of one column of records from a bundle (sync_records.py).

Each column has a check of one value (`one`: the value in the column's
Python type, or `Bad`) and a check of a whole batch's column at once
(`many`) that runs in C as far as it can: the types of a column as a set,
its lengths through `max`, ids through `map` of one compiled match, each
distinct date or time parsed once. `many` only says yes for what `one`
accepts; when it says no (None), the batch goes value by value through
`one`, which finds the record to name. A county's import runs every row
through these.

Limits are PostgreSQL's too (county mode): 32-bit `Integer`s, no NUL
characters, valid UTF-8.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, String
from sqlmodel.sql.sqltypes import AutoString

from desktop.storage.model_base import ID, UTCDateTime

# The strings desktop.core.ids.is_id accepts (str(UUID(s)) == s: lowercase,
# hyphenated), as one compiled match: ids are checked several times a row.
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch

INT32 = 2 ** 31
INT64 = 2 ** 63
_NONE = type(None)
_CACHE = 100_000      # distinct dates and times remembered per column


class Bad(Exception):
    pass


class Check:
    """A column's checks; subclasses say what a value may be."""

    types: frozenset = frozenset()

    def __init__(self, nullable: bool) -> None:
        self.nullable = nullable

    def one(self, v: Any) -> Any:
        if v is None and self.nullable:
            return None
        if type(v) not in self.types:
            raise Bad
        return self.value(v)

    def value(self, v: Any) -> Any:
        return v

    def many(self, column: list) -> list | None:
        kinds = set(map(type, column))
        values = column
        if _NONE in kinds:
            if not self.nullable:
                return None
            kinds.discard(_NONE)
            values = [v for v in column if v is not None]
        if not kinds <= self.types or not self.fine(values):
            return None
        return self.converted(column)

    def fine(self, values: list) -> bool:
        return True

    def converted(self, column: list) -> list:
        return column


class Text(Check):
    types = frozenset({str})

    def __init__(self, nullable: bool, limit: int | None) -> None:
        super().__init__(nullable)
        self.limit = limit

    def value(self, v: str) -> str:
        if (self.limit is not None and len(v) > self.limit) or "\x00" in v:
            raise Bad
        if not v.isascii():
            try:
                v.encode("utf-8")   # a lone surrogate from JSON
            except UnicodeEncodeError:
                raise Bad from None
        return v

    def fine(self, values: list) -> bool:
        if self.limit is not None and max(map(len, values), default=0) > self.limit:
            return False
        joined = "".join(values)
        if "\x00" in joined:
            return False
        if not joined.isascii():
            try:
                joined.encode("utf-8")
            except UnicodeEncodeError:
                return False
        return True


class Id(Check):
    types = frozenset({str})

    def value(self, v: str) -> str:
        if not UUID(v):
            raise Bad
        return v

    def fine(self, values: list) -> bool:
        # References repeat (a batch's answers share a few inspections).
        return all(map(UUID, set(values)))


class Int(Check):
    types = frozenset({int})

    def __init__(self, nullable: bool, low: int, high: int) -> None:
        super().__init__(nullable)
        self.low, self.high = low, high

    def value(self, v: int) -> int:
        if not self.low <= v < self.high:
            raise Bad
        return v

    def fine(self, values: list) -> bool:
        return not values or (min(values) >= self.low and max(values) < self.high)


class Real(Check):
    types = frozenset({float, int})

    def value(self, v: float | int) -> float:
        if type(v) is int:
            if not -INT64 <= v < INT64:
                raise Bad
            return float(v)
        if not math.isfinite(v):
            raise Bad
        return v

    def many(self, column: list) -> list | None:
        # Only the plain case: floats (and None) all finite; ints go value by value.
        kinds = set(map(type, column))
        values = column
        if _NONE in kinds:
            if not self.nullable:
                return None
            kinds.discard(_NONE)
            values = [v for v in column if v is not None]
        if kinds <= {float} and all(map(math.isfinite, values)):
            return column
        return None


class Flag(Check):
    types = frozenset({bool})


class _Parsed(Check):
    """Dates and times: canonical text only (so one version's records are
    equal), each distinct value parsed once."""

    types = frozenset({str})

    def __init__(self, nullable: bool) -> None:
        super().__init__(nullable)
        self.seen: dict[Any, Any] = {None: None}

    def value(self, v: str) -> Any:
        found = self.seen.get(v)
        if found is None:
            found = self.parse(v)
            if len(self.seen) > _CACHE:
                self.seen = {None: None}
            self.seen[v] = found
        return found

    def parse(self, v: str) -> Any:
        raise NotImplementedError

    def many(self, column: list) -> list | None:
        kinds = set(map(type, column))
        if _NONE in kinds and not self.nullable:
            return None
        if not kinds - {_NONE} <= self.types:
            return None
        seen = self.seen
        try:
            for v in set(column) - seen.keys():
                self.value(v)
        except Bad:
            return None
        return list(map(self.seen.__getitem__, column))


class Day(_Parsed):
    def parse(self, v: str) -> date:
        if len(v) != 10:
            raise Bad
        try:
            d = date.fromisoformat(v)
        except ValueError:
            raise Bad from None
        if d.isoformat() != v:
            raise Bad
        return d


class Moment(_Parsed):
    def parse(self, v: str) -> datetime:
        if not 20 <= len(v) <= 40:
            raise Bad
        try:
            t = datetime.fromisoformat(v)
        except ValueError:
            raise Bad from None
        if t.tzinfo is None or t.utcoffset() or t.isoformat() != v:
            raise Bad
        return t


class Version(Int):
    def __init__(self) -> None:
        super().__init__(False, 1, INT32)


def check_of(column) -> Check:
    t, nullable = column.type, column.nullable
    if column.name == "row_version":
        return Version()
    if isinstance(t, UTCDateTime):
        return Moment(nullable)
    if isinstance(t, Boolean):
        return Flag(nullable)
    if isinstance(t, Date):
        return Day(nullable)
    if isinstance(t, Float):
        return Real(nullable)
    if isinstance(t, BigInteger):
        return Int(nullable, -INT64, INT64)
    if isinstance(t, Integer):
        return Int(nullable, -INT32, INT32)
    if isinstance(t, (String, AutoString)):   # sqlmodel's AutoString decorates String
        return Id(nullable) if t.length == ID else Text(nullable, t.length)
    raise TypeError(f"no record check for {column}")   # a new column type: add it here

