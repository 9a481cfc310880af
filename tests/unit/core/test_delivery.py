"""Delivery bands, verdicts and the 10 % trend rule (pure core logic)."""

from __future__ import annotations

import math

import pytest

from studio.core.delivery import (
    _LOW_HIGH_CODES,
    METRIC_IDS,
    METRICS,
    MIN_LOUDNESS_LUFS,
    MIN_SNR_DB,
    PAUSE_SHARE_BAND,
    SYLLABLE_RATE_BAND,
    TIP_CODES,
    VERDICT_CODES,
    WINDOW_MARGIN,
    WPM_BANDS,
    advise,
    bands,
    direction,
    judge,
    length_advice,
    metric_info,
    severity,
    tip_code,
    trend,
    verdict_code,
    window_code,
    window_limits,
)


def test_english_pace_band_is_speaker_coachs() -> None:
    """English uses 100-165 WPM; Russian keeps the same syllable rate with longer words."""
    assert WPM_BANDS["en"] == pytest.approx((100.0, 165.0))
    low, high = SYLLABLE_RATE_BAND
    assert WPM_BANDS["ru"] == pytest.approx((low * 60 / 2.4, high * 60 / 2.4))
    assert WPM_BANDS["ru"][1] < WPM_BANDS["en"][1]


def test_unknown_language_is_rejected() -> None:
    """Bands exist only for RU and EN; another language is a named error."""
    with pytest.raises(ValueError, match="'de'"):
        bands("de")


@pytest.mark.parametrize(
    ("metric", "value", "code"),
    [
        ("wpm", 90.0, "too_slow"),
        ("wpm", 130.0, "ok"),
        ("wpm", 180.0, "too_fast"),
        ("f0_sd_st", 0.8, "monotone"),
        ("f0_sd_st", 3.0, "ok"),
        ("filled_pauses_per_min", 5.0, "too_many_fillers"),
        ("long_pauses_per_min", 2.0, "long_pauses"),
        ("loudness_lufs", -50.0, "too_quiet"),
        ("loudness_lufs", -20.0, "ok"),
        ("clipping_share", 0.01, "clipped"),
        ("snr_db", 8.0, "noisy"),
        ("rush_index", 1.3, "rushing"),
    ],
)
def test_verdict_codes(metric: str, value: float, code: str) -> None:
    """Each judged metric gets the code for its side of the band, with the band and an English message."""
    verdicts = {v.metric: v for v in judge({"syllables": 100.0, metric: value}, "en", fillers_calibrated=True)}
    verdict = verdicts[metric]
    assert verdict.code == code
    assert verdict.message == VERDICT_CODES[code]
    assert (verdict.low, verdict.high) == bands("en")[metric]


@pytest.mark.parametrize(
    ("count", "per_min", "unsure", "calibrated", "code"),
    [
        (0.0, 0.0, 2.0, False, "fillers_unsure"),
        (0.0, 0.0, 2.0, True, "fillers_unsure"),
        (0.0, 0.0, 0.0, False, "fillers_estimate"),
        (1.0, 1.0, 0.0, False, "fillers_estimate"),
        (8.0, 6.0, 0.0, False, "fillers_estimate_high"),
        (0.0, 0.0, 0.0, True, "ok"),
        (8.0, 6.0, 1.0, True, "too_many_fillers"),
    ],
)
def test_filler_verdict_is_an_estimate_until_calibrated(
    count: float, per_min: float, unsure: float, calibrated: bool, code: str
) -> None:
    """Filled pauses: an estimate until the user confirmed a mark; an unsure zero is never "within range"."""
    metrics = {
        "syllables": 100.0,
        "filled_pause_count": count,
        "filled_pauses_per_min": per_min,
        "unsure_filled_pause_count": unsure,
    }
    verdicts = {v.metric: v for v in judge(metrics, "en", fillers_calibrated=calibrated)}
    assert verdicts["filled_pauses_per_min"].code == code
    assert verdicts["filled_pauses_per_min"].message == VERDICT_CODES[code]


def test_band_edges_are_ok() -> None:
    """Values exactly on a band edge are within the band."""
    low, high = WPM_BANDS["en"]
    for value in (low, high):
        assert judge({"syllables": 1.0, "wpm": value}, "en")[0].code == "ok"


def test_same_pace_judged_per_language() -> None:
    """110 WPM is fine in English but fast in Russian, where words are longer."""
    en = {v.metric: v.code for v in judge({"syllables": 1.0, "wpm": 110.0}, "en")}
    ru = {v.metric: v.code for v in judge({"syllables": 1.0, "wpm": 110.0}, "ru")}
    assert en["wpm"] == "ok" and ru["wpm"] == "too_fast"


def test_missing_and_non_finite_values_are_skipped() -> None:
    """None, NaN and absent metrics give no verdict."""
    verdicts = judge({"syllables": 10.0, "wpm": None, "f0_sd_st": math.nan}, "en")
    assert {v.metric for v in verdicts}.isdisjoint({"wpm", "f0_sd_st"})


def test_no_speech_gives_one_verdict_plus_recording_checks() -> None:
    """A take without syllables says "no_speech" and still judges the recording itself."""
    verdicts = judge({"syllables": 0.0, "wpm": None, "loudness_lufs": -60.0, "f0_sd_st": 0.1}, "en")
    codes = {v.metric: v.code for v in verdicts}
    assert codes == {"syllables": "no_speech", "loudness_lufs": "too_quiet"}


def test_every_metric_has_a_direction() -> None:
    """The compare table knows for each metric whether higher, lower or in-band is better."""
    assert len(set(METRIC_IDS)) == len(METRICS)
    assert direction("snr_db") == "higher" and direction("clipping_share") == "lower" and direction("wpm") == "in_band"
    with pytest.raises(KeyError, match="nonsense"):
        metric_info("nonsense")


@pytest.mark.parametrize(
    ("values", "expected", "change"),
    [
        ([100.0, 109.0], "same", 0.09),
        ([100.0, 110.0], "up", 0.10),
        ([100.0, 89.0], "down", -0.11),
        ([100.0, 150.0, 140.0], "same", -0.0667),
        ([100.0, None, math.nan, 120.0], "up", 0.20),
        ([-20.0, -23.0], "down", -0.15),
    ],
)
def test_trend_counts_only_changes_of_10_percent(values: list, expected: str, change: float) -> None:
    """A change from the previous take is real only when it is at least 10 % (missing values skipped)."""
    result = trend(values)
    assert result.direction == expected
    assert result.change == pytest.approx(change, abs=1e-3)


def test_trend_edge_cases() -> None:
    """Fewer than two values or a zero previous value are handled without dividing by zero."""
    assert trend([]).direction == "same" and trend([5.0]).change is None
    assert trend([0.0, 0.0]).direction == "same"
    zero_up = trend([0.0, 2.0], "filled_pause_count")
    assert zero_up.direction == "up" and zero_up.change is None and zero_up.improved is False


def test_trend_says_whether_the_change_is_better() -> None:
    """With a metric id the trend says if a real change is an improvement; in-band metrics say nothing."""
    assert trend([3.0, 1.0], "filled_pauses_per_min").improved is True
    assert trend([20.0, 30.0], "snr_db").improved is True
    assert trend([20.0, 10.0], "snr_db").improved is False
    assert trend([120.0, 150.0], "wpm").improved is None
    assert trend([3.0, 2.9], "filled_pauses_per_min").improved is None


def test_verdict_code_for_pace_windows() -> None:
    """Single values (e.g. a 10-s window's WPM) get the same codes as whole takes; unbanded metrics are refused."""
    assert verdict_code("wpm", 200.0, "en") == "too_fast"
    assert verdict_code("wpm", 80.0, "ru") == "ok"
    with pytest.raises(KeyError, match="duration_s"):
        verdict_code("duration_s", 1.0, "en")


def test_per_phase_splits_pace_and_pauses_at_the_marks() -> None:
    """Two phases: syllables and pauses are counted inside each phase only."""
    from studio.core.delivery import per_phase

    nuclei = [0.5 + 0.25 * i for i in range(40)]  # 4 syllables/s from 0.5 s to 10.25 s
    rows = per_phase([(0.0, "analysis"), (6.0, "options")], 12.0, nuclei, [(10.5, 12.0)], "en")
    assert [r.label for r in rows] == ["analysis", "options"]
    first, second = rows
    assert first.pause_share == 0.0 and second.pause_share == pytest.approx(1.5 / 6.0)
    # 22 nuclei in [0, 6): 22 syllables / 1.5 per word / 0.1 min = ~146.7 wpm
    assert first.wpm == pytest.approx(22 / 1.5 / 0.1)
    assert second.start == 6.0 and second.end == 12.0


def test_per_phase_ignores_marks_past_the_end_and_silent_phases() -> None:
    """A mark after the end is dropped; a phase without syllables has no pace."""
    from studio.core.delivery import per_phase

    rows = per_phase([(0.0, "a"), (5.0, "b"), (30.0, "c")], 10.0, [1.0, 2.0], [], "ru")
    assert [r.label for r in rows] == ["a", "b"]
    assert rows[1].wpm is None


def test_time_in_pauses_has_a_band_and_a_verdict() -> None:
    """'Time in pauses' is judged: too little and too much silence each get their own code and tip."""
    assert bands("en")["pause_share"] == PAUSE_SHARE_BAND
    codes = {}
    for share in (0.03, 0.2, 0.6):
        (verdict,) = [a for a in advise({"syllables": 50.0, "pause_share": share}, "en")]
        codes[share] = (verdict.verdict.code, verdict.tip)
    assert codes[0.03] == ("few_pauses", "pause_after_points")
    assert codes[0.2] == ("ok", "keep_pauses")
    assert codes[0.6] == ("many_pauses", "fewer_pauses")


@pytest.mark.parametrize(
    ("wpm", "code", "level", "tip"),
    [
        (140.0, "ok", "ok", "keep_pace"),
        (182.0, "too_fast", "warn", "slow_down"),
        (230.0, "too_fast", "over", "slow_down"),
        (90.0, "too_slow", "warn", "speed_up"),
        (60.0, "too_slow", "over", "speed_up"),
    ],
)
def test_pace_advice_has_level_and_tip(wpm: float, code: str, level: str, tip: str) -> None:
    """A pace a little outside the band is a warning, far outside is over; each has one concrete tip."""
    (advice,) = advise({"syllables": 100.0, "wpm": wpm}, "en")
    assert (advice.verdict.code, advice.level, advice.tip) == (code, level, tip)


def test_every_verdict_of_every_card_metric_has_a_tip() -> None:
    """No verdict a card can show lacks a tip in English."""
    for metric_id, (below, above) in _LOW_HIGH_CODES.items():
        for code in {below, above, "ok"}:
            assert TIP_CODES[tip_code(metric_id, code)]
    for code in ("fillers_estimate", "fillers_estimate_high", "fillers_unsure"):
        assert TIP_CODES[tip_code("filled_pauses_per_min", code)]
    with pytest.raises(KeyError, match="'nope'"):
        tip_code("wpm", "nope")


def test_filler_estimates_are_neither_good_nor_bad() -> None:
    """An uncalibrated low count is "info" (never a green "within range"); a high estimate is a warning."""
    base = {"syllables": 100.0, "filled_pause_count": 0.0, "filled_pauses_per_min": 0.0}
    (low,) = advise({**base, "unsure_filled_pause_count": 0.0}, "en")
    (unsure,) = advise({**base, "unsure_filled_pause_count": 3.0}, "en")
    (high,) = advise({**base, "filled_pause_count": 9.0, "filled_pauses_per_min": 6.0}, "en")
    (sure,) = advise({**base, "unsure_filled_pause_count": 0.0}, "en", fillers_calibrated=True)
    assert (low.verdict.code, low.level) == ("fillers_estimate", "info")
    assert (unsure.verdict.code, unsure.level) == ("fillers_unsure", "info")
    assert (high.verdict.code, high.level) == ("fillers_estimate_high", "warn")
    assert (sure.verdict.code, sure.level) == ("ok", "ok")


def test_severity_in_decibels_for_level_metrics() -> None:
    """Loudness and noise are judged in dB past the edge, not relative to a negative number."""
    assert severity("loudness_lufs", -43.0, MIN_LOUDNESS_LUFS, None) == "warn"
    assert severity("loudness_lufs", -50.0, MIN_LOUDNESS_LUFS, None) == "over"
    assert severity("snr_db", 12.0, MIN_SNR_DB, None) == "warn"
    assert severity("snr_db", 20.0, MIN_SNR_DB, None) == "ok"


def test_pace_windows_shade_only_when_really_outside() -> None:
    """A 10-s window just over the band is not shaded fast; one clearly over is (and the same below)."""
    low, high = WPM_BANDS["en"]
    assert window_code(high * 1.05, "en") == "ok"
    assert window_code(high * 1.2, "en") == "too_fast"
    assert window_code(low * 0.95, "en") == "ok"
    assert window_code(low * 0.8, "en") == "too_slow"
    assert window_limits("en") == pytest.approx((low * (1 - WINDOW_MARGIN), high * (1 + WINDOW_MARGIN)))


@pytest.mark.parametrize(
    ("seconds", "intro", "code", "level", "tip"),
    [
        (75.0, True, "ok", "ok", "right_length"),
        (95.0, True, "ok", "ok", "right_length"),
        (105.0, True, "too_long", "warn", "intro_cut"),
        (150.0, False, "too_long", "over", "answer_cut"),
        (40.0, True, "too_short", "over", "intro_add"),
        (55.0, False, "too_short", "warn", "answer_add"),
    ],
)
def test_length_against_the_prompts_target(seconds: float, intro: bool, code: str, level: str, tip: str) -> None:
    """A 90-s target accepts 60-99 s; longer or shorter gets a tip from the self-introduction guide (or a general
    one for a question)."""
    advice = length_advice(seconds, 90.0, self_introduction=intro)
    assert advice is not None
    assert (advice.verdict.code, advice.level, advice.tip) == (code, level, tip)
    assert TIP_CODES[advice.tip] and VERDICT_CODES[advice.verdict.code]
    assert length_advice(seconds, 0.0, self_introduction=intro) is None
