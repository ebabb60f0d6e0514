"""The problem ledger as a Qt model that holds ids and fetches rows lazily.

The index (`LedgerService.index`: one light entry per problem) is loaded
once; a filter or a sort is `LedgerIndex.select` over it and a reset of the
ids, so a keystroke costs one pass over 150,000 entries and no query. Full
records are read for the rows the view paints, a page at a time, with their
villages' names, and kept (bounded) across filters: typing back and forth
over the same rows reads nothing again. An edit patches the index
(`ledger_live.patched`) instead of reading the whole ledger again.
"""

from __future__ import annotations

import gc

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.changes import ChangeSet, Op
from desktop.core.ledger import LedgerCounts, ProblemRecord, deadline_colour
from desktop.core.ledger_index import LedgerFilter, LedgerIndex, SortKey
from desktop.core.ledger_live import EntryCounter, patched
from desktop.core.ledger_terms import ProblemStatus
from desktop.core.terms import WarningColour
from desktop.ui.warning_grid_model import FILLS, TEXT

PAGE_SIZE = 200
MAX_ROWS = 20_000          # records kept across filters; the oldest go first
MUTED = "#6b6f76"          # closed-out problems: done, still listed
ID_ROLE = Qt.ItemDataRole.UserRole
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1
# Village fields that change what the list shows or finds: names, township.
VILLAGE_FIELDS = frozenset({"name_zh", "name_bo", "township_id", "code"})


class LedgerColumn(StrEnum):
    VILLAGE = "village"
    DESCRIPTION = "description"
    CATEGORY = "category"
    STATUS = "status"
    FOUND = "found"
    DEADLINE = "deadline"
    RESPONSIBLE = "responsible"
    SOURCE = "source"


COLUMNS = list(LedgerColumn)
SORT_KEYS = {LedgerColumn.VILLAGE: SortKey.VILLAGE, LedgerColumn.CATEGORY: SortKey.CATEGORY,
             LedgerColumn.STATUS: SortKey.STATUS, LedgerColumn.FOUND: SortKey.FOUND,
             LedgerColumn.DEADLINE: SortKey.DEADLINE}
COLUMN_OF_KEY = {key: COLUMNS.index(column) for column, key in SORT_KEYS.items()}
_DEADLINE = COLUMNS.index(LedgerColumn.DEADLINE)
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
          Qt.ItemDataRole.ToolTipRole, ID_ROLE, COLOUR_ROLE}


class _Row:
    """One problem as the table shows it: texts made once."""

    __slots__ = ("record", "texts", "tips", "colour")

    def __init__(self, record: ProblemRecord, texts: tuple[str, ...], tips: tuple[str, ...],
                 colour: WarningColour | None) -> None:
        self.record = record
        self.texts = texts
        self.tips = tips
        self.colour = colour


class LedgerTableModel(QAbstractTableModel):
    def __init__(self, workspace, language: str = "zh_CN", parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._language = language
        self._index: LedgerIndex | None = None
        self._counter: EntryCounter | None = None
        self._filter = LedgerFilter()
        self._key = SortKey.DEADLINE
        self._descending = False
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = None
        self._rows: dict[str, _Row] = {}      # insertion order: the oldest are dropped first
        self._fills = {c: QBrush(QColor(v)) for c, v in FILLS.items() if c is not WarningColour.GREEN}
        self._text_brush = QBrush(QColor(TEXT))
        self._muted_brush = QBrush(QColor(MUTED))

    # -- the list --------------------------------------------------------

    @property
    def ledger_index(self) -> LedgerIndex | None:
        return self._index

    @property
    def ledger_filter(self) -> LedgerFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def ids(self) -> list[str]:
        return self._ids

    def set_index(self, index: LedgerIndex) -> None:
        """Show this index (read by `LedgerService.index`) under the current
        filter; the records kept are read again (the index may be newer)."""
        self._index = index
        self._counter = None
        self._rows.clear()
        self._select()

    def refresh(self) -> None:
        """Read the whole index again (villages renamed, a bulk change)."""
        self.set_index(self._ws.ledger.index())
        # A prefecture's index is 150,000 entries kept for the session:
        # out of the cyclic GC's full passes, which would walk it at random
        # clicks (100-300 ms each), as start-up's objects are (ui/app.py).
        gc.freeze()

    def set_filter(self, ledger_filter: LedgerFilter, key: SortKey | None = None,
                   descending: bool | None = None) -> None:
        """The rows that pass the filter, in the order of `key` (the current
        order when None): one pass over the index and a reset of the ids."""
        self._filter = ledger_filter
        if key is not None:
            self._key = key
        if descending is not None:
            self._descending = descending
        self._select()

    def _select(self) -> None:
        if self._index is None:
            # Nothing read yet (the view's sort indicator is set before the
            # first refresh): the order is kept and applied by refresh.
            return
        ids = self._index.select(self._filter, self._key, self._descending)
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: the columns with a sort key sort; the others keep the order."""
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        if key is not None:
            self.set_filter(self._filter, key, order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        return COLUMN_OF_KEY[self._key]

    def counts(self, shown_only: bool = True) -> LedgerCounts:
        """The campaign's counts for the rows shown, or the whole ledger."""
        if self._index is None:
            return LedgerCounts()
        if self._counter is None or self._counter.index is not self._index:
            self._counter = EntryCounter(self._index)
        if not shown_only or self._filter.is_empty():
            return self._counter.count()
        return self._counter.count(self._ids)

    @property
    def due_soon_days(self) -> int:
        return self._index.due_soon_days if self._index is not None else 0

    @property
    def today(self) -> date:
        return self._index.today if self._index is not None else self._ws.today()

    # -- rows ------------------------------------------------------------

    def problem_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, problem_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {pid: i for i, pid in enumerate(self._ids)}
        return self._row_of.get(problem_id)

    def problem(self, row: int) -> ProblemRecord | None:
        """The record shown in `row` (None if deleted since the list was made)."""
        r = self._row(row)
        return r.record if r is not None else None

    def _row(self, row: int) -> _Row | None:
        pid = self._ids[row]
        found = self._rows.get(pid)
        if found is None and pid not in self._rows:
            self._load_page(row // PAGE_SIZE)
            found = self._rows.get(pid)
        return found

    def _load_page(self, page: int) -> None:
        ids = [pid for pid in self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE] if pid not in self._rows]
        records = self._ws.ledger.many(ids)
        names = self._ws.ledger.village_names({r.village_id for r in records.values()})
        for pid in ids:
            record = records.get(pid)
            self._rows[pid] = self._make_row(record, names.get(record.village_id)) if record else None
        while len(self._rows) > MAX_ROWS:
            del self._rows[next(iter(self._rows))]


    def _make_row(self, p: ProblemRecord, names: tuple[str, str, str, str] | None) -> _Row:
        index = self._index
        colour = deadline_colour(p.status, p.deadline, index.today, index.due_soon_days)
        category = p.aspect.label if p.aspect else (p.category.label if p.category else "")
        people = " / ".join(x for x in (p.responsible_leader, p.responsible_person) if x)
        description = " ".join(p.description.split())
        village = village_text(names, self._language)
        texts = (village, description, category, p.status.label, _iso(p.found_on), _iso(p.deadline), people,
                 p.source.label)
        tips = (village,
                p.description,
                "\n".join(x for x in (p.category.label if p.category else "", p.aspect.label if p.aspect else "") if x),
                self._status_tip(p),
                "",
                self._deadline_tip(p, colour),
                "\n".join(x for x in (self.tr("Responsible leader: {name}").format(name=p.responsible_leader)
                                      if p.responsible_leader else "",
                                      self.tr("Responsible person: {name}").format(name=p.responsible_person)
                                      if p.responsible_person else "") if x),
                "\n".join(x for x in (p.source.label, p.source_ref) if x))
        return _Row(p, texts, tips, colour)

    def _status_tip(self, p: ProblemRecord) -> str:
        text = self.tr("{status} since {date}").format(status=p.status.label, date=_iso(p.status_on))
        if p.closed_by:
            text += "\n" + self.tr("Checked by {name}").format(name=p.closed_by)
        if p.reopen_count:
            text += "\n" + self.tr("Times reopened: {count}").format(count=p.reopen_count)
        return text

    def _deadline_tip(self, p: ProblemRecord, colour: WarningColour | None) -> str:
        if p.deadline is None or colour is None:
            return ""
        days = (p.deadline - self._index.today).days
        if days < 0:
            return self.tr("Overdue by {days} days").format(days=-days)
        if days == 0:
            return self.tr("Due today")
        return self.tr("Due in {days} days").format(days=days)

    # -- keeping up ------------------------------------------------------

    def apply(self, changeset: ChangeSet) -> bool:
        """Follow a change set; True if the ids shown were made again (the
        caller restores its selection by id)."""
        if self._index is None:
            return False
        if changeset.bulk or changeset.touches("admin_unit") or changeset.changes_membership("village") \
                or any(VILLAGE_FIELDS & c.fields.keys() for c in changeset.of("village", [Op.UPDATE])):
            self.refresh()
            return True
        changed = changeset.ids("problem")
        days = None
        if changeset.touches("warning_policy"):
            days = self._ws.ledger.due_soon_days()
            if days == self._index.due_soon_days:
                days = None
        if not changed and days is None:
            return False
        fresh = self._ws.ledger.entries(changed) if changed else []
        for pid in changed:
            self._rows.pop(pid, None)
        if days is not None:
            self._rows.clear()     # the colours follow the days
        self._index = patched(self._index, fresh, changed - {e.id for e in fresh}, days)
        self._select()
        return True

    def set_language(self, language: str) -> None:
        self._language = language
        self._rows.clear()     # cell texts hold translated labels and names
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        # Qt asks each visible cell for a dozen roles on every paint; the
        # ones not shown are answered before touching the row.
        if role not in _ROLES or not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:    # deleted since the list was made
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[column] or None
        if role == COLOUR_ROLE:
            return row.colour.value if row.colour is not None else ""
        coloured = column == _DEADLINE and row.colour in self._fills
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._fills[row.colour] if coloured else None
        # Foreground: dark on a colour; closed-out problems muted.
        if coloured:
            return self._text_brush
        return self._muted_brush if row.record.status is ProblemStatus.CLOSED else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(COLUMNS):
            return None
        return self.header_text(COLUMNS[section])

    def header_text(self, column: LedgerColumn) -> str:
        return {
            LedgerColumn.VILLAGE: self.tr("Village"),
            LedgerColumn.DESCRIPTION: self.tr("Problem"),
            LedgerColumn.CATEGORY: self.tr("Category / aspect"),
            LedgerColumn.STATUS: self.tr("Status"),
            LedgerColumn.FOUND: self.tr("Found"),
            LedgerColumn.DEADLINE: self.tr("Deadline"),
            LedgerColumn.RESPONSIBLE: self.tr("Responsible"),
            LedgerColumn.SOURCE: self.tr("Source"),
        }[column]


def village_text(names: tuple[str, str, str, str] | None, language: str) -> str:
    """"Village · township" in the language shown (the other script when a name has none)."""
    zh, bo, township_zh, township_bo = names or ("", "", "", "")
    if language == "bo_CN":
        village, township = bo or zh, township_bo or township_zh
    else:
        village, township = zh or bo, township_zh or township_bo
    return f"{village} · {township}" if township else village


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def short_description(text: str, most: int = 24) -> str:
    """A problem named in a title or an undo entry: its first words."""
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[:most - 1] + "…"
