"""Mock interviews and STAR stories in the store: plans, sessions (autosaved), answers, stories, links, stars.

Every write is one short-lived session with ``synchronous=FULL``: what a method wrote survives a kill the moment it
returns. The UI saves the drill's snapshot after every step, and the path of an answer being recorded before the
recording starts, so a crash resumes at the question it was on and the interrupted answer can be attached to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, delete, select

from studio.core.interview_drill import (
    COMPETENCIES,
    DrillSettings,
    StoryDraft,
    clamp_rating,
    self_check_from_json,
)
from studio.store.db import Store
from studio.store.mock_models import (
    EmployerQuestion,
    MockAnswer,
    MockSession,
    PracticePlan,
    StarredQuestion,
    Story,
    StoryQuestion,
)
from studio.store.models import utcnow

RUNNING = "running"
FINISHED = "finished"


class MockNotFoundError(KeyError):
    """No row with the given id exists (it may have been deleted)."""


def _loads(text: str, default: Any) -> Any:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return default
    return value if isinstance(value, type(default)) else default


@dataclass(frozen=True)
class PlanData:
    """A saved practice plan, decoded."""

    id: int
    name: str
    question_ids: tuple[str, ...]
    settings: DrillSettings


@dataclass(frozen=True)
class AnswerData:
    """One stored answer, decoded.

    Attributes:
        id: Row id.
        session_id: Its session.
        take_id: The take (None when the take was deleted for good).
        question_id: Content id.
        question_text: The question as it was asked.
        position: The question's index in the session.
        limit_s: The limit it ran against.
        duration_s: Length of the recording.
        self_check: The ticks.
        rating: 1-5, 0 when not rated.
        note: Free note.
    """

    id: int
    session_id: int
    take_id: int | None
    question_id: str
    question_text: str
    position: int
    limit_s: int
    duration_s: float
    self_check: dict[str, bool]
    rating: int
    note: str
    created_at: Any


def _answer_data(row: MockAnswer) -> AnswerData:
    assert row.id is not None
    return AnswerData(
        id=row.id,
        session_id=row.session_id,
        take_id=row.take_id,
        question_id=row.question_id,
        question_text=row.question_text,
        position=row.position,
        limit_s=row.limit_s,
        duration_s=row.duration_s,
        self_check=self_check_from_json(_loads(row.self_check, {})),
        rating=clamp_rating(row.rating),
        note=row.note,
        created_at=row.created_at,
    )


@dataclass(frozen=True)
class StoryData:
    """A stored story with its question links."""

    id: int
    draft: StoryDraft


class MockRepository:
    """Reads and writes the mock-interview and story tables."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----- plans -----------------------------------------------------------------------------------------------
    def save_plan(self, name: str, question_ids: Sequence[str], settings: DrillSettings) -> PlanData:
        """Save a named plan (a plan of the same name is replaced)."""
        clean = " ".join(name.split())[:200]
        if not clean:
            raise ValueError("a practice plan needs a name")
        with self.store.session() as s:
            row = s.exec(select(PracticePlan).where(PracticePlan.name == clean)).first()
            if row is None:
                row = PracticePlan(name=clean)
            row.question_ids = json.dumps(list(question_ids))
            row.settings = json.dumps(settings.validated().to_dict())
            row.updated_at = utcnow()
            s.add(row)
            s.flush()
            assert row.id is not None
            return PlanData(row.id, clean, tuple(question_ids), settings)

    def plans(self) -> list[PlanData]:
        """Every saved plan, by name."""
        with self.store.session() as s:
            rows = s.exec(select(PracticePlan).order_by(col(PracticePlan.name))).all()
        return [self._plan(row) for row in rows]

    @staticmethod
    def _plan(row: PracticePlan) -> PlanData:
        assert row.id is not None
        ids = tuple(str(q) for q in _loads(row.question_ids, []) if isinstance(q, str))
        return PlanData(row.id, row.name, ids, DrillSettings.from_dict(_loads(row.settings, {})))

    def delete_plan(self, plan_id: int) -> None:
        with self.store.session() as s:
            row = s.get(PracticePlan, plan_id)
            if row is not None:
                s.delete(row)

    # ----- stars -----------------------------------------------------------------------------------------------
    def starred(self) -> set[str]:
        """Ids of the questions the user starred."""
        with self.store.session() as s:
            return set(s.exec(select(StarredQuestion.question_id)).all())

    def set_starred(self, question_id: str, starred: bool) -> None:
        with self.store.session() as s:
            row = s.get(StarredQuestion, question_id)
            if starred and row is None:
                s.add(StarredQuestion(question_id=question_id))
            elif not starred and row is not None:
                s.delete(row)

    # ----- sessions --------------------------------------------------------------------------------------------
    def start_session(
        self,
        snapshot: Mapping[str, Any],
        lang: str,
        *,
        interview_id: int | None = None,
        plan_id: int | None = None,
        story_id: int | None = None,
    ) -> int:
        """Store a new running session; returns its id. A still-open one is finished first (one at a time)."""
        with self.store.session() as s:
            for old in s.exec(select(MockSession).where(MockSession.status == RUNNING)).all():
                old.status = FINISHED
                old.finished_at = utcnow()
                old.recording = ""
                s.add(old)
            row = MockSession(
                plan_id=plan_id,
                interview_id=interview_id,
                story_id=story_id,
                lang=lang,
                state=json.dumps(dict(snapshot)),
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def save_state(self, session_id: int, snapshot: Mapping[str, Any], *, finished: bool = False) -> None:
        """Autosave the drill's snapshot (after every step); ``finished`` closes the session."""
        with self.store.session() as s:
            row = self._session(s, session_id)
            row.state = json.dumps(dict(snapshot))
            row.updated_at = utcnow()
            if finished:
                row.status = FINISHED
                row.finished_at = utcnow()
                row.recording = ""
            s.add(row)

    def set_recording(self, session_id: int, relative_wav: str) -> None:
        """Remember the WAV of the answer being recorded ("" once it is stored as a take)."""
        with self.store.session() as s:
            row = self._session(s, session_id)
            row.recording = relative_wav
            s.add(row)

    def session(self, session_id: int) -> MockSession | None:
        with self.store.session() as s:
            return s.get(MockSession, session_id)

    def open_session(self) -> MockSession | None:
        """The session left running (by a crash or a closed window), newest first."""
        with self.store.session() as s:
            return s.exec(
                select(MockSession).where(MockSession.status == RUNNING).order_by(col(MockSession.id).desc())
            ).first()

    def sessions(self, limit: int = 50) -> list[MockSession]:
        """Recent sessions, newest first."""
        with self.store.session() as s:
            return list(s.exec(select(MockSession).order_by(col(MockSession.id).desc()).limit(limit)).all())

    @staticmethod
    def _session(s: Session, session_id: int) -> MockSession:
        row = s.get(MockSession, session_id)
        if row is None:
            raise MockNotFoundError(f"mock session {session_id} does not exist")
        return row

    @staticmethod
    def state_of(row: MockSession) -> dict[str, Any]:
        """The session's saved snapshot ({} when unreadable)."""
        return dict(_loads(row.state, {}))

    # ----- answers ---------------------------------------------------------------------------------------------
    def add_answer(
        self,
        session_id: int,
        question_id: str,
        question_text: str,
        position: int,
        limit_s: int,
        take_id: int | None,
        duration_s: float,
    ) -> AnswerData:
        """Store an answer (its take is already stored) and clear the session's in-progress recording."""
        with self.store.session() as s:
            session = self._session(s, session_id)
            session.recording = ""
            s.add(session)
            row = MockAnswer(
                session_id=session_id,
                take_id=take_id,
                question_id=question_id,
                question_text=question_text,
                position=position,
                limit_s=limit_s,
                duration_s=float(duration_s),
            )
            s.add(row)
            s.flush()
            return _answer_data(row)

    def update_answer(
        self,
        answer_id: int,
        *,
        self_check: Mapping[str, bool] | None = None,
        rating: int | None = None,
        note: str | None = None,
    ) -> AnswerData:
        """Change an answer's self-check, rating or note."""
        with self.store.session() as s:
            row = s.get(MockAnswer, answer_id)
            if row is None:
                raise MockNotFoundError(f"answer {answer_id} does not exist")
            if self_check is not None:
                row.self_check = json.dumps(self_check_from_json(dict(self_check)))
            if rating is not None:
                row.rating = clamp_rating(rating)
            if note is not None:
                row.note = note
            s.add(row)
            s.flush()
            return _answer_data(row)

    def answer(self, answer_id: int) -> AnswerData | None:
        with self.store.session() as s:
            row = s.get(MockAnswer, answer_id)
            return None if row is None else _answer_data(row)

    def answers(self, session_id: int) -> list[AnswerData]:
        """A session's answers in question order, retries after the first try."""
        with self.store.session() as s:
            rows = s.exec(
                select(MockAnswer)
                .where(MockAnswer.session_id == session_id)
                .order_by(col(MockAnswer.position), col(MockAnswer.id))
            ).all()
        return [_answer_data(row) for row in rows]

    def history(self, question_id: str) -> list[AnswerData]:
        """Every answer ever given to a question, oldest first."""
        with self.store.session() as s:
            rows = s.exec(
                select(MockAnswer).where(MockAnswer.question_id == question_id).order_by(col(MockAnswer.id))
            ).all()
        return [_answer_data(row) for row in rows]

    def answered_question_ids(self) -> set[str]:
        """Questions with at least one recorded answer."""
        with self.store.session() as s:
            return set(s.exec(select(MockAnswer.question_id).distinct()).all())

    # ----- stories ---------------------------------------------------------------------------------------------
    def add_story(self, draft: StoryDraft) -> int:
        """Store a new story and its question links; returns its id."""
        clean = draft.validated()
        with self.store.session() as s:
            row = Story()
            self._fill(row, clean)
            s.add(row)
            s.flush()
            assert row.id is not None
            self._link(s, row.id, clean.question_ids)
            return row.id

    def update_story(self, story_id: int, draft: StoryDraft) -> None:
        """Replace a story's texts, competencies and question links."""
        clean = draft.validated()
        with self.store.session() as s:
            row = s.get(Story, story_id)
            if row is None:
                raise MockNotFoundError(f"story {story_id} does not exist")
            self._fill(row, clean)
            row.updated_at = utcnow()
            s.add(row)
            s.exec(delete(StoryQuestion).where(col(StoryQuestion.story_id) == story_id))
            self._link(s, story_id, clean.question_ids)

    def delete_story(self, story_id: int) -> StoryData | None:
        """Delete a story; returns what it was (for undo with :meth:`add_story`)."""
        found = self.story(story_id)
        with self.store.session() as s:
            s.exec(delete(StoryQuestion).where(col(StoryQuestion.story_id) == story_id))
            row = s.get(Story, story_id)
            if row is not None:
                s.delete(row)
        return found

    def link_question(self, story_id: int, question_id: str) -> None:
        """Say that a story answers a question (nothing happens when it already does)."""
        with self.store.session() as s:
            if s.get(StoryQuestion, (story_id, question_id)) is None:
                s.add(StoryQuestion(story_id=story_id, question_id=question_id))

    @staticmethod
    def _fill(row: Story, draft: StoryDraft) -> None:
        row.title = draft.title
        row.situation = draft.situation
        row.task = draft.task
        row.action = draft.action
        row.result = draft.result
        row.metric = draft.metric
        row.metric_how = draft.metric_how
        row.competencies = json.dumps(list(draft.competencies))

    @staticmethod
    def _link(s: Session, story_id: int, question_ids: Iterable[str]) -> None:
        for question_id in question_ids:
            s.add(StoryQuestion(story_id=story_id, question_id=question_id))

    def story(self, story_id: int) -> StoryData | None:
        with self.store.session() as s:
            row = s.get(Story, story_id)
            if row is None:
                return None
            links = s.exec(select(StoryQuestion.question_id).where(StoryQuestion.story_id == story_id)).all()
        return StoryData(story_id, self._draft(row, links))

    def stories(self) -> list[StoryData]:
        """Every story, by title, with its links."""
        with self.store.session() as s:
            rows = s.exec(select(Story).order_by(col(Story.title), col(Story.id))).all()
            links: dict[int, list[str]] = {}
            for link in s.exec(select(StoryQuestion).order_by(col(StoryQuestion.question_id))).all():
                links.setdefault(link.story_id, []).append(link.question_id)
        out = []
        for row in rows:
            assert row.id is not None
            out.append(StoryData(row.id, self._draft(row, links.get(row.id, []))))
        return out

    @staticmethod
    def _draft(row: Story, links: Iterable[str]) -> StoryDraft:
        competencies = tuple(c for c in _loads(row.competencies, []) if c in COMPETENCIES)
        return StoryDraft(
            title=row.title,
            situation=row.situation,
            task=row.task,
            action=row.action,
            result=row.result,
            metric=row.metric,
            metric_how=row.metric_how,
            competencies=competencies,
            question_ids=tuple(links),
        )

    # ----- questions for the employer -------------------------------------------------------------------------
    def employer_questions(self, interview_id: int | None) -> list[str]:
        """The questions the user plans to ask at this interview (None: in general), in order."""
        with self.store.session() as s:
            rows = s.exec(
                select(EmployerQuestion)
                .where(EmployerQuestion.interview_id == interview_id)
                .order_by(col(EmployerQuestion.position))
            ).all()
        return [row.text for row in rows]

    def set_employer_questions(self, interview_id: int | None, questions: Sequence[str]) -> None:
        """Replace the list of questions for the employer (blank lines dropped)."""
        clean = [" ".join(q.split()) for q in questions]
        with self.store.session() as s:
            s.exec(delete(EmployerQuestion).where(col(EmployerQuestion.interview_id) == interview_id))
            for position, text in enumerate(q for q in clean if q):
                s.add(EmployerQuestion(interview_id=interview_id, text=text, position=position))
