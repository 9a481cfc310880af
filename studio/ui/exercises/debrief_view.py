"""The debrief view of the Exercises tab: planned vs used time, notes, recorded answers, self-assessment, summary.

The page fills it (:meth:`DebriefView.show_attempt`) and listens to its requests; the view never reads the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.core.delivery import per_phase
from studio.core.exercise import AssessorAnswer, CriterionScore, Debrief, format_duration
from studio.core.marks import phase_marks
from studio.ui.exercises.widgets import ChartRow, PhaseChart
from studio.ui.icons import icon
from studio.ui.style import GRID
from studio.ui.widgets.wheel_guard import guard_wheel

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TakeLine:
    """One recorded answer of the attempt as the debrief lists it.

    Attributes:
        take_id: The take's id.
        text: Its line in the list (name, length, time).
        review: Pace and pauses per phase, or where the analysis stands.
    """

    take_id: int
    text: str
    review: str


def _clear(layout: Any) -> None:
    while layout.count():
        child = layout.takeAt(0)
        if child is not None and child.widget() is not None:
            child.widget().deleteLater()


class DebriefView(QWidget):
    """Signals:
    save_requested(): store the self-assessment.
    export_requested(): export the attempt to Markdown.
    back_requested(): back to the exercises.
    play_requested(int): play (or stop) this take here.
    open_take_requested(int): show this take in the Voice tab.
    take_selected(int): another recorded answer was selected (0: none).
    """

    save_requested = Signal()
    export_requested = Signal()
    back_requested = Signal()
    play_requested = Signal(int)
    open_take_requested = Signal(int)
    take_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_rows: list[tuple[str, str, QSpinBox, QLineEdit]] = []
        self.answer_rows: list[tuple[str, QPlainTextEdit]] = []
        self._reviews: dict[int, str] = {}
        self._build()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.chart = PhaseChart(self.tr("Planned"), self.tr("Used"))
        self.chart.setAccessibleName(self.tr("Planned and used time per phase"))

        self.takes_box = QGroupBox(self.tr("Your recorded answer"))
        self.takes_list = QListWidget()
        self.takes_list.setAccessibleName(self.tr("Recorded answers of this attempt"))
        self.takes_list.setMaximumHeight(90)
        self.take_review = QLabel()
        self.take_review.setWordWrap(True)
        self.take_review.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.play_button = QPushButton(icon("play"), self.tr("Play my answer"))
        self.play_button.setAccessibleName(self.tr("Play my answer"))
        self.open_voice_button = QPushButton(icon("voice"), self.tr("Open in Voice"))
        self.open_voice_button.setToolTip(self.tr("Show this answer in the Voice tab: waveform and full review"))
        tl = QVBoxLayout(self.takes_box)
        tl.addWidget(self.takes_list)
        tl.addWidget(self.take_review)
        tb = QHBoxLayout()
        tb.addWidget(self.play_button)
        tb.addWidget(self.open_voice_button)
        tb.addStretch(1)
        tl.addLayout(tb)

        self.notes_view = QTextBrowser()
        self.notes_view.setAccessibleName(self.tr("Your notes per phase"))
        self.notes_view.setMinimumHeight(120)
        notes_box = QGroupBox(self.tr("Your notes"))
        QVBoxLayout(notes_box).addWidget(self.notes_view)

        self.scores_box = QGroupBox(self.tr("Self-assessment: score each criterion 1 (poor) to 5 (excellent)"))
        self.scores_grid = QGridLayout(self.scores_box)
        self.scores_grid.setColumnStretch(0, 3)
        self.scores_grid.setColumnStretch(2, 2)
        self.answers_box = QGroupBox(self.tr("The assessors' questions: answer in writing"))
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("What you would do differently next time"))
        self.summary_edit.setPlaceholderText(self.tr("What went well, and what would you do differently next time?"))
        self.summary_edit.setFixedHeight(GRID * 10)
        self.save_button = QPushButton(icon("save", "accent_text"), self.tr("&Save debrief"))
        self.save_button.setProperty("role", "primary")
        self.export_button = QPushButton(icon("markdown"), self.tr("Export to Markdown…"))
        self.back_button = QPushButton(icon("previous"), self.tr("Back to exercises"))
        for button in (self.save_button, self.export_button, self.back_button, self.open_voice_button):
            button.setAccessibleName(button.text().replace("&", ""))

        guard_wheel(self.notes_view, self.summary_edit, self.takes_list)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, GRID, 0)
        bl.setSpacing(GRID * 2)
        bl.addWidget(self.title)
        bl.addWidget(self.summary_label)
        chart_box = QGroupBox(self.tr("Planned vs actual time per phase"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        bl.addWidget(chart_box)
        bl.addWidget(self.takes_box)
        bl.addWidget(notes_box)
        bl.addWidget(self.scores_box)
        bl.addWidget(self.answers_box)
        summary_box = QGroupBox(self.tr("Summary"))
        QVBoxLayout(summary_box).addWidget(self.summary_edit)
        bl.addWidget(summary_box)
        bl.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.play_button.clicked.connect(self._on_play)
        self.open_voice_button.clicked.connect(self._on_open_voice)
        self.takes_list.currentItemChanged.connect(self._on_take_changed)

    # ----- filling --------------------------------------------------------------------------------------------
    def show_attempt(
        self,
        title: str,
        summary: str,
        chart: Sequence[ChartRow],
        notes: Sequence[tuple[str, str]],
        criteria: Sequence[str],
        questions: Sequence[str],
        saved: Debrief | None,
    ) -> None:
        """Show an attempt: times, notes as (phase title, text), self-assessment as saved (if any)."""
        self.title.setText(title)
        self.summary_label.setText(summary)
        self.chart.set_rows(list(chart))
        self._show_notes(notes)
        self._show_scores(criteria, saved)
        self._show_answers(questions, saved)
        self.summary_edit.setPlainText(saved.summary if saved else "")
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show_notes(self, notes: Sequence[tuple[str, str]]) -> None:
        parts = []
        none = "<i>" + escape(self.tr("(no notes)")) + "</i>"
        for phase_title, text in notes:
            body = escape(text.strip()).replace("\n", "<br>") if text.strip() else none
            parts.append(f"<h4>{escape(phase_title)}</h4><p>{body}</p>")
        self.notes_view.setHtml("".join(parts))

    def _show_scores(self, criteria: Sequence[str], saved: Debrief | None) -> None:
        _clear(self.scores_grid)
        scores = {s.criterion_id: s for s in saved.scores} if saved else {}
        self.score_rows = []
        for i, criterion in enumerate(criteria):
            cid = f"c{i + 1}"
            label = QLabel(criterion)
            label.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setAccessibleName(self.tr("Score for: %1").replace("%1", criterion))
            guard_wheel(spin)
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note for: %1").replace("%1", criterion))
            note.setPlaceholderText(self.tr("Why this score?"))
            if cid in scores:
                spin.setValue(scores[cid].score)
                note.setText(scores[cid].note)
            self.scores_grid.addWidget(label, i, 0)
            self.scores_grid.addWidget(spin, i, 1)
            self.scores_grid.addWidget(note, i, 2)
            self.score_rows.append((cid, criterion, spin, note))
        self.scores_box.setVisible(bool(criteria))

    def _show_answers(self, questions: Sequence[str], saved: Debrief | None) -> None:
        _clear(self.answers_layout)
        answers = {a.question_id: a.answer for a in saved.answers} if saved else {}
        self.answer_rows = []
        for i, question in enumerate(questions):
            label = QLabel(question)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            edit = QPlainTextEdit(answers.get(f"q{i + 1}", ""))
            edit.setAccessibleName(self.tr("Your answer to: %1").replace("%1", question))
            edit.setFixedHeight(GRID * 8)
            guard_wheel(edit)
            self.answers_layout.addWidget(label)
            self.answers_layout.addWidget(edit)
            self.answer_rows.append((question, edit))
        self.answers_box.setVisible(bool(questions))

    def show_takes(self, lines: Sequence[TakeLine], keep: int | None = None) -> None:
        """List the attempt's recorded answers (the box hides when there are none); ``keep`` stays selected."""
        self.takes_list.blockSignals(True)
        try:
            self.takes_list.clear()
            self._reviews = {line.take_id: line.review for line in lines}
            for line in lines:
                item = QListWidgetItem(line.text)
                item.setData(ID_ROLE, line.take_id)
                self.takes_list.addItem(item)
                if line.take_id == keep:
                    self.takes_list.setCurrentItem(item)
            if self.takes_list.currentItem() is None and self.takes_list.count():
                self.takes_list.setCurrentRow(0)
        finally:
            self.takes_list.blockSignals(False)
        self.takes_box.setVisible(bool(lines))
        self._on_take_changed()

    def set_playing(self, playing: bool) -> None:
        """Show the play button as Play or Stop."""
        self.play_button.setText(self.tr("Stop") if playing else self.tr("Play my answer"))
        self.play_button.setIcon(icon("stop" if playing else "play"))

    def selected_take(self) -> int | None:
        """The recorded answer selected in the list, if any."""
        item = self.takes_list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def current_debrief(self) -> Debrief:
        """The self-assessment as filled in (unscored criteria are left out)."""
        scores = tuple(
            CriterionScore(cid, spin.value(), note.text().strip(), title)
            for cid, title, spin, note in self.score_rows
            if spin.value() > 0
        )
        answers = tuple(
            AssessorAnswer(question, edit.toPlainText().strip(), f"q{i + 1}")
            for i, (question, edit) in enumerate(self.answer_rows)
        )
        return Debrief(scores, answers, self.summary_edit.toPlainText().strip())

    # ----- requests -------------------------------------------------------------------------------------------
    def _on_take_changed(self, *_args: object) -> None:
        take_id = self.selected_take()
        self.take_review.setText(self._reviews.get(take_id, "") if take_id is not None else "")
        self.play_button.setEnabled(take_id is not None)
        self.open_voice_button.setEnabled(take_id is not None)
        self.take_selected.emit(take_id or 0)

    def _on_play(self) -> None:
        take_id = self.selected_take()
        if take_id is not None:
            self.play_requested.emit(take_id)

    def _on_open_voice(self) -> None:
        take_id = self.selected_take()
        if take_id is not None:
            self.open_take_requested.emit(take_id)


def notes_in_plan_order(phases: Sequence[tuple[str, str]], notes: Mapping[str, str]) -> list[tuple[str, str]]:
    """(phase title, notes) for each (phase id, title), then notes of phases no longer in the plan."""
    known = {pid for pid, _title in phases}
    rows = [(title, notes.get(pid, "")) for pid, title in phases]
    rows += [(pid, text) for pid, text in notes.items() if pid not in known and text.strip()]
    return rows


def take_lines(takes: Any, rows: Sequence[Any], phase_titles: Mapping[str, str]) -> list[TakeLine]:
    """The attempt's takes as the debrief lists them: name, length, time; pace and pauses per phase.

    Args:
        takes: The take service (``context.takes``): marks, reviews and whether an analysis runs.
        rows: The attempt's ``Take`` rows.
        phase_titles: Phase title by phase id.
    """
    from studio.ui.timefmt import to_local, when_text

    reviews = takes.reviews([row.id for row in rows])
    lines = []
    for row in rows:
        when = to_local(row.created_at)
        name = row.name or QCoreApplication.translate("DebriefView", "Recorded answer")
        text = f"{name} · {format_duration(row.duration)}"
        if when is not None:
            text += f" · {when_text(row.created_at)}"
        report = reviews.get(row.id)
        if report is not None:
            review = _review_text(report, takes.marks(row), phase_titles)
        elif takes.is_analysing(row.id):
            review = QCoreApplication.translate("DebriefView", "Analysing…")
        else:
            review = QCoreApplication.translate("DebriefView", "Not analysed yet.")
        lines.append(TakeLine(int(row.id), text, review))
    return lines


def _review_text(report: Any, marks: Sequence[Any], phase_titles: Mapping[str, str]) -> str:
    """Pace and share of pauses in each phase of an analysed take, one line per phase."""
    pauses = [(p.start, p.end) for p in report.pauses]
    parts = []
    for phase in per_phase(phase_marks(marks), report.duration_s, report.nuclei, pauses, report.language):
        if phase.wpm is None:
            pace = QCoreApplication.translate("DebriefView", "no speech")
        else:
            pace = QCoreApplication.translate("DebriefView", "%1 words/min").replace("%1", f"{phase.wpm:.0f}")
        share = QCoreApplication.translate("DebriefView", "pauses %1 %").replace("%1", f"{phase.pause_share * 100:.0f}")
        parts.append(f"{phase_titles.get(phase.label, phase.label)}: {pace}, {share}")
    if not parts:
        return QCoreApplication.translate("DebriefView", "Analysed: open it in Voice for the full review.")
    return "\n".join(parts)
