"""Timed exercise session: the state machine, its boundary events, autosave snapshots and restore.

Pure domain: no Qt, no I/O. Time comes only from an injected :class:`~studio.core.clock.Clock`.

How the UI drives a :class:`Session` (one single-shot timer for boundaries, one display timer)::

    session.start()
    arm_single_shot(session.next_boundary())      # phase deadline or a warning; None -> nothing to arm
    on boundary timeout:  for event in session.due_events(): chime(event); re-arm for session.next_boundary()
    on each repaint:      session.check_clock_jump() -> AwayPrompt? ask "continue / pause / end"
                          show format_clock(session.remaining_seconds()); next repaint at next_display_change()
    autosave:             store session.to_state() on every transition and at least every
                          ``autosave_interval_s`` while running (a heartbeat: restore treats a longer silence as an
                          absence and asks)

A timer may fire early or late: ``due_events`` never returns an event before its time, so an early timeout just
returns nothing and the caller re-arms for the same ``next_boundary()``.

Rules (each is tested):

* **States**: idle -> running <-> paused -> finished. Phase navigation and ``extend`` work while running or paused
  (navigation keeps the state). Anything else raises :class:`InvalidTransitionError` naming what was wrong.
* **Deadlines**: while running, the current phase has a deadline on the monotonic clock; remaining time is
  ``deadline - now`` and nothing is ever counted by ticks. After the deadline the phase keeps running in overtime
  (``remaining_seconds()`` negative, ``overtime_seconds()`` positive) until the user moves on or finishes.
* **Events**: per phase, a warning when ``warnings_s`` (default 5 min and 1 min) are left and
  ``phase_deadline_reached`` at the deadline. An event is armed when a phase is entered only if its moment is still
  ahead (a 3-minute phase never gets a "5 min left" warning; re-entering a phase with no time left fires nothing),
  fires exactly once, and is re-armed by ``extend`` if the extension puts its moment ahead again.
* **Carry-over** (``ExercisePlan.carry_over``): when the user moves *forward* out of a phase, what is left of its
  budget (positive: unused, negative: overrun) is handed to the *later* phases **in proportion to their remaining
  time** (equal shares if none has any time left). An overrun larger than all the later time together takes those
  phases to zero and the rest stays as the phase's own overtime. So with carry-over on, moving between phases never
  changes when the whole exercise ends; only ``extend`` (and pausing) does. Going back does not hand anything on:
  the earlier phase re-opens with what it has left (zero if it already handed its rest on; with
  ``previous_phase(reclaim=True)`` it first takes back its unused time from what the later phases have left) and
  its new overrun is taken from the later phases when the user moves forward again. With carry-over off each phase
  keeps its own budget; unused time is simply not used.
* **Restore** (:meth:`Session.restore`): monotonic readings are meaningless in another process, so a running
  session's elapsed time since the snapshot is taken from the *wall* clock. If more than ``hold_after_s`` (default
  ``autosave_interval_s + away_threshold_s``) passed, the session comes back held (paused at the snapshot) with an
  :class:`AwayPrompt`; :meth:`Session.skip_away` runs on from the snapshot without counting the gap,
  :meth:`Session.continue_after_away` counts the whole absence, :meth:`Session.pause_after_away` stays paused at
  the snapshot's remaining time, :meth:`Session.end_after_away` finishes at the snapshot.
  :meth:`Session.check_clock_jump` does the same live (the machine slept while running).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from studio.core.clock import Clock
from studio.core.exercise.display import seconds_to_next_display_change
from studio.core.exercise.plan import ExercisePlan, PhasePlan, PlanError

STATE_VERSION = 1
DEFAULT_WARNINGS_S: tuple[float, ...] = (300.0, 60.0)
DEFAULT_AUTOSAVE_INTERVAL_S = 2.0
DEFAULT_AWAY_THRESHOLD_S = 60.0


class SessionError(Exception):
    """Base class of errors raised by a :class:`Session`."""


class InvalidTransitionError(SessionError):
    """The requested action is not possible in the session's current state."""


class SessionStateError(ValueError):
    """A saved session state cannot be restored; the message names the field."""


class SessionState(StrEnum):
    """Where a session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class EventKind(StrEnum):
    """Kinds of boundary events the UI reacts to (chime, notification)."""

    PHASE_DEADLINE_REACHED = "phase_deadline_reached"
    WARNING = "warning"


class TransitionKind(StrEnum):
    """Kinds of entries in a session's history."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT_PHASE = "next_phase"
    PREVIOUS_PHASE = "previous_phase"
    EXTEND = "extend"
    FINISH = "finish"
    PHASE_DEADLINE_REACHED = "phase_deadline_reached"
    WARNING = "warning"
    RESTORED = "restored"
    AWAY_DETECTED = "away_detected"
    AWAY_CONTINUE = "away_continue"
    AWAY_PAUSE = "away_pause"
    AWAY_END = "away_end"
    AWAY_SKIP = "away_skip"


@dataclass(frozen=True)
class Event:
    """A boundary that became due.

    Attributes:
        kind: Deadline reached or warning.
        phase_index: The phase it belongs to.
        due_mono: The monotonic moment it was due (it is never returned before this).
        seconds_left: The warning threshold (300.0, 60.0, ...); 0.0 for a deadline.
    """

    kind: EventKind
    phase_index: int
    due_mono: float
    seconds_left: float


@dataclass(frozen=True)
class Transition:
    """One entry of a session's history.

    Attributes:
        kind: What happened.
        phase_index: The current phase *after* the transition.
        mono: Monotonic reading when it happened (comparable only within one process).
        wall: Wall reading (seconds since the epoch) when it happened.
        seconds: Detail: seconds added (extend), time carried over (next_phase, None if carry-over is off),
            threshold (warning), absence (away_*), wall time elapsed since the snapshot (restored).
    """

    kind: TransitionKind
    phase_index: int
    mono: float
    wall: float
    seconds: float | None = None


@dataclass(frozen=True)
class AwayPrompt:
    """An open question to the user: "You were away N min — continue / pause / end".

    Attributes:
        away_seconds: Wall time since the session was last seen running.
        hold_wall: Wall moment the session is held at (the snapshot, or the last check before the jump).
        source: ``"restore"`` (found on relaunch) or ``"live"`` (detected while the app ran).
    """

    away_seconds: float
    hold_wall: float
    source: str


@dataclass(frozen=True)
class PhaseTimes:
    """Times of one phase at a moment.

    Attributes:
        index: Position in the plan.
        phase_id: Stable phase id.
        title: Phase title from the plan.
        planned_s: Budget in the plan.
        allotted_s: Plan + extensions + time carried in from earlier phases.
        budget_s: ``allotted_s`` minus what the phase handed on (its remaining is ``budget_s - used_s``).
        used_s: Running time spent in the phase.
        remaining_s: ``budget_s - used_s``; negative in overtime.
    """

    index: int
    phase_id: str
    title: str
    planned_s: float
    allotted_s: float
    budget_s: float
    used_s: float
    remaining_s: float


@dataclass
class _Ledger:
    """Mutable bookkeeping of one phase (``used_s`` is stale for the running phase; see ``Session._used``)."""

    extra_s: float = 0.0
    carry_in_s: float = 0.0
    carry_out_s: float = 0.0
    used_s: float = 0.0
    done: set[float] = field(default_factory=set)  # thresholds (0.0 = deadline) fired or not armed


class Session:
    """One attempt at a timed exercise (see the module docs for the rules).

    Args:
        plan: Phases and the carry-over setting.
        clock: Where time comes from.
        warnings_s: "Time left" warnings per phase, in seconds.
        away_threshold_s: A wall-clock gap longer than this (beyond the autosave interval on restore) is treated
            as an absence and asked about.

    Raises:
        ValueError: If a warning threshold or the away threshold is not positive.
    """

    def __init__(
        self,
        plan: ExercisePlan,
        clock: Clock,
        *,
        warnings_s: Sequence[float] = DEFAULT_WARNINGS_S,
        away_threshold_s: float = DEFAULT_AWAY_THRESHOLD_S,
    ) -> None:
        warnings = tuple(sorted({float(w) for w in warnings_s}, reverse=True))
        if any(not (math.isfinite(w) and w > 0) for w in warnings):
            raise ValueError(f"warnings_s: every warning must be a positive number of seconds, got {warnings_s}")
        if not (math.isfinite(away_threshold_s) and away_threshold_s > 0):
            raise ValueError(f"away_threshold_s: must be positive, got {away_threshold_s}")
        self._plan = plan
        self._clock = clock
        self._warnings = warnings
        self._thresholds = (*warnings, 0.0)  # descending: earliest moment first
        self._away_threshold = float(away_threshold_s)
        self._state = SessionState.IDLE
        self._index = 0
        self._ledger = [_Ledger() for _ in plan.phases]
        self._deadline = 0.0  # monotonic; meaningful only while RUNNING
        self._transitions: list[Transition] = []
        self._away: AwayPrompt | None = None
        self._seen_mono = clock.monotonic()
        self._seen_wall = clock.wall()

    # ---------------------------------------------------------------------------------------- properties

    @property
    def plan(self) -> ExercisePlan:
        """The plan this session runs."""
        return self._plan

    @property
    def state(self) -> SessionState:
        """Current state."""
        return self._state

    @property
    def phase_index(self) -> int:
        """Index of the current phase."""
        return self._index

    @property
    def current_phase(self) -> PhasePlan:
        """The current phase's plan."""
        return self._plan.phases[self._index]

    @property
    def warnings_s(self) -> tuple[float, ...]:
        """Warning thresholds, largest first."""
        return self._warnings

    @property
    def transitions(self) -> tuple[Transition, ...]:
        """The history so far, oldest first."""
        return tuple(self._transitions)

    @property
    def away_prompt(self) -> AwayPrompt | None:
        """The open "you were away" question, if any (the session is held paused until it is answered)."""
        return self._away

    # ------------------------------------------------------------------------------------------- queries

    def remaining_seconds(self, now: float | None = None) -> float:
        """Seconds left in the current phase (negative in overtime), from the stored deadline.

        Args:
            now: A monotonic reading of this session's clock; read from the clock when omitted.
        """
        if self._state is SessionState.RUNNING:
            return self._deadline - self._mono(now)
        return self._budget(self._index) - self._ledger[self._index].used_s

    def overtime_seconds(self, now: float | None = None) -> float:
        """Seconds past the current phase's deadline (0.0 before it)."""
        return max(0.0, -self.remaining_seconds(now))

    def is_overtime(self, now: float | None = None) -> bool:
        """Whether the current phase is past its deadline."""
        return self.remaining_seconds(now) < 0

    def exercise_remaining_seconds(self, now: float | None = None) -> float:
        """Seconds left in the whole exercise if every remaining phase used its budget.

        With carry-over on this is the one shared pool (negative once the exercise as a whole overran); with it
        off, it is the current phase's remaining plus the later phases' remaining.
        """
        mono = self._mono(now)
        first = 0 if self._plan.carry_over else self._index
        return sum(self._budget(j) - self._used(j, mono) for j in range(first, len(self._ledger)))

    def phase_times(self, now: float | None = None) -> list[PhaseTimes]:
        """Planned, allotted, budget, used and remaining seconds of every phase (for the phase strip)."""
        mono = self._mono(now)
        rows = []
        for j, phase in enumerate(self._plan.phases):
            budget, used = self._budget(j), self._used(j, mono)
            rows.append(
                PhaseTimes(
                    j, phase.id, phase.title, float(phase.seconds), self._allotted(j), budget, used, budget - used
                )
            )
        return rows

    def next_boundary(self) -> float | None:
        """Monotonic moment of the next armed event of the running phase, or None (nothing to arm)."""
        if self._state is not SessionState.RUNNING:
            return None
        done = self._ledger[self._index].done
        pending = [self._deadline - t for t in self._thresholds if t not in done]
        return min(pending) if pending else None

    def next_display_change(self, now: float | None = None) -> float | None:
        """Monotonic moment the displayed whole second next changes (None unless running)."""
        if self._state is not SessionState.RUNNING:
            return None
        mono = self._mono(now)
        return mono + seconds_to_next_display_change(self._deadline - mono)

    def due_events(self, now: float | None = None) -> list[Event]:
        """Return, once each and in time order, the events of the running phase that are due at ``now``.

        Never returns an event before its moment. Runs :meth:`check_clock_jump` first: after an absence the
        session is held and nothing is returned until the user answers.

        Args:
            now: A monotonic reading of this session's clock; read from the clock when omitted.
        """
        if self._state is not SessionState.RUNNING or self.check_clock_jump() is not None:
            return []
        mono = self._mono(now)
        ledger = self._ledger[self._index]
        events: list[Event] = []
        for threshold in self._thresholds:
            due = self._deadline - threshold
            if threshold in ledger.done or mono < due:
                continue
            ledger.done.add(threshold)
            kind = EventKind.WARNING if threshold > 0 else EventKind.PHASE_DEADLINE_REACHED
            events.append(Event(kind, self._index, due, threshold))
            self._record(TransitionKind(kind.value), seconds=threshold, mono=mono)
        return events

    def started_wall(self) -> float | None:
        """Wall moment the session was started, if it was."""
        return next((t.wall for t in self._transitions if t.kind is TransitionKind.START), None)

    def finished_wall(self) -> float | None:
        """Wall moment the session finished, if it did."""
        ends = (TransitionKind.FINISH, TransitionKind.AWAY_END)
        return next((t.wall for t in reversed(self._transitions) if t.kind in ends), None)

    # --------------------------------------------------------------------------------------- transitions

    def start(self) -> None:
        """Start the first phase.

        Raises:
            InvalidTransitionError: Unless the session is idle.
        """
        self._require("start", SessionState.IDLE)
        now = self._clock.monotonic()
        self._state = SessionState.RUNNING
        self._enter(0, now)
        self._record(TransitionKind.START, mono=now)

    def pause(self) -> None:
        """Pause the running phase; its remaining time is frozen.

        Raises:
            InvalidTransitionError: Unless the session is running.
        """
        self._require("pause", SessionState.RUNNING)
        now = self._clock.monotonic()
        self._close(now)
        self._state = SessionState.PAUSED
        self._record(TransitionKind.PAUSE, mono=now)

    def resume(self) -> None:
        """Resume a paused session with the remaining time it had.

        Raises:
            InvalidTransitionError: Unless the session is paused (and no away question is open).
        """
        self._require("resume", SessionState.PAUSED)
        now = self._clock.monotonic()
        self._run_from(now)
        self._record(TransitionKind.RESUME, mono=now)

    def next_phase(self) -> None:
        """Move to the next phase, handing time on if carry-over is on.

        Raises:
            InvalidTransitionError: Unless running or paused, or if this is the last phase (use :meth:`finish`).
        """
        self._require("go to the next phase", SessionState.RUNNING, SessionState.PAUSED)
        if self._index + 1 >= len(self._ledger):
            raise InvalidTransitionError("cannot go to the next phase: this is the last phase (finish instead)")
        now = self._clock.monotonic()
        self._close(now)
        carried = self._settle(self._index) if self._plan.carry_over else None
        self._enter(self._index + 1, now)
        self._record(TransitionKind.NEXT_PHASE, seconds=carried, mono=now)

    def previous_phase(self, *, reclaim: bool = False) -> None:
        """Go back to the previous phase with the time it has left (nothing is handed on).

        Args:
            reclaim: With carry-over on, the phase first takes back the unused time it handed on, from what the
                later phases still have left (in proportion to it). A phase that was skipped then re-opens with
                its time instead of at once in overtime, and the exercise still ends when it would have.

        Raises:
            InvalidTransitionError: Unless running or paused, or if this is the first phase.
        """
        self._require("go to the previous phase", SessionState.RUNNING, SessionState.PAUSED)
        if self._index == 0:
            raise InvalidTransitionError("cannot go to the previous phase: this is the first phase")
        now = self._clock.monotonic()
        self._close(now)
        taken = self._reclaim(self._index - 1, now) if reclaim and self._plan.carry_over else None
        self._enter(self._index - 1, now)
        self._record(TransitionKind.PREVIOUS_PHASE, seconds=taken, mono=now)

    def extend(self, seconds: float) -> None:
        """Give the current phase ``seconds`` more; re-arms events whose moment is ahead again.

        Raises:
            ValueError: If ``seconds`` is not a positive number.
            InvalidTransitionError: If the session is finished (or an away question is open).
        """
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"extend: seconds must be a positive number, got {seconds}")
        self._require("extend", SessionState.IDLE, SessionState.RUNNING, SessionState.PAUSED)
        now = self._clock.monotonic()
        ledger = self._ledger[self._index]
        ledger.extra_s += seconds
        if self._state is SessionState.RUNNING:
            self._deadline += seconds
        remaining = self.remaining_seconds(now)
        ledger.done = {t for t in ledger.done if remaining <= t}
        self._record(TransitionKind.EXTEND, seconds=float(seconds), mono=now)

    def finish(self) -> None:
        """Finish now (early, on time or in overtime); the current phase keeps what it used.

        Raises:
            InvalidTransitionError: Unless running or paused.
        """
        self._require("finish", SessionState.RUNNING, SessionState.PAUSED)
        now = self._clock.monotonic()
        self._close(now)
        self._state = SessionState.FINISHED
        self._record(TransitionKind.FINISH, mono=now)

    # ---------------------------------------------------------------------------------- absence handling

    def check_clock_jump(self) -> AwayPrompt | None:
        """Detect an absence while running; call it on every repaint. Returns the open question, if any.

        If more than ``away_threshold_s`` of wall time passed since the last check (the machine slept — on Linux
        the monotonic clock stood still meanwhile — or the process was stopped), the session is held: paused at
        its state as of the last check, with an :class:`AwayPrompt` for the UI to ask about.
        """
        if self._away is not None or self._state is not SessionState.RUNNING:
            return self._away
        mono, wall = self._clock.monotonic(), self._clock.wall()
        away = wall - self._seen_wall
        if away > self._away_threshold:
            self._close(min(mono, self._seen_mono))  # hold at the last moment the session was seen running
            self._state = SessionState.PAUSED
            self._away = AwayPrompt(away, self._seen_wall, "live")
            self._record(TransitionKind.AWAY_DETECTED, seconds=away, mono=mono)
        else:
            self._seen_mono, self._seen_wall = mono, wall
        return self._away

    def continue_after_away(self) -> None:
        """Answer "continue": count the whole absence as running time and run on.

        Raises:
            InvalidTransitionError: If no away question is open.
        """
        prompt = self._take_away("continue")
        now, wall = self._clock.monotonic(), self._clock.wall()
        counted = max(0.0, wall - prompt.hold_wall)
        self._ledger[self._index].used_s += counted
        self._run_from(now)
        self._record(TransitionKind.AWAY_CONTINUE, seconds=counted, mono=now)

    def skip_away(self) -> None:
        """Answer "continue where I stopped": run on from the hold moment; the absence is not counted.

        Raises:
            InvalidTransitionError: If no away question is open.
        """
        prompt = self._take_away("continue where it stopped")
        now = self._clock.monotonic()
        self._run_from(now)
        self._record(TransitionKind.AWAY_SKIP, seconds=prompt.away_seconds, mono=now)

    def pause_after_away(self) -> None:
        """Answer "pause": stay paused with the remaining time as of the hold moment.

        Raises:
            InvalidTransitionError: If no away question is open.
        """
        prompt = self._take_away("pause")
        self._record(TransitionKind.AWAY_PAUSE, seconds=prompt.away_seconds)

    def end_after_away(self) -> None:
        """Answer "end": finish as of the hold moment.

        Raises:
            InvalidTransitionError: If no away question is open.
        """
        prompt = self._take_away("end")
        self._state = SessionState.FINISHED
        self._record(TransitionKind.AWAY_END, seconds=prompt.away_seconds)

    # ------------------------------------------------------------------------------------ save / restore

    def to_state(self) -> dict[str, Any]:
        """Return a JSON-able snapshot for autosave (see :meth:`restore`).

        Shape::

            {"version": 1, "plan": {"exercise_id", "carry_over", "phases": [{"id", "title", "seconds"}]},
             "warnings_s": [300.0, 60.0], "away_threshold_s": 60.0,
             "state": "running", "phase_index": 2, "saved_mono": float, "saved_wall": float,
             "phases": [{"extra_s", "carry_in_s", "carry_out_s", "used_s", "done_s": [thresholds]}],
             "transitions": [{"kind", "phase_index", "mono", "wall", "seconds"}],
             "away": null | {"away_seconds", "hold_wall", "source"}}

        ``used_s`` is as of ``saved_*`` (it includes the running phase's time up to the snapshot).
        """
        mono, wall = self._clock.monotonic(), self._clock.wall()
        phases = [
            {
                "extra_s": led.extra_s,
                "carry_in_s": led.carry_in_s,
                "carry_out_s": led.carry_out_s,
                "used_s": self._used(j, mono),
                "done_s": sorted(led.done, reverse=True),
            }
            for j, led in enumerate(self._ledger)
        ]
        transitions = [
            {"kind": t.kind.value, "phase_index": t.phase_index, "mono": t.mono, "wall": t.wall, "seconds": t.seconds}
            for t in self._transitions
        ]
        away = None
        if self._away is not None:
            away = {
                "away_seconds": self._away.away_seconds,
                "hold_wall": self._away.hold_wall,
                "source": self._away.source,
            }
        return {
            "version": STATE_VERSION,
            "plan": self._plan.to_dict(),
            "warnings_s": list(self._warnings),
            "away_threshold_s": self._away_threshold,
            "state": self._state.value,
            "phase_index": self._index,
            "saved_mono": mono,
            "saved_wall": wall,
            "phases": phases,
            "transitions": transitions,
            "away": away,
        }

    @classmethod
    def restore(
        cls,
        state: Mapping[str, Any],
        clock: Clock,
        *,
        autosave_interval_s: float = DEFAULT_AUTOSAVE_INTERVAL_S,
        hold_after_s: float | None = None,
    ) -> Session:
        """Rebuild a session from :meth:`to_state` output, possibly in another process or after a reboot.

        A running session counts the *wall* time since the snapshot (monotonic readings do not survive a
        restart). If that exceeds ``hold_after_s`` (default: ``autosave_interval_s`` plus the session's away
        threshold), the session is held paused at the snapshot with an :class:`AwayPrompt` (see
        :attr:`away_prompt`): :meth:`skip_away` runs on from there, :meth:`continue_after_away` counts the gap.
        A wall clock that went backwards counts as no time passed.

        Args:
            state: A snapshot from :meth:`to_state` (for example parsed back from JSON).
            clock: The clock of the new process.
            autosave_interval_s: The longest gap between snapshots of a running session in normal operation.
            hold_after_s: Hold (and ask) when a running session's snapshot is older than this; by default
                ``autosave_interval_s`` plus the away threshold. The studio passes ``autosave_interval_s``, so the
                time it was closed is never counted without asking.

        Raises:
            SessionStateError: If the snapshot is malformed; the message names the field.
        """
        try:
            return cls._restore(state, clock, autosave_interval_s, hold_after_s)
        except SessionStateError:
            raise
        except PlanError as exc:
            raise SessionStateError(f"session state: plan: {exc}") from exc
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise SessionStateError(f"session state: malformed field {exc!s}") from exc

    @classmethod
    def _restore(
        cls, state: Mapping[str, Any], clock: Clock, autosave_interval_s: float, hold_after_s: float | None
    ) -> Session:
        if state.get("version") != STATE_VERSION:
            raise SessionStateError(f"session state: version {state.get('version')!r} is not {STATE_VERSION}")
        plan = ExercisePlan.from_dict(state["plan"])
        session = cls(
            plan,
            clock,
            warnings_s=[float(w) for w in state["warnings_s"]],
            away_threshold_s=float(state["away_threshold_s"]),
        )
        phases = state["phases"]
        if len(phases) != len(plan.phases):
            raise SessionStateError(f"session state: phases: {len(phases)} entries for {len(plan.phases)} phases")
        for ledger, saved in zip(session._ledger, phases, strict=True):
            ledger.extra_s = float(saved["extra_s"])
            ledger.carry_in_s = float(saved["carry_in_s"])
            ledger.carry_out_s = float(saved["carry_out_s"])
            ledger.used_s = float(saved["used_s"])
            ledger.done = {float(t) for t in saved["done_s"]}
        index = int(state["phase_index"])
        if not 0 <= index < len(plan.phases):
            raise SessionStateError(f"session state: phase_index {index} is out of range")
        session._index = index
        session._state = SessionState(state["state"])
        session._transitions = [
            Transition(
                TransitionKind(t["kind"]),
                int(t["phase_index"]),
                float(t["mono"]),
                float(t["wall"]),
                None if t["seconds"] is None else float(t["seconds"]),
            )
            for t in state["transitions"]
        ]
        away = state["away"]
        if away is not None:
            if session._state is not SessionState.PAUSED:
                raise SessionStateError("session state: away: an open away question needs a paused session")
            session._away = AwayPrompt(float(away["away_seconds"]), float(away["hold_wall"]), str(away["source"]))

        now, wall = clock.monotonic(), clock.wall()
        saved_wall = float(state["saved_wall"])
        if session._state is SessionState.RUNNING:
            elapsed = wall - saved_wall
            session._record(TransitionKind.RESTORED, seconds=elapsed, mono=now)
            limit = autosave_interval_s + session._away_threshold if hold_after_s is None else hold_after_s
            if elapsed > limit:
                session._state = SessionState.PAUSED
                session._away = AwayPrompt(elapsed, saved_wall, "restore")
                session._record(TransitionKind.AWAY_DETECTED, seconds=elapsed, mono=now)
            else:
                session._ledger[index].used_s += max(0.0, elapsed)
                session._run_from(now)
        else:
            session._record(TransitionKind.RESTORED, seconds=wall - saved_wall, mono=now)
        session._seen_mono, session._seen_wall = now, wall
        return session

    # ------------------------------------------------------------------------------------------ internals

    def _mono(self, now: float | None) -> float:
        return self._clock.monotonic() if now is None else now

    def _allotted(self, j: int) -> float:
        led = self._ledger[j]
        return float(self._plan.phases[j].seconds) + led.extra_s + led.carry_in_s

    def _budget(self, j: int) -> float:
        return self._allotted(j) - self._ledger[j].carry_out_s

    def _used(self, j: int, mono: float) -> float:
        if j == self._index and self._state is SessionState.RUNNING:
            return self._budget(j) - (self._deadline - mono)
        return self._ledger[j].used_s

    def _close(self, mono: float) -> None:
        """Store the running phase's used time as of ``mono`` (no-op unless running)."""
        if self._state is SessionState.RUNNING:
            self._ledger[self._index].used_s = self._used(self._index, mono)

    def _run_from(self, mono: float) -> None:
        self._state = SessionState.RUNNING
        self._deadline = mono + self._budget(self._index) - self._ledger[self._index].used_s
        self._seen_mono, self._seen_wall = mono, self._clock.wall()

    def _enter(self, index: int, mono: float) -> None:
        """Make ``index`` current: arm only the events still ahead; set its deadline if running."""
        self._index = index
        ledger = self._ledger[index]
        remaining = self._budget(index) - ledger.used_s
        ledger.done = {t for t in self._thresholds if remaining <= t}
        if self._state is SessionState.RUNNING:
            self._run_from(mono)

    def _settle(self, i: int) -> float:
        """Hand phase ``i``'s leftover (or overrun) to the later phases; return the amount handed on."""
        leftover = self._budget(i) - self._ledger[i].used_s
        later = range(i + 1, len(self._ledger))
        if leftover == 0 or not later:
            return 0.0
        weights = [max(0.0, self._budget(j) - self._ledger[j].used_s) for j in later]
        total = sum(weights)
        if leftover > 0:
            amount = leftover
            if total == 0:
                weights, total = [1.0] * len(weights), float(len(weights))
        else:
            amount = -min(-leftover, total)
            if amount == 0:
                return 0.0
        shares = [amount * w / total for w in weights]
        # Put the float rounding remainder on the largest share so the ledger stays exactly zero-sum.
        biggest = max(range(len(shares)), key=lambda k: weights[k])
        shares[biggest] += amount - sum(shares)
        for j, share in zip(later, shares, strict=True):
            self._ledger[j].carry_in_s += share
        self._ledger[i].carry_out_s += amount
        return amount

    def _reclaim(self, i: int, mono: float) -> float:
        """Give phase ``i`` back the unused time it handed on, from the later phases' remaining; return the amount."""
        handed = self._ledger[i].carry_out_s
        later = range(i + 1, len(self._ledger))
        if handed <= 0 or not later:
            return 0.0
        left = [max(0.0, self._budget(j) - self._used(j, mono)) for j in later]
        total = sum(left)
        amount = min(handed, total)
        if amount <= 0:
            return 0.0
        shares = [amount * w / total for w in left]
        biggest = max(range(len(shares)), key=lambda k: left[k])
        shares[biggest] += amount - sum(shares)  # keep the ledger exactly zero-sum
        for j, share in zip(later, shares, strict=True):
            self._ledger[j].carry_in_s -= share
        self._ledger[i].carry_out_s -= amount
        return amount

    def _require(self, action: str, *allowed: SessionState) -> None:
        if self._away is not None:
            raise InvalidTransitionError(
                f"cannot {action}: the session is waiting for an answer to the away question (continue, pause or end)"
            )
        if self._state not in allowed:
            names = " or ".join(s.value for s in allowed)
            raise InvalidTransitionError(f"cannot {action}: the session is {self._state.value}, not {names}")

    def _take_away(self, choice: str) -> AwayPrompt:
        if self._away is None:
            raise InvalidTransitionError(f"cannot {choice} after an absence: no away question is open")
        prompt, self._away = self._away, None
        return prompt

    def _record(self, kind: TransitionKind, *, seconds: float | None = None, mono: float | None = None) -> None:
        self._transitions.append(Transition(kind, self._index, self._mono(mono), self._clock.wall(), seconds))
