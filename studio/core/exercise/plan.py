"""An exercise plan: the phases of one attempt, their budgets, and whether time carries over."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# The default plan for a 30-minute case: ids are stored, titles are English defaults the UI may replace.
DEFAULT_CASE_PHASES: tuple[tuple[str, str, int], ...] = (
    ("understand", "Understand the problem", 5),
    ("options", "Generate options", 8),
    ("evaluate", "Evaluate the options", 6),
    ("choose", "Choose a solution", 3),
    ("implementation", "Implementation plan", 8),
)


class PlanError(ValueError):
    """An exercise plan is not acceptable; ``field`` names the bad part."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class PhasePlan:
    """One phase of an exercise: a stable id, a title and a time budget in seconds."""

    id: str
    title: str
    seconds: float

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise PlanError("phase.id", "a phase id is empty")
        if not (isinstance(self.seconds, int | float) and math.isfinite(self.seconds) and self.seconds > 0):
            raise PlanError(f"phase {self.id!r}.seconds", f"must be a positive number, got {self.seconds!r}")


@dataclass(frozen=True)
class ExercisePlan:
    """The phases of one attempt at an exercise and whether time carries over between them.

    Args:
        exercise_id: Stable id of the exercise (shared by its language versions).
        phases: The phases in order; at least one, ids unique.
        carry_over: Hand unused or overrun time of a finished phase to the later phases (see module docs).
    """

    exercise_id: str
    phases: tuple[PhasePlan, ...]
    carry_over: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "phases", tuple(self.phases))
        if not self.exercise_id.strip():
            raise PlanError("exercise_id", "is empty")
        if not self.phases:
            raise PlanError("phases", f"exercise {self.exercise_id!r} has no phases")
        seen: set[str] = set()
        for phase in self.phases:
            if phase.id in seen:
                raise PlanError("phases", f"phase id {phase.id!r} appears twice in {self.exercise_id!r}")
            seen.add(phase.id)

    @property
    def total_seconds(self) -> float:
        """Sum of the planned phase budgets."""
        return float(sum(phase.seconds for phase in self.phases))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (inverse of :meth:`from_dict`)."""
        return {
            "exercise_id": self.exercise_id,
            "carry_over": self.carry_over,
            "phases": [{"id": p.id, "title": p.title, "seconds": float(p.seconds)} for p in self.phases],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExercisePlan:
        """Build a plan from :meth:`to_dict` output.

        Raises:
            PlanError: If a field is missing or wrong.
        """
        try:
            phases = tuple(PhasePlan(str(p["id"]), str(p["title"]), float(p["seconds"])) for p in data["phases"])
            return cls(str(data["exercise_id"]), phases, bool(data["carry_over"]))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, PlanError):
                raise
            raise PlanError("plan", f"malformed plan data ({exc!r})") from exc


def default_case_plan(exercise_id: str = "case_support_load", *, carry_over: bool = True) -> ExercisePlan:
    """Return the default 30-minute case plan: 5 / 8 / 6 / 3 / 8 minutes."""
    phases = tuple(PhasePlan(pid, title, minutes * 60.0) for pid, title, minutes in DEFAULT_CASE_PHASES)
    return ExercisePlan(exercise_id, phases, carry_over)
