"""Mock-interview store: plans, stars, autosaved sessions, answers (surviving their take), stories and links."""

from __future__ import annotations

from pathlib import Path

from studio.core.clock import FakeClock
from studio.core.interview_drill import Drill, DrillSettings, StoryDraft
from studio.store.db import Store
from studio.store.mock import MockRepository
from studio.store.voice import NewTake, VoiceRepository


def test_plan_round_trip_and_replace_by_name(store: Store) -> None:
    """A saved plan comes back with its questions and settings; saving the same name replaces it."""
    repo = MockRepository(store)
    repo.save_plan("Phone", ["a", "b"], DrillSettings(count=2, think_s=10))
    repo.save_plan("Phone", ["c"], DrillSettings(count=1, limit_s=90))
    [plan] = repo.plans()
    assert plan.name == "Phone" and plan.question_ids == ("c",) and plan.settings.limit_s == 90


def test_stars_toggle(store: Store) -> None:
    """Starring twice keeps one star; unstarring removes it."""
    repo = MockRepository(store)
    repo.set_starred("q1", True)
    repo.set_starred("q1", True)
    assert repo.starred() == {"q1"}
    repo.set_starred("q1", False)
    assert repo.starred() == set()


def test_session_autosave_and_open_session(store: Store) -> None:
    """A running session is found again with its snapshot and the recording in progress."""
    repo = MockRepository(store)
    drill = Drill(["a", "b"], DrillSettings(count=2), FakeClock())
    drill.start()
    session_id = repo.start_session(drill.snapshot(), "en")
    drill.skip()
    repo.save_state(session_id, drill.snapshot())
    repo.set_recording(session_id, "takes/2026/11/x.wav")
    found = repo.open_session()
    assert found is not None and found.id == session_id and found.recording == "takes/2026/11/x.wav"
    assert repo.state_of(found)["index"] == 1
    repo.save_state(session_id, drill.snapshot(), finished=True)
    assert repo.open_session() is None


def test_starting_a_session_closes_an_older_open_one(store: Store) -> None:
    """Only one session is ever running."""
    repo = MockRepository(store)
    first = repo.start_session({}, "en")
    second = repo.start_session({}, "ru")
    found = repo.open_session()
    assert found is not None and found.id == second != first


def test_answers_keep_self_check_and_survive_their_take(store: Store, tmp_path: Path) -> None:
    """An answer's self-check, rating and note are kept; deleting its take leaves the answer readable."""
    repo = MockRepository(store)
    voice = VoiceRepository(store, tmp_path)
    wav = tmp_path / "takes" / "a.wav"
    wav.parent.mkdir(parents=True)
    wav.write_bytes(b"")
    take = voice.add_take(NewTake(wav, 16000, 16000, 1, "mic", "recorded"), None, name="Q")
    session_id = repo.start_session({}, "en")
    answer = repo.add_answer(session_id, "q1", "Tell me about yourself", 0, 120, take.id, 1.0)
    repo.add_answer(session_id, "q1", "Tell me about yourself", 0, 120, take.id, 2.0)
    repo.update_answer(answer.id, self_check={"result": True, "bogus": True}, rating=4, note="ok")
    [first, second] = repo.answers(session_id)
    assert first.self_check["result"] and "bogus" not in first.self_check
    assert (first.rating, first.note, second.duration_s) == (4, "ok", 2.0)
    assert repo.answered_question_ids() == {"q1"}
    assert [a.duration_s for a in repo.history("q1")] == [1.0, 2.0]
    voice.trash_take(take.id)  # type: ignore[arg-type]
    voice.empty_trash()
    [kept, _] = repo.answers(session_id)
    assert kept.take_id is None and kept.question_text == "Tell me about yourself"


def test_story_links_update_and_delete(store: Store) -> None:
    """A story keeps its competencies and question links; updating replaces them; deleting removes the links."""
    repo = MockRepository(store)
    story_id = repo.add_story(
        StoryDraft(title="CRM", result="85 %", competencies=("teamwork", "results"), question_ids=("q1", "q2"))
    )
    repo.link_question(story_id, "q3")
    repo.link_question(story_id, "q3")
    data = repo.story(story_id)
    assert data is not None and set(data.draft.question_ids) == {"q1", "q2", "q3"}
    assert data.draft.competencies == ("teamwork", "results")
    repo.update_story(story_id, StoryDraft(title="CRM roll-out", question_ids=("q9",)))
    [only] = repo.stories()
    assert only.draft.title == "CRM roll-out" and only.draft.question_ids == ("q9",)
    removed = repo.delete_story(story_id)
    assert removed is not None and repo.stories() == []


def test_employer_questions_per_interview(store: Store) -> None:
    """Questions for the employer are kept per interview (None = in general), blank lines dropped."""
    repo = MockRepository(store)
    repo.set_employer_questions(None, ["What does success look like?", "  ", "Who is on the team?"])
    assert repo.employer_questions(None) == ["What does success look like?", "Who is on the team?"]
    repo.set_employer_questions(None, ["Only one"])
    assert repo.employer_questions(None) == ["Only one"]
