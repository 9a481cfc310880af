"""Tests for studio.core.exercise: the timed session, its events, autosave/restore and the debrief helpers."""

from __future__ import annotations

import itertools
import json
import random
import threading
from collections.abc import Callable

import pytest

from studio.core.clock import FakeClock, SystemClock
from studio.core.exercise import (
    AssessorAnswer,
    CriterionScore,
    Debrief,
    DebriefError,
    Event,
    EventKind,
    ExercisePlan,
    InvalidTransitionError,
    MarkdownLabels,
    PhasePlan,
    PlanError,
    Session,
    SessionState,
    SessionStateError,
    TransitionKind,
    attempt_to_markdown,
    default_case_plan,
    display_seconds,
    format_clock,
    format_duration,
    phase_report,
    seconds_to_next_display_change,
)

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


# ------------------------------------------------------------------------------------------------ plan


def test_default_case_plan_is_the_30_minute_case() -> None:
    """The seed case plan is 5/8/6/3/8 minutes, 30 in all, carry-over on by default."""
    plan = default_case_plan()
    assert [p.seconds for p in plan.phases] == [300, 480, 360, 180, 480]
    assert plan.total_seconds == 1800
    assert plan.carry_over


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: ExercisePlan("x", ()), "phases"),
        (lambda: ExercisePlan("", (PhasePlan("a", "A", 1),)), "exercise_id"),
        (lambda: ExercisePlan("x", (PhasePlan("a", "A", 1), PhasePlan("a", "B", 1))), "phases"),
        (lambda: PhasePlan("a", "A", 0), "phase 'a'.seconds"),
        (lambda: PhasePlan("a", "A", float("nan")), "phase 'a'.seconds"),
        (lambda: PhasePlan(" ", "A", 5), "phase.id"),
    ],
)
def test_plan_rejects_bad_phases_naming_the_field(build: Callable[[], object], field: str) -> None:
    """A bad plan (no phases, duplicate id, non-positive budget) is refused with the field named."""
    with pytest.raises(PlanError) as caught:
        build()
    assert caught.value.field == field


def test_plan_dict_round_trip() -> None:
    """A plan survives to_dict/from_dict through JSON unchanged."""
    plan = default_case_plan(carry_over=False)
    assert ExercisePlan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan


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


# ------------------------------------------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [(300, 300), (299.9, 300), (299.0000001, 299), (1.0, 1), (0.2, 1), (0.0, 0), (-0.4, 0), (-1.0, -1), (-61.5, -61)],
)
def test_display_seconds_counts_down_to_zero_at_the_deadline(remaining: float, shown: int) -> None:
    """The display rounds up: it shows 00:00 from the deadline on, never while time is left."""
    assert display_seconds(remaining) == shown


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (300, "05:00"),
        (299.2, "05:00"),
        (59, "00:59"),
        (0.3, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "-00:01"),
        (-75, "-01:15"),
        (6000, "100:00"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    """The countdown text is MM:SS, with a minus sign in overtime and more than two digits if needed."""
    assert format_clock(seconds) == text


def test_display_decreases_by_one_at_each_whole_second() -> None:
    """Repainting at each computed display change shows every second once, from the budget down to zero."""
    remaining, shown = 7.35, []
    while remaining > -2:
        shown.append(display_seconds(remaining))
        step = seconds_to_next_display_change(remaining)
        assert 0 < step <= 1
        remaining -= step
    assert shown == [8, 7, 6, 5, 4, 3, 2, 1, 0, -1]


def test_format_duration_rounds_to_nearest_second() -> None:
    """Durations in reports round to the nearest second (halves up) and never go negative."""
    assert [format_duration(s) for s in (0, 59.5, 89.4, -3, 3600)] == ["00:00", "01:00", "01:29", "00:00", "60:00"]


# ------------------------------------------------------------------------------------- save and restore


def new_process_clock(old: FakeClock, wall_gap: float) -> FakeClock:
    """A clock of a freshly started process: unrelated monotonic origin, wall ``wall_gap`` later."""
    return FakeClock(monotonic=3.0, wall=old.wall() + wall_gap)


def test_state_is_plain_json_and_round_trips() -> None:
    """The autosave snapshot survives JSON and restores to an identical session (paused)."""
    session, clock = started(default_case_plan())
    advance_with_repaints(session, clock, 320)
    session.due_events()
    session.next_phase()
    session.extend(45)
    clock.advance(10)
    session.pause()
    state = session.to_state()
    restored = Session.restore(json.loads(json.dumps(state)), new_process_clock(clock, 900))
    again = restored.to_state()
    for key in ("plan", "warnings_s", "away_threshold_s", "state", "phase_index", "phases", "away"):
        assert again[key] == state[key], key
    assert again["transitions"][:-1] == state["transitions"]
    assert restored.transitions[-1].kind is TransitionKind.RESTORED
    assert restored.remaining_seconds() == session.remaining_seconds()


def test_restore_running_session_counts_wall_time_in_a_new_process() -> None:
    """R10: a running session restored elsewhere has the right remaining time although monotonic restarted."""
    session, clock = started(plan_of(600, 300))
    clock.advance(100)
    state = json.loads(json.dumps(session.to_state()))
    clock.advance(1.5)  # killed 1.5 s after the last autosave, restarted 4 s later
    clock.advance(4)
    restored = Session.restore(state, new_process_clock(clock, 0))
    assert restored.away_prompt is None
    assert restored.state is SessionState.RUNNING
    assert restored.remaining_seconds() == pytest.approx(session.remaining_seconds(), abs=1e-9)
    assert restored.remaining_seconds() == pytest.approx(494.5)


def test_restore_after_kill_at_random_moments_is_within_one_second() -> None:
    """R10: killed at 50 random moments (autosave every <= 2 s), the restored remaining time is within 1 s."""
    rng = random.Random(11)
    for _ in range(50):
        clock = FakeClock(monotonic=rng.uniform(0, 1e5), wall=1.8e9 + rng.uniform(0, 1e7))
        session = Session(default_case_plan(carry_over=rng.random() < 0.5), clock)
        session.start()
        state = session.to_state()
        for _ in range(rng.randint(1, 600)):
            clock.advance(rng.uniform(0.05, 2.0))
            roll = rng.random()
            if roll < 0.02 and session.phase_index < 4:
                session.next_phase()
            elif roll < 0.03:
                (session.resume if session.state is SessionState.PAUSED else session.pause)()
            session.due_events()
            state = session.to_state()  # the store autosaves on every change and every <= 2 s
        clock.advance(rng.uniform(0, 2.0) + rng.uniform(0.5, 10.0))  # since the last save, then relaunch
        restored = Session.restore(json.loads(json.dumps(state)), new_process_clock(clock, 0))
        assert restored.away_prompt is None
        assert (restored.state, restored.phase_index) == (session.state, session.phase_index)
        assert abs(restored.remaining_seconds() - session.remaining_seconds()) <= 1.0


def test_restore_paused_session_keeps_its_remaining_time() -> None:
    """A paused session restored a day later is still paused with the same remaining time and no question."""
    session, clock = started(plan_of(600))
    clock.advance(100)
    session.pause()
    restored = Session.restore(session.to_state(), new_process_clock(clock, 86400))
    assert restored.state is SessionState.PAUSED
    assert restored.away_prompt is None
    assert restored.remaining_seconds() == pytest.approx(500)


def test_restore_finished_session_for_the_debrief() -> None:
    """A finished attempt restores as finished with its times, for the debrief and history."""
    session, clock = started(plan_of(60, 60))
    clock.advance(70)
    session.next_phase()
    clock.advance(20)
    session.finish()
    restored = Session.restore(session.to_state(), new_process_clock(clock, 500))
    assert restored.state is SessionState.FINISHED
    assert phase_report(restored) == phase_report(session)
    assert restored.started_wall() == session.started_wall()
    assert restored.finished_wall() == session.finished_wall()


def _away_after_restore(gap: float) -> tuple[Session, Session, FakeClock]:
    """A session snapshotted at 200 s into a 600 s phase, restored ``gap`` wall seconds later."""
    session, clock = started(plan_of(600, 300))
    clock.advance(200)
    state = json.loads(json.dumps(session.to_state()))
    new_clock = new_process_clock(clock, gap)
    return session, Session.restore(state, new_clock), new_clock


def test_restore_after_a_long_absence_asks_before_counting() -> None:
    """A wall gap far beyond the autosave interval is an absence: the session is held and asks."""
    _, restored, clock = _away_after_restore(600)
    prompt = restored.away_prompt
    assert prompt is not None
    assert prompt.away_seconds == pytest.approx(600)
    assert prompt.source == "restore"
    assert restored.state is SessionState.PAUSED
    assert restored.next_boundary() is None
    assert restored.check_clock_jump() is prompt
    clock.advance(30)
    assert restored.due_events() == []
    with pytest.raises(InvalidTransitionError, match="away question"):
        restored.resume()


def test_away_continue_counts_the_absence() -> None:
    """'Continue' counts the whole absence (and the time the question was open) as running time."""
    _, restored, clock = _away_after_restore(300)
    clock.advance(10)  # the user reads the question
    restored.continue_after_away()
    assert restored.state is SessionState.RUNNING
    assert restored.away_prompt is None
    assert restored.remaining_seconds() == pytest.approx(600 - 200 - 310)
    assert restored.transitions[-1].kind is TransitionKind.AWAY_CONTINUE


def test_away_pause_keeps_the_snapshot_remaining_time() -> None:
    """'Pause' stays paused with the remaining time of the last snapshot; the absence is not counted."""
    _, restored, clock = _away_after_restore(300)
    restored.pause_after_away()
    clock.advance(50)
    assert restored.state is SessionState.PAUSED
    assert restored.remaining_seconds() == pytest.approx(400)
    restored.resume()
    clock.advance(10)
    assert restored.remaining_seconds() == pytest.approx(390)


def test_away_end_finishes_at_the_snapshot() -> None:
    """'End' finishes the attempt with the times of the last snapshot."""
    _, restored, _ = _away_after_restore(300)
    restored.end_after_away()
    assert restored.state is SessionState.FINISHED
    assert [r.used_s for r in phase_report(restored)] == pytest.approx([200, 0])
    assert restored.finished_wall() is not None


def test_short_relaunch_gap_does_not_ask() -> None:
    """A normal crash-and-relaunch (gap within interval + threshold) resumes without a question."""
    _, restored, _ = _away_after_restore(2.0 + 60.0)
    assert restored.away_prompt is None
    assert restored.remaining_seconds() == pytest.approx(338)


def test_restore_with_the_wall_clock_set_back_counts_no_time() -> None:
    """If the wall clock went backwards, no elapsed time can be known: resume at the snapshot's remaining."""
    _, restored, _ = _away_after_restore(-3600)
    assert restored.away_prompt is None
    assert restored.remaining_seconds() == pytest.approx(400)


def test_open_away_question_survives_a_snapshot() -> None:
    """If the app dies while asking, the relaunched session asks the same question."""
    _, restored, clock = _away_after_restore(900)
    again = Session.restore(restored.to_state(), new_process_clock(clock, 5))
    assert again.away_prompt == restored.away_prompt
    again.continue_after_away()
    assert again.remaining_seconds() == pytest.approx(600 - 200 - 905)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda s: s.update(version=99), "version"),
        (lambda s: s.pop("phases"), "phases"),
        (lambda s: s.update(phase_index=7), "phase_index"),
        (lambda s: s["phases"].pop(), "phases"),
        (lambda s: s.update(state="sleeping"), "sleeping"),
        (lambda s: s["plan"].update(phases=[]), "plan"),
    ],
)
def test_restore_rejects_malformed_state_naming_the_field(
    mutate: Callable[[dict[str, object]], object], message: str
) -> None:
    """A damaged snapshot raises SessionStateError naming what is wrong instead of a random exception."""
    session, _ = started(plan_of(60, 60))
    state = session.to_state()
    mutate(state)
    with pytest.raises(SessionStateError, match=message):
        Session.restore(state, FakeClock())


@pytest.mark.parametrize("monotonic_too", [False, True])
@pytest.mark.parametrize("choice", ["continue", "pause", "end"])
def test_live_suspend_is_detected_and_each_answer_applies(monotonic_too: bool, choice: str) -> None:
    """A suspend while running (wall jumps; monotonic stops or not) is asked about, and each answer applies."""
    session, clock = started(plan_of(600, 300))
    advance_with_repaints(session, clock, 100)
    clock.advance(0.5)
    clock.jump_wall(1200, monotonic_too=monotonic_too)
    prompt = session.check_clock_jump()
    assert prompt is not None
    assert prompt.source == "live"
    assert prompt.away_seconds == pytest.approx(1200.5)
    assert session.state.value == "paused"  # held (compared by value: mypy would keep the narrowing below)
    assert session.remaining_seconds() == pytest.approx(500)  # held at the last check
    clock.advance(2)
    if choice == "continue":
        session.continue_after_away()
        assert session.state is SessionState.RUNNING
        assert session.remaining_seconds() == pytest.approx(500 - 1202.5)
    elif choice == "pause":
        session.pause_after_away()
        assert session.state is SessionState.PAUSED
        assert session.remaining_seconds() == pytest.approx(500)
    else:
        session.end_after_away()
        assert session.state is SessionState.FINISHED
        assert phase_report(session)[0].used_s == pytest.approx(100)
    assert session.away_prompt is None
    assert TransitionKind.AWAY_DETECTED in [t.kind for t in session.transitions]


def test_due_events_after_a_suspend_ask_instead_of_chiming() -> None:
    """If the boundary timer fires first after waking up, it gets no chime: the absence is asked about first."""
    session, clock = started(plan_of(120))
    clock.jump_wall(3600, monotonic_too=True)
    assert session.due_events() == []
    assert session.away_prompt is not None


def test_small_wall_adjustments_do_not_ask() -> None:
    """Repaints a second apart, NTP nudges and a wall clock set back never raise the away question."""
    session, clock = started(plan_of(600))
    for _ in range(30):
        clock.advance(1)
        assert session.check_clock_jump() is None
    clock.jump_wall(5)
    assert session.check_clock_jump() is None
    clock.jump_wall(-3600)
    assert session.check_clock_jump() is None
    clock.advance(1)
    assert session.check_clock_jump() is None
    assert session.remaining_seconds() == pytest.approx(569)


def test_transitions_are_recorded_with_both_clocks() -> None:
    """Every transition is stored with its phase, monotonic and wall time for the store's phase records."""
    session, clock = started(plan_of(60, 60, carry_over=False))
    wall0 = clock.wall()
    clock.advance(10)
    session.pause()
    clock.advance(5)
    session.resume()
    session.next_phase()
    clock.advance(3)
    session.finish()
    got = [(t.kind, t.phase_index, t.wall - wall0) for t in session.transitions]
    assert got == [
        (TransitionKind.START, 0, 0),
        (TransitionKind.PAUSE, 0, 10),
        (TransitionKind.RESUME, 0, 15),
        (TransitionKind.NEXT_PHASE, 1, 15),
        (TransitionKind.FINISH, 1, 18),
    ]
    assert session.transitions[-1].mono - session.transitions[0].mono == 18


# ------------------------------------------------------------------------------------------------- debrief


@pytest.mark.parametrize("score", [0, 6, 2.5, True, "3"])
def test_debrief_rejects_scores_outside_1_to_5_naming_the_criterion(score: object) -> None:
    """A score outside 1-5 (or not a whole number) is refused, naming the criterion."""
    with pytest.raises(DebriefError, match="structure") as caught:
        Debrief((CriterionScore("clarity", 4), CriterionScore("structure", score)))  # type: ignore[arg-type]
    assert caught.value.criterion == "structure"
    assert isinstance(caught.value, ValueError)


def test_debrief_rejects_a_criterion_scored_twice() -> None:
    """The same criterion scored twice is ambiguous and refused."""
    with pytest.raises(DebriefError, match="twice"):
        Debrief((CriterionScore("clarity", 4), CriterionScore("clarity", 2)))


def test_debrief_round_trip_and_average() -> None:
    """A debrief survives to_dict/from_dict through JSON and averages its scores."""
    debrief = Debrief(
        (CriterionScore("clarity", 4, "good"), CriterionScore("structure", 3)),
        (AssessorAnswer("Why this option?", "Cheapest fast win."),),
        "Solid.",
    )
    assert Debrief.from_dict(json.loads(json.dumps(debrief.to_dict()))) == debrief
    assert debrief.average_score() == 3.5
    assert Debrief().average_score() is None


def _finished_attempt() -> tuple[ExercisePlan, Session]:
    """A finished 3-phase attempt with an overrun in the first phase."""
    plan = ExercisePlan(
        "case_support_load",
        (PhasePlan("understand", "Understand", 300), PhasePlan("options", "Options | ideas", 480)),
        True,
    )
    session, clock = started(plan)
    clock.advance(330)
    session.next_phase()
    clock.advance(400)
    session.finish()
    return plan, session


def test_attempt_to_markdown_exports_times_notes_and_scores() -> None:
    """The Markdown export holds the time table, every phase's notes and the self-assessment."""
    plan, session = _finished_attempt()
    debrief = Debrief(
        (CriterionScore("structure", 4, "clear | logical", title="Structure"),),
        (AssessorAnswer("What would you do first?", "Triage the backlog."),),
        "Be faster on options.",
    )
    text = attempt_to_markdown(plan, session, {"understand": "- waits up\n- load +30 %"}, debrief, title="Case")
    assert text.startswith("# Case\n")
    assert "| Understand | 05:00 | 05:30 | 00:30 |" in text
    assert "| Options \\| ideas | 08:00 | 06:40 | 00:00 |" in text
    assert "- waits up\n- load +30 %" in text
    assert "_(no notes)_" in text
    assert "| Structure | 4 / 5 | clear \\| logical |" in text
    assert "### What would you do first?\n\nTriage the backlog." in text
    assert "Be faster on options." in text
    assert "Time used: 12:10 of 13:00 planned" in text
    assert "UTC" in text


def test_attempt_to_markdown_uses_translated_labels() -> None:
    """The UI passes translated words; the export uses them instead of the English defaults."""
    plan, session = _finished_attempt()
    text = attempt_to_markdown(plan, session, {}, None, labels=MarkdownLabels(times="Время по этапам"))
    assert "## Время по этапам" in text
    assert text.startswith("# case_support_load\n")


def test_attempt_to_markdown_rejects_a_plan_of_another_shape() -> None:
    """Exporting with a plan whose phases differ from the session's is a programming error, said clearly."""
    _, session = _finished_attempt()
    with pytest.raises(ValueError, match="do not match"):
        attempt_to_markdown(plan_of(60), session, {})


# ---------------------------------------------------------------------------------------------- real clock


@pytest.mark.slow
def test_real_clock_boundaries_under_cpu_load() -> None:
    """R11 (real clock): 2/3/2 s phases with two CPU burners: boundaries never early, at most 250 ms late."""
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
    print(f"R11 real-clock lateness ms: {[round(x * 1000, 2) for x in lateness]}")
    assert len(events) == 6
    assert min(lateness) >= 0, lateness
    assert max(lateness) <= 0.25, lateness
    assert events[-1].due_mono == pytest.approx(start + 7.0, abs=1e-6)  # carry-over keeps the planned end
    used = sum(row.used_s for row in phase_report(session))
    assert abs(used - (session.transitions[-1].mono - start)) <= 0.02
