"""Exercise attempts: autosaved snapshots and notes, finishing, debrief, resume offer, history and export."""

from __future__ import annotations

import pytest

from studio.core.clock import FakeClock
from studio.core.exercise import (
    CriterionScore,
    Debrief,
    ExercisePlan,
    MarkdownLabels,
    PhasePlan,
    Session,
    SessionState,
    phase_report,
)
from studio.store.db import Store
from studio.store.exercises import AttemptNotFoundError, ExerciseRepository


def _plan() -> ExercisePlan:
    return ExercisePlan("demo_case", (PhasePlan("a", "Analyse", 60.0), PhasePlan("b", "Build", 120.0)))


def _started(clock: FakeClock) -> Session:
    session = Session(_plan(), clock)
    session.start()
    return session


def test_create_autosave_and_restore_remaining_time(store: Store) -> None:
    """A snapshot saved mid-phase restores in a new process with the remaining time the wall clock implies."""
    repo = ExerciseRepository(store)
    clock = FakeClock()
    session = _started(clock)
    row = repo.create("demo_case", "en", "Demo", session.to_state())
    assert row.id is not None and row.status == "running"
    clock.advance(20.0)
    repo.save_state(row.id, session.to_state())
    clock.advance(1.5)  # killed here; relaunched right away in a process with another monotonic origin
    other = FakeClock(monotonic=5.0, wall=clock.wall())
    restored = Session.restore(repo.state(row.id), other)
    assert restored.state is SessionState.RUNNING
    assert restored.remaining_seconds() == pytest.approx(60.0 - 21.5, abs=1e-6)


def test_status_follows_pause_and_unfinished_is_offered(store: Store) -> None:
    """A paused attempt is stored as paused and is the one offered for resuming; finished ones are not."""
    repo = ExerciseRepository(store)
    clock = FakeClock()
    first = _started(clock)
    done = repo.create("demo_case", "en", "Demo", first.to_state())
    first.finish()
    assert done.id is not None
    repo.finish(done.id, first.to_state(), phase_report(first))
    assert repo.unfinished() is None
    second = _started(clock)
    open_row = repo.create("demo_case", "en", "Demo", second.to_state())
    assert open_row.id is not None
    second.pause()
    repo.save_state(open_row.id, second.to_state())
    found = repo.unfinished()
    assert found is not None and found.id == open_row.id and found.status == "paused"
    repo.abandon(open_row.id)
    assert repo.unfinished() is None


def test_notes_are_kept_per_phase_and_replaced(store: Store) -> None:
    """Saving a phase's notes twice keeps the latest text; other phases are untouched."""
    repo = ExerciseRepository(store)
    row = repo.create("demo_case", "en", "Demo", _started(FakeClock()).to_state())
    assert row.id is not None
    repo.save_note(row.id, "a", "- first")
    repo.save_note(row.id, "a", "- first\n- second")
    repo.save_note(row.id, "b", "plan")
    assert repo.notes(row.id) == {"a": "- first\n- second", "b": "plan"}


def test_finish_stores_phase_records_and_history_has_score(store: Store) -> None:
    """Finishing writes planned/used per phase; history lists the attempt with times and average score."""
    repo = ExerciseRepository(store)
    clock = FakeClock()
    session = _started(clock)
    row = repo.create("demo_case", "en", "Demo", session.to_state())
    assert row.id is not None
    clock.advance(70.0)  # 10 s of overtime in phase a
    session.next_phase()
    clock.advance(30.0)
    session.finish()
    finished = repo.finish(row.id, session.to_state(), phase_report(session))
    assert finished.status == "finished" and finished.finished_at is not None
    records = repo.phase_records(row.id)
    assert [(r.phase_id, r.planned_seconds, round(r.used_seconds)) for r in records] == [
        ("a", 60.0, 70),
        ("b", 120.0, 30),
    ]
    repo.save_debrief(row.id, Debrief((CriterionScore("c1", 4, "ok"), CriterionScore("c2", 3))))
    history = repo.history("demo_case")
    assert len(history) == 1
    assert history[0].used_seconds == pytest.approx(100.0)
    assert history[0].planned_seconds == pytest.approx(180.0)
    assert history[0].average_score == pytest.approx(3.5)
    assert repo.history("other_case") == []


def test_export_markdown_has_notes_scores_times_in_given_labels(store: Store) -> None:
    """The export carries the notes, the scores and the times, with the labels the UI passes."""
    repo = ExerciseRepository(store)
    clock = FakeClock()
    session = _started(clock)
    row = repo.create("demo_case", "en", "Demo case", session.to_state())
    assert row.id is not None
    repo.save_note(row.id, "a", "- root cause: new release")
    clock.advance(45.0)
    session.finish()
    repo.finish(row.id, session.to_state(), phase_report(session))
    repo.save_debrief(row.id, Debrief((CriterionScore("depth", 5, "solid", "Depth"),)))
    text = repo.export_markdown(row.id, MarkdownLabels(notes="Заметки"))
    assert "# Demo case" in text
    assert "- root cause: new release" in text
    assert "## Заметки" in text
    assert "| Depth | 5 / 5 | solid |" in text
    assert "| Analyse | 01:00 | 00:45 | 00:00 |" in text


def test_missing_attempt_is_named(store: Store) -> None:
    """Writing to an attempt that does not exist names its id."""
    repo = ExerciseRepository(store)
    with pytest.raises(AttemptNotFoundError, match="42"):
        repo.save_state(42, {})
