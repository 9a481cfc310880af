"""Builders shared by the exercise domain tests."""

from __future__ import annotations

from studio.core.clock import FakeClock
from studio.core.exercise import ExercisePlan, PhasePlan, Session

MIN = 60.0


def plan_of(*seconds: float, carry_over: bool = True) -> ExercisePlan:
    """Build a plan with phases p0, p1, ... of the given budgets."""
    phases = tuple(PhasePlan(f"p{i}", f"Phase {i}", s) for i, s in enumerate(seconds))
    return ExercisePlan("test", phases, carry_over)


def started(plan: ExercisePlan) -> tuple[Session, FakeClock]:
    """Return a started session on a fresh fake clock."""
    clock = FakeClock()
    session = Session(plan, clock)
    session.start()
    return session, clock


def advance_with_repaints(session: Session, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass the way the UI sees it: a repaint calling check_clock_jump() every second."""
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        assert session.check_clock_jump() is None


def remaining_by_phase(session: Session) -> list[float]:
    """Remaining seconds of every phase."""
    return [t.remaining_s for t in session.phase_times()]
