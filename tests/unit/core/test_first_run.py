"""The first-run plan offers the stage's checklists, a self-introduction, a drill and the stage's exercise."""

from __future__ import annotations

from studio.core.first_run import CHECKLIST, EXERCISE, MOCK, SELF_INTRO, PlanStep, first_run_plan


def test_a_case_interview_gets_checklists_intro_drill_and_the_case() -> None:
    """Every step is one click to something the library really has."""
    plan = first_run_plan(
        "case",
        checklist_ids=["case", "day_of_interview", "offer_decision"],
        stage_question_ids=[],
        exercises=[("roleplay_refund", "role_play"), ("case_30min", "case")],
    )
    assert plan == [
        PlanStep(CHECKLIST, ("case",)),
        PlanStep(CHECKLIST, ("day_of_interview",)),
        PlanStep(SELF_INTRO),
        PlanStep(EXERCISE, ("case_30min",)),
    ]


def test_an_hr_interview_gets_a_drill_of_its_first_questions_and_no_exercise() -> None:
    """Questions of the stage feed the mock interview, capped; stages without an exercise get none."""
    plan = first_run_plan("hr_interview", [], [f"q{i}" for i in range(8)], [("case_30min", "case")], 5)
    assert plan == [PlanStep(SELF_INTRO), PlanStep(MOCK, ("q0", "q1", "q2", "q3", "q4"))]
