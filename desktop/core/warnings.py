"""The three-colour warning (三色预警) and the quota rating (seed 003).

Colour: by the county's score thresholds (default red below 60, green from
80), or by quota, where the classes below become the colours; a failed veto
indicator makes any village red.

Quota classes: among all villages in scope, ranked by score, the top 30 %
are class 1, the next 50 % class 2, the bottom 20 % class 3. The cut-offs
are cumulative and rounded half up (10 villages: 3 / 5 / 2). Tie rule:
villages with equal scores always share a class, and a tie across a cut-off
goes to the better class, so a class can hold a little more than its share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from desktop.core.i18n import translate
from desktop.core.inspection_terms import QuotaClass
from desktop.core.terms import WarningColour

COLOUR_ORDER = (WarningColour.GREEN, WarningColour.YELLOW, WarningColour.RED)


@dataclass(frozen=True, slots=True)
class WarningPolicy:
    """A county's rules; the defaults follow seed 003."""

    red_below: float = 60.0
    green_from: float = 80.0
    by_quota: bool = False
    class_shares: tuple[int, int, int] = (30, 50, 20)

    def problems(self) -> list[str]:
        found = []
        if not 0 <= self.red_below <= self.green_from <= 100:
            found.append(translate("Warnings", "Thresholds must satisfy 0 ≤ red below ≤ green from ≤ 100."))
        if sum(self.class_shares) != 100 or min(self.class_shares) < 0:
            found.append(translate("Warnings", "The three class shares must add up to 100 %."))
        return found


DEFAULT_POLICY = WarningPolicy()


def colour_for(score: float | None, veto_failed: bool, policy: WarningPolicy = DEFAULT_POLICY,
               quota: QuotaClass | None = None) -> WarningColour | None:
    if score is None:
        return None
    if veto_failed:
        return WarningColour.RED
    if policy.by_quota and quota is not None:
        return {QuotaClass.FIRST: WarningColour.GREEN, QuotaClass.SECOND: WarningColour.YELLOW,
                QuotaClass.THIRD: WarningColour.RED}[quota]
    if score < policy.red_below:
        return WarningColour.RED
    if score >= policy.green_from:
        return WarningColour.GREEN
    return WarningColour.YELLOW


def _round_half_up(x: float) -> int:
    return int(x + 0.5)


def quota_classes(scores: Mapping[str, float], shares: tuple[int, int, int] = (30, 50, 20)) -> dict[str, QuotaClass]:
    """Quota class per key (village id) by score, best first; see the module doc."""
    n = len(scores)
    if not n:
        return {}
    cut1 = _round_half_up(n * shares[0] / 100)
    cut2 = _round_half_up(n * (shares[0] + shares[1]) / 100)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    result: dict[str, QuotaClass] = {}
    tie_score, tie_class = None, QuotaClass.FIRST
    for position, (key, score) in enumerate(ranked):
        if score != tie_score:
            tie_score = score
            tie_class = QuotaClass.FIRST if position < cut1 else QuotaClass.SECOND if position < cut2 else QuotaClass.THIRD
        result[key] = tie_class
    return result


@dataclass(frozen=True, slots=True)
class ColourShift:
    before: WarningColour
    after: WarningColour
    villages: int

    @property
    def worse(self) -> bool:
        return COLOUR_ORDER.index(self.after) > COLOUR_ORDER.index(self.before)

    def sentence(self) -> str:
        """"3 villages from yellow to red" (三村由黄转红)."""
        return translate("Warnings", "{count} villages from {before} to {after}").format(
            count=self.villages, before=self.before.inline_label, after=self.after.inline_label)


def colour_shifts(before: Mapping[str, WarningColour | None], after: Mapping[str, WarningColour | None]) -> list[ColourShift]:
    """How many villages moved between colours; worst moves first."""
    counts: Counter[tuple[WarningColour, WarningColour]] = Counter()
    for key, now in after.items():
        was = before.get(key)
        if was is not None and now is not None and was != now:
            counts[(was, now)] += 1
    shifts = [ColourShift(b, a, n) for (b, a), n in counts.items()]
    shifts.sort(key=lambda s: (not s.worse, -COLOUR_ORDER.index(s.after), -s.villages))
    return shifts


def colour_counts(colours: Iterable[WarningColour | None]) -> dict[WarningColour, int]:
    counts = Counter(c for c in colours if c is not None)
    return {c: counts.get(c, 0) for c in (WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN)}
