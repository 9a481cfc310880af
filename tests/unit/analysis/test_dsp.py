"""Block spectra: exact rate conversion, K-weighting response, independence of the block sizes fed in."""

from __future__ import annotations

import numpy as np
import pytest

from studio.analysis.dsp import BlockSpectra, _next_smooth, biquad_response
from studio.analysis.features import FeatureExtractor
from studio.analysis.loudness import k_weighting_sections


def test_next_smooth_has_only_small_prime_factors() -> None:
    """Block lengths are 5-smooth and never shorter than asked."""
    for n in (1, 7, 97, 1000, 43201, 163841):
        value = _next_smooth(n)
        assert value >= n
        for prime in (2, 3, 5):
            while value % prime == 0:
                value //= prime
        assert value == 1


def test_blocks_overlap_by_their_margins() -> None:
    """Consecutive blocks advance by exactly their core, and the flush covers the rest of the input."""
    spectra = BlockSpectra(48000, 16000)
    signal = np.random.default_rng(0).normal(size=48000 * 7)
    blocks = list(spectra.push(signal)) + list(spectra.flush())
    assert sum(b.core_valid for b in blocks) == signal.shape[0]
    first = np.fft.irfft(blocks[0].spectrum, blocks[0].length)
    start = blocks[0].core_start
    assert np.allclose(first[start : start + 100], signal[:100])


def test_k_weighting_response_at_1k_and_low_frequencies() -> None:
    """K-weighting is ~0 dB near 1 kHz, about +4 dB at high frequencies and strongly cuts 20 Hz."""
    n = 48000
    gain_db = 20 * np.log10(np.abs(biquad_response(k_weighting_sections(48000), n)) + 1e-12)
    assert gain_db[997] == pytest.approx(0.69, abs=0.1)  # the +0.691 the -0.691 offset compensates
    assert gain_db[10000] == pytest.approx(4.0, abs=0.3)
    assert gain_db[20] < -10.0


@pytest.mark.parametrize("rate", [8000, 11025, 22050, 44100, 48000, 12345])
def test_rate_conversion_keeps_a_tone(rate: int) -> None:
    """A 440-Hz tone converted to 16 kHz keeps its amplitude and phase (intensity of a -6 dBFS sine)."""
    t = np.arange(3 * rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440.0 * t)).astype(np.float32)
    extractor = FeatureExtractor(rate)
    extractor.push(tone)
    features = extractor.finish()
    middle = features.intensity_db[50:-50]
    assert features.intensity_db.shape[0] == int(3 * 16000) // 160
    assert np.allclose(middle, 20 * np.log10(0.5 / np.sqrt(2)), atol=0.1)


def test_features_do_not_depend_on_block_sizes() -> None:
    """Feeding the same audio in odd block sizes gives the same features as in one go."""
    rate = 44100
    rng = np.random.default_rng(5)
    signal = (0.1 * rng.normal(size=rate * 40)).astype(np.float32)
    one = FeatureExtractor(rate)
    one.push(signal)
    whole = one.finish()
    pieces = FeatureExtractor(rate)
    position = 0
    for size in (1, 999, 44100, 123457, 7):
        pieces.push(signal[position : position + size])
        position += size
    pieces.push(signal[position:])
    split = pieces.finish()
    assert np.allclose(whole.intensity_db, split.intensity_db, atol=1e-4)
    assert np.array_equal(whole.f0_hz > 0, split.f0_hz > 0)
    assert np.allclose(whole.loudness_blocks, split.loudness_blocks, rtol=1e-6)
