"""DeliveryReport JSON: round trip for the store, and clear errors for text it cannot read."""

from __future__ import annotations

import json

import pytest

from studio.analysis import (
    ANALYSIS_VERSION,
    DeliveryReport,
    FilledMark,
    Interval,
    Pause,
    ReportFormatError,
    Window,
    apply_filler_threshold,
)


def _report() -> DeliveryReport:
    return DeliveryReport(
        analysis_version=ANALYSIS_VERSION,
        language="ru",
        duration_s=12.5,
        rate=48000,
        channels=2,
        metrics={"wpm": 98.25, "f0_sd_st": None, "syllables": 40.0},
        monotone=False,
        segments=[Interval(0.3, 4.0), Interval(4.6, 12.0)],
        pauses=[Pause(4.0, 4.6, False)],
        filled_pauses=[FilledMark(7.0, 7.4, 0.8)],
        pace_windows=[Window(0.3, 12.0, 3.4, 85.0)],
        nuclei=[0.5, 0.7],
        pitch_times=[0.5, 0.51],
        pitch_hz=[120.0, 121.5],
        filler_candidates=[FilledMark(2.0, 2.3, 0.35), FilledMark(7.0, 7.4, 0.8)],
        filler_threshold=0.5,
        warnings=["take.wav is shorter than its header claims"],
    )


def test_json_round_trip() -> None:
    """to_json then from_json gives an equal report (the store keeps it as a text column)."""
    report = _report()
    assert DeliveryReport.from_json(report.to_json()) == report


def test_json_shape_is_compact_and_plain() -> None:
    """The JSON is one object with the documented keys and array rows, no NaN."""
    doc = json.loads(_report().to_json())
    assert set(doc) == {
        "analysis_version", "language", "duration_s", "rate", "channels", "metrics", "monotone", "segments", "pauses",
        "filled_pauses", "pace_windows", "nuclei", "pitch", "filled_pause_confidence", "filler_candidates",
        "filler_threshold", "warnings",
    }  # fmt: skip
    assert doc["filled_pauses"] == [[7.0, 7.4]]  # [start, end] as before: readers of older shapes keep working
    assert doc["filled_pause_confidence"] == [0.8]
    assert doc["filler_candidates"] == [[2.0, 2.3, 0.35], [7.0, 7.4, 0.8]]
    assert doc["pauses"] == [[4.0, 4.6, False]]
    assert doc["metrics"]["f0_sd_st"] is None
    assert doc["pitch"] == {"t": [0.5, 0.51], "hz": [120.0, 121.5]}


def test_filler_threshold_re_marks_from_the_candidates() -> None:
    """A user's threshold re-marks filled pauses from the stored candidates and updates their metrics."""
    report = _report()
    lower = apply_filler_threshold(report, 0.3)
    assert [(m.start, m.confidence) for m in lower.filled_pauses] == [(2.0, 0.35), (7.0, 0.8)]
    assert lower.metrics["filled_pause_count"] == 2.0
    assert lower.metrics["filled_pauses_per_min"] == pytest.approx(2 / (11.7 / 60.0))
    assert lower.filler_threshold == 0.3
    higher = apply_filler_threshold(report, 0.9)
    assert higher.filled_pauses == [] and higher.metrics["filled_pause_count"] == 0.0
    assert higher.metrics["unsure_filled_pause_count"] == 1.0  # the 0.8 candidate is within 0.25 of 0.9
    assert report.filled_pauses == [FilledMark(7.0, 7.4, 0.8)]  # the original is unchanged


def test_report_without_confidences_reads_as_sure_marks() -> None:
    """A stored report from before confidences existed still reads: its marks get confidence 1."""
    doc = json.loads(_report().to_json())
    del doc["filled_pause_confidence"], doc["filler_candidates"], doc["filler_threshold"], doc["warnings"]
    report = DeliveryReport.from_json(json.dumps(doc))
    assert report.filled_pauses == [FilledMark(7.0, 7.4, 1.0)] and report.warnings == []


def test_old_version_is_not_current() -> None:
    """A report from another analysis version says it needs recomputing."""
    report = _report()
    report.analysis_version = ANALYSIS_VERSION - 1
    assert not DeliveryReport.from_json(report.to_json()).is_current


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be an object"),
        ('{"language": "en"}', "misses the field"),
        ('{"analysis_version": 1, "language": "en", "duration_s": 1, "metrics": []}', "malformed"),
        ('{"analysis_version": 1, "language": "en", "duration_s": 1, "metrics": {}, "pauses": [[1]]}', "malformed"),
    ],
)
def test_unreadable_json_raises_a_named_error(text: str, needle: str) -> None:
    """Malformed stored text raises ReportFormatError saying what is wrong."""
    with pytest.raises(ReportFormatError, match=needle):
        DeliveryReport.from_json(text)
