"""Tests for studio.core.exercise.markdown: an attempt exported as Markdown."""

from __future__ import annotations

import pytest

from studio.core.exercise import (
    AssessorAnswer,
    CriterionScore,
    Debrief,
    ExercisePlan,
    MarkdownLabels,
    PhasePlan,
    Session,
    attempt_to_markdown,
)
from tests.unit.core.exercise.helpers import (
    plan_of,
    started,
)


def _finished_attempt() -> tuple[ExercisePlan, Session]:
    """A finished 3-phase attempt with an overrun in the first phase."""
    plan = ExercisePlan(
        "case_support_load",
        (PhasePlan("understand", "Understand", 300), PhasePlan("options", "Options | ideas", 480)),
        True,
    )
    session, clock = started(plan)
    clock.advance(330)
    session.next_phase()
    clock.advance(400)
    session.finish()
    return plan, session


def test_attempt_to_markdown_exports_times_notes_and_scores() -> None:
    """The Markdown export holds the time table, every phase's notes and the self-assessment."""
    plan, session = _finished_attempt()
    debrief = Debrief(
        (CriterionScore("structure", 4, "clear | logical", title="Structure"),),
        (AssessorAnswer("What would you do first?", "Triage the backlog."),),
        "Be faster on options.",
    )
    text = attempt_to_markdown(plan, session, {"understand": "- waits up\n- load +30 %"}, debrief, title="Case")
    assert text.startswith("# Case\n")
    assert "| Understand | 05:00 | 05:30 | 00:30 |" in text
    assert "| Options \\| ideas | 08:00 | 06:40 | 00:00 |" in text
    assert "- waits up\n- load +30 %" in text
    assert "_(no notes)_" in text
    assert "| Structure | 4 / 5 | clear \\| logical |" in text
    assert "### What would you do first?\n\nTriage the backlog." in text
    assert "Be faster on options." in text
    assert "Time used: 12:10 of 13:00 planned" in text
    assert "UTC" in text


def test_attempt_to_markdown_uses_translated_labels() -> None:
    """The UI passes translated words; the export uses them instead of the English defaults."""
    plan, session = _finished_attempt()
    text = attempt_to_markdown(plan, session, {}, None, labels=MarkdownLabels(times="Время по этапам"))
    assert "## Время по этапам" in text
    assert text.startswith("# case_support_load\n")


def test_attempt_to_markdown_rejects_a_plan_of_another_shape() -> None:
    """Exporting with a plan whose phases differ from the session's is a programming error, said clearly."""
    _, session = _finished_attempt()
    with pytest.raises(ValueError, match="do not match"):
        attempt_to_markdown(plan_of(60), session, {})
