"""Speech rate without a transcript: syllable nuclei, pace windows and the rush index.

Syllable nuclei follow the idea of de Jong & Wempe (2009, "Praat script to detect syllable nuclei and measure
speech rate automatically", Behavior Research Methods 41(2)) - a nucleus is a voiced intensity peak with a dip
before it - re-implemented on our own frame features and changed where real speech showed it undercounting
(their script, and our first version on the broad-band level, missed 15-25 % of the syllables of real English):

1. The envelope is the level of the 300-2500 Hz band (``vowel_db`` from ``studio.analysis.features``): vowels
   carry their first two formants there, while fricatives and bursts, which fill the dips between syllables in
   the broad-band level, add little. It is smoothed only lightly (a 3-frame Hann kernel on a 32-ms window, so
   about 40 ms in all): fast, coarticulated syllables keep their dips.
2. Every local maximum inside speech is a candidate nucleus.
3. A candidate must lie above the median envelope of the speech frames lowered by ``MEDIAN_OFFSET_DB``
   (unstressed syllables are often 6-8 dB below the median; a stop burst or breath is further down).
4. A candidate must be separated from the previous accepted nucleus by a dip of at least ``MIN_DIP_DB`` below
   the lower of the two peaks; of two peaks without such a dip the higher one is kept. Measured on the
   band-limited envelope a 1-dB dip is already a syllable boundary; the broad-band level needed 2 dB.
5. A candidate must be voiced: the pitch tracker found F0 within +-20 ms of it.
6. Per language, a minimum spacing between nuclei (``MIN_SPACING_S``): English has reduced syllables of 50 ms
   and less ("the", "-ble"), so none beyond the frame; in Russian every syllable has a full vowel letter and
   slow speech stretches its iotated vowels and diphthong-like glides («я», «ю», «ой») into two level bumps, so
   peaks closer than 80 ms are one syllable. The Russian figure comes from espeak-ng speech (the dev set has no
   labelled Russian): it holds the count within a few per cent at 120-200 WPM.

The thresholds were chosen on the word-timed read clips spliced into longer takes (``tests/eval/splice.py``)
and checked on espeak-ng speech at 120-200 WPM in English and Russian (tests/unit/analysis/test_rate.py);
``make eval`` prints their error on the whole dev set.

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

MIN_DIP_DB = 1.0
MEDIAN_OFFSET_DB = 8.0
SMOOTH_FRAMES = 3
VOICED_TOLERANCE_S = 0.02
MIN_SPACING_S: dict[str, float] = {"en": 0.0, "ru": 0.08}
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
    vowel_db: npt.NDArray[np.floating],
    f0_hz: npt.NDArray[np.floating],
    speech_mask: npt.NDArray[np.bool_],
    hop_s: float,
    min_spacing_s: float = 0.0,
) -> npt.NDArray[np.float64]:
    """Times (s) of the syllable nuclei of a take.

    Args:
        vowel_db: Frame levels of the vowel band (dB), see ``studio.analysis.features``.
        f0_hz: Frame F0, 0 where unvoiced.
        speech_mask: Frames that belong to speech.
        hop_s: Frame hop (s); frame i is centred at (i + 0.5) * hop_s.
        min_spacing_s: Peaks closer than this to the previous nucleus are the same syllable (by language:
            ``MIN_SPACING_S``).

    Returns:
        Nucleus times in ascending order.
    """
    n = vowel_db.shape[0]
    if n < 3 or not speech_mask.any():
        return np.zeros(0)
    level = smooth_db(vowel_db)
    peak_threshold = float(np.median(level[speech_mask])) - MEDIAN_OFFSET_DB
    inner = level[1:-1]
    is_peak = (inner > level[:-2]) & (inner >= level[2:])
    candidates = np.flatnonzero(is_peak) + 1
    voiced = f0_hz > 0
    reach = max(1, round(VOICED_TOLERANCE_S / hop_s))
    voiced_near = np.convolve(voiced.astype(np.int8), np.ones(2 * reach + 1, dtype=np.int8), mode="same") > 0
    candidates = candidates[(level[candidates] > peak_threshold) & speech_mask[candidates] & voiced_near[candidates]]
    accepted: list[int] = []
    for idx in candidates.tolist():
        if accepted:
            previous = accepted[-1]
            dip = float(level[previous : idx + 1].min())
            too_close = (idx - previous) * hop_s < min_spacing_s
            if too_close or min(level[previous], level[idx]) - dip < MIN_DIP_DB:
                # No real dip between the two (or too close): one syllable; keep the louder peak.
                if level[idx] > level[previous]:
                    accepted[-1] = idx
                continue
        accepted.append(idx)
    return (np.asarray(accepted, dtype=np.float64) + 0.5) * hop_s


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
