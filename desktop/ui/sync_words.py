"""The words the sync screens show for the service's codes: table names,
conflict rules, roles and record columns, in the user's language.

A QObject so `self.tr` gives lupdate the strings in one context
("SyncWords"); make one where it is needed (it is cheap) so the words
follow a language switch.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject


class SyncWords(QObject):
    def table(self, name: str) -> str:
        """A table as a person names what it holds ("village" -> Villages)."""
        return {
            "admin_unit": self.tr("Administrative units"),
            "checklist_template": self.tr("Checklist templates"),
            "warning_policy": self.tr("Warning policies"),
            "village": self.tr("Villages"),
            "collective_income": self.tr("Collective income"),
            "village_rating": self.tr("Village ratings"),
            "person": self.tr("People"),
            "post": self.tr("Posts"),
            "inspection": self.tr("Inspections"),
            "inspection_answer": self.tr("Inspection answers"),
            "inspection_evidence": self.tr("Inspection evidence"),
            "village_warning": self.tr("Village warnings"),
            "problem": self.tr("Problems"),
            "problem_event": self.tr("Problem history"),
            "problem_evidence": self.tr("Problem evidence"),
            "plan": self.tr("Plans"),
            "plan_item": self.tr("Plan items"),
            "plan_event": self.tr("Plan history"),
            "support_activity": self.tr("Support activities"),
            "acceptance_review": self.tr("Acceptance reviews"),
        }.get(name, name)

    def rule(self, rule: str) -> str:
        """Why the version that stays won (docs/sync-format.md §6)."""
        return {
            "owner": self.tr("The side that owns these records decides"),
            "time": self.tr("The later change stays"),
            "clock": self.tr("Changed at the same time: the version edited more often stays"),
            "installation": self.tr("Changed at the same time: decided by installation number"),
            "hash": self.tr("Changed at the same time: decided by content"),
        }.get(rule, rule)

    def role(self, role: str) -> str:
        return {"county": self.tr("county"), "township": self.tr("township")}.get(role, role)

    def column(self, name: str) -> str:
        """A record's column; the less common ones keep their technical name."""
        return {
            "name_zh": self.tr("Name (Chinese)"),
            "name_bo": self.tr("Name (Tibetan)"),
            "code": self.tr("Code"),
            "kind": self.tr("Kind"),
            "level": self.tr("Level"),
            "population": self.tr("Population"),
            "households": self.tr("Households"),
            "party_members": self.tr("Party members"),
            "party_org_type": self.tr("Party organisation"),
            "weakness": self.tr("Weaknesses"),
            "paired_unit": self.tr("Paired unit"),
            "note": self.tr("Note"),
            "rating": self.tr("Rating"),
            "warning": self.tr("Warning"),
            "phone": self.tr("Phone"),
            "gender": self.tr("Gender"),
            "birth_year": self.tr("Year of birth"),
            "ethnicity": self.tr("Ethnicity"),
            "education": self.tr("Education"),
            "party_member": self.tr("Party member"),
            "unit": self.tr("Unit"),
            "role": self.tr("Post"),
            "term_start": self.tr("Term from"),
            "term_end": self.tr("Term to"),
            "period": self.tr("Period"),
            "status": self.tr("Status"),
            "description": self.tr("Description"),
            "deadline": self.tr("Deadline"),
            "goal": self.tr("Goal"),
            "content": self.tr("Content"),
            "measures": self.tr("Measures"),
            "comment": self.tr("Comment"),
            "score": self.tr("Score"),
            "colour": self.tr("Colour"),
            "amount_yuan": self.tr("Amount (yuan)"),
            "year": self.tr("Year"),
            "deleted": self.tr("Deleted"),
            "updated_at": self.tr("Changed at"),
        }.get(name, name)

    def value(self, value: object) -> str:
        """A stored value as text: blanks and flags in words, the rest as stored."""
        if value is None or value == "":
            return self.tr("(blank)")
        if value is True:
            return self.tr("yes")
        if value is False:
            return self.tr("no")
        return str(value)



def local_time(stamp: str | None) -> str:
    """A stored UTC time as the user's clock shows it, to the minute."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
