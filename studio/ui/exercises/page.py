"""The Exercises tab: pick an exercise and plan it, run it phase by phase against a big countdown, then debrief.

Three views in a stack — :class:`~studio.ui.exercises.choose_view.ChooseView` (start view),
:class:`~studio.ui.exercises.run_view.RunView` and :class:`~studio.ui.exercises.debrief_view.DebriefView`. The
running attempt lives in :class:`~studio.ui.exercises.runner.AttemptRunner`, its recording in
:class:`~studio.ui.exercises.recording.AnswerRecording`; this page composes them and carries the user's commands.
Other tabs reach it through the navigator: :meth:`ExercisesPage.show_exercise` and :meth:`ExercisesPage.open_attempt`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from studio.core.exercise import (
    AwayPrompt,
    Event,
    ExercisePlan,
    Session,
    SessionState,
    SessionStateError,
    format_duration,
)
from studio.ui.context import StudioContext
from studio.ui.exercises.alerts import Alerts
from studio.ui.exercises.choose_view import ChooseView
from studio.ui.exercises.debrief_view import DebriefView, notes_in_plan_order, take_lines
from studio.ui.exercises.export import AttemptExport
from studio.ui.exercises.questions import RunQuestions
from studio.ui.exercises.recording import AnswerPlayer, AnswerRecording
from studio.ui.exercises.run_view import RunView
from studio.ui.exercises.runner import AttemptRunner
from studio.ui.exercises.widgets import ChartRow

log = logging.getLogger(__name__)

EXTEND_SECONDS = 60.0


class ExercisesPage(QWidget):
    """The Exercises tab (see the module docs).

    Signals:
        attempt_started(int): a new or resumed attempt is running (its id).
        attempt_finished(int): an attempt finished; the debrief is shown.
        debrief_saved(int): the self-assessment of an attempt was stored.
    """

    attempt_started = Signal(int)
    attempt_finished = Signal(int)
    debrief_saved = Signal(int)

    def __init__(self, context: StudioContext, window: Any = None) -> None:
        super().__init__()
        from studio.store.exercises import ExerciseRepository
        from studio.store.settings import SettingsRepository

        assert context.store is not None
        self.context = context
        self.repo = ExerciseRepository(context.store)
        self.settings = SettingsRepository(context.store)
        self.clock = context.clock
        self.runner = AttemptRunner(self.repo, self.clock, self)
        self.alerts = Alerts(context, self.settings, self)
        self.recording = AnswerRecording(context, self.settings, self)
        self.player = AnswerPlayer(context, self.settings, self)
        self.questions = RunQuestions(self)
        self.exporter = AttemptExport(context, self.repo, self)
        self.interview_id: int | None = None
        self.notes: dict[str, str] = {}
        self._run_exercise: Any = None  # the content item of the running attempt
        self._debrief_id: int | None = None
        self._phase_titles: dict[str, str] = {}

        self.choose_view = ChooseView(context, self.settings, self.repo)
        self.run_view = RunView()
        self.debrief_view = DebriefView()
        self.stack = QStackedWidget()
        for view in (self.choose_view, self.run_view, self.debrief_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self._connect()
        self.choose_view.reload_exercises()
        context.library.changed.connect(self.choose_view.reload_exercises)
        if window is not None and hasattr(window, "interviews"):
            window.interviews.selection_changed.connect(self._on_interview_selected)
        QTimer.singleShot(0, self.offer_resume)

    def _connect(self) -> None:
        choose, run, brief = self.choose_view, self.run_view, self.debrief_view
        choose.start_requested.connect(self.start)
        choose.debrief_requested.connect(self.show_debrief)
        choose.export_requested.connect(self._export)
        run.pause_requested.connect(self.toggle_pause)
        run.next_requested.connect(self.next_phase)
        run.previous_requested.connect(self.previous_phase)
        run.extend_requested.connect(self.extend)
        run.finish_requested.connect(self._on_finish_requested)
        run.notes_edited.connect(self._on_notes_edited)
        brief.save_requested.connect(self.save_debrief)
        brief.export_requested.connect(self._on_export_current)
        brief.back_requested.connect(self.show_choose)
        brief.play_requested.connect(self.player.toggle)
        brief.open_take_requested.connect(self._on_open_take)
        self.player.playing_changed.connect(lambda take_id: brief.set_playing(take_id != 0))
        self.runner.repaint_needed.connect(self.repaint_time)
        self.runner.events_fired.connect(self._on_events)
        self.runner.phase_changed.connect(self._on_phase_changed)
        self.runner.away_detected.connect(self._on_away)
        self.runner.attempt_finished.connect(self._on_attempt_finished)
        self.recording.stored.connect(lambda _take: self.run_view.set_recording(self.recording.active))
        self.context.takes.takes_changed.connect(self._on_takes_changed)
        self.context.takes.analysed.connect(self._on_takes_changed)

    # ----- the choice -------------------------------------------------------------------------------------
    @property
    def exercise(self) -> Any:
        """The content item of the running attempt, else of the exercise selected in the start view."""
        if self.runner.active and self._run_exercise is not None:
            return self._run_exercise
        return self.choose_view.exercise

    @property
    def lang(self) -> str:
        return self.choose_view.lang

    def select_exercise(self, exercise_id: str) -> bool:
        """Select an exercise in the start view by id (clears the kind filter if needed)."""
        return self.choose_view.select_exercise(exercise_id)

    def current_plan(self) -> ExercisePlan | None:
        """The plan the user set up for the selected exercise (None without a selection)."""
        return self.choose_view.current_plan()

    def show_choose(self) -> None:
        """Back to the start view."""
        self.player.stop()
        self.choose_view.refresh_history()
        self.stack.setCurrentWidget(self.choose_view)

    def show_exercise(self, exercise_id: str, lang: str) -> bool:
        """Show the start view of an exercise in ``lang`` (leaving any debrief); a running attempt is kept."""
        if self.runner.active and not self._leave_running_attempt():
            return False
        library = self.context.library.current
        if library is None:  # still loading: show it once the library is there
            self.context.library.when_ready(lambda _library: self.show_exercise(exercise_id, lang))
            self.stack.setCurrentWidget(self.choose_view)
            return True
        self.choose_view.set_language(lang)
        if not self.choose_view.select_exercise(exercise_id):
            self.context.messages.warning(
                self.tr("The exercise “%1” is not in the library.").replace("%1", exercise_id)
            )
            return False
        self.show_choose()
        self.choose_view.start_button.setFocus()
        return True

    def _leave_running_attempt(self) -> bool:
        """An attempt is running: finish it (after asking) so another one can be shown; False to keep it."""
        title = self.run_view.run_title.text()
        if self.questions.leave_running(title):
            self.finish()
            return True
        self.stack.setCurrentWidget(self.run_view)
        self.context.messages.info(self.questions.still_running(title))
        return False

    def open_attempt(self, attempt_id: int) -> bool:
        """Show an attempt: the run view if it is the one running, else its debrief."""
        if self.runner.active and self.runner.attempt_id == attempt_id:
            self.stack.setCurrentWidget(self.run_view)
            self.run_view.countdown.setFocus()
            return True
        from studio.store.exercises import AttemptNotFoundError

        try:
            self.show_debrief(attempt_id)
        except AttemptNotFoundError:
            self.context.messages.warning(self.tr("That exercise attempt no longer exists."))
            return False
        return True

    # ----- running ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start an attempt at the selected exercise with the plan as set up."""
        plan = self.current_plan()
        if plan is not None:
            self.start_attempt(plan, record=self.choose_view.record_check.isChecked())

    def start_attempt(self, plan: ExercisePlan, *, record: bool = False) -> int:
        """Start an attempt with ``plan`` (the selected exercise's content supplies questions and criteria)."""
        if self.runner.active:
            self.finish()
        self._run_exercise = self.choose_view.exercise
        title = self._run_exercise.title if self._run_exercise is not None else plan.exercise_id
        self.notes = {}
        attempt_id = self.runner.begin(plan, self.lang, title, self.interview_id)
        self.alerts.prepare()
        self._enter_run_view(title)
        if record and self.recording.start(attempt_id, self.interview_id, title, plan.phases[0].id):
            self.run_view.set_recording(True)
        self.attempt_started.emit(attempt_id)
        return attempt_id

    def resume_attempt(self, attempt_id: int, session: Session) -> None:
        """Show and run a restored attempt (its notes come back from the store); asks about time it was away."""
        row = self.repo.get(attempt_id)
        self._run_exercise = self.choose_view.find(row.exercise_id, row.lang)
        self.notes = self.repo.notes(attempt_id)
        self.alerts.prepare()
        self.runner.adopt(attempt_id, session)
        self._enter_run_view(row.title)
        if self.context.navigator is not None:
            self.context.navigator.open_attempt(attempt_id)  # brings the Exercises tab forward
        self.attempt_started.emit(attempt_id)
        if session.away_prompt is not None:
            self._on_away(session.away_prompt)

    def _enter_run_view(self, title: str) -> None:
        self.run_view.enter(title)
        self.stack.setCurrentWidget(self.run_view)
        self.run_view.countdown.setFocus()
        self._show_phase()
        self.repaint_time()

    def _show_phase(self) -> None:
        session = self.runner.session
        if session is None:
            return
        phase_id = session.current_phase.id
        questions: tuple[str, ...] = ()
        for phase in getattr(self._run_exercise, "phases", ()):
            if phase.id == phase_id:
                questions = tuple(phase.questions)
        self.run_view.show_phase(session, questions, self.notes.get(phase_id, ""))

    def _on_phase_changed(self, _index: int) -> None:
        self._show_phase()
        session = self.runner.session
        if session is not None:
            self.recording.mark_phase(session.current_phase.id)

    def _on_notes_edited(self, text: str) -> None:
        session = self.runner.session
        if session is None or session.state is SessionState.FINISHED:
            return
        phase_id = session.current_phase.id
        self.notes[phase_id] = text
        self.runner.note_changed(phase_id, text)

    def repaint_time(self) -> None:
        """Show the session's time now (remaining computed from its deadline; nothing is counted here)."""
        session = self.runner.session
        if session is not None:
            self.run_view.show_time(session, self.clock.monotonic())

    def toggle_pause(self) -> None:
        self.runner.toggle_pause()
        session = self.runner.session
        if session is not None:
            self.recording.set_paused(session.state is SessionState.PAUSED)

    def next_phase(self) -> None:
        if not self.runner.next_phase() and self.runner.active:
            self.run_view.alert_label.setText(self.tr("This is the last phase: Ctrl+Enter finishes the exercise."))

    def previous_phase(self) -> None:
        self.runner.previous_phase()

    def extend(self) -> None:
        self.runner.extend(EXTEND_SECONDS)

    def finish(self) -> None:
        """Finish the running attempt and open its debrief."""
        if self.runner.active:
            self.runner.finish()

    def _on_finish_requested(self) -> None:
        """Finish by key or button: with exercise time still left, ask first (a stray Ctrl+Enter ends nothing)."""
        session = self.runner.session
        if session is None or not self.runner.active:
            return
        left = session.exercise_remaining_seconds(self.clock.monotonic())
        if left >= 1.0 and not self.questions.finish_early(left):
            self.run_view.countdown.setFocus()
            return
        self.finish()

    def _on_attempt_finished(self, attempt_id: int) -> None:
        if self.recording.active:
            self.recording.stop()
        self.run_view.set_recording(False)
        self.attempt_finished.emit(attempt_id)
        self.show_debrief(attempt_id)

    def _on_events(self, events: list[Event]) -> None:
        session = self.runner.session
        if session is None:
            return
        for title, text in self.questions.event_texts(session, events):
            self.run_view.alert_label.setText(text)
            self.alerts.announce(title, text)

    def _on_away(self, prompt: AwayPrompt) -> None:
        self.runner.answer_away(self.questions.away(prompt, self.run_view.run_title.text()))

    # ----- debrief ----------------------------------------------------------------------------------------
    def show_debrief(self, attempt_id: int) -> None:
        """Show the debrief of an attempt: chart, recorded answers, notes, self-scores, written answers."""
        row = self.repo.get(attempt_id)
        exercise = self.choose_view.find(row.exercise_id, row.lang)
        records = self.repo.phase_records(attempt_id)
        saved = self.repo.debrief(attempt_id)
        used = sum(r.used_seconds for r in records)
        planned = sum(r.planned_seconds for r in records)
        phases = [(r.phase_id, r.title) for r in records]
        if not phases and exercise is not None:
            phases = [(p.id, p.title) for p in exercise.phases]
        if exercise is not None:
            criteria = tuple(exercise.criteria)
        else:  # the exercise left the library: the scored criteria still show
            criteria = tuple(score.title or score.criterion_id for score in saved.scores) if saved else ()
        self.player.stop()
        self.debrief_view.show_attempt(
            self.tr("Debrief: %1").replace("%1", row.title),
            self.tr("Time used %1 of %2 planned.")
            .replace("%1", format_duration(used))
            .replace("%2", format_duration(planned)),
            [ChartRow(r.title, r.planned_seconds, r.used_seconds) for r in records],
            notes_in_plan_order(phases, self.repo.notes(attempt_id)),
            criteria,
            tuple(exercise.assessor_questions) if exercise is not None else (),
            saved,
        )
        self._debrief_id = attempt_id
        self._phase_titles = dict(phases)
        self._fill_takes()
        self.stack.setCurrentWidget(self.debrief_view)

    def _fill_takes(self) -> None:
        from studio.ui.takes import EXERCISE_TAKES

        if self._debrief_id is None:
            return
        takes = self.context.takes.takes(EXERCISE_TAKES, attempt_id=self._debrief_id)
        lines = take_lines(self.context.takes, takes, self._phase_titles)
        self.debrief_view.show_takes(lines, keep=self.debrief_view.selected_take())

    def _on_takes_changed(self, _take_id: int = 0) -> None:
        if self._debrief_id is not None and self.stack.currentWidget() is self.debrief_view:
            self._fill_takes()

    def _on_open_take(self, take_id: int) -> None:
        self.player.stop()
        if self.context.navigator is not None:
            self.context.navigator.open_take(take_id)

    def save_debrief(self) -> None:
        """Store the self-assessment of the attempt on show."""
        if self._debrief_id is None:
            return
        self.repo.save_debrief(self._debrief_id, self.debrief_view.current_debrief())
        self.context.messages.info(self.tr("Debrief saved."))
        self.choose_view.refresh_history()
        self.debrief_saved.emit(self._debrief_id)

    def export_attempt(self, attempt_id: int, path: Path) -> Path:
        """Write an attempt (notes, scores, times) as Markdown to ``path`` (atomically)."""
        return self.exporter.write(attempt_id, path)

    def _export(self, attempt_id: int) -> None:
        if attempt_id == self._debrief_id and self.stack.currentWidget() is self.debrief_view:
            self.save_debrief()
        self.exporter.ask_and_write(attempt_id)

    def _on_export_current(self) -> None:
        if self._debrief_id is not None:
            self._export(self._debrief_id)

    # ----- persistence ------------------------------------------------------------------------------------
    def offer_resume(self) -> None:
        """At start-up: an attempt left running or paused is offered for resuming (or discarding)."""
        store = self.context.store
        if self.runner.active or store is None or store.engine is None:
            return  # already running, or the studio closed before the offer came up
        row = self.repo.unfinished()
        if row is None or row.id is None:
            return
        choice = self.questions.resume_offer(row.title, row.started_at)
        if choice == 1:
            self.repo.abandon(row.id)
            self.context.messages.info(self.tr("The unfinished attempt was put aside."))
            return
        if choice != 0:
            return  # dismissed: ask again next time
        try:
            session = self.runner.restore(row.state)
        except (SessionStateError, ValueError) as exc:
            log.exception("could not restore attempt %s", row.id)
            self.repo.abandon(row.id)
            self.context.messages.error(
                self.tr("The unfinished attempt could not be resumed (%1); it was kept aside.").replace("%1", str(exc))
            )
            return
        self.resume_attempt(row.id, session)

    def _on_interview_selected(self, interview_id: object) -> None:
        self.interview_id = interview_id if isinstance(interview_id, int) else None

    def can_close(self) -> bool:
        """Closing is always safe: the attempt is autosaved and offered for resuming next time."""
        return True

    def shutdown(self) -> None:
        """Save notes and state, stop timers, store a recording in progress, release the sound devices."""
        self.runner.shutdown()
        if self.recording.active:
            self.recording.stop()
        self.player.shutdown()
        self.alerts.shutdown()
