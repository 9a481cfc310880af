"""Delivery bands, plain-language verdicts and the trend rule (pure: no I/O, no Qt).

The analysis package (``studio.analysis``) measures a take and fills a dict of metrics whose keys are the ids in
:data:`METRICS`. This module decides what those numbers mean for a candidate: which band is comfortable per
language, which verdict code applies, and whether a change between takes is big enough to call real.

The UI translates verdicts by their ``code`` (see :data:`VERDICT_CODES`); ``message`` is the English text for the
command line and for logs.

Sources and house choices for every band are written next to the band. Where no published figure exists we say
"house choice" and give the reason, so a later change can be argued with data.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Direction = Literal["higher", "lower", "in_band"]
TrendDirection = Literal["up", "down", "same"]

LANGUAGES: tuple[str, ...] = ("ru", "en")

# Average syllables per spoken word, used to turn a syllable rate (measured from the audio) into words per minute.
# - English: ~1.5. The Flesch reading-ease formula is built around general English text averaging about 1.5
#   syllables per word; conversational speech runs a little lower (more one-syllable function words), so this
#   slightly under-estimates WPM for very plain talk and over-estimates it for technical talk.
# - Russian: ~2.4. Russian words are longer; the commonly cited average for running Russian text is about
#   2.2-2.5 syllables (= vowels) per word; we take the middle. Every Russian syllable has exactly one vowel
#   letter, so this is simply the mean number of vowel letters per word.
# Calibration against espeak-ng (tests/unit/analysis/test_rate.py): espeak's "-s N" is N words per minute by
# espeak's own word model. With 1.5 syllables/word our estimate reproduces it within 4 % for English (119/158/192
# for -s 120/160/200); with 2.4 for Russian it reads 114/143/172, i.e. espeak's RU voice speaks ~10 % fewer
# syllables than its nominal rate implies. Actual texts vary: our EN test text has 1.17 and the RU one 2.18
# syllables per word, so for plain short-word talk the estimate under-reads WPM; it is an average, not a count.
SYLLABLES_PER_WORD: dict[str, float] = {"en": 1.5, "ru": 2.4}

# Comfortable speaking rate, in words per minute over the whole speaking time (pauses included).
# - English 100-165 WPM: the band Microsoft PowerPoint Speaker Coach uses for its pace feedback (Microsoft
#   support, "Rehearse your slide show with Speaker Coach"; re-check the figure there
#   when updating). It sits inside the usual public-speaking guidance of roughly 100-170 WPM.
# - Russian: no comparable published tool band. We keep the same *syllable* rate as the English band
#   (100-165 WPM x 1.5 syll/word = 2.5-4.1 syllables per second) and convert with 2.4 syllables per word, which
#   gives ~63-103 WPM. This keeps the verdict language-neutral at the level the analysis actually measures
#   (syllables), and only the displayed WPM differs.
_EN_WPM = (100.0, 165.0)
SYLLABLE_RATE_BAND: tuple[float, float] = (
    _EN_WPM[0] * SYLLABLES_PER_WORD["en"] / 60.0,
    _EN_WPM[1] * SYLLABLES_PER_WORD["en"] / 60.0,
)
WPM_BANDS: dict[str, tuple[float, float]] = {
    lang: (SYLLABLE_RATE_BAND[0] * 60.0 / spw, SYLLABLE_RATE_BAND[1] * 60.0 / spw)
    for lang, spw in SYLLABLES_PER_WORD.items()
}

# Pitch variability below this standard deviation (semitones around the speaker's median) sounds flat.
# House choice: conversational speech typically shows an F0 standard deviation of about 2-4 semitones; read
# "flat" speech and synthetic monotone fall under 1.5. The analysis uses the same constant for its monotone flag.
MONOTONE_SD_ST = 1.5

# Filled pauses ("uh", "um", "ээ", "эм") per minute above which they become noticeable. House choice: spontaneous
# speech carries a few per minute; coaching tools (Speaker Coach, Yoodli) flag filler use as a habit to work on,
# and three a minute is where a listener starts to count them.
MAX_FILLED_PAUSES_PER_MIN = 3.0

# Long pauses (>= 2 s, see studio.analysis.segmentation) per minute. House choice: one deliberate long pause a
# minute reads as emphasis, more reads as losing the thread.
MAX_LONG_PAUSES_PER_MIN = 1.0

# Speaking faster at the end than the typical 10-s window by this factor reads as rushing to finish. House
# choice; 15 % is above the window-to-window wobble of steady read speech (< 10 % on espeak-ng material).
MAX_RUSH_INDEX = 1.15

# Share of the speaking span spent in pauses (silences of 0.25 s or more between speech,
# ``studio.analysis.segmentation``). House choice: under 10 % the speaker hardly stops between sentences
# (espeak-ng reading a paragraph without breaks measures 0-7 %), which leaves the listener no time to take a point
# in; over 40 % the silence takes nearly as much room as the words and the answer sounds halting. Fluent read
# speech and a well-rehearsed answer sit between.
PAUSE_SHARE_BAND: tuple[float, float] = (0.10, 0.40)

# Recording quality. EBU R128 normalises broadcast to -23 LUFS and spoken-word podcasts sit near -16 to -19 LUFS;
# a voice recording below -40 LUFS is hard to judge by ear without turning the volume far up (house choice).
MIN_LOUDNESS_LUFS = -40.0
# More than 0.1 % of samples at full scale (in runs of 3 or more) is audible distortion (house choice).
MAX_CLIPPING_SHARE = 0.001
# Speech at least 15 dB above the room noise stays intelligible and keeps the measurements reliable; below that
# the pause and syllable detection degrade (house choice, in line with the common ">= 15-20 dB SNR" advice for
# voice recordings).
MIN_SNR_DB = 15.0


@dataclass(frozen=True)
class MetricInfo:
    """What one metric is, for tables and cards.

    Attributes:
        id: Key in the report's metrics dict.
        unit: Display unit ("" for counts and ratios).
        direction: "higher" or "lower" when more/less is simply better, "in_band" when the best value lies inside
            a band (compare tables then prefer the value closer to the band).
        label: English label; the UI translates by ``id``.
    """

    id: str
    unit: str
    direction: Direction
    label: str


METRICS: tuple[MetricInfo, ...] = (
    MetricInfo("duration_s", "s", "in_band", "Duration"),
    MetricInfo("speech_s", "s", "in_band", "Speaking time"),
    MetricInfo("pause_count", "", "in_band", "Pauses"),
    MetricInfo("long_pause_count", "", "lower", "Long pauses"),
    MetricInfo("long_pauses_per_min", "/min", "lower", "Long pauses per minute"),
    MetricInfo("pause_share", "", "in_band", "Share of time in pauses"),
    MetricInfo("mean_pause_s", "s", "in_band", "Mean pause"),
    MetricInfo("longest_pause_s", "s", "lower", "Longest pause"),
    MetricInfo("syllables", "", "in_band", "Syllables"),
    MetricInfo("syllable_rate", "syl/s", "in_band", "Syllable rate"),
    MetricInfo("articulation_rate", "syl/s", "in_band", "Articulation rate"),
    MetricInfo("wpm", "wpm", "in_band", "Pace"),
    MetricInfo("rush_index", "", "lower", "Rushing at the end"),
    MetricInfo("f0_median_hz", "Hz", "in_band", "Median pitch"),
    MetricInfo("f0_range_st", "st", "higher", "Pitch range"),
    MetricInfo("f0_sd_st", "st", "higher", "Pitch variation"),
    MetricInfo("voiced_share", "", "in_band", "Voiced share"),
    MetricInfo("loudness_lufs", "LUFS", "in_band", "Loudness"),
    MetricInfo("loudness_range_lu", "LU", "in_band", "Loudness range"),
    MetricInfo("peak_dbfs", "dBFS", "in_band", "Peak level"),
    MetricInfo("clipping_share", "", "lower", "Clipped samples"),
    MetricInfo("noise_floor_dbfs", "dBFS", "lower", "Noise floor"),
    MetricInfo("snr_db", "dB", "higher", "Speech-to-noise ratio"),
    MetricInfo("filled_pause_count", "", "lower", "Filled pauses"),
    MetricInfo("filled_pauses_per_min", "/min", "lower", "Filled pauses per minute"),
    MetricInfo("unsure_filled_pause_count", "", "lower", "Possible filled pauses not marked"),
)
METRIC_IDS: tuple[str, ...] = tuple(m.id for m in METRICS)
_METRIC_BY_ID: dict[str, MetricInfo] = {m.id: m for m in METRICS}


def metric_info(metric_id: str) -> MetricInfo:
    """Return the description of one metric.

    Args:
        metric_id: A key of :data:`METRIC_IDS`.

    Raises:
        KeyError: The id is unknown (the message names it).
    """
    try:
        return _METRIC_BY_ID[metric_id]
    except KeyError:
        raise KeyError(f"unknown delivery metric {metric_id!r}") from None


def direction(metric_id: str) -> Direction:
    """Whether a higher value, a lower value or a value inside the band is better (for the compare table)."""
    return metric_info(metric_id).direction


# Verdict codes and their English text; the UI translates by code.
VERDICT_CODES: dict[str, str] = {
    "ok": "Within the comfortable range.",
    "too_slow": "Slower than the comfortable pace; keep the energy up and shorten hesitations.",
    "too_fast": "Faster than the comfortable pace; slow down and let key points land.",
    "rushing": "You speed up towards the end; keep the pace steady to the last sentence.",
    "monotone": "Little pitch variation; vary your intonation to stress key points.",
    "too_many_fillers": "Many filled pauses (uh, um); pause silently instead.",
    "long_pauses": "Several long pauses; prepare the structure so you do not lose the thread.",
    "too_quiet": "The recording is very quiet; move closer to the microphone or raise the input level.",
    "clipped": "The recording is distorted (clipped); lower the input level or move back from the microphone.",
    "noisy": "Background noise is high compared with your voice; find a quieter room or move closer.",
    "no_speech": "No speech was found in the recording.",
    "few_pauses": "Hardly any pauses; stop for a breath after each key point.",
    "too_long": "Longer than your target length.",
    "too_short": "Much shorter than your target length.",
    "many_pauses": "A large share of the time is silence; know the outline of your answer so the words come.",
    "fillers_estimate": (
        "An estimate: the detector has not learnt your voice yet. Click the marks to confirm or reject them."
    ),
    "fillers_estimate_high": (
        "Possibly many filled pauses (uh, um), an estimate: click the marks to confirm or reject them."
    ),
    "fillers_unsure": "No filled pause was certain enough to count, but some sounds might be: listen to check.",
}


@dataclass(frozen=True)
class Verdict:
    """One judged metric.

    Attributes:
        metric: Metric id (a key of :data:`METRIC_IDS`).
        value: The measured value (None when it could not be measured).
        low: Lower edge of the comfortable band (None when the band is open below).
        high: Upper edge of the comfortable band (None when the band is open above).
        code: Verdict code, a key of :data:`VERDICT_CODES`.
        message: English text for ``code``.
    """

    metric: str
    value: float | None
    low: float | None
    high: float | None
    code: str
    message: str


def bands(language: str) -> dict[str, tuple[float | None, float | None]]:
    """Comfortable band per judged metric for one language.

    Args:
        language: "ru" or "en".

    Returns:
        Metric id -> (low, high); None marks an open side.

    Raises:
        ValueError: The language is not supported (the message names it).
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
    return {
        "wpm": WPM_BANDS[language],
        "syllable_rate": SYLLABLE_RATE_BAND,
        "pause_share": PAUSE_SHARE_BAND,
        "rush_index": (None, MAX_RUSH_INDEX),
        "f0_sd_st": (MONOTONE_SD_ST, None),
        "filled_pauses_per_min": (None, MAX_FILLED_PAUSES_PER_MIN),
        "long_pauses_per_min": (None, MAX_LONG_PAUSES_PER_MIN),
        "loudness_lufs": (MIN_LOUDNESS_LUFS, None),
        "clipping_share": (None, MAX_CLIPPING_SHARE),
        "snr_db": (MIN_SNR_DB, None),
    }


# Which code a value below / above its band gets.
_LOW_HIGH_CODES: dict[str, tuple[str, str]] = {
    "wpm": ("too_slow", "too_fast"),
    "syllable_rate": ("too_slow", "too_fast"),
    "pause_share": ("few_pauses", "many_pauses"),
    "rush_index": ("ok", "rushing"),
    "f0_sd_st": ("monotone", "ok"),
    "filled_pauses_per_min": ("ok", "too_many_fillers"),
    "long_pauses_per_min": ("ok", "long_pauses"),
    "loudness_lufs": ("too_quiet", "ok"),
    "clipping_share": ("ok", "clipped"),
    "snr_db": ("noisy", "ok"),
}


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def verdict_code(metric_id: str, value: float, language: str) -> str:
    """Verdict code of one value against its band, e.g. to colour 10-s pace windows ("wpm") on the waveform.

    Args:
        metric_id: A judged metric id (a key of :func:`bands`).
        value: The value.
        language: "ru" or "en".

    Raises:
        KeyError: The metric has no band (the message names it).
    """
    language_bands = bands(language)
    if metric_id not in language_bands:
        raise KeyError(f"metric {metric_id!r} has no band")
    low, high = language_bands[metric_id]
    below, above = _LOW_HIGH_CODES[metric_id]
    if low is not None and value < low:
        return below
    if high is not None and value > high:
        return above
    return "ok"


def filler_code(count: float, per_min: float, unsure: float, language: str, calibrated: bool) -> str:
    """Verdict code of the filled pauses, honest about how sure the detector is.

    * Some candidates were too unsure to count and none was counted: ``fillers_unsure`` (never "within range"
      from a detector that found nothing it was sure of).
    * The user has not confirmed any mark yet: the count is an estimate (``fillers_estimate`` or, above the band,
      ``fillers_estimate_high``).
    * Otherwise the band decides (``ok`` / ``too_many_fillers``).

    Args:
        count: Filled pauses marked.
        per_min: Filled pauses per minute.
        unsure: Candidates just under the threshold (``unsure_filled_pause_count``).
        language: "ru" or "en".
        calibrated: The user has confirmed at least one mark (``studio.core.filler_feedback.is_calibrated``).
    """
    if count <= 0 and unsure > 0:
        return "fillers_unsure"
    banded = verdict_code("filled_pauses_per_min", per_min, language)
    if not calibrated:
        return "fillers_estimate_high" if banded != "ok" else "fillers_estimate"
    return banded


def judge(
    report_metrics: Mapping[str, float | None], language: str, *, fillers_calibrated: bool = False
) -> list[Verdict]:
    """Judge a report's metrics against the bands of a language.

    Metrics that are missing or None are skipped, except that a take without any syllables yields one
    ``no_speech`` verdict and nothing about pace, pitch or fillers. Filled pauses are judged by
    :func:`filler_code`: an estimate until the user has confirmed a mark.

    Args:
        report_metrics: The report's metrics dict (``DeliveryReport.metrics``).
        language: "ru" or "en".
        fillers_calibrated: The user has confirmed at least one filled-pause mark for this voice and language.

    Returns:
        One verdict per judged metric, in the order of :func:`bands`.
    """
    language_bands = bands(language)
    verdicts: list[Verdict] = []
    syllables = _finite(report_metrics.get("syllables"))
    speech_free = syllables is not None and syllables <= 0
    if speech_free:
        verdicts.append(Verdict("syllables", syllables, None, None, "no_speech", VERDICT_CODES["no_speech"]))
    recording_metrics = {"loudness_lufs", "clipping_share", "snr_db"}
    for metric_id, (low, high) in language_bands.items():
        if speech_free and metric_id not in recording_metrics:
            continue
        value = _finite(report_metrics.get(metric_id))
        if value is None:
            continue
        if metric_id == "filled_pauses_per_min":
            count = _finite(report_metrics.get("filled_pause_count"))
            unsure = _finite(report_metrics.get("unsure_filled_pause_count")) or 0.0
            code = filler_code(value if count is None else count, value, unsure, language, fillers_calibrated)
        else:
            code = verdict_code(metric_id, value, language)
        verdicts.append(Verdict(metric_id, value, low, high, code, VERDICT_CODES[code]))
    return verdicts


Level = Literal["ok", "warn", "over", "info"]

# How far past the edge of its band a value must be before the verdict is "over" (clearly off) rather than "warn"
# (a little off). House choice: relative for the metrics that are positive rates or shares (20 % past the edge,
# e.g. 165 -> 198 words a minute), in decibels for the level metrics (6 dB, a doubling of the sound pressure).
SEVERE_RELATIVE = 0.20
SEVERE_DB = 6.0
_DB_METRICS = frozenset({"loudness_lufs", "snr_db"})

# A 10-s pace window is shaded fast or slow on the waveform only when it lies this far (relative) outside the pace
# band: a window of steady speech wobbles by up to 10 % around the take's pace (see MAX_RUSH_INDEX), so a tighter
# rule would shade half of a take whose pace the card calls comfortable.
WINDOW_MARGIN = 0.10

# One concrete tip per verdict, tied to the guides' advice where it exists (data/guides, data/exercises: "pause
# after each key point", "a breath, a pause, repeating the question back" to gain time, "fills the talk with um").
# English text for logs and the command line; the UI translates by code. "%1"/"%2" are the band's edges (pace).
TIP_CODES: dict[str, str] = {
    "keep_pace": "Easy to follow: keep this pace and pause after each key point.",
    "slow_down": "Aim for %1-%2 words a minute. Pause after each key point.",
    "speed_up": "Aim for %1-%2 words a minute: know your key points so the words come without searching.",
    "keep_pauses": "Your pauses give the listener time to follow.",
    "pause_after_points": "Stop for a breath after each key point: a short pause lets it land.",
    "fewer_pauses": "Know the outline of your answer by heart so you do not stop to search for words.",
    "kept_thread": "You kept the thread: an occasional long pause reads as emphasis.",
    "gain_time": "Need time to think? Take a breath or repeat the question back, then go on.",
    "keep_intonation": "Your voice rises and falls naturally; keep it that way.",
    "stress_key_words": "Stress the key word of each sentence and let your voice drop at the end of a point.",
    "few_fillers": "Listeners will hardly notice them.",
    "pause_instead": "When you feel an “um” coming, pause silently instead.",
    "fillers_estimate": VERDICT_CODES["fillers_estimate"],
    "fillers_estimate_high": VERDICT_CODES["fillers_estimate_high"],
    "fillers_unsure": VERDICT_CODES["fillers_unsure"],
    "steady_end": "You kept an even pace to the last sentence.",
    "slow_last_sentence": "Slow down for your last sentence: it is the one they remember.",
    "level_fine": "Your voice is recorded at a good level.",
    "move_closer": "Move closer to the microphone or raise the input level.",
    "clear_recording": "Your voice stands out clearly from the room.",
    "quiet_room": "Find a quieter room or move closer to the microphone.",
    "back_off": "Lower the input level or move back from the microphone.",
    "check_microphone": "Check that the right microphone is chosen and not muted, then record again.",
    "right_length": "A good length: it leaves the interviewer time to ask.",
    "intro_cut": "Keep to the guide's five parts: who you are, experience, one result with a number, why this role, "
    "your goal.",
    "intro_add": "Add one result with a number and say why this role interests you.",
    "answer_cut": "Keep to one example: the situation, what you did, the result.",
    "answer_add": "Add a concrete example and its result.",
}

# Tip code per (metric, verdict code); the filled-pause codes are the same for either filler metric.
_TIPS: dict[tuple[str, str], str] = {
    ("wpm", "ok"): "keep_pace",
    ("wpm", "too_fast"): "slow_down",
    ("wpm", "too_slow"): "speed_up",
    ("syllable_rate", "ok"): "keep_pace",
    ("syllable_rate", "too_fast"): "slow_down",
    ("syllable_rate", "too_slow"): "speed_up",
    ("pause_share", "ok"): "keep_pauses",
    ("pause_share", "few_pauses"): "pause_after_points",
    ("pause_share", "many_pauses"): "fewer_pauses",
    ("long_pauses_per_min", "ok"): "kept_thread",
    ("long_pauses_per_min", "long_pauses"): "gain_time",
    ("f0_sd_st", "ok"): "keep_intonation",
    ("f0_sd_st", "monotone"): "stress_key_words",
    ("filled_pauses_per_min", "ok"): "few_fillers",
    ("filled_pauses_per_min", "too_many_fillers"): "pause_instead",
    ("filled_pauses_per_min", "fillers_estimate"): "fillers_estimate",
    ("filled_pauses_per_min", "fillers_estimate_high"): "fillers_estimate_high",
    ("filled_pauses_per_min", "fillers_unsure"): "fillers_unsure",
    ("rush_index", "ok"): "steady_end",
    ("rush_index", "rushing"): "slow_last_sentence",
    ("loudness_lufs", "ok"): "level_fine",
    ("loudness_lufs", "too_quiet"): "move_closer",
    ("snr_db", "ok"): "clear_recording",
    ("snr_db", "noisy"): "quiet_room",
    ("clipping_share", "ok"): "level_fine",
    ("clipping_share", "clipped"): "back_off",
    ("syllables", "no_speech"): "check_microphone",
}


@dataclass(frozen=True)
class Advice:
    """A judged metric as a card shows it: the verdict, how serious it is, and one tip.

    Attributes:
        verdict: The verdict (metric, value, band, code).
        level: "ok" inside the band, "warn" a little outside, "over" clearly outside (see ``SEVERE_RELATIVE``,
            ``SEVERE_DB``), "info" for an estimate that says nothing good or bad yet.
        tip: Tip code, a key of :data:`TIP_CODES`.
    """

    verdict: Verdict
    level: Level
    tip: str


def tip_code(metric_id: str, code: str) -> str:
    """The tip for a metric's verdict code.

    Raises:
        KeyError: No tip for that pair (the message names it).
    """
    try:
        return _TIPS[(metric_id, code)]
    except KeyError:
        raise KeyError(f"no tip for verdict {code!r} of metric {metric_id!r}") from None


def severity(metric_id: str, value: float | None, low: float | None, high: float | None) -> Level:
    """How far outside its band a value is: "ok", "warn" (a little) or "over" (clearly)."""
    if value is None:
        return "info"
    if low is not None and value < low:
        distance, edge = low - value, low
    elif high is not None and value > high:
        distance, edge = value - high, high
    else:
        return "ok"
    if metric_id in _DB_METRICS:
        return "over" if distance > SEVERE_DB else "warn"
    return "over" if distance > SEVERE_RELATIVE * abs(edge) else "warn"


def advise(
    report_metrics: Mapping[str, float | None], language: str, *, fillers_calibrated: bool = False
) -> list[Advice]:
    """Verdict, level and tip per judged metric (see :func:`judge`, whose order it keeps).

    The filled-pause estimates are "info" (nothing to praise or blame until the user confirmed a mark), except an
    estimate over the band, which is a "warn".
    """
    out: list[Advice] = []
    for verdict in judge(report_metrics, language, fillers_calibrated=fillers_calibrated):
        if verdict.code == "no_speech":
            level: Level = "over"
        elif verdict.code in ("fillers_estimate", "fillers_unsure"):
            level = "info"
        elif verdict.code == "fillers_estimate_high":
            level = "warn"
        elif verdict.code == "ok":
            level = "ok"
        else:
            level = severity(verdict.metric, verdict.value, verdict.low, verdict.high)
            level = "warn" if level == "ok" else level  # a value on the wrong side by rounding only
        out.append(Advice(verdict, level, tip_code(verdict.metric, verdict.code)))
    return out


# Length of an answer against the target length of its prompt. The self-introduction guide is "Introducing yourself
# in ninety seconds" and the usual advice for it is 60-90 s: house choice, under two thirds of the target is too
# thin to carry the points, and up to 10 % over it still fits the slot.
LENGTH_SHORT_FRACTION = 2.0 / 3.0
LENGTH_OVER_GRACE = 0.10


def length_band(target_s: float) -> tuple[float, float]:
    """Comfortable length (s) for a prompt's target length."""
    return target_s * LENGTH_SHORT_FRACTION, target_s * (1.0 + LENGTH_OVER_GRACE)


def length_advice(duration_s: float, target_s: float, *, self_introduction: bool) -> Advice | None:
    """Verdict on a take's length against its prompt's target (None without a target), with a tip from the guides.

    Args:
        duration_s: Length of the take (s).
        target_s: The prompt's target length (s); 0 or less means none.
        self_introduction: The prompt is the self-introduction (its tips follow the self-introduction guide).
    """
    if target_s <= 0 or duration_s <= 0:
        return None
    low, high = length_band(target_s)
    if duration_s > high:
        code, tip = "too_long", "intro_cut" if self_introduction else "answer_cut"
    elif duration_s < low:
        code, tip = "too_short", "intro_add" if self_introduction else "answer_add"
    else:
        code, tip = "ok", "right_length"
    level = severity("duration_s", duration_s, low, high)
    verdict = Verdict("duration_s", duration_s, low, high, code, VERDICT_CODES[code])
    return Advice(verdict, level, tip)


def window_limits(language: str) -> tuple[float, float]:
    """Pace (words a minute) under which a 10-s window is shaded slow and over which it is shaded fast."""
    if language not in WPM_BANDS:
        bands(language)  # raises the error that names the language
    low, high = WPM_BANDS[language]
    return low * (1.0 - WINDOW_MARGIN), high * (1.0 + WINDOW_MARGIN)


def window_code(wpm: float, language: str) -> str:
    """Verdict of one 10-s pace window for the waveform: "too_fast" or "too_slow" only when really outside."""
    slow_below, fast_above = window_limits(language)
    if wpm > fast_above:
        return "too_fast"
    if wpm < slow_below:
        return "too_slow"
    return "ok"


# A change between takes counts as real only when it is at least this large, relative to the earlier value:
# smaller changes are within the take-to-take wobble of the same speaker and would only add noise to the chart.
TREND_MIN_CHANGE = 0.10


@dataclass(frozen=True)
class Trend:
    """How the latest take compares with the one before it.

    Attributes:
        direction: "up" or "down" when the relative change is >= 10 %, otherwise "same".
        change: Relative change (latest - previous) / |previous|; None when it cannot be computed (fewer than
            two values, or a zero previous value).
        improved: For a metric id with a "higher"/"lower" direction: True/False when the change is real,
            None otherwise (no real change, unknown metric, or an "in_band" metric).
    """

    direction: TrendDirection
    change: float | None
    improved: bool | None


def trend(values_in_order: Sequence[float | None], metric_id: str | None = None) -> Trend:
    """Compare the latest value of a series with the previous one; flag a change only when it is >= 10 %.

    Missing values (None, NaN) are skipped. With a zero previous value the change is real when the latest value
    is non-zero (any change from zero is 100 % or more), and ``change`` is None.

    Args:
        values_in_order: One metric's values for the takes of a prompt, oldest first.
        metric_id: Optional metric id; when given and the metric has a "higher"/"lower" direction, ``improved``
            says whether the real change is for the better.

    Returns:
        The trend of the last two known values.
    """
    known = [v for v in (_finite(x) for x in values_in_order) if v is not None]
    if len(known) < 2:
        return Trend("same", None, None)
    previous, latest = known[-2], known[-1]
    if previous == 0.0:
        change = None
        real = latest != 0.0
    else:
        change = (latest - previous) / abs(previous)
        # Round to tolerate binary noise: a change of exactly 10 % counts as real.
        real = round(abs(change), 9) >= TREND_MIN_CHANGE
    if not real:
        return Trend("same", change, None)
    went: TrendDirection = "up" if latest > previous else "down"
    improved: bool | None = None
    if metric_id is not None and metric_id in _METRIC_BY_ID:
        wanted = _METRIC_BY_ID[metric_id].direction
        if wanted == "higher":
            improved = went == "up"
        elif wanted == "lower":
            improved = went == "down"
    return Trend(went, change, improved)


@dataclass(frozen=True)
class PhaseDelivery:
    """Pace and pauses within one phase of a recorded exercise.

    Attributes:
        label: The phase id stored with the take's phase mark.
        start: Phase start in the take, seconds.
        end: Phase end in the take, seconds.
        wpm: Estimated words per minute over the phase's speaking span (None without speech).
        pause_share: Share of the phase spent in pauses (0..1).
    """

    label: str
    start: float
    end: float
    wpm: float | None
    pause_share: float


def per_phase(
    phase_marks: Sequence[tuple[float, str]],
    duration: float,
    nuclei: Sequence[float],
    pauses: Sequence[tuple[float, float]],
    language: str,
) -> list[PhaseDelivery]:
    """Split a take's delivery by the exercise phases marked in it (each mark is where a phase starts).

    Args:
        phase_marks: (time, phase id) of every phase start, in any order.
        duration: Length of the take in seconds.
        nuclei: Syllable nucleus times from the report.
        pauses: (start, end) of the pauses from the report.
        language: "ru" or "en" (syllables per word for the pace estimate).
    """
    marks = sorted((max(0.0, t), label) for t, label in phase_marks if t < duration)
    rows: list[PhaseDelivery] = []
    spw = SYLLABLES_PER_WORD.get(language, SYLLABLES_PER_WORD["en"])
    for index, (start, label) in enumerate(marks):
        end = marks[index + 1][0] if index + 1 < len(marks) else duration
        span = end - start
        if span <= 0:
            continue
        paused = sum(max(0.0, min(e, end) - max(s, start)) for s, e in pauses)
        syllables = sum(1 for t in nuclei if start <= t < end)
        speaking = span - paused
        wpm = syllables / spw / (speaking / 60.0) if syllables and speaking > 0 else None
        rows.append(PhaseDelivery(label, start, end, wpm, paused / span))
    return rows
