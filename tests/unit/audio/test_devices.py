"""Tests of studio/audio/devices.py: the studio survives a missing PortAudio and says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest

from studio.audio import devices
from studio.audio.errors import AudioUnavailableError, DeviceBusyError, DeviceNotFoundError
from studio.audio.recorder import Recorder, RecorderState
from studio.audio.sources import NullSource, SoundDeviceSource


@pytest.fixture(autouse=True)
def _fresh_loader() -> Iterator[None]:
    """Each test imports sounddevice through its own loader state."""
    devices.reset_for_tests()
    yield
    devices.reset_for_tests()


def _no_portaudio() -> ModuleType:
    raise OSError("PortAudio library not found")


def test_missing_portaudio_gives_one_actionable_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """R6: without libportaudio2, status names the package to install and listing returns nothing."""
    monkeypatch.setattr(devices, "_import_sounddevice", _no_portaudio)
    status = devices.audio_status()
    assert not status.ok and not status.portaudio_loaded
    assert "install libportaudio2" in status.message
    assert devices.list_devices() == []
    with pytest.raises(AudioUnavailableError, match="libportaudio2"):
        SoundDeviceSource().start(lambda *a: None)


def test_null_source_recorder_runs_without_portaudio(monkeypatch: pytest.MonkeyPatch, data_dir) -> None:
    """R6: with no audio stack the Null source still lets a recorder start and end cleanly."""
    monkeypatch.setattr(devices, "_import_sounddevice", _no_portaudio)
    recorder = Recorder.for_data_dir(NullSource(), data_dir, watchdog_timeout=0.1)
    recorder.start()
    assert recorder.wait_finished(5)
    assert recorder.state is RecorderState.FINISHED
    assert recorder.stop().frames == 0


class _FakeSd(ModuleType):
    """A stand-in sounddevice with one output-only device (no microphone)."""

    def __init__(self) -> None:
        super().__init__("sounddevice")
        self.terminated = 0
        self.default = type("D", (), {"device": [-1, 0]})()

    def query_devices(self) -> list[dict[str, object]]:
        return [
            {
                "name": "Speakers",
                "hostapi": 0,
                "max_input_channels": 0,
                "max_output_channels": 2,
                "default_samplerate": 44100.0,
            }
        ]

    def query_hostapis(self) -> list[dict[str, object]]:
        return [{"name": "ALSA"}]

    def _terminate(self) -> None:
        self.terminated += 1

    def _initialize(self) -> None:
        pass


def test_no_microphone_status_and_device_lookup_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """R6: PortAudio without inputs reports 'No microphone found'; unknown names raise with the name."""
    fake = _FakeSd()
    monkeypatch.setattr(devices, "_import_sounddevice", lambda: fake)
    status = devices.audio_status()
    assert status.portaudio_loaded and not status.has_input and status.has_output
    assert status.message == devices.NO_MICROPHONE_MESSAGE
    [speakers] = devices.list_output_devices()
    assert (speakers.name, speakers.hostapi, speakers.is_default_output) == ("Speakers", "ALSA", True)
    assert devices.find_device("Speakers", "output") == speakers
    with pytest.raises(DeviceNotFoundError, match="Headset"):
        devices.find_device("Headset", "output")
    with pytest.raises(DeviceNotFoundError, match="No microphone"):
        devices.find_device(None, "input")


def test_rescan_refuses_while_a_stream_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rescan re-initialises PortAudio only when no stream is open."""
    fake = _FakeSd()
    monkeypatch.setattr(devices, "_import_sounddevice", lambda: fake)
    devices.stream_opened()
    with pytest.raises(DeviceBusyError):
        devices.rescan()
    devices.stream_closed()
    assert [d.name for d in devices.rescan()] == ["Speakers"]
    assert fake.terminated == 1
