"""Clocks: the one place the domain reads time from, injected so tests can drive it.

Two readings are needed. ``monotonic()`` never goes backwards and is what deadlines are stored on; on Linux
(``CLOCK_MONOTONIC``) it does *not* advance while the machine is suspended, and it restarts from an arbitrary
value in every process, so it cannot be compared across a restart. ``wall()`` (seconds since the epoch) is
comparable across processes and reboots but can jump (suspend, NTP, the user changing the clock). The exercise
session stores both and uses each for what it is good at.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """A source of time: a monotonic reading for deadlines and a wall reading for anchors across restarts."""

    def monotonic(self) -> float:
        """Return seconds on a clock that never goes backwards (arbitrary origin, per process)."""
        ...

    def wall(self) -> float:
        """Return wall-clock seconds since the Unix epoch (comparable across processes; may jump)."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic`` and ``time.time``."""

    def monotonic(self) -> float:
        """Return ``time.monotonic()``."""
        return time.monotonic()

    def wall(self) -> float:
        """Return ``time.time()``."""
        return time.time()


SYSTEM_CLOCK = SystemClock()


class FakeClock:
    """A clock that moves only when told to, for fast deterministic tests.

    Args:
        monotonic: Initial monotonic reading.
        wall: Initial wall reading (seconds since the epoch).
    """

    def __init__(self, monotonic: float = 1000.0, wall: float = 1_800_000_000.0) -> None:
        self._monotonic = float(monotonic)
        self._wall = float(wall)

    def monotonic(self) -> float:
        """Return the current fake monotonic reading."""
        return self._monotonic

    def wall(self) -> float:
        """Return the current fake wall reading."""
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` of ordinary time pass: both readings move together.

        Raises:
            ValueError: If ``seconds`` is negative (time does not run backwards).
        """
        if seconds < 0:
            raise ValueError(f"advance: seconds must be >= 0, got {seconds}")
        self._monotonic += seconds
        self._wall += seconds

    def set(self, *, monotonic: float | None = None, wall: float | None = None) -> None:
        """Set absolute readings.

        Args:
            monotonic: New monotonic reading; may not be lower than the current one.
            wall: New wall reading; may be anything (the wall clock can be set back).

        Raises:
            ValueError: If ``monotonic`` would go backwards.
        """
        if monotonic is not None:
            if monotonic < self._monotonic:
                raise ValueError(f"set: monotonic cannot go back from {self._monotonic} to {monotonic}")
            self._monotonic = float(monotonic)
        if wall is not None:
            self._wall = float(wall)

    def jump_wall(self, seconds: float, *, monotonic_too: bool = False) -> None:
        """Simulate a suspend (or a wall-clock change) of ``seconds``.

        By default only the wall reading jumps, which is what a suspend looks like on Linux: ``CLOCK_MONOTONIC``
        stops while the machine sleeps. With ``monotonic_too`` both jump, as on platforms whose monotonic clock
        keeps counting through sleep (or when the process was merely stopped).

        Args:
            seconds: How far the wall reading jumps; negative simulates the clock being set back.
            monotonic_too: Also move the monotonic reading by ``seconds``.

        Raises:
            ValueError: If ``monotonic_too`` is set and ``seconds`` is negative.
        """
        if monotonic_too:
            self.advance(seconds)
        else:
            self._wall += seconds
