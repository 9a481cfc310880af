"""Filled pauses ("uh", "um", "ээ", "эм"): held, voiced, steady sounds at word boundaries, language-independent.

A filled pause is a vowel (or nasal) held on a level pitch with a steady spectrum, unlike the vowels of words,
whose formants and pitch keep moving into the neighbouring consonants. Detection on the frame features:

1. Candidate frames: speech, voiced, spectral change (``flux_db``, 20-ms lag) under ``MAX_FLUX_DB`` and a pitch
   step from the frame 20 ms before under ``MAX_PITCH_STEP_ST``.
2. Runs of candidate frames (one-frame breaks bridged) lasting at least 0.25 s.
3. Over the run the pitch stays level: standard deviation under ``MAX_PITCH_SD_ST`` semitones and drift
   (end - start, from a straight-line fit) under ``MAX_DRIFT_ST``.
4. The run sits between or before words: within ``BOUNDARY_S`` of a silence of at least ``MIN_GAP_S`` (or of the
   start of the take) before it or after it.

The thresholds were set on espeak-ng speech (no filled pauses: none may be found) and synthetic held vowels
inserted between words (each must be found); see tests/unit/analysis/test_fillers.py.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from studio.analysis.segmentation import runs

MIN_FILLER_S = 0.25
MAX_FLUX_DB = 2.5
MAX_PITCH_STEP_ST = 0.6
MAX_PITCH_SD_ST = 0.8
MAX_DRIFT_ST = 2.0
BOUNDARY_S = 0.15
MIN_GAP_S = 0.1


def filled_pauses(
    f0_hz: npt.NDArray[np.floating],
    flux_db: npt.NDArray[np.floating],
    speech_mask: npt.NDArray[np.bool_],
    hop_s: float,
) -> list[tuple[float, float]]:
    """(start, end) in seconds of each filled pause.

    Args:
        f0_hz: Frame F0, 0 where unvoiced.
        flux_db: Frame spectral change (dB).
        speech_mask: Frames that belong to speech.
        hop_s: Frame hop in seconds.
    """
    n = f0_hz.shape[0]
    if n < 3:
        return []
    voiced = (f0_hz > 0) & speech_mask
    st = np.zeros(n)
    st[voiced] = 12.0 * np.log2(f0_hz[voiced] / 100.0)
    lag = 2
    step = np.full(n, np.inf)
    both = voiced[lag:] & voiced[:-lag]
    step[lag:][both] = np.abs(st[lag:] - st[:-lag])[both]
    candidate = voiced & (flux_db < MAX_FLUX_DB) & (step < MAX_PITCH_STEP_ST)
    # Bridge single-frame breaks.
    bridged = candidate.copy()
    bridged[1:-1] |= candidate[:-2] & candidate[2:]
    starts, ends = runs(bridged)
    min_frames = round(MIN_FILLER_S / hop_s)
    gap_frames = max(1, round(MIN_GAP_S / hop_s))
    reach = round(BOUNDARY_S / hop_s)
    # Silences long enough to separate words, plus the edges of the take as virtual silences.
    sil_starts, sil_ends = runs(~speech_mask)
    long_enough = (sil_ends - sil_starts) >= gap_frames
    sil_starts = np.concatenate(([-gap_frames], sil_starts[long_enough], [n]))
    sil_ends = np.concatenate(([0], sil_ends[long_enough], [n + gap_frames]))
    marks: list[tuple[float, float]] = []
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if end - start < min_frames:
            continue
        run_voiced = voiced[start:end]
        values = st[start:end][run_voiced]
        times = np.arange(start, end)[run_voiced] * hop_s
        if values.shape[0] < min_frames // 2:
            continue
        if float(np.std(values)) > MAX_PITCH_SD_ST:
            continue
        slope = np.polyfit(times, values, 1)[0]
        if abs(slope * (times[-1] - times[0])) > MAX_DRIFT_ST:
            continue
        before = np.any(np.abs(sil_ends - start) <= reach)
        after = np.any(np.abs(sil_starts - end) <= reach)
        if not (before or after):
            continue
        marks.append((start * hop_s, end * hop_s))
    return marks
