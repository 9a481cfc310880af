"""Filled pauses: held steady voiced sounds between words are found; ordinary speech gives none."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from studio.analysis import analyze
from tests.unit.analysis.material import EN_TEXT, RU_TEXT, Audio, held_vowel, trim


def _take_with_fillers(espeak: Callable[..., Audio], voice: str, phrases: list[str]) -> tuple[np.ndarray, int, list]:
    """Phrases separated by held vowels ("ээ"/"uh"); returns samples, rate and the true filler spans."""
    parts: list[np.ndarray] = []
    truth = []
    rate = 22050
    position = 0.0

    def add(samples: np.ndarray) -> None:
        nonlocal position
        parts.append(samples)
        position += samples.shape[0] / rate

    add(np.zeros(int(0.3 * rate), np.float32))
    for index, phrase in enumerate(phrases):
        samples, rate = espeak(phrase, voice, 160)
        add(trim(samples))
        if index < len(phrases) - 1:
            add(np.zeros(int(0.2 * rate), np.float32))
            vowel = held_vowel(0.45 + 0.1 * index, rate, f0=105.0 + 15 * index)
            truth.append((position, position + vowel.shape[0] / rate))
            add(vowel)
            add(np.zeros(int(0.1 * rate), np.float32))
    add(np.zeros(int(0.3 * rate), np.float32))
    return np.concatenate(parts), rate, truth


@pytest.mark.parametrize(
    ("voice", "phrases"),
    [
        ("en-us", ["So I think that", "we should start with the numbers", "and then talk about the team"]),
        ("ru", ["Я думаю, что", "нам стоит начать с цифр", "а потом обсудить команду"]),
    ],
)
def test_held_vowels_between_words_are_marked(espeak: Callable[..., Audio], voice: str, phrases: list[str]) -> None:
    """Every synthetic filled pause is marked (overlapping its true span); nothing else is."""
    samples, rate, truth = _take_with_fillers(espeak, voice, phrases)
    report = analyze(samples, rate, "ru" if voice == "ru" else "en")
    assert len(report.filled_pauses) == len(truth)
    for (start, end), mark in zip(truth, report.filled_pauses, strict=True):
        assert mark.start < end and mark.end > start
        assert mark.end - mark.start >= 0.25
    span_minutes = (report.segments[-1].end - report.segments[0].start) / 60
    assert report.metrics["filled_pauses_per_min"] == pytest.approx(len(truth) / span_minutes)


@pytest.mark.parametrize(("voice", "text"), [("en-us", EN_TEXT), ("ru", RU_TEXT)])
@pytest.mark.parametrize("wpm", [120, 200])
def test_fluent_speech_has_no_filled_pauses(espeak: Callable[..., Audio], voice: str, text: str, wpm: int) -> None:
    """Fluent espeak-ng speech, even slow, has no filled pauses."""
    samples, rate = espeak(text, voice, wpm)
    assert analyze(samples, rate, "en").filled_pauses == []


def test_filled_pause_nuclei_do_not_count_as_syllables(espeak: Callable[..., Audio]) -> None:
    """The pace ignores the held vowels: syllables with fillers equal those of the phrases alone (within 2)."""
    phrases = ["So I think that", "we should start with the numbers", "and then talk about the team"]
    samples, rate, _ = _take_with_fillers(espeak, "en-us", phrases)
    with_fillers = analyze(samples, rate, "en").metrics["syllables"]
    plain = sum(analyze(*espeak(p, "en-us", 160), "en").metrics["syllables"] or 0 for p in phrases)
    assert with_fillers is not None and abs(with_fillers - plain) <= 2


NASAL = ((250.0, 60.0), (1000.0, 300.0), (2300.0, 200.0))  # a hummed "м-м" / "mm": low first formant, weak above


def test_marks_carry_confidence_and_follow_the_threshold(espeak: Callable[..., Audio]) -> None:
    """Each mark has a confidence at or over the threshold; raising the threshold never adds marks."""
    samples, rate, truth = _take_with_fillers(espeak, "en-us", ["So I think that", "we should start", "with the team"])
    report = analyze(samples, rate, "en")
    assert len(report.filled_pauses) == len(truth)
    assert all(report.filler_threshold <= m.confidence <= 1.0 for m in report.filled_pauses)
    strict = analyze(samples, rate, "en", filler_threshold=1.0)
    assert all(m.confidence == 1.0 for m in strict.filled_pauses)
    assert strict.metrics["filled_pause_count"] == len(strict.filled_pauses) <= len(report.filled_pauses)
    loose = analyze(samples, rate, "en", filler_threshold=0.2)
    assert len(loose.filled_pauses) >= len(report.filled_pauses)


def test_russian_hummed_filler_is_marked(espeak: Callable[..., Audio]) -> None:
    """A hummed «м-м» (nasal: low first formant) between Russian phrases is a filled pause too.

    No recording of a real Russian «м-м» or «э-э» is available here, so both are synthetic: espeak-ng phrases
    with a held nasal or vowel between them.
    """
    rate = 22050
    parts, truth, position = [np.zeros(int(0.3 * rate), np.float32)], [], 0.3
    for index, phrase in enumerate(["Я думаю, что", "нам стоит начать", "с цифр"]):
        samples, rate = espeak(phrase, "ru", 160)
        speech = trim(samples)
        parts.append(speech)
        position += speech.shape[0] / rate
        if index < 2:
            hum = held_vowel(0.5, rate, f0=110.0, formants=NASAL)
            gap = np.zeros(int(0.15 * rate), np.float32)
            parts.extend([gap, hum, gap])
            truth.append((position + 0.15, position + 0.65))
            position += 0.8
    parts.append(np.zeros(int(0.3 * rate), np.float32))
    report = analyze(np.concatenate(parts), rate, "ru")
    assert len(report.filled_pauses) == 2
    for (start, end), mark in zip(truth, report.filled_pauses, strict=True):
        assert mark.start < end and mark.end > start


def test_feedback_default_matches_the_detector() -> None:
    """The per-user threshold starts from the detector's own default (core cannot import analysis)."""
    from studio.analysis.fillers import DEFAULT_THRESHOLD
    from studio.core import filler_feedback

    assert filler_feedback.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD


def _chain(espeak: Callable[..., Audio], middle: list[np.ndarray], rate: int = 22050) -> np.ndarray:
    """An English phrase, a pause, the given pieces, a pause and another phrase."""
    first, rate = espeak("So I think that", "en-us", 160)
    last, _ = espeak("we should start with the numbers", "en-us", 160)
    pause = np.zeros(int(0.5 * rate), np.float32)
    return np.concatenate([pause, trim(first), pause, *middle, pause, trim(last), pause])


def test_short_uh_before_a_held_one_is_marked_too(espeak: Callable[..., Audio]) -> None:
    """A short steady "uh" cut off from a held one by a breath-long gap ("uh... uhhh") is a filled pause of its own."""
    rate = 22050
    short = held_vowel(0.12, rate, f0=100.0)
    gap = np.zeros(int(0.06 * rate), np.float32)
    held = held_vowel(0.6, rate, f0=95.0)
    report = analyze(_chain(espeak, [short, gap, held]), rate, "en")
    assert len(report.filled_pauses) == 2


def test_lone_short_word_between_pauses_is_not_marked(espeak: Callable[..., Audio]) -> None:
    """A word said alone between pauses ("well") moves its formants: no filled pause, unlike a lone steady "uh"."""
    word, rate = espeak("well", "en-us", 160)
    assert analyze(_chain(espeak, [trim(word)]), rate, "en").filled_pauses == []
    lone_uh = held_vowel(0.15, rate, f0=100.0)
    assert len(analyze(_chain(espeak, [lone_uh]), rate, "en").filled_pauses) == 1
