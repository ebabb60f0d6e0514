"""What the village list asks for: search text, filters, sort order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.terms import Rating, WarningColour, WeaknessType
from desktop.core.validation import normalise_text


class VillageColumn(StrEnum):
    """The columns of the village list, in display order."""

    CODE = "code"
    NAME_ZH = "name_zh"
    NAME_BO = "name_bo"
    TOWNSHIP = "township"
    KIND = "kind"
    POPULATION = "population"
    HOUSEHOLDS = "households"
    PARTY_MEMBERS = "party_members"
    RATING = "rating"
    WARNING = "warning"
    WEAKNESS = "weakness"


# A filter value meaning "has none" (not rated, no warning).
NONE = "none"


@dataclass(frozen=True, slots=True)
class VillageQuery:
    text: str = ""
    township_id: str | None = None
    rating: Rating | str | None = None          # a Rating, NONE, or None for any
    warning: WarningColour | str | None = None  # a colour, NONE, or None for any
    weakness: WeaknessType | None = None
    sort: VillageColumn = VillageColumn.NAME_ZH
    descending: bool = False

    @property
    def search_text(self) -> str:
        """The text as matched: trimmed, full-width folded, lower case."""
        return normalise_text(self.text).lower()
