"""The run view of the Exercises tab: the big countdown, the phase strip, guiding questions and notes per phase.

It only shows a session (read at each repaint; nothing is counted here) and turns keys and buttons into requests.
Keys while running (single keys work unless the notes have the focus — Esc leaves the notes):
Space pause/resume, N next phase, P previous phase, + one more minute, Ctrl+Enter finish.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.core.exercise import Session, SessionState, display_seconds, format_clock
from studio.ui.exercises.widgets import CountdownDisplay, PhaseStrip, StripPhase
from studio.ui.icons import icon
from studio.ui.style import GRID


def clock_text(remaining: float) -> str:
    """``MM:SS`` left, or ``+MM:SS`` counting up in overtime."""
    text = format_clock(remaining)
    return "+" + text[1:] if text.startswith("-") else text


class RunView(QWidget):
    """Countdown, phase strip, buttons, guiding questions and the notes of the current phase.

    Signals:
        pause_requested(), next_requested(), previous_requested(), extend_requested(), finish_requested():
            the user asked for that (by key or button).
        notes_edited(str): the user changed the notes of the phase on show (not emitted when they are loaded).
    """

    pause_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    extend_requested = Signal()
    finish_requested = Signal()
    notes_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading_notes = False
        self._build()
        self.notes_edit.textChanged.connect(self._on_notes_changed)

    def _build(self) -> None:
        self.run_title = QLabel()
        self.run_title.setWordWrap(True)
        self.run_title.setProperty("role", "caption")
        self.phase_label = QLabel()
        self.phase_label.setProperty("role", "title")
        self.phase_label.setWordWrap(True)
        self.countdown = CountdownDisplay()
        self.countdown.setAccessibleName(self.tr("Time left in this phase"))
        self.total_label = QLabel()
        self.total_label.setProperty("role", "caption")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label = QLabel()
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label.setWordWrap(True)
        self.strip = PhaseStrip()
        self.strip.setAccessibleName(self.tr("Phases: time used of the budget"))

        self.pause_button = QPushButton(icon("pause"), self.tr("Pause"))
        self.previous_button = QPushButton(icon("previous"), self.tr("Previous"))
        self.next_button = QPushButton(icon("next", "accent_text"), self.tr("Next phase"))
        self.next_button.setProperty("role", "primary")
        self.extend_button = QPushButton(icon("add"), self.tr("1 min"))
        self.finish_button = QPushButton(icon("finish"), self.tr("Finish"))
        for button, key in (
            (self.pause_button, "Space"),
            (self.previous_button, "P"),
            (self.next_button, "N"),
            (self.extend_button, "+"),
            (self.finish_button, "Ctrl+Enter"),
        ):
            button.setToolTip(self.tr("Key: %1").replace("%1", key))
        for button, name, signal in (
            (self.pause_button, self.tr("Pause or resume"), self.pause_requested),
            (self.previous_button, self.tr("Previous phase"), self.previous_requested),
            (self.next_button, self.tr("Next phase"), self.next_requested),
            (self.extend_button, self.tr("One more minute for this phase"), self.extend_requested),
            (self.finish_button, self.tr("Finish the exercise"), self.finish_requested),
        ):
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(signal)
        self.record_label = QLabel()

        self.questions_view = QTextBrowser()
        self.questions_view.setAccessibleName(self.tr("Guiding questions of this phase"))
        questions_box = QGroupBox(self.tr("Guiding questions"))
        QVBoxLayout(questions_box).addWidget(self.questions_view)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes for this phase"))
        self.notes_edit.setPlaceholderText(
            self.tr("Think in writing: one idea per line, start a line with “- ” for a list. Saved as you type.")
        )
        self.notes_box = QGroupBox(self.tr("Notes"))
        QVBoxLayout(self.notes_box).addWidget(self.notes_edit)
        lower = QSplitter()
        lower.setHandleWidth(GRID)
        lower.addWidget(questions_box)
        lower.addWidget(self.notes_box)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)

        header = QHBoxLayout()
        header.addWidget(self.phase_label, 1)
        header.addWidget(self.record_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        for button in (self.pause_button, self.previous_button, self.next_button, self.extend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        hint = QLabel(
            self.tr(
                "Keys: Space pause · N next · P previous · + one more minute · Ctrl+Enter finish · Esc leaves notes"
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        layout.addWidget(self.run_title)
        layout.addLayout(header)
        layout.addWidget(self.countdown, 5)
        layout.addWidget(self.total_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        layout.addWidget(lower, 4)
        layout.addWidget(hint)

        self.pause_action = self._shortcut(self.tr("Pause / resume"), ("Space",), self.pause_requested.emit)
        self.next_action = self._shortcut(self.tr("Next phase"), ("N",), self.next_requested.emit)
        self.previous_action = self._shortcut(self.tr("Previous phase"), ("P",), self.previous_requested.emit)
        self.extend_action = self._shortcut(self.tr("One more minute"), ("+", "="), self.extend_requested.emit)
        self.finish_action = self._shortcut(
            self.tr("Finish"), ("Ctrl+Return", "Ctrl+Enter"), self.finish_requested.emit
        )
        self.leave_notes_action = self._shortcut(self.tr("Leave the notes"), ("Esc",), self.countdown.setFocus)

    def _shortcut(self, text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ----- showing --------------------------------------------------------------------------------------------
    def enter(self, title: str) -> None:
        """Get ready for an attempt called ``title``: no old alert, the countdown has the keys."""
        self.run_title.setText(title)
        self.alert_label.clear()
        self.countdown.setFocus()

    def show_phase(self, session: Session, questions: Sequence[str], notes: str) -> None:
        """Show the current phase: its title, guiding questions and notes."""
        phase = session.current_phase
        self.phase_label.setText(
            self.tr("Phase %1 of %2: %3")
            .replace("%1", str(session.phase_index + 1))
            .replace("%2", str(len(session.plan.phases)))
            .replace("%3", phase.title)
        )
        if questions:
            self.questions_view.setHtml("<ul>" + "".join(f"<li>{escape(q)}</li>" for q in questions) + "</ul>")
        else:
            self.questions_view.setPlainText(self.tr("No guiding questions for this phase: use the notes."))
        self.notes_box.setTitle(self.tr("Notes: %1").replace("%1", phase.title))
        self._loading_notes = True
        try:
            self.notes_edit.setPlainText(notes)
            self.notes_edit.moveCursor(self.notes_edit.textCursor().MoveOperation.End)
        finally:
            self._loading_notes = False

    def show_time(self, session: Session, now: float) -> None:
        """Show the session's time at ``now`` (remaining computed from its deadline)."""
        remaining = session.remaining_seconds(now)
        shown = display_seconds(remaining)
        overtime = shown <= 0 and session.state is not SessionState.IDLE
        last = session.phase_index + 1 >= len(session.plan.phases)
        if session.state is SessionState.PAUSED:
            caption = self.tr("Paused: press Space to resume")
        elif session.state is SessionState.FINISHED:
            caption = self.tr("Finished")
        elif overtime:
            caption = self.tr("OVERTIME: Ctrl+Enter to finish") if last else self.tr("OVERTIME: N for the next phase")
        else:
            caption = self.tr("left in this phase")
        self.countdown.show_time(
            clock_text(remaining),
            caption,
            overtime=overtime,
            warning=0 < remaining <= 60.0,
            paused=session.state is SessionState.PAUSED,
        )
        whole = session.exercise_remaining_seconds(now)
        self.total_label.setText(
            self.tr("Whole exercise: %1 left").replace("%1", clock_text(whole))
            if whole >= 0
            else self.tr("Whole exercise: %1 over").replace("%1", clock_text(whole))
        )
        self.strip.set_phases(
            [
                StripPhase(t.title, max(t.budget_s, 0.0), t.used_s, t.index == session.phase_index, t.planned_s)
                for t in session.phase_times(now)
            ]
        )
        running = session.state is SessionState.RUNNING
        active = running or session.state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.pause_button.setIcon(icon("pause" if running else "play"))
        self.pause_button.setEnabled(active)
        self.previous_button.setEnabled(active and session.phase_index > 0)
        self.next_button.setEnabled(active and not last)
        self.extend_button.setEnabled(active)
        self.finish_button.setEnabled(active)

    def set_recording(self, on: bool) -> None:
        """Show or hide the "● Recording" sign."""
        if on:
            self.record_label.setText(self.tr("● Recording"))
            self.record_label.setProperty("state", "recording")
        else:
            self.record_label.clear()
            self.record_label.setProperty("state", "")
        self.record_label.style().unpolish(self.record_label)
        self.record_label.style().polish(self.record_label)

    def _on_notes_changed(self) -> None:
        if not self._loading_notes:
            self.notes_edited.emit(self.notes_edit.toPlainText())
