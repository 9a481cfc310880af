"""The running attempt: one session, its timers and its autosave — driven by the page, testable without a window.

Timing (STYLE 7): remaining time is always computed by the session from its stored deadline. Two single-shot
precise timers only *wake* the GUI: the boundary timer is armed for ``session.next_boundary()`` and hands the events
that are due to the page (an early wake-up finds nothing due and re-arms); the display timer is armed for
``session.next_display_change()`` and only repaints. A 1 s heartbeat autosaves the snapshot while running (the
session's restore treats more than 2 s of silence as an absence), every transition saves at once, and notes are
saved at most 1 s after the first unsaved keystroke (so a crash loses at most ~1 s of typing).
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from studio.core.clock import Clock
from studio.core.exercise import (
    AwayPrompt,
    Event,
    ExercisePlan,
    Session,
    SessionState,
    phase_report,
)
from studio.ui.debounce import Debouncer

log = logging.getLogger(__name__)

HEARTBEAT_MS = 1000
AUTOSAVE_INTERVAL_S = 2.0  # the heartbeat saves every second: a longer silence means the studio was not running
NOTE_SAVE_MS = 1000


def _ms_until(moment: float, now: float) -> int:
    """Whole milliseconds to wait so that a timer never wakes before ``moment`` (rounded up)."""
    return max(0, math.ceil((moment - now) * 1000.0))


class AttemptRunner(QObject):
    """Owns the session of the attempt in progress, its timers and its autosave.

    Args:
        repo: An ``ExerciseRepository``.
        clock: Where the session reads time.

    Signals:
        repaint_needed(): the displayed time or the state changed; read the session and redraw.
        events_fired(object): a list of :class:`~studio.core.exercise.Event` that just became due.
        phase_changed(int): the current phase index changed (start, next, previous, resume from store).
        state_changed(str): the session state after a transition (running, paused, finished).
        away_detected(object): an :class:`~studio.core.exercise.AwayPrompt` to ask about.
        attempt_finished(int): the attempt id; its phase records are stored.
    """

    repaint_needed = Signal()
    events_fired = Signal(object)
    phase_changed = Signal(int)
    state_changed = Signal(str)
    away_detected = Signal(object)
    attempt_finished = Signal(int)

    def __init__(self, repo: Any, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.clock = clock
        self.session: Session | None = None
        self.attempt_id: int | None = None
        #: (phase_index, seconds_left, lateness_s) of every event handed out: for tests and the bench.
        self.lateness: list[tuple[int, float, float]] = []
        self._pending_notes: dict[str, str] = {}

        self._boundary = QTimer(self)
        self._boundary.setSingleShot(True)
        self._boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self._boundary.timeout.connect(self._on_boundary)
        self._display = QTimer(self)
        self._display.setSingleShot(True)
        self._display.setTimerType(Qt.TimerType.PreciseTimer)
        self._display.timeout.connect(self._on_display)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._note_saver = Debouncer(self._write_notes, NOTE_SAVE_MS, self)

    # ----- beginning -------------------------------------------------------------------------------------------
    def begin(self, plan: ExercisePlan, lang: str, title: str, interview_id: int | None = None) -> int:
        """Create and start a new attempt; returns its id."""
        self.stop_timers()
        session = Session(plan, self.clock)
        session.start()
        row = self.repo.create(plan.exercise_id, lang, title, session.to_state(), interview_id)
        assert row.id is not None
        self.session, self.attempt_id = session, row.id
        self.lateness.clear()
        self._after_transition(save=False)
        self.phase_changed.emit(session.phase_index)
        return row.id

    def adopt(self, attempt_id: int, session: Session) -> None:
        """Take over a restored session (resume after a restart); saves it at once.

        An open away question of the session (``session.away_prompt``) is left for the caller to ask once the
        attempt is on show.
        """
        self.stop_timers()
        self.session, self.attempt_id = session, attempt_id
        self._after_transition()
        self.phase_changed.emit(session.phase_index)

    def restore(self, state_json: str) -> Session:
        """The session of a stored snapshot, brought back in this process.

        A gap longer than the autosave interval means the studio was closed (or killed) meanwhile: the session
        comes back held, with an away question, so that time is never counted without asking.

        Raises:
            SessionStateError: If the snapshot cannot be read back (the message names the field).
            ValueError: If it is not JSON.
        """
        return Session.restore(
            json.loads(state_json),
            self.clock,
            autosave_interval_s=AUTOSAVE_INTERVAL_S,
            hold_after_s=AUTOSAVE_INTERVAL_S,
        )

    @property
    def active(self) -> bool:
        """Whether an attempt is running or paused."""
        return self.session is not None and self.session.state in (SessionState.RUNNING, SessionState.PAUSED)

    # ----- transitions -----------------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        """Pause a running attempt or resume a paused one."""
        if self.session is None or self.session.away_prompt is not None:
            return
        if self.session.state is SessionState.RUNNING:
            self.session.pause()
        elif self.session.state is SessionState.PAUSED:
            self.session.resume()
        else:
            return
        self._after_transition()

    def next_phase(self) -> bool:
        """Go to the next phase; False on the last phase (the caller finishes instead)."""
        if not self.active or self.session is None or self.session.away_prompt is not None:
            return False
        if self.session.phase_index + 1 >= len(self.session.plan.phases):
            return False
        self.flush_notes()
        self.session.next_phase()
        self._after_transition()
        self.phase_changed.emit(self.session.phase_index)
        return True

    def previous_phase(self) -> bool:
        """Go back one phase; False on the first one."""
        if not self.active or self.session is None or self.session.away_prompt is not None:
            return False
        if self.session.phase_index == 0:
            return False
        self.flush_notes()
        self.session.previous_phase(reclaim=True)  # a skipped phase re-opens with its time, not in overtime
        self._after_transition()
        self.phase_changed.emit(self.session.phase_index)
        return True

    def extend(self, seconds: float = 60.0) -> None:
        """Give the current phase more time."""
        if self.active and self.session is not None and self.session.away_prompt is None:
            self.session.extend(seconds)
            self._after_transition()

    def finish(self) -> int | None:
        """Finish the attempt now; stores the phase records. Returns the attempt id."""
        if self.session is None or self.attempt_id is None:
            return None
        if self.session.state in (SessionState.RUNNING, SessionState.PAUSED) and self.session.away_prompt is None:
            self.session.finish()
        if self.session.state is not SessionState.FINISHED:
            return None
        return self._store_finished()

    def answer_away(self, choice: str) -> None:
        """Apply the answer to the away question: "continue" (count it), "skip" (not counted), "pause" or "end"."""
        if self.session is None or self.session.away_prompt is None:
            return
        if choice == "continue":
            self.session.continue_after_away()
        elif choice == "skip":
            self.session.skip_away()
        elif choice == "end":
            self.session.end_after_away()
            self._store_finished()
            return
        else:
            self.session.pause_after_away()
        self._after_transition()

    def _store_finished(self) -> int:
        assert self.session is not None and self.attempt_id is not None
        self.flush_notes()
        self.stop_timers()
        self.repo.finish(self.attempt_id, self.session.to_state(), phase_report(self.session))
        self.state_changed.emit(self.session.state.value)
        self.repaint_needed.emit()
        self.attempt_finished.emit(self.attempt_id)
        return self.attempt_id

    # ----- notes -----------------------------------------------------------------------------------------------
    def note_changed(self, phase_id: str, text: str) -> None:
        """Remember a phase's notes; they are written within ``NOTE_SAVE_MS`` of the first unsaved change.

        The wait is not restarted by later keystrokes (the debouncer is poked only when idle): with a restarting
        wait, steady typing would never save.
        """
        if self.attempt_id is None:
            return
        self._pending_notes[phase_id] = text
        if not self._note_saver.pending:
            self._note_saver.poke()

    def flush_notes(self) -> None:
        """Write the notes typed since the last save."""
        self._note_saver.cancel()
        self._write_notes()

    def _write_notes(self) -> None:
        if self.attempt_id is None or not self._pending_notes:
            return
        pending, self._pending_notes = self._pending_notes, {}
        for phase_id, text in pending.items():
            self.repo.save_note(self.attempt_id, phase_id, text)

    # ----- timers ----------------------------------------------------------------------------------------------
    def _after_transition(self, *, save: bool = True) -> None:
        assert self.session is not None
        if save and self.attempt_id is not None:
            self.save_now()
        self._arm()
        self.state_changed.emit(self.session.state.value)
        self.repaint_needed.emit()

    def save_now(self) -> None:
        """Autosave the session snapshot."""
        if self.session is not None and self.attempt_id is not None:
            self.repo.save_state(self.attempt_id, self.session.to_state())

    def _arm(self) -> None:
        session = self.session
        if session is None or session.state is not SessionState.RUNNING:
            self._boundary.stop()
            self._display.stop()
            self._heartbeat.stop()
            return
        now = self.clock.monotonic()
        boundary = session.next_boundary()
        if boundary is None:
            self._boundary.stop()
        else:
            self._boundary.start(_ms_until(boundary, now))
        change = session.next_display_change(now)
        if change is not None:
            self._display.start(_ms_until(change, now))
        if not self._heartbeat.isActive():
            self._heartbeat.start()

    def _on_boundary(self) -> None:
        session = self.session
        if session is None:
            return
        events: list[Event] = session.due_events()
        if session.away_prompt is not None:
            self._on_away(session.away_prompt)
            return
        if events:
            now = self.clock.monotonic()
            for event in events:
                self.lateness.append((event.phase_index, event.seconds_left, now - event.due_mono))
            self.save_now()
            self.events_fired.emit(events)
        if session.state is SessionState.RUNNING:
            boundary = session.next_boundary()
            if boundary is not None:
                self._boundary.start(_ms_until(boundary, self.clock.monotonic()))
        self.repaint_needed.emit()

    def _on_display(self) -> None:
        session = self.session
        if session is None:
            return
        prompt = session.check_clock_jump()
        if prompt is not None:
            self._on_away(prompt)
            return
        self.repaint_needed.emit()
        change = session.next_display_change()
        if change is not None:
            self._display.start(_ms_until(change, self.clock.monotonic()))

    def _on_heartbeat(self) -> None:
        session = self.session
        if session is None or session.state is not SessionState.RUNNING:
            self._heartbeat.stop()
            return
        prompt = session.check_clock_jump()
        self.save_now()
        if prompt is not None:
            self._on_away(prompt)

    def _on_away(self, prompt: AwayPrompt) -> None:
        self.save_now()
        self._arm()
        self.state_changed.emit(self.session.state.value if self.session else "")
        self.repaint_needed.emit()
        self.away_detected.emit(prompt)

    def stop_timers(self) -> None:
        """Stop every timer (before closing, or when the attempt ends)."""
        for timer in (self._boundary, self._display, self._heartbeat):
            timer.stop()

    def shutdown(self) -> None:
        """Save what is unsaved and stop; a running attempt stays running in the store (resumed next time)."""
        self.flush_notes()
        self.save_now()
        self.stop_timers()
