"""Merging a record from another installation with the row here
(docs/sync-format.md §6): version vectors, table and column owners, and the
rule that picks a conflict's winner alike on every installation.

Everything works on *records*: a row as it travels, with `sync_clock` as a
dict {installation id: writes} and without the derived columns. Dates and
times are ISO strings, so two records of the same version are equal.

`decide(entity, ours, theirs, is_county)` says what to do with `theirs`:

- "new": no row here; write it as it came.
- "unchanged": the same clock.
- "older": ours has seen it; nothing to write.
- "changed" / "deleted": it has seen ours; write it as it came.
- "merged": both changed the row since they last agreed, to the same
  content; write the winner with both clocks merged.
- "changed" also when the two are concurrent, neither or both deleted,
  and the winner is a later write of the installation the loser names
  (`supersedes`): the loser is a row merged before, superseded by a later
  version of its own winner. The merged row is written and no conflict
  listed ("merged" if that changes nothing here).
- "conflict": both changed it differently; write the merged row (the
  winner, with the columns another side owns taken from the version that
  has seen more of that side's writes, and both clocks merged) and keep
  the losing version in the conflict list.

The result does not depend on which side decides: `decide(a, b)` on one
machine and `decide(b, a)` on the other write the same row.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from typing import Callable, NamedTuple

# Parents before children (sync-format.md §6 "Apply order").
APPLY_ORDER: tuple[str, ...] = (
    "admin_unit", "checklist_template", "warning_policy", "village", "collective_income",
    "village_rating", "person", "post", "inspection", "inspection_answer",
    "inspection_evidence", "village_warning", "problem", "problem_event",
    "problem_evidence", "plan", "plan_item", "plan_event", "support_activity",
    "acceptance_review",
)

COUNTY, TOWNSHIP, BOTH = "county", "township", "both"

OWNERS: dict[str, str] = {
    **dict.fromkeys(APPLY_ORDER, TOWNSHIP),
    **dict.fromkeys(("admin_unit", "checklist_template", "warning_policy", "village_rating",
                     "acceptance_review"), COUNTY),
    **dict.fromkeys(("plan", "plan_item"), BOTH),
}

# Columns owned by the side other than their table's owner.
FIELD_OWNERS: dict[str, dict[str, str]] = {"village": {"rating": COUNTY}}

SYNC_COLUMNS = ("id", "row_version", "updated_at", "installation_id", "deleted", "sync_clock")
# What two versions are compared on for a silent merge: every column but
# the bookkeeping ones. The tombstone flag counts: a delete against an edit
# is a conflict, never lost silently.
_NOT_CONTENT = frozenset(SYNC_COLUMNS) - {"deleted"}


class Order(StrEnum):
    """How their clock stands to ours."""

    EQUAL = "equal"
    OLDER = "older"            # ours has seen every write of theirs
    NEWER = "newer"            # theirs has seen every write of ours
    CONCURRENT = "concurrent"  # each has writes the other has not seen


def clock_of(stored: str, installation_id: str, row_version: int) -> dict[str, int]:
    """The clock of a stored row; empty means its one writer wrote every version."""
    if not stored:
        return {installation_id: row_version}
    return json.loads(stored)


def stored_clock(clock: dict[str, int], installation_id: str, row_version: int) -> str:
    """The column's value: "" while the clock is {installation_id: row_version}."""
    if len(clock) == 1 and clock.get(installation_id) == row_version:
        return ""
    return json.dumps(clock, sort_keys=True, separators=(",", ":"))


def next_clock(stored: str, row_installation: str, row_version: int, writer: str) -> tuple[str, int]:
    """The stored clock and row version after `writer` writes the row once more."""
    clock = clock_of(stored, row_installation, row_version)
    clock[writer] = clock.get(writer, 0) + 1
    version = sum(clock.values())
    return stored_clock(clock, writer, version), version


def compare(ours: dict[str, int], theirs: dict[str, int]) -> Order:
    """Their clock relative to ours (entries missing count as 0)."""
    not_above = all(n <= ours.get(k, 0) for k, n in theirs.items())
    not_below = all(theirs.get(k, 0) >= n for k, n in ours.items())
    if not_above and not_below:
        return Order.EQUAL
    if not_above:
        return Order.OLDER
    if not_below:
        return Order.NEWER
    return Order.CONCURRENT


def merge_clocks(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    """The entry-wise maximum."""
    merged = dict(a)
    for k, n in b.items():
        if n > merged.get(k, 0):
            merged[k] = n
    return merged


class Decision(NamedTuple):
    """What to do with one record (a tuple: an import makes one per row)."""

    kind: str                  # new | unchanged | older | changed | deleted | merged | conflict
    row: dict | None           # the record to write; None: nothing to write
    lost: dict | None = None   # conflict: the losing version
    kept: dict | None = None   # conflict: the row kept (the winner, merged: what `row` writes)
    rule: str = ""             # conflict: owner | time | clock | installation | hash
    ours: dict | None = None   # the record here when decided (None: no row here)

    @property
    def writes(self) -> bool:
        return self.row is not None


def record_hash(record: dict) -> bytes:
    """SHA-256 of the record's canonical JSON, the last tie-breaker."""
    text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).digest()


def same_content(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in a if k not in _NOT_CONTENT) and a.keys() == b.keys()


def on_side(record: dict, side: str, is_county: Callable[[str], bool]) -> bool:
    return is_county(record["installation_id"]) == (side == COUNTY)


def winner(entity: str, a: dict, b: dict, is_county: Callable[[str], bool]) -> tuple[dict, dict, str]:
    """(winner, loser, rule) of two concurrent versions; symmetric in a and b."""
    owner = OWNERS[entity]
    if owner != BOTH:
        a_on, b_on = on_side(a, owner, is_county), on_side(b, owner, is_county)
        if a_on != b_on:
            return (a, b, "owner") if a_on else (b, a, "owner")
    a_at, b_at = datetime.fromisoformat(a["updated_at"]), datetime.fromisoformat(b["updated_at"])
    if a_at != b_at:
        return (a, b, "time") if a_at > b_at else (b, a, "time")
    a_sum, b_sum = sum(a["sync_clock"].values()), sum(b["sync_clock"].values())
    if a_sum != b_sum:
        return (a, b, "clock") if a_sum > b_sum else (b, a, "clock")
    if a["installation_id"] != b["installation_id"]:
        return (a, b, "installation") if a["installation_id"] > b["installation_id"] else (b, a, "installation")
    return (a, b, "hash") if record_hash(a) >= record_hash(b) else (b, a, "hash")


def _seen_by(clock: dict[str, int], side: str, is_county: Callable[[str], bool]) -> dict[str, int]:
    """The entries of a clock that count the writes of one side."""
    return {k: n for k, n in clock.items() if is_county(k) == (side == COUNTY)}


def merged_row(entity: str, win: dict, lose: dict, is_county: Callable[[str], bool]) -> dict:
    """The winner, with the columns owned by the other side taken from the
    version that has seen more of that side's writes, and both clocks merged.

    "Seen more" and not "written last by that side": a merged row carries
    its winner's installation, so after one merge the last writer no longer
    says where an owned column came from, and a township's row merged
    before would take its old rating back. When neither version has seen
    more of the owner's writes, the version written on the owner's side
    gives the column if exactly one is; else the winner does.
    """
    row = dict(win)
    for column, side in FIELD_OWNERS.get(entity, {}).items():
        order = compare(_seen_by(win["sync_clock"], side, is_county), _seen_by(lose["sync_clock"], side, is_county))
        if order is Order.NEWER or (order is not Order.OLDER and on_side(lose, side, is_county)
                                    and not on_side(win, side, is_county)):
            row[column] = lose[column]
    clock = merge_clocks(win["sync_clock"], lose["sync_clock"])
    row["sync_clock"] = clock
    row["row_version"] = sum(clock.values())
    return row


def decide(entity: str, ours: dict | None, theirs: dict, is_county: Callable[[str], bool]) -> Decision:
    if ours is None:
        return Decision("new", theirs)
    order = compare(ours["sync_clock"], theirs["sync_clock"])
    if order is Order.EQUAL:
        return Decision("unchanged", None, ours=ours)
    if order is Order.OLDER:
        return Decision("older", None, ours=ours)
    if order is Order.NEWER:
        kind = "deleted" if theirs["deleted"] and not ours["deleted"] else "changed"
        return Decision(kind, theirs, ours=ours)
    win, lose, rule = winner(entity, ours, theirs, is_county)
    row = merged_row(entity, win, lose, is_county)
    if same_content(ours, theirs):
        return Decision("merged", row, ours=ours)
    if ours["deleted"] == theirs["deleted"] and supersedes(win, lose):
        kind = "merged" if same_content(row, ours) else "changed"
        return Decision(kind, row, ours=ours)
    return Decision("conflict", row, lost=lose, kept=row, rule=rule, ours=ours)


def supersedes(win: dict, lose: dict) -> bool:
    """Whether the winner is a later write of the installation the loser
    names: the loser is then a row merged before, which carries its
    winner's installation and content; that installation's later version
    has seen it. What else the loser held either lost at that merge (and
    was listed there) or is a column owned by the other side, which
    `merged_row` keeps again. So nothing is lost that the winner did not
    know: not a conflict. (A delete against an edit still is one: a column
    kept at the merge goes with the row.)"""
    by = lose["installation_id"]
    return win["installation_id"] == by and win["sync_clock"].get(by, 0) > lose["sync_clock"].get(by, 0)


def result_of(decision: Decision) -> dict | None:
    """The row there will be after the decision: what it writes, else ours."""
    return decision.row if decision.row is not None else decision.ours


def is_county_of(county_ids: set[str] | frozenset[str]) -> Callable[[str], bool]:
    return county_ids.__contains__
