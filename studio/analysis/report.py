"""The delivery report of one take, and its JSON form for the store.

JSON shape (one object, compact arrays, times in seconds)::

    {
      "analysis_version": 3,            # ANALYSIS_VERSION when computed; recompute when it differs
      "language": "en",                 # "ru" | "en"
      "duration_s": 134.2,
      "rate": 48000, "channels": 1,     # of the source file
      "metrics": {"wpm": 142.1, "f0_sd_st": 2.7, ...},  # keys: studio.core.delivery.METRIC_IDS; null = n/a
      "monotone": false,                # pitch SD under studio.core.delivery.MONOTONE_SD_ST; null = no voicing
      "segments": [[0.31, 4.02], ...],               # speech segments
      "pauses": [[4.02, 4.61, false], ...],          # [start, end, is_long]
      "filled_pauses": [[12.4, 12.9], ...],          # marks at or over filler_threshold
      "filled_pause_confidence": [0.82, ...],        # detector confidence (0..1) per mark, same order
      "filler_candidates": [[12.4, 12.9, 0.82], ...],  # every candidate with confidence >= CANDIDATE_FLOOR
      "filler_threshold": 0.5,                       # the confidence a mark needed
      "warnings": ["take.wav is shorter than its header claims: ..."],
      "pace_windows": [[0.31, 10.31, 3.9, 156.0], ...],  # [start, end, syllables/s, wpm]
      "nuclei": [0.42, 0.61, ...],                   # syllable nucleus times
      "pitch": {"t": [0.45, 0.46, ...], "hz": [121.3, 122.0, ...]}   # voiced points only
    }
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# 2: vowel-band syllable nuclei, voiced-checked segmentation with hysteresis, filled pauses with confidences.
# 3: filled pauses judged on the change of spectral shape (loudness taken out); lone syllables must be steady and
#    may stand next to a held filled pause.
ANALYSIS_VERSION = 3
# Candidates kept in the report (so a user's threshold can be applied without analysing again).
CANDIDATE_FLOOR = 0.2
# A candidate this far under the threshold is "unsure": not marked, but a zero count is then not a clean zero.
UNSURE_MARGIN = 0.25


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
class FilledMark:
    """A filled pause (or a candidate for one) with the detector's confidence (0..1)."""

    start: float
    end: float
    confidence: float


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
        filled_pauses: Filled-pause marks (confidence at or over ``filler_threshold``).
        pace_windows: Pace per 10-s window.
        nuclei: Syllable nucleus times.
        pitch_times: Times of the voiced pitch points (gaps = unvoiced).
        pitch_hz: F0 at those times.
        filler_candidates: Every filled-pause candidate with confidence >= ``CANDIDATE_FLOOR``.
        filler_threshold: The confidence a candidate needed to become a mark.
        warnings: One-line notes about the input (e.g. a file shorter than its header claims).
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
    filled_pauses: list[FilledMark] = field(default_factory=list)
    pace_windows: list[Window] = field(default_factory=list)
    nuclei: list[float] = field(default_factory=list)
    pitch_times: list[float] = field(default_factory=list)
    pitch_hz: list[float] = field(default_factory=list)
    filler_candidates: list[FilledMark] = field(default_factory=list)
    filler_threshold: float = 0.5
    warnings: list[str] = field(default_factory=list)

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
            "filled_pause_confidence": [_r(f.confidence) for f in self.filled_pauses],
            "filler_candidates": [[_r(f.start), _r(f.end), _r(f.confidence)] for f in self.filler_candidates],
            "filler_threshold": _r(self.filler_threshold),
            "warnings": list(self.warnings),
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
                filled_pauses=_marks(doc.get("filled_pauses", []), doc.get("filled_pause_confidence")),
                filler_candidates=[
                    FilledMark(float(a), float(b), float(c)) for a, b, c in doc.get("filler_candidates", [])
                ],
                filler_threshold=float(doc.get("filler_threshold", 0.5)),
                warnings=[str(w) for w in doc.get("warnings", [])],
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


def _marks(spans: Sequence[Sequence[float]], confidences: Sequence[float] | None) -> list[FilledMark]:
    """Marks from [start, end] pairs and a parallel confidence list (reports before confidences: 1.0)."""
    if confidences is None or len(confidences) != len(spans):
        confidences = [1.0] * len(spans)
    return [FilledMark(float(a), float(b), float(c)) for (a, b), c in zip(spans, confidences, strict=True)]


def filler_metrics(
    candidates: Sequence[FilledMark], threshold: float, span: tuple[float, float] | None
) -> dict[str, float | None]:
    """Filled-pause metrics for a threshold: count, per minute of the speaking span, and unsure candidates.

    Args:
        candidates: Scored candidates (any confidence).
        threshold: Confidence a candidate needs to count.
        span: First speech start and last speech end (s), or None without speech.
    """
    marked = sum(1 for c in candidates if c.confidence >= threshold)
    unsure = sum(1 for c in candidates if threshold - UNSURE_MARGIN <= c.confidence < threshold)
    per_min = marked / ((span[1] - span[0]) / 60.0) if span is not None and span[1] > span[0] else None
    return {
        "filled_pause_count": float(marked),
        "filled_pauses_per_min": per_min,
        "unsure_filled_pause_count": float(unsure),
    }


def apply_filler_threshold(report: DeliveryReport, threshold: float) -> DeliveryReport:
    """The report with filled pauses re-marked for a user's threshold (from its stored candidates).

    Pace is not recomputed: the nuclei left out of it are those of the marks at analysis time.

    Args:
        report: A report (of this version, with ``filler_candidates``).
        threshold: Confidence 0..1 a candidate needs (``studio.core.filler_feedback.user_threshold``).
    """
    threshold = min(1.0, max(0.0, float(threshold)))
    span = (report.segments[0].start, report.segments[-1].end) if report.segments else None
    metrics = dict(report.metrics)
    metrics.update(filler_metrics(report.filler_candidates, threshold, span))
    marks = [c for c in report.filler_candidates if c.confidence >= threshold]
    return dataclasses.replace(report, metrics=metrics, filled_pauses=marks, filler_threshold=threshold)
