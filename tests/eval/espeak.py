"""Filled-pause material from espeak-ng, English and Russian, with known counts (no recording of a real Russian
«э-э» or «м-м» is available, and the dev set's hesitations are one English speaker's).

Three kinds of take, each at 120, 160 and 200 WPM:

* ``fluent``: the read texts of the unit tests (``tests/unit/analysis/material.py``), no filled pause: every mark
  is a false one;
* ``held``: three espeak-ng phrases with a synthetic hesitation between each two: a held mid vowel ("uh" /
  «э-э», 0.35-0.6 s) or a hummed nasal ("mm" / «м-м»), on a level pitch near the voice's, after a short silence
  (0.15 s) or glued to the word before it (no silence), so 2 per take;
* ``slowed``: espeak-ng's own filler words ("uh", "um", "er" / «э», «м», «эм») spoken at 30 % of the rate between
  SSML breaks of 0.2 s: a synthesiser's idea of a drawn-out hesitation, 2 per take.

Everything is generated on the fly into a cache folder (seconds of espeak-ng); nothing is committed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import soundfile as sf

from tests.unit.analysis.material import EN_TEXT, RU_TEXT, held_vowel, trim

WPMS = (120, 160, 200)
VOICES = {"en": "en-us", "ru": "ru"}
FLUENT = {"en": EN_TEXT, "ru": RU_TEXT}
PHRASES = {
    "en": ("So I think that", "we should start with the numbers", "and then talk about the team"),
    "ru": ("Я думаю, что", "нам стоит начать с цифр", "а потом обсудить команду"),
}
SLOWED = {"en": ("uh", "um"), "ru": ("э", "м")}
VOWEL = ((550.0, 80.0), (1300.0, 100.0), (2500.0, 120.0))  # a mid central vowel: "uh", «э»
NASAL = ((250.0, 60.0), (1000.0, 300.0), (2300.0, 200.0))  # a hum: low first formant, weak above


@dataclass(frozen=True)
class Take:
    """One generated take and its true filled-pause count."""

    take_id: str
    kind: str
    language: str
    path: Path
    filled_pauses: int


def _espeak(folder: Path, text: str, voice: str, wpm: int, ssml: bool = False) -> tuple[npt.NDArray[np.float32], int]:
    name = hashlib.sha1(repr((text, voice, wpm, ssml)).encode()).hexdigest()[:16] + ".wav"
    path = folder / name
    if not path.is_file():
        command = ["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(path)]
        subprocess.run([*command, *(["-m"] if ssml else []), text], check=True, capture_output=True, timeout=60)
    samples, rate = sf.read(path, dtype="float32")
    return samples, int(rate)


def _write(folder: Path, take_id: str, samples: npt.NDArray[np.float32], rate: int) -> Path:
    path = folder / f"{take_id}.wav"
    sf.write(path, samples, rate, subtype="FLOAT")
    return path


def build(folder: Path) -> list[Take]:
    """Generate every take into ``folder``; empty when espeak-ng is not installed."""
    if shutil.which("espeak-ng") is None:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    takes: list[Take] = []
    for language, voice in VOICES.items():
        for wpm in WPMS:
            samples, rate = _espeak(folder, FLUENT[language], voice, wpm)
            take_id = f"fluent_{language}_{wpm}"
            takes.append(Take(take_id, "fluent", language, _write(folder, take_id, samples, rate), 0))
            for glued in (False, True):
                parts: list[npt.NDArray[np.float32]] = []
                silence = np.zeros(int(0.3 * rate), np.float32)
                parts.append(silence)
                for index, phrase in enumerate(PHRASES[language]):
                    speech, rate = _espeak(folder, phrase, voice, wpm)
                    parts.append(trim(speech))
                    if index < len(PHRASES[language]) - 1:
                        if not glued:
                            parts.append(np.zeros(int(0.15 * rate), np.float32))
                        formants = VOWEL if index == 0 else NASAL
                        parts.append(held_vowel(0.35 + 0.25 * index, rate, f0=105.0 + 10 * index, formants=formants))
                        parts.append(np.zeros(int(0.15 * rate), np.float32))
                parts.append(silence)
                take_id = f"held_{'glued' if glued else 'apart'}_{language}_{wpm}"
                path = _write(folder, take_id, np.concatenate(parts), rate)
                takes.append(Take(take_id, "held", language, path, 2))
            first, second = SLOWED[language]
            a, b, c = PHRASES[language]
            gap = '<break time="200ms"/>'
            text = (
                f'<speak>{a}{gap}<prosody rate="30%">{first}</prosody>{gap}{b}{gap}'
                f'<prosody rate="30%">{second}</prosody>{gap}{c}</speak>'
            )
            samples, rate = _espeak(folder, text, voice, wpm, ssml=True)
            take_id = f"slowed_{language}_{wpm}"
            takes.append(Take(take_id, "slowed", language, _write(folder, take_id, samples, rate), 2))
    return takes


def evaluate(folder: Path) -> dict[str, object]:
    """Analyse every take; per kind: takes, minutes, true and detected counts, worst per-take error; per-take rows."""
    from studio.analysis import analyze_file

    tally: dict[str, list[tuple[int, int, float]]] = {}
    rows = {}
    for take in build(folder):
        report = analyze_file(take.path, take.language)
        found = len(report.filled_pauses)
        rows[take.take_id] = {"true": take.filled_pauses, "found": found, "duration_s": round(report.duration_s, 2)}
        tally.setdefault(take.kind, []).append((take.filled_pauses, found, report.duration_s))
    kinds = {
        kind: {
            "takes": len(entries),
            "minutes": round(sum(seconds for *_, seconds in entries) / 60.0, 3),
            "true": sum(true for true, _, _ in entries),
            "found": sum(found for _, found, _ in entries),
            "worst": max(abs(found - true) for true, found, _ in entries),
        }
        for kind, entries in tally.items()
    }
    return {"kinds": kinds, "takes": rows}
