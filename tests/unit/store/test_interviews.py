"""Interviews: stored, validated, listed soonest first, and deletable with undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studio.core.interviews import InterviewDraft, InterviewError
from studio.store.db import Store
from studio.store.interviews import InterviewRepository


def test_add_list_sorted_soonest_first(store: Store) -> None:
    """Dated interviews come soonest first, undated ones last."""
    repo = InterviewRepository(store)
    now = datetime.now(UTC)
    repo.add(InterviewDraft("Later", scheduled_at=now + timedelta(days=5)))
    repo.add(InterviewDraft("Undated"))
    repo.add(InterviewDraft("Sooner", scheduled_at=now + timedelta(days=1), stage="phone_screen"))
    assert [r.company for r in repo.list()] == ["Sooner", "Later", "Undated"]


def test_validation_names_the_field(store: Store) -> None:
    """An empty company or unknown stage is refused with the field named, and nothing is stored."""
    repo = InterviewRepository(store)
    with pytest.raises(InterviewError) as err:
        repo.add(InterviewDraft("   "))
    assert err.value.field == "company"
    with pytest.raises(InterviewError) as err:
        repo.add(InterviewDraft("Acme", stage="party"))
    assert err.value.field == "stage"
    assert repo.list() == []


def test_update_and_delete_restore(store: Store) -> None:
    """An edit persists; a deleted interview comes back with its id (undo)."""
    repo = InterviewRepository(store)
    row = repo.add(InterviewDraft("Acme", "Manager"))
    assert row.id is not None
    repo.update(row.id, InterviewDraft("Acme Ltd", "Senior manager", stage="offer"))
    assert repo.get(row.id).company == "Acme Ltd"  # type: ignore[union-attr]
    deleted = repo.delete(row.id)
    assert repo.list() == [] and deleted is not None
    repo.restore(deleted)
    restored = repo.get(row.id)
    assert restored is not None and restored.stage == "offer"
