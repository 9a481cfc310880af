"""SQLModel tables: the schema the migrations in ``studio/store/migrations`` build.

A test compares these models with the migrated database, so the two cannot drift apart.
Times are timezone-aware UTC ``datetime`` values (SQLModel's UTCDateTime); the UI converts to local time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Current time, timezone-aware UTC."""
    return datetime.now(UTC)


class Interview(SQLModel, table=True):
    """An upcoming or past interview: the thing checklists, takes and exercises can belong to."""

    id: int | None = Field(default=None, primary_key=True)
    company: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=200)
    scheduled_at: datetime | None = Field(default=None, index=True)
    stage: str = Field(default="other", max_length=40)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """One user setting as JSON text; declared with defaults in ``studio.core.settings``."""

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="null")
