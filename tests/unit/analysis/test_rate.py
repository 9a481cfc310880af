"""Speech rate without a transcript: syllable nuclei (T1), WPM, pace windows and rush index."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from studio.analysis import analyze
from studio.analysis.rate import PaceWindow, pace_windows, rush_index
from studio.core.delivery import SYLLABLES_PER_WORD
from tests.unit.analysis.material import EN_SYLLABLES, EN_TEXT, RU_TEXT, Audio, russian_syllables, trim

SPEEDS = (120, 160, 200)
MATERIAL = {"en": ("en-us", EN_TEXT, EN_SYLLABLES), "ru": ("ru", RU_TEXT, russian_syllables(RU_TEXT))}


def _true_rate(samples: np.ndarray, rate: int, syllables: int) -> float:
    speech = trim(samples)
    return syllables / (speech.shape[0] / rate)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_syllable_rate_within_10_percent_and_ordered(espeak: Callable[..., Audio], language: str) -> None:
    """T1: the syllable rate of espeak-ng speech at 120/160/200 WPM is within 10 % of the truth, in order."""
    voice, text, syllables = MATERIAL[language]
    measured = []
    for wpm in SPEEDS:
        samples, rate = espeak(text, voice, wpm)
        report = analyze(samples, rate, language)
        value = report.metrics["syllable_rate"]
        truth = _true_rate(samples, rate, syllables)
        assert value is not None
        assert abs(value / truth - 1.0) <= 0.10, f"{language} {wpm} WPM: {value:.2f} vs {truth:.2f} syl/s"
        measured.append(value)
    assert measured == sorted(measured) and len(set(measured)) == len(measured)


def test_russian_syllable_count_is_vowel_count() -> None:
    """The RU ground truth is the vowel-letter count (one vowel per syllable in Russian)."""
    assert russian_syllables("Я работал над проектом") == 8


def test_english_wpm_estimate_matches_espeak_nominal_rate(espeak: Callable[..., Audio]) -> None:
    """Calibration of 1.5 syllables/word: the WPM estimate of espeak EN speech is within 10 % of its -s value."""
    for wpm in SPEEDS:
        samples, rate = espeak(EN_TEXT, "en-us", wpm)
        estimate = analyze(samples, rate, "en").metrics["wpm"]
        assert estimate is not None
        assert abs(estimate / wpm - 1.0) <= 0.10, f"{estimate:.0f} vs nominal {wpm}"


def test_wpm_uses_the_language_syllables_per_word(espeak: Callable[..., Audio]) -> None:
    """The same audio judged as RU gives fewer words per minute (longer words) than as EN."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    en = analyze(samples, rate, "en").metrics
    ru = analyze(samples, rate, "ru").metrics
    assert en["syllable_rate"] == ru["syllable_rate"]
    assert ru["wpm"] == pytest.approx(en["wpm"] * SYLLABLES_PER_WORD["en"] / SYLLABLES_PER_WORD["ru"])


def test_articulation_rate_excludes_pauses(espeak: Callable[..., Audio]) -> None:
    """Articulation rate (without pauses) is at least the syllable rate over the whole span."""
    samples, rate = espeak(EN_TEXT, "en-us", 120)
    metrics = analyze(samples, rate, "en").metrics
    assert metrics["articulation_rate"] is not None and metrics["syllable_rate"] is not None
    assert metrics["articulation_rate"] > metrics["syllable_rate"]


def test_pace_windows_cover_the_span_in_10_s_steps() -> None:
    """Windows are 10 s long, the short remainder joins the last one, and rates count the nuclei."""
    nuclei = np.arange(0.0, 23.0, 0.25)  # 4 syllables per second for 23 s
    windows = pace_windows(nuclei, (0.0, 23.0), "en")
    assert [(w.start, w.end) for w in windows] == [(0.0, 10.0), (10.0, 23.0)]
    assert windows[0].syllable_rate == pytest.approx(4.0)
    assert windows[0].wpm == pytest.approx(4.0 * 60 / SYLLABLES_PER_WORD["en"])


def test_rush_index_flags_a_faster_ending() -> None:
    """A take that speeds up in its last fifth has a rush index above 1; a steady one stays near 1."""
    steady = np.arange(0.0, 50.0, 0.25)
    fast_end = np.concatenate((np.arange(0.0, 40.0, 0.25), np.arange(40.0, 50.0, 0.15)))
    for nuclei, expected in ((steady, 1.0), (fast_end, 0.25 / 0.15)):
        windows = pace_windows(nuclei, (0.0, 50.0), "en")
        assert rush_index(nuclei, (0.0, 50.0), windows) == pytest.approx(expected, rel=0.05)


def test_rush_index_needs_two_windows() -> None:
    """A take shorter than two pace windows has no rush index."""
    assert rush_index(np.arange(0, 8, 0.25), (0.0, 8.0), [PaceWindow(0.0, 8.0, 4.0, 160.0)]) is None


def _bumps(times: list[float], dip_db: float, n: int = 300) -> np.ndarray:
    """A vowel-band level track: 60-ms bumps at ``times`` over a floor ``dip_db`` under their peaks."""
    t = (np.arange(n) + 0.5) * 0.01
    level = np.full(n, -30.0 - dip_db)
    for centre in times:
        level = np.maximum(level, -30.0 - dip_db * np.clip(np.abs(t - centre) / 0.06, 0, 1))
    return level


def test_nuclei_need_a_dip_and_a_voice() -> None:
    """Peaks with a 3-dB dip between them are syllables; with a 0.3-dB dip they merge; unvoiced ones do not count."""
    from studio.analysis.rate import syllable_nuclei

    times = [0.5, 0.8, 1.1, 1.4, 1.7]
    mask = np.zeros(300, dtype=bool)
    mask[30:200] = True
    voiced = np.full(300, 120.0)
    assert syllable_nuclei(_bumps(times, 3.0), voiced, mask, 0.01).shape[0] == 5
    assert syllable_nuclei(_bumps(times, 0.3), voiced, mask, 0.01).shape[0] < 5
    unvoiced = voiced.copy()
    unvoiced[70:90] = 0.0  # the 0.8-s peak has no pitch within 20 ms
    assert syllable_nuclei(_bumps(times, 3.0), unvoiced, mask, 0.01).shape[0] == 4


def test_minimum_spacing_merges_close_peaks() -> None:
    """Two peaks 60 ms apart are two nuclei with no spacing rule and one under the Russian 80-ms spacing."""
    from studio.analysis.rate import MIN_SPACING_S, syllable_nuclei

    level = np.full(300, -50.0)
    level[[100, 106, 150]] = -30.0
    mask = np.ones(300, dtype=bool)
    voiced = np.full(300, 120.0)
    kept = syllable_nuclei(level, voiced, mask, 0.01, MIN_SPACING_S["en"])
    merged = syllable_nuclei(level, voiced, mask, 0.01, MIN_SPACING_S["ru"])
    assert kept.shape[0] == 3 and merged.shape[0] == 2
