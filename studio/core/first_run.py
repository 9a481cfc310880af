"""The first-run plan: from "when is your interview, and for what stage?" to a short list of next steps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from studio.core.interviews import STAGE_CHECKLISTS

# The timed exercise that rehearses a stage, by exercise kind.
STAGE_EXERCISE_KIND: dict[str, str] = {
    "case": "case",
    "group_interview": "group_task",
    "presentation": "presentation",
    "practical_tasks": "role_play",
}

CHECKLIST = "checklist"
SELF_INTRO = "self_intro"
MOCK = "mock"
EXERCISE = "exercise"


class PlanStep:
    """One step of the plan.

    Attributes:
        kind: ``checklist``, ``self_intro``, ``mock`` or ``exercise``.
        refs: The content ids it opens (one checklist or exercise id; the question ids of a mock interview).
    """

    __slots__ = ("kind", "refs")

    def __init__(self, kind: str, refs: Sequence[str] = ()) -> None:
        self.kind = kind
        self.refs = tuple(refs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlanStep) and (self.kind, self.refs) == (other.kind, other.refs)

    def __hash__(self) -> int:
        return hash((self.kind, self.refs))

    def __repr__(self) -> str:
        return f"PlanStep({self.kind!r}, {self.refs!r})"


def first_run_plan(
    stage: str,
    checklist_ids: Iterable[str],
    stage_question_ids: Sequence[str],
    exercises: Iterable[tuple[str, str]],
    questions_per_drill: int = 5,
) -> list[PlanStep]:
    """The steps for an interview at ``stage``: its checklists, a self-introduction, a mock interview, the exercise.

    Args:
        stage: The interview's stage id (``studio.core.interviews.STAGES``).
        checklist_ids: Checklist template ids the library has.
        stage_question_ids: Question ids of that stage, in the library's order.
        exercises: (exercise id, exercise kind) the library has, in its order.
        questions_per_drill: How many questions the suggested mock interview asks.
    """
    have = set(checklist_ids)
    steps = [PlanStep(CHECKLIST, (tid,)) for tid in STAGE_CHECKLISTS.get(stage, ()) if tid in have]
    steps.append(PlanStep(SELF_INTRO))
    if stage_question_ids:
        steps.append(PlanStep(MOCK, tuple(stage_question_ids[:questions_per_drill])))
    kind = STAGE_EXERCISE_KIND.get(stage)
    if kind is not None:
        match = next((exercise_id for exercise_id, k in exercises if k == kind), None)
        if match is not None:
            steps.append(PlanStep(EXERCISE, (match,)))
    return steps
