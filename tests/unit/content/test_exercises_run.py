"""Every shipped exercise, role-plays with a shared brief included, runs in the exercise session as it is."""

from __future__ import annotations

import pytest

from studio.content import Kind, Library, load_library
from studio.core.clock import FakeClock
from studio.core.content import Exercise
from studio.core.exercise import ExercisePlan, PhasePlan, Session, SessionState

LIBRARY: Library = load_library(strict=True)
EXERCISES = [m for m in LIBRARY.all() if isinstance(m, Exercise)]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: f"{e.id}.{e.lang}")
def test_exercise_runs_phase_by_phase_to_the_end(exercise: Exercise) -> None:
    """The phases make a valid plan whose total is the exercise's duration, and a session runs through them."""
    plan = ExercisePlan(exercise.id, tuple(PhasePlan(p.id, p.title, p.minutes * 60.0) for p in exercise.phases))
    assert plan.total_seconds == exercise.duration_min * 60.0
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    for index, phase in enumerate(plan.phases):
        assert session.current_phase.id == phase.id
        clock.advance(phase.seconds)
        if index + 1 < len(plan.phases):
            session.next_phase()
    session.finish()
    assert session.state is SessionState.FINISHED
    assert exercise.brief is None and exercise.criteria


def test_role_plays_keep_the_guides_length_in_character() -> None:
    """A role-play spends 15-20 minutes in character (the guide's length), plus preparation and a debrief."""
    for exercise in EXERCISES:
        if exercise.exercise_kind == "role_play" and exercise.id.startswith("roleplay_"):
            in_role = sum(p.minutes for p in exercise.phases if p.id not in ("prepare", "debrief"))
            assert 15 <= in_role <= 20, f"{exercise.id}.{exercise.lang}: {in_role} min in character"


def test_shared_brief_frames_every_customer_role_play() -> None:
    """The customer role-plays share one frame; no shared line tells a discount seeker to expect compensation."""
    discount = LIBRARY.exact(Kind.EXERCISES, "roleplay_discount_request", "en")
    unhappy = LIBRARY.exact(Kind.EXERCISES, "roleplay_unhappy_customer", "en")
    assert isinstance(discount, Exercise) and isinstance(unhappy, Exercise)
    assert discount.statement.split("\n\n")[0] == unhappy.statement.split("\n\n")[0]
    assert not any("compensation" in line or "remedy" in line for line in discount.good_behaviour)
    assert any("remedy" in line for line in unhappy.good_behaviour)
