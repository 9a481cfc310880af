"""Pitch statistics of a take from the frame F0 track (Praat's autocorrelation method via parselmouth).

The F0 track itself is computed in ``studio.analysis.features`` (To Pitch (ac), 75-500 Hz, Praat's default
costs, 20-ms steps on a 4-kHz copy, read out per 10-ms frame). Statistics use the voiced frames only:

* ``f0_median_hz``: median F0;
* ``f0_range_st``: 5th to 95th percentile, in semitones;
* ``f0_sd_st``: standard deviation of F0 in semitones around the median (12 log2(F0 / median));
* ``monotone``: ``f0_sd_st`` below ``studio.core.delivery.MONOTONE_SD_ST``;
* the contour for the plot: (time, Hz) of voiced frames, thinned to at most ``MAX_CONTOUR_POINTS``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from studio.core.delivery import MONOTONE_SD_ST

MIN_VOICED_FRAMES = 10
MAX_CONTOUR_POINTS = 20_000


@dataclass(frozen=True)
class PitchStats:
    """Summary of the voiced F0 of a take; None fields when there are too few voiced frames."""

    median_hz: float | None
    range_st: float | None
    sd_st: float | None
    monotone: bool | None
    voiced_share: float


def semitones(f0_hz: npt.NDArray[np.floating], reference_hz: float) -> npt.NDArray[np.float64]:
    """F0 in semitones relative to a reference frequency."""
    return 12.0 * np.log2(np.asarray(f0_hz, dtype=np.float64) / reference_hz)


def pitch_stats(f0_hz: npt.NDArray[np.floating], speech_mask: npt.NDArray[np.bool_] | None = None) -> PitchStats:
    """Median, range, variability and the monotone flag of the voiced frames.

    Args:
        f0_hz: Frame F0 (0 where unvoiced).
        speech_mask: When given, the voiced share is relative to speech frames (else to all frames).
    """
    voiced = f0_hz > 0
    base = int(speech_mask.sum()) if speech_mask is not None else f0_hz.shape[0]
    share = float(voiced.sum() / base) if base else 0.0
    values = np.asarray(f0_hz[voiced], dtype=np.float64)
    if values.shape[0] < MIN_VOICED_FRAMES:
        return PitchStats(None, None, None, None, min(share, 1.0))
    median = float(np.median(values))
    st = semitones(values, median)
    low, high = np.percentile(st, [5.0, 95.0])
    sd = float(np.sqrt(np.mean(st * st)))
    return PitchStats(median, float(high - low), sd, sd < MONOTONE_SD_ST, min(share, 1.0))


def contour(
    f0_hz: npt.NDArray[np.floating], hop_s: float, max_points: int = MAX_CONTOUR_POINTS
) -> tuple[list[float], list[float]]:
    """Voiced (time, Hz) points for plotting; unvoiced stretches are gaps larger than one hop between times."""
    index = np.flatnonzero(f0_hz > 0)
    if index.shape[0] > max_points:
        step = int(np.ceil(index.shape[0] / max_points))
        index = index[::step]
    times = np.round((index + 0.5) * hop_s, 3)
    return times.tolist(), np.round(np.asarray(f0_hz[index], dtype=np.float64), 1).tolist()
