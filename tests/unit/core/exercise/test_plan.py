"""Tests for studio.core.exercise.plan: phase budgets, validation, round trip."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from studio.core.exercise import (
    ExercisePlan,
    PhasePlan,
    PlanError,
    default_case_plan,
)

# ------------------------------------------------------------------------------------------------ plan


def test_default_case_plan_is_the_30_minute_case() -> None:
    """The seed case plan is 5/8/6/3/8 minutes, 30 in all, carry-over on by default."""
    plan = default_case_plan()
    assert [p.seconds for p in plan.phases] == [300, 480, 360, 180, 480]
    assert plan.total_seconds == 1800
    assert plan.carry_over


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: ExercisePlan("x", ()), "phases"),
        (lambda: ExercisePlan("", (PhasePlan("a", "A", 1),)), "exercise_id"),
        (lambda: ExercisePlan("x", (PhasePlan("a", "A", 1), PhasePlan("a", "B", 1))), "phases"),
        (lambda: PhasePlan("a", "A", 0), "phase 'a'.seconds"),
        (lambda: PhasePlan("a", "A", float("nan")), "phase 'a'.seconds"),
        (lambda: PhasePlan(" ", "A", 5), "phase.id"),
    ],
)
def test_plan_rejects_bad_phases_naming_the_field(build: Callable[[], object], field: str) -> None:
    """A bad plan (no phases, duplicate id, non-positive budget) is refused with the field named."""
    with pytest.raises(PlanError) as caught:
        build()
    assert caught.value.field == field


def test_plan_dict_round_trip() -> None:
    """A plan survives to_dict/from_dict through JSON unchanged."""
    plan = default_case_plan(carry_over=False)
    assert ExercisePlan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan
