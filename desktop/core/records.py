"""The records of a village file, as the services hand them to the GUI and CLI.

Each synchronised record carries its `id` (UUIDv7) and the `row_version` it
was read at; a record with `row_version == 0` has never been saved. Saving
names the version it read, so an edit made elsewhere in between is a
conflict, never a silent overwrite.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from desktop.core.ids import new_id
from desktop.core.terms import (
    AdminLevel,
    Education,
    Ethnicity,
    Gender,
    PartyOrgType,
    PostRole,
    Rating,
    TownshipKind,
    VillageKind,
    WarningColour,
    WeaknessType,
)

# A village whose collective economy earns less than this a year counts as
# weak; one that earns nothing is a "blank village" (空白村) (DOMAIN.md).
WEAK_COLLECTIVE_INCOME_YUAN = 50_000


@dataclass(slots=True)
class AdminUnit:
    """A prefecture, county or township: the tree villages hang from."""

    id: str
    row_version: int
    level: AdminLevel
    parent_id: str | None
    code: str | None
    name_zh: str
    name_bo: str
    kind: TownshipKind | None = None


@dataclass(slots=True)
class VillageFacts:
    """The basic facts of a village file."""

    id: str = field(default_factory=new_id)
    row_version: int = 0
    township_id: str | None = None
    code: str | None = None
    name_zh: str = ""
    name_bo: str = ""
    kind: VillageKind = VillageKind.VILLAGE
    population: int | None = None
    households: int | None = None
    party_members: int | None = None
    party_org_type: PartyOrgType | None = None
    weakness: frozenset[WeaknessType] = frozenset()
    paired_unit: str = ""
    paired_village_id: str | None = None
    note: str = ""
    # Set by ratings and warnings (the checklist issue); read-only here.
    rating: Rating | None = None
    warning: WarningColour | None = None

    READ_ONLY = ("rating", "warning")


@dataclass(slots=True)
class IncomeRecord:
    """Collective economy income of one year (村集体经济收入)."""

    village_id: str
    year: int
    amount_yuan: int
    note: str = ""
    id: str = field(default_factory=new_id)
    row_version: int = 0


@dataclass(slots=True, frozen=True)
class RatingRecord:
    id: str
    village_id: str
    period: str
    rating: Rating
    decided_by: str
    decided_on: date | None
    note: str


@dataclass(slots=True, frozen=True)
class WarningRecord:
    id: str
    village_id: str
    period: str
    colour: WarningColour
    score: float | None
    assessed_on: date | None
    note: str


@dataclass(slots=True)
class PersonRecord:
    """A person: a record of their own, who can hold several posts over time."""

    id: str = field(default_factory=new_id)
    row_version: int = 0
    name_zh: str = ""
    name_bo: str = ""
    gender: Gender | None = None
    birth_year: int | None = None
    ethnicity: Ethnicity | None = None
    education: Education | None = None
    phone: str = ""
    party_member: bool | None = None
    unit: str = ""
    note: str = ""

    def display_name(self, language: str = "zh_CN") -> str:
        """The name in the reader's script, falling back to the other."""
        first, second = (self.name_bo, self.name_zh) if language == "bo_CN" else (self.name_zh, self.name_bo)
        return first or second


@dataclass(slots=True)
class PostRecord:
    """A post held by a person in (or for) a village, over a term."""

    person_id: str
    village_id: str
    role: PostRole
    unit: str = ""
    term_start: date | None = None
    term_end: date | None = None
    note: str = ""
    id: str = field(default_factory=new_id)
    row_version: int = 0

    def is_current(self, today: date) -> bool:
        return self.term_end is None or self.term_end >= today


@dataclass(slots=True)
class VillageFile:
    """Everything the village file dialog edits, read in one go."""

    facts: VillageFacts
    incomes: list[IncomeRecord] = field(default_factory=list)
    posts: list[PostRecord] = field(default_factory=list)
    people: dict[str, PersonRecord] = field(default_factory=dict)
    ratings: tuple[RatingRecord, ...] = ()
    warnings: tuple[WarningRecord, ...] = ()

    def copy(self) -> "VillageFile":
        """A deep copy the dialog can edit while the original stays as read."""
        return VillageFile(
            facts=dataclasses.replace(self.facts),
            incomes=[dataclasses.replace(i) for i in self.incomes],
            posts=[dataclasses.replace(p) for p in self.posts],
            people={k: dataclasses.replace(p) for k, p in self.people.items()},
            ratings=self.ratings,
            warnings=self.warnings,
        )


@dataclass(slots=True, frozen=True)
class VillageRow:
    """One row of the village list."""

    id: str
    code: str | None
    name_zh: str
    name_bo: str
    township_name_zh: str
    township_name_bo: str
    kind: VillageKind
    population: int | None
    households: int | None
    party_members: int | None
    rating: Rating | None
    warning: WarningColour | None
    weakness: frozenset[WeaknessType]


def collective_economy_status(amount_yuan: int | None) -> str | None:
    """'blank' for no income, 'weak' under the threshold, else None."""
    if amount_yuan is None:
        return None
    if amount_yuan <= 0:
        return "blank"
    if amount_yuan < WEAK_COLLECTIVE_INCOME_YUAN:
        return "weak"
    return None
