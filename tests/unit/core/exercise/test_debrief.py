"""Tests for studio.core.exercise.debrief: self-assessment validation and round trip."""

from __future__ import annotations

import json

import pytest

from studio.core.exercise import (
    AssessorAnswer,
    CriterionScore,
    Debrief,
    DebriefError,
)

# ------------------------------------------------------------------------------------------------- debrief


@pytest.mark.parametrize("score", [0, 6, 2.5, True, "3"])
def test_debrief_rejects_scores_outside_1_to_5_naming_the_criterion(score: object) -> None:
    """A score outside 1-5 (or not a whole number) is refused, naming the criterion."""
    with pytest.raises(DebriefError, match="structure") as caught:
        Debrief((CriterionScore("clarity", 4), CriterionScore("structure", score)))  # type: ignore[arg-type]
    assert caught.value.criterion == "structure"
    assert isinstance(caught.value, ValueError)


def test_debrief_rejects_a_criterion_scored_twice() -> None:
    """The same criterion scored twice is ambiguous and refused."""
    with pytest.raises(DebriefError, match="twice"):
        Debrief((CriterionScore("clarity", 4), CriterionScore("clarity", 2)))


def test_debrief_round_trip_and_average() -> None:
    """A debrief survives to_dict/from_dict through JSON and averages its scores."""
    debrief = Debrief(
        (CriterionScore("clarity", 4, "good"), CriterionScore("structure", 3)),
        (AssessorAnswer("Why this option?", "Cheapest fast win."),),
        "Solid.",
    )
    assert Debrief.from_dict(json.loads(json.dumps(debrief.to_dict()))) == debrief
    assert debrief.average_score() == 3.5
    assert Debrief().average_score() is None
