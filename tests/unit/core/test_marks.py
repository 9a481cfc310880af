"""Take timeline marks: one encoder/decoder, tolerant of damaged fields."""

from __future__ import annotations

from studio.core.marks import Mark, marks_from_json, marks_to_json, phase_marks


def test_round_trip_keeps_kind_time_and_label() -> None:
    """What is stored is read back equal."""
    marks = [Mark(0.0, "phase", "read"), Mark(1.25, "overflow"), Mark(9.0, "device_lost")]
    assert marks_from_json(marks_to_json(marks)) == marks


def test_damaged_json_never_hides_the_take() -> None:
    """Unreadable text or entries give what can be read, never an exception."""
    assert marks_from_json("{not json") == []
    assert marks_from_json('[{"t": "x"}, 5, {"t": 2, "kind": "overflow"}]') == [Mark(2.0, "overflow")]
    assert marks_from_json(None) == []


def test_phase_marks_feed_per_phase_review() -> None:
    """Only phase marks, as (time, phase id)."""
    marks = [Mark(0.0, "phase", "a"), Mark(3.0, "overflow"), Mark(60.0, "phase", "b")]
    assert phase_marks(marks) == [(0.0, "a"), (60.0, "b")]
