"""Demo states of the Exercises tab for ``--screenshot`` and for looking at the page.

A screenshot cannot wait minutes for a phase to run down, so the demo plays the attempt on a fake clock up to the
wanted moment, then hands the snapshot to the page exactly as a restart would (``Session.restore`` on the real
clock): what is shown is what the page would show at that moment of a real attempt.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication

from studio.core.clock import FakeClock
from studio.core.exercise import (
    AssessorAnswer,
    CriterionScore,
    Debrief,
    ExercisePlan,
    PhasePlan,
    Session,
    phase_report,
)

DEMO_EXERCISE = "support_requests_case"


def _page(shell: Any) -> Any:
    page = shell.window.page("exercises")
    if page is None:
        raise RuntimeError("the Exercises tab is not installed")
    return page


def _plan(page: Any) -> ExercisePlan:
    page.select_exercise(DEMO_EXERCISE)
    plan = page.current_plan()
    if plan is None:  # content missing: a plain 30-minute plan still shows the page at work
        plan = ExercisePlan(DEMO_EXERCISE, (PhasePlan("analysis", "Analyse", 300.0), PhasePlan("plan", "Plan", 1500.0)))
    return plan


def _played(plan: ExercisePlan, seconds_per_phase: list[float]) -> Session:
    """A session that ran ``seconds_per_phase`` (then stays in the last listed phase), ending now on the wall clock."""
    total = sum(seconds_per_phase)
    clock = FakeClock(monotonic=0.0, wall=time.time() - total)
    session = Session(plan, clock)
    session.start()
    for i, seconds in enumerate(seconds_per_phase):
        left = seconds
        while left > 0:  # in steps: a long silent jump would read as the machine having slept
            step = min(10.0, left)
            clock.advance(step)
            session.due_events()
            left -= step
        if i + 1 < len(seconds_per_phase):
            session.next_phase()
    return session


def _add_attempt(page: Any, plan: ExercisePlan, session: Session, notes: dict[str, str]) -> int:
    title = page.exercise.title if page.exercise is not None else plan.exercise_id
    row = page.repo.create(plan.exercise_id, page.lang, title, session.to_state())
    assert row.id is not None
    for phase_id, text in notes.items():
        page.repo.save_note(row.id, phase_id, text)
    return int(row.id)


def _notes(plan: ExercisePlan) -> dict[str, str]:
    samples = [
        QCoreApplication.translate(
            "ExercisesDemo",
            "- +30 % requests in a month: which topics and channels grew?\n"
            "- wait time up → staffing or longer calls?\n- check: new release on the 3rd, price change",
        ),
        QCoreApplication.translate(
            "ExercisesDemo",
            "- knowledge base + self-service for top 5 topics\n- fix the release bug\n- callback instead of queue",
        ),
        QCoreApplication.translate("ExercisesDemo", "- impact / cost / risk table\n- quick win: FAQ bot"),
        QCoreApplication.translate("ExercisesDemo", "- combination: fix root cause + deflect repeat questions"),
        QCoreApplication.translate(
            "ExercisesDemo", "- week 1: data; week 2-3: KB; owner: support lead; KPI: wait < 2 min"
        ),
    ]
    return {phase.id: samples[i % len(samples)] for i, phase in enumerate(plan.phases)}


def add_finished_attempt(shell: Any, *, overrun_s: float = 95.0) -> int:
    """Store a finished, debriefed attempt at the demo case (for history, the debrief and the export)."""
    page = _page(shell)
    plan = _plan(page)
    budgets = [p.seconds for p in plan.phases]
    used = [b * f for b, f in zip(budgets, (1.0, 0.85, 1.1, 0.9, 1.0, 1.0, 1.0, 1.0), strict=False)]
    used[0] += overrun_s
    session = _played(plan, used)
    session.finish()
    attempt_id = _add_attempt(page, plan, session, _notes(plan))
    page.repo.finish(attempt_id, session.to_state(), phase_report(session))
    criteria = page.exercise.criteria if page.exercise is not None else ()
    note = QCoreApplication.translate("ExercisesDemo", "solid, but could go deeper")
    scores = tuple(
        CriterionScore(f"c{i + 1}", (4, 3, 4, 5, 3, 2, 4)[i % 7], note if i == 1 else "", c)
        for i, c in enumerate(criteria)
    )
    questions = page.exercise.assessor_questions if page.exercise is not None else ()
    answers = tuple(
        AssessorAnswer(
            q,
            QCoreApplication.translate("ExercisesDemo", "Hiring more agents; rejected: slow and costly.")
            if i == 0
            else "",
            f"q{i + 1}",
        )
        for i, q in enumerate(questions)
    )
    page.repo.save_debrief(
        attempt_id, Debrief(scores, answers, QCoreApplication.translate("ExercisesDemo", "Start from the data sooner."))
    )
    return attempt_id


def show_running(shell: Any, seconds_per_phase: list[float]) -> int:
    """Put the page in the run view as if an attempt had run ``seconds_per_phase`` so far."""
    page = _page(shell)
    plan = _plan(page)
    session = _played(plan, seconds_per_phase)
    attempt_id = _add_attempt(page, plan, session, _notes(plan))
    restored = Session.restore(page.repo.state(attempt_id), page.clock)
    page.resume_attempt(attempt_id, restored)
    return attempt_id


def prepare_exercises_demo(shell: Any) -> None:
    """Leave the Exercises tab informative: one finished attempt in the history and the case running mid-phase."""
    page = _page(shell)
    if page.runner.active:
        return
    add_finished_attempt(shell)
    show_running(shell, [300.0, 130.0])
