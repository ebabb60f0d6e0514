"""Closed lists of the domain and their labels.

Values are stored in the database and travel in sync bundles, so they are
stable English codes. Labels are translated where they are shown, from the
`Terms` context whose Chinese and Tibetan come from `i18n/glossary.tsv`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Iterable, TypeVar

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T", bound="Term")

# Keyed by (list, value): members of different lists with the same value
# (VillageKind.VILLAGE and Subject.VILLAGE are both "village") are equal
# strings and would otherwise share one label.
_LABELS: dict[tuple[type, str], str] = {}
_SHORT_LABELS: dict[tuple[type, str], str] = {}


class Term(StrEnum):
    """A member of a closed list with a translated label."""

    @property
    def label(self) -> str:
        return translate("Terms", _LABELS[(type(self), self.value)])

    @property
    def inline_label(self) -> str:
        """The label inside a sentence: a Tibetan term's closing shad, which
        would end the sentence there, becomes a tsheg (དམར་པོ། → དམར་པོ་)."""
        text = self.label.rstrip()
        if not text.endswith("།"):
            return text
        text = text.rstrip("།").rstrip()
        return text if text.endswith("་") else text + "་"

    @property
    def short_label(self) -> str:
        source = _SHORT_LABELS.get((type(self), self.value))
        return translate("Terms", source) if source else self.label

    @classmethod
    def parse(cls: type[T], value: str | None) -> T | None:
        """The member for a stored value; None for None or ''."""
        if value is None or value == "":
            return None
        return cls(value)


def register_labels(mapping: dict, short: dict | None = None) -> None:
    """Give members their (untranslated) labels; other modules of terms use it too."""
    _LABELS.update({(type(k), k.value): v for k, v in mapping.items()})
    if short:
        _SHORT_LABELS.update({(type(k), k.value): v for k, v in short.items()})


class AdminLevel(Term):
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWNSHIP = "township"


register_labels({
    AdminLevel.PREFECTURE: QT_TRANSLATE_NOOP("Terms", "Prefecture or city"),
    AdminLevel.COUNTY: QT_TRANSLATE_NOOP("Terms", "County or district"),
    AdminLevel.TOWNSHIP: QT_TRANSLATE_NOOP("Terms", "Township or town"),
})


class TownshipKind(Term):
    TOWNSHIP = "township"
    TOWN = "town"
    SUBDISTRICT = "subdistrict"


register_labels({
    TownshipKind.TOWNSHIP: QT_TRANSLATE_NOOP("Terms", "Township"),
    TownshipKind.TOWN: QT_TRANSLATE_NOOP("Terms", "Town"),
    TownshipKind.SUBDISTRICT: QT_TRANSLATE_NOOP("Terms", "Sub-district"),
})


class VillageKind(Term):
    VILLAGE = "village"
    COMMUNITY = "community"


register_labels({
    VillageKind.VILLAGE: QT_TRANSLATE_NOOP("Terms", "Village"),
    VillageKind.COMMUNITY: QT_TRANSLATE_NOOP("Terms", "Community"),
})


class PartyOrgType(Term):
    BRANCH = "branch"
    GENERAL_BRANCH = "general_branch"
    COMMITTEE = "committee"


register_labels({
    PartyOrgType.BRANCH: QT_TRANSLATE_NOOP("Terms", "Party branch"),
    PartyOrgType.GENERAL_BRANCH: QT_TRANSLATE_NOOP("Terms", "Party general branch"),
    PartyOrgType.COMMITTEE: QT_TRANSLATE_NOOP("Terms", "Party committee"),
})


class Rating(Term):
    """The four-level rating of seed 004 (先进/一般/后进/问题)."""

    ADVANCED = "advanced"
    ORDINARY = "ordinary"
    BACKWARD = "backward"
    PROBLEM = "problem"


register_labels({
    Rating.ADVANCED: QT_TRANSLATE_NOOP("Terms", "Advanced"),
    Rating.ORDINARY: QT_TRANSLATE_NOOP("Terms", "Ordinary"),
    Rating.BACKWARD: QT_TRANSLATE_NOOP("Terms", "Backward"),
    Rating.PROBLEM: QT_TRANSLATE_NOOP("Terms", "Problem"),
})


class WarningColour(Term):
    """The three-colour warning (三色预警)."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


register_labels({
    WarningColour.RED: QT_TRANSLATE_NOOP("Terms", "Red"),
    WarningColour.YELLOW: QT_TRANSLATE_NOOP("Terms", "Yellow"),
    WarningColour.GREEN: QT_TRANSLATE_NOOP("Terms", "Green"),
})


class WeaknessType(Term):
    """Why a village is weak (软/乱/散/弱/穷, seeds 000 and 003)."""

    SOFT = "soft"
    DISORDERLY = "disorderly"
    LAX = "lax"
    WEAK = "weak"
    POOR = "poor"


register_labels(
    {
        WeaknessType.SOFT: QT_TRANSLATE_NOOP("Terms", "Soft: weak leadership team"),
        WeaknessType.DISORDERLY: QT_TRANSLATE_NOOP("Terms", "Disorderly: disputes and petitions"),
        WeaknessType.LAX: QT_TRANSLATE_NOOP("Terms", "Lax: disorderly management, finances not public"),
        WeaknessType.WEAK: QT_TRANSLATE_NOOP("Terms", "Weak: weak collective economy"),
        WeaknessType.POOR: QT_TRANSLATE_NOOP("Terms", "Poor: villagers in poverty"),
    },
    short={
        WeaknessType.SOFT: QT_TRANSLATE_NOOP("Terms", "Soft"),
        WeaknessType.DISORDERLY: QT_TRANSLATE_NOOP("Terms", "Disorderly"),
        WeaknessType.LAX: QT_TRANSLATE_NOOP("Terms", "Lax"),
        WeaknessType.WEAK: QT_TRANSLATE_NOOP("Terms", "Weak"),
        WeaknessType.POOR: QT_TRANSLATE_NOOP("Terms", "Poor"),
    },
)

# Bits for storing a set of weakness types in one integer column: filtering
# by type is then `weakness & bit`, on SQLite and PostgreSQL alike.
WEAKNESS_BITS: dict[WeaknessType, int] = {t: 1 << i for i, t in enumerate(WeaknessType)}


def weakness_mask(types: Iterable[WeaknessType]) -> int:
    mask = 0
    for t in types:
        mask |= WEAKNESS_BITS[t]
    return mask


def weakness_types(mask: int) -> frozenset[WeaknessType]:
    return frozenset(t for t, bit in WEAKNESS_BITS.items() if mask & bit)


def weakness_short_labels(types: Iterable[WeaknessType]) -> str:
    """'软 散' in list order, for tables."""
    chosen = set(types)
    return " ".join(t.short_label for t in WeaknessType if t in chosen)


class Gender(Term):
    MALE = "male"
    FEMALE = "female"


register_labels({
    Gender.MALE: QT_TRANSLATE_NOOP("Terms", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Terms", "Female"),
})


class Education(Term):
    PRIMARY = "primary"
    JUNIOR_SECONDARY = "junior_secondary"
    SENIOR_SECONDARY = "senior_secondary"
    COLLEGE = "college"
    BACHELOR = "bachelor"
    POSTGRADUATE = "postgraduate"


register_labels({
    Education.PRIMARY: QT_TRANSLATE_NOOP("Terms", "Primary school or below"),
    Education.JUNIOR_SECONDARY: QT_TRANSLATE_NOOP("Terms", "Junior secondary"),
    Education.SENIOR_SECONDARY: QT_TRANSLATE_NOOP("Terms", "Senior secondary or vocational"),
    Education.COLLEGE: QT_TRANSLATE_NOOP("Terms", "College"),
    Education.BACHELOR: QT_TRANSLATE_NOOP("Terms", "Bachelor's degree"),
    Education.POSTGRADUATE: QT_TRANSLATE_NOOP("Terms", "Postgraduate"),
})


class Ethnicity(Term):
    TIBETAN = "tibetan"
    HAN = "han"
    HUI = "hui"
    QIANG = "qiang"
    YI = "yi"
    MONGOL = "mongol"
    TU = "tu"
    NAXI = "naxi"
    OTHER = "other"


register_labels({
    Ethnicity.TIBETAN: QT_TRANSLATE_NOOP("Terms", "Tibetan ethnicity"),
    Ethnicity.HAN: QT_TRANSLATE_NOOP("Terms", "Han ethnicity"),
    Ethnicity.HUI: QT_TRANSLATE_NOOP("Terms", "Hui ethnicity"),
    Ethnicity.QIANG: QT_TRANSLATE_NOOP("Terms", "Qiang ethnicity"),
    Ethnicity.YI: QT_TRANSLATE_NOOP("Terms", "Yi ethnicity"),
    Ethnicity.MONGOL: QT_TRANSLATE_NOOP("Terms", "Mongol ethnicity"),
    Ethnicity.TU: QT_TRANSLATE_NOOP("Terms", "Tu ethnicity"),
    Ethnicity.NAXI: QT_TRANSLATE_NOOP("Terms", "Naxi ethnicity"),
    Ethnicity.OTHER: QT_TRANSLATE_NOOP("Terms", "Other ethnicity"),
})


class Body(Term):
    """Where a post belongs: the two committees (村"两委"), the reserve, support."""

    BRANCH_COMMITTEE = "branch_committee"
    VILLAGERS_COMMITTEE = "villagers_committee"
    RESERVE = "reserve"
    SUPPORT = "support"


register_labels({
    Body.BRANCH_COMMITTEE: QT_TRANSLATE_NOOP("Terms", "Village Party branch committee"),
    Body.VILLAGERS_COMMITTEE: QT_TRANSLATE_NOOP("Terms", "Villagers' committee"),
    Body.RESERVE: QT_TRANSLATE_NOOP("Terms", "Reserve cadres"),
    Body.SUPPORT: QT_TRANSLATE_NOOP("Terms", "Support"),
})


class PostRole(Term):
    BRANCH_SECRETARY = "branch_secretary"
    BRANCH_DEPUTY_SECRETARY = "branch_deputy_secretary"
    BRANCH_MEMBER = "branch_member"
    DIRECTOR = "director"
    DEPUTY_DIRECTOR = "deputy_director"
    COMMITTEE_MEMBER = "committee_member"
    RESERVE_CADRE = "reserve_cadre"
    FIRST_SECRETARY = "first_secretary"
    WORK_TEAM_LEADER = "work_team_leader"
    WORK_TEAM_MEMBER = "work_team_member"
    CONTACT_LEADER = "contact_leader"
    LIAISON_CADRE = "liaison_cadre"

    @property
    def body(self) -> Body:
        return _ROLE_BODY[self]


register_labels({
    PostRole.BRANCH_SECRETARY: QT_TRANSLATE_NOOP("Terms", "Party branch secretary"),
    PostRole.BRANCH_DEPUTY_SECRETARY: QT_TRANSLATE_NOOP("Terms", "Deputy branch secretary"),
    PostRole.BRANCH_MEMBER: QT_TRANSLATE_NOOP("Terms", "Branch committee member"),
    PostRole.DIRECTOR: QT_TRANSLATE_NOOP("Terms", "Villagers' committee director"),
    PostRole.DEPUTY_DIRECTOR: QT_TRANSLATE_NOOP("Terms", "Deputy director"),
    PostRole.COMMITTEE_MEMBER: QT_TRANSLATE_NOOP("Terms", "Villagers' committee member"),
    PostRole.RESERVE_CADRE: QT_TRANSLATE_NOOP("Terms", "Reserve cadre"),
    PostRole.FIRST_SECRETARY: QT_TRANSLATE_NOOP("Terms", "First secretary"),
    PostRole.WORK_TEAM_LEADER: QT_TRANSLATE_NOOP("Terms", "Work team leader"),
    PostRole.WORK_TEAM_MEMBER: QT_TRANSLATE_NOOP("Terms", "Work team member"),
    PostRole.CONTACT_LEADER: QT_TRANSLATE_NOOP("Terms", "Contact county leader"),
    PostRole.LIAISON_CADRE: QT_TRANSLATE_NOOP("Terms", "Township liaison cadre"),
})

_ROLE_BODY: dict[PostRole, Body] = {
    PostRole.BRANCH_SECRETARY: Body.BRANCH_COMMITTEE,
    PostRole.BRANCH_DEPUTY_SECRETARY: Body.BRANCH_COMMITTEE,
    PostRole.BRANCH_MEMBER: Body.BRANCH_COMMITTEE,
    PostRole.DIRECTOR: Body.VILLAGERS_COMMITTEE,
    PostRole.DEPUTY_DIRECTOR: Body.VILLAGERS_COMMITTEE,
    PostRole.COMMITTEE_MEMBER: Body.VILLAGERS_COMMITTEE,
    PostRole.RESERVE_CADRE: Body.RESERVE,
    PostRole.FIRST_SECRETARY: Body.SUPPORT,
    PostRole.WORK_TEAM_LEADER: Body.SUPPORT,
    PostRole.WORK_TEAM_MEMBER: Body.SUPPORT,
    PostRole.CONTACT_LEADER: Body.SUPPORT,
    PostRole.LIAISON_CADRE: Body.SUPPORT,
}


def roles_of(*bodies: Body) -> tuple[PostRole, ...]:
    return tuple(r for r in PostRole if r.body in bodies)


# The glossary's key nouns (../shared/DOMAIN.md, "Words to keep consistent"),
# so screens and printed forms name them from one place.
VILLAGE_FILE = QT_TRANSLATE_NOOP("Terms", "Village file")
SELF_INSPECTION = QT_TRANSLATE_NOOP("Terms", "Self-inspection")
INDICATOR = QT_TRANSLATE_NOOP("Terms", "Indicator")
WARNING = QT_TRANSLATE_NOOP("Terms", "Warning")
RECTIFICATION = QT_TRANSLATE_NOOP("Terms", "Rectification")
VILLAGE_PLAN = QT_TRANSLATE_NOOP("Terms", "Village plan")
PROBLEM_LEDGER = QT_TRANSLATE_NOOP("Terms", "Problem ledger")
CLOSE_OUT = QT_TRANSLATE_NOOP("Terms", "Close out")
SUPPORT = QT_TRANSLATE_NOOP("Terms", "Support")
WORK_TEAM = QT_TRANSLATE_NOOP("Terms", "Work team")
ACCEPTANCE = QT_TRANSLATE_NOOP("Terms", "Acceptance")
SYNC_BUNDLE = QT_TRANSLATE_NOOP("Terms", "Sync bundle")
COLLECTIVE_ECONOMY = QT_TRANSLATE_NOOP("Terms", "Collective economy")
RATING = QT_TRANSLATE_NOOP("Terms", "Rating")


def term(source: str) -> str:
    """Translate one of the glossary nouns above."""
    return translate("Terms", source)
