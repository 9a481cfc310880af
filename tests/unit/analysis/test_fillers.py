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
