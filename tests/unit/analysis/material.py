"""Test material for the delivery analysis: texts with known syllable counts, synthetic voices, helpers."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Audio = tuple[npt.NDArray[np.float32], int]

# Hand-counted syllables of the English material (espeak reads every word as written).
EN_WORDS: tuple[tuple[str, int], ...] = (
    ("I", 1), ("worked", 1), ("on", 1), ("a", 1), ("big", 1), ("project", 2), ("with", 1), ("my", 1),
    ("team", 1), ("last", 1), ("year.", 1), ("We", 1), ("made", 1), ("a", 1), ("plan,", 1), ("we", 1),
    ("set", 1), ("clear", 1), ("goals,", 1), ("and", 1), ("we", 1), ("met", 1), ("them", 1), ("on", 1),
    ("time.", 1), ("Then", 1), ("our", 1), ("manager", 3), ("asked", 1), ("me", 1), ("to", 1), ("present", 2),
    ("the", 1), ("results", 2), ("to", 1), ("the", 1), ("board.", 1), ("It", 1), ("was", 1), ("a", 1),
    ("good", 1), ("lesson", 2), ("for", 1), ("everyone", 3), ("who", 1), ("worked", 1), ("with", 1), ("us.", 1),
)  # fmt: skip
EN_TEXT = " ".join(word for word, _ in EN_WORDS)
EN_SYLLABLES = sum(count for _, count in EN_WORDS)
RU_TEXT = (
    "Я работал над большим проектом вместе с командой в прошлом году. Мы составили план, поставили понятные "
    "цели и выполнили их вовремя. Потом руководитель попросил меня рассказать о результатах совету директоров. "
    "Это был полезный урок для всех, кто с нами работал."
)
RU_VOWELS = "аеёиоуыэюя"


def russian_syllables(text: str) -> int:
    """Syllables of Russian text: exactly one per vowel letter."""
    return sum(1 for ch in text.lower() if ch in RU_VOWELS)


def trim(samples: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Cut the leading and trailing digital silence of espeak output."""
    nonzero = np.flatnonzero(np.abs(samples) > 1e-4)
    return samples[nonzero[0] : nonzero[-1] + 1]


def zero_runs(samples: npt.NDArray[np.float32], rate: int, min_s: float) -> list[tuple[float, float]]:
    """Inner runs of exact digital silence of at least ``min_s`` (espeak writes pauses as zeros)."""
    silent = (np.abs(samples) <= 1e-6).astype(np.int8)
    edges = np.diff(np.concatenate(([0], silent, [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = ((ends - starts) >= min_s * rate) & (starts > 0) & (ends < samples.shape[0])
    return [(s / rate, e / rate) for s, e in zip(starts[keep], ends[keep], strict=True)]


def voice(
    f0_track: npt.NDArray[np.float64],
    rate: int,
    formants: tuple[tuple[float, float], ...] = ((500.0, 80.0), (1500.0, 100.0), (2500.0, 120.0)),
    level: float = 0.3,
) -> npt.NDArray[np.float32]:
    """A voice-like harmonic signal following an F0 track (Hz per sample), harmonics shaped by formant peaks."""
    n = f0_track.shape[0]
    phase = 2.0 * np.pi * np.cumsum(f0_track) / rate
    signal = np.zeros(n)
    for k in range(1, int(4000.0 / float(f0_track.min())) + 1):
        fk = k * f0_track
        gain = sum(1.0 / (1.0 + ((fk - centre) / (bw / 2.0)) ** 2) for centre, bw in formants) / np.sqrt(k)
        signal += np.where(fk < rate / 2 - 200, gain, 0.0) * np.sin(k * phase)
    fade = min(int(0.03 * rate), n // 2)
    envelope = np.ones(n)
    envelope[:fade] = np.linspace(0.0, 1.0, fade)
    envelope[n - fade :] = np.linspace(1.0, 0.0, fade)
    signal *= envelope
    return (level * signal / np.abs(signal).max()).astype(np.float32)


def held_vowel(
    seconds: float,
    rate: int,
    f0: float = 110.0,
    formants: tuple[tuple[float, float], ...] = ((500.0, 80.0), (1500.0, 100.0), (2500.0, 120.0)),
    level: float = 0.3,
) -> npt.NDArray[np.float32]:
    """A held vowel on a level pitch (a synthetic filled pause or monotone voice)."""
    return voice(np.full(int(seconds * rate), f0), rate, formants, level)
