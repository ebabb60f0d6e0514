"""The village list exported in the roster's layout (core/roster.py,
TEMPLATE_KEYS): each village's columns, then one person and post per row,
the village's columns repeated; a village without posts has one row. Read
back through the roster import it changes nothing, and into an empty
database it gives the same villages, people and posts.

Headers are the roster's own (Chinese, Tibetan, or both in one cell), which
the import recognises whatever the user's language; values are the labels
of the export's language, as the roster's drop-down lists offer them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from desktop.core.i18n import translate
from desktop.core.roster import BY_KEY, COUNT, DATE as DATE_KIND, TEMPLATE_KEYS, choice_labels
from desktop.core.terms import (Education, Ethnicity, Gender, PartyOrgType, PostRole, VillageKind,
                                weakness_short_labels, weakness_types)
from desktop.services.excel_export_job import ExportJob, labels_of
from desktop.services.xlsx_sheets import DATE, INTEGER, Column

_TEXT = "@"        # codes and phone numbers stay text: Excel would show 5.13336E+11 and drop leading zeros


def roster_headers(language: str, both: bool) -> Callable[[str, str], str]:
    """labels(context, roster column label) -> the roster's canonical header in `language`, or both."""
    by_label = {c.label: c for c in BY_KEY.values()}

    def header(context: str, label: str) -> str:
        c = by_label[label]
        return c.header if both else c.bo if language == "bo_CN" else c.zh
    return header


def roster_columns() -> list[Column]:
    """The sheet's columns: the roster's, with their drop-down lists in the language being spoken."""
    out = []
    for key in TEMPLATE_KEYS:
        c = BY_KEY[key]
        fmt = (_TEXT if key in ("village_code", "phone") else INTEGER if c.kind == COUNT or key == "birth_date"
               else DATE if c.kind == DATE_KIND else None)
        out.append(Column(key, c.label, "Roster", number_format=fmt, choices=tuple(choice_labels(key)),
                          wrap=key in ("village_note", "post_note")))
    return out


def export_villages(job: ExportJob) -> None:
    kinds, orgs, genders = labels_of(VillageKind), labels_of(PartyOrgType), labels_of(Gender)
    ethnicities, educations, roles = labels_of(Ethnicity), labels_of(Education), labels_of(PostRole)
    yes, no = translate("Roster", "Yes"), translate("Roster", "No")
    villages = job.store.villages()
    posts = defaultdict(list)
    for p in job.store.posts():
        posts[p.village_id].append(p)
    sheet = job.sheet(translate("Export", "Villages"), roster_columns(), freeze_columns=4)
    job.start(sum(max(1, len(posts[v.id])) for v in villages))
    weakness: dict[int, str | None] = {}

    def rows():
        for v in villages:
            if v.weakness not in weakness:
                # Space-separated short labels (软 散): what the roster's type column reads.
                weakness[v.weakness] = weakness_short_labels(weakness_types(v.weakness)) or None
            village = {"township": job.name(v.township_zh, v.township_bo), "village_code": v.code,
                       "village_name_zh": v.name_zh, "village_name_bo": v.name_bo, "village_kind": kinds.get(v.kind),
                       "population": v.population, "households": v.households, "party_members": v.party_members,
                       "party_org_type": orgs.get(v.party_org_type), "weakness": weakness[v.weakness],
                       "paired_unit": v.paired_unit, "village_note": v.note}
            if not posts[v.id]:
                yield _in_order(village)
            for p in posts[v.id]:
                flag = None if p.party_member is None else yes if p.party_member else no
                yield _in_order({**village, "name_zh": p.name_zh, "name_bo": p.name_bo, "gender": genders.get(p.gender),
                                 "ethnicity": ethnicities.get(p.ethnicity), "birth_date": p.birth_year,
                                 "education": educations.get(p.education), "party_member": flag, "phone": p.phone,
                                 "person_unit": p.person_unit, "post": roles.get(p.role), "term_start": p.term_start,
                                 "term_end": p.term_end, "post_note": p.post_note})
    job.rows(sheet, rows())


def _in_order(values: dict) -> list:
    """A row in the roster's column order; empty texts as empty cells."""
    return [None if (v := values.get(k)) == "" else v for k in TEMPLATE_KEYS]
