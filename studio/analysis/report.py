"""The delivery report of one take, and its JSON form for the store.

JSON shape (one object, compact arrays, times in seconds)::

    {
      "analysis_version": 1,            # ANALYSIS_VERSION when computed; recompute when it differs
      "language": "en",                 # "ru" | "en"
      "duration_s": 134.2,
      "rate": 48000, "channels": 1,     # of the source file
      "metrics": {"wpm": 142.1, "f0_sd_st": 2.7, ...},  # keys: studio.core.delivery.METRIC_IDS; null = n/a
      "monotone": false,                # pitch SD under studio.core.delivery.MONOTONE_SD_ST; null = no voicing
      "segments": [[0.31, 4.02], ...],               # speech segments
      "pauses": [[4.02, 4.61, false], ...],          # [start, end, is_long]
      "filled_pauses": [[12.4, 12.9], ...],
      "pace_windows": [[0.31, 10.31, 3.9, 156.0], ...],  # [start, end, syllables/s, wpm]
      "nuclei": [0.42, 0.61, ...],                   # syllable nucleus times
      "pitch": {"t": [0.45, 0.46, ...], "hz": [121.3, 122.0, ...]}   # voiced points only
    }
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

ANALYSIS_VERSION = 1


class ReportFormatError(ValueError):
    """Stored report text is not a delivery report this code can read; the message names what is wrong."""


@dataclass(frozen=True)
class Pause:
    """A silence between speech segments."""

    start: float
    end: float
    long: bool

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.end - self.start


@dataclass(frozen=True)
class Interval:
    """A stretch of time (speech segment or filled pause)."""

    start: float
    end: float


@dataclass(frozen=True)
class Window:
    """Pace in one window of the take."""

    start: float
    end: float
    syllable_rate: float
    wpm: float


@dataclass
class DeliveryReport:
    """Everything the review panel shows for one take.

    Attributes:
        analysis_version: Version of the analysis that produced it (``ANALYSIS_VERSION`` at the time).
        language: "ru" or "en".
        duration_s: Length of the take in seconds.
        rate: Source sample rate (Hz).
        channels: Source channel count.
        metrics: Metric id -> value (None when not measurable); ids in ``studio.core.delivery.METRIC_IDS``.
        monotone: Pitch variation under the monotone limit; None without enough voiced speech.
        segments: Speech segments.
        pauses: Pauses between speech segments (``long`` flags those >= the long-pause limit).
        filled_pauses: Filled-pause marks.
        pace_windows: Pace per 10-s window.
        nuclei: Syllable nucleus times.
        pitch_times: Times of the voiced pitch points (gaps = unvoiced).
        pitch_hz: F0 at those times.
    """

    analysis_version: int
    language: str
    duration_s: float
    rate: int
    channels: int
    metrics: dict[str, float | None]
    monotone: bool | None = None
    segments: list[Interval] = field(default_factory=list)
    pauses: list[Pause] = field(default_factory=list)
    filled_pauses: list[Interval] = field(default_factory=list)
    pace_windows: list[Window] = field(default_factory=list)
    nuclei: list[float] = field(default_factory=list)
    pitch_times: list[float] = field(default_factory=list)
    pitch_hz: list[float] = field(default_factory=list)

    @property
    def is_current(self) -> bool:
        """True when produced by this version of the analysis (else the store should recompute it)."""
        return self.analysis_version == ANALYSIS_VERSION

    def to_json(self) -> str:
        """Serialise to compact JSON text (see the module docstring for the shape)."""
        doc: dict[str, Any] = {
            "analysis_version": self.analysis_version,
            "language": self.language,
            "duration_s": _r(self.duration_s),
            "rate": self.rate,
            "channels": self.channels,
            "metrics": {k: (None if v is None else _r(v, 6)) for k, v in self.metrics.items()},
            "monotone": self.monotone,
            "segments": [[_r(s.start), _r(s.end)] for s in self.segments],
            "pauses": [[_r(p.start), _r(p.end), p.long] for p in self.pauses],
            "filled_pauses": [[_r(f.start), _r(f.end)] for f in self.filled_pauses],
            "pace_windows": [[_r(w.start), _r(w.end), _r(w.syllable_rate), _r(w.wpm, 1)] for w in self.pace_windows],
            "nuclei": [_r(t) for t in self.nuclei],
            "pitch": {"t": self.pitch_times, "hz": self.pitch_hz},
        }
        return json.dumps(doc, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> DeliveryReport:
        """Read a report written by :meth:`to_json`.

        Raises:
            ReportFormatError: The text is not JSON or misses / mistypes a field (named in the message).
        """
        try:
            doc = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise ReportFormatError(f"delivery report is not valid JSON: {exc}") from None
        if not isinstance(doc, dict):
            raise ReportFormatError("delivery report JSON must be an object")
        try:
            metrics_raw = doc["metrics"]
            if not isinstance(metrics_raw, dict):
                raise TypeError("metrics must be an object")
            pitch = doc.get("pitch", {"t": [], "hz": []})
            return cls(
                analysis_version=int(doc["analysis_version"]),
                language=str(doc["language"]),
                duration_s=float(doc["duration_s"]),
                rate=int(doc.get("rate", 0)),
                channels=int(doc.get("channels", 0)),
                metrics={str(k): (None if v is None else float(v)) for k, v in metrics_raw.items()},
                monotone=None if doc.get("monotone") is None else bool(doc["monotone"]),
                segments=[Interval(float(a), float(b)) for a, b in doc.get("segments", [])],
                pauses=[Pause(float(a), float(b), bool(c)) for a, b, c in doc.get("pauses", [])],
                filled_pauses=[Interval(float(a), float(b)) for a, b in doc.get("filled_pauses", [])],
                pace_windows=[
                    Window(float(a), float(b), float(c), float(d)) for a, b, c, d in doc.get("pace_windows", [])
                ],
                nuclei=[float(t) for t in doc.get("nuclei", [])],
                pitch_times=[float(t) for t in pitch["t"]],
                pitch_hz=[float(h) for h in pitch["hz"]],
            )
        except KeyError as exc:
            raise ReportFormatError(f"delivery report misses the field {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            raise ReportFormatError(f"delivery report has a malformed field: {exc}") from None


def _r(value: float, digits: int = 3) -> float:
    return round(float(value), digits)
