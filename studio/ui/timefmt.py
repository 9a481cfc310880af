"""Conversions between stored UTC times and the local times the user sees and types."""

from __future__ import annotations

from datetime import UTC, datetime


def to_local(value: datetime | None) -> datetime | None:
    """Stored UTC time → naive local time for display."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def to_utc(value: datetime | None) -> datetime | None:
    """Naive local time typed by the user → aware UTC for the store."""
    if value is None:
        return None
    return value.astimezone(UTC)
