"""Pitch statistics on synthetic voices with known F0 (T3) and the plot contour."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import parselmouth
import pytest

from studio.analysis import analyze
from studio.analysis.pitch import contour, pitch_stats
from tests.unit.analysis.material import EN_TEXT, RU_TEXT, Audio, held_vowel, voice


def _semitones(a: float, b: float) -> float:
    return abs(12.0 * np.log2(a / b))


def _in_silence(signal: np.ndarray, rate: int) -> np.ndarray:
    """Put half a second of silence around a voice, as in any recorded take."""
    gap = np.zeros(rate // 2, dtype=np.float32)
    return np.concatenate((gap, signal, gap))


@pytest.mark.parametrize("f0", [90.0, 150.0, 220.0, 330.0])
@pytest.mark.parametrize("rate", [16000, 44100])
def test_flat_voice_median_and_monotone(f0: float, rate: int) -> None:
    """T3: a level voice reads its F0 within 0.5 semitone and is flagged monotone."""
    report = analyze(_in_silence(held_vowel(3.0, rate, f0=f0), rate), rate, "en")
    median = report.metrics["f0_median_hz"]
    assert median is not None and _semitones(median, f0) <= 0.5
    assert report.metrics["f0_sd_st"] is not None and report.metrics["f0_sd_st"] < 1.5
    assert report.monotone is True


def test_glide_median_and_range() -> None:
    """T3: an exponential glide 100->250 Hz has its median at the geometric mean and a ~14-st range."""
    rate, seconds = 16000, 3.0
    t = np.arange(int(seconds * rate)) / rate
    track = 100.0 * 2.5 ** (t / seconds)
    report = analyze(_in_silence(voice(track, rate), rate), rate, "en")
    median = report.metrics["f0_median_hz"]
    assert median is not None and _semitones(median, np.sqrt(100.0 * 250.0)) <= 0.5
    expected_range = 0.9 * 12.0 * np.log2(2.5)  # 5th to 95th percentile of a linear-in-semitones glide
    assert report.metrics["f0_range_st"] == pytest.approx(expected_range, abs=1.0)
    assert report.metrics["f0_sd_st"] is not None and report.metrics["f0_sd_st"] > 1.5


def test_varied_intonation_is_not_monotone() -> None:
    """T3: a voice swinging +-4 semitones around 150 Hz is not monotone; its median stays at 150 Hz."""
    rate, seconds = 22050, 4.0
    t = np.arange(int(seconds * rate)) / rate
    track = 150.0 * 2.0 ** (4.0 * np.sin(2 * np.pi * 0.75 * t) / 12.0)
    report = analyze(_in_silence(voice(track, rate), rate), rate, "ru")
    median = report.metrics["f0_median_hz"]
    assert median is not None and _semitones(median, 150.0) <= 0.5
    assert report.metrics["f0_sd_st"] is not None and report.metrics["f0_sd_st"] > 2.0
    assert report.monotone is False


def test_pitch_stats_without_voicing_are_none() -> None:
    """Fewer than ten voiced frames give no pitch statistics and no monotone verdict."""
    stats = pitch_stats(np.zeros(100))
    assert (stats.median_hz, stats.range_st, stats.sd_st, stats.monotone) == (None, None, None, None)


def test_monotone_flag_follows_the_sd_threshold() -> None:
    """The monotone flag is set for a flat track and cleared for one with several semitones of movement."""
    flat = np.full(200, 120.0)
    moving = 120.0 * 2.0 ** (np.linspace(-4, 4, 200) / 12.0)
    assert pitch_stats(flat).monotone is True
    assert pitch_stats(moving).monotone is False


def test_contour_keeps_voiced_points_and_is_thinned() -> None:
    """The plot contour lists voiced points only and never more than the cap."""
    f0 = np.where(np.arange(1000) % 2 == 0, 150.0, 0.0)
    times, hz = contour(f0, 0.01)
    assert len(times) == 500 and set(hz) == {150.0}
    times, hz = contour(f0, 0.01, max_points=100)
    assert len(times) <= 100 and len(times) == len(hz)


@pytest.mark.parametrize(("voice_name", "text"), [("en-us", EN_TEXT), ("ru", RU_TEXT)])
def test_median_matches_praat_to_pitch(espeak: Callable[..., Audio], voice_name: str, text: str) -> None:
    """T5 on synthetic speech: median F0 within 1 semitone of Praat's To Pitch (75-500 Hz) on the source."""
    samples, rate = espeak(text, voice_name, 160)
    praat = parselmouth.Sound(samples.astype(np.float64), rate).to_pitch(pitch_floor=75.0, pitch_ceiling=500.0)
    reference = praat.selected_array["frequency"]
    ours = analyze(samples, rate, "en").metrics["f0_median_hz"]
    assert ours is not None
    assert _semitones(ours, float(np.median(reference[reference > 0]))) <= 1.0
