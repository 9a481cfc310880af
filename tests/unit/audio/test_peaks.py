"""Tests of studio/audio/peaks.py: correct min/max/RMS, incremental = offline, ≤ width columns, atomic files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from studio.audio.peaks import Peaks, PeaksBuilder, build_peaks_from_file, ensure_peaks, peaks_path_for, raw_envelope


def _signal(frames: int) -> np.ndarray:
    rng = np.random.default_rng(3)
    return (rng.uniform(-0.8, 0.8, frames) * np.linspace(0.1, 1.0, frames)).astype(np.float32)


def test_levels_match_brute_force() -> None:
    """Each 256-frame and 65,536-frame bin has the true min, max and RMS, including the partial last bin."""
    x = _signal(65536 * 2 + 1000)
    builder = PeaksBuilder(48000)
    for start in range(0, x.size, 777):
        builder.add(x[start : start + 777, None])
    peaks = builder.finish()
    fine, coarse = peaks.levels
    assert peaks.frames == x.size and len(fine) == int(np.ceil(x.size / 256)) and len(coarse) == 3
    assert fine.mins[5] == x[1280:1536].min() and fine.maxs[5] == x[1280:1536].max()
    assert fine.rms[5] == pytest.approx(np.sqrt(np.mean(x[1280:1536].astype(np.float64) ** 2)), rel=1e-5)
    assert fine.maxs[-1] == x[-(x.size % 256) :].max()
    assert coarse.mins[1] == x[65536:131072].min()
    assert coarse.rms[2] == pytest.approx(np.sqrt(np.mean(x[131072:].astype(np.float64) ** 2)), rel=1e-3)


def test_envelope_never_exceeds_width_and_keeps_extremes() -> None:
    """The view of any range has ≤ width columns (≤ 2×width points) and never hides a peak."""
    x = _signal(48000 * 120)
    x[48000 * 60] = 0.99
    builder = PeaksBuilder(48000)
    builder.add(x)
    peaks = builder.finish()
    for start, end, width in [(0, 120, 800), (59, 61, 300), (60, 60.01, 500), (0, 1e9, 3)]:
        env = peaks.envelope(start, end, width)
        assert 0 < len(env.times) <= width
        assert env.line()[0].size <= 2 * width
    assert peaks.envelope(0, 120, 800).maxs.max() == pytest.approx(0.99)
    assert len(peaks.envelope(10, 5, 100).times) == 0


def test_save_load_round_trip_and_file_build(tmp_path: Path) -> None:
    """Saved peaks load identically; peaks built from a file equal the incremental ones."""
    x = _signal(300_000)
    wav = tmp_path / "t.wav"
    sf.write(str(wav), x, 44100, subtype="FLOAT")
    built = build_peaks_from_file(wav)
    builder = PeaksBuilder(44100)
    builder.add(x)
    live = builder.finish()
    built.save(peaks_path_for(wav))
    loaded = Peaks.load(peaks_path_for(wav))
    assert loaded.frames == live.frames == 300_000 and loaded.samplerate == 44100
    for a, b in zip(loaded.levels, live.levels, strict=True):
        assert np.allclose(a.maxs, b.maxs) and np.allclose(a.rms, b.rms, rtol=1e-4)
    assert not list(tmp_path.glob("*.tmp"))


def test_ensure_peaks_rebuilds_missing_or_corrupt(tmp_path: Path) -> None:
    """A take whose peaks file is missing or damaged gets new peaks."""
    wav = tmp_path / "u.wav"
    sf.write(str(wav), _signal(10_000), 16000)
    peaks_path_for(wav).write_bytes(b"garbage")
    assert ensure_peaks(wav).frames == 10_000
    assert Peaks.load(peaks_path_for(wav)).frames == 10_000


def test_raw_envelope_for_deep_zoom(tmp_path: Path) -> None:
    """Below 256 frames per column the raw samples are reduced per column."""
    x = _signal(48000)
    wav = tmp_path / "v.wav"
    sf.write(str(wav), np.stack([x, x], axis=1), 48000, subtype="FLOAT")
    env = raw_envelope(wav, 0.5, 0.51, 100)
    assert len(env.times) == 100
    assert env.maxs.max() == pytest.approx(x[24000:24480].max())
