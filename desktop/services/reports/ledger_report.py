"""The problem ledger report (问题台账): the problems of one village, a
township, a county or the whole database, grouped by village, with the
campaign's counts on top ("发现问题 N 个，已解决 M 个…").

Each row: village, category and aspect, description, source, date found,
deadline (tinted and marked with the days when overdue: a grey printout
still says it), responsible leader and person, status, times reopened.
Landscape: ten columns of text.

The ledger list's filters apply (`options`): status, category, aspect,
source, overdue, reopened, person, text — the same `LedgerFilter` the
ledger window uses, so the report prints what the list shows.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.core.i18n import translate
from desktop.core.ledger import count, deadline_colour
from desktop.core.ledger_index import LedgerFilter, SortKey
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.terms import WarningColour, WeaknessType
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText
from desktop.services.reports import ReportRequestInvalid
from desktop.services.reports.common import both, day, term
from desktop.services.reports.figures import resolve_unit
from desktop.services.reports.summary_tables import OVERDUE_TINT

# Share of the width: No., village, category/aspect, description, source,
# found, deadline, responsible, status, reopened.
SHARES = (0.035, 0.11, 0.11, 0.26, 0.075, 0.07, 0.085, 0.11, 0.085, 0.06)
CHUNK = 2000   # problems read and set per step (progress, memory)


def ledger_filter(options: dict, village_ids) -> LedgerFilter:
    """The request's options as the ledger list's filter; a value that is
    no status, category... is refused, naming the ones there are."""
    def parse(term_type, key):
        value = options.get(key)
        if value in (None, ""):
            return None
        try:
            return term_type(value)
        except ValueError:
            raise ReportRequestInvalid(translate("Reports", "{value} is not a {option}. Use one of: {values}.").format(
                value=value, option=key, values=", ".join(t.value for t in term_type))) from None

    statuses = options.get("status") or ()
    if isinstance(statuses, str):
        statuses = [s for s in statuses.split(",") if s.strip()]
    weakness = options.get("weakness") or ()
    if isinstance(weakness, str):
        weakness = [w for w in weakness.split(",") if w.strip()]
    # The villages the list was narrowed to (a dashboard figure's), within the request's scope.
    chosen = options.get("village_ids")
    if chosen is not None:
        village_ids = set(chosen) if village_ids is None else set(chosen) & set(village_ids)
    return LedgerFilter(
        village_ids=frozenset(village_ids) if village_ids is not None else None,
        statuses=frozenset(_statuses(statuses)),
        weakness=frozenset(_parse_all(WeaknessType, "weakness", weakness)),
        due_soon_only=bool(options.get("due_soon")),
        category=parse(ProblemCategory, "category"), aspect=parse(ProblemAspect, "aspect"),
        source=parse(ProblemSource, "source"), person=str(options.get("person") or ""),
        text=str(options.get("text") or ""), overdue_only=bool(options.get("overdue")),
        reopened_only=bool(options.get("reopened")))


def _parse_all(term_type, option: str, values) -> set:
    out = set()
    for value in values:
        try:
            out.add(term_type(str(value).strip()))
        except ValueError:
            raise ReportRequestInvalid(translate("Reports", "{value} is not a {option}. Use one of: {values}.").format(
                value=value, option=option, values=", ".join(t.value for t in term_type))) from None
    return out


def _statuses(values) -> set[ProblemStatus]:
    return _parse_all(ProblemStatus, "status", values)


def _scope(ws, labels: ReportLabels, request) -> tuple[list[str] | None, str]:
    """(village ids or None for all, the scope's name) of the request."""
    if request.village_id:
        vid = ws.villages.id_of(request.village_id)
        names = ws.ledger.village_names([vid])[vid]
        return [vid], both(labels, names[0], names[1], " ")
    unit = resolve_unit(ws, request.unit_id)
    if unit is None:
        return None, ""
    return ws.dashboard.scope(unit.id), both(labels, unit.name_zh, unit.name_bo, " ")


def build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path:
    labels = ReportLabels(request.language)
    t = labels.translate
    village_ids, place = _scope(ws, labels, request)
    chosen_filter = ledger_filter(request.options or {}, village_ids)
    index = ws.ledger.index(village_ids)
    ids = index.select(chosen_filter, SortKey.VILLAGE)
    today = ws.today()
    title = t("Reports", "Problem ledger", sep=" / ")
    doc = ReportDocument(out, f"{title} · {place}" if place else title, fonts, labels, wide=True)
    width = doc.frame_width
    story: list = blocks.title(t("Reports", "Problem ledger of the rectification of weak village Party organisations"),
                               fonts)
    if place:
        story.append(blocks.paragraph(f"{place}  ·  {today.isoformat()}", fonts, blocks.BODY.with_(align="center")))
    rows, fills, problems = [], {}, []
    names: dict = {}
    cache: dict = {}
    for start in range(0, len(ids), CHUNK):
        progress.step(start, len(ids) + 1, t("Reports", "Reading the ledger", sep=" "))
        part = ids[start:start + CHUNK]
        records = ws.ledger.many(part)
        names.update(ws.ledger.village_names({records[i].village_id for i in part} - names.keys()))
        for pid in part:
            p = records[pid]
            problems.append((p.status, p.deadline, p.reopen_count))
            r = len(rows)
            rows.append(_row(labels, fonts, p, names.get(p.village_id), r + 1, today, index.due_soon_days, cache,
                             village_ids is None))
            if deadline_colour(p.status, p.deadline, today, index.due_soon_days) is WarningColour.RED:
                fills[6, r] = OVERDUE_TINT
    counts = count(problems, today, index.due_soon_days)
    story.append(Spacer(1, 2 * mm))
    story.append(blocks.paragraph(labels.of(counts.sentence), fonts))
    story.append(blocks.paragraph(t("Reports", "Reopened at least once: {reopened}. A tinted deadline is overdue.", sep="\n",
                                    reopened=counts.reopened), fonts, blocks.SMALL.with_(colour="#444444")))
    story.append(Spacer(1, 3 * mm))
    if rows:
        header = [t("Reports", "No."), t("Reports", "Village"), t("Reports", "Category / aspect"),
                  t("Reports", "Problem"), t("Reports", "Source"), t("Reports", "Found on"), t("Reports", "Deadline"),
                  t("Reports", "Responsible"), t("Reports", "Status"), t("Reports", "Reopened")]
        story.append(blocks.data_table(header, rows, [s * width for s in SHARES], fonts, fills=fills))
    else:
        story.append(blocks.paragraph(t("Reports", "No problem on the ledger matches."), fonts))
    return doc.build(story, progress)


def _row(labels: ReportLabels, fonts: ReportFonts, p, names, n: int, today, due_soon_days: int, cache: dict,
         with_township: bool) -> list:
    def once(key, make):
        if key not in cache:
            cache[key] = make()
        return cache[key]

    village = ""
    if names:
        village = both(labels, names[0], names[1])
        if with_township and (names[2] or names[3]):
            village = f"{both(labels, names[2], names[3])}\n{village}" if not labels.bilingual else \
                f"{village}\n({both(labels, names[2], names[3], ' ')})"
    aspect = p.aspect or p.category
    kind = once(("a", aspect), lambda: f"{aspect.value} {term(labels, aspect)}" if aspect else "")
    deadline = day(p.deadline)
    if deadline_colour(p.status, p.deadline, today, due_soon_days) is WarningColour.RED:
        late = (today - p.deadline).days
        deadline += "\n" + once(("late", late), lambda: labels.translate("Reports", "{days} days overdue", sep=" ",
                                                                              days=late))
    responsible = " / ".join(x for x in (p.responsible_leader, p.responsible_person) if x)
    return [str(n), village, kind, p.description, once(("s", p.source), lambda: term(labels, p.source)),
            day(p.found_on), deadline, responsible, once(("st", p.status), lambda: term(labels, p.status)),
            MixedText(str(p.reopen_count), blocks.SMALL.with_(align="right"), fonts) if p.reopen_count else ""]
