"""Frame features: the spectral-change track reads the shape of the spectrum, not its loudness."""

from __future__ import annotations

import numpy as np

from studio.analysis.features import FeatureExtractor, Features
from tests.unit.analysis.material import held_vowel

RATE = 16000


def _features(samples: np.ndarray) -> Features:
    extractor = FeatureExtractor(RATE)
    extractor.push(samples.astype(np.float32))
    return extractor.finish()


def _held_median_flux(samples: np.ndarray) -> float:
    """Median shape change over the voiced frames, leaving out 50 ms at each end of the sound."""
    features = _features(np.concatenate([np.zeros(RATE // 2), samples, np.zeros(RATE // 2)]))
    voiced = np.flatnonzero(features.f0_hz > 0)
    inner = voiced[(voiced > voiced[0] + 5) & (voiced < voiced[-1] - 5)]
    return float(np.median(features.flux_db[inner]))


def test_swelling_held_vowel_reads_as_steady() -> None:
    """A held vowel that swells by 20 dB has as steady a shape as one at a constant level (within 0.2 dB)."""
    vowel = held_vowel(0.5, RATE, f0=100.0).astype(np.float64)
    swell = vowel * np.logspace(-1.0, 0.0, vowel.shape[0])  # -20 dB to 0 dB: 0.8 dB per 20 ms
    flat = _held_median_flux(vowel)
    assert flat < 0.5
    assert abs(_held_median_flux(swell) - flat) < 0.2
