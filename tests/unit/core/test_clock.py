"""Tests for studio.core.clock: the real clock's readings and the fake clock's suspend model."""

from __future__ import annotations

import time

import pytest

from studio.core.clock import SYSTEM_CLOCK, Clock, FakeClock, SystemClock


def test_system_clock_reads_monotonic_and_wall_time() -> None:
    """The real clock must report time.monotonic and time.time, and satisfy the Clock protocol."""
    clock = SystemClock()
    assert isinstance(clock, Clock)
    assert isinstance(SYSTEM_CLOCK, SystemClock)
    first = clock.monotonic()
    assert clock.monotonic() >= first
    assert abs(clock.wall() - time.time()) < 1.0


def test_fake_clock_satisfies_protocol_and_starts_where_told() -> None:
    """Tests inject the fake clock wherever a Clock is expected, with chosen starting readings."""
    clock = FakeClock(monotonic=5.0, wall=100.0)
    assert isinstance(clock, Clock)
    assert (clock.monotonic(), clock.wall()) == (5.0, 100.0)


def test_fake_clock_advance_moves_both_readings() -> None:
    """Ordinary time passing moves the monotonic and the wall reading by the same amount."""
    clock = FakeClock(monotonic=5.0, wall=100.0)
    clock.advance(2.5)
    assert (clock.monotonic(), clock.wall()) == (7.5, 102.5)


def test_fake_clock_refuses_to_run_backwards() -> None:
    """A monotonic clock never goes back; the fake must not let a test pretend otherwise."""
    clock = FakeClock(monotonic=5.0)
    with pytest.raises(ValueError, match="advance"):
        clock.advance(-1.0)
    with pytest.raises(ValueError, match="monotonic cannot go back"):
        clock.set(monotonic=4.0)


def test_fake_clock_set_places_readings() -> None:
    """set() places either reading; the wall may be set back like a user changing the system clock."""
    clock = FakeClock(monotonic=5.0, wall=100.0)
    clock.set(monotonic=9.0)
    clock.set(wall=50.0)
    assert (clock.monotonic(), clock.wall()) == (9.0, 50.0)


def test_jump_wall_models_a_linux_suspend() -> None:
    """On Linux CLOCK_MONOTONIC stands still during suspend: only the wall reading jumps."""
    clock = FakeClock(monotonic=5.0, wall=100.0)
    clock.jump_wall(600.0)
    assert (clock.monotonic(), clock.wall()) == (5.0, 700.0)


def test_jump_wall_can_move_monotonic_too() -> None:
    """Some platforms keep counting through sleep (or the process was only stopped): both readings jump."""
    clock = FakeClock(monotonic=5.0, wall=100.0)
    clock.jump_wall(600.0, monotonic_too=True)
    assert (clock.monotonic(), clock.wall()) == (605.0, 700.0)
    with pytest.raises(ValueError):
        clock.jump_wall(-1.0, monotonic_too=True)
