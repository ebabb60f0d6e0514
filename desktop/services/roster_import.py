"""Importing a roster workbook: villages, people and posts from the sheets
townships keep.

    preview = ws.roster.preview(path, mapping=None, progress=progress)   # reads; writes nothing
    preview.items / preview.rejected / preview.new_townships / preview.sheets
    ws.roster.preview(path, mapping={("Sheet1", 7): "phone"})           # the columns not recognised
    changeset = ws.roster.apply(preview, progress=progress)             # all of it, one transaction
    ws.roster.save_rejects(preview, "fix-these.xlsx")                   # original cells + reasons
    ws.roster.save_template("roster.xlsx")                              # blank, with drop-down lists

Every sheet is read (hidden ones aside). A sheet whose first rows hold no
header naming two roster columns is left out and listed (a sheet of notes,
a chart's data). Rules of matching and rejection: desktop/core/roster_plan.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

import openpyxl

from desktop.core.changes import ChangeSet
from desktop.core.errors import EditConflict, VillageDeskError
from desktop.core.i18n import speaking, translate
from desktop.core.progress import NO_PROGRESS, Cancelled, Progress
from desktop.core.roster import (BY_KEY, COLUMNS, HEADER_SEARCH_ROWS, find_header, fold, is_blank, is_total_or_footer,
                                 label_words, sheet_columns, title_index, vocabulary, Words)
from desktop.core.roster_plan import ADDED, CHANGED, UNCHANGED, Known, RosterItem, RosterPlan, plan_roster
from desktop.core.roster_rows import CellReader, RosterProblem, RosterRow, SheetLayout, read_row
from desktop.services.settings import LANGUAGES
from desktop.services.translations import catalogue_for
from desktop.storage.roster import RosterStore

ACTION = "roster.import"
PROGRESS_EVERY = 1000

Mapping_ = Mapping[tuple[str, int], "str | None"]
"""(sheet title, 1-based column number) -> roster column key, or None to leave the column out."""


class RosterFileInvalid(VillageDeskError):
    """The file is not a workbook that can be read."""


class RosterChanged(EditConflict):
    """The villages or people the preview showed were changed meanwhile."""


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """What was found on one sheet."""

    title: str
    header_row: int                                   # 1-based; 0: not a roster sheet (left out)
    columns: tuple[tuple[int, str, str], ...]         # (1-based column, header as written, key)
    unmatched: tuple[tuple[int, str], ...]            # (1-based column, header) recognised as nothing
    rows: int                                         # data rows read
    skipped: int                                      # blank, subtotal and signature rows


@dataclass(slots=True)
class RosterPreview:
    """What an import would do. Holds the rows read, so applying it reads no file."""

    path: Path
    sheets: tuple[SheetInfo, ...]
    plan: RosterPlan
    mapping: dict[tuple[str, int], str | None]
    as_of: int                                        # the last change set when it was made
    _rows: list[RosterRow] = field(default_factory=list, repr=False)
    _parse_problems: dict[int, int] = field(default_factory=dict, repr=False)

    @property
    def items(self) -> list[RosterItem]:
        return self.plan.items

    def added(self, entity: str) -> list[RosterItem]:
        return self.plan.of(entity, ADDED)

    def changed(self, entity: str) -> list[RosterItem]:
        return self.plan.of(entity, CHANGED)

    def unchanged(self, entity: str) -> list[RosterItem]:
        return self.plan.of(entity, UNCHANGED)

    @property
    def new_townships(self) -> list[RosterItem]:
        return self.plan.of("admin_unit", ADDED)

    @property
    def rejected(self) -> list[RosterRow]:
        """Rejected rows in sheet and row order, each with its problems."""
        return self.plan.rejected

    @property
    def problems(self) -> list[RosterProblem]:
        return self.plan.problems

    @property
    def rows_read(self) -> int:
        return sum(s.rows for s in self.sheets)

    @property
    def has_changes(self) -> bool:
        return any(i.status != UNCHANGED for i in self.plan.items)

    def counts(self) -> dict[str, dict[str, int]]:
        """entity -> status -> count, for "township", "village", "person", "post"."""
        names = {"admin_unit": "township", "village": "village", "person": "person", "post": "post"}
        return {names[e]: {s: self.plan.count(e, s) for s in (ADDED, CHANGED, UNCHANGED)} for e in names}


class RosterImportService:
    def __init__(self, workspace) -> None:
        self.ws = workspace

    @staticmethod
    def columns() -> list[tuple[str, str]]:
        """(key, title in the user's language) of every column a header can
        be mapped to, for the mapping step."""
        return [(c.key, c.title) for c in COLUMNS]

    # -- preview ---------------------------------------------------------------------

    def preview(self, path: str | Path, mapping: Mapping_ | None = None,
                progress: Progress = NO_PROGRESS) -> RosterPreview:
        """Read the workbook and match it with the database. Writes nothing."""
        path = Path(path)
        mapping = dict(mapping or {})
        with _no_cyclic_gc():
            sheets, rows = _read_workbook(path, mapping, self.ws.today(), progress)
            with self.ws.db.read() as r:
                store = RosterStore(r.conn)
                as_of = store.last_change()
                parse_problems = {id(row): len(row.problems) for row in rows}
                plan = plan_roster(rows, _known(store), self.ws.today(), progress)
        return RosterPreview(path, tuple(sheets), plan, mapping, as_of, rows, parse_problems)

    # -- apply -----------------------------------------------------------------------

    def apply(self, preview: RosterPreview, progress: Progress = NO_PROGRESS) -> ChangeSet:
        """Write everything the preview shows, in one transaction.

        If anything was written since the preview, the plan is made again
        inside the write transaction; if it differs from what the preview
        showed, RosterChanged is raised and nothing is written. Cancelling
        (through `progress`) writes nothing either.
        """
        # A backup first (services/backups.py: skipped if nothing changed
        # since the newest; a failed one does not stop the import).
        self.ws.backups.before("before-import", action=ACTION)
        with _no_cyclic_gc(), self.ws.db.write(self.ws.actor, ACTION) as w:
            store = RosterStore(w.conn)
            plan = preview.plan
            if store.last_change() != preview.as_of:
                rows = [dataclasses.replace(r, problems=r.problems[:preview._parse_problems.get(id(r), 0)])
                        for r in preview._rows]
                fresh = plan_roster(rows, _known(store), self.ws.today(), progress)
                if fresh.signature() != plan.signature() or len(fresh.rejected) != len(plan.rejected):
                    raise RosterChanged(translate(
                        "Roster", "Villages or people in this roster were changed since the preview. "
                                  "Nothing was imported: look at the preview again."))
                plan = fresh
            total = sum(len(v) for v in plan.inserts.values()) + len(plan.updates)
            done = 0
            progress.step(0, total, translate("Roster", "Importing the roster"))
            # Parents first: townships, villages, people, then their posts.
            for entity in ("admin_unit", "village", "person", "post"):
                rows = plan.inserts.get(entity, [])
                if rows:
                    w.insert_many(entity, _stepping(rows, progress, done, total))
                    done += len(rows)
            for entity, row_id, version, values in plan.updates:
                w.update(entity, row_id, version, values)
                done += 1
                if done % PROGRESS_EVERY == 0:
                    progress.step(done, total)
            progress.step(total, total)
        return w.changeset

    # -- files -----------------------------------------------------------------------

    def save_rejects(self, preview: RosterPreview, path: str | Path) -> Path:
        """The rejected rows as a workbook to fix and import again: per sheet,
        its header as written, the rows' original cells and why each was not
        imported."""
        from desktop.services.roster_files import write_rejects

        return write_rejects(preview, Path(path))

    def save_template(self, path: str | Path) -> Path:
        """A blank roster with the expected columns, drop-down lists and an
        instructions sheet."""
        from desktop.services.roster_files import write_template

        return write_template(Path(path))


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Reading makes hundreds of thousands of objects that all stay alive
    (rows, values, entries): each of the cyclic GC's passes would walk them
    and the whole heap again, a fifth of the time in the benchmark. Reference
    counting still frees what is dropped."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _known(store: RosterStore) -> Known:
    return Known(units=store.units(), villages=store.villages(), load_people=store.people_of)


def _stepping(rows: list[dict[str, Any]], progress: Progress, start: int, total: int) -> Iterator[dict[str, Any]]:
    for i, row in enumerate(rows, 1):
        if i % PROGRESS_EVERY == 0:
            progress.step(start + i, total)
        yield row


# -- reading ------------------------------------------------------------------------------

def _read_workbook(path: Path, mapping: dict, today, progress: Progress) -> tuple[list[SheetInfo], list[RosterRow]]:
    if not path.is_file():
        raise RosterFileInvalid(translate("Roster", "There is no file {path}.").format(path=path))
    sheets: list[SheetInfo] = []
    rows: list[RosterRow] = []
    reader = CellReader(_vocabulary())
    extra = title_index()
    try:
        with path.open("rb") as f:   # a file object: openpyxl judges the content, not the name
            wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
            try:
                # Hidden sheets hold drop-down lists; the template's instructions name one column a row.
                skip = {fold(translate("Roster", "Instructions")), fold("Instructions"), fold("说明"), fold("填表说明")}
                worksheets = [ws for ws in wb.worksheets if ws.sheet_state == "visible" and fold(ws.title) not in skip]
                total = sum(ws.max_row or 0 for ws in worksheets)
                done = 0
                progress.step(0, total, translate("Roster", "Reading the roster"))
                for ws in worksheets:
                    info, done = _read_sheet(ws, mapping, extra, reader, today, rows, progress, done, total)
                    sheets.append(info)
            finally:
                wb.close()
    except (Cancelled, VillageDeskError):
        raise
    except PermissionError:
        raise RosterFileInvalid(translate(
            "Roster", "{name} cannot be read: it is open in another program or you may not read it.").format(
            name=path.name)) from None
    except Exception:   # zip, XML and openpyxl errors alike: not a usable workbook
        raise RosterFileInvalid(translate(
            "Roster", "{name} is not an Excel workbook (.xlsx) or it is damaged. "
                      "Open it in Excel or WPS, save it as .xlsx and try again.").format(name=path.name)) from None
    if not any(s.header_row for s in sheets):
        raise RosterFileInvalid(translate(
            "Roster", "No sheet of {name} has a roster's header row (such as 乡镇, 村名, 区划代码, 姓名, 职务) "
                      "in its first {rows} rows.").format(name=path.name, rows=HEADER_SEARCH_ROWS))
    return sheets, rows


def _vocabulary() -> Words:
    """The words of the closed lists in the user's language and in each
    catalogue's: a sheet filled in Tibetan reads in a Chinese session."""
    extra = []
    for language in LANGUAGES:
        catalogue = catalogue_for(language)
        if catalogue is not None:
            with speaking(catalogue.translate):
                extra.append(label_words())
    return vocabulary(*extra)


def _read_sheet(ws, mapping: dict, extra: dict, reader: CellReader, today, out: list[RosterRow],
                progress: Progress, done: int, total: int) -> tuple[SheetInfo, int]:
    title = ws.title
    it = ws.iter_rows(values_only=True)
    head: list[tuple] = []
    for row in it:
        head.append(row)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    found = find_header(head, extra)
    if found is None:
        for _ in it:     # counted for the progress only
            done += 1
        return SheetInfo(title, 0, (), (), 0, 0), done + len(head)
    index, columns = found
    header = head[index]
    columns = _apply_mapping(title, header, columns, mapping)
    headers = {i: _header_text(v) for i, v in enumerate(header) if _header_text(v)}
    layout = SheetLayout(title, index + 1, sheet_columns(columns), headers, width=len(header))
    layout.unmatched = [(i, h) for i, h in headers.items() if i not in layout.columns and (title, i + 1) not in mapping]
    count = skipped = 0
    number = index + 1
    done += index + 1

    def rows_after_header():
        yield from head[index + 1:]
        yield from it

    for cells in rows_after_header():
        number += 1
        done += 1
        if done % PROGRESS_EVERY == 0:
            progress.step(done, total)
        if is_blank(cells):
            skipped += 1
            continue
        if is_total_or_footer(cells):
            skipped += 1
            continue
        out.append(read_row(layout, number, cells, today, reader))
        count += 1
    info = SheetInfo(title, index + 1,
                     tuple((i + 1, headers.get(i, ""), k) for i, k in sorted(layout.columns.items())),
                     tuple((i + 1, h) for i, h in layout.unmatched), count, skipped)
    return info, done


def _apply_mapping(title: str, header: tuple, columns: dict[int, str], mapping: dict) -> dict[int, str]:
    """The columns recognised, with the user's choices for this sheet over them."""
    columns = dict(columns)
    for (sheet, number), key in mapping.items():
        if sheet != title:
            continue
        if key is not None and key not in BY_KEY:
            raise VillageDeskError(translate("Roster", "There is no roster column {key}.").format(key=key))
        if key is not None:
            columns = {i: k for i, k in columns.items() if k != key}     # the user's choice wins
            columns[number - 1] = key
        else:
            columns.pop(number - 1, None)
    return columns


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())
