"""Rows to records and back (docs/sync-format.md §3 "Payload").

A record is a row as it travels: every column but the derived ones, dates
`YYYY-MM-DD`, times ISO 8601 in UTC, flags JSON booleans and `sync_clock`
as a dict. `row_of` checks every column of a record from a bundle (exactly
the table's columns; values of the column's type and length; ids that are
UUIDs; canonical dates and times, so two records of one version are equal;
a clock whose sum is the row version) and raises `BundleRejected(BAD_RECORD)`
naming table, id and column. The checks are compiled per table once: a
county's import runs through them for every row.

Limits are PostgreSQL's too (county mode): 32-bit `Integer`s, no NUL
characters, valid UTF-8.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any, Callable, Mapping

from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, String
from sqlmodel.sql.sqltypes import AutoString

from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.i18n import translate
from desktop.core.sync_merge import SYNC_COLUMNS, clock_of, stored_clock
from desktop.storage.derived import derived_columns
from desktop.storage.model_base import ID, UTCDateTime
from desktop.storage.models import SYNCED_TABLES

# The strings desktop.core.ids.is_id accepts (str(UUID(s)) == s: lowercase,
# hyphenated), as one compiled match: ids are checked several times a row.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch

_INT32 = 2 ** 31
_INT64 = 2 ** 63
_CLOCK_ENTRIES = 10_000   # far above any real number of installations


class _Bad(Exception):
    pass


def _text(limit: int | None, nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is str:
            if (limit is not None and len(v) > limit) or "\x00" in v:
                raise _Bad
            if not v.isascii():
                v.encode("utf-8")   # a lone surrogate from JSON raises here
            return v
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _id(nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is str and _UUID(v):
            return v
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _int(bound: int, nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is int and -bound <= v < bound:
            return v
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _float(nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is float and math.isfinite(v):
            return v
        if type(v) is int and -_INT64 <= v < _INT64:
            return float(v)
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _bool(nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is bool:
            return v
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _date(nullable: bool) -> Callable[[Any], Any]:
    seen: dict[str, date] = {}   # a bundle's dates repeat

    def check(v):
        if type(v) is str:
            found = seen.get(v)
            if found is not None:
                return found
            if len(v) == 10:
                try:
                    d = date.fromisoformat(v)
                except ValueError:
                    raise _Bad from None
                if d.isoformat() == v:
                    if len(seen) > 100_000:
                        seen.clear()
                    seen[v] = d
                    return d
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _datetime(nullable: bool) -> Callable[[Any], Any]:
    def check(v):
        if type(v) is str and 20 <= len(v) <= 40:
            try:
                t = datetime.fromisoformat(v)
            except ValueError:
                raise _Bad from None
            if t.tzinfo is not None and not t.utcoffset() and t.isoformat() == v:
                return t
        if v is None and nullable:
            return None
        raise _Bad
    return check


def _version(v):
    if type(v) is int and 0 < v < _INT32:
        return v
    raise _Bad


def _checker(column) -> Callable[[Any], Any]:
    t, nullable = column.type, column.nullable
    if column.name == "row_version":
        return _version
    if isinstance(t, UTCDateTime):
        return _datetime(nullable)
    if isinstance(t, Boolean):
        return _bool(nullable)
    if isinstance(t, Date):
        return _date(nullable)
    if isinstance(t, Float):
        return _float(nullable)
    if isinstance(t, BigInteger):
        return _int(_INT64, nullable)
    if isinstance(t, Integer):
        return _int(_INT32, nullable)
    if isinstance(t, (String, AutoString)):   # sqlmodel's AutoString decorates String
        if t.length == ID:
            return _id(nullable)
        return _text(t.length, nullable)
    raise TypeError(f"no record check for {column}")   # a new column type: add it here


def _to_text(value):
    return value.isoformat()


class TableSpec:
    """One table's record columns and their checks."""

    def __init__(self, entity: str) -> None:
        table = SYNCED_TABLES[entity].__table__
        derived = derived_columns(entity)
        self.entity = entity
        self.columns = tuple(c.name for c in table.columns if c.name not in derived)
        self.keys = frozenset(self.columns)
        self.content = tuple(c for c in self.columns if c not in SYNC_COLUMNS)
        self.checks = tuple((c.name, _checker(c)) for c in table.columns
                            if c.name not in derived and c.name != "sync_clock")
        self.out = tuple((c.name, _to_text if isinstance(c.type, (Date, UTCDateTime)) else None)
                         for c in table.columns if c.name not in derived and c.name != "sync_clock")
        self.references = {c.name: next(iter(c.foreign_keys)).column.table.name
                           for c in table.columns if c.foreign_keys}


SPECS: dict[str, TableSpec] = {name: TableSpec(name) for name in SYNCED_TABLES}


def spec_of(entity: str) -> TableSpec:
    spec = SPECS.get(entity)
    if spec is None:
        raise BundleRejected(Reason.BAD_RECORD, translate("Sync", "The bundle holds a table this program does not "
                                                                  "know: {table}.").format(table=str(entity)[:40]))
    return spec


def _shown(value: Any) -> str:
    return str(value)[:60] if isinstance(value, str) else "?"


def bad_record(entity: str, record_id: Any, column: str) -> BundleRejected:
    return BundleRejected(Reason.BAD_RECORD, translate(
        "Sync", "The record {id} of table {table} has an invalid value in column {column}.").format(
        id=_shown(record_id), table=entity, column=column))


def row_of(entity: str, record: Any) -> dict[str, Any]:
    """The row values of a record from a bundle, every column checked; the
    clock in its stored form, derived columns not yet added."""
    spec = spec_of(entity)
    if type(record) is not dict:
        raise BundleRejected(Reason.BAD_RECORD, translate("Sync", "A record of table {table} is not an object.")
                             .format(table=entity))
    if record.keys() != spec.keys:
        missing = sorted(spec.keys - record.keys())
        unknown = sorted(str(k)[:40] for k in record.keys() - spec.keys)
        raise BundleRejected(Reason.BAD_RECORD, translate(
            "Sync", "The record {id} of table {table} does not have the columns of its table "
                    "(missing: {missing}; unknown: {unknown}).").format(
            id=_shown(record.get("id")), table=entity, missing=", ".join(missing) or "-",
            unknown=", ".join(unknown) or "-"))
    row: dict[str, Any] = {}
    name = "id"
    try:
        for name, check in spec.checks:
            row[name] = check(record[name])
        name = "sync_clock"
        row["sync_clock"] = _clock(record["sync_clock"], row["installation_id"], row["row_version"])
    except (_Bad, UnicodeEncodeError):
        raise bad_record(entity, record.get("id"), name) from None
    return row


def _clock(clock: Any, installation_id: str, row_version: int) -> str:
    if type(clock) is not dict or not clock or len(clock) > _CLOCK_ENTRIES or installation_id not in clock:
        raise _Bad
    total = 0
    for key, n in clock.items():
        if not (_UUID(key) and type(n) is int and 0 < n < _INT32):
            raise _Bad
        total += n
    if total != row_version:
        raise _Bad
    return stored_clock(clock, installation_id, row_version)


def content_columns(entity: str) -> tuple[str, ...]:
    """The record's columns other than the sync columns."""
    return SPECS[entity].content


def canonical(record: Mapping[str, Any]) -> str:
    """A record as canonical JSON text (sorted keys, no spaces, UTF-8 as is)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_of(entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row (as selected, all columns) as a record."""
    record = {}
    for name, convert in SPECS[entity].out:
        value = row[name]
        record[name] = convert(value) if convert is not None and value is not None else value
    record["sync_clock"] = clock_of(row["sync_clock"], row["installation_id"], row["row_version"])
    return record
