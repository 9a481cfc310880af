"""Interview stages and validation of an interview's fields (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

#: Every stage of the job search, in the order it runs: interview stages and the preparation steps around them.
#: The one list behind every stage menu, filter and label (interviews, checklists, questions).
JOURNEY: tuple[str, ...] = (
    "vacancy_research",
    "experience_story",
    "self_presentation",
    "appearance",
    "headhunter_call",
    "phone_screen",
    "hr_interview",
    "practical_tasks",
    "manager_meeting",
    "group_interview",
    "case",
    "presentation",
    "day_of_interview",
    "employer_needs",
    "offer",
    "other",
)

#: The stages an interview itself can be at (ids are stored; labels are translated by the UI), in journey order.
STAGES: tuple[str, ...] = (
    "headhunter_call",
    "phone_screen",
    "hr_interview",
    "practical_tasks",
    "manager_meeting",
    "group_interview",
    "case",
    "presentation",
    "offer",
    "other",
)


def journey_order(stages: Iterable[str]) -> list[str]:
    """``stages`` once each, in journey order (unknown ids last, in the order given)."""
    seen = list(dict.fromkeys(stages))
    known = [stage for stage in JOURNEY if stage in seen]
    return known + [stage for stage in seen if stage not in JOURNEY]


# Which checklist templates fit which stage (suggested when an interview is created).
STAGE_CHECKLISTS: dict[str, tuple[str, ...]] = {
    "headhunter_call": ("headhunter_call", "day_of_interview"),
    "phone_screen": ("phone_screen", "day_of_interview"),
    "hr_interview": ("hr_interview", "self_presentation", "day_of_interview"),
    "practical_tasks": ("practical_tasks", "day_of_interview"),
    "manager_meeting": ("manager_meeting", "employer_needs", "day_of_interview"),
    "group_interview": ("group_interview", "day_of_interview"),
    "case": ("case", "day_of_interview"),
    "presentation": ("presentation", "day_of_interview"),
    "offer": ("offer_decision",),
    "other": ("day_of_interview",),
}


class InterviewError(ValueError):
    """A field of an interview is not acceptable; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class InterviewDraft:
    """What the user typed for an interview, before it is stored."""

    company: str
    role: str = ""
    scheduled_at: datetime | None = None
    stage: str = "other"
    notes: str = ""

    def validated(self) -> InterviewDraft:
        """Return a cleaned copy or raise InterviewError naming the bad field."""
        company = self.company.strip()
        if not company:
            raise InterviewError("company", "the company name is empty")
        if len(company) > 200:
            raise InterviewError("company", "the company name is longer than 200 characters")
        role = self.role.strip()
        if len(role) > 200:
            raise InterviewError("role", "the role is longer than 200 characters")
        if self.stage not in STAGES:
            raise InterviewError("stage", f"unknown stage {self.stage!r}")
        return InterviewDraft(company, role, self.scheduled_at, self.stage, self.notes)
