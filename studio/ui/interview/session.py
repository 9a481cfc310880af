"""The mock-interview controller: the drill on the studio's clock, the recorder, the take pipeline and autosave.

No widgets here: the run view binds to this object, and tests can drive it without a window. A 50 ms QTimer only
asks the drill what the clock says (deadlines live in the drill); every step is saved to the store at once, and
the WAV of an answer being recorded is remembered before the recording runs, so a crash resumes at the question
it was on and the interrupted answer is recovered and attached to it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studio.core.interview_drill import ANSWER, FINISHED, Drill, DrillError, DrillSettings, Transition
from studio.store.mock import AnswerData, MockRepository
from studio.ui.context import StudioContext
from studio.ui.voice.controller import VoiceController

log = logging.getLogger(__name__)

POLL_MS = 50


class MockController(QObject):
    """Signals:
    changed(): the drill moved (phase, question, pause) — repaint.
    answer_stored(int): an answer was stored (its MockAnswer id).
    finished(int): the session ended (its id).
    problem(str): recording could not start or stopped on its own (a user-facing message; the drill is paused).
    """

    changed = Signal()
    answer_stored = Signal(int)
    finished = Signal(int)
    problem = Signal(str)

    def __init__(self, context: StudioContext, repo: MockRepository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = repo
        self.voice = VoiceController(context, self)
        self.voice.take_finished.connect(self._on_take_finished)
        self.drill: Drill | None = None
        self.session_id: int | None = None
        self.interview_id: int | None = None
        self.story_id: int | None = None
        self.texts: dict[str, str] = {}
        self.device_name = ""  # "" = the microphone chosen in the Voice tab
        self.last_answer_id: int | None = None
        self._recording_at: int | None = None  # the question index the running recording answers
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    # ----- reading ---------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.drill is not None and self.drill.phase != FINISHED

    @property
    def recording(self) -> bool:
        return self.voice.recording_state != "idle"

    def question_text(self, question_id: str | None = None) -> str:
        if self.drill is None:
            return ""
        qid = question_id or self.drill.question_id
        return self.texts.get(qid, qid)

    def answers(self) -> list[AnswerData]:
        return [] if self.session_id is None else self.repo.answers(self.session_id)

    def attempts_here(self) -> list[AnswerData]:
        """The answers of this session to the current question, oldest first."""
        if self.drill is None:
            return []
        return [a for a in self.answers() if a.position == self.drill.index]

    # ----- starting and resuming -------------------------------------------------------------------------------
    def start(
        self,
        question_ids: list[str],
        texts: dict[str, str],
        settings: DrillSettings,
        *,
        interview_id: int | None = None,
        plan_id: int | None = None,
        story_id: int | None = None,
    ) -> None:
        """Begin a new session with these questions (raises DrillError for bad settings or no questions)."""
        drill = Drill(question_ids, settings, self.context.clock)
        self.drill = drill
        self.texts = {qid: texts.get(qid, qid) for qid in question_ids}
        self.interview_id = interview_id
        self.story_id = story_id
        self.last_answer_id = None
        self.session_id = self.repo.start_session(
            self._state(), settings.lang, interview_id=interview_id, plan_id=plan_id, story_id=story_id
        )
        self._apply(drill.start())
        self.timer.start()

    def _state(self) -> dict[str, Any]:
        assert self.drill is not None
        return {**self.drill.snapshot(), "texts": self.texts}

    def resume_open_session(self) -> bool:
        """Pick up the session a crash or a closed window left running, paused at its question.

        The answer that was being recorded is recovered (or found, if the Voice tab recovered it already) and
        attached to its question. Returns True when there was a session to resume.
        """
        row = self.repo.open_session()
        if row is None or row.id is None:
            return False
        state = self.repo.state_of(row)
        try:
            drill = Drill.restore(state, self.context.clock)
        except DrillError as exc:
            log.warning("mock session %s cannot be resumed: %s", row.id, exc)
            self.repo.save_state(row.id, state, finished=True)
            return False
        self.drill = drill
        self.session_id = row.id
        self.interview_id = row.interview_id
        self.story_id = row.story_id
        texts = state.get("texts")
        self.texts = {str(k): str(v) for k, v in texts.items()} if isinstance(texts, dict) else {}
        if row.recording:
            self._attach_interrupted(row.recording, int(state.get("index", drill.index)))
        if drill.phase == FINISHED:
            self.repo.save_state(row.id, self._state(), finished=True)
            return False
        self.repo.save_state(row.id, self._state())
        self.timer.start()
        self.changed.emit()
        return True

    def _attach_interrupted(self, relative: str, position: int) -> None:
        """Store the interrupted answer's WAV as a take (or find the take made of it) and link it as an answer."""
        from studio.audio.recorder import state_path_for
        from studio.audio.recovery import find_interrupted, recover
        from studio.ui.takes import ALL_TAKES

        assert self.drill is not None and self.session_id is not None
        data_dir = self.context.paths.data_dir
        wav = (data_dir / relative).resolve()
        take_id: int | None = None
        duration = 0.0
        qid = self.drill.question_ids[min(max(position, 0), self.drill.total - 1)]
        try:
            if state_path_for(wav).exists():
                found = [item for item in find_interrupted(data_dir) if item.wav_path.resolve() == wav]
                if found:
                    recovered = recover(found[0])
                    take = self.context.takes.store_result(
                        recovered, interview_id=self.interview_id, name=self.question_text(qid), analyse=False
                    )
                    if take is not None:
                        take_id, duration = take.id, take.duration
            else:
                for take in self.context.takes.takes(ALL_TAKES):
                    if (data_dir / take.path).resolve() == wav:
                        take_id, duration = take.id, take.duration
                        break
        except Exception as exc:  # a damaged file must not stop the session from resuming
            log.exception("the interrupted answer %s could not be recovered", wav)
            self.context.messages.error(
                self.tr("The interrupted answer could not be recovered: %1").replace("%1", str(exc))
            )
        if take_id is None:
            self.repo.set_recording(self.session_id, "")
            return
        answer = self.repo.add_answer(
            self.session_id, qid, self.question_text(qid), position, self.drill.settings.limit_s, take_id, duration
        )
        self.drill.outcomes[position] = "answered"
        self.last_answer_id = answer.id
        self.context.takes.analyse(take_id, language=self.drill.settings.lang)
        self.context.messages.info(
            self.tr("The interrupted answer to \u201c%1\u201d was recovered.").replace("%1", self.question_text(qid))
        )

    # ----- user steps ------------------------------------------------------------------------------------------
    def answer_now(self) -> None:
        self._step(lambda d: d.answer_now())

    def end_answer(self) -> None:
        self._step(lambda d: d.end_answer())

    def skip(self) -> None:
        self._step(lambda d: d.skip())

    def next(self) -> None:
        self._step(lambda d: d.next())

    def retry(self) -> None:
        self._step(lambda d: d.retry())

    def end(self) -> None:
        """End the session (an answer being recorded is stored first)."""
        if self.drill is None or self.drill.phase == FINISHED:
            return
        self._apply(self.drill.end())

    def toggle_pause(self) -> None:
        """Pause or resume the whole session, recording included."""
        drill = self.drill
        if drill is None or drill.phase == FINISHED:
            return
        if drill.paused:
            drill.resume()
            if self.voice.recording_state == "paused":
                self.voice.pause_recording()
            elif drill.phase == ANSWER and not self.recording:
                self._start_recording()
        else:
            drill.pause()
            if self.voice.recording_state == "recording":
                self.voice.pause_recording()
        self._save()
        self.changed.emit()

    def _step(self, action: Any) -> None:
        if self.drill is None:
            return
        try:
            transition = action(self.drill)
        except DrillError as exc:  # a key pressed in a phase where it means nothing
            log.debug("ignored: %s", exc)
            return
        self._apply(transition)

    def poll(self) -> None:
        """Let the clock move the drill (think time over, answer limit reached)."""
        if self.drill is None:
            self.timer.stop()
            return
        transition = self.drill.tick()
        if transition is not None:
            self._apply(transition)
        else:
            self.changed.emit()

    def _apply(self, transition: Transition) -> None:
        if transition.answer_ended:
            self._stop_recording()
        if transition.answer_started:
            self._start_recording()
        self._save()
        if transition.after == FINISHED:
            self.timer.stop()
            if self.session_id is not None:
                self.finished.emit(self.session_id)
        self.changed.emit()

    def _save(self) -> None:
        if self.drill is not None and self.session_id is not None:
            self.repo.save_state(self.session_id, self._state(), finished=self.drill.phase == FINISHED)

    # ----- recording -------------------------------------------------------------------------------------------
    def _start_recording(self) -> None:
        assert self.drill is not None and self.session_id is not None
        try:
            self.voice.start_recording(self.device_name or self._remembered_device())
        except Exception as exc:  # no device, device busy, disk: the user must hear about it
            log.warning("mock interview: recording did not start: %s", exc)
            self.drill.pause()
            self.problem.emit(
                self.tr("Recording could not start: %1. Check the microphone, then press P to try again.").replace(
                    "%1", str(exc)
                )
            )
            return
        self._recording_at = self.drill.index
        recorder = self.voice.recorder
        path = Path(getattr(recorder, "path", ""))
        try:
            relative = str(path.relative_to(self.context.paths.data_dir))
        except ValueError:
            relative = str(path)
        self.repo.set_recording(self.session_id, relative)

    def _remembered_device(self) -> str:
        """The microphone chosen in the Voice tab ("" = the system default)."""
        from studio.store.settings import SettingsRepository

        assert self.context.store is not None
        return str(SettingsRepository(self.context.store).get("input_device") or "")

    def _stop_recording(self) -> None:
        if self.recording:
            self.voice.stop_recording()  # take_finished stores the answer

    def _on_take_finished(self, result: Any) -> None:
        drill = self.drill
        if drill is None or self.session_id is None:
            return
        ended_by = getattr(getattr(result, "ended_by", None), "value", "user")
        ended_itself = ended_by != "user" and drill.phase == ANSWER
        if ended_itself:  # the device went away or the disk filled up
            drill.end_answer()
            drill_message = getattr(result, "error", None) or ended_by
            self.problem.emit(
                self.tr("Recording stopped on its own: %1. What was recorded is kept.").replace(
                    "%1", str(drill_message)
                )
            )
        # The question the recording answers (a skip has already moved the drill on to the next one).
        position = self._recording_at if self._recording_at is not None else drill.index
        self._recording_at = None
        qid = drill.question_ids[position]
        take = self.context.takes.store_result(
            result, interview_id=self.interview_id, name=self.question_text(qid), analyse=False
        )
        if take is None or take.id is None:
            self.repo.set_recording(self.session_id, "")
            return
        answer = self.repo.add_answer(
            self.session_id,
            qid,
            self.question_text(qid),
            position,
            drill.settings.limit_s,
            take.id,
            take.duration,
        )
        self.last_answer_id = answer.id
        self.answer_stored.emit(answer.id)
        self.context.takes.analyse(take.id, language=drill.settings.lang)
        if ended_itself:
            self._save()
            self.changed.emit()

    # ----- closing ---------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window closes: keep the answer being recorded and leave the session resumable."""
        self.timer.stop()
        if self.drill is not None and self.drill.phase == ANSWER and self.recording:
            self._stop_recording()
            self.drill.pause()
            self._save()
        self.voice.shutdown()
