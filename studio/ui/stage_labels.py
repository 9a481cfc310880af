"""The one table of stage names: interviews, checklists, question sets and the Library's filter all use it.

The stage ids and their order come from :data:`studio.core.interviews.JOURNEY`; this module only names them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def stage_label(stage: str) -> str:
    """The translated name of a stage id (an unknown id is shown readably rather than hidden)."""
    labels = {
        "vacancy_research": QCoreApplication.translate("stages", "Researching the vacancy"),
        "experience_story": QCoreApplication.translate("stages", "Your experience story"),
        "self_presentation": QCoreApplication.translate("stages", "Self-presentation"),
        "appearance": QCoreApplication.translate("stages", "Appearance and composure"),
        "headhunter_call": QCoreApplication.translate("stages", "Headhunter call"),
        "phone_screen": QCoreApplication.translate("stages", "Phone screening"),
        "hr_interview": QCoreApplication.translate("stages", "HR interview"),
        "practical_tasks": QCoreApplication.translate("stages", "Practical tasks"),
        "manager_meeting": QCoreApplication.translate("stages", "Meeting the manager"),
        "group_interview": QCoreApplication.translate("stages", "Group interview"),
        "case": QCoreApplication.translate("stages", "Case"),
        "presentation": QCoreApplication.translate("stages", "Presentation"),
        "day_of_interview": QCoreApplication.translate("stages", "Interview day"),
        "employer_needs": QCoreApplication.translate("stages", "What the employer needs"),
        "offer": QCoreApplication.translate("stages", "Offer"),
        "other": QCoreApplication.translate("stages", "Other"),
    }
    return labels.get(stage, stage.replace("_", " "))


def stage_choices(stages: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(id, label) of ``stages`` (default: every stage) in journey order, for a stage menu."""
    # Imported here: the sidebar names stages before the first paint, when the domain modules are not loaded yet.
    from studio.core.interviews import JOURNEY, journey_order

    return [(stage, stage_label(stage)) for stage in journey_order(JOURNEY if stages is None else stages)]
