"""Streaming block spectra in numpy only: one FFT per block serves rate conversion and K-weighting.

The source stream is cut into overlapping blocks of about 2.5 s (FFTs of ~130k points stay in cache; 10-s
blocks cost twice as much per sample), each with 0.1 s of context (margin) on both
sides. One real FFT per block at the source rate then gives, by multiplying the spectrum and transforming back:

* the 16-kHz signal for pitch and levels (spectrum cut at the lower Nyquist frequency, raised-cosine taper over
  the top 10 % when downsampling, inverse FFT at the 16-kHz length: exact rate conversion for any integer rates);
* the K-weighted signal of BS.1770 (spectrum times the frequency response of the two K-weighting biquads): at
  the source rate up to 16 kHz; above, its energy below 8 kHz at 16 kHz plus the source energy above 8 kHz
  times the filter's flat gain there (``studio.analysis.features.FeatureExtractor._push_loudness``).

Only the middle (core) of each block is kept, so the circular wrap of the FFT lands in the discarded margins:
the K-weighting impulse response has decayed below 1e-6 of its peak within 0.1 s, and the tapered
interpolation kernel is as short. This replaces a sample-by-sample IIR loop (far too slow in Python) and SciPy
(~140 MiB, ~1.6 s import for two biquads), and costs one forward and two or three inverse FFTs per block.

Block lengths are chosen as 5-smooth multiples of the rate-ratio unit so every FFT has small prime factors.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Biquad = tuple[tuple[float, float, float], tuple[float, float, float]]


def _next_smooth(n: int) -> int:
    """Smallest integer >= n whose prime factors are all 2, 3 or 5."""
    best = 1 << max(0, (n - 1).bit_length())
    power5 = 1
    while power5 < 2 * n:
        power35 = power5
        while power35 < 2 * n:
            value = power35
            while value < n:
                value *= 2
            best = min(best, value)
            power35 *= 3
        power5 *= 5
    return best


@dataclass(frozen=True)
class Block:
    """One block of the stream with its spectrum.

    Attributes:
        samples: The block's samples (margins included), float64.
        spectrum: rfft of the block (margins included), complex128.
        length: Number of samples the spectrum was computed from.
        core_start: Index of the first core sample inside the block.
        core_valid: Number of real (not padding) core samples.
    """

    samples: npt.NDArray[np.float64]
    spectrum: npt.NDArray[np.complex128]
    length: int
    core_start: int
    core_valid: int


class BlockSpectra:
    """Cut a mono stream into overlapping blocks and give each block's spectrum (see the module docstring)."""

    def __init__(self, rate_in: int, rate_out: int, block_seconds: float = 2.5, margin_seconds: float = 0.1):
        """Choose block sizes for a source rate and the rate the features need.

        Args:
            rate_in: Source sample rate in Hz.
            rate_out: Analysis sample rate in Hz.
            block_seconds: Rough length of the useful core of a block.
            margin_seconds: Context kept on each side of a block.
        """
        if rate_in <= 0 or rate_out <= 0:
            raise ValueError(f"sample rates must be positive, got {rate_in} and {rate_out}")
        g = math.gcd(rate_in, rate_out)
        self.rate_in = rate_in
        self.rate_out = rate_out
        self.up = rate_out // g
        self.down = rate_in // g
        # Multiples of 4 units keep the block edges on whole samples of a 4x-decimated copy (the pitch signal).
        self.margin_units = 4 * max(1, math.ceil(margin_seconds * g / 4))
        total_units = 4 * _next_smooth(math.ceil((round(block_seconds * g) + 2 * self.margin_units) / 4))
        self.core_units = total_units - 2 * self.margin_units
        self.block_in = total_units * self.down
        self.block_out = total_units * self.up
        margin_in = self.margin_units * self.down
        self._buf = np.zeros(margin_in, dtype=np.float64)
        self.received = 0

    def push(self, samples: npt.NDArray[np.floating]) -> Iterator[Block]:
        """Feed samples; yield every block that is complete."""
        self.received += samples.shape[0]
        self._buf = np.concatenate((self._buf, samples.astype(np.float64, copy=False)))
        core_in = self.core_units * self.down
        while self._buf.shape[0] >= self.block_in:
            block = self._buf[: self.block_in]
            yield Block(block, np.fft.rfft(block), self.block_in, self.margin_units * self.down, core_in)
            self._buf = self._buf[core_in:]

    def flush(self) -> Iterator[Block]:
        """Yield the last block(s), zero-padded; ``core_valid`` says how much of the core is real audio."""
        margin_in = self.margin_units * self.down
        core_in = self.core_units * self.down
        while self._buf.shape[0] > margin_in:
            real = min(self._buf.shape[0] - margin_in, core_in)
            block = np.zeros(self.block_in, dtype=np.float64)
            take = min(self._buf.shape[0], self.block_in)
            block[:take] = self._buf[:take]
            yield Block(block, np.fft.rfft(block), self.block_in, margin_in, real)
            self._buf = self._buf[core_in:]
        self._buf = np.zeros(0, dtype=np.float64)

    def taper(self, n_bins: int) -> npt.NDArray[np.float64]:
        """Gain per output bin for rate conversion: 1, with a raised-cosine roll-off to the lower Nyquist."""
        gain = np.ones(n_bins)
        if self.rate_out < self.rate_in:
            width = max(1, n_bins // 10)
            ramp = np.arange(1, width + 1) / (width + 1)
            gain[-width:] = 0.5 * (1.0 + np.cos(np.pi * ramp))
        return gain


def biquad_response(sections: list[Biquad], n: int) -> npt.NDArray[np.complex128]:
    """Frequency response of a cascade of biquads at the rfft bins of an n-point transform.

    Args:
        sections: ((b0, b1, b2), (1, a1, a2)) per biquad.
        n: Transform length.
    """
    z = np.exp(-2j * np.pi * np.arange(n // 2 + 1) / n)
    response = np.ones(n // 2 + 1, dtype=np.complex128)
    for b, a in sections:
        response *= (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)
    return response
