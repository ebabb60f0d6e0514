"""Reads of checklist templates, inspections and the warning history."""

from __future__ import annotations

import json
from typing import Iterable

from sqlalchemy import func, select, true
from sqlalchemy.engine import Connection

from desktop.core.checklists import Template, Text, parse_template
from desktop.core.inspection_terms import InspectionStatus, PeriodKind, Subject
from desktop.core.periods import sort_key
from desktop.core.inspections import EvidenceRecord, GridCell, InspectionRecord, TemplateInfo
from desktop.core.scoring import Answer, fraction
from desktop.core.terms import Rating, WarningColour
from desktop.core.warnings import WarningPolicy
from desktop.storage.models import (
    AdminUnitRow,
    ChecklistTemplateRow,
    VillageRow,
    InspectionAnswerRow,
    InspectionEvidenceRow,
    InspectionRow,
    VillageRatingRow,
    VillageWarningRow,
    WarningPolicyRow,
    live,
)

T = ChecklistTemplateRow.__table__
I = InspectionRow.__table__
A = InspectionAnswerRow.__table__
E = InspectionEvidenceRow.__table__
W = VillageWarningRow.__table__
R = VillageRatingRow.__table__
P = WarningPolicyRow.__table__
V = VillageRow.__table__
U = AdminUnitRow.__table__
CHUNK = 500   # ids per IN (...) list: below SQLite's and PostgreSQL's limits


def template_values(template: Template, content: str, content_hash: str, origin: str) -> dict:
    return {"code": template.code, "version": template.version, "subject": template.subject.value,
            "title_zh": template.title.zh, "title_bo": template.title.bo,
            "indicator_count": template.indicator_count, "content": content,
            "content_hash": content_hash, "origin": origin}


def inspection_from_row(r) -> InspectionRecord:
    return InspectionRecord(
        id=r.id, row_version=r.row_version, village_id=r.village_id, template_id=r.template_id,
        period=r.period, period_kind=PeriodKind(r.period_kind), status=InspectionStatus(r.status),
        inspector=r.inspector, started_on=r.started_on, score=r.score, colour=WarningColour.parse(r.colour),
        veto_failed=bool(r.veto_failed), answered=r.answered, total=r.total, failed=r.failed,
        finalised_at=r.finalised_at, finalised_by=r.finalised_by, replaces_id=r.replaces_id, note=r.note)


def inspection_values(rec: InspectionRecord) -> dict:
    return {"village_id": rec.village_id, "template_id": rec.template_id, "period": rec.period,
            "period_kind": rec.period_kind.value, "status": rec.status.value, "inspector": rec.inspector,
            "started_on": rec.started_on, "score": rec.score, "colour": rec.colour.value if rec.colour else None,
            "veto_failed": rec.veto_failed, "answered": rec.answered, "total": rec.total, "failed": rec.failed,
            "finalised_at": rec.finalised_at, "finalised_by": rec.finalised_by, "replaces_id": rec.replaces_id,
            "note": rec.note}


class InspectionStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- templates -------------------------------------------------------

    def _info(self, r, inspections: int = 0, latest: bool = True) -> TemplateInfo:
        return TemplateInfo(id=r.id, code=r.code, version=r.version, subject=Subject(r.subject),
                            title=Text(r.title_zh, r.title_bo), indicator_count=r.indicator_count,
                            origin=r.origin, inspections=inspections, latest=latest)

    def template_infos(self) -> list[TemplateInfo]:
        used = dict(self.conn.execute(
            select(I.c.template_id, func.count()).where(live(I)).group_by(I.c.template_id)).all())
        rows = self.conn.execute(select(T.c.id, T.c.code, T.c.version, T.c.subject, T.c.title_zh, T.c.title_bo,
                                        T.c.indicator_count, T.c.origin)
                                 .where(live(T)).order_by(T.c.code, T.c.version.desc())).all()
        infos, seen = [], set()
        for r in rows:
            infos.append(self._info(r, used.get(r.id, 0), latest=r.code not in seen))
            seen.add(r.code)
        return infos

    def template_row(self, template_id: str):
        return self.conn.execute(select(T).where(T.c.id == template_id, live(T))).first()

    def template_version(self, code: str, version: int | None = None):
        stmt = select(T).where(T.c.code == code, live(T))
        stmt = stmt.where(T.c.version == version) if version is not None else stmt.order_by(T.c.version.desc())
        return self.conn.execute(stmt.limit(1)).first()

    def template_info(self, template_id: str, row=None) -> TemplateInfo | None:
        r = row if row is not None else self.template_row(template_id)
        if r is None:
            return None
        used = self.conn.execute(select(func.count()).select_from(I)
                                 .where(I.c.template_id == template_id, live(I))).scalar()
        newer = self.conn.execute(select(func.count()).select_from(T)
                                  .where(T.c.code == r.code, T.c.version > r.version, live(T))).scalar()
        return self._info(r, used, latest=not newer)

    def template(self, template_id: str) -> tuple[Template, TemplateInfo] | None:
        r = self.template_row(template_id)
        if r is None:
            return None
        return parse_template(json.loads(r.content)), self.template_info(template_id, r)

    def has_template_content(self, code: str, digest: str) -> bool:
        """Whether some version of `code` has exactly this content."""
        return self.conn.execute(select(T.c.id).where(T.c.code == code, T.c.content_hash == digest, live(T))
                                 .limit(1)).first() is not None

    def template_used(self, template_id: str) -> bool:
        return self.conn.execute(select(I.c.id).where(I.c.template_id == template_id).limit(1)).first() is not None

    # -- inspections -----------------------------------------------------

    def get(self, inspection_id: str) -> InspectionRecord | None:
        r = self.conn.execute(select(I).where(I.c.id == inspection_id, live(I))).first()
        return inspection_from_row(r) if r else None

    def answers(self, inspection_id: str) -> list:
        return self.conn.execute(select(A).where(A.c.inspection_id == inspection_id, live(A))).all()

    def tombstoned_answer(self, inspection_id: str, code: str):
        """The deleted row of an answer (an undone insert), to bring back
        rather than insert a second row for the same indicator."""
        return self.conn.execute(select(A.c.id, A.c.row_version).where(
            A.c.inspection_id == inspection_id, A.c.indicator_code == code, A.c.deleted == true())).first()

    def answer_map(self, inspection_id: str) -> dict[str, Answer]:
        return {r.indicator_code: Answer(r.indicator_code, r.value, bool(r.not_applicable), r.note)
                for r in self.answers(inspection_id)}

    def evidence(self, inspection_id: str) -> list[EvidenceRecord]:
        rows = self.conn.execute(select(E).where(E.c.inspection_id == inspection_id, live(E))
                                 .order_by(E.c.indicator_code, E.c.id))
        return [EvidenceRecord(r.id, r.indicator_code, r.file_name, r.sha256, r.size_bytes) for r in rows]

    def evidence_row(self, evidence_id: str):
        return self.conn.execute(select(E).where(E.c.id == evidence_id, live(E))).first()

    def sha_in_use(self, sha256: str) -> bool:
        return self.conn.execute(select(E.c.id).where(E.c.sha256 == sha256, live(E)).limit(1)).first() is not None

    def replaced_by(self, inspection_id: str) -> str | None:
        return self.conn.execute(select(I.c.id).where(I.c.replaces_id == inspection_id, live(I)).limit(1)).scalar()

    def for_village(self, village_id: str) -> list[InspectionRecord]:
        rows = self.conn.execute(select(I).where(I.c.village_id == village_id, live(I))
                                 .order_by(I.c.period.desc(), I.c.updated_at.desc()))
        return [inspection_from_row(r) for r in rows]

    def draft_for(self, village_id: str, template_id: str, period: str) -> str | None:
        return self.conn.execute(select(I.c.id).where(
            I.c.village_id == village_id, I.c.template_id == template_id, I.c.period == period,
            I.c.status == InspectionStatus.DRAFT.value, live(I)).limit(1)).scalar()

    def standing_final(self, village_id: str, template_id: str, period: str) -> str | None:
        """The finalised, uncorrected inspection of this village, template and period."""
        return self.conn.execute(select(I.c.id).where(
            I.c.village_id == village_id, I.c.template_id == template_id, I.c.period == period,
            I.c.status == InspectionStatus.FINAL.value, live(I), I.c.id.not_in(_replaced())).limit(1)).scalar()

    def final_for_period(self, period: str) -> list:
        """The standing inspection per village for `period`: finalised and not
        replaced by a later correction (rows of village_id, id, score, veto_failed)."""
        return self.conn.execute(
            select(I.c.village_id, I.c.id, I.c.template_id, I.c.score, I.c.veto_failed, I.c.finalised_at)
            .where(I.c.period == period, I.c.status == InspectionStatus.FINAL.value, live(I),
                   I.c.id.not_in(_replaced()))
            .order_by(I.c.village_id, I.c.finalised_at)).all()

    def answer_rows_for(self, inspection_ids: list[str]):
        """(inspection_id, code, value, not_applicable) of many inspections: raw rows, for bulk rescoring."""
        for start in range(0, len(inspection_ids), CHUNK):
            chunk = inspection_ids[start:start + CHUNK]
            yield from self.conn.execute(select(A.c.inspection_id, A.c.indicator_code, A.c.value, A.c.not_applicable)
                                         .where(A.c.inspection_id.in_(chunk), live(A)))

    # -- warnings and ratings --------------------------------------------

    def village_scope(self) -> dict[str, tuple]:
        """Live village id -> (code, name_zh, name_bo, township id, county id)."""
        rows = self.conn.execute(
            select(V.c.id, V.c.code, V.c.name_zh, V.c.name_bo, V.c.township_id, U.c.parent_id)
            .select_from(V.outerjoin(U, U.c.id == V.c.township_id)).where(live(V)))
        return {r[0]: tuple(r[1:]) for r in rows}

    def county_of(self, village_id: str) -> str | None:
        return self.conn.execute(select(U.c.parent_id).select_from(V.join(U, U.c.id == V.c.township_id))
                                 .where(V.c.id == village_id)).scalar()

    def village_version(self, village_id: str) -> tuple[int, str | None, str | None] | None:
        r = self.conn.execute(select(V.c.row_version, V.c.warning, V.c.rating).where(V.c.id == village_id, live(V))).first()
        return tuple(r) if r else None

    def warning_row(self, village_id: str, period: str):
        return self.conn.execute(select(W).where(W.c.village_id == village_id, W.c.period == period, live(W))
                                 .order_by(W.c.updated_at.desc()).limit(1)).first()

    def warnings_for_period(self, period: str) -> dict[str, tuple]:
        """village id -> (colour, score, inspection id, quota class, row id, row version)."""
        rows = self.conn.execute(select(W.c.village_id, W.c.colour, W.c.score, W.c.inspection_id, W.c.quota_class,
                                        W.c.id, W.c.row_version)
                                 .where(W.c.period == period, live(W)).order_by(W.c.updated_at))
        return {r[0]: tuple(r[1:]) for r in rows}

    def warning_periods(self) -> list[str]:
        return [p for (p,) in self.conn.execute(select(W.c.period).where(live(W)).distinct())]

    def grid(self, village_ids: Iterable[str] | None, periods: list[str]) -> dict[tuple[str, str], GridCell]:
        cells: dict[tuple[str, str], GridCell] = {}
        stmt = (select(W.c.village_id, W.c.period, W.c.colour, W.c.score, W.c.inspection_id, I.c.veto_failed)
                .select_from(W.outerjoin(I, I.c.id == W.c.inspection_id))
                .where(W.c.period.in_(periods), live(W)).order_by(W.c.updated_at))
        if village_ids is None:
            chunks = [stmt]
        else:
            ids = list(village_ids)
            chunks = [stmt.where(W.c.village_id.in_(ids[s:s + CHUNK])) for s in range(0, len(ids), CHUNK)]
        for chunk in chunks:
            for v, p, colour, score, inspection, veto in self.conn.execute(chunk):
                cells[(v, p)] = GridCell(WarningColour.parse(colour), score, inspection, bool(veto))
        return cells

    def vetoed_inspections(self, period: str) -> set[str]:
        """Ids of this period's inspections that failed a veto item."""
        return set(self.conn.execute(select(I.c.id).where(I.c.period == period, I.c.veto_failed == true(),
                                                          live(I))).scalars())

    def latest_warning_periods(self, village_ids) -> dict[str, str]:
        """village id -> its latest warning period, for many villages at once."""
        periods: dict[str, list[str]] = {}
        ids = list(village_ids)
        for start in range(0, len(ids), CHUNK):
            rows = self.conn.execute(select(W.c.village_id, W.c.period)
                                     .where(W.c.village_id.in_(ids[start:start + CHUNK]), live(W)))
            for v, p in rows:
                periods.setdefault(v, []).append(p)
        return {v: max(ps, key=sort_key) for v, ps in periods.items()}

    def rating_row(self, village_id: str, period: str):
        return self.conn.execute(select(R).where(R.c.village_id == village_id, R.c.period == period, live(R))
                                 .limit(1)).first()

    def latest_ratings(self) -> dict[str, Rating]:
        rows = self.conn.execute(select(R.c.village_id, R.c.period, R.c.rating).where(live(R)).order_by(R.c.updated_at))
        latest: dict[str, tuple] = {}
        for v, p, r in rows:
            if v not in latest or sort_key(p) >= latest[v][0]:
                latest[v] = (sort_key(p), r)
        return {v: Rating(r) for v, (_, r) in latest.items()}

    def policy(self, unit_id: str | None) -> tuple[WarningPolicy, str | None, int]:
        """The unit's policy, else the installation default, else the built-in default."""
        for key in (unit_id, None) if unit_id else (None,):
            cond = P.c.unit_id == key if key else P.c.unit_id.is_(None)
            r = self.conn.execute(select(P).where(cond, live(P)).limit(1)).first()
            if r is not None:
                return (WarningPolicy(r.red_below, r.green_from, bool(r.by_quota),
                                      (r.class1_share, r.class2_share, r.class3_share)),
                        r.id if r.unit_id == unit_id else None, r.row_version if r.unit_id == unit_id else 0)
        return WarningPolicy(), None, 0


def _replaced():
    """Ids of inspections a finalised correction replaces (a draft correction
    replaces nothing yet)."""
    return select(I.c.replaces_id).where(I.c.replaces_id.is_not(None), live(I),
                                         I.c.status == InspectionStatus.FINAL.value)


def answer_values(template: Template, inspection_id: str, a: Answer) -> dict:
    """An answer row, with its fraction and pass/fail kept beside it."""
    frac = None if a.value is None or a.not_applicable else fraction(template.indicator(a.code), a.value)
    return {"inspection_id": inspection_id, "indicator_code": a.code, "value": a.value,
            "not_applicable": a.not_applicable, "note": a.note, "fraction": frac,
            "passed": None if frac is None else frac >= template.pass_fraction}


def policy_values(policy: WarningPolicy, unit_id: str | None) -> dict:
    return {"unit_id": unit_id, "red_below": policy.red_below, "green_from": policy.green_from,
            "by_quota": policy.by_quota, "class1_share": policy.class_shares[0],
            "class2_share": policy.class_shares[1], "class3_share": policy.class_shares[2]}

