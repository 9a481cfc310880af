"""Real-path tests: the recorder and player on a real (virtual) PulseAudio device through PortAudio/ALSA."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf

from studio.audio import devices
from studio.audio.errors import DeviceBusyError
from studio.audio.player import Player
from studio.audio.recorder import EndReason, Recorder
from studio.audio.sources import SoundDeviceSource

pytestmark = pytest.mark.integration


def _wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what} not reached in {timeout} s"
        time.sleep(0.01)  # allowed: polling a condition with a deadline


def _record_while(pulse: Any, data_dir: Path, play: Callable[[], None]) -> tuple[Path, float]:
    source = SoundDeviceSource(pulse.device, samplerate=48000, channels=1)
    recorder = Recorder.for_data_dir(source, data_dir)
    recorder.start()
    try:
        _wait_until(lambda: recorder.elapsed_seconds > 0.3, 5, "recording under way")
        play()
        end = recorder.elapsed_seconds + 0.7
        _wait_until(lambda: recorder.elapsed_seconds > end, 5, "tail recorded")
    finally:
        result = recorder.stop()
    assert result.ended_by is EndReason.USER, result.error
    assert result.overflow_times == ()
    assert result.dropped_frames == 0
    assert result.device_name == "pulse"
    recorded, rate = sf.read(str(result.path), dtype="float32")
    assert rate == 48000
    reference, _ = sf.read(str(pulse.speech), dtype="float32")
    ncc, _lag = pulse.xcorr(recorded, reference)
    return result.path, ncc


def test_recorder_captures_speech_played_into_the_sink(pulse_server: Any, data_dir: Path) -> None:
    """Speech played into the sink is recorded through SoundDeviceSource with NCC ≥ 0.99 and no overflow."""
    path, ncc = _record_while(
        pulse_server, data_dir, lambda: subprocess.run(["paplay", str(pulse_server.speech)], check=True)
    )
    assert ncc >= 0.99
    assert path.with_suffix(".peaks").exists()


def test_player_output_is_recorded_back_identically(pulse_server: Any, data_dir: Path) -> None:
    """The Player playing into the sink, captured again by the recorder, matches the file (NCC ≥ 0.99)."""
    player = Player(pulse_server.device)

    def play() -> None:
        player.load(pulse_server.speech)
        player.play()
        _wait_until(lambda: player.ended, 20, "end of playback")
        assert player.position_seconds == pytest.approx(player.duration, abs=0.01)
        assert [e.kind for e in player.drain_events()] == ["ended"]

    try:
        _path, ncc = _record_while(pulse_server, data_dir, play)
    finally:
        player.close()
    assert ncc >= 0.99


def test_devices_by_name_rates_and_rescan_guard(pulse_server: Any, data_dir: Path) -> None:
    """The pulse device is found by name, 48 kHz probes fine, and rescan is refused while recording."""
    assert devices.audio_status().ok
    assert 48000 in devices.supported_samplerates(pulse_server.device, preferred=48000)
    assert devices.find_device(pulse_server.device, "output").max_output_channels > 0
    recorder = Recorder.for_data_dir(SoundDeviceSource(pulse_server.device), data_dir)
    recorder.start()
    try:
        with pytest.raises(DeviceBusyError):
            devices.rescan()
    finally:
        recorder.stop()
    devices.rescan()
