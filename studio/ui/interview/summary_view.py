"""The summary of a mock-interview session: the answers table, the weakest point, replay, export, and the
history of the selected question (every attempt, with the trend of duration and self-rating)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.interview_drill import AnswerFacts, SummaryRow, summary_markdown, trend_direction, weakest_point
from studio.store.mock import AnswerData, MockRepository
from studio.ui.context import StudioContext
from studio.ui.icons import icon
from studio.ui.interview.answer_review import answer_figures, figure_text
from studio.ui.interview.labels import clock_text, weak_point_sentence
from studio.ui.style import GRID
from studio.ui.timefmt import when_text


class SummaryView(QWidget):
    """Signals:
    new_session_requested(): back to the set-up.
    """

    new_session_requested = Signal()

    def __init__(self, context: StudioContext, repo: MockRepository, voice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = repo
        self.voice = voice
        self.session_id: int | None = None
        self.lang = "en"
        self.answers: list[AnswerData] = []
        self.known_questions: set[str] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, GRID, 0, 0)
        layout.setSpacing(GRID * 2)
        top = QHBoxLayout()
        top.setSpacing(GRID)
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Session:")))
        self.past = QComboBox()
        self.past.setAccessibleName(self.tr("Past sessions"))
        self.past.activated.connect(self._on_past_chosen)
        top.addWidget(self.past)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Answers"))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.currentCellChanged.connect(lambda *_a: self._show_history())
        layout.addWidget(self.table, 1)
        self.weakest = QLabel()
        self.weakest.setWordWrap(True)
        self.weakest.setProperty("role", "verdict")
        self.weakest.setAccessibleName(self.tr("Weakest point"))
        verdict_card = QFrame()  # the one thing to work on next, set apart from the figures
        verdict_card.setProperty("card", "true")
        verdict_layout = QVBoxLayout(verdict_card)
        verdict_layout.setContentsMargins(GRID * 2, GRID * 2, GRID * 2, GRID * 2)
        verdict_layout.setSpacing(GRID)
        verdict_layout.addWidget(self.weakest)
        layout.addWidget(verdict_card)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("History of this question"))
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        verdict_layout.addWidget(self.history)
        row = QHBoxLayout()
        row.setSpacing(GRID)
        self.play_button = QPushButton(icon("play"), self.tr("&Play the selected answer (Space)"))
        self.play_button.clicked.connect(self.play_selected)
        self.export_button = QPushButton(icon("markdown"), self.tr("&Export…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.new_button = QPushButton(icon("start", "accent_text"), self.tr("&New session"))
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_session_requested.emit)
        for button in (self.play_button, self.export_button, self.new_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        context.takes.analysed.connect(self._on_analysed)

    def _on_analysed(self, take_id: int) -> None:
        if any(answer.take_id == take_id for answer in self.answers):
            self.refresh()

    def headers(self) -> list[str]:
        return [
            self.tr("Question"),
            self.tr("Time"),
            self.tr("Pace (wpm)"),
            self.tr("Pauses"),
            self.tr("Filled pauses"),
            self.tr("My rating"),
        ]

    # ----- filling -----------------------------------------------------------------------------------------
    def show_session(self, session_id: int, known_questions: set[str] | None) -> None:
        """Summarise a session; ``known_questions`` are the ids still in the library (None: not loaded)."""
        self.session_id = session_id
        row = self.repo.session(session_id)
        self.lang = row.lang if row is not None else "en"
        self.known_questions = known_questions
        self.refresh_sessions()
        self.refresh()
        if self.table.rowCount():
            self.table.selectRow(0)

    def refresh_sessions(self) -> None:
        """List recent sessions, newest first, with the one shown selected."""
        self.past.clear()
        for row in self.repo.sessions():
            self.past.addItem(when_text(row.started_at) or str(row.id), row.id)
        self.past.setCurrentIndex(max(0, self.past.findData(self.session_id)))

    def _on_past_chosen(self, index: int) -> None:
        session_id = self.past.itemData(index)
        if isinstance(session_id, int) and session_id != self.session_id:
            self.show_session(session_id, self.known_questions)

    def question_label(self, answer: AnswerData) -> str:
        if self.known_questions is not None and answer.question_id not in self.known_questions:
            return self.tr("%1 (question no longer in the library)").replace(
                "%1", answer.question_text or answer.question_id
            )
        return answer.question_text or answer.question_id

    def rows(self) -> list[SummaryRow]:
        out = []
        for answer in self.answers:
            figures = answer_figures(self.context, answer)
            out.append(
                SummaryRow(
                    question=self.question_label(answer),
                    time=f"{clock_text(answer.duration_s)} / {clock_text(answer.limit_s)}",
                    pace=figure_text("wpm", figures.get("wpm")),
                    pauses=figure_text("pause_count", figures.get("pause_count")),
                    fillers=figure_text("filled_pause_count", figures.get("filled_pause_count")),
                    rating="★" * answer.rating if answer.rating else "—",
                )
            )
        return out

    def weakest_sentence(self) -> str:
        facts = []
        for answer in self.answers:
            figures = answer_figures(self.context, answer)
            facts.append(
                AnswerFacts(
                    question_id=answer.question_id,
                    duration_s=answer.duration_s,
                    limit_s=answer.limit_s,
                    wpm=figures.get("wpm"),
                    long_pauses_per_min=figures.get("long_pauses_per_min"),
                    fillers_per_min=figures.get("filled_pauses_per_min"),
                    self_check=answer.self_check,
                    rating=answer.rating,
                )
            )
        return weak_point_sentence(weakest_point(facts, self.lang))

    def refresh(self) -> None:
        if self.session_id is None:
            return
        current = self.table.currentRow()
        self.answers = self.repo.answers(self.session_id)
        row = self.repo.session(self.session_id)
        when = when_text(row.started_at) if row is not None else ""
        self.title.setText(
            self.tr("Mock interview of %1: %2 answers").replace("%1", when or "?").replace("%2", str(len(self.answers)))
        )
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, summary in enumerate(rows):
            cells = (summary.question, summary.time, summary.pace, summary.pauses, summary.fillers, summary.rating)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weakest.setText(self.tr("Weakest point: %1").replace("%1", self.weakest_sentence()))
        if 0 <= current < len(rows):
            self.table.selectRow(current)
        self._show_history()

    def selected(self) -> AnswerData | None:
        row = self.table.currentRow()
        return self.answers[row] if 0 <= row < len(self.answers) else None

    def _show_history(self) -> None:
        answer = self.selected()
        self.play_button.setEnabled(answer is not None and answer.take_id is not None)
        if answer is None:
            self.history.setText("")
            return
        attempts = self.repo.history(answer.question_id)
        lines = [self.tr("All attempts at this question:")]
        for n, item in enumerate(attempts, 1):
            lines.append(
                f"{n}. {when_text(item.created_at) or '?'} — {clock_text(item.duration_s)}"
                + (f" — {'★' * item.rating}" if item.rating else "")
            )
        durations = [a.duration_s for a in attempts]
        ratings = [float(a.rating) for a in attempts if a.rating]
        words = {
            "up": self.tr("longer"),
            "down": self.tr("shorter"),
            "same": self.tr("about the same"),
        }
        rated = {"up": self.tr("higher"), "down": self.tr("lower"), "same": self.tr("about the same")}
        if len(attempts) > 1:
            lines.append(self.tr("Duration trend: %1.").replace("%1", words[trend_direction(durations)]))
        if len(ratings) > 1:
            lines.append(self.tr("Self-rating trend: %1.").replace("%1", rated[trend_direction(ratings)]))
        self.history.setText("\n".join(lines))

    # ----- actions -----------------------------------------------------------------------------------------
    def play_selected(self) -> None:
        answer = self.selected()
        if answer is None or answer.take_id is None:
            return
        take = self.context.takes.take(answer.take_id)
        if take is None:
            return
        if self.voice.play_state == "playing":
            self.voice.toggle_play()
            return
        try:
            self.voice.load(self.context.takes.path(take))
            self.voice.play()
        except Exception as exc:  # no output device
            self.context.messages.error(self.tr("The answer cannot be played: %1").replace("%1", str(exc)))

    def markdown(self) -> str:
        row = self.repo.session(self.session_id) if self.session_id is not None else None
        when = when_text(row.started_at) if row is not None else ""
        return summary_markdown(
            self.tr("Mock interview"),
            [self.tr("Date: %1").replace("%1", when or "?")],
            self.headers(),
            self.rows(),
            self.tr("Weakest point"),
            self.weakest_sentence(),
        )

    def export(self, path: Path | None = None) -> Path | None:
        """Write the summary as Markdown or PDF (by the chosen file's extension)."""
        from studio.ui.dialogs import files
        from studio.ui.interview.export import write_export

        if path is None:
            path = files.save_file(
                self,
                self.tr("Export the summary"),
                str(Path.home() / "mock-interview.md"),
                self.tr("Markdown (*.md);;PDF (*.pdf)"),
            )
        if path is None:
            return None
        try:
            write_export(self.markdown(), self.tr("Mock interview"), path)
        except OSError as exc:
            self.context.messages.error(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return None
        self.context.messages.info(self.tr("Summary exported to %1").replace("%1", str(path)))
        return path

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.play_selected()
        elif event.key() == Qt.Key.Key_E and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.export()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
