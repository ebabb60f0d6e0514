"""What the reports share: text in the report's language(s), the village's
names and township, dates, and the "nothing recorded" line.

A report in "both" prints every label in both scripts (ReportLabels), and
every value the data model holds in both scripts (names, checklist texts)
as Chinese over Tibetan; a value typed in one script only is printed as it
is."""

from __future__ import annotations

from datetime import date
from desktop.core.i18n import translate
from desktop.core.terms import Term
from desktop.services.pdf import blocks
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels


def both(labels: ReportLabels, zh: str, bo: str, sep: str = "\n") -> str:
    """A value kept in both scripts, as the report's language(s) want it;
    falls back to the one that exists."""
    zh, bo = (zh or "").strip(), (bo or "").strip()
    if labels.bilingual:
        return sep.join(t for t in (zh, bo) if t) if zh != bo else zh
    first, second = (bo, zh) if labels.language == "bo_CN" else (zh, bo)
    return first or second


def term(labels: ReportLabels, value: Term | None, sep: str = "\n") -> str:
    """A closed-list value's label in the report's language(s)."""
    if value is None:
        return ""
    return labels.of(lambda: value.label, sep)


def terms(labels: ReportLabels, values) -> str:
    """Several terms in a row: "、" between Chinese ones, a space after the
    shad between Tibetan ones."""
    values = list(values)
    if not values:
        return ""
    parts = []
    for language in labels.languages:
        with labels.speaking(language):
            parts.append((" " if language == "bo_CN" else "、").join(v.label for v in values))
    return parts[0] if len(parts) == 1 or parts[0] == parts[1] else "\n".join(parts)


def day(d: date | None) -> str:
    return d.isoformat() if d else ""


def number(n: int | float | None) -> str:
    if n is None:
        return ""
    if isinstance(n, float) and not n.is_integer():
        return f"{n:.1f}"
    return f"{int(n):,}"


def village_heading(ws, village_id: str):
    """(facts, township) of a village, or NotFound."""
    f = ws.villages.open_file(village_id)
    township = ws.units.get(f.facts.township_id) if f.facts.township_id else None
    return f, township


def village_id_of(ws, request) -> str:
    """The id of the request's village (given by id or code)."""
    if not request.village_id:
        from desktop.services.reports import ReportRequestInvalid

        raise ReportRequestInvalid(translate("Reports", "This report is about one village: say which."))
    return ws.villages.id_of(request.village_id)


def none_recorded(labels: ReportLabels, fonts: ReportFonts):
    return blocks.paragraph(labels.translate("Reports", "None recorded."), fonts, blocks.BODY.with_(colour="#666666"))
