"""Speech rate without a transcript: syllable nuclei, pace windows and the rush index.

Syllable nuclei follow the method described by de Jong & Wempe (2009, "Praat script to detect syllable nuclei
and measure speech rate automatically", Behavior Research Methods 41(2)), re-implemented from the paper's
description on our own frame features:

1. The intensity contour (dB) is smoothed over ~50 ms so the pitch-period ripple of a vowel does not make peaks.
2. Every local maximum is a candidate nucleus.
3. A candidate must lie above a threshold: the median intensity of the speech frames (the paper uses the file's
   median, which for a take with long silences would be silence; speech frames keep the idea "louder than a
   typical speech frame" robust to pause share), lowered by ``MEDIAN_OFFSET_DB``, and never below the speech
   threshold from the segmentation.
4. A candidate must be separated from the previous accepted nucleus by an intensity dip of at least 2 dB
   (the paper's "minimum dip between peaks"); of two peaks without such a dip the higher one is kept.
5. A candidate must be voiced: the pitch tracker found F0 within +-20 ms of it.

Rates:
    * ``syllable_rate``: nuclei / speaking span (first speech start to last speech end, pauses included);
    * ``articulation_rate``: nuclei / (span - pause time);
    * ``wpm``: syllable_rate x 60 / syllables per word of the language (``studio.core.delivery``);
    * pace windows: consecutive 10-s windows over the span (a last window shorter than 5 s joins the one before);
    * ``rush_index``: syllable rate over the last 20 % of the span divided by the median window rate.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from studio.core.delivery import SYLLABLES_PER_WORD

MIN_DIP_DB = 2.0
MEDIAN_OFFSET_DB = 6.0
SMOOTH_FRAMES = 5
VOICED_TOLERANCE_S = 0.02
PACE_WINDOW_S = 10.0
RUSH_TAIL = 0.2


@dataclass(frozen=True)
class PaceWindow:
    """Speaking rate in one window of the take."""

    start: float
    end: float
    syllable_rate: float
    wpm: float


def smooth_db(intensity_db: npt.NDArray[np.floating], frames: int = SMOOTH_FRAMES) -> npt.NDArray[np.float64]:
    """Average the power (not the dB) over ``frames`` frames with a Hann kernel, back in dB."""
    power = 10.0 ** (np.asarray(intensity_db, dtype=np.float64) / 10.0)
    kernel = np.hanning(frames + 2)[1:-1]
    kernel /= kernel.sum()
    smoothed = np.convolve(power, kernel, mode="same")
    return 10.0 * np.log10(np.maximum(smoothed, 1e-30))


def syllable_nuclei(
    intensity_db: npt.NDArray[np.floating],
    f0_hz: npt.NDArray[np.floating],
    speech_mask: npt.NDArray[np.bool_],
    threshold_db: float,
    hop_s: float,
) -> npt.NDArray[np.float64]:
    """Times (s) of the syllable nuclei of a take.

    Args:
        intensity_db: Frame levels (dBFS).
        f0_hz: Frame F0, 0 where unvoiced.
        speech_mask: Frames that belong to speech.
        threshold_db: Speech threshold from the segmentation.
        hop_s: Frame hop (s); frame i is centred at (i + 0.5) * hop_s.

    Returns:
        Nucleus times in ascending order.
    """
    n = intensity_db.shape[0]
    if n < 3 or not speech_mask.any():
        return np.zeros(0)
    level = smooth_db(intensity_db)
    peak_threshold = max(float(np.median(level[speech_mask])) - MEDIAN_OFFSET_DB, threshold_db)
    inner = level[1:-1]
    is_peak = (inner > level[:-2]) & (inner >= level[2:])
    candidates = np.flatnonzero(is_peak) + 1
    candidates = candidates[(level[candidates] > peak_threshold) & speech_mask[candidates]]
    voiced = f0_hz > 0
    reach = max(1, round(VOICED_TOLERANCE_S / hop_s))
    voiced_near = np.convolve(voiced.astype(np.int8), np.ones(2 * reach + 1, dtype=np.int8), mode="same") > 0
    accepted: list[int] = []
    for idx in candidates.tolist():
        if accepted:
            previous = accepted[-1]
            dip = float(level[previous : idx + 1].min())
            if min(level[previous], level[idx]) - dip < MIN_DIP_DB:
                # No real dip between the two: one syllable; keep the louder peak.
                if level[idx] > level[previous]:
                    accepted[-1] = idx
                continue
        accepted.append(idx)
    kept = [i for i in accepted if voiced_near[i]]
    return (np.asarray(kept, dtype=np.float64) + 0.5) * hop_s


def pace_windows(nuclei: npt.NDArray[np.float64], span: tuple[float, float], language: str) -> list[PaceWindow]:
    """Syllable rate and WPM in consecutive 10-s windows over the speaking span."""
    start, end = span
    length = end - start
    if length <= 0:
        return []
    count = max(1, int(length // PACE_WINDOW_S))
    edges = [start + i * PACE_WINDOW_S for i in range(count)] + [end]
    if count > 1 and end - edges[-2] < PACE_WINDOW_S / 2:
        del edges[-2]
    spw = SYLLABLES_PER_WORD[language]
    windows = []
    for lo, hi in itertools.pairwise(edges):
        k = int(np.count_nonzero((nuclei >= lo) & (nuclei < hi)))
        rate = k / (hi - lo)
        windows.append(PaceWindow(lo, hi, rate, rate * 60.0 / spw))
    return windows


def rush_index(nuclei: npt.NDArray[np.float64], span: tuple[float, float], windows: list[PaceWindow]) -> float | None:
    """Rate of the last 20 % of the span over the median window rate; None for takes under two windows."""
    if len(windows) < 2:
        return None
    median = float(np.median([w.syllable_rate for w in windows]))
    if median <= 0:
        return None
    tail_start = span[1] - RUSH_TAIL * (span[1] - span[0])
    tail_rate = np.count_nonzero(nuclei >= tail_start) / (span[1] - tail_start)
    return float(tail_rate / median)
