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


def when_text(value: datetime | None, *, with_time: bool = True) -> str:
    """A stored UTC time as the user reads it, in the interface language: "2 Dec 2026, 19:00" / «2 дек. 2026, 19:00»
    (``with_time=False``: the date alone). "" for no time."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    local = to_local(value)
    if local is None:
        return ""
    locale = QLocale()  # the interface language: installing its catalogue makes it the default locale
    if locale.name()[:2] not in ("en", "ru"):  # English interface on a system of another language
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    date = QDate(local.year, local.month, local.day)
    if not with_time:
        return locale.toString(date, "d MMM yyyy")
    return locale.toString(QDateTime(date, QTime(local.hour, local.minute)), "d MMM yyyy, HH:mm")
