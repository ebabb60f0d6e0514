"""Inspecting a village: start or resume, answer, attach evidence, finalise.

A draft is saved as often as the inspector likes; finalising checks that
every indicator is answered and every "met" answer that needs evidence has
a file, then freezes the inspection and writes the village's warning for
the period. A finalised inspection is corrected by a new one that names it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from desktop.core.changes import ChangeSet
from desktop.core.errors import NotFound, ValidationFailed, VillageDeskError, record_changed_elsewhere, village_not_found
from desktop.core.i18n import translate
from desktop.core.inspections import EvidenceRecord, InspectionFile, InspectionRecord
from desktop.core.periods import parse_period
from desktop.core.scoring import Answer, ScoreSheet, check_value, score_sheet
from desktop.core.checklists import Template
from desktop.core.inspection_terms import InspectionStatus, Subject
from desktop.core.validation import FieldError
from desktop.core.warnings import WarningPolicy, colour_for
from desktop.services.attachments import AttachmentStore
from desktop.services.locations import data_dir
from desktop.services.warnings import refresh_village_colour
from desktop.storage.inspections import answer_values, inspection_values


def _not_found() -> NotFound:
    return NotFound(translate("Inspections", "This inspection does not exist (any more)."))


def _read_only() -> VillageDeskError:
    return VillageDeskError(translate("Inspections", "This inspection is finalised and cannot be changed. "
                                                     "Start a correction instead."))


class InspectionService:
    def __init__(self, workspace) -> None:
        self.ws = workspace
        self._store: AttachmentStore | None = None

    @property
    def attachments(self) -> AttachmentStore:
        """The attachment store, keyed as the database is now (encrypting
        the database reopens it with a key: the store follows)."""
        key = self.ws.db.key
        if self._store is None or self._store.key != key:
            # A server database (county mode) keeps its files in the data folder.
            root = AttachmentStore.beside(self.ws.path).root if self.ws.path else data_dir() / "attachments"
            self._store = AttachmentStore(root, key)
        return self._store

    # -- reading ---------------------------------------------------------

    def open(self, inspection_id: str) -> InspectionFile:
        with self.ws.db.read() as r:
            rec = r.inspections.get(inspection_id)
            if rec is None:
                raise _not_found()
            rows = r.inspections.answers(inspection_id)
            evidence = r.inspections.evidence(inspection_id)
            replaced_by = r.inspections.replaced_by(inspection_id)
        template, info = self.ws.checklists.load(rec.template_id)
        f = InspectionFile(rec, template, info, evidence=evidence, replaced_by=replaced_by)
        for row in rows:
            f.answers[row.indicator_code] = Answer(row.indicator_code, row.value, bool(row.not_applicable), row.note)
            f.answer_versions[row.indicator_code] = (row.id, row.row_version)
            if row.problem_id:
                f.problem_links[row.indicator_code] = row.problem_id
        return f

    def draft_of(self, village_id: str, template_id: str, period: str) -> str | None:
        """The open draft's id for this village, template and period, if any."""
        with self.ws.db.read() as r:
            return r.inspections.draft_for(village_id, template_id, period)

    def for_village(self, village_id: str) -> list[InspectionRecord]:
        with self.ws.db.read() as r:
            return r.inspections.for_village(village_id)

    def sheet(self, f: InspectionFile, answers: Mapping[str, Answer] | None = None) -> ScoreSheet:
        return score_sheet(f.template, f.answers if answers is None else answers, f.evidence_codes())

    # -- starting --------------------------------------------------------

    def start(self, village_id: str, template_id: str, period: str, inspector: str = "") -> tuple[InspectionFile, ChangeSet | None]:
        """A new draft, or the open draft for the same village, template and period."""
        p = parse_period(period)
        template, info = self.ws.checklists.load(template_id)
        if template.subject is not Subject.VILLAGE:
            raise VillageDeskError(translate("Inspections", "The checklist {label} inspects township Party committees, "
                                                            "not villages.").format(label=info.label))
        with self.ws.db.read() as r:
            if r.villages.facts(village_id) is None:
                raise village_not_found(village_id)
            existing = r.inspections.draft_for(village_id, template_id, p.key)
            final = r.inspections.standing_final(village_id, template_id, p.key)
        if existing:
            return self.open(existing), None
        if final:
            raise VillageDeskError(translate("Inspections", "This village already has a finalised inspection for "
                                                            "{period} with this checklist. Correct that one instead.")
                                   .format(period=p.label))
        rec = InspectionRecord(id="", row_version=0, village_id=village_id, template_id=template_id, period=p.key,
                               period_kind=p.kind, inspector=inspector or self.ws.actor, started_on=self.ws.today(),
                               total=template.indicator_count)
        with self.ws.db.write(self.ws.actor, "start_inspection") as w:
            new_id = w.insert("inspection", inspection_values(rec))
        return self.open(new_id), w.changeset

    def correct(self, inspection_id: str) -> tuple[InspectionFile, ChangeSet]:
        """A new draft that replaces a finalised inspection, its answers copied."""
        old = self.open(inspection_id)
        if not old.inspection.final:
            raise VillageDeskError(translate("Inspections", "Only a finalised inspection needs a correction; "
                                                            "a draft can be edited."))
        if old.replaced_by:
            raise VillageDeskError(translate("Inspections", "This inspection has already been corrected; "
                                                            "correct the newer one."))
        rec = InspectionRecord(id="", row_version=0, village_id=old.inspection.village_id,
                               template_id=old.inspection.template_id, period=old.inspection.period,
                               period_kind=old.inspection.period_kind, inspector=self.ws.actor,
                               started_on=self.ws.today(), total=old.inspection.total, replaces_id=inspection_id)
        summary = self._summary(old, self.sheet(old))
        with self.ws.db.write(self.ws.actor, "correct_inspection") as w:
            new_id = w.insert("inspection", {**inspection_values(rec), **summary})
            for code, a in old.answers.items():
                # A problem made from a failed item stays linked to the correction.
                w.insert("inspection_answer", {**answer_values(old.template, new_id, a),
                                               "problem_id": old.problem_links.get(code)})
            for e in old.evidence:
                w.insert("inspection_evidence", {"inspection_id": new_id, "indicator_code": e.indicator_code,
                                                 "file_name": e.file_name, "sha256": e.sha256, "size_bytes": e.size_bytes})
        return self.open(new_id), w.changeset

    # -- answering -------------------------------------------------------

    def check_answers(self, f: InspectionFile | Template, answers: Mapping[str, Answer]) -> list[FieldError]:
        template = f if isinstance(f, Template) else f.template
        errors = []
        for code, a in answers.items():
            ind = template.indicator(code)
            if ind is None:
                errors.append(FieldError(code, translate("Inspections", "The template has no indicator {code}.").format(code=code)))
            elif a.value is not None and not a.not_applicable and (problem := check_value(ind, a.value)):
                errors.append(FieldError(code, f"{code}: {problem}"))
            elif a.not_applicable and not a.note.strip():
                errors.append(FieldError(code, translate("Inspections", "{code}: say in the note why it does not apply.").format(code=code)))
        return errors

    def save(self, f: InspectionFile, answers: Mapping[str, Answer]) -> ChangeSet | None:
        """Store the answers that differ from `f`'s; None if nothing did."""
        if f.inspection.final:
            raise _read_only()
        errors = self.check_answers(f, answers)
        if errors:
            raise ValidationFailed(errors)
        merged = {**f.answers, **answers}
        sheet = self.sheet(f, merged)
        with self.ws.db.write(self.ws.actor, "save_inspection") as w:
            current = w.inspections.get(f.inspection.id)
            if current is None:
                raise _not_found()
            if current.row_version != f.inspection.row_version:
                raise record_changed_elsewhere()
            for code, a in answers.items():
                if f.answers.get(code) == a:
                    continue
                values = answer_values(f.template, f.inspection.id, a)
                if code in f.answer_versions:
                    row_id, version = f.answer_versions[code]
                    w.update("inspection_answer", row_id, version, values)
                elif (dead := w.inspections.tombstoned_answer(f.inspection.id, code)) is not None:
                    w.restore("inspection_answer", dead.id, dead.row_version)
                    w.update("inspection_answer", dead.id, dead.row_version + 1, values)
                else:
                    w.insert("inspection_answer", values)
            w.update("inspection", f.inspection.id, f.inspection.row_version, self._summary(f, sheet))
        changeset = w.changeset
        if changeset is None or not changeset.changes:
            return None
        return changeset

    def _summary(self, f: InspectionFile, sheet: ScoreSheet, policy: WarningPolicy | None = None) -> dict:
        policy = policy or self.ws.warnings.village_policy(f.inspection.village_id)
        colour = colour_for(sheet.score, sheet.veto_failed, policy)
        return {"score": sheet.score, "colour": colour.value if colour else None, "veto_failed": sheet.veto_failed,
                "answered": sheet.answered, "total": sheet.total, "failed": len(sheet.failed)}

    # -- evidence --------------------------------------------------------

    def add_evidence(self, f: InspectionFile, code: str, source: str | Path) -> ChangeSet:
        if f.inspection.final:
            raise _read_only()
        if f.template.indicator(code) is None:
            raise NotFound(translate("Inspections", "The template has no indicator {code}.").format(code=code))
        source = Path(source)
        sha, size = self.attachments.add(source)
        with self.ws.db.write(self.ws.actor, "add_evidence") as w:
            self._still_draft(w, f)
            w.insert("inspection_evidence", {"inspection_id": f.inspection.id, "indicator_code": code,
                                             "file_name": source.name[:400], "sha256": sha, "size_bytes": size})
        return w.changeset

    def remove_evidence(self, f: InspectionFile, evidence: EvidenceRecord) -> ChangeSet:
        if f.inspection.final:
            raise _read_only()
        with self.ws.db.write(self.ws.actor, "remove_evidence") as w:
            self._still_draft(w, f)
            w.delete("inspection_evidence", evidence.id)
        return w.changeset

    @staticmethod
    def _still_draft(w, f: InspectionFile) -> None:
        """Inside a write: the inspection still exists and is still a draft
        (the form's copy may be older than a finalise made elsewhere)."""
        current = w.inspections.get(f.inspection.id)
        if current is None:
            raise _not_found()
        if current.final:
            raise _read_only()
        if w.inspections.village_version(current.village_id) is None:
            raise village_not_found(current.village_id)   # deleted since the form opened

    def evidence_file(self, evidence: EvidenceRecord) -> Path:
        """Where the bytes are stored (kept after removal: undo and sync may
        need them). Encrypted when the database is: read the content with
        `evidence_bytes` or `save_evidence`, never from this path."""
        return self.attachments.path(evidence.sha256)

    def evidence_bytes(self, evidence: EvidenceRecord) -> bytes:
        """The evidence file's content (decrypted when the store is keyed)."""
        return self.attachments.read_bytes(evidence.sha256)

    def save_evidence(self, evidence: EvidenceRecord, target: Path) -> Path:
        """A plain copy of the evidence at `target` (the user's deliberate act)."""
        return self.attachments.copy_out(evidence.sha256, Path(target))

    # -- finalising ------------------------------------------------------

    def finalise_problems(self, f: InspectionFile) -> list[FieldError]:
        sheet = self.sheet(f)
        errors = [FieldError(code, translate("Inspections", "{code} is not answered yet.").format(code=code))
                  for code in sheet.unanswered]
        errors += [FieldError(code, translate("Inspections", "{code} is marked as met but needs evidence attached.")
                              .format(code=code)) for code in sheet.evidence_missing]
        if not errors and sheet.score is None:
            errors.append(FieldError("", translate("Inspections", "Every item is marked not applicable: there is "
                                                                  "nothing to score.")))
        return errors

    def finalise(self, f: InspectionFile) -> ChangeSet:
        if f.inspection.final:
            raise _read_only()
        rec = f.inspection
        with self.ws.db.write(self.ws.actor, "finalise_inspection") as w:
            store = w.inspections
            # Judge what is stored now, not the form's copy: evidence may have
            # been removed in another window since it was read.
            self._still_draft(w, f)
            fresh = InspectionFile(rec, f.template, f.template_info, answers=store.answer_map(rec.id),
                                   evidence=store.evidence(rec.id))
            errors = self.finalise_problems(fresh)
            if errors:
                raise ValidationFailed(errors)
            sheet = self.sheet(fresh)
            county = store.county_of(rec.village_id)
            policy = store.policy(county)[0]
            colour = colour_for(sheet.score, sheet.veto_failed, policy)
            w.update("inspection", rec.id, rec.row_version, {
                **self._summary(f, sheet, policy), "status": InspectionStatus.FINAL.value,
                "finalised_at": datetime.now(timezone.utc), "finalised_by": self.ws.actor})
            values = {"colour": colour.value, "score": sheet.score, "assessed_on": self.ws.today(),
                      "inspection_id": rec.id}
            existing = store.warning_row(rec.village_id, rec.period)
            if existing is not None:
                w.update("village_warning", existing.id, existing.row_version, values)
            else:
                w.insert("village_warning", {"village_id": rec.village_id, "period": rec.period, "note": "", **values})
            if policy.by_quota:
                self.ws.warnings.requota(w, rec.period, county)
                # The inspection keeps the colour its village was given.
                published = store.warning_row(rec.village_id, rec.period).colour
                w.update("inspection", rec.id, None, {"colour": published})
            refresh_village_colour(w, rec.village_id)
        return w.changeset

    def delete_draft(self, f: InspectionFile) -> ChangeSet:
        if f.inspection.final:
            raise _read_only()
        with self.ws.db.write(self.ws.actor, "delete_inspection") as w:
            for e in f.evidence:
                w.delete("inspection_evidence", e.id)
            for row_id, _ in f.answer_versions.values():
                w.delete("inspection_answer", row_id)
            w.delete("inspection", f.inspection.id, f.inspection.row_version)
        return w.changeset

