"""What a roster would change: its rows matched with the townships, villages,
people and posts the database holds, field by field. Pure: the service
passes what the database holds (`Known`) and writes the plan.

Matching:
- A township by its name in Chinese or Tibetan (with or without 乡/镇/街道);
  one not found is created, under the county its villages' codes name.
- A village by its 12-digit code; without one, by township and name. A
  code found on another live village is that village (renamed or moved if
  the names differ).
- A person by name within the village (their posts there), so a cadre named
  twice in one village is one person with two posts; a post by village,
  person and post (and term start, when given).
- A blank cell leaves the stored value as it is: an import never erases, and
  never deletes villages, people or posts the roster does not name.

Rejections: a row is imported whole or not at all. Rows whose cells cannot be
read (desktop/core/roster_rows.py) are rejected with every problem; rows
that repeat a village row already given (duplicate codes), or give a village
or person another value than an earlier row, are rejected naming that row;
the first row stands.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.roster import BY_KEY, CHOICE_LISTS, fold
from desktop.core.roster_rows import RosterProblem, RosterRow
from desktop.core.terms import AdminLevel, PostRole, TownshipKind, weakness_mask, weakness_short_labels, weakness_types
from desktop.core.validation import TOWNSHIP_CODE_DIGITS, check_division_code

ADDED, CHANGED, UNCHANGED = "added", "changed", "unchanged"
PROGRESS_EVERY = 1000

# Stored column -> the roster column that fills it.
VILLAGE_FIELDS = {"township_id": "township", "code": "village_code", "name_zh": "village_name_zh",
                  "name_bo": "village_name_bo", "kind": "village_kind", "population": "population",
                  "households": "households", "party_members": "party_members", "party_org_type": "party_org_type",
                  "weakness": "weakness", "paired_unit": "paired_unit", "note": "village_note"}
PERSON_FIELDS = {"name_zh": "name_zh", "name_bo": "name_bo", "gender": "gender", "birth_year": "birth_date",
                 "ethnicity": "ethnicity", "education": "education", "phone": "phone",
                 "party_member": "party_member", "unit": "person_unit"}
POST_FIELDS = {"role": "post", "term_start": "term_start", "term_end": "term_end", "note": "post_note"}

VILLAGE_DEFAULTS = {"township_id": None, "code": None, "name_zh": "", "name_bo": "", "kind": "village",
                    "population": None, "households": None, "party_members": None, "party_org_type": None,
                    "weakness": 0, "paired_unit": "", "paired_village_id": None, "note": "", "rating": None,
                    "warning": None}
PERSON_DEFAULTS = {"name_zh": "", "name_bo": "", "gender": None, "birth_year": None, "ethnicity": None,
                   "education": None, "phone": "", "party_member": None, "unit": "", "note": ""}
POST_DEFAULTS = {"person_id": None, "village_id": None, "role": None, "unit": "", "term_start": None,
                 "term_end": None, "note": ""}


# -- what the database holds ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KnownUnit:
    id: str
    level: str
    code: str | None
    name_zh: str
    name_bo: str


@dataclass(frozen=True, slots=True, eq=False)
class KnownRecord:
    """A stored village, person or post: its id, version and stored columns."""

    id: str
    row_version: int
    values: dict[str, Any]


@dataclass(slots=True)
class Known:
    units: list[KnownUnit]
    villages: list[KnownRecord]
    # village ids -> (people holding a live post there, those posts)
    load_people: Callable[[list[str]], tuple[list[KnownRecord], list[KnownRecord]]]


# -- the plan ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str          # the roster column's key
    before: str       # as shown to the user
    after: str


@dataclass(frozen=True, slots=True)
class RosterItem:
    """A township, village, person or post the roster adds, changes or leaves."""

    entity: str                       # "admin_unit" | "village" | "person" | "post"
    status: str                       # ADDED | CHANGED | UNCHANGED
    id: str
    name: str                         # what the user calls it
    village: str                      # the village it belongs to ("" for townships and villages)
    changes: tuple[FieldChange, ...]  # CHANGED: field by field
    rows: tuple[tuple[str, int], ...]  # (sheet, row) it comes from

    def signature(self) -> tuple:
        """What the user confirmed, without the ids made for new rows."""
        key = self.id if self.status != ADDED else ""
        return self.entity, self.status, key, self.name, self.village, tuple((c.key, c.before, c.after) for c in self.changes)


@dataclass(slots=True)
class RosterPlan:
    items: list[RosterItem] = field(default_factory=list)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)      # entity -> rows with ids
    updates: list[tuple[str, str, int, dict[str, Any]]] = field(default_factory=list)  # entity, id, version, values
    rejected: list[RosterRow] = field(default_factory=list)

    def of(self, entity: str, status: str | None = None) -> list[RosterItem]:
        return [i for i in self.items if i.entity == entity and (status is None or i.status == status)]

    def count(self, entity: str, status: str) -> int:
        return sum(1 for i in self.items if i.entity == entity and i.status == status)

    def signature(self) -> tuple:
        return tuple(sorted(i.signature() for i in self.items if i.status != UNCHANGED))

    @property
    def problems(self) -> list[RosterProblem]:
        return [p for r in self.rejected for p in r.problems]


# -- planning -----------------------------------------------------------------------------

_TOWNSHIP_SUFFIX = re.compile(r"(乡|镇|街道|街道办事处|办事处|民族乡|苏木)$")


def _unit_keys(text: str) -> list[str]:
    key = fold(text)
    short = _TOWNSHIP_SUFFIX.sub("", key)
    return [key, short] if short and short != key else [key]


@dataclass(slots=True)
class _Township:
    id: str
    name: str
    known: bool
    text: str = ""
    coded: list[tuple[str, RosterRow]] = field(default_factory=list)   # a new township's villages' codes
    code: str | None = None


@dataclass(slots=True, eq=False)     # compared by identity: entries are many and large
class _Entry:
    """A village, person or post as the roster gives it."""

    id: str
    known: KnownRecord | None
    values: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, RosterRow] = field(default_factory=dict)   # field -> the row that gave it
    rows: list[RosterRow] = field(default_factory=list)
    only_row: RosterRow | None = None     # the row giving this village alone (no person)
    village: "_Entry | None" = None
    person: "_Entry | None" = None


class _Pass:
    """One matching pass over the rows not yet rejected."""

    def __init__(self, rows: list[RosterRow], known: Known, today: date) -> None:
        self.rows = rows
        self.known = known
        self.today = today
        self.problems: dict[int, list[tuple[str | None, str]]] = {}   # id(row) -> (key, message)
        # Rows that made an entry or gave it a value: rejecting one of them
        # means matching again without it.
        self.contributed: set[int] = set()
        units = [u for u in known.units if u.level == AdminLevel.TOWNSHIP.value]
        self.counties = [u for u in known.units if u.level == AdminLevel.COUNTY.value]
        self.township_by_name: dict[str, list[KnownUnit]] = {}
        for u in units:
            for name in {*(_unit_keys(u.name_zh) if u.name_zh else []), *(_unit_keys(u.name_bo) if u.name_bo else [])}:
                self.township_by_name.setdefault(name, []).append(u)
        self.unit_by_id = {u.id: u for u in known.units}
        self.townships: dict[str, _Township] = {}     # folded name (with and without 乡/镇) -> township
        self.new_townships: list[_Township] = []
        self.db_by_code: dict[str, KnownRecord] = {}
        self.db_by_name: dict[tuple[str, str], list[KnownRecord]] = {}
        self.db_by_bare_name: dict[str, list[KnownRecord]] = {}
        for v in known.villages:
            if v.values["code"]:
                self.db_by_code[v.values["code"]] = v
            for name in {fold(v.values["name_zh"]), fold(v.values["name_bo"])} - {""}:
                self.db_by_name.setdefault((v.values["township_id"], name), []).append(v)
                self.db_by_bare_name.setdefault(name, []).append(v)
        self.villages: list[_Entry] = []
        self.by_code: dict[str, _Entry] = {}
        self.by_name: dict[tuple[str, str], _Entry] = {}
        self.by_bare_name: dict[str, list[_Entry]] = {}
        self.by_db_id: dict[str, _Entry] = {}
        self.people_in: dict[tuple[str, str], list[_Entry]] = {}          # (village id, name) -> people
        self.people_by_phone: dict[tuple[str, str], list[_Entry]] = {}    # (name, phone) -> people
        self.stored_in: dict[tuple[str, str], list[KnownRecord]] = {}
        self.stored_by_phone: dict[tuple[str, str], list[KnownRecord]] = {}
        self.person_by_known: dict[str, _Entry] = {}
        self.person_list: list[_Entry] = []
        self.posts: dict[tuple, _Entry] = {}
        self.post_list: list[_Entry] = []
        self.posts_taken: set[str] = set()

    def _code_new_townships(self) -> None:
        """A new township takes the 9 digits most of its villages' codes start
        with; a village whose code starts otherwise is rejected, as it would be
        under a township already known."""
        for t in self.new_townships:
            counts = Counter(code[:TOWNSHIP_CODE_DIGITS] for code, _ in t.coded)
            ranked = counts.most_common(2)
            if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
                continue
            t.code = ranked[0][0]
            for code, row in t.coded:
                message = check_division_code(code, t.code)
                if message:
                    self.fail(row, "village_code", message)

    def township_names(self) -> dict[str, str]:
        names = {u.id: u.name_zh or u.name_bo for u in self.known.units}
        names.update({t.id: t.name for t in self.townships.values()})
        return names

    def fail(self, row: RosterRow, key: str | None, message: str) -> None:
        self.problems.setdefault(id(row), []).append((key, message))

    # -- townships ----------------------------------------------------------------

    def township_of(self, row: RosterRow) -> _Township | None:
        text = row.values.get("township")
        if not text:
            return None
        keys = _unit_keys(text)
        for key in keys:
            found = self.townships.get(key)
            if found:
                return found
        for key in keys:
            units = self.township_by_name.get(key, [])
            if len(units) > 1:
                self.fail(row, "township", translate("Roster", "Several townships are named {name}.").format(name=text))
                return None
            if units:
                u = units[0]
                found = _Township(u.id, u.name_zh or u.name_bo, True)
                break
        else:
            found = _Township(new_id(), text, False, text)
            self.contributed.add(id(row))
            self.new_townships.append(found)
        for key in keys:     # 扎西乡 and 扎西 are one township
            self.townships.setdefault(key, found)
        return found

    # -- villages -----------------------------------------------------------------

    def village_of(self, row: RosterRow, township: _Township | None) -> _Entry | None:
        v = row.values
        code = v.get("village_code")
        names = [n for n in (fold(v.get("village_name_zh")), fold(v.get("village_name_bo"))) if n]
        tid = township.id if township else None
        entry = self.by_code.get(code) if code else None
        if entry is None and names:
            entry = self._file_by_name(row, tid, names, code)
            if id(row) in self.problems:
                return None
        if entry is None:
            known = self.db_by_code.get(code) if code else None
            if known is None and names:
                known = self._db_by_name(row, tid, names, code)
                if id(row) in self.problems:
                    return None
            if known is None and not (code or names):
                self.fail(row, None, translate(
                    "Roster", "Which village? The row has neither the village's code nor its name."))
                return None
            if known is None and township is None:
                self.fail(row, "township" if row.layout.place("township")[0] else None, translate(
                    "Roster", "The village {name} is not in the database yet: give its township to add it.").format(
                    name=v.get("village_name_zh") or v.get("village_name_bo") or code))
                return None
            if known is None and not names:
                self.fail(row, "village_name_zh" if row.layout.place("village_name_zh")[0] else None, translate(
                    "Roster", "The village with the code {code} is not in the database yet: give its name to add it.").format(
                    code=code))
                return None
            if known is not None and known.id in self.by_db_id:
                entry = self.by_db_id[known.id]
            else:
                entry = _Entry(known.id if known else new_id(), known)
                self.contributed.add(id(row))
                self.villages.append(entry)
                if known is not None:
                    self.by_db_id[known.id] = entry
        if code and township is not None and township.known:
            unit = self.unit_by_id[township.id]
            message = check_division_code(code, unit.code)
            if message:
                self.fail(row, "village_code", message)
                return None
        return entry

    def _file_by_name(self, row: RosterRow, tid: str | None, names: list[str], code: str | None) -> _Entry | None:
        for name in names:
            if tid is not None:
                entry = self.by_name.get((tid, name))
            else:
                found = self.by_bare_name.get(name, [])
                if len(found) > 1:
                    self.fail(row, "township" if row.layout.place("township")[0] else "village_code", translate(
                        "Roster", "Several villages in this roster are named {name}: give the township or the code.").format(
                        name=name))
                    return None
                entry = found[0] if found else None
            if entry is not None and not (code and entry.values.get("code") and entry.values["code"] != code):
                return entry
        return None

    def _db_by_name(self, row: RosterRow, tid: str | None, names: list[str], code: str | None) -> KnownRecord | None:
        for name in names:
            found = self.db_by_name.get((tid, name), []) if tid is not None else self.db_by_bare_name.get(name, [])
            # A stored village with another code is another village of that name.
            found = [k for k in found if not (code and k.values["code"] and k.values["code"] != code)]
            if len(found) > 1:
                self.fail(row, "village_code" if row.layout.place("village_code")[0] else "township", translate(
                    "Roster", "Several villages are named {name}: give the village's code.").format(name=name))
                return None
            if found:
                return found[0]
        return None

    def merge_village(self, row: RosterRow, entry: _Entry, township: _Township | None) -> bool:
        v = row.values
        values = {f: v[k] for f, k in VILLAGE_FIELDS.items() if k in v}
        if township is not None:
            values["township_id"] = township.id
        for f in ("kind", "party_org_type"):
            if f in values:
                values[f] = values[f].value
        if "weakness" in values:
            values["weakness"] = weakness_mask(values["weakness"])
        if not row.has_person and entry.only_row is not None:
            first = entry.only_row
            if v.get("village_code"):
                self.fail(row, "village_code", translate(
                    "Roster", "The code {code} is already on sheet {sheet}, row {row}.").format(
                    code=v["village_code"], sheet=first.sheet, row=first.number))
            else:
                self.fail(row, "village_name_zh" if v.get("village_name_zh") else "village_name_bo", translate(
                    "Roster", "This village is already on sheet {sheet}, row {row}.").format(
                    sheet=first.sheet, row=first.number))
            return False
        if not self._merge(row, entry, values, VILLAGE_FIELDS, translate("Roster", "this village")):
            return False
        if not row.has_person:
            entry.only_row = row
        return True

    def _merge(self, row: RosterRow, entry: _Entry, values: dict[str, Any], fields: dict[str, str], what: str) -> bool:
        for f, value in values.items():
            if f in entry.values and entry.values[f] != value:
                first = entry.origin[f]
                self.fail(row, fields[f], translate(
                    "Roster", "Sheet {sheet}, row {row} gives {what} another {column}: {value}.").format(
                    sheet=first.sheet, row=first.number, what=what, column=BY_KEY[fields[f]].title,
                    value=show(f, entry.values[f], self.township_names())))
        if id(row) in self.problems:
            return False
        for f, value in values.items():
            if f not in entry.values:
                entry.values[f] = value
                entry.origin[f] = row
                self.contributed.add(id(row))
        entry.rows.append(row)
        return True

    def register(self, entry: _Entry, township: _Township | None) -> None:
        code = entry.values.get("code")
        if code:
            self.by_code.setdefault(code, entry)
        tid = entry.values.get("township_id") or (entry.known.values["township_id"] if entry.known else None)
        for f in ("name_zh", "name_bo"):
            name = fold(entry.values.get(f))
            if name:
                if tid is not None:
                    self.by_name.setdefault((tid, name), entry)
                if entry not in self.by_bare_name.setdefault(name, []):
                    self.by_bare_name[name].append(entry)

    # -- people and posts ---------------------------------------------------------------

    def person_of(self, row: RosterRow, village: _Entry) -> _Entry:
        """The person a row names: by name in the village, else by name and
        phone anywhere (a cadre with posts in several villages); a namesake
        born in another year or of the other gender is someone else."""
        v = row.values
        names = [n for n in (fold(v.get("name_zh")), fold(v.get("name_bo"))) if n]
        ident = {"birth_year": v.get("birth_year"), "gender": v["gender"].value if v.get("gender") else None}
        phone = v.get("phone")
        places = [(village.id, n) for n in names]
        by_phone = [(n, phone) for n in names] if phone else []
        # In the file, another phone is another person (namesakes are common);
        # a stored person may have changed numbers, unless a row with their
        # old number has claimed them already.
        found = _choose(_listed(self.people_in, places), ident, phone, _values, True) or \
            _choose(_listed(self.people_by_phone, by_phone), ident, phone, _values, True)
        if found is not None:
            return found
        taken = self.person_by_known
        known = _choose(_listed(self.stored_in, places), ident, phone, _stored, False, taken) or \
            _choose(_listed(self.stored_by_phone, by_phone), ident, phone, _stored, False, taken)
        if known is not None and known.id in self.person_by_known:
            entry = self.person_by_known[known.id]
        else:
            entry = _Entry(known.id if known else new_id(), known, village=village)
            self.contributed.add(id(row))
            self.person_list.append(entry)
            if known is not None:
                self.person_by_known[known.id] = entry
        self._register_person(entry, village, names, phone)
        return entry

    def _register_person(self, entry: _Entry, village: _Entry, names: list[str], phone: str | None) -> None:
        known = entry.known.values if entry.known else {}
        all_names = {*names, *(n for n in (fold(known.get("name_zh")), fold(known.get("name_bo"))) if n)}
        for name in all_names:
            listed = self.people_in.setdefault((village.id, name), [])
            if entry not in listed:
                listed.append(entry)
            for number in {phone, known.get("phone")} - {None, ""}:
                listed = self.people_by_phone.setdefault((name, number), [])
                if entry not in listed:
                    listed.append(entry)

    def merge_person(self, row: RosterRow, person: _Entry) -> bool:
        v = row.values
        values = {f: v[k] for f, k in PERSON_FIELDS.items() if k in v and k != "birth_date"}
        if "birth_year" in v:
            values["birth_year"] = v["birth_year"]
        for f in ("gender", "ethnicity", "education"):
            if f in values:
                values[f] = values[f].value
        name = v.get("name_zh") or v.get("name_bo")
        return self._merge(row, person, values, {**PERSON_FIELDS, "birth_year": _birth_key(row)}, name)

    def posts_of(self, row: RosterRow, village: _Entry, person: _Entry,
                 stored: dict[tuple[str, str, str], list[KnownRecord]]) -> list[tuple[_Entry, dict[str, Any]]]:
        v = row.values
        found = []
        for role in v["post"]:
            values = {"role": role.value}
            for f in ("term_start", "term_end"):
                if f in v:
                    values[f] = v[f]
            if "post_note" in v:
                values["note"] = v["post_note"]
            key = (village.id, person.id, role.value, v.get("term_start"))
            loose = (village.id, person.id, role.value, None)
            entry = self.posts.get(key) or (self.posts.get(loose) if v.get("term_start") is None else None)
            if entry is not None and entry.only_row is not None:
                first = entry.only_row
                self.fail(row, "post", translate(
                    "Roster", "{name} already holds this post on sheet {sheet}, row {row}.").format(
                    name=v.get("name_zh") or v.get("name_bo"), sheet=first.sheet, row=first.number))
                return []
            if entry is None:
                known = _pick_post(stored.get((person.id, village.id, role.value), []), v.get("term_start"))
                if known is not None and known.id in self.posts_taken:
                    known = None     # a second term of the same post: a new post
                entry = _Entry(known.id if known else new_id(), known, village=village, person=person)
                self.contributed.add(id(row))
                self.posts[key] = entry
                self.post_list.append(entry)
                if known is not None:
                    self.posts_taken.add(known.id)
            found.append((entry, values))
        return found

    # -- the pass --------------------------------------------------------------------------

    def run(self, progress: Progress) -> None:
        with_person: list[tuple[RosterRow, _Entry]] = []
        total = 2 * len(self.rows)
        progress.step(0, total, translate("Roster", "Matching the roster with the database"))
        for i, row in enumerate(self.rows):
            if i % PROGRESS_EVERY == 0:
                progress.step(i)
            if not row.has_village and not row.has_person:
                self.fail(row, None, translate("Roster", "The row names no village and no person."))
                continue
            township = self.township_of(row)
            if id(row) in self.problems:
                continue
            entry = self.village_of(row, township)
            if entry is None:
                continue
            if not self.merge_village(row, entry, township):
                continue
            self.register(entry, township)
            if township is not None and not township.known and v_code(row):
                township.coded.append((v_code(row), row))
            if row.has_person:
                with_person.append((row, entry))
        self._code_new_townships()
        stored_people, stored_posts = self.known.load_people([e.known.id for e in self.villages if e.known])
        people_by_id = {p.id: p for p in stored_people}
        posts_by: dict[tuple[str, str, str], list[KnownRecord]] = {}
        for post in stored_posts:
            person = people_by_id.get(post.values["person_id"])
            if person is None:
                continue
            for name in {fold(person.values["name_zh"]), fold(person.values["name_bo"])} - {""}:
                listed = self.stored_in.setdefault((post.values["village_id"], name), [])
                if person not in listed:
                    listed.append(person)
                if person.values["phone"]:
                    listed = self.stored_by_phone.setdefault((name, person.values["phone"]), [])
                    if person not in listed:
                        listed.append(person)
            posts_by.setdefault((person.id, post.values["village_id"], post.values["role"]), []).append(post)
        for i, (row, village) in enumerate(with_person):
            if i % PROGRESS_EVERY == 0:
                progress.step(len(self.rows) + i)
            if id(row) in self.problems:
                continue
            person = self.person_of(row, village)
            if not self.merge_person(row, person):
                continue
            for post, values in self.posts_of(row, village, person, posts_by):
                label = translate("Roster", "this post")
                if not self._merge(row, post, values, POST_FIELDS, label):
                    break
                post.only_row = post.only_row or row


def v_code(row: RosterRow) -> str | None:
    return row.values.get("village_code")


def _listed(index: dict, keys: list) -> list:
    """Everything `index` lists under any of `keys` (most rows: nothing)."""
    found: list = []
    for key in keys:
        listed = index.get(key)
        if listed:
            found += listed
    return found


def _values(e: _Entry) -> dict[str, Any]:
    return {**e.known.values, **e.values} if e.known else e.values


def _stored(k: KnownRecord) -> dict[str, Any]:
    return k.values


def _choose(candidates: list, ident: dict[str, Any], phone: str | None, values_of, phone_is_identity: bool,
            taken: dict | None = None) -> Any:
    """The candidate that can be this person (no other birth year or gender;
    with `phone_is_identity`, no other phone), the one with the same phone
    first; stored people in `taken` only by their phone."""
    if not candidates:
        return None
    fitting = []
    for c in candidates:
        values = values_of(c)
        if any(ident[f] is not None and values.get(f) is not None and values[f] != ident[f] for f in ident):
            continue
        if phone_is_identity and phone and values.get("phone") and values["phone"] != phone:
            continue
        if phone and values.get("phone") == phone:
            return c
        if taken is None or c.id not in taken:
            fitting.append(c)
    return fitting[0] if fitting else None


def _birth_key(row: RosterRow) -> str:
    for key in ("birth_date", "age", "id_number"):
        if row.layout.place(key)[0]:
            return key
    return "birth_date"


def _pick_post(posts: list[KnownRecord], term_start: date | None) -> KnownRecord | None:
    """The stored post a roster row names: the one with its term start, else
    the current one, else the latest."""
    if not posts:
        return None
    if term_start is not None:
        same = [p for p in posts if p.values["term_start"] == term_start]
        if same:
            return same[0]
    current = [p for p in posts if p.values["term_end"] is None]
    pool = current or posts
    return max(pool, key=lambda p: (p.values["term_start"] or date.min, p.id))


def plan_roster(rows: Iterable[RosterRow], known: Known, today: date, progress: Progress = NO_PROGRESS) -> RosterPlan:
    """The plan for the rows: what is added, changed, left unchanged and rejected.

    Rows rejected in a pass (a conflict, an unknown village) are left out of
    the next, so nothing of a rejected row is written; passes repeat while a
    row rejected had made or filled an entry (one or two in practice).
    """
    rows = list(rows)
    rejected_ids = {id(r) for r in rows if r.rejected}
    while True:
        taking = [r for r in rows if id(r) not in rejected_ids]
        p = _Pass(taking, known, today)
        p.run(progress)
        for row in taking:
            for key, message in p.problems.get(id(row), []):
                row.reject(key, message)
        rejected_ids |= set(p.problems)
        if not p.contributed & set(p.problems):
            break
    return _build(p, [r for r in rows if id(r) in rejected_ids])


def _rows(entry: _Entry) -> tuple[tuple[str, int], ...]:
    return tuple((r.sheet, r.number) for r in entry.rows if not r.problems)


def _build(p: _Pass, rejected: list[RosterRow]) -> RosterPlan:
    plan = RosterPlan(rejected=rejected)
    names = p.township_names()
    for t in p.new_townships:
        code = t.code
        county = _county_for(code, p.counties)
        han = any("\u4e00" <= ch <= "\u9fff" for ch in t.text)
        plan.inserts.setdefault("admin_unit", []).append({
            "id": t.id, "parent_id": county, "level": AdminLevel.TOWNSHIP.value, "kind": _township_kind(t.text),
            "code": code, "name_zh": t.text if han else "", "name_bo": "" if han else t.text})
        plan.items.append(RosterItem("admin_unit", ADDED, t.id, t.text, "", (), ()))
    for e in p.villages:
        name = _village_name(e)
        _entity(plan, names, "village", e, VILLAGE_DEFAULTS, VILLAGE_FIELDS, name, "")
    for e in p.person_list:
        name = e.values.get("name_zh") or e.values.get("name_bo") or (
            (e.known.values["name_zh"] or e.known.values["name_bo"]) if e.known else "")
        _entity(plan, names, "person", e, PERSON_DEFAULTS, PERSON_FIELDS, name, _village_name(e.village))
    for e in p.post_list:
        e.values.setdefault("person_id", e.person.id)
        e.values.setdefault("village_id", e.village.id)
        person = e.person
        who = person.values.get("name_zh") or person.values.get("name_bo") or (
            (person.known.values["name_zh"] or person.known.values["name_bo"]) if person.known else "")
        name = f"{who} · {PostRole(e.values['role']).label}"
        _entity(plan, names, "post", e, POST_DEFAULTS, POST_FIELDS, name, _village_name(e.village))
    return plan


def _entity(plan: RosterPlan, names: dict[str, str], entity: str, e: _Entry, defaults: dict, fields: dict, name: str,
            village: str) -> None:
    if e.known is None:
        plan.inserts.setdefault(entity, []).append({**defaults, **e.values, "id": e.id})
        plan.items.append(RosterItem(entity, ADDED, e.id, name, village, (), _rows(e)))
        return
    changed = {f: v for f, v in e.values.items() if f in e.known.values and e.known.values[f] != v}
    if not changed:
        plan.items.append(RosterItem(entity, UNCHANGED, e.id, name, village, (), _rows(e)))
        return
    plan.updates.append((entity, e.id, e.known.row_version, changed))
    shown = tuple(FieldChange(fields.get(f, f), show(f, e.known.values[f], names), show(f, v, names)) for f, v in changed.items())
    plan.items.append(RosterItem(entity, CHANGED, e.id, name, village, shown, _rows(e)))


def _village_name(e: _Entry | None) -> str:
    if e is None:
        return ""
    known = e.known.values if e.known else {}
    return e.values.get("name_zh") or known.get("name_zh") or e.values.get("name_bo") or known.get("name_bo") or (
        e.values.get("code") or "")


_TERMS = {"kind": CHOICE_LISTS["village_kind"], "party_org_type": CHOICE_LISTS["party_org_type"],
          "gender": CHOICE_LISTS["gender"], "ethnicity": CHOICE_LISTS["ethnicity"],
          "education": CHOICE_LISTS["education"], "role": PostRole}


def show(f: str, value: Any, townships: dict[str, str] | None = None) -> str:
    """A stored value as the preview shows it, in the user's language."""
    if value is None or value == "":
        return ""
    if f == "township_id":
        return (townships or {}).get(value, value)
    if f == "weakness":
        return weakness_short_labels(weakness_types(value))
    if f in _TERMS:
        return _TERMS[f](value).label
    if isinstance(value, bool):
        return translate("Roster", "Yes") if value else translate("Roster", "No")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _county_for(code: str | None, counties: list[KnownUnit]) -> str | None:
    """The county a new township goes under: the one its code names, else the only one."""
    if code:
        for c in counties:
            if c.code and code.startswith(c.code[:6]):
                return c.id
    return counties[0].id if len(counties) == 1 else None


def _township_kind(name: str) -> str:
    if name.endswith("镇"):
        return TownshipKind.TOWN.value
    if name.endswith(("街道", "办事处")):
        return TownshipKind.SUBDISTRICT.value
    return TownshipKind.TOWNSHIP.value
