"""Interview rows: create, list, update, delete."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import col, select

from studio.core.interviews import InterviewDraft
from studio.store.db import Store
from studio.store.models import Interview, utcnow


class InterviewRepository:
    """Reads and writes interviews through short-lived sessions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, draft: InterviewDraft) -> Interview:
        clean = draft.validated()
        row = Interview(
            company=clean.company,
            role=clean.role,
            scheduled_at=clean.scheduled_at,
            stage=clean.stage,
            notes=clean.notes,
        )
        with self._store.session() as session:
            session.add(row)
            session.flush()
            session.refresh(row)
        return row

    def update(self, interview_id: int, draft: InterviewDraft) -> Interview:
        clean = draft.validated()
        with self._store.session() as session:
            row = session.get(Interview, interview_id)
            if row is None:
                raise KeyError(interview_id)
            row.company, row.role, row.scheduled_at = clean.company, clean.role, clean.scheduled_at
            row.stage, row.notes, row.updated_at = clean.stage, clean.notes, utcnow()
            session.add(row)
        return row

    def get(self, interview_id: int) -> Interview | None:
        with self._store.session() as session:
            return session.get(Interview, interview_id)

    def delete(self, interview_id: int) -> Interview | None:
        """Delete and return the row (the caller keeps it for undo)."""
        with self._store.session() as session:
            row = session.get(Interview, interview_id)
            if row is not None:
                session.delete(row)
            return row

    def restore(self, row: Interview) -> Interview:
        """Put back a deleted row with its original id (undo)."""
        copy = Interview.model_validate(row.model_dump())
        with self._store.session() as session:
            session.add(copy)
        return copy

    def list(self, upcoming_from: datetime | None = None) -> list[Interview]:
        """All interviews, soonest first; undated ones last."""
        with self._store.session() as session:
            stmt = select(Interview)
            if upcoming_from is not None:
                stmt = stmt.where(col(Interview.scheduled_at) >= upcoming_from)
            rows = list(session.exec(stmt))
        far = datetime.max.replace(tzinfo=UTC)
        return sorted(rows, key=lambda r: (r.scheduled_at is None, r.scheduled_at or far, r.id or 0))
