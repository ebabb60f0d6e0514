"""PostgreSQL's own bulk path for the writer's inserts: binary COPY.

`Writer` converts a batch's columns with the dialect's bind processors (the
values executemany would send) and hands them here. They go in through one
`COPY ... FROM STDIN (FORMAT BINARY)` on the transaction's own connection,
each column sent as the type the table has in the catalog, so the row
stored is the one executemany's INSERT stores; an order of magnitude
faster, and the foreign keys of a batch are checked at the end of the one
statement (a row may point at one later in its batch, as SQLite's deferred
keys allow).

Binary COPY does not cast: a value is sent as its column's type or the
statement fails. So a column holding a value of another Python type than
its column's (an int in a text column, a naive time: executemany lets the
server cast those) makes `copy_columns` answer None, and the writer runs
the batch through executemany as before. Float columns holding ints take
them as floats (the same double the server's cast gives).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Connection

_NONE = type(None)

# The catalog's type OIDs of the columns our models have, and the Python
# types binary COPY sends exactly as that type.
_BOOL, _INT8, _INT4, _TEXT, _FLOAT8, _VARCHAR, _DATE, _TIMESTAMPTZ = 16, 20, 23, 25, 701, 1043, 1082, 1184
_TAKES: dict[int, frozenset] = {
    _BOOL: frozenset({bool}),
    _INT8: frozenset({int}),
    _INT4: frozenset({int}),
    _TEXT: frozenset({str}),
    _VARCHAR: frozenset({str}),
    _FLOAT8: frozenset({float}),
    _DATE: frozenset({date}),
    _TIMESTAMPTZ: frozenset({datetime}),
}

_COLUMN_TYPES = ("SELECT attname, atttypid::int FROM pg_attribute "
                 "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped")


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


class CopyWriter:
    """Binary COPY into the tables of one transaction; each table's column
    types read from the catalog once."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._types: dict[str, dict[str, int]] = {}
        self.copied = 0     # rows sent through COPY (the others went through executemany)

    def column_types(self, table: str) -> dict[str, int]:
        types = self._types.get(table)
        if types is None:
            cursor = self.conn.connection.driver_connection.cursor()
            types = self._types[table] = dict(cursor.execute(_COLUMN_TYPES, (_quoted(table),)).fetchall())
            cursor.close()
        return types

    def copy_columns(self, table: str, names: list[str], columns: list[list[Any]]) -> int | None:
        """COPY the rows given column by column (values as the bind
        processors made them; columns may be changed in place); the number
        of rows, or None if a value is not of its column's type."""
        types = self.column_types(table)
        oids = [types.get(name) for name in names]
        fits = [_fits(oid, column) for oid, column in zip(oids, columns)]
        if not all(fits):
            return None
        for column, fit in zip(columns, fits):
            if fit is _AS_FLOAT:
                column[:] = [float(v) if type(v) is int else v for v in column]
        cursor = self.conn.connection.driver_connection.cursor()
        try:
            statement = f"COPY {_quoted(table)} ({', '.join(map(_quoted, names))}) FROM STDIN (FORMAT BINARY)"
            with cursor.copy(statement) as copy:
                copy.set_types(oids)
                write = copy.write_row
                for row in zip(*columns):
                    write(row)
            self.copied += cursor.rowcount
            return cursor.rowcount
        finally:
            cursor.close()


_AS_FLOAT = "as float"


def _fits(oid: int | None, column: list[Any]) -> bool | str:
    """Whether binary COPY sends every value of the column as executemany
    would have it stored; `_AS_FLOAT`: once its ints are made floats."""
    takes = _TAKES.get(oid)
    if takes is None:
        return False
    kinds = set(map(type, column))
    kinds.discard(_NONE)
    if kinds <= takes:
        if oid == _TIMESTAMPTZ:
            # A naive time is read in the session's time zone by the server's cast.
            return all(v.tzinfo is not None for v in set(column) if v is not None)
        return True
    if oid == _FLOAT8 and kinds <= {float, int}:
        return _AS_FLOAT
    return False


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
