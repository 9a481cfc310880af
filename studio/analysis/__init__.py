"""Delivery analysis of a take: pace, pauses, pitch, loudness and filled pauses (Qt-free, numpy + parselmouth).

Public API::

    analyze(samples, rate, language, progress=None, cancel=None, long_pause_s=2.0, filler_threshold=None)
    analyze_file(path, language, progress=None, cancel=None, long_pause_s=2.0, filler_threshold=None)
    apply_filler_threshold(report, threshold) -> DeliveryReport   (re-mark filled pauses for a user's threshold)
    DeliveryReport (.to_json(), DeliveryReport.from_json(text), .is_current), ANALYSIS_VERSION
    AnalysisError, Cancelled, ReportFormatError

Judging the numbers (bands, verdicts, trends) lives in ``studio.core.delivery``.
"""

from studio.analysis.errors import AnalysisError, Cancelled
from studio.analysis.pipeline import analyze, analyze_file
from studio.analysis.report import (
    ANALYSIS_VERSION,
    DeliveryReport,
    FilledMark,
    Interval,
    Pause,
    ReportFormatError,
    Window,
    apply_filler_threshold,
)

__all__ = [
    "ANALYSIS_VERSION",
    "AnalysisError",
    "Cancelled",
    "DeliveryReport",
    "FilledMark",
    "Interval",
    "Pause",
    "ReportFormatError",
    "Window",
    "analyze",
    "analyze_file",
    "apply_filler_threshold",
]
