"""What the Voice tab needs to know about takes recorded during an exercise: which exercise, its title, its phases.

A take recorded in an exercise carries the id of the exercise attempt; the attempt names the exercise, and the
shared content library has its title and phase titles in the interface language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.store.models import Take
    from studio.ui.context import StudioContext


def attempt_id_of(take: Take) -> int | None:
    """The exercise attempt a take was recorded in, or None for a Voice-tab take."""
    value = take.attempt_id
    return int(value) if value is not None else None


class ExerciseTakes:
    """Looks up the exercise behind a take's attempt (cached: an attempt never changes its exercise)."""

    def __init__(self, context: StudioContext) -> None:
        self._context = context
        self._attempts: dict[int, tuple[str, str, str] | None] = {}

    def _attempt(self, attempt_id: int) -> tuple[str, str, str] | None:
        """(exercise id, language, stored title) of an attempt, or None when it is gone."""
        if attempt_id not in self._attempts:
            from studio.store.exercises import AttemptNotFoundError, ExerciseRepository

            if self._context.store is None:
                return None
            try:
                row = ExerciseRepository(self._context.store).get(attempt_id)
            except AttemptNotFoundError:
                self._attempts[attempt_id] = None
            else:
                self._attempts[attempt_id] = (row.exercise_id, row.lang, row.title)
        return self._attempts[attempt_id]

    def _exercise(self, take: Take) -> Any:
        attempt_id = attempt_id_of(take)
        attempt = self._attempt(attempt_id) if attempt_id is not None else None
        library = self._context.library.current
        if attempt is None or library is None:
            return None
        return library.find("exercises", attempt[0], self._context.language)

    def title(self, take: Take) -> str:
        """The title of the exercise the take answers ("" for a Voice-tab take)."""
        attempt_id = attempt_id_of(take)
        if attempt_id is None:
            return ""
        exercise = self._exercise(take)
        if exercise is not None and exercise.title:
            return str(exercise.title)
        attempt = self._attempt(attempt_id)
        return attempt[2] if attempt is not None else ""

    def exercise_id(self, take: Take) -> str | None:
        """The id of the exercise the take answers, or None."""
        attempt_id = attempt_id_of(take)
        attempt = self._attempt(attempt_id) if attempt_id is not None else None
        return attempt[0] if attempt is not None else None

    def phase_titles(self, take: Take) -> dict[str, str]:
        """Phase id → title in the take's exercise (empty when the exercise cannot be found)."""
        exercise = self._exercise(take)
        return {phase.id: phase.title for phase in getattr(exercise, "phases", ())}
