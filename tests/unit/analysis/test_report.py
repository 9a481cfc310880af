"""DeliveryReport JSON: round trip for the store, and clear errors for text it cannot read."""

from __future__ import annotations

import json

import pytest

from studio.analysis import ANALYSIS_VERSION, DeliveryReport, Interval, Pause, ReportFormatError, Window


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
        filled_pauses=[Interval(7.0, 7.4)],
        pace_windows=[Window(0.3, 12.0, 3.4, 85.0)],
        nuclei=[0.5, 0.7],
        pitch_times=[0.5, 0.51],
        pitch_hz=[120.0, 121.5],
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
        "filled_pauses", "pace_windows", "nuclei", "pitch",
    }  # fmt: skip
    assert doc["pauses"] == [[4.0, 4.6, False]]
    assert doc["metrics"]["f0_sd_st"] is None
    assert doc["pitch"] == {"t": [0.5, 0.51], "hz": [120.0, 121.5]}


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
