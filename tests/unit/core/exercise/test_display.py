"""Tests for studio.core.exercise.display: what the countdown shows and when it changes."""

from __future__ import annotations

import pytest

from studio.core.exercise import (
    display_seconds,
    format_clock,
    format_duration,
    seconds_to_next_display_change,
)

# ------------------------------------------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [(300, 300), (299.9, 300), (299.0000001, 299), (1.0, 1), (0.2, 1), (0.0, 0), (-0.4, 0), (-1.0, -1), (-61.5, -61)],
)
def test_display_seconds_counts_down_to_zero_at_the_deadline(remaining: float, shown: int) -> None:
    """The display rounds up: it shows 00:00 from the deadline on, never while time is left."""
    assert display_seconds(remaining) == shown


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (300, "05:00"),
        (299.2, "05:00"),
        (59, "00:59"),
        (0.3, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "-00:01"),
        (-75, "-01:15"),
        (6000, "100:00"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    """The countdown text is MM:SS, with a minus sign in overtime and more than two digits if needed."""
    assert format_clock(seconds) == text


def test_display_decreases_by_one_at_each_whole_second() -> None:
    """Repainting at each computed display change shows every second once, from the budget down to zero."""
    remaining, shown = 7.35, []
    while remaining > -2:
        shown.append(display_seconds(remaining))
        step = seconds_to_next_display_change(remaining)
        assert 0 < step <= 1
        remaining -= step
    assert shown == [8, 7, 6, 5, 4, 3, 2, 1, 0, -1]


def test_format_duration_rounds_to_nearest_second() -> None:
    """Durations in reports round to the nearest second (halves up) and never go negative."""
    assert [format_duration(s) for s in (0, 59.5, 89.4, -3, 3600)] == ["00:00", "01:00", "01:29", "00:00", "60:00"]
