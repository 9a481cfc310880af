"""SQLModel tables of the mock interview and the STAR story bank (built by migration 0004).

Questions are referenced by their content id, never by a foreign key: a question that later disappears from the
content keeps its answers and story links readable (the answer also keeps the question's text as it was asked).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from studio.store.models import utcnow


class PracticePlan(SQLModel, table=True):
    """A named set of questions and drill settings the user saved to run again."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", max_length=200)
    question_ids: str = Field(default="[]")  # JSON list of content ids, in the chosen order
    settings: str = Field(default="{}")  # JSON of studio.core.interview_drill.DrillSettings
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MockSession(SQLModel, table=True):
    """One run of the drill; ``state`` is the drill's snapshot, saved after every step."""

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int | None = Field(default=None, foreign_key="practiceplan.id", ondelete="SET NULL")
    interview_id: int | None = Field(default=None, foreign_key="interview.id", ondelete="SET NULL", index=True)
    story_id: int | None = Field(default=None, foreign_key="story.id", ondelete="SET NULL")
    lang: str = Field(default="en", max_length=5)
    status: str = Field(default="running", max_length=20)  # running | finished
    state: str = Field(default="{}")
    recording: str = Field(default="", max_length=500)  # data-relative WAV of the answer being recorded, if any
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = Field(default=None)
    updated_at: datetime = Field(default_factory=utcnow)


class MockAnswer(SQLModel, table=True):
    """One recorded answer to one question of a session (a retry is another row for the same question)."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="mocksession.id", ondelete="CASCADE", index=True)
    take_id: int | None = Field(default=None, foreign_key="take.id", ondelete="SET NULL", index=True)
    question_id: str = Field(max_length=200, index=True)
    question_text: str = Field(default="")
    position: int = Field(default=0)  # the question's index in the session
    limit_s: int = Field(default=120)
    duration_s: float = Field(default=0.0)
    self_check: str = Field(default="{}")  # JSON: part -> ticked
    rating: int = Field(default=0)
    note: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class Story(SQLModel, table=True):
    """A STAR story of the user's, with the metric its result rests on and how that was calculated."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(default="", max_length=300)
    situation: str = Field(default="")
    task: str = Field(default="")
    action: str = Field(default="")
    result: str = Field(default="")
    metric: str = Field(default="")
    metric_how: str = Field(default="")
    competencies: str = Field(default="[]")  # JSON list of studio.core.interview_drill.COMPETENCIES ids
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class StoryQuestion(SQLModel, table=True):
    """A story answers a question (by content id)."""

    story_id: int = Field(foreign_key="story.id", ondelete="CASCADE", primary_key=True)
    question_id: str = Field(max_length=200, primary_key=True)


class StarredQuestion(SQLModel, table=True):
    """A question the user starred to practise."""

    question_id: str = Field(max_length=200, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)


class EmployerQuestion(SQLModel, table=True):
    """A question the user plans to ask the employer (for one interview, or in general when none)."""

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int | None = Field(default=None, foreign_key="interview.id", ondelete="CASCADE", index=True)
    text: str = Field(default="")
    position: int = Field(default=0)
