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


# ----- checklists ------------------------------------------------------------------------------------------------
class ChecklistRun(SQLModel, table=True):
    """One run of a checklist template, for one interview or standing alone.

    The items are copied from the template when the run starts, so later template edits never change a run.
    """

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int | None = Field(default=None, foreign_key="interview.id", ondelete="SET NULL", index=True)
    template_id: str = Field(default="", max_length=120)
    template_lang: str = Field(default="en", max_length=5)
    title: str = Field(default="", max_length=300)
    archived: bool = Field(default=False)
    position: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ChecklistItem(SQLModel, table=True):
    """An item of a run: its own text, section, tick and note."""

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="checklistrun.id", ondelete="CASCADE", index=True)
    section: str = Field(default="", max_length=300)
    text: str = Field(default="")
    hint: str = Field(default="")
    note: str = Field(default="")
    checked: bool = Field(default=False)
    checked_at: datetime | None = Field(default=None)
    position: int = Field(default=0)


class UserTemplate(SQLModel, table=True):
    """A checklist template of the user's own (saved from a run or imported), kept as validated TOML text."""

    id: int | None = Field(default=None, primary_key=True)
    template_id: str = Field(max_length=120, index=True)
    lang: str = Field(default="en", max_length=5)
    title: str = Field(default="", max_length=300)
    toml: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


# ----- voice -----------------------------------------------------------------------------------------------------
class Prompt(SQLModel, table=True):
    """What a take answers: the self-introduction, a library question, or the user's own prompt."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="custom", max_length=20)  # self_intro | question | custom
    ref: str = Field(default="", max_length=200)  # library question id for kind=question
    lang: str = Field(default="en", max_length=5)
    title: str = Field(default="", max_length=500)
    script: str = Field(default="")
    target_seconds: int = Field(default=90)
    created_at: datetime = Field(default_factory=utcnow)


class Take(SQLModel, table=True):
    """One recording; the audio file lives under the data folder at ``path`` (relative)."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(max_length=40, unique=True)
    prompt_id: int | None = Field(default=None, foreign_key="prompt.id", ondelete="SET NULL", index=True)
    interview_id: int | None = Field(default=None, foreign_key="interview.id", ondelete="SET NULL", index=True)
    attempt_id: int | None = Field(default=None, foreign_key="exerciseattempt.id", ondelete="SET NULL")
    path: str = Field(max_length=500)
    name: str = Field(default="", max_length=300)
    frames: int = Field(default=0)
    samplerate: int = Field(default=48000)
    channels: int = Field(default=1)
    duration: float = Field(default=0.0)
    device_name: str = Field(default="", max_length=300)
    source: str = Field(default="recorded", max_length=20)  # recorded | imported | recovered
    marks: str = Field(default="[]")  # JSON: overflow / device-loss / phase marks with times
    rating: int = Field(default=0)
    favourite: bool = Field(default=False)
    notes: str = Field(default="")
    deleted_at: datetime | None = Field(default=None)  # in the trash until emptied
    created_at: datetime = Field(default_factory=utcnow)


class DeliveryReportRow(SQLModel, table=True):
    """The delivery analysis of a take (JSON of ``studio.analysis`` report), recomputed when the version changes."""

    __tablename__ = "deliveryreport"

    id: int | None = Field(default=None, primary_key=True)
    take_id: int = Field(foreign_key="take.id", ondelete="CASCADE", unique=True)
    analysis_version: int = Field(default=0)
    language: str = Field(default="en", max_length=5)
    report: str = Field(default="{}")
    created_at: datetime = Field(default_factory=utcnow)


# ----- exercises -------------------------------------------------------------------------------------------------
class ExerciseAttempt(SQLModel, table=True):
    """One attempt at a timed exercise; ``state`` is the session machine's snapshot (JSON)."""

    id: int | None = Field(default=None, primary_key=True)
    exercise_id: str = Field(max_length=120, index=True)
    lang: str = Field(default="en", max_length=5)
    title: str = Field(default="", max_length=300)
    interview_id: int | None = Field(default=None, foreign_key="interview.id", ondelete="SET NULL")
    status: str = Field(default="running", max_length=20)  # running | paused | finished | abandoned
    state: str = Field(default="{}")
    debrief: str = Field(default="{}")
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = Field(default=None)
    updated_at: datetime = Field(default_factory=utcnow)


class PhaseRecord(SQLModel, table=True):
    """Planned and used time of one phase of a finished attempt (for history and charts)."""

    id: int | None = Field(default=None, primary_key=True)
    attempt_id: int = Field(foreign_key="exerciseattempt.id", ondelete="CASCADE", index=True)
    phase_id: str = Field(max_length=80)
    title: str = Field(default="", max_length=300)
    position: int = Field(default=0)
    planned_seconds: float = Field(default=0.0)
    used_seconds: float = Field(default=0.0)


class PhaseNote(SQLModel, table=True):
    """The notes typed during one phase of an attempt (autosaved while typing)."""

    attempt_id: int = Field(foreign_key="exerciseattempt.id", ondelete="CASCADE", primary_key=True)
    phase_id: str = Field(max_length=80, primary_key=True)
    text: str = Field(default="")
    updated_at: datetime = Field(default_factory=utcnow)


from studio.store import mock_models  # noqa: E402, F401  (registers the mock-interview and story tables)
