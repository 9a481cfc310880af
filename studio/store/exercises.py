"""Exercise attempts: the session snapshot (autosaved), notes per phase, phase times, the debrief, history, export.

Every write is one short-lived session with ``synchronous=FULL``, so what a method wrote survives a kill the moment
it returns. The UI calls :meth:`ExerciseRepository.save_state` on every transition and at least every 2 s while an
attempt runs (the session's ``restore`` treats a longer silence as an absence) and :meth:`save_note` within a second
of typing, which bounds what a crash can lose.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, delete, select

from studio.core.clock import SYSTEM_CLOCK, Clock
from studio.core.exercise import (
    Debrief,
    MarkdownLabels,
    PhaseRow,
    Session,
    attempt_to_markdown,
)
from studio.store.db import Store
from studio.store.models import ExerciseAttempt, PhaseNote, PhaseRecord, utcnow

RUNNING = "running"
PAUSED = "paused"
FINISHED = "finished"
ABANDONED = "abandoned"
OPEN_STATUSES = (RUNNING, PAUSED)


class AttemptNotFoundError(KeyError):
    """No attempt with the given id exists (it may have been deleted)."""


@dataclass(frozen=True)
class AttemptSummary:
    """One line of an exercise's history.

    Attributes:
        id: The attempt's row id.
        exercise_id: Stable exercise id.
        title: Exercise title in the attempt's language.
        lang: Language of the attempt.
        status: running | paused | finished | abandoned.
        started_at: When it started (UTC).
        finished_at: When it finished (UTC), or None.
        planned_seconds: Sum of the planned phase budgets.
        used_seconds: Time spent over all phases.
        average_score: Mean self-score 1-5, or None before the debrief.
    """

    id: int
    exercise_id: str
    title: str
    lang: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    planned_seconds: float
    used_seconds: float
    average_score: float | None


def _status_of(state: Mapping[str, Any]) -> str:
    """Row status for a session snapshot (idle counts as running: it is about to start)."""
    value = str(state.get("state", RUNNING))
    return {"paused": PAUSED, "finished": FINISHED}.get(value, RUNNING)


def _used_planned(state: Mapping[str, Any]) -> tuple[float, float]:
    """(used, planned) seconds of a snapshot, tolerant of damage (history must always list)."""
    try:
        used = sum(float(p["used_s"]) for p in state["phases"])
        planned = sum(float(p["seconds"]) for p in state["plan"]["phases"])
    except (KeyError, TypeError, ValueError):
        return 0.0, 0.0
    return used, planned


def _debrief_of(text: str) -> Debrief | None:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return None
    if not data:
        return None
    try:
        return Debrief.from_dict(data)
    except (TypeError, ValueError):
        return None


class ExerciseRepository:
    """Attempts at timed exercises, through short-lived sessions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ----- attempt life cycle ------------------------------------------------------------------------------------
    def create(
        self,
        exercise_id: str,
        lang: str,
        title: str,
        state: Mapping[str, Any],
        interview_id: int | None = None,
    ) -> ExerciseAttempt:
        """Store a new attempt with its first snapshot (status from the snapshot: running or paused)."""
        row = ExerciseAttempt(
            exercise_id=exercise_id,
            lang=lang,
            title=title,
            interview_id=interview_id,
            status=_status_of(state),
            state=json.dumps(state),
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            session.refresh(row)
        return row

    def get(self, attempt_id: int) -> ExerciseAttempt:
        """The attempt row.

        Raises:
            AttemptNotFoundError: If there is no attempt ``attempt_id``.
        """
        with self._store.session() as session:
            row = session.get(ExerciseAttempt, attempt_id)
        if row is None:
            raise AttemptNotFoundError(f"exercise attempt {attempt_id} does not exist")
        return row

    def state(self, attempt_id: int) -> dict[str, Any]:
        """The attempt's last saved session snapshot."""
        return dict(json.loads(self.get(attempt_id).state or "{}"))

    def save_state(self, attempt_id: int, state: Mapping[str, Any]) -> None:
        """Autosave a snapshot; the row's status follows the session (running, paused or finished)."""
        with self._store.session() as session:
            row = session.get(ExerciseAttempt, attempt_id)
            if row is None:
                raise AttemptNotFoundError(f"exercise attempt {attempt_id} does not exist")
            row.state = json.dumps(state)
            if row.status in OPEN_STATUSES:
                row.status = _status_of(state)
            row.updated_at = utcnow()
            session.add(row)

    def finish(self, attempt_id: int, state: Mapping[str, Any], rows: Sequence[PhaseRow]) -> ExerciseAttempt:
        """Store the final snapshot and the planned/used time per phase; the attempt becomes finished."""
        with self._store.session() as session:
            row = session.get(ExerciseAttempt, attempt_id)
            if row is None:
                raise AttemptNotFoundError(f"exercise attempt {attempt_id} does not exist")
            row.state = json.dumps(state)
            row.status = FINISHED
            row.finished_at = row.updated_at = utcnow()
            session.add(row)
            session.exec(delete(PhaseRecord).where(col(PhaseRecord.attempt_id) == attempt_id))
            for position, phase in enumerate(rows):
                session.add(
                    PhaseRecord(
                        attempt_id=attempt_id,
                        phase_id=phase.phase_id,
                        title=phase.title,
                        position=position,
                        planned_seconds=phase.planned_s,
                        used_seconds=phase.used_s,
                    )
                )
        return row

    def abandon(self, attempt_id: int) -> None:
        """Mark an attempt the user chose not to resume (kept, with its notes, out of the resume offer)."""
        with self._store.session() as session:
            row = session.get(ExerciseAttempt, attempt_id)
            if row is not None:
                row.status = ABANDONED
                row.updated_at = utcnow()
                session.add(row)

    def delete(self, attempt_id: int) -> None:
        """Delete an attempt with its notes and phase records."""
        with self._store.session() as session:
            session.exec(delete(PhaseNote).where(col(PhaseNote.attempt_id) == attempt_id))
            session.exec(delete(PhaseRecord).where(col(PhaseRecord.attempt_id) == attempt_id))
            row = session.get(ExerciseAttempt, attempt_id)
            if row is not None:
                session.delete(row)

    def unfinished(self) -> ExerciseAttempt | None:
        """The most recently touched running or paused attempt (offered for resuming at start-up), or None."""
        with self._store.session() as session:
            stmt = (
                select(ExerciseAttempt)
                .where(col(ExerciseAttempt.status).in_(OPEN_STATUSES))
                .order_by(col(ExerciseAttempt.updated_at).desc(), col(ExerciseAttempt.id).desc())
            )
            return session.exec(stmt).first()

    # ----- notes -------------------------------------------------------------------------------------------------
    def save_note(self, attempt_id: int, phase_id: str, text: str) -> None:
        """Store the notes of one phase (replacing what was there)."""
        with self._store.session() as session:
            session.merge(PhaseNote(attempt_id=attempt_id, phase_id=phase_id, text=text, updated_at=utcnow()))

    def notes(self, attempt_id: int) -> dict[str, str]:
        """Notes text by phase id."""
        with self._store.session() as session:
            rows = session.exec(select(PhaseNote).where(PhaseNote.attempt_id == attempt_id))
            return {row.phase_id: row.text for row in rows}

    # ----- results -----------------------------------------------------------------------------------------------
    def phase_records(self, attempt_id: int) -> list[PhaseRecord]:
        """Planned vs used time per phase of a finished attempt, in plan order."""
        with self._store.session() as session:
            stmt = select(PhaseRecord).where(PhaseRecord.attempt_id == attempt_id).order_by(col(PhaseRecord.position))
            return list(session.exec(stmt))

    def save_debrief(self, attempt_id: int, debrief: Debrief) -> None:
        """Store the self-assessment (replacing an earlier one)."""
        with self._store.session() as session:
            row = session.get(ExerciseAttempt, attempt_id)
            if row is None:
                raise AttemptNotFoundError(f"exercise attempt {attempt_id} does not exist")
            row.debrief = json.dumps(debrief.to_dict())
            row.updated_at = utcnow()
            session.add(row)

    def debrief(self, attempt_id: int) -> Debrief | None:
        """The stored self-assessment, or None if there is none (or it cannot be read)."""
        return _debrief_of(self.get(attempt_id).debrief)

    def history(self, exercise_id: str | None = None, *, include_open: bool = False) -> list[AttemptSummary]:
        """Attempts (finished by default), newest first, with times and average self-score."""
        statuses = (FINISHED, *OPEN_STATUSES) if include_open else (FINISHED,)
        with self._store.session() as session:
            stmt = select(ExerciseAttempt).where(col(ExerciseAttempt.status).in_(statuses))
            if exercise_id is not None:
                stmt = stmt.where(ExerciseAttempt.exercise_id == exercise_id)
            stmt = stmt.order_by(col(ExerciseAttempt.started_at).desc(), col(ExerciseAttempt.id).desc())
            rows = list(session.exec(stmt))
        summaries = []
        for row in rows:
            try:
                state = json.loads(row.state or "{}")
            except ValueError:
                state = {}
            used, planned = _used_planned(state)
            debrief = _debrief_of(row.debrief)
            assert row.id is not None
            summaries.append(
                AttemptSummary(
                    row.id,
                    row.exercise_id,
                    row.title,
                    row.lang,
                    row.status,
                    row.started_at,
                    row.finished_at,
                    planned,
                    used,
                    debrief.average_score() if debrief is not None else None,
                )
            )
        return summaries

    def export_markdown(
        self,
        attempt_id: int,
        labels: MarkdownLabels | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> str:
        """The attempt (times, notes per phase, self-assessment) as Markdown with the given (translated) labels.

        Raises:
            AttemptNotFoundError: If there is no attempt ``attempt_id``.
            SessionStateError: If its stored snapshot cannot be read.
        """
        row = self.get(attempt_id)
        session = Session.restore(json.loads(row.state or "{}"), clock)
        return attempt_to_markdown(
            session.plan,
            session,
            self.notes(attempt_id),
            _debrief_of(row.debrief),
            title=row.title or row.exercise_id,
            labels=labels,
        )
