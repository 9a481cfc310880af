"""Speech vs silence and the pauses between speech.

Method (level-based, adaptive thresholds, checked against voicing):
    1. Frame levels come from ``studio.analysis.features``: the broad band (~100-7500 Hz, 40-ms window, 10-ms
       hop), so mains hum and rumble do not count as speech, and the vowel band (300-2500 Hz), which keeps
       vowels above broad-band noise (white or hiss-like noise spreads its power up to 7.5 kHz, vowels do not).
    2. Per level track, the noise floor is its 5th percentile (a take nearly always has that much lead-in, tail
       or pause; the 10th percentile would land in the dips of continuous speech) and the speech level its 99th
       percentile. The threshold is the highest of: 30 dB below the speech level (de Jong & Wempe's "silence"
       level, slightly deeper than their 25 dB to keep weak word endings); the noise floor plus a fifth of the
       speech-to-noise distance (in noisy rooms the floor rises and the threshold rides above it; a third, as
       first chosen, cut weak word endings in noise and turned stop closures into pauses); and the noise floor
       plus 4 dB. A take whose levels spread less than 4 dB (silence, steady noise, a steady tone) has no speech.
    3. A frame is speech when either track is above its threshold; runs shorter than 30 ms (clicks) are dropped.
       Hysteresis: a speech run grows over the neighbouring frames that stay above a lower threshold (30 % of the
       way from the noise floor to the threshold, at most 10 dB under it), so a weak word ending or onset stays
       speech.
    4. Speech needs a voice: a stretch of speech (runs joined over gaps shorter than ``min_pause``) with fewer
       than ``MIN_VOICED_FRAMES`` voiced frames (a breath, a click, a door, a bump in the room tone) is not
       speech. Without it one bump inside a long silence splits it into two pauses.
    5. Silences between speech of at least ``min_pause`` (0.25 s) are pauses; shorter ones (stop closures,
       breaths between words) stay inside the speech segment. Silence before the first and after the last speech
       is lead-in/tail, not a pause. A pause of at least ``long_pause`` (2 s) is flagged long.
    6. ``pause_share`` = total pause time / speaking span (first speech start to last speech end).

Measured with ``make eval`` on real utterances spliced with known gaps (``tests/eval/splice.py``: room tone and
noise at 10-40 dB SNR) and on the dev set's word-timed clips (no pause may be found there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MIN_PAUSE_S = 0.25
LONG_PAUSE_S = 2.0
MIN_SPEECH_RUN_S = 0.03
RELATIVE_SILENCE_DB = 30.0
NOISE_FRACTION = 0.2
MIN_ABOVE_NOISE_DB = 4.0
NOISE_PERCENTILE = 5.0
HYSTERESIS_FRACTION = 0.3
HYSTERESIS_MAX_DB = 8.0
MIN_VOICED_FRAMES = 3


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


def _low_threshold(lv: Levels) -> float:
    """Hysteresis threshold: 30 % of the way up from the noise floor, at most 10 dB under the threshold.

    The cap matters over digital silence (floor -100 dB), where the window's reach into the silence would
    otherwise count as speech and shorten every pause by tens of milliseconds.
    """
    return max(
        lv.noise_floor_db + HYSTERESIS_FRACTION * (lv.threshold_db - lv.noise_floor_db),
        lv.threshold_db - HYSTERESIS_MAX_DB,
    )


def _group(mask: npt.NDArray[np.bool_], gap_frames: int) -> list[tuple[int, int]]:
    """Runs of a mask joined over gaps shorter than ``gap_frames``: (start, end) frame indices."""
    groups: list[tuple[int, int]] = []
    for start, end in zip(*runs(mask), strict=True):
        if groups and start - groups[-1][1] < gap_frames:
            groups[-1] = (groups[-1][0], int(end))
        else:
            groups.append((int(start), int(end)))
    return groups


def segment(
    intensity_db: npt.NDArray[np.floating],
    hop_s: float,
    min_pause_s: float = MIN_PAUSE_S,
    long_pause_s: float = LONG_PAUSE_S,
    f0_hz: npt.NDArray[np.floating] | None = None,
    vowel_db: npt.NDArray[np.floating] | None = None,
) -> Segmentation:
    """Split a take into speech segments and pauses.

    Args:
        intensity_db: Frame levels (dBFS), one per hop.
        hop_s: Frame hop in seconds; frame i covers [i * hop_s, (i + 1) * hop_s).
        min_pause_s: Shortest silence between speech that counts as a pause.
        long_pause_s: Pauses at least this long are flagged long.
        f0_hz: Frame F0 (0 = unvoiced); when given, speech stretches without voicing are dropped.
        vowel_db: Vowel-band frame levels; when given, a frame above its own threshold there is speech too.

    Returns:
        The segmentation.
    """
    lv = levels(intensity_db)
    mask = intensity_db > lv.threshold_db
    above_low = intensity_db > _low_threshold(lv)
    if lv.speech_level_db - lv.noise_floor_db < MIN_ABOVE_NOISE_DB:
        mask[:] = False  # a flat level (silence, steady noise) has no speech in it
    if vowel_db is not None and vowel_db.shape == intensity_db.shape:
        vl = levels(vowel_db)
        if vl.speech_level_db - vl.noise_floor_db >= MIN_ABOVE_NOISE_DB:
            mask |= vowel_db > vl.threshold_db
            above_low |= vowel_db > _low_threshold(vl)
    starts, ends = runs(mask)
    min_run = max(1, round(MIN_SPEECH_RUN_S / hop_s))
    for start, end in zip(starts, ends, strict=True):
        if end - start < min_run:
            mask[start:end] = False
    # Hysteresis: a run above the lower threshold that holds speech is speech throughout.
    for start, end in zip(*runs(above_low), strict=True):
        if mask[start:end].any():
            mask[start:end] = True
    gap_frames = max(1, round(min_pause_s / hop_s))
    if f0_hz is not None and f0_hz.shape == intensity_db.shape:
        voiced = f0_hz > 0
        for start, end in _group(mask, gap_frames):
            if np.count_nonzero(voiced[start:end] & mask[start:end]) < MIN_VOICED_FRAMES:
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
