"""Timed exercises, pure domain (no Qt, no I/O; time only from an injected clock).

- :mod:`~studio.core.exercise.plan`: the phases of an attempt and their budgets.
- :mod:`~studio.core.exercise.session`: the session state machine (deadlines, events, carry-over, save/restore).
- :mod:`~studio.core.exercise.display`: how the countdown is shown.
- :mod:`~studio.core.exercise.debrief`: planned vs used time, self-assessment.
- :mod:`~studio.core.exercise.markdown`: an attempt as Markdown.
"""

from __future__ import annotations

from studio.core.exercise.debrief import (
    AssessorAnswer,
    CriterionScore,
    Debrief,
    DebriefError,
    PhaseRow,
    phase_report,
)
from studio.core.exercise.display import (
    display_seconds,
    format_clock,
    format_duration,
    seconds_to_next_display_change,
)
from studio.core.exercise.markdown import MarkdownLabels, attempt_to_markdown
from studio.core.exercise.plan import DEFAULT_CASE_PHASES, ExercisePlan, PhasePlan, PlanError, default_case_plan
from studio.core.exercise.session import (
    DEFAULT_AUTOSAVE_INTERVAL_S,
    DEFAULT_AWAY_THRESHOLD_S,
    DEFAULT_WARNINGS_S,
    STATE_VERSION,
    AwayPrompt,
    Event,
    EventKind,
    InvalidTransitionError,
    PhaseTimes,
    Session,
    SessionError,
    SessionState,
    SessionStateError,
    Transition,
    TransitionKind,
)

__all__ = [
    "DEFAULT_AUTOSAVE_INTERVAL_S",
    "DEFAULT_AWAY_THRESHOLD_S",
    "DEFAULT_CASE_PHASES",
    "DEFAULT_WARNINGS_S",
    "STATE_VERSION",
    "AssessorAnswer",
    "AwayPrompt",
    "CriterionScore",
    "Debrief",
    "DebriefError",
    "Event",
    "EventKind",
    "ExercisePlan",
    "InvalidTransitionError",
    "MarkdownLabels",
    "PhasePlan",
    "PhaseRow",
    "PhaseTimes",
    "PlanError",
    "Session",
    "SessionError",
    "SessionState",
    "SessionStateError",
    "Transition",
    "TransitionKind",
    "attempt_to_markdown",
    "default_case_plan",
    "display_seconds",
    "format_clock",
    "format_duration",
    "phase_report",
    "seconds_to_next_display_change",
]
