"""How a countdown is shown: whole seconds that change exactly at the right moments, MM:SS text."""

from __future__ import annotations

import math


def display_seconds(remaining: float) -> int:
    """Whole seconds to show for ``remaining`` (ceil, on microseconds to ignore float noise).

    The shown value changes exactly at whole seconds before the deadline, drops by one each second, reads 0 from
    the deadline itself (never while time is left, so "00:00" and the deadline chime coincide) and goes negative
    one second into overtime. It is never more than one second above the true remaining time.
    """
    micros = round(remaining * 1_000_000)
    return -((-micros) // 1_000_000)


def seconds_to_next_display_change(remaining: float) -> float:
    """Seconds until :func:`display_seconds` of a running countdown next changes (in ``(0, 1]``)."""
    return max(remaining - (display_seconds(remaining) - 1), 1e-6)


def format_clock(seconds: float) -> str:
    """Format a countdown value as ``MM:SS``, or ``-MM:SS`` in overtime (minutes may exceed 99)."""
    shown = display_seconds(seconds)
    sign = "-" if shown < 0 else ""
    minutes, secs = divmod(abs(shown), 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """Format a duration (rounded to the nearest second, halves up) as ``MM:SS``."""
    whole = math.floor(max(0.0, seconds) + 0.5)
    minutes, secs = divmod(whole, 60)
    return f"{minutes:02d}:{secs:02d}"
