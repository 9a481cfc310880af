"""Loudness (ITU-R BS.1770-4) and signal checks: clipping and peak, computed while streaming at the source rate.

Method:
    * K-weighting: the two BS.1770 biquads (a high shelf of about +4 dB above ~1.7 kHz modelling the head, and a
      second-order high-pass at ~38 Hz) designed for the file's own sample rate by the bilinear transform of their
      analogue prototypes (at 48 kHz this reproduces the coefficients printed in the standard). The cascade is
      applied in the frequency domain on overlapping blocks (see ``studio.analysis.dsp``), numpy only.
    * Mean square of the weighted signal per 100-ms sub-block; gating blocks are 400 ms (four sub-blocks, 75 %
      overlap); integrated loudness = -0.691 + 10 log10(mean of the blocks that pass the absolute gate at
      -70 LUFS and the relative gate 10 LU below the loudness of the absolutely-gated blocks).
    * Loudness range (EBU Tech 3342 style): short-term loudness over 3-s windows every 100 ms, absolute gate
      -70 LUFS, relative gate -20 LU, spread between the 10th and 95th percentiles.
    * Channels: measured on the mono mix-down (mean of the channels) the rest of the analysis hears, not as the
      BS.1770 channel sum: a dual-mono stereo file then measures the same as its mono original (the standard
      would add 3 dB for the second channel), which is what matters for judging a voice.
    * Clipping: a sample frame counts as clipped when any channel is at >= 0.999 of full scale in a run of at
      least three consecutive frames (a single full-scale peak of a normalised file is not clipping).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from studio.analysis.dsp import Biquad

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
CLIP_LEVEL = 0.999
CLIP_RUN = 3


def k_weighting_sections(rate: int) -> list[Biquad]:
    """BS.1770 K-weighting biquads for a sample rate, from their analogue prototypes (bilinear transform).

    Args:
        rate: Sample rate in Hz.

    Returns:
        [(b, a) of the high shelf, (b, a) of the high-pass], each a = (1, a1, a2).
    """
    # Stage 1: high shelf. Centre frequency, gain and Q of the analogue prototype behind the BS.1770 table.
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh**0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf = (
        ((vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0),
        (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0),
    )
    # Stage 2: RLB high-pass.
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1.0 + k / q + k * k
    highpass = ((1.0, -2.0, 1.0), (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0))
    return [shelf, highpass]


class SignalStats:
    """Peak, clipping and length of the source frames, streamed block by block."""

    def __init__(self) -> None:
        """Start empty."""
        self.peak = 0.0
        self.clipped_frames = 0
        self.frames = 0
        self._run = 0

    def push(self, frames: npt.NDArray[np.floating]) -> None:
        """Add source frames, shape (n,) or (n, channels)."""
        n = frames.shape[0]
        if n == 0:
            return
        self.frames += n
        raw = np.abs(frames)
        self.peak = max(self.peak, float(raw.max()))
        at_full = raw >= CLIP_LEVEL
        if at_full.ndim == 2:
            at_full = at_full.any(axis=1)
        self._count_clipping(at_full)

    def _count_clipping(self, at_full: npt.NDArray[np.bool_]) -> None:
        # Runs of full-scale frames may cross block edges: ``_run`` carries the length of the run still open at
        # the end of the previous block; a run is counted once it has ended (or at ``finish``).
        edges = np.diff(np.concatenate(([0], at_full.astype(np.int8), [0])))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1)
        lengths = ends - starts
        if self._run and (lengths.shape[0] == 0 or starts[0] != 0):
            self._close_run()
        elif self._run:
            lengths[0] += self._run
            self._run = 0
        if lengths.shape[0] and ends[-1] == at_full.shape[0]:
            self._run = int(lengths[-1])
            lengths = lengths[:-1]
        self.clipped_frames += int(lengths[lengths >= CLIP_RUN].sum())

    def _close_run(self) -> None:
        if self._run >= CLIP_RUN:
            self.clipped_frames += self._run
        self._run = 0

    def finish(self) -> None:
        """Close the bookkeeping at the end of the stream (counts a clipped run that reaches the end)."""
        self._close_run()


class LoudnessMeter:
    """Mean square of K-weighted samples per 100-ms sub-block, fed with the weighted signal block by block."""

    def __init__(self, rate: int):
        """Prepare for a source rate (Hz)."""
        self.rate = rate
        self._sub_len = max(1, round(rate / 10))
        self._acc = 0.0
        self._acc_n = 0
        self._sub_blocks: list[float] = []

    def push_weighted(self, weighted: npt.NDArray[np.float64]) -> None:
        """Add K-weighted samples (contiguous with the previous call)."""
        self.push_squares(weighted * weighted)

    def push_squares(self, squares: npt.NDArray[np.float64]) -> None:
        """Add the squares of K-weighted samples, or any per-sample energy (contiguous with the previous call)."""
        n = squares.shape[0]
        pos = 0
        if self._acc_n:
            take = min(self._sub_len - self._acc_n, n)
            self._acc += float(squares[:take].sum())
            self._acc_n += take
            pos = take
            if self._acc_n == self._sub_len:
                self._sub_blocks.append(self._acc / self._sub_len)
                self._acc, self._acc_n = 0.0, 0
        whole = (n - pos) // self._sub_len
        if whole:
            chunk = squares[pos : pos + whole * self._sub_len].reshape(whole, self._sub_len)
            self._sub_blocks.extend(chunk.mean(axis=1).tolist())
            pos += whole * self._sub_len
        if pos < n:
            self._acc += float(squares[pos:].sum())
            self._acc_n += n - pos

    def sub_block_energies(self) -> npt.NDArray[np.float64]:
        """Mean square of the K-weighted signal per complete 100-ms sub-block so far."""
        return np.asarray(self._sub_blocks, dtype=np.float64)


def _lufs(mean_square: npt.NDArray[np.float64] | float) -> npt.NDArray[np.float64]:
    return -0.691 + 10.0 * np.log10(np.maximum(mean_square, 1e-20))


def integrated_loudness(sub_blocks: npt.NDArray[np.float64]) -> float | None:
    """Gated integrated loudness in LUFS from 100-ms sub-block energies; None when nothing passes the gates."""
    if sub_blocks.shape[0] < 4:
        return None
    window = np.lib.stride_tricks.sliding_window_view(sub_blocks, 4).mean(axis=1)
    above_abs = window[_lufs(window) > ABSOLUTE_GATE_LUFS]
    if above_abs.shape[0] == 0:
        return None
    relative_gate = float(_lufs(float(above_abs.mean()))) + RELATIVE_GATE_LU
    gated = above_abs[_lufs(above_abs) > relative_gate]
    if gated.shape[0] == 0:
        return None
    return float(_lufs(float(gated.mean())))


def loudness_range(sub_blocks: npt.NDArray[np.float64]) -> float | None:
    """Loudness range in LU (10th to 95th percentile of gated 3-s short-term loudness); None when too short."""
    if sub_blocks.shape[0] < 30:
        return None
    short_term = _lufs(np.lib.stride_tricks.sliding_window_view(sub_blocks, 30).mean(axis=1))
    short_term = short_term[short_term > ABSOLUTE_GATE_LUFS]
    if short_term.shape[0] == 0:
        return None
    relative_gate = float(_lufs(float(np.mean(10.0 ** ((short_term + 0.691) / 10.0))))) - 20.0
    short_term = short_term[short_term > relative_gate]
    if short_term.shape[0] == 0:
        return None
    low, high = np.percentile(short_term, [10.0, 95.0])
    return float(high - low)
