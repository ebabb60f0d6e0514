"""A roster sheet's rows read into values: where each came from, and what is
wrong with each, named by sheet, row and column as the user sees them in Excel.

The service streams a sheet's rows through `read_row`; `desktop/core/roster_plan.py`
then matches them with what the database holds. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Sequence

from desktop.core.i18n import translate
from desktop.core.roster import (
    BY_KEY, PERSON_KEYS, POST_KEYS, VILLAGE_KEYS, Words, id_number_facts, read_cell, vocabulary,
)
from desktop.core.validation import check_birth_year


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """Why a row is rejected, at the cell the user should fix."""

    sheet: str
    row: int                    # 1-based, as Excel numbers rows
    column: str | None          # letter; None for the row as a whole
    header: str | None          # the header cell as written
    message: str

    def describe(self) -> str:
        if self.column:
            return translate("Roster", "Sheet {sheet}, row {row}, column {column} ({header}): {message}").format(
                sheet=self.sheet, row=self.row, column=self.column, header=self.header or "", message=self.message)
        return translate("Roster", "Sheet {sheet}, row {row}: {message}").format(
            sheet=self.sheet, row=self.row, message=self.message)


@dataclass(slots=True)
class SheetLayout:
    """A sheet's header as found: which column holds which field."""

    title: str
    header_row: int                         # 1-based; 0: no header found
    columns: dict[int, str]                 # 0-based column index -> key
    headers: dict[int, str]                 # 0-based column index -> header text as written
    unmatched: list[tuple[int, str]] = field(default_factory=list)   # (index, header) the user may map
    width: int = 0                          # cells in the header row

    def place(self, key: str) -> tuple[str | None, str | None]:
        """(letter, header) of the column holding `key` on this sheet."""
        for index, k in self.columns.items():
            if k == key:
                return column_letter(index), self.headers.get(index, "")
        return None, None

    @property
    def has_villages(self) -> bool:
        return any(k in VILLAGE_KEYS for k in self.columns.values())

    @property
    def has_people(self) -> bool:
        keys = set(self.columns.values())
        return any(k in PERSON_KEYS for k in keys) or "post" in keys


@dataclass(slots=True)
class RosterRow:
    """One data row: its cells as read, and its values by key."""

    layout: SheetLayout
    number: int                             # 1-based row number in the sheet
    cells: tuple                            # the original cells, for the rejects file
    values: dict[str, Any]
    problems: list[RosterProblem] = field(default_factory=list)

    @property
    def sheet(self) -> str:
        return self.layout.title

    @property
    def has_person(self) -> bool:
        return any(self.values.get(k) is not None for k in (*PERSON_KEYS, *POST_KEYS))

    @property
    def has_village(self) -> bool:
        return any(self.values.get(k) is not None for k in VILLAGE_KEYS)

    def reject(self, key: str | None, message: str) -> None:
        """Record a problem at `key`'s column (None: the row as a whole)."""
        letter, header = self.layout.place(key) if key else (None, None)
        self.problems.append(RosterProblem(self.sheet, self.number, letter, header, message))

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


class CellReader:
    """Reads cells column by column, remembering each distinct cell of a
    column: a roster repeats its townships, villages, posts and genders on
    every row, so most cells are read once."""

    def __init__(self, words: Words | None = None) -> None:
        self.words = words or vocabulary()
        self._memo: dict[str, dict[Any, tuple[Any, str | None]]] = {k: {} for k in BY_KEY}

    def read(self, key: str, value: Any) -> tuple[Any, str | None]:
        # Only texts and dates: 1, 1.0 and True are equal keys but read apart.
        if type(value) is not str and type(value) is not datetime:
            return read_cell(key, value, self.words)
        memo = self._memo[key]
        found = memo.get(value)
        if found is None:
            found = memo[value] = read_cell(key, value, self.words)
        return found


def read_row(layout: SheetLayout, number: int, cells: Sequence[Any], today: date,
             reader: CellReader | None = None) -> RosterRow:
    """One data row of a sheet as values, with a problem for each cell that
    cannot be read and for each rule the row breaks."""
    reader = reader or CellReader()
    row = RosterRow(layout, number, tuple(cells), {})
    values = row.values
    count = len(cells)
    for index, key in layout.columns.items():
        if index >= count:
            continue
        cell = cells[index]
        if cell is None:
            continue
        value, message = reader.read(key, cell)
        if message:
            row.reject(key, message)
        elif value is not None:
            values[key] = value
    _derive(row, cells, today)
    _check(row, today)
    return row


def _derive(row: RosterRow, cells: Sequence[Any], today: date) -> None:
    """Fill what other columns imply: the birth year from the date of birth,
    the age or the ID number; the gender from the ID number; the term's
    start and end from a 任期 cell such as 2021.03-2026.02."""
    values = row.values
    born = values.pop("birth_date", None)
    age = values.pop("age", None)
    id_number = values.pop("id_number", None)    # never stored: only what it says about age and gender
    year = born.year if isinstance(born, date) else None
    if id_number is not None:
        id_year, id_gender = id_number_facts(id_number)
        year = year or id_year
        if values.get("gender") is None and id_gender is not None:
            values["gender"] = id_gender
    if year is None and age is not None:
        year = today.year - age
    if year is not None:
        values["birth_year"] = year
    term = values.pop("term", None)
    if term is not None:
        start, end = term
        if start is not None:
            values.setdefault("term_start", start)
        if end is not None:
            values.setdefault("term_end", end)
    values.pop("serial", None)


def _check(row: RosterRow, today: date) -> None:
    values = row.values
    year = values.get("birth_year")
    if year is not None:
        message = check_birth_year(year, today)
        if message:
            row.reject(_birth_column(row), message)
    start, end = values.get("term_start"), values.get("term_end")
    if start and end and end < start:
        row.reject("term_end" if row.layout.place("term_end")[0] else "term",
                   translate("Roster", "The term cannot end before it starts."))
    population, households, members = values.get("population"), values.get("households"), values.get("party_members")
    if population is not None and households is not None and households > population:
        row.reject("households", translate("Roster", "More households ({households}) than people ({population}).").format(
            households=households, population=population))
    if population is not None and members is not None and members > population:
        row.reject("party_members", translate("Roster", "More Party members ({members}) than people ({population}).").format(
            members=members, population=population))
    if row.has_person:
        if not values.get("name_zh") and not values.get("name_bo"):
            row.reject("name_zh" if row.layout.place("name_zh")[0] else "name_bo" if row.layout.place("name_bo")[0] else None,
                       translate("Roster", "The person's name is missing (in Chinese or in Tibetan)."))
        elif not values.get("post") and not _has_problem_at(row, "post"):
            row.reject("post" if row.layout.place("post")[0] else None,
                       translate("Roster", "The post is missing: every person on the roster holds a post in the village."))


def _birth_column(row: RosterRow) -> str | None:
    for key in ("birth_date", "age", "id_number"):
        if row.layout.place(key)[0]:
            return key
    return None


def _has_problem_at(row: RosterRow, key: str) -> bool:
    letter, _ = row.layout.place(key)
    return any(p.column == letter for p in row.problems) if letter else False
