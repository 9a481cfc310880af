"""After an answer: delivery figures (this try beside the previous one), replay with the waveform, and the self-check.

Keys (handled by the run view, which keeps the focus): 1-6 tick the self-check, Ctrl+1..5 rate, Space replays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.interview_drill import SELF_CHECK_FIELDS
from studio.store.mock import AnswerData, MockRepository
from studio.ui.context import StudioContext
from studio.ui.debounce import Debouncer
from studio.ui.interview.labels import clock_text, self_check_label

# (metric id, how to show it) rows of the figures table, after the time row.
FIGURE_METRICS: tuple[str, ...] = ("wpm", "pause_count", "long_pause_count", "filled_pause_count")


def answer_figures(context: StudioContext, answer: AnswerData) -> dict[str, float | None]:
    """Time and the delivery figures of an answer (None where not measured yet)."""
    figures: dict[str, float | None] = {"duration_s": answer.duration_s}
    report = context.takes.review(answer.take_id) if answer.take_id is not None else None
    for metric in (*FIGURE_METRICS, "filled_pauses_per_min", "long_pauses_per_min"):
        figures[metric] = None if report is None else report.metrics.get(metric)
    return figures


def figure_text(metric: str, value: float | None) -> str:
    if value is None:
        return "—"
    if metric == "duration_s":
        return clock_text(value)
    return f"{value:.0f}"


class AnswerReview(QWidget):
    """The review of the latest answer to the current question (and the try before it, side by side)."""

    def __init__(self, context: StudioContext, repo: MockRepository, voice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = repo
        self.voice = voice
        self.answer: AnswerData | None = None
        self.previous: AnswerData | None = None
        self._note_saver = Debouncer(self._save_note, 600, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figures = QTableWidget(5, 2)
        self.figures.setAccessibleName(self.tr("Delivery of this answer"))
        self.figures.setHorizontalHeaderLabels([self.tr("This try"), self.tr("Previous try")])
        self.figures.setVerticalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Pace (wpm)"),
                self.tr("Pauses"),
                self.tr("Long pauses"),
                self.tr("Filled pauses"),
            ]
        )
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.figures.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.figures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.figures.verticalHeader().defaultSectionSize() * self.figures.rowCount()
        self.figures.setFixedHeight(rows + self.figures.horizontalHeader().sizeHint().height() + 4)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.figures, 2)

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Self-check (keys 1-6):")))
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for n, part in enumerate(SELF_CHECK_FIELDS):
            box = QCheckBox(f"{n + 1}  {self_check_label(part)}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self._save_checks)
            grid.addWidget(box, n // 2, n % 2)
            self.checks[part] = box
        side.addLayout(grid)
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("My rating (Ctrl+1..5):")))
        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("My rating"))
        self.rating.addItem(self.tr("Not rated"), 0)
        for value in range(1, 6):
            self.rating.addItem("★" * value, value)
        self.rating.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rating.currentIndexChanged.connect(self._save_rating)
        rate_row.addWidget(self.rating)
        side.addLayout(rate_row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note to yourself (Ctrl+L)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.textEdited.connect(lambda _text: self._note_saver.poke())
        side.addWidget(self.note)
        top.addLayout(side, 3)
        layout.addLayout(top)
        layout.addWidget(self.status)

        from studio.ui.voice.waveform import WaveformView

        self.waveform = WaveformView()
        self.waveform.setMinimumHeight(90)
        self.waveform.seek_requested.connect(self.voice.seek)
        self.voice.play_position_changed.connect(self.waveform.set_playhead)
        play_row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play answer (Space)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.play_previous_button = QPushButton(self.tr("Play previous try"))
        self.play_previous_button.clicked.connect(lambda: self._play(self.previous))
        play_row.addWidget(self.play_button)
        play_row.addWidget(self.play_previous_button)
        play_row.addStretch(1)
        layout.addWidget(self.waveform)
        layout.addLayout(play_row)
        context.takes.analysed.connect(self._on_analysed)
        context.takes.analysis_failed.connect(self._on_analysis_failed)

    # ----- showing -----------------------------------------------------------------------------------------
    def show_answer(self, answer_id: int | None, previous_id: int | None = None) -> None:
        """Show an answer (None clears) and, when given, the earlier try at the same question beside it."""
        self.flush()
        self.answer = self.repo.answer(answer_id) if answer_id is not None else None
        self.previous = self.repo.answer(previous_id) if previous_id is not None else None
        answer = self.answer
        for part, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(answer and answer.self_check.get(part)))
            box.setEnabled(answer is not None)
            box.blockSignals(False)
        self.rating.blockSignals(True)
        self.rating.setCurrentIndex(answer.rating if answer else 0)
        self.rating.blockSignals(False)
        self.rating.setEnabled(answer is not None)
        self.note.setText(answer.note if answer else "")
        self.note.setEnabled(answer is not None)
        self.play_previous_button.setVisible(self.previous is not None and self.previous.take_id is not None)
        self.refresh_figures()
        self._load_waveform()

    def refresh_figures(self) -> None:
        answer = self.answer
        self.figures.setColumnHidden(1, self.previous is None)
        for column, item in enumerate((answer, self.previous)):
            figures = answer_figures(self.context, item) if item is not None else {}
            for row, metric in enumerate(("duration_s", *FIGURE_METRICS)):
                text = figure_text(metric, figures.get(metric)) if item is not None else ""
                if metric == "duration_s" and item is not None:
                    text = f"{text} / {clock_text(item.limit_s)}"
                self.figures.setItem(row, column, QTableWidgetItem(text))
        if answer is None:
            self.status.setText(self.tr("Nothing was recorded for this question."))
        elif answer.take_id is not None and self.context.takes.is_analysing(answer.take_id):
            self.status.setText(self.tr("Measuring pace, pauses and filled pauses…"))
        elif answer.take_id is not None and self.context.takes.review(answer.take_id) is None:
            self.status.setText(self.tr("Delivery figures are not available for this answer."))
        else:
            self.status.setText("")

    def _load_waveform(self) -> None:
        from studio.audio.peaks import ensure_peaks

        self.voice.stop_playback()
        self.waveform.clear_take()
        take = self._take(self.answer)
        self.play_button.setEnabled(take is not None)
        if take is None:
            return
        path = self.context.takes.path(take)
        try:
            self.waveform.set_peaks(ensure_peaks(path))
        except Exception as exc:  # a missing or unreadable file: say so, keep the rest of the review
            self.status.setText(self.tr("The recording cannot be shown: %1").replace("%1", str(exc)))

    def _take(self, answer: AnswerData | None) -> Any:
        if answer is None or answer.take_id is None:
            return None
        take = self.context.takes.take(answer.take_id)
        return None if take is None or take.deleted_at is not None else take

    # ----- replay --------------------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        """Play or pause the answer shown."""
        if self.voice.play_state in ("playing", "paused"):
            self.voice.toggle_play()
            return
        self._play(self.answer)

    def _play(self, answer: AnswerData | None) -> None:
        take = self._take(answer)
        if take is None:
            return
        try:
            self.voice.load(self.context.takes.path(take))
            self.voice.play()
        except Exception as exc:  # no output device
            self.context.messages.error(self.tr("The answer cannot be played: %1").replace("%1", str(exc)))

    # ----- self-check ----------------------------------------------------------------------------------------
    def toggle_check(self, index: int) -> None:
        """Toggle the index-th self-check box (0-based), as keys 1-6 do."""
        if self.answer is None or not 0 <= index < len(SELF_CHECK_FIELDS):
            return
        box = self.checks[SELF_CHECK_FIELDS[index]]
        box.setChecked(not box.isChecked())

    def set_rating(self, value: int) -> None:
        if self.answer is not None:
            self.rating.setCurrentIndex(max(0, min(5, value)))

    def _save_checks(self) -> None:
        if self.answer is not None:
            ticks = {part: box.isChecked() for part, box in self.checks.items()}
            self.answer = self.repo.update_answer(self.answer.id, self_check=ticks)

    def _save_rating(self) -> None:
        if self.answer is not None:
            self.answer = self.repo.update_answer(self.answer.id, rating=int(self.rating.currentData() or 0))

    def _save_note(self) -> None:
        if self.answer is not None and self.note.text() != self.answer.note:
            self.answer = self.repo.update_answer(self.answer.id, note=self.note.text())

    def flush(self) -> None:
        """Save a note still being typed."""
        self._note_saver.flush()

    def _on_analysed(self, take_id: int) -> None:
        if any(a is not None and a.take_id == take_id for a in (self.answer, self.previous)):
            self.refresh_figures()

    def _on_analysis_failed(self, take_id: int, _message: str) -> None:
        self._on_analysed(take_id)
