"""The village dossier: the whole village file on paper.

The file itself (basic facts, the two committees and reserve cadres, the
support arrangements, collective income by year, rating history), then the
campaign (dossier_campaign.py): inspections with their failed items,
warnings, the problems on the ledger, the plan, the support log and the
acceptance reviews. Each section has its heading; an empty one says so in
a line.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.core.periods import period_label
from desktop.core.terms import Body, PostRole, WeaknessType, roles_of
from desktop.services.pdf import blocks
from desktop.services.pdf.document import ReportDocument
from desktop.services.pdf.fonts import ReportFonts
from desktop.services.pdf.labels import ReportLabels
from desktop.services.pdf.text import MixedText
from desktop.services.reports import dossier_campaign
from desktop.services.reports.common import both, day, number, term, terms, village_heading, village_id_of
from desktop.services.reports.sheet import DATE, Sheet

SUPPORT_ROLES = roles_of(Body.SUPPORT)
ROLE_ORDER = {role: n for n, role in enumerate(PostRole)}


def build(ws, request, out: Path, fonts: ReportFonts, progress) -> Path:
    labels = ReportLabels(request.language)
    village_id = village_id_of(ws, request)
    file, township = village_heading(ws, village_id)
    facts = file.facts
    name = both(labels, facts.name_zh, facts.name_bo)
    title = labels.translate("Reports", "Village dossier", sep=" / ")
    doc = ReportDocument(out, f"{title} · {both(labels, facts.name_zh, facts.name_bo, ' ')}", fonts, labels,
                         subtitle=facts.code or "")
    s = Sheet(labels, fonts, doc.frame_width, ws.today())
    story: list = blocks.title(labels.translate("Reports", "Village dossier"), fonts)
    story += [MixedText(name, blocks.HEADING.with_(align="center"), fonts), Spacer(1, 3 * mm)]
    story += _facts(ws, s, file, township)
    story += _posts(s, file)
    story += _support(ws, s, file)
    story += _incomes(s, file)
    story += _ratings(s, file)
    story += dossier_campaign.sections(ws, s, village_id, file)
    return doc.build(story, progress)


def _facts(ws, s: Sheet, file, township) -> list:
    f, labels, t = file.facts, s.labels, s.t
    status = ws.acceptance.status(f.id)
    pairs = [
        (t("Reports", "Village"), both(labels, f.name_zh, f.name_bo)),
        (t("Reports", "Village code"), f.code or ""),
        (t("Reports", "Township"), both(labels, township.name_zh, township.name_bo) if township else ""),
        (t("Reports", "Kind"), term(labels, f.kind)),
        (t("Reports", "Population"), number(f.population)),
        (t("Reports", "Households"), number(f.households)),
        (t("Reports", "Party members"), number(f.party_members)),
        (t("Reports", "Party organisation"), term(labels, f.party_org_type)),
        (t("Reports", "Weakness types"), terms(labels, sorted(f.weakness, key=list(WeaknessType).index))),
        (t("Reports", "Rating"), term(labels, f.rating)),
        (t("Reports", "Warning colour"), term(labels, f.warning)),
        (t("Reports", "Campaign status"), term(labels, status)),
    ]
    if f.note:
        pairs.append((t("Reports", "Note"), f.note))
    return s.heading(t("Reports", "Basic facts")) + [blocks.field_grid(pairs, s.width, s.fonts, columns=2)]


def _person_rows(s: Sheet, file, roles, unit: bool) -> list[list]:
    labels = s.labels
    posts = [p for p in file.posts if p.role in roles]
    posts.sort(key=lambda p: (not p.is_current(s.today), ROLE_ORDER[p.role], p.term_start or s.today))
    rows = []
    for p in posts:
        person = file.people.get(p.person_id)
        term_text = " – ".join((day(p.term_start), day(p.term_end))) if p.term_start or p.term_end else ""
        rows.append([term(labels, p.role), both(labels, person.name_zh, person.name_bo) if person else "",
                     term(labels, person.gender) if person else "",
                     str(person.birth_year) if person and person.birth_year else "",
                     term(labels, person.education) if person else ""]
                    + ([p.unit or (person.unit if person else "")] if unit else []) + [term_text])
    return rows


def _posts(s: Sheet, file) -> list:
    t = s.t
    roles = roles_of(Body.BRANCH_COMMITTEE, Body.VILLAGERS_COMMITTEE, Body.RESERVE)
    header = [t("Reports", "Post"), t("Reports", "Name"), t("Reports", "Gender"), t("Reports", "Born"),
              t("Reports", "Education"), t("Reports", "Term")]
    return s.section(t("Reports", "People and posts"), header, _person_rows(s, file, roles, unit=False),
                     [1.6, 1.5, 0.6, 0.55, 1.2, 1.7])


def _support(ws, s: Sheet, file) -> list:
    t, labels, f = s.t, s.labels, file.facts
    header = [t("Reports", "Post"), t("Reports", "Name"), t("Reports", "Gender"), t("Reports", "Born"),
              t("Reports", "Education"), t("Reports", "Unit"), t("Reports", "Term")]
    out = s.section(t("Reports", "Support arrangements"), header, _person_rows(s, file, SUPPORT_ROLES, unit=True),
                    [1.5, 1.2, 0.6, 0.55, 1.0, 1.3, 1.6])
    paired = ""
    if f.paired_village_id:
        zh, bo = ws.villages.names([f.paired_village_id]).get(f.paired_village_id, ("", ""))
        paired = both(labels, zh, bo)
    pairs = [(t("Reports", "Paired unit or enterprise"), f.paired_unit),
             (t("Reports", "Paired strong village"), paired)]
    return out + [Spacer(1, 2 * mm), blocks.field_grid(pairs, s.width, s.fonts, columns=2)]


def _incomes(s: Sheet, file) -> list:
    t = s.t
    rows = [[str(i.year), number(i.amount_yuan), i.note] for i in sorted(file.incomes, key=lambda i: -i.year)]
    return s.section(t("Reports", "Collective economy income"),
                     [t("Reports", "Year"), t("Reports", "Income (yuan)"), t("Reports", "Note")], rows, [1, 1.5, 4])


def _ratings(s: Sheet, file) -> list:
    t, labels = s.t, s.labels
    rows = [[labels.of(lambda r=r: period_label(r.period)), term(labels, r.rating), r.decided_by, day(r.decided_on),
             r.note] for r in file.ratings]
    return s.section(t("Reports", "Rating history"),
                     [t("Reports", "Period"), t("Reports", "Rating"), t("Reports", "Decided by"), t("Reports", "Date"),
                      t("Reports", "Note")], rows, [1, 1, 1.5, DATE, 2])
