"""How one tab sends the user to another: a typed protocol the main window implements.

Pages never look each other up by method name; they call ``context.navigator``. Each method switches to the tab
and shows what was asked for; it returns False (after telling the user why) when that cannot be done.
"""

from __future__ import annotations

from typing import Protocol


class Navigator(Protocol):
    """Moves the user between the studio's tabs."""

    def open_take(self, take_id: int) -> bool:
        """Show a take in the Voice tab: selected, loaded on the waveform, its review visible."""
        ...

    def rehearse_question(self, question_id: str, lang: str, text: str) -> bool:
        """Make a library question the Voice tab's prompt (its guidance in the prompter)."""
        ...

    def start_exercise(self, exercise_id: str, lang: str) -> bool:
        """Show the start view of an exercise, in that language, in the Exercises tab."""
        ...

    def open_attempt(self, attempt_id: int) -> bool:
        """Show the debrief of an exercise attempt in the Exercises tab."""
        ...

    def start_checklist(self, template_id: str, lang: str, interview_id: int | None) -> int | None:
        """Start a run of a checklist template in the Checklists tab; returns the run's id."""
        ...

    def open_checklist_run(self, run_id: int) -> bool:
        """Show a checklist run in the Checklists tab."""
        ...

    def practise_questions(self, question_ids: list[str], lang: str) -> bool:
        """Open the mock interview set up with these questions."""
        ...
