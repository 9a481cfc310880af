"""Filled pauses ("uh", "um", "ээ", "эм", "м-м"): each mark carries a confidence, language-independent.

A filled pause is a vowel (or nasal) held on a level pitch with a steady spectrum, unlike the vowels of words,
whose formants and pitch keep moving into the neighbouring consonants; or, said short, a lone syllable between
two pauses. The detector scores candidates on the frame features and keeps those whose confidence reaches the
threshold (``DEFAULT_THRESHOLD``; a user's own threshold comes from their confirmations and rejections,
``studio.core.filler_feedback``).

Candidates and their confidence (0..1):

1. Held sounds. Runs of voiced speech frames (one-frame breaks bridged) of at least ``MIN_HELD_S``. Three
   scores, each 0..1, multiplied:

   * steady spectrum: the median spectral change (``flux_db``, 20-ms lag) of the run, 1 at or under
     ``FLUX_STEADY_DB`` falling to 0 at ``FLUX_MOVING_DB`` (the vowels of words sit at 1.5-4 dB, a held "uh"
     at 0.7-1.3 dB);
   * length: 0 at ``MIN_HELD_S``, 1 from ``FULL_HELD_S`` on (a word's vowel is rarely held 0.5 s);
   * level pitch: the pitch standard deviation over the run, 1 at or under ``PITCH_LEVEL_ST`` falling to 0 at
     ``PITCH_MOVING_ST`` semitones (intonation moves inside words).

2. Lone syllables. A speech segment between two pauses (or a pause and the edge of the take) no longer than
   ``MAX_LONE_S`` with at most two syllable nuclei: a short hesitation sound such as a creaky "uh", whose
   pitch and spectrum are too irregular for the first rule. A lone short word ("so", "and") looks the same, so
   it gets only ``LONE_CONFIDENCE``, just over the default threshold: a user who rejects such marks moves their
   threshold above it.

Overlapping candidates become one mark with the larger confidence. The score shapes were set on the dev set's
acted hesitations and checked for false marks on read speech (the dev set's read clips, the spliced takes,
espeak-ng speech at 120-200 WPM); ``make eval`` prints both.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from studio.analysis.segmentation import runs

DEFAULT_THRESHOLD = 0.5
MIN_HELD_S = 0.15
FULL_HELD_S = 0.5
FLUX_STEADY_DB = 1.0
FLUX_MOVING_DB = 2.0
PITCH_LEVEL_ST = 0.5
PITCH_MOVING_ST = 1.5
MAX_LONE_S = 0.45
MIN_LONE_VOICED_S = 0.05
LONE_CONFIDENCE = 0.55


@dataclass(frozen=True)
class FilledPause:
    """One detected filled pause.

    Attributes:
        start: Start (s).
        end: End (s).
        confidence: How sure the detector is, 0..1 (see the module docstring).
    """

    start: float
    end: float
    confidence: float


def _ramp_down(value: float, full: float, zero: float) -> float:
    """1 at or under ``full``, 0 at or over ``zero``, linear between."""
    return float(np.clip((zero - value) / (zero - full), 0.0, 1.0))


def candidates(
    f0_hz: npt.NDArray[np.floating],
    flux_db: npt.NDArray[np.floating],
    speech_mask: npt.NDArray[np.bool_],
    speech: list[tuple[float, float]],
    nuclei: npt.NDArray[np.float64],
    hop_s: float,
) -> list[FilledPause]:
    """Every candidate filled pause with its confidence, whatever the threshold (sorted by start).

    Args:
        f0_hz: Frame F0, 0 where unvoiced.
        flux_db: Frame spectral change (dB).
        speech_mask: Frames that belong to speech.
        speech: Speech segments (s) from the segmentation.
        nuclei: Syllable nucleus times (s).
        hop_s: Frame hop in seconds.
    """
    n = f0_hz.shape[0]
    found: list[FilledPause] = []
    if n >= 3:
        voiced = (f0_hz > 0) & speech_mask
        bridged = voiced.copy()
        bridged[1:-1] |= voiced[:-2] & voiced[2:]
        min_frames = max(2, round(MIN_HELD_S / hop_s))
        for start, end in zip(*runs(bridged), strict=True):
            if end - start < min_frames:
                continue
            run_voiced = voiced[start:end]
            f0 = np.asarray(f0_hz[start:end][run_voiced], dtype=np.float64)
            if f0.shape[0] < min_frames // 2:
                continue
            st = 12.0 * np.log2(f0 / float(np.median(f0)))
            flux = float(np.median(flux_db[start:end][run_voiced]))
            length = (end - start) * hop_s
            confidence = (
                _ramp_down(flux, FLUX_STEADY_DB, FLUX_MOVING_DB)
                * float(np.clip((length - MIN_HELD_S) / (FULL_HELD_S - MIN_HELD_S), 0.0, 1.0))
                * _ramp_down(float(np.std(st)), PITCH_LEVEL_ST, PITCH_MOVING_ST)
            )
            if confidence > 0.0:
                found.append(FilledPause(start * hop_s, end * hop_s, confidence))
        voiced_all = f0_hz > 0
        for a, b in speech:
            if b - a > MAX_LONE_S:
                continue
            lo, hi = int(round(a / hop_s)), int(round(b / hop_s))
            if np.count_nonzero(voiced_all[lo:hi]) * hop_s < MIN_LONE_VOICED_S:
                continue
            if np.count_nonzero((nuclei >= a) & (nuclei < b)) > 2:
                continue
            found.append(FilledPause(a, b, LONE_CONFIDENCE))
    found.sort(key=lambda c: c.start)
    merged: list[FilledPause] = []
    for c in found:
        if merged and c.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = FilledPause(min(last.start, c.start), max(last.end, c.end), max(last.confidence, c.confidence))
        else:
            merged.append(c)
    return [
        FilledPause(round(float(c.start), 3), round(float(c.end), 3), round(float(c.confidence), 3)) for c in merged
    ]


def filled_pauses(all_candidates: list[FilledPause], threshold: float = DEFAULT_THRESHOLD) -> list[FilledPause]:
    """The candidates whose confidence reaches ``threshold``."""
    return [c for c in all_candidates if c.confidence >= threshold]
