"""Filled pauses ("uh", "um", "ээ", "эм", "м-м"): each mark carries a confidence, language-independent.

A filled pause is a vowel (or nasal) held with steady formants on a level pitch, unlike the vowels of words,
whose formants and pitch keep moving into the neighbouring consonants; or, said short, a lone steady syllable
between pauses. The detector scores candidates on the frame features and keeps those whose confidence reaches
the threshold (``DEFAULT_THRESHOLD``; a user's own threshold comes from their confirmations and rejections,
``studio.core.filler_feedback``).

Steadiness is the median change of the spectral *shape* (``flux_db`` of ``studio.analysis.features``: band
energies 20 ms apart, less their common level change) over the voiced frames of a sound: 1 at or under
``SHAPE_STEADY_DB`` falling to 0 at ``SHAPE_MOVING_DB``. Hesitations measured 0.65-1.07 dB, whether held 0.1 s or
0.7 s, swelling or not; the vowels of read words 1.25 dB and more (one of 865 voiced runs of the dev set's read
clips and the spliced takes, all noise conditions, came under 1.07). A plain spectral difference, which counts a
swell in loudness as change, put short hesitations at 2-3 dB among the words.

Candidates and their confidence (0..1):

1. Held sounds. Runs of voiced speech frames (one-frame breaks bridged) of at least ``MIN_HELD_S``: steadiness
   times length (0 at ``MIN_HELD_S``, 1 from ``FULL_HELD_S`` on: a word's vowel is rarely held 0.5 s) times level
   pitch (pitch standard deviation over the run, 1 at or under ``PITCH_LEVEL_ST`` falling to 0 at
   ``PITCH_MOVING_ST`` semitones: intonation moves inside words).

2. Lone syllables. A stretch of speech no longer than ``MAX_LONE_S`` with at most two syllable nuclei, standing
   alone: between pauses (or a pause and the edge of the take), or cut off from the rest of its speech segment by a
   held filled pause of rule 1 (confidence at least ``DEFAULT_THRESHOLD``, whatever the user's threshold), as in
   "uh... uhhh". Such a short hesitation ("uh", often ending in creak) is too short for rule 1 and its pitch too
   irregular; its confidence is ``LONE_CONFIDENCE`` times the steadiness of its longest voiced run, so a lone
   short word ("so", "and"), whose vowel moves, gets little or none.

Overlapping candidates become one mark with the larger confidence. The score shapes were set on the dev set's
acted hesitations (one speaker) and checked for false marks on read speech (the dev set's read clips, the spliced
takes at 10-40 dB SNR, espeak-ng speech at 120-200 WPM in English and Russian); ``make eval`` prints both.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from studio.analysis.segmentation import runs

DEFAULT_THRESHOLD = 0.5
MIN_HELD_S = 0.15
FULL_HELD_S = 0.5
SHAPE_STEADY_DB = 1.0
SHAPE_MOVING_DB = 1.5
PITCH_LEVEL_ST = 0.5
PITCH_MOVING_ST = 1.5
MAX_LONE_S = 0.45
MIN_LONE_VOICED_S = 0.05
LONE_CONFIDENCE = 0.8


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


def _steadiness(shape_db: npt.NDArray[np.floating]) -> float:
    """1 for a steady spectral shape, 0 for a moving one (median over the frames given)."""
    if shape_db.shape[0] == 0:
        return 0.0
    return _ramp_down(float(np.median(shape_db)), SHAPE_STEADY_DB, SHAPE_MOVING_DB)


def _held(
    f0_hz: npt.NDArray[np.floating], flux_db: npt.NDArray[np.floating], voiced: npt.NDArray[np.bool_], hop_s: float
) -> list[FilledPause]:
    """Rule 1: voiced runs held long with a steady shape on a level pitch."""
    bridged = voiced.copy()
    bridged[1:-1] |= voiced[:-2] & voiced[2:]
    min_frames = max(2, round(MIN_HELD_S / hop_s))
    found = []
    for start, end in zip(*runs(bridged), strict=True):
        if end - start < min_frames:
            continue
        run_voiced = voiced[start:end]
        f0 = np.asarray(f0_hz[start:end][run_voiced], dtype=np.float64)
        if f0.shape[0] < min_frames // 2:
            continue
        st = 12.0 * np.log2(f0 / float(np.median(f0)))
        length = (end - start) * hop_s
        confidence = (
            _steadiness(flux_db[start:end][run_voiced])
            * float(np.clip((length - MIN_HELD_S) / (FULL_HELD_S - MIN_HELD_S), 0.0, 1.0))
            * _ramp_down(float(np.std(st)), PITCH_LEVEL_ST, PITCH_MOVING_ST)
        )
        if confidence > 0.0:
            found.append(FilledPause(start * hop_s, end * hop_s, confidence))
    return found


def _lone_stretches(speech: list[tuple[float, float]], held: list[FilledPause]) -> list[tuple[float, float]]:
    """The speech segments, each cut where a confident held filled pause lies inside it (the parts around it)."""
    confident = [c for c in held if c.confidence >= DEFAULT_THRESHOLD]
    parts = []
    for a, b in speech:
        position = a
        for c in confident:
            if c.end <= position or c.start >= b:
                continue
            if c.start > position:
                parts.append((position, c.start))
            position = max(position, c.end)
        if b > position:
            parts.append((position, b))
    return parts


def _lone(
    f0_hz: npt.NDArray[np.floating],
    flux_db: npt.NDArray[np.floating],
    speech: list[tuple[float, float]],
    held: list[FilledPause],
    nuclei: npt.NDArray[np.float64],
    hop_s: float,
) -> list[FilledPause]:
    """Rule 2: short stretches standing alone whose longest voiced run is steady."""
    voiced_all = f0_hz > 0
    found = []
    for a, b in _lone_stretches(speech, held):
        if b - a > MAX_LONE_S:
            continue
        lo, hi = int(round(a / hop_s)), int(round(b / hop_s))
        voiced = voiced_all[lo:hi]
        if np.count_nonzero(voiced) * hop_s < MIN_LONE_VOICED_S:
            continue
        if np.count_nonzero((nuclei >= a) & (nuclei < b)) > 2:
            continue
        bridged = voiced.copy()
        bridged[1:-1] |= voiced[:-2] & voiced[2:]
        starts, ends = runs(bridged)
        longest = int(np.argmax(ends - starts))
        run = slice(lo + int(starts[longest]), lo + int(ends[longest]))
        confidence = LONE_CONFIDENCE * _steadiness(flux_db[run][voiced_all[run]])
        if confidence > 0.0:
            found.append(FilledPause(a, b, confidence))
    return found


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
        flux_db: Frame change of the spectral shape (dB).
        speech_mask: Frames that belong to speech.
        speech: Speech segments (s) from the segmentation.
        nuclei: Syllable nucleus times (s).
        hop_s: Frame hop in seconds.
    """
    found: list[FilledPause] = []
    if f0_hz.shape[0] >= 3:
        held = _held(f0_hz, flux_db, (f0_hz > 0) & speech_mask, hop_s)
        found = held + _lone(f0_hz, flux_db, speech, held, nuclei, hop_s)
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
