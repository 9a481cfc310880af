"""BS.1770 loudness, loudness range, peak and clipping."""

from __future__ import annotations

import numpy as np
import pytest

from studio.analysis import analyze
from studio.analysis.dsp import biquad_response
from studio.analysis.loudness import SignalStats, integrated_loudness, k_weighting_sections, loudness_range


def test_k_weighting_at_48k_matches_the_standard_table() -> None:
    """The biquads designed for 48 kHz reproduce the coefficients printed in ITU-R BS.1770-4."""
    (shelf_b, shelf_a), (hp_b, hp_a) = k_weighting_sections(48000)
    assert shelf_b == pytest.approx((1.53512485958697, -2.69169618940638, 1.19839281085285), abs=1e-9)
    assert shelf_a == pytest.approx((1.0, -1.69065929318241, 0.73248077421585), abs=1e-9)
    assert hp_b == pytest.approx((1.0, -2.0, 1.0))
    assert hp_a == pytest.approx((1.0, -1.99004745483398, 0.99007225036621), abs=1e-9)


@pytest.mark.parametrize("rate", [8000, 16000, 44100, 48000])
def test_full_scale_997_hz_sine_reads_minus_3_lufs(rate: int) -> None:
    """BS.1770 calibration: a 0-dBFS 997-Hz sine in one channel reads -3.01 LUFS at any rate."""
    t = np.arange(5 * rate) / rate
    report = analyze(np.sin(2 * np.pi * 997.0 * t).astype(np.float32), rate, "en")
    assert report.metrics["loudness_lufs"] == pytest.approx(-3.01, abs=0.05)


def test_level_change_moves_loudness_by_the_same_db() -> None:
    """Halving the amplitude lowers the integrated loudness by 6.02 LU."""
    rate = 48000
    t = np.arange(4 * rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 500.0 * t)).astype(np.float32)
    loud = analyze(tone, rate, "en").metrics["loudness_lufs"]
    quiet = analyze(tone / 2, rate, "en").metrics["loudness_lufs"]
    assert loud is not None and quiet is not None
    assert loud - quiet == pytest.approx(6.02, abs=0.05)


def test_gates_ignore_silence_and_leave_none_for_nothing() -> None:
    """Silence is gated out: only the 400-ms blocks overlapping the tone count; only silence gives None."""
    blocks = np.full(50, 10 ** ((-20 + 0.691) / 10))
    with_silence = np.concatenate((blocks, np.zeros(50)))
    # 47 blocks fully in the tone plus three edge blocks at 3/4, 2/4 and 1/4 of its power pass both gates.
    expected = -20.0 + 10 * np.log10((47 + 0.75 + 0.5 + 0.25) / 50)
    assert integrated_loudness(with_silence) == pytest.approx(expected, abs=1e-6)
    assert integrated_loudness(np.zeros(50)) is None
    assert integrated_loudness(np.zeros(2)) is None


def test_loudness_range_of_two_levels() -> None:
    """Alternating 10-s stretches at -20 and -30 LUFS give a range close to 10 LU; a steady level gives 0."""
    low, high = 10 ** ((-30 + 0.691) / 10), 10 ** ((-20 + 0.691) / 10)
    blocks = np.concatenate([np.full(100, high), np.full(100, low)] * 3)
    assert loudness_range(blocks) == pytest.approx(10.0, abs=0.5)
    assert loudness_range(np.full(100, high)) == pytest.approx(0.0, abs=1e-6)
    assert loudness_range(np.full(10, high)) is None


def test_clipping_counts_runs_across_block_edges() -> None:
    """Full-scale runs of 3+ frames count, even split across blocks; a lone full-scale peak does not."""
    signal = np.zeros(1000, dtype=np.float32)
    signal[100] = 1.0  # single normalised peak
    signal[498:503] = -1.0  # run of 5 across the 500 edge
    signal[997:] = 1.0  # run of 3 reaching the end
    stats = SignalStats()
    stats.push(signal[:500])
    stats.push(signal[500:])
    stats.finish()
    assert stats.clipped_frames == 8
    assert stats.peak == 1.0


def test_clipping_on_any_channel_counts() -> None:
    """A frame is clipped when any channel is at full scale."""
    frames = np.zeros((10, 2), dtype=np.float32)
    frames[2:6, 1] = 1.0
    stats = SignalStats()
    stats.push(frames)
    stats.finish()
    assert stats.clipped_frames == 4


def _reference_loudness(x: np.ndarray, rate: int) -> float | None:
    """BS.1770 integrated loudness computed directly: the whole signal K-weighted at its own rate."""
    n, pad = x.shape[0], rate  # a second of zeros so the filter's tail does not wrap around
    total = n + pad
    spectrum = np.fft.rfft(np.concatenate([x, np.zeros(pad)])) * biquad_response(k_weighting_sections(rate), total)
    weighted = np.fft.irfft(spectrum, total)[:n]
    sub = rate // 10
    blocks = (weighted[: n // sub * sub] ** 2).reshape(-1, sub).mean(axis=1)
    return integrated_loudness(blocks)


@pytest.mark.parametrize("rate", [44100, 48000, 96000])
def test_loudness_above_16_khz_matches_the_direct_filter(rate: int) -> None:
    """Noise with most of its power above 8 kHz, level moving: loudness within 0.01 LU of direct K-weighting."""
    rng = np.random.default_rng(rate)
    t = np.arange(8 * rate) / rate
    x = 0.1 * rng.standard_normal(t.shape[0]) * (1.0 + 0.9 * np.sin(2 * np.pi * 0.3 * t))
    ours = analyze(x.astype(np.float32), rate, "en").metrics["loudness_lufs"]
    assert ours == pytest.approx(_reference_loudness(x.astype(np.float32).astype(np.float64), rate), abs=0.01)


def _reference_signals(rate: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(17)
    t = np.arange(8 * rate) / rate
    speechy = np.sin(2 * np.pi * 160 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t)) ** 2
    return {
        "pink-ish noise": np.cumsum(rng.standard_normal(t.size)) * 0.002 % 0.4 - 0.2,
        "white noise -20 dB": 0.1 * rng.standard_normal(t.size),
        "1 kHz sine -12 dBFS": 0.25 * np.sin(2 * np.pi * 1000 * t),
        "speech-like, syllable rhythm": 0.3 * speechy,
        "quiet half, loud half": np.where(t < 4, 0.02, 0.3) * np.sin(2 * np.pi * 440 * t),
    }


@pytest.mark.parametrize("rate", [44100, 48000])
def test_loudness_agrees_with_pyloudnorm(rate: int) -> None:
    """Our numpy BS.1770 meter and the reference implementation (pyloudnorm) agree within 0.1 LU on 5 signals.

    At 16 kHz the two differ by ~0.12 LU, and the standard's own calibration point shows which is right: a 0-dBFS
    997-Hz sine must read -3.01 LUFS; ours does (test above), pyloudnorm reads -3.08 there (its filters are designed
    differently away from 48 kHz). ``test_pyloudnorm_drifts_from_the_calibration_point_at_16k`` keeps that fact.
    """
    pyloudnorm = pytest.importorskip("pyloudnorm")
    meter = pyloudnorm.Meter(rate)
    for name, signal in _reference_signals(rate).items():
        ours = analyze(signal.astype(np.float32), rate, "en").metrics["loudness_lufs"]
        theirs = meter.integrated_loudness(signal.astype(np.float64))
        assert ours is not None, name
        assert ours == pytest.approx(theirs, abs=0.1), name


def test_pyloudnorm_drifts_from_the_calibration_point_at_16k() -> None:
    """At 16 kHz the reference meter reads the calibration sine further from -3.01 LUFS than ours does."""
    pyloudnorm = pytest.importorskip("pyloudnorm")
    rate = 16000
    t = np.arange(5 * rate) / rate
    sine = np.sin(2 * np.pi * 997.0 * t)
    theirs = pyloudnorm.Meter(rate).integrated_loudness(sine)
    ours = analyze(sine.astype(np.float32), rate, "en").metrics["loudness_lufs"]
    assert ours is not None
    assert abs(ours + 3.01) < abs(theirs + 3.01)
    assert ours == pytest.approx(theirs, abs=0.15)
