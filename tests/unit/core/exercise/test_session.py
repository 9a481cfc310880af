"""Tests for studio.core.exercise.session: transitions, carry-over, boundary events, real-clock timing."""

from __future__ import annotations

import itertools
import random
import threading

import pytest

from studio.core.clock import FakeClock, SystemClock
from studio.core.exercise import (
    Event,
    EventKind,
    ExercisePlan,
    InvalidTransitionError,
    PhasePlan,
    Session,
    SessionState,
    TransitionKind,
    default_case_plan,
    display_seconds,
    phase_report,
)
from tests.unit.core.exercise.helpers import (
    advance_with_repaints,
    plan_of,
    remaining_by_phase,
    started,
)

# ------------------------------------------------------------------------------------------- transitions


def test_idle_session_shows_first_budget_and_arms_nothing() -> None:
    """Before start the countdown shows the first phase's budget and no timer needs arming."""
    session = Session(plan_of(90, 60), FakeClock())
    assert session.state is SessionState.IDLE
    assert session.remaining_seconds() == 90
    assert session.next_boundary() is None
    assert session.due_events() == []


def test_start_runs_first_phase_from_a_deadline() -> None:
    """After start the remaining time falls with the clock, computed from the stored deadline."""
    session, clock = started(plan_of(90, 60))
    assert session.state is SessionState.RUNNING
    clock.advance(12.25)
    assert session.remaining_seconds() == pytest.approx(77.75)
    assert session.phase_times()[0].used_s == pytest.approx(12.25)


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ([], "resume", "cannot resume: the session is idle, not paused"),
        (["start"], "resume", "cannot resume: the session is running, not paused"),
        ([], "pause", "cannot pause: the session is idle, not running"),
        (["start"], "start", "cannot start: the session is running, not idle"),
        ([], "finish", "cannot finish: the session is idle"),
        ([], "next_phase", "cannot go to the next phase: the session is idle"),
        (["start"], "previous_phase", "this is the first phase"),
        (["start", "next_phase"], "next_phase", "this is the last phase"),
        (["start", "finish"], "pause", "the session is finished, not running"),
        (["start", "finish"], "extend", "cannot extend: the session is finished"),
        (["start"], "continue_after_away", "no away question is open"),
    ],
)
def test_invalid_transitions_raise_clear_errors(setup: list[str], action: str, message: str) -> None:
    """Every impossible action raises InvalidTransitionError saying what and why, leaving the state alone."""
    session = Session(plan_of(60, 60), FakeClock())
    for step in setup:
        getattr(session, step)()
    before = session.state
    call = (lambda: session.extend(5)) if action == "extend" else getattr(session, action)
    with pytest.raises(InvalidTransitionError, match=message):
        call()
    assert session.state is before


def test_pause_freezes_remaining_and_resume_continues_from_it() -> None:
    """Paused time is not counted: the remaining time is the same after resume as at pause."""
    session, clock = started(plan_of(100))
    clock.advance(30)
    session.pause()
    clock.advance(500)
    assert session.remaining_seconds() == pytest.approx(70)
    assert session.next_boundary() is None
    session.resume()
    clock.advance(20)
    assert session.remaining_seconds() == pytest.approx(50)
    assert session.phase_times()[0].used_s == pytest.approx(50)


def test_overtime_counts_up_after_the_deadline() -> None:
    """Past the deadline the phase keeps running and overtime counts up instead of stopping."""
    session, clock = started(plan_of(60))
    clock.advance(59)
    assert not session.is_overtime()
    assert session.overtime_seconds() == 0
    clock.advance(16)
    assert session.state is SessionState.RUNNING
    assert session.remaining_seconds() == pytest.approx(-15)
    assert session.overtime_seconds() == pytest.approx(15)
    assert session.is_overtime()


def test_extend_adds_time_to_the_current_phase_running_or_paused() -> None:
    """Extending moves the current deadline by exactly the added seconds, also while paused or in overtime."""
    session, clock = started(plan_of(60, 60))
    clock.advance(70)
    session.extend(30)
    assert session.remaining_seconds() == pytest.approx(20)
    session.pause()
    session.extend(15)
    assert session.remaining_seconds() == pytest.approx(35)
    assert remaining_by_phase(session)[1] == 60
    assert session.transitions[-1].kind is TransitionKind.EXTEND
    assert session.transitions[-1].seconds == 15


@pytest.mark.parametrize("seconds", [0, -5, float("inf"), float("nan")])
def test_extend_rejects_non_positive_seconds(seconds: float) -> None:
    """An extension must be a positive finite number of seconds."""
    session, _ = started(plan_of(60))
    with pytest.raises(ValueError, match="extend"):
        session.extend(seconds)


def test_finish_early_keeps_used_times_and_stops_the_clock() -> None:
    """Finishing early freezes every phase's used time; later phases stay unused."""
    session, clock = started(plan_of(60, 60, 60, carry_over=False))
    clock.advance(50)
    session.next_phase()
    clock.advance(10)
    session.finish()
    clock.advance(100)
    assert session.state is SessionState.FINISHED
    assert [t.used_s for t in session.phase_times()] == pytest.approx([50, 10, 0])
    assert session.next_boundary() is None
    assert session.due_events() == []


def test_previous_and_next_phase_keep_each_phase_time() -> None:
    """Going back re-opens a phase with the time it had left; its used time keeps accumulating."""
    session, clock = started(plan_of(60, 60, carry_over=False))
    clock.advance(40)
    session.next_phase()
    clock.advance(25)
    session.previous_phase()
    assert session.phase_index == 0
    assert session.remaining_seconds() == pytest.approx(20)
    clock.advance(5)
    session.next_phase()
    assert session.remaining_seconds() == pytest.approx(35)
    assert [t.used_s for t in session.phase_times()] == pytest.approx([45, 25])


def test_navigation_while_paused_stays_paused() -> None:
    """Changing phase while paused keeps the session paused and its clock frozen."""
    session, clock = started(plan_of(60, 60, carry_over=False))
    session.pause()
    session.next_phase()
    clock.advance(30)
    assert session.state is SessionState.PAUSED
    assert session.phase_index == 1
    assert session.remaining_seconds() == 60


# ------------------------------------------------------------------------------------------- carry-over


def test_carry_over_hands_unused_time_to_later_phases_in_proportion() -> None:
    """Unused time of a finished phase is shared by the later phases in proportion to their remaining time."""
    session, clock = started(plan_of(300, 500, 300, 200))
    clock.advance(240)
    session.next_phase()
    assert remaining_by_phase(session)[1:] == pytest.approx([500 + 30, 300 + 18, 200 + 12])
    assert session.transitions[-1].seconds == pytest.approx(60)
    assert session.exercise_remaining_seconds() == pytest.approx(1300 - 240)


def test_carry_over_takes_overrun_from_later_phases_in_proportion() -> None:
    """Overrun of a phase is taken from the later phases in proportion, so the end stays where planned."""
    session, clock = started(plan_of(300, 500, 300, 200))
    clock.advance(336)
    session.next_phase()
    assert remaining_by_phase(session)[1:] == pytest.approx([500 - 18, 300 - 10.8, 200 - 7.2])
    assert session.transitions[-1].seconds == pytest.approx(-36)


def test_carry_over_overrun_beyond_all_later_time_stays_as_overtime() -> None:
    """An overrun larger than all later time zeroes the later phases and the rest stays the phase's overtime."""
    session, clock = started(plan_of(60, 30, 30))
    clock.advance(200)
    session.next_phase()
    assert remaining_by_phase(session) == pytest.approx([-80, 0, 0])
    assert session.next_boundary() is None  # nothing left to count down to: no event is armed
    assert session.remaining_seconds() == 0
    clock.advance(5)
    assert session.overtime_seconds() == pytest.approx(5)
    assert phase_report(session)[0].overtime_s == pytest.approx(140)


def test_carry_over_to_later_phases_with_no_time_left_is_shared_equally() -> None:
    """If no later phase has time left, unused time is shared equally between them."""
    session, clock = started(plan_of(100, 10, 10))
    clock.advance(130)
    session.next_phase()  # p1 and p2 absorb 20 s of the 30 s overrun: both at 0
    session.previous_phase()
    assert session.remaining_seconds() == pytest.approx(-10)
    session.extend(50)
    clock.advance(10)
    session.next_phase()  # p0 leaves 30 s unused; p1/p2 have nothing left, so they share it equally
    assert remaining_by_phase(session)[1:] == pytest.approx([15, 15])


def test_carry_over_off_keeps_each_phase_budget() -> None:
    """Without carry-over, leaving early or late does not change any other phase's budget."""
    session, clock = started(plan_of(300, 480, 360, carry_over=False))
    clock.advance(200)
    session.next_phase()
    assert remaining_by_phase(session)[1:] == [480, 360]
    clock.advance(530)
    session.next_phase()
    assert remaining_by_phase(session)[2] == 360
    assert session.transitions[-1].seconds is None


def test_going_back_with_carry_over_reopens_with_no_time_left() -> None:
    """With carry-over an earlier phase handed its rest on, so going back counts overtime taken from later."""
    session, clock = started(plan_of(100, 100, 100))
    clock.advance(60)
    session.next_phase()
    clock.advance(10)
    session.previous_phase()
    assert session.remaining_seconds() == pytest.approx(0)
    clock.advance(20)
    assert session.overtime_seconds() == pytest.approx(20)
    session.next_phase()
    assert sum(remaining_by_phase(session)[1:]) == pytest.approx(240 - 10 - 20)


def test_going_back_with_reclaim_reopens_a_skipped_phase_with_its_time() -> None:
    """previous_phase(reclaim=True): a phase skipped at once gets back its unused time instead of overtime."""
    session, clock = started(plan_of(100, 100, 100))
    clock.advance(1)
    session.next_phase()  # phase 0 hands 99 s on
    clock.advance(1)
    session.next_phase()  # phase 1 is skipped: it hands its whole rest on
    end_before = session.exercise_remaining_seconds()
    clock.advance(1)
    session.previous_phase(reclaim=True)
    assert session.phase_index == 1
    assert session.remaining_seconds() > 100
    assert not session.is_overtime()
    assert session.exercise_remaining_seconds() == pytest.approx(end_before - 1)
    assert sum(t.budget_s for t in session.phase_times()) == pytest.approx(300)
    assert session.transitions[-1].seconds == pytest.approx(session.remaining_seconds())  # all it handed on


def test_reclaim_takes_no_more_than_the_later_phases_have_left() -> None:
    """Reclaiming never puts a later phase below zero: what they used stays used."""
    session, clock = started(plan_of(100, 100))
    clock.advance(40)
    session.next_phase()  # 60 s handed on: phase 1 now has 160
    clock.advance(150)  # phase 1 uses 150 of them
    session.previous_phase(reclaim=True)
    assert session.remaining_seconds() == pytest.approx(10)
    assert remaining_by_phase(session)[1] == pytest.approx(0)


def test_reclaim_is_ignored_without_carry_over() -> None:
    """Without carry-over nothing was handed on, so going back with reclaim is plain going back."""
    session, clock = started(plan_of(100, 100, carry_over=False))
    clock.advance(30)
    session.next_phase()
    session.previous_phase(reclaim=True)
    assert session.remaining_seconds() == pytest.approx(70)
    assert session.transitions[-1].seconds is None


def test_carry_over_keeps_the_exercise_end_fixed_across_navigation() -> None:
    """With carry-over on, moving back and forth at random never moves the end of the whole exercise."""
    rng = random.Random(3)
    session, clock = started(default_case_plan())
    planned_end = clock.monotonic() + 1800
    for _ in range(200):
        clock.advance(rng.uniform(0, 40))
        action = rng.choice(["next", "previous", "pause_resume", "none"])
        if action == "next" and session.phase_index < 4:
            session.next_phase()
        elif action == "previous" and session.phase_index > 0:
            session.previous_phase()
        elif action == "pause_resume":
            session.pause()
            clock.advance(rng.uniform(0, 30))  # paused time moves the end: _paused_total accounts for it
            session.resume()
        now = clock.monotonic()
        assert now + session.exercise_remaining_seconds() == pytest.approx(
            planned_end + _paused_total(session), abs=1e-6
        )


def _paused_total(session: Session) -> float:
    """Total monotonic time the session spent paused (from its history)."""
    total, since = 0.0, None
    for t in session.transitions:
        if t.kind is TransitionKind.PAUSE:
            since = t.mono
        elif t.kind is TransitionKind.RESUME and since is not None:
            total, since = total + t.mono - since, None
    return total


def test_phase_report_shows_overtime_even_when_carried_over() -> None:
    """The debrief shows a phase's overrun even though carry-over took it from later phases."""
    session, clock = started(plan_of(60, 60, 60))
    clock.advance(75)
    session.next_phase()
    clock.advance(40)
    session.next_phase()
    clock.advance(10)
    session.finish()
    rows = phase_report(session)
    assert [r.phase_id for r in rows] == ["p0", "p1", "p2"]
    assert [r.planned_s for r in rows] == [60, 60, 60]
    assert [r.used_s for r in rows] == pytest.approx([75, 40, 10])
    assert [r.overtime_s for r in rows] == pytest.approx([15, 0, 0])


# -------------------------------------------------------------------------------------------------- events


def test_warnings_and_deadline_fire_once_at_their_moment() -> None:
    """A 10-min phase warns at 5 and 1 min left and signals its deadline, each once and never early."""
    session, clock = started(plan_of(600))
    t0 = clock.monotonic()
    assert session.next_boundary() == t0 + 300
    advance_with_repaints(session, clock, 299.999)
    assert session.due_events() == []
    clock.set(monotonic=t0 + 300)
    assert session.due_events() == [Event(EventKind.WARNING, 0, t0 + 300, 300.0)]
    assert session.due_events() == []
    assert session.next_boundary() == t0 + 540
    advance_with_repaints(session, clock, 300)
    events = session.due_events()
    assert [(e.kind, e.seconds_left) for e in events] == [
        (EventKind.WARNING, 60.0),
        (EventKind.PHASE_DEADLINE_REACHED, 0.0),
    ]
    assert session.next_boundary() is None
    kinds = [t.kind for t in session.transitions]
    assert kinds.count(TransitionKind.WARNING) == 2
    assert kinds.count(TransitionKind.PHASE_DEADLINE_REACHED) == 1


def test_short_phase_gets_no_warning_it_cannot_honour() -> None:
    """A 3-minute phase starts with under 5 minutes left: no '5 min left' warning, only 1 min and deadline."""
    session, clock = started(plan_of(180))
    advance_with_repaints(session, clock, 180)
    assert [e.seconds_left for e in session.due_events()] == [60.0, 0.0]


def test_early_timer_gets_no_events_and_rearms_the_same_boundary() -> None:
    """A QTimer that fires early gets nothing and re-arms for the same moment (never early)."""
    session, clock = started(plan_of(120))
    boundary = session.next_boundary()
    assert boundary is not None
    advance_with_repaints(session, clock, boundary - 0.004 - clock.monotonic())
    assert session.due_events() == []
    assert session.next_boundary() == boundary


def test_extend_rearms_events_that_are_ahead_again() -> None:
    """After an extension the chimes that are ahead again will sound again (once each)."""
    session, clock = started(plan_of(120))
    advance_with_repaints(session, clock, 121)
    assert [e.kind for e in session.due_events()] == [EventKind.WARNING, EventKind.PHASE_DEADLINE_REACHED]
    session.extend(90)  # 89 s left: the 1-min warning and the deadline are ahead again
    t = clock.monotonic()
    assert session.next_boundary() == pytest.approx(t + 29)
    advance_with_repaints(session, clock, 89)
    assert [e.seconds_left for e in session.due_events()] == [60.0, 0.0]


def test_no_boundary_while_paused_or_in_overtime() -> None:
    """Paused sessions and phases past their deadline have nothing for the single-shot timer."""
    session, clock = started(plan_of(30))
    session.pause()
    assert session.next_boundary() is None
    assert session.next_display_change() is None
    session.resume()
    clock.advance(31)
    session.due_events()
    assert session.next_boundary() is None


def test_reentering_a_phase_only_arms_what_is_ahead() -> None:
    """Going back to a phase with 2 min left re-arms its 1-min warning and deadline but not the 5-min one."""
    session, clock = started(plan_of(600, 600, carry_over=False))
    advance_with_repaints(session, clock, 480)
    assert [e.seconds_left for e in session.due_events()] == [300.0]
    session.next_phase()
    session.previous_phase()
    t = clock.monotonic()
    assert session.next_boundary() == pytest.approx(t + 60)
    advance_with_repaints(session, clock, 120)
    assert [e.seconds_left for e in session.due_events()] == [60.0, 0.0]


class _SimTimer:
    """A single-shot timer emulating QTimer: fires at the armed moment plus a random 0-300 ms lateness."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self.at: float | None = None

    def arm(self, moment: float | None) -> None:
        """Arm for ``moment`` (None disarms)."""
        self.at = None if moment is None else moment + self._rng.uniform(0.0, 0.3)


@pytest.mark.parametrize("carry_over", [True, False])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_simulated_30_minute_case_with_late_timers(carry_over: bool, seed: int) -> None:
    """R11 (fake clock): every boundary fires once, never early, <= 300 ms late; the display steps by one."""
    rng = random.Random(seed)
    clock = FakeClock()
    session = Session(default_case_plan(carry_over=carry_over), clock)
    session.start()
    start = clock.monotonic()
    boundary, display = _SimTimer(rng), _SimTimer(rng)
    boundary.arm(session.next_boundary())
    display.arm(session.next_display_change())
    fired: list[tuple[Event, float]] = []
    shown: list[list[int]] = [[display_seconds(session.remaining_seconds())]]
    last_deadline = 0.0
    while session.state is SessionState.RUNNING:
        now = min(t for t in (boundary.at, display.at) if t is not None)
        clock.advance(now - clock.monotonic())
        if display.at == now:
            assert session.check_clock_jump() is None
            shown[-1].append(display_seconds(session.remaining_seconds()))
            display.arm(session.next_display_change())
        if boundary.at == now:
            for event in session.due_events():
                fired.append((event, now))
                if event.kind is EventKind.PHASE_DEADLINE_REACHED:
                    last_deadline = event.due_mono
                    if session.phase_index == 4:
                        session.finish()
                    else:
                        session.next_phase()
                        shown.append([display_seconds(session.remaining_seconds())])
                        display.arm(session.next_display_change())  # a new countdown: repaint on its seconds
            boundary.arm(session.next_boundary())

    lateness = [now - event.due_mono for event, now in fired]
    assert min(lateness) >= 0
    assert max(lateness) <= 0.3
    keys = [(e.phase_index, e.kind, e.seconds_left) for e, _ in fired]
    assert len(keys) == len(set(keys))
    expected = {0: [60.0, 0.0], 1: [300.0, 60.0, 0.0], 2: [300.0, 60.0, 0.0], 3: [60.0, 0.0], 4: [300.0, 60.0, 0.0]}
    for phase, thresholds in expected.items():
        assert [k[2] for k in keys if k[0] == phase] == thresholds
    for steps in shown:
        assert all(b == a - 1 for a, b in itertools.pairwise(steps)), steps
        assert steps[-1] in (0, 1) and len(steps) > 170
    if carry_over:
        assert last_deadline == pytest.approx(start + 1800, abs=1e-6)  # late timers never move the end
    else:
        assert last_deadline > start + 1800


# ---------------------------------------------------------------------------------------------- real clock


@pytest.mark.slow
def test_real_clock_boundaries_under_cpu_load() -> None:
    """Real clock, 2/3/2 s phases with two CPU burners: boundaries never early and not lost.

    The tight lateness figure (target 250 ms) is measured by ``make bench`` (tests/bench/bench_exercise.py); here the
    bound is loose so a busy CI machine cannot make it a coin toss.
    """
    stop = threading.Event()

    def burn() -> None:
        count = 0
        while not stop.is_set():
            count += 1

    burners = [threading.Thread(target=burn, name=f"cpu-burner-{k}") for k in range(2)]
    plan = ExercisePlan("real", (PhasePlan("a", "A", 2), PhasePlan("b", "B", 3), PhasePlan("c", "C", 2)), True)
    clock = SystemClock()
    session = Session(plan, clock, warnings_s=(1.0,))
    wake = threading.Event()  # never set: its wait(timeout) is the single-shot timer
    events: list[Event] = []
    try:
        for burner in burners:
            burner.start()
        session.start()
        while session.state is SessionState.RUNNING:
            boundary = session.next_boundary()
            assert boundary is not None
            wake.wait(max(0.0, boundary - clock.monotonic()))
            for event in session.due_events():
                events.append(event)
                if event.kind is EventKind.PHASE_DEADLINE_REACHED:
                    (session.finish if session.phase_index == 2 else session.next_phase)()
    finally:
        stop.set()
        for burner in burners:
            burner.join()
    start = session.transitions[0].mono
    boundary_kinds = (TransitionKind.WARNING, TransitionKind.PHASE_DEADLINE_REACHED)
    fired_at = [t.mono for t in session.transitions if t.kind in boundary_kinds]
    lateness = [at - event.due_mono for at, event in zip(fired_at, events, strict=True)]
    assert len(events) == 6
    assert min(lateness) >= 0, lateness
    assert max(lateness) <= 2.0, lateness
    assert events[-1].due_mono == pytest.approx(start + 7.0, abs=1e-6)  # carry-over keeps the planned end
    used = sum(row.used_s for row in phase_report(session))
    assert abs(used - (session.transitions[-1].mono - start)) <= 0.02
