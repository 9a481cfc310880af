"""Tests of studio/audio/player.py with an injected output stream: position, ranges, loops, end, conversion."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from studio.audio.player import FakeOutputStream, LinearResampler, Player, PlayerState, resample


class FakeOutput(FakeOutputStream):
    """The studio's fake output device, remembering every instance so a test can read what was played."""

    instances: list[FakeOutput] = []

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        FakeOutput.instances.append(self)


def _factory(speed: float = 20.0) -> Callable[..., FakeOutput]:
    FakeOutput.instances.clear()
    return lambda **kw: FakeOutput(speed=speed, **kw)


def _wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)  # allowed: polling a condition with a deadline


@pytest.fixture
def ramp_wav(tmp_path: Path) -> Path:
    """Two seconds of a ramp at 8 kHz: every sample says where it is."""
    path = tmp_path / "ramp.wav"
    sf.write(str(path), (np.arange(16000) / 16000.0).astype(np.float32), 8000, subtype="FLOAT")
    return path


def test_plays_whole_take_then_reports_end(ramp_wav: Path) -> None:
    """Every sample is played once in order; 'ended' is raised and the state returns to stopped."""
    player = Player(stream_factory=_factory(), blocksize=512)
    player.load(ramp_wav)
    player.play()
    _wait_until(lambda: player.ended)
    assert [e.kind for e in player.drain_events()] == ["ended"]
    assert player.state is PlayerState.STOPPED
    assert player.position_seconds == pytest.approx(2.0)
    audio = FakeOutput.instances[-1].audio()[:, 0]
    played = audio[: np.flatnonzero(audio)[-1] + 1]
    assert np.allclose(played[1:], np.arange(1, 16000) / 16000.0)
    player.close()


def test_range_loop_and_seek(ramp_wav: Path) -> None:
    """A looping range keeps the position inside it and reports each loop; seek moves the position."""
    player = Player(stream_factory=_factory(), blocksize=256)
    player.load(ramp_wav)
    player.play(start=0.5, end=0.75, loop=True)
    _wait_until(lambda: any(e.kind == "looped" for e in player.drain_events()))
    assert 0.5 <= player.position_seconds <= 0.75
    player.seek(1.5)
    _wait_until(lambda: player.position_seconds < 0.75)  # the seek stays inside the loop range
    player.pause()
    assert player.state is PlayerState.PAUSED
    paused_at = player.position_seconds
    player.stop()
    assert player.position_seconds == 0.0 and paused_at >= 0.5


def test_stereo_file_on_mono_device_is_mixed_down_and_resampled(tmp_path: Path) -> None:
    """A 44.1 kHz stereo file on a 48 kHz mono device is mixed to mono and resampled to the right length."""
    path = tmp_path / "st.flac"
    t = np.arange(44100) / 44100
    sf.write(str(path), np.stack([0.4 * np.sin(2 * np.pi * 100 * t), np.zeros_like(t)], axis=1), 44100, format="FLAC")
    player = Player(stream_factory=_factory(speed=50.0), blocksize=1024, output_samplerate=48000, output_channels=1)
    player.load(path)
    player.play()
    _wait_until(lambda: player.ended)
    out = FakeOutput.instances[-1].audio()[:, 0]
    player.close()
    assert out.shape[0] >= 48000 - 2
    assert np.abs(out).max() == pytest.approx(0.2, abs=0.01)


def test_streaming_resampler_equals_one_shot() -> None:
    """Resampling chunk by chunk gives the same samples as one call (no clicks at chunk joins)."""
    x = np.sin(np.arange(10000) / 7.0).astype(np.float32)[:, None]
    whole = resample(x, 22050, 48000)
    stream = LinearResampler(22050, 48000)
    parts = np.concatenate([stream.process(x[i : i + 999]) for i in range(0, 10000, 999)])
    assert abs(whole.shape[0] - 10000 * 48000 / 22050) <= 3
    n = min(len(whole), len(parts))
    assert np.allclose(whole[:n], parts[:n], atol=1e-6)


# ----- playback under load: audio is queued ahead before the device starts, and starvation is counted -------------
class _StartProbe(FakeOutputStream):
    """A fake device that notes how much audio the player had queued when the stream was started."""

    queued_at_start: list[int] = []

    def __init__(self, player_ref: list[Player], **kwargs: Any) -> None:
        super().__init__(speed=20.0, **kwargs)
        self._player_ref = player_ref

    def start(self) -> None:
        _StartProbe.queued_at_start.append(self._player_ref[0]._queue.qsize())
        super().start()


def test_stream_starts_only_after_audio_is_queued_ahead(tmp_path: Path) -> None:
    """The device starts once PREFILL_SECONDS of audio wait in the queue, so a busy start never opens with a gap."""
    from studio.audio import player as player_module

    path = tmp_path / "long.wav"
    sf.write(str(path), np.zeros(48000 * 10, dtype=np.float32), 48000, subtype="PCM_16")
    ref: list[Player] = []
    _StartProbe.queued_at_start.clear()
    player = Player(stream_factory=lambda **kw: _StartProbe(ref, **kw))
    ref.append(player)
    player.load(path)
    player.play()
    player.close()
    needed = int(np.ceil(player_module.PREFILL_SECONDS * 48000 / player_module._CHUNK))
    assert _StartProbe.queued_at_start and _StartProbe.queued_at_start[0] >= needed


def test_starved_buffers_are_counted_as_underruns(ramp_wav: Path) -> None:
    """A buffer the device asks for while nothing is queued (before the end) counts as an underrun."""
    captured: dict[str, Any] = {}

    class Manual:
        def __init__(self, **kwargs: Any) -> None:
            captured.update(kwargs)

        def start(self) -> None: ...
        def stop(self) -> None: ...
        def close(self) -> None: ...

    player = Player(stream_factory=lambda **kw: Manual(**kw), blocksize=256)
    player.load(ramp_wav)
    player.play()
    player._stop_feeder()  # the feeder stalls (a busy disk or CPU): nothing more arrives
    while not player._queue.empty():
        player._queue.get_nowait()
    player._current = None
    out = np.zeros((256, 1), dtype=np.float32)
    captured["callback"](out, 256, None, None)
    assert player.underruns == 1
    assert not out.any()
    player.close()
