"""The mock-interview drill on a fake clock, the weakest-point rule, coverage and the Markdown exports."""

from __future__ import annotations

import random

import pytest

from studio.core.clock import FakeClock
from studio.core.interview_drill import (
    ANSWER,
    COMPETENCIES,
    FINISHED,
    REVIEW,
    SKIPPED,
    THINK,
    AnswerFacts,
    Drill,
    DrillError,
    DrillSettings,
    OnePagerLabels,
    StoryDraft,
    SummaryRow,
    answer_level,
    clamp_rating,
    coverage,
    one_pager_markdown,
    pick_questions,
    self_check_from_json,
    summary_markdown,
    trend_direction,
    weakest_point,
)


def _drill(clock: FakeClock, n: int = 3, think: int = 20, limit: int = 60) -> Drill:
    return Drill([f"q{i}" for i in range(n)], DrillSettings(count=n, think_s=think, limit_s=limit), clock)


def test_think_countdown_then_answer_then_limit() -> None:
    """Think time runs out into the answer, which ends by itself at the limit."""
    clock = FakeClock()
    drill = _drill(clock)
    assert drill.start().after == THINK
    clock.advance(19.9)
    assert drill.tick() is None and drill.think_remaining() == pytest.approx(0.1)
    clock.advance(0.1)
    step = drill.tick()
    assert step is not None and step.answer_started and drill.phase == ANSWER
    clock.advance(44.9)
    assert drill.answer_level() == "normal"
    clock.advance(0.1)
    assert drill.answer_level() == "amber"
    clock.advance(15.0)
    step = drill.tick()
    assert step is not None and step.answer_ended and step.reason == "limit" and drill.phase == REVIEW
    assert drill.answer_elapsed() == pytest.approx(60.0)


def test_keys_answer_now_end_early_next_and_finish() -> None:
    """R answers at once, Space ends early, next goes on and the last next finishes the drill."""
    clock = FakeClock()
    drill = _drill(clock, n=2)
    drill.start()
    drill.answer_now()
    clock.advance(10)
    step = drill.end_answer()
    assert step.reason == "user" and drill.answer_elapsed() == pytest.approx(10)
    assert drill.next().after == THINK and drill.index == 1
    drill.answer_now()
    drill.end_answer()
    assert drill.next().after == FINISHED


def test_skip_from_think_marks_skipped_and_from_answer_keeps_it() -> None:
    """N during the think countdown skips the question; during an answer it ends the answer and moves on."""
    clock = FakeClock()
    drill = _drill(clock)
    drill.start()
    drill.skip()
    assert drill.outcomes[0] == SKIPPED and drill.index == 1
    drill.answer_now()
    step = drill.skip()
    assert step.answer_ended and drill.outcomes[1] == "answered" and drill.index == 2


def test_pause_freezes_both_clocks() -> None:
    """Paused time counts neither for thinking nor for answering."""
    clock = FakeClock()
    drill = _drill(clock)
    drill.start()
    clock.advance(5)
    drill.pause()
    clock.advance(100)
    assert drill.tick() is None and drill.think_remaining() == pytest.approx(15)
    drill.resume()
    clock.advance(15)
    drill.tick()
    assert drill.phase == ANSWER
    clock.advance(30)
    drill.pause()
    clock.advance(500)
    assert drill.answer_elapsed() == pytest.approx(30)
    drill.resume()
    assert drill.next_deadline_in() == pytest.approx(30)


def test_zero_think_time_answers_at_once_and_retry_reanswers() -> None:
    """Think time 0 goes straight to the answer; retry answers the same question again."""
    clock = FakeClock()
    drill = _drill(clock, think=0)
    assert drill.start().answer_started
    drill.end_answer()
    step = drill.retry()
    assert step.answer_started and drill.index == 0 and drill.answer_elapsed() == 0


def test_end_keeps_the_answer_in_progress() -> None:
    """Esc while answering ends the session and says an answer ended."""
    clock = FakeClock()
    drill = _drill(clock, think=0)
    drill.start()
    step = drill.end()
    assert step.answer_ended and drill.phase == FINISHED


def test_wrong_transitions_are_refused() -> None:
    """Ending an answer that is not running is an error naming the phase."""
    drill = _drill(FakeClock())
    drill.start()
    with pytest.raises(DrillError, match="think"):
        drill.end_answer()


def test_snapshot_restores_at_the_same_question_paused() -> None:
    """After a crash mid-answer the drill comes back at that question, thinking, paused."""
    clock = FakeClock()
    drill = _drill(clock)
    drill.start()
    drill.skip()
    drill.answer_now()
    later = FakeClock(monotonic=5.0)
    again = Drill.restore(drill.snapshot(), later)
    assert again.index == 1 and again.phase == THINK and again.paused and again.outcomes == {0: SKIPPED}
    again.resume()
    later.advance(20)
    again.tick()
    assert again.phase == ANSWER


def test_restore_refuses_garbage() -> None:
    """A damaged snapshot raises DrillError instead of a bare KeyError."""
    with pytest.raises(DrillError):
        Drill.restore({"nothing": 1}, FakeClock())


def test_settings_are_checked_and_damaged_ones_fall_back() -> None:
    """Out-of-range settings are refused; unreadable saved ones become the defaults."""
    with pytest.raises(DrillError, match="think"):
        DrillSettings(think_s=121).validated()
    with pytest.raises(DrillError, match="limit"):
        DrillSettings(limit_s=20).validated()
    assert DrillSettings.from_dict({"limit_s": 5, "count": "x"}) == DrillSettings()
    assert DrillSettings.from_dict({"limit_s": 90, "lang": "ru"}).limit_s == 90


def test_pick_questions_dedups_limits_and_shuffles() -> None:
    """Picking keeps the order unless shuffled and takes at most count."""
    ids = ["a", "b", "a", "c", "d"]
    assert pick_questions(ids, DrillSettings(count=3)) == ["a", "b", "c"]
    shuffled = pick_questions(ids, DrillSettings(count=4, order="shuffled"), random.Random(3))
    assert sorted(shuffled) == ["a", "b", "c", "d"]


def test_answer_level_boundaries() -> None:
    """Amber from 75 % of the limit, red at 100 %."""
    assert answer_level(74.9, 100) == "normal"
    assert answer_level(75, 100) == "amber"
    assert answer_level(100, 100) == "red"


def test_self_check_and_rating_are_sanitised() -> None:
    """Unknown ticks are dropped; ratings outside 1-5 mean not rated."""
    assert self_check_from_json({"result": 1, "junk": True}) == {
        "situation": False,
        "task": False,
        "action": False,
        "result": True,
        "result_number": False,
        "said_i": False,
    }
    assert clamp_rating(7) == 0 and clamp_rating(3) == 3 and clamp_rating(True) == 0


def _facts(**kw: object) -> AnswerFacts:
    base: dict[str, object] = {"question_id": "q", "duration_s": 60.0, "limit_s": 120.0, "wpm": 130.0}
    base.update(kw)
    return AnswerFacts(**base)  # type: ignore[arg-type]


def test_weakest_point_picks_what_most_answers_show() -> None:
    """Two answers over the limit outweigh one with many fillers."""
    answers = [
        _facts(duration_s=120.0),
        _facts(duration_s=120.0),
        _facts(fillers_per_min=8.0),
    ]
    point = weakest_point(answers, "en")
    assert point.code == "over_limit" and (point.count, point.total) == (2, 3)
    assert point.message.startswith("2 of 3 answers ran into the time limit")


def test_weakest_point_uses_self_checks_only_when_ticked() -> None:
    """Without any tick the self-check says nothing; with ticks, a missing result is found."""
    assert weakest_point([_facts(), _facts()], "en").code == "none"
    ticked = {"situation": True, "task": True, "action": True, "said_i": True}
    point = weakest_point([_facts(self_check=ticked), _facts(self_check=ticked)], "en")
    assert point.code == "no_result" and point.count == 2


def test_weakest_point_pace_is_judged_per_language() -> None:
    """90 words a minute is slow in English but fine in Russian."""
    assert weakest_point([_facts(wpm=90.0)], "en").code == "too_slow"
    assert weakest_point([_facts(wpm=90.0)], "ru").code == "none"
    assert weakest_point([], "en").code == "no_answers"


def test_trend_direction() -> None:
    """The last value against the earlier mean."""
    assert trend_direction([60, 70, 90]) == "up"
    assert trend_direction([3, 3, 2]) == "down"
    assert trend_direction([5]) == "same"


def test_coverage_finds_uncovered_questions_and_competencies() -> None:
    """A question without a story and every competency no story shows are listed."""
    stories = [StoryDraft(title="CRM", competencies=("teamwork",), question_ids=("q1",))]
    result = coverage(["q1", "q2"], stories)
    assert result.uncovered_questions == ("q2",) and result.covered_questions == ("q1",)
    assert "teamwork" not in result.uncovered_competencies
    assert len(result.uncovered_competencies) == len(COMPETENCIES) - 1


def test_story_draft_validation() -> None:
    """A story needs a title; unknown competencies and duplicate links are dropped."""
    with pytest.raises(DrillError):
        StoryDraft(title="  ").validated()
    clean = StoryDraft(title=" X ", competencies=("bogus", "learning"), question_ids=("a", "a")).validated()
    assert clean.title == "X" and clean.competencies == ("learning",) and clean.question_ids == ("a",)


def test_summary_markdown_escapes_table_cells() -> None:
    """A pipe in a question does not break the table."""
    text = summary_markdown(
        "Mock interview",
        ["Date: today"],
        ["Question", "Time", "Pace", "Pauses", "Fillers", "Rating"],
        [SummaryRow("A | B?", "1:00", "120", "2", "0", "4")],
        "Weakest point",
        "None.",
    )
    assert "| A \\| B? | 1:00 | 120 | 2 | 0 | 4 |" in text
    assert "## Weakest point" in text


def test_one_pager_markdown_lists_stories_asks_and_open_items() -> None:
    """The one-pager holds each story in short form, the questions to ask and unticked checklist items."""
    labels = OnePagerLabels(
        "Interview day",
        "My stories",
        "S",
        "T",
        "A",
        "R",
        "Metric",
        "How",
        "Shows",
        "Ask",
        "Open",
        "nothing",
    )
    story = StoryDraft(title="CRM", situation="New CRM", result="85 %", metric="20 → 85 %")
    text = one_pager_markdown(labels, "Acme", [(story, "Teamwork")], ["What next?"], [("Day", ["Print CV", " "])])
    assert "### CRM" in text and "- **S:** New CRM" in text and "- **Shows:** Teamwork" in text
    assert "1. What next?" in text and "- [ ] Print CV" in text
    empty = one_pager_markdown(labels, "", [], [], [])
    assert empty.count("_nothing_") == 3
