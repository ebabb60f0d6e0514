"""What the history view calls a changed field ("Population", "Deadline"):
one label per column name, the same in every table that has it, with a few
columns that mean something else in one table."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_N = QT_TRANSLATE_NOOP

_COLUMNS = {
    "actor": _N("Audit", "By"), "amount_yuan": _N("Audit", "Amount (yuan)"), "answered": _N("Audit", "Answered"),
    "aspect": _N("Audit", "Aspect"), "assessed_on": _N("Audit", "Assessed on"), "at": _N("Audit", "Time"),
    "birth_year": _N("Audit", "Year of birth"), "by": _N("Audit", "By"), "by_quota": _N("Audit", "By quota"),
    "category": _N("Audit", "Category"), "checker": _N("Audit", "Checked by"),
    "class1_share": _N("Audit", "Class 1 share"), "class2_share": _N("Audit", "Class 2 share"),
    "class3_share": _N("Audit", "Class 3 share"), "closed_by": _N("Audit", "Closed out by"),
    "code": _N("Audit", "Code"), "colour": _N("Audit", "Warning colour"), "comment": _N("Audit", "Comment"),
    "comments": _N("Audit", "Comments"), "content": _N("Audit", "Content"),
    "content_hash": _N("Audit", "Content hash"), "created_by": _N("Audit", "Created by"),
    "deadline": _N("Audit", "Deadline"), "decided_by": _N("Audit", "Decided by"),
    "decided_on": _N("Audit", "Decided on"), "description": _N("Audit", "Description"),
    "disabled": _N("Audit", "Disabled"), "display_name": _N("Audit", "Name"),
    "drafted_on": _N("Audit", "Drafted on"), "due_soon_days": _N("Audit", "Days before a deadline counted as due"),
    "education": _N("Audit", "Education"), "ethnicity": _N("Audit", "Ethnicity"), "event_id": _N("Audit", "Step"),
    "failed": _N("Audit", "Failed"), "failed_logins": _N("Audit", "Wrong passwords in a row"),
    "file_name": _N("Audit", "File name"), "finalised_at": _N("Audit", "Finalised at"),
    "finalised_by": _N("Audit", "Finalised by"), "found_on": _N("Audit", "Found on"),
    "fraction": _N("Audit", "Fraction met"), "from_status": _N("Audit", "From"),
    "fund_source": _N("Audit", "Source of funds"), "gender": _N("Audit", "Gender"), "goal": _N("Audit", "Goal"),
    "green_from": _N("Audit", "Green from"), "households": _N("Audit", "Households"),
    "indicator_code": _N("Audit", "Indicator"), "indicator_count": _N("Audit", "Indicators"),
    "inspection_id": _N("Audit", "Inspection"), "inspector": _N("Audit", "Inspector"),
    "kind": _N("Audit", "Kind"), "last_login_at": _N("Audit", "Last signed in"), "level": _N("Audit", "Level"),
    "locked_until": _N("Audit", "Locked until"), "login": _N("Audit", "Login"),
    "measures": _N("Audit", "Measures"), "meeting_expected": _N("Audit", "Representatives expected"),
    "meeting_on": _N("Audit", "Meeting on"), "meeting_present": _N("Audit", "Representatives present"),
    "meeting_resolution": _N("Audit", "Meeting resolution"),
    "must_change_password": _N("Audit", "Must change password"), "name_bo": _N("Audit", "Name (Tibetan)"),
    "name_zh": _N("Audit", "Name (Chinese)"), "not_applicable": _N("Audit", "Not applicable"),
    "note": _N("Audit", "Note"), "on_date": _N("Audit", "Date"), "origin": _N("Audit", "Origin"),
    "paired_unit": _N("Audit", "Paired unit"), "paired_village_id": _N("Audit", "Paired village"),
    "parent_id": _N("Audit", "Belongs to"), "participants": _N("Audit", "Participants"),
    "party_member": _N("Audit", "Party member"), "party_members": _N("Audit", "Party members"),
    "party_org_type": _N("Audit", "Party organisation"), "passed": _N("Audit", "Passed"),
    "password_hash": _N("Audit", "Password"), "period": _N("Audit", "Period"),
    "period_kind": _N("Audit", "Kind of period"), "person_id": _N("Audit", "Person"), "phone": _N("Audit", "Phone"),
    "plan_id": _N("Audit", "Plan"), "poll_satisfied": _N("Audit", "Satisfied"),
    "poll_total": _N("Audit", "Asked"), "population": _N("Audit", "Population"),
    "position": _N("Audit", "Position"), "problem_id": _N("Audit", "Problem"),
    "quota_class": _N("Audit", "Quota class"), "rating": _N("Audit", "Rating"), "reason": _N("Audit", "Reason"),
    "red_below": _N("Audit", "Red below"), "reopen_count": _N("Audit", "Times reopened"),
    "replaces_id": _N("Audit", "Replaces"), "responsible_leader": _N("Audit", "Responsible leader"),
    "responsible_person": _N("Audit", "Responsible person"), "result": _N("Audit", "Result"),
    "review_comment": _N("Audit", "County comment"), "role": _N("Audit", "Post"), "roles": _N("Audit", "Roles"),
    "round": _N("Audit", "Round"), "score": _N("Audit", "Score"), "sha256": _N("Audit", "File"),
    "size_bytes": _N("Audit", "Size (bytes)"), "source": _N("Audit", "Source"),
    "source_ref": _N("Audit", "Source reference"), "started_on": _N("Audit", "Started on"),
    "status": _N("Audit", "Status"), "status_on": _N("Audit", "Status since"), "step": _N("Audit", "Step"),
    "subject": _N("Audit", "Subject"), "submitted_on": _N("Audit", "Submitted on"),
    "summary": _N("Audit", "Summary"), "template_id": _N("Audit", "Checklist"),
    "term_end": _N("Audit", "Term ends"), "term_start": _N("Audit", "Term starts"),
    "title_bo": _N("Audit", "Title (Tibetan)"), "title_zh": _N("Audit", "Title (Chinese)"),
    "to_status": _N("Audit", "To"), "total": _N("Audit", "Total"), "township_id": _N("Audit", "Township"),
    "unit": _N("Audit", "Work unit"), "unit_id": _N("Audit", "Unit"), "value": _N("Audit", "Answer"),
    "version": _N("Audit", "Version"), "veto_failed": _N("Audit", "Veto item failed"),
    "village_id": _N("Audit", "Village"), "warning": _N("Audit", "Warning colour"),
    "weakness": _N("Audit", "Weaknesses"), "year": _N("Audit", "Year"),
    "deleted": _N("Audit", "Deleted"),
}

# The same column name meaning something else in one table.
_IN_TABLE = {
    ("post", "unit"): _N("Audit", "Unit of the post"),
    ("admin_unit", "kind"): _N("Audit", "Township or town"),
    ("support_activity", "score"): _N("Audit", "Satisfaction score"),
    ("inspection_answer", "failed"): _N("Audit", "Failed"),
}


def field_label(entity: str, column: str) -> str:
    """The column's label in the user's language; its name if it has none."""
    text = _IN_TABLE.get((entity, column)) or _COLUMNS.get(column)
    return translate("Audit", text) if text else column
