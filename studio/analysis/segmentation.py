"""Speech vs silence and the pauses between speech.

Method (intensity-based, adaptive threshold):
    1. Frame levels come from ``studio.analysis.features`` (~100-7500 Hz band, 40-ms window, 10-ms hop), so mains
       hum and rumble do not count as speech.
    2. The noise floor is the 5th percentile of the frame levels (a take nearly always has that much lead-in,
       tail or pause; the 10th percentile would land in the dips of continuous speech) and the speech level the
       99th percentile (the loud end of speech). The threshold is the highest of: 30 dB below the speech level
       (de Jong & Wempe's "silence" level, relative to the loud end of speech, slightly deeper than their 25 dB
       to keep weak word endings); the noise floor plus a third of the speech-to-noise distance (in noisy rooms
       the floor rises and the threshold rides above it); and the noise floor plus 4 dB. A take whose levels
       spread less than 4 dB (silence, steady noise, a steady tone) has no speech.
    3. Frames above the threshold are speech; speech runs shorter than 30 ms (clicks, bumps) are dropped.
    4. Silences between speech of at least ``min_pause`` (0.25 s) are pauses; shorter ones (stop closures,
       breaths between words) stay inside the speech segment. Silence before the first and after the last speech
       is lead-in/tail, not a pause. A pause of at least ``long_pause`` (2 s) is flagged long.
    5. ``pause_share`` = total pause time / speaking span (first speech start to last speech end).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MIN_PAUSE_S = 0.25
LONG_PAUSE_S = 2.0
MIN_SPEECH_RUN_S = 0.03
RELATIVE_SILENCE_DB = 30.0
NOISE_FRACTION = 1.0 / 3.0
MIN_ABOVE_NOISE_DB = 4.0
NOISE_PERCENTILE = 5.0


@dataclass(frozen=True)
class Levels:
    """Level statistics behind the speech/silence threshold (all dBFS)."""

    noise_floor_db: float
    speech_level_db: float
    threshold_db: float


@dataclass(frozen=True)
class Segmentation:
    """Result of :func:`segment`.

    Attributes:
        speech: (start, end) in seconds of each speech segment (pauses split segments, short gaps do not).
        pauses: (start, end, is_long) of each pause between speech segments.
        speech_mask: Per-frame speech flag after dropping short runs.
        levels: The threshold and the levels it came from.
    """

    speech: list[tuple[float, float]]
    pauses: list[tuple[float, float, bool]]
    speech_mask: npt.NDArray[np.bool_]
    levels: Levels

    @property
    def span(self) -> tuple[float, float] | None:
        """First speech start and last speech end, or None without speech."""
        if not self.speech:
            return None
        return self.speech[0][0], self.speech[-1][1]

    @property
    def pause_time(self) -> float:
        """Total duration of the pauses in seconds."""
        return float(sum(end - start for start, end, _ in self.pauses))


def levels(intensity_db: npt.NDArray[np.floating]) -> Levels:
    """Noise floor, speech level and speech threshold of a take (see the module docstring)."""
    if intensity_db.shape[0] == 0:
        return Levels(-100.0, -100.0, -100.0)
    noise, speech = (float(v) for v in np.percentile(intensity_db, [NOISE_PERCENTILE, 99.0]))
    threshold = max(speech - RELATIVE_SILENCE_DB, noise + NOISE_FRACTION * (speech - noise), noise + MIN_ABOVE_NOISE_DB)
    return Levels(noise, speech, threshold)


def runs(mask: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Start and end (exclusive) frame indices of the True runs of a mask."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def segment(
    intensity_db: npt.NDArray[np.floating],
    hop_s: float,
    min_pause_s: float = MIN_PAUSE_S,
    long_pause_s: float = LONG_PAUSE_S,
) -> Segmentation:
    """Split a take into speech segments and pauses.

    Args:
        intensity_db: Frame levels (dBFS), one per hop.
        hop_s: Frame hop in seconds; frame i covers [i * hop_s, (i + 1) * hop_s).
        min_pause_s: Shortest silence between speech that counts as a pause.
        long_pause_s: Pauses at least this long are flagged long.

    Returns:
        The segmentation.
    """
    lv = levels(intensity_db)
    mask = intensity_db > lv.threshold_db
    if lv.speech_level_db - lv.noise_floor_db < MIN_ABOVE_NOISE_DB:
        mask[:] = False  # a flat level (silence, steady noise) has no speech in it
    starts, ends = runs(mask)
    min_run = max(1, round(MIN_SPEECH_RUN_S / hop_s))
    for start, end in zip(starts, ends, strict=True):
        if end - start < min_run:
            mask[start:end] = False
    starts, ends = runs(mask)
    speech: list[tuple[float, float]] = []
    pauses: list[tuple[float, float, bool]] = []
    for start, end in zip(starts, ends, strict=True):
        t0, t1 = round(float(start * hop_s), 6), round(float(end * hop_s), 6)
        if speech and t0 - speech[-1][1] < min_pause_s:
            speech[-1] = (speech[-1][0], t1)
            continue
        if speech:
            gap_start = speech[-1][1]
            pauses.append((gap_start, t0, t0 - gap_start >= long_pause_s))
        speech.append((t0, t1))
    return Segmentation(speech, pauses, mask, lv)
