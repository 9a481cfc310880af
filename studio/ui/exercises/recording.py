"""Recording the oral part of an exercise, and playing a recorded answer back in the debrief.

The recording goes through the Voice tab's controller (same sources, writer thread and crash-safe WAV) and is stored
through the one take pipeline, ``context.takes.store_result``, with the attempt's id and a phase mark at every phase
change: it is listed in the debrief and in the Voice tab's "Exercise answers", and analysed like any other take.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.core.marks import PHASE, Mark
from studio.ui.context import StudioContext

log = logging.getLogger(__name__)


class AnswerRecording(QObject):
    """The recording of one attempt's oral part.

    Signals:
        stored(object): the recording ended and was stored: the ``Take``, or None if nothing was recorded.
    """

    stored = Signal(object)

    def __init__(self, context: StudioContext, settings: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self._voice: Any = None
        self._marks: list[Mark] = []
        self._owner: tuple[int, int | None, str] | None = None  # attempt id, interview id, take name
        self.last_take: Any = None
        self._stopping = False

    @property
    def active(self) -> bool:
        """Whether a recording is going on (or paused)."""
        return self._voice is not None and self._voice.recording_state in ("recording", "paused")

    @property
    def elapsed_seconds(self) -> float:
        """Seconds recorded so far (0 when not recording)."""
        recorder = None if self._voice is None else self._voice.recorder
        return 0.0 if recorder is None else float(recorder.elapsed_seconds)

    def start(self, attempt_id: int, interview_id: int | None, name: str, phase_id: str) -> bool:
        """Start recording for an attempt (the first phase mark at 0); False (the user is told why) on failure."""
        from studio.ui.voice.controller import VoiceController

        self.stop()
        voice = VoiceController(self.context, self)
        voice.take_finished.connect(self._on_take_finished)
        try:
            voice.start_recording(str(self.settings.get("input_device") or ""))
        except Exception as exc:
            log.warning("could not start recording the exercise: %s", exc)
            voice.shutdown()
            voice.deleteLater()
            self.context.messages.error(self.tr("Recording could not start: %1").replace("%1", str(exc)))
            return False
        self._voice = voice
        self._owner = (attempt_id, interview_id, name)
        self._marks = []
        self.last_take = None
        self.mark_phase(phase_id)
        return True

    def mark_phase(self, phase_id: str) -> None:
        """Mark where a phase starts in the recording."""
        if self.active:
            self._marks.append(Mark(self.elapsed_seconds, PHASE, phase_id))

    def set_paused(self, paused: bool) -> None:
        """Pause or resume the recording with the exercise clock."""
        if not self.active:
            return
        want = "paused" if paused else "recording"
        if self._voice.recording_state != want:
            self._voice.pause_recording()

    def stop(self) -> Any:
        """End the recording and store it; returns the take (None if there was nothing to store)."""
        if self._voice is None:
            return None
        voice = self._voice
        self._stopping = True
        try:
            voice.stop_recording()  # take_finished → stored
        finally:
            self._stopping = False
            self._release(voice)
        return self.last_take

    def _release(self, voice: Any) -> None:
        if self._voice is voice:
            self._voice = None
        voice.shutdown()
        voice.deleteLater()

    def _on_take_finished(self, result: Any) -> None:
        """The recorder ended (stopped here, or on its own: device lost, disk full): store what it made."""
        owner, self._owner = self._owner, None
        if owner is None or result is None:
            return
        attempt_id, interview_id, name = owner
        try:
            take = self.context.takes.store_result(
                result, attempt_id=attempt_id, interview_id=interview_id, name=name, marks=self._marks
            )
        except Exception as exc:
            log.exception("could not store the exercise recording")
            self.context.messages.error(self.tr("The recording could not be saved: %1").replace("%1", str(exc)))
            take = None
        else:
            if take is None:
                self.context.messages.warning(self.tr("Nothing was recorded, so no answer was saved."))
            else:
                self.context.messages.info(
                    self.tr("Your answer was saved: play it in the debrief or in Voice under “Exercise answers”.")
                )
        self.last_take = take
        if not self._stopping and self._voice is not None:
            self._release(self._voice)  # it ended on its own mid-attempt
        self.stored.emit(take)


class AnswerPlayer(QObject):
    """Plays a recorded answer in the debrief (the Player from ``context.audio.player_factory``).

    Signals:
        playing_changed(int): the take now playing (0 when playback stopped).
    """

    playing_changed = Signal(int)

    def __init__(self, context: StudioContext, settings: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self._voice: Any = None
        self.playing_id = 0

    @property
    def position_seconds(self) -> float:
        """Where playback is, in seconds."""
        player = None if self._voice is None else self._voice.player
        return 0.0 if player is None else float(player.position_seconds)

    def toggle(self, take_id: int) -> None:
        """Play this take from the start, or stop it if it is the one playing."""
        if self.playing_id == take_id:
            self.stop()
            return
        take = self.context.takes.take(take_id)
        if take is None:
            return
        if self._voice is None:
            from studio.ui.voice.controller import VoiceController

            self._voice = VoiceController(self.context, self)
            self._voice.playback_state_changed.connect(self._on_state)
        try:
            self._voice.stop_playback()
            self._voice.load(self.context.takes.path(take), str(self.settings.get("output_device") or ""))
            self._voice.play()
        except Exception as exc:
            log.warning("could not play take %s: %s", take_id, exc)
            self.context.messages.error(self.tr("The answer could not be played: %1").replace("%1", str(exc)))
            self._set_playing(0)
            return
        self._set_playing(take_id)

    def stop(self) -> None:
        """Stop playback."""
        if self._voice is not None:
            self._voice.stop_playback()
        self._set_playing(0)

    def _on_state(self, state: str) -> None:
        if state == "stopped":
            self._set_playing(0)

    def _set_playing(self, take_id: int) -> None:
        if take_id != self.playing_id:
            self.playing_id = take_id
            self.playing_changed.emit(take_id)

    def shutdown(self) -> None:
        """Release the output device."""
        if self._voice is not None:
            self._voice.shutdown()
            self._voice = None
        self.playing_id = 0
