"""The Voice tab's controller: recorder and player life cycles, polled by one GUI timer (the GUI pulls).

Audio threads never touch Qt: a 40 Hz QTimer drains the recorder's meter and events and the player's position,
and turns them into signals. Tests drive this object without a window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from studio.ui.context import StudioContext

log = logging.getLogger(__name__)

POLL_MS = 25
# How long a mic check may run past its length before it is judged on what arrived (a stalled device).
MIC_CHECK_GRACE_S = 10.0

SourceFactory = Callable[[str], Any]
PlayerFactory = Callable[[str], Any]


def default_source_factory(device_name: str) -> Any:
    """The real microphone chosen by name (probing a rate it accepts)."""
    from studio.audio import devices
    from studio.audio.sources import SoundDeviceSource

    status = devices.audio_status()
    if not status.ok:
        from studio.audio.errors import AudioUnavailableError

        raise AudioUnavailableError(status.message)
    name = device_name or None
    rate = devices.choose_samplerate(name, channels=1, preferred=48000)
    return SoundDeviceSource(name, samplerate=rate, channels=1)


def default_player_factory(device_name: str) -> Any:
    from studio.audio.player import Player

    return Player(device_name or None)


class VoiceController(QObject):
    """Signals:
    state_changed(str): "idle", "recording", "paused" (recorder) — after every transition.
    level_changed(float, float, bool): peak dBFS, RMS dBFS, clipped.
    elapsed_changed(float): seconds recorded in the current take.
    live_event(str, float, str): kind, take time, English message — overflow / device_lost / write_error ...
    take_finished(object): the recorder's TakeResult after a stop (by the user or on its own).
    play_position_changed(float): playback position in seconds.
    playback_state_changed(str): "playing", "paused", "stopped".
    mic_check_finished(object): the ``MicCheckResult`` of a mic check (the meter moved during it via level_changed).
    """

    state_changed = Signal(str)
    level_changed = Signal(float, float, bool)
    elapsed_changed = Signal(float)
    live_event = Signal(str, float, str)
    take_finished = Signal(object)
    play_position_changed = Signal(float)
    playback_state_changed = Signal(str)
    mic_check_finished = Signal(object)

    @property
    def source_factory(self) -> SourceFactory:
        """Read when a recording starts, so a device set-up changed since (or a test's fake) is used."""
        return self._audio.source_factory or default_source_factory

    @property
    def player_factory(self) -> PlayerFactory:
        return self._audio.player_factory or default_player_factory

    def __init__(self, context: StudioContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._audio = context.audio
        self.recorder: Any = None
        self.player: Any = None
        self._player_device: str | None = None
        self._play_state = "stopped"
        self.mic_check: Any = None
        self._mic_deadline = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    # ----- recording -------------------------------------------------------------------------------------------
    @property
    def recording_state(self) -> str:
        if self.recorder is None:
            return "idle"
        state = str(self.recorder.state.value)
        return "idle" if state in ("idle", "finished") else state

    def start_recording(self, device_name: str) -> None:
        """Open the source and start a new take (raises AudioError with a user-facing message on failure)."""
        from studio.audio.recorder import Recorder

        if self.recording_state != "idle" or self.mic_check is not None:
            return
        self.stop_playback()
        source = self.source_factory(device_name)
        recorder = Recorder.for_data_dir(source, self.context.paths.data_dir)
        recorder.start()
        self.recorder = recorder
        self.timer.start()
        self.state_changed.emit("recording")

    def pause_recording(self) -> None:
        if self.recording_state == "recording":
            self.recorder.pause()
            self.state_changed.emit("paused")
        elif self.recording_state == "paused":
            self.recorder.resume()
            self.state_changed.emit("recording")

    def stop_recording(self) -> Any:
        """End the take; returns the TakeResult (also emitted as ``take_finished``)."""
        if self.recorder is None:
            return None
        recorder, self.recorder = self.recorder, None
        self._drain(recorder)
        result = recorder.stop()
        self.state_changed.emit("idle")
        self.take_finished.emit(result)
        return result

    def live_peaks(self) -> Any:
        return None if self.recorder is None else self.recorder.live_peaks()

    def _drain(self, recorder: Any) -> bool:
        """Pull meter, elapsed and events; True if the take ended on its own."""
        reading = recorder.poll_meter()
        if reading is not None:
            self.level_changed.emit(reading.peak_dbfs, reading.rms_dbfs, reading.clipped)
        self.elapsed_changed.emit(recorder.elapsed_seconds)
        ended = False
        for event in recorder.drain_events():
            if event.kind == "finished":
                ended = True
                continue
            self.live_event.emit(event.kind, event.take_time, event.message)
        return ended or recorder.state.value == "finished"

    # ----- mic check -------------------------------------------------------------------------------------------
    def start_mic_check(self, device_name: str, seconds: float = 5.0) -> None:
        """Listen to the microphone for ``seconds`` without recording; the level goes out as ``level_changed``.

        Raises:
            AudioError: The microphone cannot be opened (the message says why).
        """
        from studio.audio.miccheck import MicCheck

        if self.recording_state != "idle" or self.mic_check is not None:
            return
        check = MicCheck(self.source_factory(device_name), seconds)
        check.start()
        self.mic_check = check
        self._mic_deadline = self.context.clock.monotonic() + seconds + MIC_CHECK_GRACE_S
        self.timer.start()

    def _poll_mic_check(self, check: Any) -> None:
        reading = check.poll_meter()
        if reading is not None:
            self.level_changed.emit(reading.peak_dbfs, reading.rms_dbfs, reading.clipped)
        if check.done or self.context.clock.monotonic() >= self._mic_deadline:
            self.mic_check = None
            self.mic_check_finished.emit(check.result())

    def cancel_mic_check(self) -> None:
        """Stop a running mic check without a verdict."""
        check, self.mic_check = self.mic_check, None
        if check is not None:
            check.cancel()

    # ----- playback --------------------------------------------------------------------------------------------
    def load(self, path: Path, device_name: str = "") -> None:
        if self.player is None or self._player_device != device_name:
            if self.player is not None:
                self.player.close()
            self.player = self.player_factory(device_name)
            self._player_device = device_name
        self.player.load(path)
        self._set_play_state("stopped")
        self.play_position_changed.emit(0.0)

    def play(self, start: float | None = None, end: float | None = None, loop: bool = False) -> None:
        if self.player is None or self.player.path is None:
            return
        self.player.play(start, end, loop)
        self._set_play_state("playing")
        self.timer.start()

    def toggle_play(self, selection: tuple[float, float] | None = None, loop: bool = False) -> None:
        if self._play_state == "playing":
            self.player.pause()
            self._set_play_state("paused")
        elif selection is not None and loop:
            self.play(selection[0], selection[1], loop=True)
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        if self.player is not None and self.player.path is not None:
            self.player.seek(seconds)
            self.play_position_changed.emit(self.player.position_seconds)

    def stop_playback(self) -> None:
        if self.player is not None:
            self.player.stop()
            self._set_play_state("stopped")
            self.play_position_changed.emit(0.0)

    @property
    def play_state(self) -> str:
        return self._play_state

    def _set_play_state(self, state: str) -> None:
        if state != self._play_state:
            self._play_state = state
            self.playback_state_changed.emit(state)

    # ----- the poll ----------------------------------------------------------------------------------------------
    def _poll(self) -> None:
        busy = False
        if self.mic_check is not None:
            busy = True
            self._poll_mic_check(self.mic_check)
        if self.recorder is not None:
            busy = True
            if self._drain(self.recorder):
                self.stop_recording()
        if self.player is not None and self._play_state == "playing":
            busy = True
            self.play_position_changed.emit(self.player.position_seconds)
            self.player.drain_events()
            if self.player.state.value == "stopped":
                self._set_play_state("stopped")
        if not busy:
            self.timer.stop()

    def shutdown(self) -> None:
        """Finish a take in progress (nothing is lost on close) and release the devices."""
        self.cancel_mic_check()
        if self.recorder is not None:
            self.stop_recording()
        if self.player is not None:
            self.player.close()
            self.player = None
        self.timer.stop()
