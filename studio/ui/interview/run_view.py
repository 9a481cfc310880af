"""The running mock interview: a calm question card, the think countdown, the answer clock and the review.

Keyboard-first; the view keeps the focus and handles every key itself:
R answer now · Space/Enter end the answer (in the review: Space replays, Enter goes on) · N skip/next ·
T try again · P pause/resume · Esc end the session (asks first while an answer is being recorded) ·
1-6 tick the self-check · Ctrl+1..5 rate · Ctrl+L write a note.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from studio.core.interview_drill import ANSWER, FINISHED, REVIEW, THINK
from studio.store.mock import MockRepository
from studio.ui.context import StudioContext
from studio.ui.icons import icon
from studio.ui.interview.answer_review import AnswerReview
from studio.ui.interview.labels import clock_text, self_check_label
from studio.ui.interview.session import MockController
from studio.ui.style import GRID

LEVEL_STATES = {"normal": "ok", "amber": "warn", "red": "over"}  # the answer clock's level → the style's state


class RunView(QWidget):
    """Signals:
    summary_requested(): the session is over; show its summary.
    """

    summary_requested = Signal()

    def __init__(
        self, context: StudioContext, controller: MockController, repo: MockRepository, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.repo = repo
        self.prompter_lines: list[tuple[str, str]] = []
        self.why_texts: dict[str, str] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Mock interview"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, 0)
        layout.setSpacing(GRID * 2)
        card = QFrame()  # the question on a calm card, as the interviewer would put it
        card.setProperty("card", "true")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        card_layout.setSpacing(GRID)
        self.progress = QLabel()
        self.progress.setProperty("role", "caption")
        self.progress.setAccessibleName(self.tr("Question number"))
        card_layout.addWidget(self.progress)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setProperty("role", "title")
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setMinimumHeight(GRID * 8)
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        card_layout.addWidget(self.question)
        self.prompter = QLabel()
        self.prompter.setWordWrap(True)
        self.prompter.setAccessibleName(self.tr("Story outline"))
        card_layout.addWidget(self.prompter)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setProperty("role", "caption")
        self.why.setAccessibleName(self.tr("Why they ask"))
        card_layout.addWidget(self.why)
        layout.addWidget(card)

        clock_row = QHBoxLayout()
        clock_row.setSpacing(GRID * 2)
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Clock"))
        self.clock.setProperty("role", "timer")
        self.clock.setProperty("state", "ok")
        from studio.ui.widgets.level_meter import LevelMeter

        self.meter = LevelMeter(clock=context.clock.monotonic)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter.setMaximumWidth(220)
        controller.voice.level_changed.connect(self.meter.set_level)
        clock_row.addWidget(self.phase_label, 1)
        clock_row.addWidget(self.meter)
        clock_row.addWidget(self.clock)
        layout.addLayout(clock_row)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setProperty("state", "over")
        self.banner.hide()
        layout.addWidget(self.banner)

        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        self.answer_button = self._button(self.tr("Answer now (R)"), controller.answer_now, buttons)
        self.done_button = self._button(self.tr("Done (Space)"), controller.end_answer, buttons)
        self.done_button.setProperty("role", "primary")
        self.done_button.setIcon(icon("stop", "accent_text"))
        self.retry_button = self._button(self.tr("Try again (T)"), controller.retry, buttons)
        self.next_button = self._button(self.tr("Next (Enter)"), controller.next, buttons)
        self.skip_button = self._button(self.tr("Skip (N)"), controller.skip, buttons)
        self.pause_button = self._button(self.tr("Pause (P)"), controller.toggle_pause, buttons)
        self.end_button = self._button(self.tr("End (Esc)"), self.end_session, buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.review = AnswerReview(context, repo, controller.voice)
        layout.addWidget(self.review, 1)
        layout.addStretch(0)
        controller.changed.connect(self.refresh)
        controller.answer_stored.connect(lambda _id: self.show_latest_answer())
        controller.problem.connect(self._on_problem)
        controller.finished.connect(lambda _id: self.summary_requested.emit())
        self._shown_phase = ""

    def _button(self, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        # Words only (the key in brackets): seven buttons with icons would not fit a 1280-px window in Russian.
        # Only the primary step (Done) gets its icon, set by the caller.
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the view
        button.clicked.connect(lambda: (slot(), self.setFocus()))  # type: ignore[operator]
        row.addWidget(button)
        return button

    # ----- showing -----------------------------------------------------------------------------------------
    def set_prompter(self, lines: list[tuple[str, str]]) -> None:
        """Show a story's outline under the question (empty: none)."""
        self.prompter_lines = lines
        self.prompter.setText("\n".join(f"{self_check_label(part)}: {text}" for part, text in lines) if lines else "")
        self.prompter.setVisible(bool(lines))

    def refresh(self) -> None:
        """Repaint from the drill (the clock is computed from deadlines, never counted)."""
        drill = self.controller.drill
        if drill is None:
            return
        phase = drill.phase
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(drill.index + 1)).replace("%2", str(drill.total))
        )
        self.question.setText(self.controller.question_text())
        why = self.why_texts.get(drill.question_id, "")
        self.why.setText(self.tr("Why they ask: %1").replace("%1", why) if why else "")
        self.why.setVisible(phase == REVIEW and bool(why))
        level = "normal"
        if phase == THINK:
            self.phase_label.setText(self.tr("Think. Recording starts by itself (or press R)."))
            self.clock.setText(clock_text(drill.think_remaining()))
        elif phase == ANSWER:
            self.phase_label.setText(
                self.tr("Recording your answer — limit %1. Space or Enter when you are done.").replace(
                    "%1", clock_text(drill.settings.limit_s)
                )
            )
            self.clock.setText(clock_text(drill.answer_elapsed()))
            level = drill.answer_level()
        elif phase == REVIEW:
            self.phase_label.setText(self.tr("How did it go? Tick what your answer had, then Enter for the next."))
            self.clock.setText(clock_text(drill.answer_elapsed()))
        else:
            self.phase_label.setText(self.tr("The session is over."))
            self.clock.setText("")
        if drill.paused:
            self.phase_label.setText(self.tr("Paused — press P to go on."))
        self.clock.setProperty("level", level)
        if self.clock.property("state") != LEVEL_STATES[level]:
            self.clock.setProperty("state", LEVEL_STATES[level])
            self.clock.style().unpolish(self.clock)
            self.clock.style().polish(self.clock)
        self.answer_button.setEnabled(phase == THINK and not drill.paused)
        self.done_button.setEnabled(phase == ANSWER and not drill.paused)
        self.retry_button.setEnabled(phase == REVIEW)
        self.next_button.setEnabled(phase == REVIEW)
        self.skip_button.setEnabled(phase in (THINK, ANSWER) and not drill.paused)
        self.pause_button.setEnabled(phase in (THINK, ANSWER))
        self.pause_button.setText(self.tr("Resume (P)") if drill.paused else self.tr("Pause (P)"))
        self.end_button.setEnabled(phase != FINISHED)
        self.review.setVisible(phase == REVIEW)
        self.meter.setVisible(phase == ANSWER)
        if phase != self._shown_phase:
            self._shown_phase = phase
            if phase == REVIEW:
                self.show_latest_answer()
            if phase in (THINK, ANSWER) and not drill.paused:
                self.banner.hide()

    @property
    def clock_level(self) -> str:
        return str(self.clock.property("level") or "normal")

    def show_latest_answer(self) -> None:
        """Show the newest answer to this question, with the try before it when there is one."""
        attempts = self.controller.attempts_here()
        latest = attempts[-1].id if attempts else None
        previous = attempts[-2].id if len(attempts) > 1 else None
        self.review.show_answer(latest, previous)

    def _on_problem(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()
        self.context.messages.error(message)
        self.refresh()

    # ----- keys --------------------------------------------------------------------------------------------
    def end_session(self) -> None:
        """End the session; while an answer is being recorded, ask first."""
        from studio.ui.dialogs.ask import ask

        if self.controller.recording:
            choice = ask(
                self,
                self.tr("End the mock interview"),
                self.tr("An answer is being recorded. End the session now? The answer so far is kept."),
                [self.tr("End the session"), self.tr("Go on answering")],
            )
            if choice != 0:
                return
        self.review.flush()
        self.controller.end()

    def event(self, event: QEvent) -> bool:
        # Ctrl+1..5 rate the answer while a drill runs: claim them before the window's Ctrl+<n> tab shortcuts.
        if event.type() == QEvent.Type.ShortcutOverride and self.controller.drill is not None:
            key_event = event if isinstance(event, QKeyEvent) else None
            if (
                key_event is not None
                and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and Qt.Key.Key_1 <= key_event.key() <= Qt.Key.Key_5
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        drill = self.controller.drill
        if drill is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        if self.review.note.hasFocus() and key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.review.flush()
            self.setFocus()  # leave the note; the keys work again
            event.accept()
            return
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        phase = drill.phase
        if ctrl and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.review.set_rating(int(key) - int(Qt.Key.Key_0))
        elif ctrl and key == Qt.Key.Key_L and phase == REVIEW:
            self.review.note.setFocus()
        elif key == Qt.Key.Key_Escape:
            self.end_session()
        elif key == Qt.Key.Key_P:
            self.controller.toggle_pause()
        elif key == Qt.Key.Key_R and phase == THINK:
            self.controller.answer_now()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and phase == ANSWER:
            self.controller.end_answer()
        elif key == Qt.Key.Key_Space and phase == REVIEW:
            self.review.toggle_play()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N) and phase == REVIEW:
            self.review.flush()
            self.controller.voice.stop_playback()
            self.controller.next()
        elif key == Qt.Key.Key_N:
            self.controller.skip()
        elif key == Qt.Key.Key_T and phase == REVIEW:
            self.review.flush()
            self.controller.voice.stop_playback()
            self.controller.retry()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_6 and phase == REVIEW:
            self.review.toggle_check(int(key) - int(Qt.Key.Key_1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
