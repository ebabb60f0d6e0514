"""Closed lists of the problem ledger, the village plan, support work and
acceptance (DOMAIN.md steps 4-8). Values are stored and synchronised;
labels come from the glossary like every other term."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.terms import Term, register_labels


class ProblemStatus(Term):
    """A problem's life on the ledger (挂牌销号)."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    SOLVED = "solved"          # solved, awaiting the check
    CLOSED = "closed"          # closed out (销号) with evidence
    REOPENED = "reopened"      # came back (反复回潮)

    @property
    def is_open(self) -> bool:
        """Still to be worked on: it belongs in the plan and can be overdue."""
        return self in (ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS, ProblemStatus.REOPENED)

    @property
    def is_solved(self) -> bool:
        """Counted as solved ("已解决") in the campaign's figures."""
        return self in (ProblemStatus.SOLVED, ProblemStatus.CLOSED)


register_labels({
    ProblemStatus.OPEN: QT_TRANSLATE_NOOP("Terms", "Open"),
    ProblemStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Terms", "In progress"),
    ProblemStatus.SOLVED: QT_TRANSLATE_NOOP("Terms", "Solved, awaiting check"),
    ProblemStatus.CLOSED: QT_TRANSLATE_NOOP("Terms", "Closed out"),
    ProblemStatus.REOPENED: QT_TRANSLATE_NOOP("Terms", "Reopened"),
}, short={
    ProblemStatus.SOLVED: QT_TRANSLATE_NOOP("Terms", "Solved"),
})


class ProblemSource(Term):
    """Where a problem was found."""

    INSPECTION = "inspection"
    PETITION = "petition"
    SUPERVISION = "supervision"
    COUNTY_INSTRUCTION = "county_instruction"
    OTHER = "other"


register_labels({
    ProblemSource.INSPECTION: QT_TRANSLATE_NOOP("Terms", "Inspection item"),
    ProblemSource.PETITION: QT_TRANSLATE_NOOP("Terms", "Petition"),
    ProblemSource.SUPERVISION: QT_TRANSLATE_NOOP("Terms", "Supervision visit"),
    ProblemSource.COUNTY_INSTRUCTION: QT_TRANSLATE_NOOP("Terms", "County instruction"),
    ProblemSource.OTHER: QT_TRANSLATE_NOOP("Terms", "Other source"),
})


class ProblemCategory(Term):
    """The six categories problems are sorted into (004)."""

    POLITICAL_BELIEF = "A"
    TEAM_BUILDING = "B"
    DEVELOPMENT = "C"
    LIVELIHOOD = "D"
    STABILITY = "E"
    OPERATION = "F"

    @property
    def aspects(self) -> tuple["ProblemAspect", ...]:
        return tuple(a for a in ProblemAspect if a.value[0] == self.value)


register_labels({
    ProblemCategory.POLITICAL_BELIEF: QT_TRANSLATE_NOOP("Terms", "Political belief"),
    ProblemCategory.TEAM_BUILDING: QT_TRANSLATE_NOOP("Terms", "Team building"),
    ProblemCategory.DEVELOPMENT: QT_TRANSLATE_NOOP("Terms", "Development measures"),
    ProblemCategory.LIVELIHOOD: QT_TRANSLATE_NOOP("Terms", "Livelihood"),
    ProblemCategory.STABILITY: QT_TRANSLATE_NOOP("Terms", "Social stability"),
    ProblemCategory.OPERATION: QT_TRANSLATE_NOOP("Terms", "Operating mechanism"),
})


class ProblemAspect(Term):
    """The 24 aspects, four per category; the codes are the aspect codes of
    the shipped `village-indicators` checklist, so a failed item names its
    aspect directly."""

    A1 = "A1"; A2 = "A2"; A3 = "A3"; A4 = "A4"  # noqa: E702
    B1 = "B1"; B2 = "B2"; B3 = "B3"; B4 = "B4"  # noqa: E702
    C1 = "C1"; C2 = "C2"; C3 = "C3"; C4 = "C4"  # noqa: E702
    D1 = "D1"; D2 = "D2"; D3 = "D3"; D4 = "D4"  # noqa: E702
    E1 = "E1"; E2 = "E2"; E3 = "E3"; E4 = "E4"  # noqa: E702
    F1 = "F1"; F2 = "F2"; F3 = "F3"; F4 = "F4"  # noqa: E702

    @property
    def category(self) -> ProblemCategory:
        return ProblemCategory(self.value[0])


register_labels({
    ProblemAspect.A1: QT_TRANSLATE_NOOP("Terms", "Ideals and convictions"),
    ProblemAspect.A2: QT_TRANSLATE_NOOP("Terms", "Political stance"),
    ProblemAspect.A3: QT_TRANSLATE_NOOP("Terms", "Religious affairs and anti-separatism"),
    ProblemAspect.A4: QT_TRANSLATE_NOOP("Terms", "Publicity and education"),
    ProblemAspect.B1: QT_TRANSLATE_NOOP("Terms", "Leadership team structure"),
    ProblemAspect.B2: QT_TRANSLATE_NOOP("Terms", "Secretary's ability"),
    ProblemAspect.B3: QT_TRANSLATE_NOOP("Terms", "Party membership"),
    ProblemAspect.B4: QT_TRANSLATE_NOOP("Terms", "Reserve cadres"),
    ProblemAspect.C1: QT_TRANSLATE_NOOP("Terms", "Collective economy"),
    ProblemAspect.C2: QT_TRANSLATE_NOOP("Terms", "Industry development"),
    ProblemAspect.C3: QT_TRANSLATE_NOOP("Terms", "Project implementation"),
    ProblemAspect.C4: QT_TRANSLATE_NOOP("Terms", "Support delivered"),
    ProblemAspect.D1: QT_TRANSLATE_NOOP("Terms", "Villagers' income"),
    ProblemAspect.D2: QT_TRANSLATE_NOOP("Terms", "Public services"),
    ProblemAspect.D3: QT_TRANSLATE_NOOP("Terms", "Infrastructure"),
    ProblemAspect.D4: QT_TRANSLATE_NOOP("Terms", "Villagers in hardship"),
    ProblemAspect.E1: QT_TRANSLATE_NOOP("Terms", "Conflicts and disputes"),
    ProblemAspect.E2: QT_TRANSLATE_NOOP("Terms", "Petitions"),
    ProblemAspect.E3: QT_TRANSLATE_NOOP("Terms", "Public order"),
    ProblemAspect.E4: QT_TRANSLATE_NOOP("Terms", "Emergencies"),
    ProblemAspect.F1: QT_TRANSLATE_NOOP("Terms", "Organisational life"),
    ProblemAspect.F2: QT_TRANSLATE_NOOP("Terms", "Democratic decision-making"),
    ProblemAspect.F3: QT_TRANSLATE_NOOP("Terms", "Openness of Party, village and financial affairs"),
    ProblemAspect.F4: QT_TRANSLATE_NOOP("Terms", "Rules and systems"),
})


class PlanStatus(Term):
    """A village plan's place in the review cycle (002)."""

    DRAFT = "draft"                  # the township Party committee drafts
    MEETING_REVIEWED = "reviewed"    # the village representatives' meeting reviewed it
    SUBMITTED = "submitted"          # with the county organisation department
    RETURNED = "returned"            # sent back with comments, to be revised
    APPROVED = "approved"


register_labels({
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Terms", "Plan draft"),
    PlanStatus.MEETING_REVIEWED: QT_TRANSLATE_NOOP("Terms", "Reviewed by village meeting"),
    PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("Terms", "Submitted to county"),
    PlanStatus.RETURNED: QT_TRANSLATE_NOOP("Terms", "Returned for revision"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("Terms", "Approved"),
})


class PlanStep(Term):
    """What happened to a plan, in its history."""

    DRAFTED = "drafted"
    MEETING = "meeting"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    REVISED = "revised"


register_labels({
    PlanStep.DRAFTED: QT_TRANSLATE_NOOP("Terms", "Drafted by the township Party committee"),
    PlanStep.MEETING: QT_TRANSLATE_NOOP("Terms", "Village representatives' meeting"),
    PlanStep.SUBMITTED: QT_TRANSLATE_NOOP("Terms", "Submitted to the county organisation department"),
    PlanStep.RETURNED: QT_TRANSLATE_NOOP("Terms", "Returned by the county"),
    PlanStep.APPROVED: QT_TRANSLATE_NOOP("Terms", "Approved by the county"),
    PlanStep.REVISED: QT_TRANSLATE_NOOP("Terms", "Revised as a new round"),
})


class ActivityKind(Term):
    """What the support side (first secretary, work team, contact leader,
    paired unit) logs."""

    VISIT = "visit"
    SUPERVISION_ANNOUNCED = "supervision_announced"
    SUPERVISION_UNANNOUNCED = "supervision_unannounced"   # 明察暗访
    TALK = "talk"                                         # 谈心谈话
    TRAINING = "training"
    FUNDS = "funds"
    PROJECT = "project"
    PETITION_RESOLVED = "petition_resolved"
    DISPUTE_RESOLVED = "dispute_resolved"
    CADRE_REPLACED = "cadre_replaced"
    MONTHLY_REPORT = "monthly_report"                     # 月述职
    QUARTERLY_ASSESSMENT = "quarterly_assessment"         # 季考评 with 满意度测评
    TEAM_WITHDRAWN = "team_withdrawn"                     # 不见效不撤离


register_labels({
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("Terms", "Visit"),
    ActivityKind.SUPERVISION_ANNOUNCED: QT_TRANSLATE_NOOP("Terms", "Announced supervision visit"),
    ActivityKind.SUPERVISION_UNANNOUNCED: QT_TRANSLATE_NOOP("Terms", "Unannounced supervision visit"),
    ActivityKind.TALK: QT_TRANSLATE_NOOP("Terms", "Heart-to-heart talk"),
    ActivityKind.TRAINING: QT_TRANSLATE_NOOP("Terms", "Training"),
    ActivityKind.FUNDS: QT_TRANSLATE_NOOP("Terms", "Support funds"),
    ActivityKind.PROJECT: QT_TRANSLATE_NOOP("Terms", "Project"),
    ActivityKind.PETITION_RESOLVED: QT_TRANSLATE_NOOP("Terms", "Petition resolved"),
    ActivityKind.DISPUTE_RESOLVED: QT_TRANSLATE_NOOP("Terms", "Dispute resolved"),
    ActivityKind.CADRE_REPLACED: QT_TRANSLATE_NOOP("Terms", "Cadre replaced"),
    ActivityKind.MONTHLY_REPORT: QT_TRANSLATE_NOOP("Terms", "First secretary's monthly report"),
    ActivityKind.QUARTERLY_ASSESSMENT: QT_TRANSLATE_NOOP("Terms", "Quarterly assessment"),
    ActivityKind.TEAM_WITHDRAWN: QT_TRANSLATE_NOOP("Terms", "Work team withdrawn"),
})


class AcceptanceLevel(Term):
    """The three reviews of a village's conversion ("六评定", 004)."""

    TOWNSHIP = "township"              # 乡镇党委初评
    COUNTY_DEPARTMENT = "department"   # 县委组织部复评
    COUNTY_COMMITTEE = "committee"     # 县委常委会终评

    @property
    def previous(self) -> "AcceptanceLevel | None":
        order = list(AcceptanceLevel)
        i = order.index(self)
        return order[i - 1] if i else None


register_labels({
    AcceptanceLevel.TOWNSHIP: QT_TRANSLATE_NOOP("Terms", "Township first review"),
    AcceptanceLevel.COUNTY_DEPARTMENT: QT_TRANSLATE_NOOP("Terms", "County organisation department second review"),
    AcceptanceLevel.COUNTY_COMMITTEE: QT_TRANSLATE_NOOP("Terms", "County committee final review"),
})


class AcceptanceResult(Term):
    PASSED = "passed"
    FAILED = "failed"


register_labels({
    AcceptanceResult.PASSED: QT_TRANSLATE_NOOP("Terms", "Passed"),
    AcceptanceResult.FAILED: QT_TRANSLATE_NOOP("Terms", "Not passed"),
})


class CampaignStatus(Term):
    """Where a village stands in the campaign; follows from its acceptance
    reviews and its work team (core/acceptance.py)."""

    UNDER_RECTIFICATION = "rectifying"
    CONVERTED = "converted"
    NOT_CONVERTED = "not_converted"
    CONSOLIDATING = "consolidating"


register_labels({
    CampaignStatus.UNDER_RECTIFICATION: QT_TRANSLATE_NOOP("Terms", "Under rectification"),
    CampaignStatus.CONVERTED: QT_TRANSLATE_NOOP("Terms", "Converted"),
    CampaignStatus.NOT_CONVERTED: QT_TRANSLATE_NOOP("Terms", "Not converted"),
    CampaignStatus.CONSOLIDATING: QT_TRANSLATE_NOOP("Terms", "Consolidating"),
})
