"""A reproducible demo county (or prefecture) for trying the app and for
benchmarks: townships, villages with Chinese and Tibetan names, people and
posts over two terms, collective income, ratings and warnings, support for
the weak villages, and their campaign (ledger, plans, support log,
acceptance: demo_campaign.py).

Proportions follow the source documents: ratings 838 / 1,570 / 311 / 14
(先进/一般/后进/问题, seed 004); 2–3 reserve cadres a village (seed 003);
"一肩挑" secretaries who also direct the villagers' committee; first
secretaries, "3+1"/"5+1" work teams, contact county leaders and paired units
for weak villages (seeds 001, 004). The same seed gives the same content.

All rows go through Core bulk inserts with their change log, in one
transaction: cancelled or failed, nothing is written.
"""

from __future__ import annotations

import math
import random
import shutil
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.changes import ChangeSet
from desktop.core.errors import VillageDeskError
from desktop.core.i18n import translate
from desktop.core.ids import new_id
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.records import AdminUnit, PersonRecord, PostRecord, VillageFacts
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
from desktop.services import demo_names as N
from desktop.services.demo_campaign import DemoCampaign
from desktop.services.demo_inspections import DEMO_TEMPLATE, DemoInspector, evidence_file
from desktop.services.units import unit_values
from desktop.storage.people import person_values, post_values
from desktop.storage.villages import village_values

MAX_VILLAGES = 1_000_000
VILLAGES_PER_TOWNSHIP = 25
MAX_COUNTIES = 99   # two digits of the division code

RATING_WEIGHTS = {Rating.ADVANCED: 838, Rating.ORDINARY: 1570, Rating.BACKWARD: 311, Rating.PROBLEM: 14}
TERM_2021 = (date(2021, 3, 1), date(2026, 2, 28))   # village "two committees" terms
TERM_2026 = date(2026, 3, 1)
INCOME_YEARS = (2023, 2024, 2025)
RATING_PERIODS = ("2024", "2025")
# Two years of quarterly inspections (seed 003 scores every quarter).
WARNING_PERIODS = ("2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3")
WARNING_DATES = (date(2024, 12, 28), date(2025, 3, 28), date(2025, 6, 27), date(2025, 9, 26),
                 date(2025, 12, 26), date(2026, 3, 27), date(2026, 6, 26), date(2026, 9, 25))


@dataclass(frozen=True)
class DemoSummary:
    counties: int
    townships: int
    villages: int
    people: int
    posts: int
    changeset: ChangeSet
    problems: int = 0
    plans: int = 0
    activities: int = 0


@dataclass
class _Rows:
    villages: list[dict[str, Any]] = field(default_factory=list)
    incomes: list[dict[str, Any]] = field(default_factory=list)
    ratings: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # -- people ----------------------------------------------------------

    def tibetan_person(self, born: tuple[int, int], **kw) -> PersonRecord:
        r = self.rng
        head = r.choice(N.PERSON_HEADS)
        female = r.random() < 0.3
        tail = r.choice(N.PERSON_TAILS_FEMALE if female else N.PERSON_TAILS_MALE)
        return PersonRecord(
            name_zh=head[1] + tail[1], name_bo=f"{head[0]}་{tail[0]}།",
            gender=Gender.FEMALE if female else Gender.MALE, birth_year=r.randint(*born),
            ethnicity=Ethnicity.TIBETAN if r.random() < 0.95 else r.choice([Ethnicity.HAN, Ethnicity.HUI, Ethnicity.QIANG]),
            education=r.choices(list(Education), weights=[20, 35, 25, 12, 7, 1])[0],
            phone=self.phone(), **kw,
        )

    def cadre(self, unit: str) -> PersonRecord:
        """A county cadre: first secretary, work team member, contact leader."""
        r = self.rng
        if r.random() < 0.4:
            person = self.tibetan_person((1968, 1995), party_member=True, unit=unit)
            person.education = r.choice([Education.COLLEGE, Education.BACHELOR, Education.POSTGRADUATE])
            return person
        given = r.choice(N.HAN_GIVEN)
        return PersonRecord(
            name_zh=r.choice(N.HAN_SURNAMES) + given,
            gender=Gender.FEMALE if given in N.HAN_FEMALE_GIVEN else Gender.MALE,
            birth_year=r.randint(1966, 1996), ethnicity=Ethnicity.HAN,
            education=r.choice([Education.COLLEGE, Education.BACHELOR, Education.BACHELOR, Education.POSTGRADUATE]),
            phone=self.phone(), party_member=True, unit=unit,
        )

    def phone(self) -> str:
        r = self.rng
        return r.choice(["138", "139", "150", "151", "158", "180", "183", "189"]) + f"{r.randrange(10**8):08d}"

    def place(self) -> tuple[str, str]:
        head, tail = self.rng.choice(N.PLACE_HEADS), self.rng.choice(N.PLACE_TAILS)
        return f"{head[0]}་{tail[0]}", head[1] + tail[1]


def fill_demo(ws, *, villages: int, townships: int | None = None, seed: int = 1, force: bool = False,
              progress: Progress = NO_PROGRESS) -> DemoSummary:
    """Write a demo county into the workspace's database."""
    if not 1 <= villages <= MAX_VILLAGES:
        raise VillageDeskError(translate("Demo", "The number of villages must be between 1 and 1,000,000."))
    townships = townships or max(1, round(villages / VILLAGES_PER_TOWNSHIP))
    if not 1 <= townships <= villages:
        raise VillageDeskError(translate("Demo", "There must be at least one township and no more townships than villages."))
    per_county = max(15, math.ceil(townships / MAX_COUNTIES))
    if math.ceil(townships / per_county) > MAX_COUNTIES or per_county > 999:
        raise VillageDeskError(translate("Demo", "Too many townships for one demo prefecture."))
    if not force and ws.has_data():
        raise VillageDeskError(translate("Demo", "The database already holds data. Use an empty database, or --force to add the demo anyway."))

    with ws.db.read() as r:
        used = {c[:4] for c in r.units.codes()}
    prefix = next((p for p in (f"5{n:03d}" for n in range(190, 1000)) if p not in used), None)
    if prefix is None:
        raise VillageDeskError(translate("Demo", "Too many demo prefectures in this database."))

    gen = _Generator(seed)
    today = ws.today()
    counts = dict(people=0, posts=0)
    with ws.db.write(ws.actor, "demo.fill") as w:
        evidence = _store_evidence(ws)
        inspector = _inspector(ws, w, gen, evidence)
        campaign = DemoCampaign(seed, today, evidence, inspector.template if inspector else None)
        progress.step(0, villages, translate("Demo", "Making townships"))
        units, townships_by_county = _units(gen, prefix, townships, per_county)
        w.insert_many("admin_unit", units)

        sizes = [villages // townships + (1 if i < villages % townships else 0) for i in range(townships)]
        done = 0
        t_index = 0
        for county_id, county_townships in townships_by_county:
            rows = _Rows()
            county_cadres = _County(gen)
            for township in county_townships:
                _township(gen, township, sizes[t_index], rows, county_cadres, today)
                t_index += 1
            if inspector:
                inspector.inspect_county(rows.villages, rows.warnings, rows.incomes)
            campaign.fill_county(rows.villages, rows.posts, rows.people + county_cadres.people, inspector)
            w.insert_many("village", rows.villages)
            w.insert_many("collective_income", rows.incomes)
            w.insert_many("village_rating", rows.ratings)
            if inspector:
                inspections, answers, evidence = inspector.take()
                w.insert_many("inspection", inspections)
                w.insert_many("inspection_answer", answers)
                w.insert_many("inspection_evidence", evidence)
            w.insert_many("village_warning", rows.warnings)
            w.insert_many("person", rows.people + county_cadres.people)
            w.insert_many("post", rows.posts)
            for table, batch in campaign.take():
                w.insert_many(table, batch)
            counts["people"] += len(rows.people) + len(county_cadres.people)
            counts["posts"] += len(rows.posts)
            done += len(rows.villages)
            progress.step(done, villages, translate("Demo", "Writing villages"))
    return DemoSummary(counties=len(townships_by_county), townships=townships, villages=villages,
                       people=counts["people"], posts=counts["posts"], changeset=w.changeset,
                       problems=campaign.totals["problem"], plans=campaign.totals["plan"],
                       activities=campaign.totals["support_activity"])


def _store_evidence(ws) -> tuple[str, int]:
    """The one evidence file of inspections and close-outs, by content."""
    source = evidence_file()
    try:
        return ws.inspections.attachments.add(source)
    finally:
        shutil.rmtree(source.parent, ignore_errors=True)


def _inspector(ws, w, gen: _Generator, evidence: tuple[str, int]) -> DemoInspector | None:
    """Inspections need the shipped quantified checklist (installed with the
    demo, so a cancelled demo leaves nothing); without it, warnings only."""
    ws.checklists.ensure_builtin(w)
    row = w.inspections.template_version(DEMO_TEMPLATE)
    if row is None:
        return None
    template, _ = w.inspections.template(row.id)
    return DemoInspector(gen.rng, template, row.id, evidence)


def _units(gen: _Generator, prefix: str, townships: int, per_county: int):
    prefecture = AdminUnit(id=new_id(), row_version=0, level=AdminLevel.PREFECTURE, parent_id=None,
                           code=prefix + "00000000", name_zh=N.PREFECTURE[1], name_bo=N.PREFECTURE[0])
    units = [{"id": prefecture.id, **unit_values(prefecture)}]
    by_county = []
    for c in range(math.ceil(townships / per_county)):
        bo, zh = N.COUNTY_NAMES[c % len(N.COUNTY_NAMES)]
        suffix = "" if c < len(N.COUNTY_NAMES) else str(c // len(N.COUNTY_NAMES) + 1)
        county = AdminUnit(id=new_id(), row_version=0, level=AdminLevel.COUNTY, parent_id=prefecture.id,
                           code=f"{prefix}{c + 1:02d}000000", name_zh=f"{zh}{suffix}县", name_bo=f"{bo}{suffix}རྫོང་།")
        units.append({"id": county.id, **unit_values(county)})
        members = []
        for t in range(min(per_county, townships - c * per_county)):
            bo_t, zh_t = gen.place()
            town = t % 4 == 0
            township = AdminUnit(
                id=new_id(), row_version=0, level=AdminLevel.TOWNSHIP, parent_id=county.id,
                code=f"{prefix}{c + 1:02d}{t + 1:03d}000",
                name_zh=zh_t + ("镇" if town else "乡"), name_bo=bo_t + ("་གྲོང་རྡལ།" if town else "་ཤང་།"),
                kind=TownshipKind.TOWN if town else TownshipKind.TOWNSHIP,
            )
            units.append({"id": township.id, **unit_values(township)})
            members.append(township)
        by_county.append((county.id, members))
    return units, by_county


class _County:
    """Cadres shared by the villages of one county: contact county leaders."""

    def __init__(self, gen: _Generator) -> None:
        self.gen = gen
        self.people: list[dict[str, Any]] = []
        self.leaders: list[PersonRecord] = []
        self.advanced: list[str] = []   # villages strong enough to pair with

    def contact_leader(self) -> PersonRecord:
        # About five weak villages per contact county leader (seed 002: 32
        # county leaders for 68 villages, seed 000: 1–2 each).
        if not self.leaders or self.gen.rng.random() < 0.2:
            leader = self.gen.cadre(self.gen.rng.choice(["县委", "县人大常委会", "县人民政府", "县政协"]))
            leader.birth_year = self.gen.rng.randint(1965, 1980)
            self.leaders.append(leader)
            self.people.append({"id": leader.id, **person_values(leader)})
        return self.gen.rng.choice(self.leaders)


def _township(gen: _Generator, township: AdminUnit, count: int, rows: _Rows, county: _County, today: date) -> None:
    r = gen.rng
    liaison = gen.tibetan_person((1975, 1995), party_member=True, unit=township.name_zh)
    liaison_used = False
    township9 = township.code[:9]
    for k in range(count):
        community = township.kind is TownshipKind.TOWN and k == 0 and count >= 3
        bo, zh = gen.place()
        facts = VillageFacts(
            township_id=township.id,
            code=f"{township9}{(1 + k) if community else (200 + k):03d}",
            name_zh=zh + ("社区" if community else "村"),
            name_bo=bo + ("་སྡེ་ཁུལ།" if community else "་གྲོང་ཚོ།"),
            kind=VillageKind.COMMUNITY if community else VillageKind.VILLAGE,
        )
        facts.population = r.randint(1500, 6000) if community else r.randint(300, 3200)
        facts.households = round(facts.population / r.uniform(3.6, 4.8))
        facts.party_members = max(3, round(facts.population * r.uniform(0.025, 0.06)))
        facts.party_org_type = (PartyOrgType.COMMITTEE if facts.party_members >= 100 else
                                PartyOrgType.GENERAL_BRANCH if facts.party_members >= 50 else PartyOrgType.BRANCH)
        rating = r.choices(list(RATING_WEIGHTS), weights=list(RATING_WEIGHTS.values()))[0]
        weak = rating in (Rating.BACKWARD, Rating.PROBLEM)
        colours = _warnings(r, rating)
        if weak:
            facts.weakness = frozenset(r.sample(list(WeaknessType), r.choice([1, 1, 2])))
        elif colours[-1] is WarningColour.YELLOW and r.random() < 0.5:
            facts.weakness = frozenset([r.choice(list(WeaknessType))])
        supported = weak or bool(facts.weakness)
        if supported:
            facts.paired_unit = r.choice(N.UNITS + N.ENTERPRISES)
            if county.advanced and r.random() < 0.6:
                facts.paired_village_id = r.choice(county.advanced)
        row = {"id": facts.id, **village_values(facts), "rating": rating.value, "warning": colours[-1].value}
        rows.villages.append(row)
        if rating is Rating.ADVANCED:
            county.advanced.append(facts.id)

        _history(gen, facts, rating, colours, weak, rows)
        _committees(gen, facts, rows)
        if supported:
            _support(gen, facts, rows, county, liaison)
            liaison_used = True
    if liaison_used:
        rows.people.append({"id": liaison.id, **person_values(liaison)})


def _warnings(r: random.Random, rating: Rating) -> list[WarningColour]:
    weights = {
        Rating.ADVANCED: (0, 3, 97), Rating.ORDINARY: (3, 17, 80),
        Rating.BACKWARD: (55, 40, 5), Rating.PROBLEM: (85, 15, 0),
    }[rating]
    colours = []
    for _ in WARNING_PERIODS:
        if colours and r.random() < 0.7:
            colours.append(colours[-1])   # warnings change slowly
        else:
            colours.append(r.choices([WarningColour.RED, WarningColour.YELLOW, WarningColour.GREEN], weights=weights)[0])
    return colours


_SCORES = {WarningColour.RED: (38, 59), WarningColour.YELLOW: (61, 79), WarningColour.GREEN: (81, 98)}


def _history(gen: _Generator, facts: VillageFacts, rating: Rating, colours, weak: bool, rows: _Rows) -> None:
    r = gen.rng
    base = r.randint(5_000, 49_000) if (weak or WeaknessType.WEAK in facts.weakness) else r.randint(50_000, 600_000)
    if weak and r.random() < 0.2:
        base = 0   # 空白村: no collective income at all
    for i, year in enumerate(INCOME_YEARS):
        amount = round(base * (1 + r.uniform(0.0, 0.15)) ** i)
        rows.incomes.append({"id": new_id(), "village_id": facts.id, "year": year, "amount_yuan": amount, "note": ""})
    ratings = list(Rating)
    earlier = ratings[min(len(ratings) - 1, max(0, ratings.index(rating) + r.choice([-1, 0, 0, 0, 1])))]
    for period, level in zip(RATING_PERIODS, (earlier, rating)):
        rows.ratings.append({"id": new_id(), "village_id": facts.id, "period": period, "rating": level.value,
                             "decided_by": "县委组织部", "decided_on": date(int(period), 12, 20), "note": ""})
    for period, colour, on in zip(WARNING_PERIODS, colours, WARNING_DATES):
        rows.warnings.append({"id": new_id(), "village_id": facts.id, "period": period, "colour": colour.value,
                              "score": float(r.randint(*_SCORES[colour])), "assessed_on": on, "note": "",
                              "inspection_id": None})


def _post(rows: _Rows, person: PersonRecord, village_id: str, role: PostRole, start: date | None,
          end: date | None = None, unit: str = "") -> None:
    post = PostRecord(person_id=person.id, village_id=village_id, role=role, unit=unit, term_start=start, term_end=end)
    rows.posts.append({"id": post.id, **post_values(post)})


def _committees(gen: _Generator, facts: VillageFacts, rows: _Rows) -> None:
    """The two committees over two terms, and the reserve cadres."""
    r = gen.rng
    vid = facts.id
    people = []

    def person(born=(1960, 1992), **kw) -> PersonRecord:
        p = gen.tibetan_person(born, **kw)
        people.append(p)
        return p

    secretary = person(party_member=True)
    _post(rows, secretary, vid, PostRole.BRANCH_SECRETARY, TERM_2026)
    if r.random() < 0.4:   # a new secretary since the 2026 election
        former = person((1955, 1980), party_member=True)
        _post(rows, former, vid, PostRole.BRANCH_SECRETARY, *TERM_2021)
    else:
        _post(rows, secretary, vid, PostRole.BRANCH_SECRETARY, *TERM_2021)
    if r.random() < 0.8:   # 一肩挑: the secretary also directs the villagers' committee
        _post(rows, secretary, vid, PostRole.DIRECTOR, TERM_2026)
    else:
        _post(rows, person(party_member=r.random() < 0.7), vid, PostRole.DIRECTOR, TERM_2026)
    if r.random() < 0.5:
        _post(rows, person(party_member=True), vid, PostRole.BRANCH_DEPUTY_SECRETARY, TERM_2026)
    members = [person(party_member=True) for _ in range(r.randint(1, 3))]
    for m in members:
        _post(rows, m, vid, PostRole.BRANCH_MEMBER, TERM_2026)
    deputy = members[0] if r.random() < 0.5 else person(party_member=r.random() < 0.6)  # 交叉任职
    _post(rows, deputy, vid, PostRole.DEPUTY_DIRECTOR, TERM_2026)
    for _ in range(r.randint(1, 2)):
        _post(rows, person(party_member=r.random() < 0.5), vid, PostRole.COMMITTEE_MEMBER, TERM_2026)
    for _ in range(r.randint(2, 3)):
        reserve = person((1990, 2002), party_member=r.random() < 0.7)
        reserve.education = r.choice([Education.SENIOR_SECONDARY, Education.COLLEGE, Education.BACHELOR])
        _post(rows, reserve, vid, PostRole.RESERVE_CADRE, date(2026, r.randint(3, 9), 1))
    rows.people.extend({"id": p.id, **person_values(p)} for p in people)


def _support(gen: _Generator, facts: VillageFacts, rows: _Rows, county: _County, liaison: PersonRecord) -> None:
    """First secretary, work team, contact county leader and liaison cadre."""
    r = gen.rng
    vid = facts.id
    start = date(r.choice([2024, 2025]), r.choice([1, 3, 7]), 1)
    unit = r.choice(N.UNITS)
    first = gen.cadre(unit)
    team = [first]
    _post(rows, first, vid, PostRole.FIRST_SECRETARY, start, unit=unit)
    if r.random() < 0.7:   # the first secretary leads the work team
        _post(rows, first, vid, PostRole.WORK_TEAM_LEADER, start, unit=unit)
    else:
        leader = gen.cadre(unit)
        team.append(leader)
        _post(rows, leader, vid, PostRole.WORK_TEAM_LEADER, start, unit=unit)
    for _ in range(r.choice([2, 2, 4])):   # "3+1" or "5+1" teams
        member_unit = r.choice(N.UNITS)
        member = gen.cadre(member_unit)
        team.append(member)
        _post(rows, member, vid, PostRole.WORK_TEAM_MEMBER, start, unit=member_unit)
    rows.people.extend({"id": p.id, **person_values(p)} for p in team)
    _post(rows, county.contact_leader(), vid, PostRole.CONTACT_LEADER, start)
    _post(rows, liaison, vid, PostRole.LIAISON_CADRE, start, unit=liaison.unit)
