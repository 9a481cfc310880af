"""Speech/silence segmentation and pauses (T2), on espeak-ng speech with SSML breaks."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from studio.analysis import analyze
from studio.analysis.segmentation import segment
from tests.unit.analysis.material import Audio, zero_runs

BREAKS_MS = (300, 800, 2000)
SSML = {
    "en-us": '<speak>We reviewed the numbers <break time="300ms"/> and then we made a decision '
    '<break time="800ms"/> that changed the project <break time="2000ms"/> for the better.</speak>',
    "ru": '<speak>Мы проверили цифры <break time="300ms"/> и приняли решение <break time="800ms"/> '
    'которое изменило проект <break time="2000ms"/> к лучшему.</speak>',
}
TOLERANCE_S = 0.05


@pytest.mark.parametrize("voice", ["en-us", "ru"])
@pytest.mark.parametrize("wpm", [140, 180])
def test_ssml_breaks_found_with_exact_boundaries(espeak: Callable[..., Audio], voice: str, wpm: int) -> None:
    """T2: every break is found with boundaries within 50 ms, and no false pause of 0.5 s or more appears."""
    samples, rate = espeak(SSML[voice], voice, wpm, ssml=True)
    truth = zero_runs(samples, rate, 0.25)  # espeak writes pauses as exact digital silence
    lengths = sorted(end - start for start, end in truth)
    for break_ms in BREAKS_MS:  # each requested break is present in the truth (espeak may add a little)
        assert any(length >= break_ms / 1000 - 0.01 for length in lengths)
    report = analyze(samples, rate, "ru" if voice == "ru" else "en")
    for start, end in truth:
        match = [p for p in report.pauses if abs(p.start - start) <= TOLERANCE_S and abs(p.end - end) <= TOLERANCE_S]
        assert match, f"pause {start:.3f}-{end:.3f} not found in {report.pauses}"
    for pause in report.pauses:
        if pause.duration >= 0.5:
            assert any(abs(pause.start - s) <= TOLERANCE_S and abs(pause.end - e) <= TOLERANCE_S for s, e in truth)


def test_long_pause_flag_and_parameter(espeak: Callable[..., Audio]) -> None:
    """The 2-s break is flagged long under a limit within the boundary tolerance; with a 3-s limit nothing is."""
    samples, rate = espeak(SSML["en-us"], "en-us", 160, ssml=True)
    # Boundaries are right to +-50 ms (T2), so the 2.0-s break may measure 1.99 s: the limit sits 50 ms under it.
    default = analyze(samples, rate, "en", long_pause_s=2.0 - TOLERANCE_S)
    assert [p.long for p in default.pauses].count(True) == 1
    assert default.metrics["long_pause_count"] == 1
    assert analyze(samples, rate, "en", long_pause_s=3.0).metrics["long_pause_count"] == 0


def test_pause_share_is_pause_time_over_span(espeak: Callable[..., Audio]) -> None:
    """Pause share equals total pause time over the speaking span."""
    samples, rate = espeak(SSML["en-us"], "en-us", 160, ssml=True)
    report = analyze(samples, rate, "en")
    span = report.segments[-1].end - report.segments[0].start
    total = sum(p.duration for p in report.pauses)
    assert report.metrics["pause_share"] == pytest.approx(total / span)


def test_silence_has_no_speech() -> None:
    """Digital silence and steady noise give no segments and no pauses."""
    hop = 0.01
    for levels in (np.full(500, -100.0), np.random.default_rng(1).normal(-60.0, 1.0, 500)):
        result = segment(levels, hop)
        assert result.speech == [] and result.pauses == []


def test_short_gaps_stay_inside_speech() -> None:
    """A 0.2-s dip is not a pause; a 0.3-s one is; lead-in and tail silence are not pauses."""
    levels = np.full(400, -90.0)
    levels[50:150] = -20.0  # speech 0.5-1.5 s
    levels[170:250] = -20.0  # 0.2-s gap
    levels[280:350] = -20.0  # 0.3-s gap
    result = segment(levels, 0.01)
    assert result.pauses == [(2.5, 2.8, False)]
    assert result.speech == [(0.5, 2.5), (2.8, 3.5)]


def test_threshold_rides_above_room_noise() -> None:
    """With a high noise floor the threshold stays above it, so noise frames are not speech."""
    rng = np.random.default_rng(3)
    levels = rng.normal(-45.0, 1.5, 600)
    levels[100:300] = rng.normal(-20.0, 3.0, 200)
    levels[400:500] = rng.normal(-20.0, 3.0, 100)
    result = segment(levels, 0.01)
    assert len(result.speech) == 2
    assert result.levels.threshold_db > -45.0 + 4.0


def test_unvoiced_bump_does_not_split_a_pause() -> None:
    """A click or breath (loud but unvoiced) inside a long silence is not speech: one pause, not two."""
    levels = np.full(400, -70.0)
    levels[50:150] = -20.0
    levels[200:204] = -25.0  # a 40-ms bump in the middle of the silence
    levels[300:380] = -20.0
    f0 = np.zeros(400)
    f0[50:150] = 120.0
    f0[300:380] = 120.0
    result = segment(levels, 0.01, f0_hz=f0)
    assert result.pauses == [(1.5, 3.0, False)]
    without_voicing = segment(levels, 0.01)
    assert len(without_voicing.pauses) == 2


def test_weak_word_ending_stays_speech_by_hysteresis() -> None:
    """Frames between the threshold and the lower hysteresis level next to speech stay speech."""
    levels = np.full(300, -70.0)
    levels[50:150] = -20.0
    levels[150:180] = -52.0  # a weak ending: under the threshold (-50 = 30 dB under the speech), over -58
    levels[220:280] = -20.0
    result = segment(levels, 0.01)
    assert result.speech[0][1] == pytest.approx(1.8) and result.pauses == [(1.8, 2.2, False)]


def test_vowel_band_keeps_speech_in_broad_band_noise() -> None:
    """Speech under broad-band noise but clear in the vowel band is speech (no pause is made of it)."""
    rng = np.random.default_rng(5)
    broad = rng.normal(-40.0, 0.5, 300)
    broad[50:250] = rng.normal(-30.0, 0.5, 200)
    broad[120:160] = rng.normal(-39.5, 0.5, 40)  # weak in the broad band: lost in the noise there
    vowel = rng.normal(-60.0, 0.5, 300)
    vowel[50:250] = rng.normal(-32.0, 0.5, 200)  # but clearly above the vowel band's own floor throughout
    assert segment(broad, 0.01).pauses != []
    assert segment(broad, 0.01, vowel_db=vowel).pauses == []
