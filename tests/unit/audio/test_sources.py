"""Tests of studio/audio/sources.py: the fake's pacing, counter, injections, and the Null source."""

from __future__ import annotations

import math
import threading
import time

import numpy as np
import pytest

from studio.audio.errors import AudioError
from studio.audio.sources import FakeSource, NullSource, check_counter, wrap16


class _Sink:
    def __init__(self) -> None:
        self.blocks: list[np.ndarray] = []
        self.overflows: list[float] = []
        self.errors: list[BaseException] = []

    def __call__(self, block: np.ndarray, frame_time: float, overflow: bool) -> None:
        self.blocks.append(block.copy())
        if overflow:
            self.overflows.append(frame_time)


def test_counter_detects_gaps_and_duplicates() -> None:
    """The decoder flags a missing and a repeated sample, and accepts a clean run across the 16-bit wrap."""
    clean = wrap16(np.arange(70000))
    assert check_counter(clean).contiguous
    assert check_counter(np.delete(clean, 1234)).discontinuities == [1234]
    assert check_counter(np.insert(clean, 500, clean[499])).discontinuities == [500]
    assert check_counter(clean.astype(np.float32) / 32768).contiguous


def test_fake_paces_in_real_time() -> None:
    """At speed 1 the fake delivers about as many frames as wall time allows (never ahead)."""
    sink = _Sink()
    source = FakeSource(blocksize=480, duration=0.3)
    started = time.monotonic()
    source.start(sink)
    assert source.finished.wait(3)
    elapsed = time.monotonic() - started
    source.stop()
    assert elapsed >= 0.29
    assert sum(b.shape[0] for b in sink.blocks) == 14400


def test_fake_injects_overflow_and_error_then_stops() -> None:
    """Overflow flags land on the block containing the time; error_at reports through on_error."""
    sink = _Sink()
    errors: list[BaseException] = []
    source = FakeSource(blocksize=100, speed=math.inf, overflow_at=[0.01], error_at=0.05, samplerate=10000)
    source.start(sink, errors.append)
    assert source.finished.wait(3)
    source.stop()
    assert sink.overflows == [0.01]
    assert source.frames_delivered == 500
    assert len(errors) == 1 and isinstance(errors[0], AudioError)


def test_fake_start_error_and_stop_joins_thread() -> None:
    """start_error is raised from start(); stop() joins the fake's thread even mid-stream."""
    with pytest.raises(OSError):
        FakeSource(start_error=OSError("busy")).start(_Sink())
    source = FakeSource(speed=1.0)
    source.start(_Sink())
    source.stop()
    assert not [t for t in threading.enumerate() if t.name == "fake-source"]


def test_fake_array_signal_loops_into_channels() -> None:
    """An array signal is delivered in a loop and copied into every channel."""
    sink = _Sink()
    source = FakeSource(
        signal=np.array([0.1, 0.2, 0.3], dtype=np.float32), channels=2, blocksize=4, speed=math.inf, duration=8 / 48000
    )
    source.start(sink)
    assert source.finished.wait(3)
    source.stop()
    data = np.concatenate(sink.blocks)
    assert data.shape == (8, 2)
    assert np.allclose(data[:, 1], [0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2])


def test_null_source_never_delivers() -> None:
    """The Null source starts and stops without a device and never calls back."""
    sink = _Sink()
    source = NullSource()
    source.start(sink)
    source.stop()
    assert sink.blocks == [] and source.device_name
