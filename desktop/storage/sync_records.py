"""Rows to records and back (docs/sync-format.md §3 "Payload").

A record is a row as it travels: every column but the derived ones, dates
`YYYY-MM-DD`, times ISO 8601 in UTC, flags JSON booleans and `sync_clock`
as a dict. `row_of` checks every column of a record from a bundle (exactly
the table's columns; values of the column's type and length; ids that are
UUIDs; canonical dates and times, so two records of one version are equal;
a clock whose sum is the row version) and raises `BundleRejected(BAD_RECORD)`
naming table, id and column. `rows_of` checks a batch column by column
(sync_columns.py): a county's import runs every row through it.
"""

from __future__ import annotations

import json
from itertools import chain, repeat
from operator import eq, itemgetter
from typing import Any, Mapping

from sqlalchemy import Date

from desktop.core.i18n import translate
from desktop.core.sync_errors import BundleRejected, Reason
from desktop.core.sync_merge import SYNC_COLUMNS, clock_of, stored_clock
from desktop.storage.derived import derived_columns
from desktop.storage.model_base import UTCDateTime
from desktop.storage.models import SYNCED_TABLES
from desktop.storage.sync_columns import INT32, UUID, Bad, check_of

_CLOCK_ENTRIES = 10_000   # far above any real number of installations


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
        self.checks = tuple((c.name, check_of(c)) for c in table.columns
                            if c.name not in derived and c.name != "sync_clock")
        self.row_columns = tuple(name for name, _ in self.checks) + ("sync_clock",)
        names = [name for name, _ in self.checks]
        self.installation, self.version = names.index("installation_id"), names.index("row_version")
        self.out = tuple((c.name, _to_text if isinstance(c.type, (Date, UTCDateTime)) else None)
                         for c in table.columns if c.name not in derived and c.name != "sync_clock")
        self.references = {c.name: next(iter(c.foreign_keys)).column.table.name
                           for c in table.columns if c.foreign_keys}
        # For records_of: positions in a selected row (all columns, table order).
        position = {c.name: i for i, c in enumerate(table.columns)}
        self.out_positions = tuple((position[name], convert) for name, convert in self.out)
        self.record_columns = tuple(name for name, _ in self.out) + ("sync_clock",)
        self.clock_positions = (position["sync_clock"], position["installation_id"], position["row_version"])


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
    return rows_of(entity, [record])[0]


def rows_of(entity: str, records: list[Any]) -> list[dict[str, Any]]:
    """`row_of` of a batch of records, column by column (sync_columns.py)."""
    spec = spec_of(entity)
    if not records:
        return []
    if not set(map(type, records)) <= {dict}:
        raise BundleRejected(Reason.BAD_RECORD, translate("Sync", "A record of table {table} is not an object.")
                             .format(table=entity))
    keys = spec.keys
    if not all(map(eq, map(dict.keys, records), repeat(keys))):
        raise _columns_differ(spec, next(r for r in records if r.keys() != keys))
    columns = []
    for name, check in spec.checks:
        column = list(map(itemgetter(name), records))
        checked = check.many(column)
        if checked is None:
            checked = []
            for record, value in zip(records, column):
                try:
                    checked.append(check.one(value))
                except Bad:
                    raise bad_record(entity, record.get("id"), name) from None
        columns.append(checked)
    columns.append(_stored_clocks(entity, records, columns[spec.installation], columns[spec.version]))
    # dict(zip(names, values)) per row, the loop in C.
    return list(map(dict, map(zip, repeat(spec.row_columns), zip(*columns))))


def _stored_clocks(entity: str, records: list[dict], installations: list[str], versions: list[int]) -> list[str]:
    clocks = list(map(itemgetter("sync_clock"), records))
    if set(map(type, clocks)) <= {dict} and \
            set(map(type, chain.from_iterable(map(dict.values, clocks)))) <= {int}:
        # Written by one installation only, the usual case: {installation_id: row_version}, stored "".
        alone = list(map(eq, clocks, [{i: v} for i, v in zip(installations, versions)]))
        if all(alone):
            return [""] * len(records)
    else:
        alone = [False] * len(records)
    stored = []
    for record, clock, installation_id, version, one in zip(records, clocks, installations, versions, alone):
        if one:
            stored.append("")
            continue
        try:
            stored.append(_clock(clock, installation_id, version))
        except Bad:
            raise bad_record(entity, record.get("id"), "sync_clock") from None
    return stored


def _columns_differ(spec: "TableSpec", record: dict) -> BundleRejected:
    missing = sorted(spec.keys - record.keys())
    unknown = sorted(str(k)[:40] for k in record.keys() - spec.keys)
    return BundleRejected(Reason.BAD_RECORD, translate(
        "Sync", "The record {id} of table {table} does not have the columns of its table "
                "(missing: {missing}; unknown: {unknown}).").format(
        id=_shown(record.get("id")), table=spec.entity, missing=", ".join(missing) or "-",
        unknown=", ".join(unknown) or "-"))


def _clock(clock: Any, installation_id: str, row_version: int) -> str:
    if type(clock) is not dict or not clock or len(clock) > _CLOCK_ENTRIES or installation_id not in clock:
        raise Bad
    total = 0
    for key, n in clock.items():
        if not (type(key) is str and UUID(key) and type(n) is int and 0 < n < INT32):
            raise Bad
        total += n
    if total != row_version:
        raise Bad
    return stored_clock(clock, installation_id, row_version)


def content_columns(entity: str) -> tuple[str, ...]:
    """The record's columns other than the sync columns."""
    return SPECS[entity].content


def canonical(record: Mapping[str, Any]) -> str:
    """A record as canonical JSON text (sorted keys, no spaces, UTF-8 as is)."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def records_of(entity: str, rows: list) -> list[dict[str, Any]]:
    """`record_of` of a batch of rows selected with all columns in table
    order, column by column."""
    spec = SPECS[entity]
    columns = []
    for i, convert in spec.out_positions:
        column = list(map(itemgetter(i), rows))
        if convert is not None:
            # Dates and times repeat through a batch (rows written together).
            done = {value: None if value is None else convert(value) for value in set(column)}
            column = list(map(done.__getitem__, column))
        columns.append(column)
    at_clock, at_installation, at_version = spec.clock_positions
    columns.append([{row[at_installation]: row[at_version]} if not row[at_clock]
                    else json.loads(row[at_clock]) for row in rows])
    return list(map(dict, map(zip, repeat(spec.record_columns), zip(*columns))))


def record_of(entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row (as selected, all columns) as a record."""
    record = {}
    for name, convert in SPECS[entity].out:
        value = row[name]
        record[name] = convert(value) if convert is not None and value is not None else value
    record["sync_clock"] = clock_of(row["sync_clock"], row["installation_id"], row["row_version"])
    return record
