"""What the Exercises tab asks or tells the user while an attempt runs: absences, finishing early, phase alerts.

Every question goes through ``studio.ui.dialogs.ask`` (tests script the answers).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from studio.core.exercise import AwayPrompt, Event, EventKind, Session, format_duration
from studio.ui.dialogs.ask import ask
from studio.ui.timefmt import when_text


class RunQuestions(QObject):
    """The run's questions and alert texts (``parent_widget`` parents the dialogs)."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget

    def resume_offer(self, title: str, started_at: datetime | None) -> int:
        """At start-up, about an attempt left running: 0 resume, 1 discard, -1 not now (asked again next time)."""
        return ask(
            self._widget,
            self.tr("Unfinished exercise"),
            self.tr("“%1”, started %2, was not finished. Resume it where you left off?")
            .replace("%1", title)
            .replace("%2", when_text(started_at) or "?"),
            [self.tr("Resume"), self.tr("Discard")],
        )

    def away(self, prompt: AwayPrompt, title: str) -> str:
        """Ask about an absence; returns "continue" (count it), "skip" (do not), "pause" or "end".

        After a restart (the studio was closed or killed) the default is "skip": continue where the user stopped.
        After a live absence (the machine slept) the default is "pause".
        """
        if prompt.source == "restore":
            choice = ask(
                self._widget,
                self.tr("Welcome back"),
                self.tr(
                    "You were away %1: the studio was closed while “%2” was running. Continue where you stopped "
                    "(the time it was closed is not counted), count that time against the phase, or end the "
                    "attempt there?"
                )
                .replace("%1", self.duration_text(prompt.away_seconds))
                .replace("%2", title),
                [self.tr("Continue where I stopped"), self.tr("Count that time"), self.tr("End")],
            )
            return {1: "continue", 2: "end"}.get(choice, "skip")
        minutes = max(1, round(prompt.away_seconds / 60))
        choice = ask(
            self._widget,
            self.tr("Welcome back"),
            self.tr(
                "You were away %1 min. The timer was held at the moment you left. "
                "Count the time away, stay paused, or end the attempt there?"
            ).replace("%1", str(minutes)),
            [self.tr("Continue"), self.tr("Pause"), self.tr("End")],
        )
        return {0: "continue", 2: "end"}.get(choice, "pause")

    def duration_text(self, seconds: float) -> str:
        """How long, in words: "25 s", "10 min", "3 min 20 s"."""
        minutes, secs = divmod(max(0, round(seconds)), 60)
        if not minutes:
            return self.tr("%1 s").replace("%1", str(secs))
        if not secs:
            return self.tr("%1 min").replace("%1", str(minutes))
        return self.tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))

    def finish_early(self, left_s: float) -> bool:
        """Ask before finishing with exercise time left; True to finish."""
        choice = ask(
            self._widget,
            self.tr("Finish the exercise?"),
            self.tr("%1 of the exercise is still left. Finish now and go to the debrief?").replace(
                "%1", format_duration(left_s)
            ),
            [self.tr("Keep going"), self.tr("Finish now")],
        )
        return choice == 1

    def leave_running(self, title: str) -> bool:
        """Another exercise was asked for while ``title`` runs: True to finish it, False to keep going."""
        choice = ask(
            self._widget,
            self.tr("An exercise is running"),
            self.tr("“%1” is still running. Keep going with it, or finish it now and open the other exercise?").replace(
                "%1", title
            ),
            [self.tr("Keep going"), self.tr("Finish it")],
        )
        return choice == 1

    def still_running(self, title: str) -> str:
        """The notice after the user kept a running attempt."""
        return self.tr("“%1” is still running.").replace("%1", title)

    def event_texts(self, session: Session, events: Sequence[Event]) -> list[tuple[str, str]]:
        """(title, text) of the alert for each boundary event."""
        texts = []
        for event in events:
            phase = session.plan.phases[event.phase_index]
            if event.kind is EventKind.WARNING:
                minutes = round(event.seconds_left / 60)
                title = self.tr("%1 min left").replace("%1", str(minutes))
                text = self.tr("%1 min left for “%2”.").replace("%1", str(minutes)).replace("%2", phase.title)
            else:
                title = self.tr("Time is up")
                if event.phase_index + 1 < len(session.plan.phases):
                    following = session.plan.phases[event.phase_index + 1].title
                    text = (
                        self.tr("Time is up for “%1”. Next: “%2” (press N).")
                        .replace("%1", phase.title)
                        .replace("%2", following)
                    )
                else:
                    text = self.tr("Time is up for “%1”. Finish with Ctrl+Enter.").replace("%1", phase.title)
            texts.append((title, text))
        return texts
