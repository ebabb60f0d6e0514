"""Reads of the problem ledger: problems, their status history and
close-out evidence, the light entries the ledger list filters, counts."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from sqlalchemy import select

from desktop.core.ledger import ProblemEvent, ProblemEvidence, ProblemRecord
from desktop.core.ledger_index import LedgerEntry
from desktop.core.ledger_terms import ProblemAspect, ProblemCategory, ProblemSource, ProblemStatus
from desktop.core.ledger import DEFAULT_DUE_SOON_DAYS
from desktop.storage.models import (
    AdminUnitRow,
    InspectionAnswerRow,
    PlanItemRow,
    PlanRow,
    ProblemEventRow,
    ProblemEvidenceRow,
    ProblemRow,
    VillageRow,
    WarningPolicyRow,
    live,
)
from desktop.storage.villages import fetch_columns

PR = ProblemRow.__table__
PE = ProblemEventRow.__table__
PF = ProblemEvidenceRow.__table__
V = VillageRow.__table__
U = AdminUnitRow.__table__
WP = WarningPolicyRow.__table__
PI = PlanItemRow.__table__
PL = PlanRow.__table__
IA = InspectionAnswerRow.__table__
CHUNK = 500

PROBLEM_FIELDS = ("village_id", "description", "category", "aspect", "weakness", "source", "source_ref",
                  "inspection_id", "indicator_code", "found_on", "deadline", "responsible_leader",
                  "responsible_person", "status", "status_on", "closed_by", "reopen_count", "note")


def problem_values(p: ProblemRecord) -> dict:
    values = {name: getattr(p, name) for name in PROBLEM_FIELDS}
    for name in ("category", "aspect", "source", "status"):
        values[name] = values[name].value if values[name] is not None else None
    for name in ("description", "source_ref", "responsible_leader", "responsible_person", "closed_by", "note"):
        values[name] = values[name].strip()
    return values


def problem_from_row(r) -> ProblemRecord:
    return ProblemRecord(
        id=r.id, row_version=r.row_version, village_id=r.village_id, description=r.description,
        category=ProblemCategory.parse(r.category), aspect=ProblemAspect.parse(r.aspect), weakness=r.weakness,
        source=ProblemSource(r.source), source_ref=r.source_ref, inspection_id=r.inspection_id,
        indicator_code=r.indicator_code, found_on=r.found_on, deadline=r.deadline,
        responsible_leader=r.responsible_leader, responsible_person=r.responsible_person,
        status=ProblemStatus(r.status), status_on=r.status_on, closed_by=r.closed_by,
        reopen_count=r.reopen_count, note=r.note)


def event_values(e: ProblemEvent) -> dict:
    return {"problem_id": e.problem_id, "at": e.at, "on_date": e.on, "actor": e.actor,
            "from_status": e.from_status.value if e.from_status else None, "to_status": e.to_status.value,
            "reason": e.reason.strip(), "checker": e.checker.strip()}


def _chunks(ids: list[str]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class LedgerStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def get(self, problem_id: str) -> ProblemRecord | None:
        row = self.conn.execute(select(PR).where(PR.c.id == problem_id, live(PR))).first()
        return problem_from_row(row) if row else None

    def many(self, ids: Iterable[str]) -> dict[str, ProblemRecord]:
        out: dict[str, ProblemRecord] = {}
        for chunk in _chunks(list(ids)):
            for row in self.conn.execute(select(PR).where(PR.c.id.in_(chunk))):
                out[row.id] = problem_from_row(row)
        return out

    def for_village(self, village_id: str, open_only: bool = False) -> list[ProblemRecord]:
        stmt = select(PR).where(PR.c.village_id == village_id, live(PR))
        if open_only:
            stmt = stmt.where(PR.c.status.in_([s.value for s in ProblemStatus if s.is_open]))
        return [problem_from_row(r) for r in self.conn.execute(stmt.order_by(PR.c.found_on, PR.c.id))]

    def from_inspection(self, inspection_id: str) -> dict[str, str]:
        """indicator code -> live problem id for the problems made from an inspection."""
        rows = self.conn.execute(select(PR.c.indicator_code, PR.c.id)
                                 .where(PR.c.inspection_id == inspection_id, live(PR)))
        return {r[0]: r[1] for r in rows if r[0]}

    def events(self, problem_id: str) -> list[ProblemEvent]:
        rows = self.conn.execute(select(PE).where(PE.c.problem_id == problem_id, live(PE)).order_by(PE.c.at, PE.c.id))
        return [ProblemEvent(id=r.id, problem_id=r.problem_id, at=r.at, on=r.on_date, actor=r.actor,
                             from_status=ProblemStatus.parse(r.from_status), to_status=ProblemStatus(r.to_status),
                             reason=r.reason, checker=r.checker) for r in rows]

    def evidence(self, problem_id: str) -> list[ProblemEvidence]:
        rows = self.conn.execute(select(PF).where(PF.c.problem_id == problem_id, live(PF)).order_by(PF.c.file_name))
        return [ProblemEvidence(id=r.id, problem_id=r.problem_id, event_id=r.event_id, file_name=r.file_name,
                                sha256=r.sha256, size_bytes=r.size_bytes) for r in rows]

    def entries(self, village_ids: Iterable[str] | None = None,
                problem_ids: Iterable[str] | None = None) -> list[LedgerEntry]:
        """The light rows the ledger list filters and sorts, for every live
        problem of a live village (of `village_ids` when given; only the
        problems `problem_ids` when given: what an edit changed)."""
        stmt = (select(PR.c.id, PR.c.village_id, V.c.name_sort, PR.c.status, PR.c.category, PR.c.aspect,
                       PR.c.weakness, PR.c.source, PR.c.found_on, PR.c.deadline, PR.c.responsible_leader,
                       PR.c.responsible_person, PR.c.description, V.c.search_text, PR.c.reopen_count)
                .select_from(PR.join(V, V.c.id == PR.c.village_id)).where(live(PR), live(V)))
        if problem_ids is not None:
            rows = [r for chunk in _chunks(list(problem_ids))
                    for r in fetch_columns(self.conn, stmt.where(PR.c.id.in_(chunk)))]
        else:
            rows = fetch_columns(self.conn, stmt)
        if village_ids is not None:
            wanted = set(village_ids)
            rows = [r for r in rows if r[1] in wanted]
        # The cyclic GC stays on: paused, it would leave the 150,000 entries
        # in its youngest generation, for one long pass at some later click.
        return _entries(rows)

    def count_rows(self, village_ids: Iterable[str] | None = None) -> list[tuple]:
        """(village id, category, status, deadline, reopen count) of every live problem."""
        stmt = (select(PR.c.village_id, PR.c.category, PR.c.status, PR.c.deadline, PR.c.reopen_count)
                .select_from(PR.join(V, V.c.id == PR.c.village_id)).where(live(PR), live(V)))
        rows = fetch_columns(self.conn, stmt)
        if village_ids is not None:
            wanted = set(village_ids)
            rows = [r for r in rows if r[0] in wanted]
        statuses = {s.value: s for s in ProblemStatus}
        dates = {None: None}    # a few hundred deadlines, each parsed once
        out = []
        for vid, cat, status, deadline, reopens in rows:
            day = dates.get(deadline, dates)
            if day is dates:
                day = dates[deadline] = _as_date(deadline)
            out.append((vid, cat, statuses[status], day, reopens))
        return out

    def village_names(self, village_ids: Iterable[str]) -> dict[str, tuple[str, str, str, str]]:
        """village id -> (name_zh, name_bo, township name_zh, township name_bo)."""
        out = {}
        for chunk in _chunks(list(set(village_ids))):
            rows = self.conn.execute(select(V.c.id, V.c.name_zh, V.c.name_bo, U.c.name_zh, U.c.name_bo)
                                     .select_from(V.outerjoin(U, U.c.id == V.c.township_id)).where(V.c.id.in_(chunk)))
            out.update({r[0]: (r[1], r[2], r[3] or "", r[4] or "") for r in rows})
        return out

    def in_plan(self, problem_id: str) -> bool:
        return self.conn.execute(select(PI.c.id).join(PL, PL.c.id == PI.c.plan_id)
                                 .where(PI.c.problem_id == problem_id, live(PI), live(PL)).limit(1)).first() is not None

    def linked_answers(self, problem_id: str) -> list[tuple[str, str, int]]:
        """(indicator code, answer id, row version) of the answers that point at a problem."""
        rows = self.conn.execute(select(IA.c.indicator_code, IA.c.id, IA.c.row_version)
                                 .where(IA.c.problem_id == problem_id, live(IA)))
        return [tuple(r) for r in rows]

    def due_soon_days(self) -> int:
        value = self.conn.execute(select(WP.c.due_soon_days).where(WP.c.unit_id.is_(None), live(WP))
                                  .order_by(WP.c.updated_at.desc()).limit(1)).scalar()
        return DEFAULT_DUE_SOON_DAYS if value is None else int(value)



def _entries(rows) -> list[LedgerEntry]:
    """Index entries from the rows of `LedgerStore.entries`' statement."""
    statuses = {s.value: s for s in ProblemStatus}
    # A ledger's dates are a few hundred days: each is parsed once, not
    # twice per problem (a third of the load at 150,000).
    ordinals: dict = {None: 0}
    out = []
    append = out.append
    for (pid, vid, vsort, status, cat, aspect, weak, source, found, deadline, leader, person, desc,
         vsearch, reopens) in rows:
        people = f"{leader} {person}".lower()
        found_day = ordinals.get(found)
        if found_day is None:
            found_day = ordinals[found] = _ordinal(found)
        deadline_day = ordinals.get(deadline)
        if deadline_day is None:
            deadline_day = ordinals[deadline] = _ordinal(deadline)
        append(LedgerEntry(pid, vid, vsort, statuses[status], cat, aspect or "", weak, source,
                           found_day, deadline_day, people, f"{desc.lower()} {people} {vsearch}", reopens))
    return out


def _as_date(value) -> date | None:
    """Dates read straight from the cursor are ISO text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _ordinal(value) -> int:
    d = _as_date(value)
    return d.toordinal() if d else 0
