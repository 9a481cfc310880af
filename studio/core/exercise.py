"""Timed exercise session: plan, state machine, boundary events, autosave snapshots, debrief helpers.

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
  the earlier phase re-opens with what it has left (zero if it already handed its rest on) and its new overrun is
  taken from the later phases when the user moves forward again. With carry-over off each phase keeps its own
  budget; unused time is simply not used.
* **Restore** (:meth:`Session.restore`): monotonic readings are meaningless in another process, so a running
  session's elapsed time since the snapshot is taken from the *wall* clock. If more than
  ``autosave_interval_s + away_threshold_s`` passed, the session comes back held (paused at the snapshot) with an
  :class:`AwayPrompt`; :meth:`Session.continue_after_away` counts the whole absence,
  :meth:`Session.pause_after_away` stays paused at the snapshot's remaining time, :meth:`Session.end_after_away`
  finishes at the snapshot. :meth:`Session.check_clock_jump` does the same live (the machine slept while running).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from studio.core.clock import Clock

STATE_VERSION = 1
DEFAULT_WARNINGS_S: tuple[float, ...] = (300.0, 60.0)
DEFAULT_AUTOSAVE_INTERVAL_S = 2.0
DEFAULT_AWAY_THRESHOLD_S = 60.0

# The default plan for a 30-minute case (issue 6): ids are stored, titles are English defaults the UI may replace.
DEFAULT_CASE_PHASES: tuple[tuple[str, str, int], ...] = (
    ("understand", "Understand the problem", 5),
    ("options", "Generate options", 8),
    ("evaluate", "Evaluate the options", 6),
    ("choose", "Choose a solution", 3),
    ("implementation", "Implementation plan", 8),
)


class PlanError(ValueError):
    """An exercise plan is not acceptable; ``field`` names the bad part."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class SessionError(Exception):
    """Base class of errors raised by a :class:`Session`."""


class InvalidTransitionError(SessionError):
    """The requested action is not possible in the session's current state."""


class SessionStateError(ValueError):
    """A saved session state cannot be restored; the message names the field."""


class DebriefError(ValueError):
    """A debrief entry is not acceptable; ``criterion`` names the criterion (empty for other fields)."""

    def __init__(self, criterion: str, message: str) -> None:
        super().__init__(f"criterion {criterion!r}: {message}" if criterion else message)
        self.criterion = criterion


# --------------------------------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class PhasePlan:
    """One phase of an exercise: a stable id, a title and a time budget in seconds."""

    id: str
    title: str
    seconds: float

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise PlanError("phase.id", "a phase id is empty")
        if not (isinstance(self.seconds, int | float) and math.isfinite(self.seconds) and self.seconds > 0):
            raise PlanError(f"phase {self.id!r}.seconds", f"must be a positive number, got {self.seconds!r}")


@dataclass(frozen=True)
class ExercisePlan:
    """The phases of one attempt at an exercise and whether time carries over between them.

    Args:
        exercise_id: Stable id of the exercise (shared by its language versions).
        phases: The phases in order; at least one, ids unique.
        carry_over: Hand unused or overrun time of a finished phase to the later phases (see module docs).
    """

    exercise_id: str
    phases: tuple[PhasePlan, ...]
    carry_over: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "phases", tuple(self.phases))
        if not self.exercise_id.strip():
            raise PlanError("exercise_id", "is empty")
        if not self.phases:
            raise PlanError("phases", f"exercise {self.exercise_id!r} has no phases")
        seen: set[str] = set()
        for phase in self.phases:
            if phase.id in seen:
                raise PlanError("phases", f"phase id {phase.id!r} appears twice in {self.exercise_id!r}")
            seen.add(phase.id)

    @property
    def total_seconds(self) -> float:
        """Sum of the planned phase budgets."""
        return float(sum(phase.seconds for phase in self.phases))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (inverse of :meth:`from_dict`)."""
        return {
            "exercise_id": self.exercise_id,
            "carry_over": self.carry_over,
            "phases": [{"id": p.id, "title": p.title, "seconds": float(p.seconds)} for p in self.phases],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExercisePlan:
        """Build a plan from :meth:`to_dict` output.

        Raises:
            PlanError: If a field is missing or wrong.
        """
        try:
            phases = tuple(PhasePlan(str(p["id"]), str(p["title"]), float(p["seconds"])) for p in data["phases"])
            return cls(str(data["exercise_id"]), phases, bool(data["carry_over"]))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, PlanError):
                raise
            raise PlanError("plan", f"malformed plan data ({exc!r})") from exc


def default_case_plan(exercise_id: str = "case_support_load", *, carry_over: bool = True) -> ExercisePlan:
    """Return the default 30-minute case plan: 5 / 8 / 6 / 3 / 8 minutes."""
    phases = tuple(PhasePlan(pid, title, minutes * 60.0) for pid, title, minutes in DEFAULT_CASE_PHASES)
    return ExercisePlan(exercise_id, phases, carry_over)


# ------------------------------------------------------------------------------------------ session types


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


# ------------------------------------------------------------------------------------------------ session


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

    def previous_phase(self) -> None:
        """Go back to the previous phase with the time it has left (nothing is handed on).

        Raises:
            InvalidTransitionError: Unless running or paused, or if this is the first phase.
        """
        self._require("go to the previous phase", SessionState.RUNNING, SessionState.PAUSED)
        if self._index == 0:
            raise InvalidTransitionError("cannot go to the previous phase: this is the first phase")
        now = self._clock.monotonic()
        self._close(now)
        self._enter(self._index - 1, now)
        self._record(TransitionKind.PREVIOUS_PHASE, mono=now)

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
    ) -> Session:
        """Rebuild a session from :meth:`to_state` output, possibly in another process or after a reboot.

        A running session counts the *wall* time since the snapshot (monotonic readings do not survive a
        restart). If that exceeds ``autosave_interval_s`` plus the session's away threshold, the session is held
        paused at the snapshot with an :class:`AwayPrompt` (see :attr:`away_prompt`). A wall clock that went
        backwards counts as no time passed.

        Args:
            state: A snapshot from :meth:`to_state` (for example parsed back from JSON).
            clock: The clock of the new process.
            autosave_interval_s: The longest gap between snapshots of a running session in normal operation.

        Raises:
            SessionStateError: If the snapshot is malformed; the message names the field.
        """
        try:
            return cls._restore(state, clock, autosave_interval_s)
        except SessionStateError:
            raise
        except PlanError as exc:
            raise SessionStateError(f"session state: plan: {exc}") from exc
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise SessionStateError(f"session state: malformed field {exc!s}") from exc

    @classmethod
    def _restore(cls, state: Mapping[str, Any], clock: Clock, autosave_interval_s: float) -> Session:
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
            if elapsed > autosave_interval_s + session._away_threshold:
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


# ------------------------------------------------------------------------------------------------ display


def display_seconds(remaining: float) -> int:
    """Whole seconds to show for ``remaining`` (ceil, on microseconds to ignore float noise).

    The shown value changes exactly at whole seconds before the deadline, drops by one each second, reads 0 from
    the deadline itself (never while time is left, so "00:00" and the deadline chime coincide) and goes negative
    one second into overtime. It is never more than one second above the true remaining time.
    """
    micros = round(remaining * 1_000_000)
    return -((-micros) // 1_000_000)


def seconds_to_next_display_change(remaining: float) -> float:
    """Seconds until :func:`display_seconds` of a running countdown next changes (in ``(0, 1]``)."""
    return max(remaining - (display_seconds(remaining) - 1), 1e-6)


def format_clock(seconds: float) -> str:
    """Format a countdown value as ``MM:SS``, or ``-MM:SS`` in overtime (minutes may exceed 99)."""
    shown = display_seconds(seconds)
    sign = "-" if shown < 0 else ""
    minutes, secs = divmod(abs(shown), 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """Format a duration (rounded to the nearest second, halves up) as ``MM:SS``."""
    whole = math.floor(max(0.0, seconds) + 0.5)
    minutes, secs = divmod(whole, 60)
    return f"{minutes:02d}:{secs:02d}"


# ------------------------------------------------------------------------------------------------ debrief


class PhaseRow(NamedTuple):
    """Planned vs used time of one phase (``overtime_s``: used beyond what the phase was allotted)."""

    phase_id: str
    title: str
    planned_s: float
    used_s: float
    overtime_s: float


def phase_report(session: Session) -> list[PhaseRow]:
    """Planned, used and overtime seconds per phase.

    ``overtime_s`` is the time used beyond the phase's allotment (plan + extensions + time carried in), which is
    what the countdown showed as overtime; what the phase later handed on does not hide it.
    """
    return [
        PhaseRow(t.phase_id, t.title, t.planned_s, t.used_s, max(0.0, t.used_s - t.allotted_s))
        for t in session.phase_times()
    ]


@dataclass(frozen=True)
class CriterionScore:
    """A self-score of one success criterion: 1 (poor) to 5 (excellent), with a note."""

    criterion_id: str
    score: int
    note: str = ""
    title: str = ""


@dataclass(frozen=True)
class AssessorAnswer:
    """A written answer to one of the assessors' typical questions."""

    question: str
    answer: str
    question_id: str = ""


@dataclass(frozen=True)
class Debrief:
    """The self-assessment after an attempt.

    Raises:
        DebriefError: If a score is not a whole number 1-5 or a criterion is empty or repeated (names it).
    """

    scores: tuple[CriterionScore, ...] = ()
    answers: tuple[AssessorAnswer, ...] = ()
    summary: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", tuple(self.scores))
        object.__setattr__(self, "answers", tuple(self.answers))
        seen: set[str] = set()
        for item in self.scores:
            name = item.criterion_id
            if not name.strip():
                raise DebriefError("", "a criterion id is empty")
            if name in seen:
                raise DebriefError(name, "is scored twice")
            seen.add(name)
            if isinstance(item.score, bool) or not isinstance(item.score, int) or not 1 <= item.score <= 5:
                raise DebriefError(name, f"score {item.score!r} is outside 1-5 (a whole number is needed)")

    def average_score(self) -> float | None:
        """Mean of the scores, or None without scores."""
        return sum(s.score for s in self.scores) / len(self.scores) if self.scores else None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (inverse of :meth:`from_dict`)."""
        return {
            "scores": [
                {"criterion_id": s.criterion_id, "score": s.score, "note": s.note, "title": s.title}
                for s in self.scores
            ],
            "answers": [
                {"question": a.question, "answer": a.answer, "question_id": a.question_id} for a in self.answers
            ],
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Debrief:
        """Build a debrief from :meth:`to_dict` output (validated like any other)."""
        return cls(
            tuple(CriterionScore(**s) for s in data.get("scores", ())),
            tuple(AssessorAnswer(**a) for a in data.get("answers", ())),
            str(data.get("summary", "")),
        )


@dataclass(frozen=True)
class MarkdownLabels:
    """Words used by :func:`attempt_to_markdown`; the UI passes translated ones."""

    exercise: str = "Exercise"
    started: str = "Started"
    finished: str = "Finished"
    not_finished: str = "not finished"
    total: str = "Time used"
    of_planned: str = "of {planned} planned"
    carry_over: str = "Carry-over"
    on: str = "on"
    off: str = "off"
    times: str = "Time per phase"
    phase: str = "Phase"
    planned: str = "Planned"
    used: str = "Used"
    overtime: str = "Overtime"
    notes: str = "Notes"
    no_notes: str = "(no notes)"
    self_assessment: str = "Self-assessment"
    criterion: str = "Criterion"
    score: str = "Score"
    note: str = "Note"
    average: str = "Average"
    questions: str = "Assessors' questions"
    summary: str = "Summary"


def _cell(text: str) -> str:
    """Make ``text`` safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def _utc(wall: float | None, labels: MarkdownLabels) -> str:
    if wall is None:
        return labels.not_finished
    return datetime.fromtimestamp(wall, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def attempt_to_markdown(
    plan: ExercisePlan,
    session: Session,
    notes_by_phase: Mapping[str, str],
    debrief: Debrief | None = None,
    *,
    title: str | None = None,
    labels: MarkdownLabels | None = None,
) -> str:
    """Export one attempt (times, notes per phase, self-assessment) as Markdown.

    Args:
        plan: The plan of the attempt (its titles are used); its phase ids must match the session's.
        session: The attempt (usually finished).
        notes_by_phase: Notes text by phase id.
        debrief: The self-assessment, if any.
        title: Heading; defaults to the exercise id.
        labels: Translated words; English by default.

    Raises:
        ValueError: If the plan's phase ids differ from the session's.
    """
    words = labels or MarkdownLabels()
    plan_ids = [p.id for p in plan.phases]
    session_ids = [p.id for p in session.plan.phases]
    if plan_ids != session_ids:
        raise ValueError(f"attempt_to_markdown: plan phases {plan_ids} do not match the session's {session_ids}")
    rows = phase_report(session)
    used_total = sum(r.used_s for r in rows)
    planned_total = plan.total_seconds
    lines = [
        f"# {title or plan.exercise_id}",
        "",
        f"- {words.exercise}: `{plan.exercise_id}`",
        f"- {words.started}: {_utc(session.started_wall(), words)}",
        f"- {words.finished}: {_utc(session.finished_wall(), words)}",
        f"- {words.total}: {format_duration(used_total)} "
        + words.of_planned.format(planned=format_duration(planned_total)),
        f"- {words.carry_over}: {words.on if session.plan.carry_over else words.off}",
        "",
        f"## {words.times}",
        "",
        f"| {words.phase} | {words.planned} | {words.used} | {words.overtime} |",
        "|---|---:|---:|---:|",
    ]
    for phase, row in zip(plan.phases, rows, strict=True):
        lines.append(
            f"| {_cell(phase.title)} | {format_duration(row.planned_s)} | {format_duration(row.used_s)} "
            f"| {format_duration(row.overtime_s)} |"
        )
    lines += ["", f"## {words.notes}", ""]
    for phase in plan.phases:
        text = notes_by_phase.get(phase.id, "").strip()
        lines += [f"### {phase.title}", "", text or f"_{words.no_notes}_", ""]
    if debrief is not None:
        if debrief.scores:
            lines += [f"## {words.self_assessment}", "", f"| {words.criterion} | {words.score} | {words.note} |"]
            lines.append("|---|---:|---|")
            for item in debrief.scores:
                name = item.title or item.criterion_id
                lines.append(f"| {_cell(name)} | {item.score} / 5 | {_cell(item.note)} |")
            average = debrief.average_score()
            lines += ["", f"{words.average}: {average:.1f} / 5", ""]
        if debrief.answers:
            lines += [f"## {words.questions}", ""]
            for answer in debrief.answers:
                lines += [f"### {answer.question}", "", answer.answer.strip() or f"_{words.no_notes}_", ""]
        if debrief.summary.strip():
            lines += [f"## {words.summary}", "", debrief.summary.strip(), ""]
    return "\n".join(lines).rstrip("\n") + "\n"
