"""Tests of studio/audio/miccheck.py: the verdicts a user sees before a take."""

from __future__ import annotations

import math

import numpy as np
import pytest

from studio.audio.miccheck import MicCheck, analyze_levels, run_mic_check
from studio.audio.sources import FakeSource

RATE = 16000


def _speechlike(level: float, noise: float, seconds: float = 5.0) -> np.ndarray:
    """Bursts of tone (syllables) with gaps, over a noise floor."""
    t = np.arange(int(RATE * seconds)) / RATE
    gate = (np.sin(2 * np.pi * 2.0 * t) > 0).astype(np.float32)
    rng = np.random.default_rng(1)
    return (level * gate * np.sin(2 * np.pi * 180 * t) + rng.normal(0, noise, t.size)).astype(np.float32)


@pytest.mark.parametrize(
    ("samples", "verdict"),
    [
        (_speechlike(0.2, 0.001), "ok"),
        (_speechlike(0.005, 0.0005), "too_quiet"),
        (np.zeros(RATE * 5, dtype=np.float32), "no_signal"),
        (np.clip(_speechlike(2.0, 0.001), -1, 1), "clipping"),
        (_speechlike(0.2, 0.05), "noisy"),
        (_speechlike(0.8, 0.001), "too_loud"),
    ],
)
def test_verdicts(samples: np.ndarray, verdict: str) -> None:
    """Each kind of input gets its plain verdict code and an English message."""
    result = analyze_levels(samples, RATE)
    assert result.verdict == verdict
    assert result.message
    assert result.seconds == pytest.approx(5.0)


def test_levels_are_in_dbfs() -> None:
    """A 0.5-peak tone reads -6 dBFS peak; the noise floor sits below the level."""
    result = analyze_levels(_speechlike(0.5, 0.0001), RATE)
    assert result.peak_dbfs == pytest.approx(-6.0, abs=0.2)
    assert result.noise_floor_dbfs < result.level_dbfs - 30
    assert not result.clipping


def test_mic_check_on_a_source_collects_five_seconds() -> None:
    """MicCheck reads exactly the asked length from a source, reports progress and releases it."""
    source = FakeSource(samplerate=RATE, signal=_speechlike(0.2, 0.001), speed=math.inf, blocksize=1000)
    check = MicCheck(source, seconds=5.0)
    check.start()
    assert check.wait(10)
    assert check.done and check.progress == 1.0
    assert check.poll_meter() is not None
    result = check.result()
    assert result.verdict == "ok" and result.seconds == pytest.approx(5.0)


def test_run_mic_check_on_a_dead_source_says_no_signal() -> None:
    """A source that delivers nothing yields no_signal instead of hanging."""
    source = FakeSource(samplerate=RATE, stop_at=0.0)
    assert run_mic_check(source, seconds=0.2, timeout=0.3).verdict == "no_signal"
