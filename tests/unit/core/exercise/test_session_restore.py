"""Tests for studio.core.exercise.session: autosave snapshots, restore in a new process, absences."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest

from studio.core.clock import FakeClock
from studio.core.exercise import (
    InvalidTransitionError,
    Session,
    SessionState,
    SessionStateError,
    TransitionKind,
    default_case_plan,
    phase_report,
)
from tests.unit.core.exercise.helpers import (
    advance_with_repaints,
    plan_of,
    started,
)

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


def test_hold_after_asks_about_a_short_closed_gap_and_skip_does_not_count_it() -> None:
    """With hold_after_s at the autosave interval, 25 s closed asks; "continue where I stopped" keeps the time."""
    session, clock = started(plan_of(600, 300))
    clock.advance(200)
    state = json.loads(json.dumps(session.to_state()))
    new_clock = new_process_clock(clock, 25)
    restored = Session.restore(state, new_clock, hold_after_s=2.0)
    prompt = restored.away_prompt
    assert prompt is not None and prompt.source == "restore"
    assert prompt.away_seconds == pytest.approx(25)
    restored.skip_away()
    assert restored.state is SessionState.RUNNING and restored.away_prompt is None
    assert restored.remaining_seconds() == pytest.approx(400)
    new_clock.advance(10)
    assert restored.remaining_seconds() == pytest.approx(390)
    assert restored.transitions[-1].kind is TransitionKind.AWAY_SKIP


def test_hold_after_then_count_charges_the_closed_time() -> None:
    """Answering "count that time" after a 25 s gap takes those 25 s from the phase."""
    session, clock = started(plan_of(600, 300))
    clock.advance(200)
    restored = Session.restore(
        json.loads(json.dumps(session.to_state())), new_process_clock(clock, 25), hold_after_s=2.0
    )
    restored.continue_after_away()
    assert restored.remaining_seconds() == pytest.approx(375)


def test_hold_after_leaves_a_gap_within_the_heartbeat_counted_silently() -> None:
    """A relaunch within the autosave interval is not asked about: that time may well have been spent running."""
    session, clock = started(plan_of(600, 300))
    clock.advance(200)
    restored = Session.restore(session.to_state(), new_process_clock(clock, 1.5), hold_after_s=2.0)
    assert restored.away_prompt is None and restored.state is SessionState.RUNNING
    assert restored.remaining_seconds() == pytest.approx(398.5)


def test_skip_away_without_a_question_is_refused() -> None:
    """skip_away() needs an open away question."""
    session, _clock = started(plan_of(60))
    with pytest.raises(InvalidTransitionError, match="no away question"):
        session.skip_away()
