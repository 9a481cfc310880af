"""The Exercises tab: pick an exercise and plan it, run it phase by phase against a big countdown, then debrief.

Three views in a stack: *choose* (filters, statement, per-attempt phase plan, options, history), *run* (countdown,
phase strip, guiding questions, notes per phase) and *debrief* (planned vs used chart, self-scores, written answers).
The running attempt lives in :class:`~studio.ui.case.runner.AttemptRunner`; this page only shows it and forwards the
user's commands.

Keys while running (single keys work unless the notes have the focus — Esc leaves the notes):
Space pause/resume, N next phase, P previous phase, + one more minute, Ctrl+Enter finish.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.clock import SYSTEM_CLOCK
from studio.core.exercise import (
    AssessorAnswer,
    AwayPrompt,
    CriterionScore,
    Debrief,
    Event,
    EventKind,
    ExercisePlan,
    MarkdownLabels,
    PhasePlan,
    Session,
    SessionState,
    display_seconds,
    format_clock,
    format_duration,
)
from studio.ui.case.alerts import Alerts
from studio.ui.case.runner import AttemptRunner
from studio.ui.case.widgets import ChartRow, CountdownDisplay, PhaseChart, PhaseStrip, StripPhase
from studio.ui.context import StudioContext
from studio.ui.dialogs.ask import ask
from studio.ui.timefmt import to_local

log = logging.getLogger(__name__)

KINDS = ("case", "role_play", "group_task", "presentation")
ID_ROLE = Qt.ItemDataRole.UserRole
EXTEND_SECONDS = 60.0


def clock_text(remaining: float) -> str:
    """``MM:SS`` left, or ``+MM:SS`` counting up in overtime."""
    text = format_clock(remaining)
    return "+" + text[1:] if text.startswith("-") else text


class ExercisesPage(QWidget):
    """The Exercises tab (see the module docs).

    Signals:
        attempt_started(int): a new or resumed attempt is running (its id).
        attempt_finished(int): an attempt finished; the debrief is shown.
        debrief_saved(int): the self-assessment of an attempt was stored.
    """

    attempt_started = Signal(int)
    attempt_finished = Signal(int)
    debrief_saved = Signal(int)

    def __init__(self, context: StudioContext, window: Any = None) -> None:
        super().__init__()
        from studio.content import load_library
        from studio.store.exercises import ExerciseRepository
        from studio.store.settings import SettingsRepository

        assert context.store is not None
        self.context = context
        self.window_ref = window
        self.repo = ExerciseRepository(context.store)
        self.settings = SettingsRepository(context.store)
        self.clock = context.extras.get("clock", SYSTEM_CLOCK)
        try:
            # One library per studio, shared with the Checklists and Library tabs (loaded once, edited in one place).
            self.library: Any = context.extras.get("library") or load_library(user_dir=context.paths.user_content_dir)
            context.extras.setdefault("library", self.library)
        except Exception as exc:  # a broken content file must not take the tab down
            log.exception("could not load the exercises")
            context.messages.error(self.tr("The exercises could not be loaded: %1").replace("%1", str(exc)))
            from studio.content import Library

            self.library = Library()
        self.runner = AttemptRunner(self.repo, self.clock, self)
        self.alerts = Alerts(context, self.settings, self)
        self.interview_id: int | None = None
        self.exercise: Any = None  # the content item of the selected / running exercise
        self.notes: dict[str, str] = {}
        self._loading_notes = False
        self._debrief_id: int | None = None
        self._score_rows: list[tuple[str, str, QSpinBox, QLineEdit]] = []
        self._answer_rows: list[tuple[str, QPlainTextEdit]] = []
        self.voice: Any = None
        self._marks: list[dict[str, Any]] = []
        self.choose_export_path: Callable[[str], str] = self._ask_export_path

        self._build()
        self._connect()
        self.reload_exercises()
        if window is not None and hasattr(window, "interviews"):
            window.interviews.selection_changed.connect(self._on_interview_selected)
        QTimer.singleShot(0, self.offer_resume)

    # ================================================================================================ building
    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.choose_view = self._build_choose()
        self.run_view = self._build_run()
        self.debrief_view = self._build_debrief()
        for view in (self.choose_view, self.run_view, self.debrief_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    def kind_label(self, kind: str) -> str:
        """Translated name of an exercise kind."""
        labels = {
            "case": self.tr("Case"),
            "role_play": self.tr("Role-play"),
            "group_task": self.tr("Group task"),
            "presentation": self.tr("Presentation"),
        }
        return labels.get(kind, kind)

    def _build_choose(self) -> QWidget:
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of exercise"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_combo.addItem(self.kind_label(kind), kind)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Language of the exercise"))
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("Русский", "ru")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(self.context.language)))
        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("Exercises"))
        self.exercise_list.setWordWrap(True)
        self.exercise_list.setAlternatingRowColors(True)
        filters = QFormLayout()
        filters.addRow(self.tr("&Kind:"), self.kind_combo)
        filters.addRow(self.tr("L&anguage:"), self.lang_combo)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.exercise_list, 1)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.statement_view = QTextBrowser()
        self.statement_view.setAccessibleName(self.tr("Exercise statement"))
        self.statement_view.setOpenLinks(False)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.title_label)
        ml.addWidget(self.meta_label)
        ml.addWidget(self.statement_view, 1)

        self.plan_box = QGroupBox(self.tr("Your plan for this attempt (minutes per phase)"))
        self.plan_form = QFormLayout(self.plan_box)
        self.plan_spins: list[tuple[Any, QDoubleSpinBox]] = []
        self.plan_total = QLabel()
        self.carry_check = QCheckBox(self.tr("Carry spare or overrun time to later phases"))
        self.carry_check.setChecked(bool(self.settings.get("carry_over")))
        self.chime_check = QCheckBox(self.tr("Chime at phase ends and 5 / 1 min before"))
        self.chime_check.setChecked(bool(self.settings.get("chimes")))
        self.notify_check = QCheckBox(self.tr("Notify at the same moments"))
        self.notify_check.setChecked(bool(self.settings.get("notifications")))
        self.record_check = QCheckBox(self.tr("Record my answer"))
        self.record_check.setToolTip(self.tr("Records the oral part; phase changes are marked in the take (Voice tab)"))
        self.start_button = QPushButton(self.tr("▶ &Start"))
        self.start_button.setAccessibleName(self.tr("Start the exercise"))
        self.start_button.setDefault(True)
        for check in (self.carry_check, self.chime_check, self.notify_check, self.record_check):
            check.setAccessibleName(check.text())

        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Earlier attempts"))
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Time used"), self.tr("Planned"), self.tr("Score")])
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(110)
        self.open_debrief_button = QPushButton(self.tr("Open debrief"))
        self.export_history_button = QPushButton(self.tr("Export to Markdown…"))
        history_box = QGroupBox(self.tr("Earlier attempts"))
        hl = QVBoxLayout(history_box)
        hl.addWidget(self.history, 1)
        hb = QHBoxLayout()
        hb.addWidget(self.open_debrief_button)
        hb.addWidget(self.export_history_button)
        hb.addStretch(1)
        hl.addLayout(hb)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.plan_box)
        rl.addWidget(self.plan_total)
        for check in (self.carry_check, self.chime_check, self.notify_check, self.record_check):
            check.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            rl.addWidget(check)
        rl.addWidget(self.start_button)
        rl.addWidget(history_box, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([220, 420, 340])
        self.choose_splitter = splitter
        return splitter

    def _build_run(self) -> QWidget:
        view = QWidget()
        self.run_title = QLabel()
        self.run_title.setWordWrap(True)
        self.phase_label = QLabel()
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.phase_label.setFont(font)
        self.phase_label.setWordWrap(True)
        self.countdown = CountdownDisplay()
        self.countdown.setAccessibleName(self.tr("Time left in this phase"))
        self.total_label = QLabel()
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label = QLabel()
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label.setWordWrap(True)
        self.strip = PhaseStrip()
        self.strip.setAccessibleName(self.tr("Phases: time used of the budget"))

        self.pause_button = QPushButton(self.tr("Pause (Space)"))
        self.previous_button = QPushButton(self.tr("◀ Previous (P)"))
        self.next_button = QPushButton(self.tr("Next phase (N) ▶"))
        self.extend_button = QPushButton(self.tr("+1 min (+)"))
        self.finish_button = QPushButton(self.tr("Finish (Ctrl+Enter)"))
        for button, name in (
            (self.pause_button, self.tr("Pause or resume")),
            (self.previous_button, self.tr("Previous phase")),
            (self.next_button, self.tr("Next phase")),
            (self.extend_button, self.tr("One more minute for this phase")),
            (self.finish_button, self.tr("Finish the exercise")),
        ):
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.record_label = QLabel()

        self.questions_view = QTextBrowser()
        self.questions_view.setAccessibleName(self.tr("Guiding questions of this phase"))
        questions_box = QGroupBox(self.tr("Guiding questions"))
        qbl = QVBoxLayout(questions_box)
        qbl.addWidget(self.questions_view)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes for this phase"))
        self.notes_edit.setPlaceholderText(
            self.tr("Think in writing: one idea per line, start a line with “- ” for a list. Saved as you type.")
        )
        self.notes_box = QGroupBox(self.tr("Notes"))
        nbl = QVBoxLayout(self.notes_box)
        nbl.addWidget(self.notes_edit)
        lower = QSplitter()
        lower.addWidget(questions_box)
        lower.addWidget(self.notes_box)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)

        header = QHBoxLayout()
        header.addWidget(self.phase_label, 1)
        header.addWidget(self.record_label)
        buttons = QHBoxLayout()
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
        hint.setEnabled(False)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.run_title)
        layout.addLayout(header)
        layout.addWidget(self.countdown, 5)
        layout.addWidget(self.total_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.strip)
        layout.addLayout(buttons)
        layout.addWidget(lower, 4)
        layout.addWidget(hint)

        def shortcut(text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
            action = QAction(text, view)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
            return action

        self.pause_action = shortcut(self.tr("Pause / resume"), ("Space",), self.toggle_pause)
        self.next_action = shortcut(self.tr("Next phase"), ("N",), self.next_phase)
        self.previous_action = shortcut(self.tr("Previous phase"), ("P",), self.previous_phase)
        self.extend_action = shortcut(self.tr("One more minute"), ("+", "="), self.extend)
        self.finish_action = shortcut(self.tr("Finish"), ("Ctrl+Return", "Ctrl+Enter"), self.finish)
        self.leave_notes_action = shortcut(self.tr("Leave the notes"), ("Esc",), self.countdown.setFocus)
        return view

    def _build_debrief(self) -> QWidget:
        self.debrief_title = QLabel()
        font = self.debrief_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.debrief_title.setFont(font)
        self.debrief_title.setWordWrap(True)
        self.debrief_summary = QLabel()
        self.debrief_summary.setWordWrap(True)
        self.chart = PhaseChart(self.tr("Planned"), self.tr("Used"))
        self.chart.setAccessibleName(self.tr("Planned and used time per phase"))
        self.scores_box = QGroupBox(self.tr("Self-assessment: score each criterion 1 (poor) to 5 (excellent)"))
        self.scores_grid = QGridLayout(self.scores_box)
        self.scores_grid.setColumnStretch(0, 3)
        self.scores_grid.setColumnStretch(2, 2)
        self.answers_box = QGroupBox(self.tr("The assessors' questions: answer in writing"))
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("What you would do differently next time"))
        self.summary_edit.setPlaceholderText(self.tr("What went well, and what would you do differently next time?"))
        self.summary_edit.setFixedHeight(80)
        self.save_debrief_button = QPushButton(self.tr("&Save debrief"))
        self.export_button = QPushButton(self.tr("Export to Markdown…"))
        self.back_button = QPushButton(self.tr("Back to exercises"))
        for button in (self.save_debrief_button, self.export_button, self.back_button):
            button.setAccessibleName(button.text().replace("&", ""))

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.debrief_title)
        bl.addWidget(self.debrief_summary)
        chart_box = QGroupBox(self.tr("Planned vs actual time per phase"))
        cbl = QVBoxLayout(chart_box)
        cbl.addWidget(self.chart)
        bl.addWidget(chart_box)
        bl.addWidget(self.scores_box)
        bl.addWidget(self.answers_box)
        summary_box = QGroupBox(self.tr("Summary"))
        sbl = QVBoxLayout(summary_box)
        sbl.addWidget(self.summary_edit)
        bl.addWidget(summary_box)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.debrief_scroll = scroll
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_debrief_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return view

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.reload_exercises)
        self.lang_combo.currentIndexChanged.connect(self.reload_exercises)
        self.exercise_list.currentItemChanged.connect(self._on_exercise_selected)
        self.carry_check.toggled.connect(lambda on: self.settings.set("carry_over", bool(on)))
        self.chime_check.toggled.connect(lambda on: self.settings.set("chimes", bool(on)))
        self.notify_check.toggled.connect(lambda on: self.settings.set("notifications", bool(on)))
        self.start_button.clicked.connect(self.start)
        self.history.itemDoubleClicked.connect(lambda *_: self.open_selected_debrief())
        self.open_debrief_button.clicked.connect(self.open_selected_debrief)
        self.export_history_button.clicked.connect(self._on_export_selected)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.previous_button.clicked.connect(self.previous_phase)
        self.next_button.clicked.connect(self.next_phase)
        self.extend_button.clicked.connect(self.extend)
        self.finish_button.clicked.connect(self.finish)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        self.save_debrief_button.clicked.connect(self.save_debrief)
        self.export_button.clicked.connect(self._on_export_current)
        self.back_button.clicked.connect(self.show_choose)
        self.runner.repaint_needed.connect(self.repaint_time)
        self.runner.events_fired.connect(self._on_events)
        self.runner.phase_changed.connect(self._on_phase_changed)
        self.runner.away_detected.connect(self._on_away)
        self.runner.attempt_finished.connect(self._on_attempt_finished)

    # ================================================================================================ choose
    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData() or "en")

    def reload_exercises(self) -> None:
        """Fill the list with the exercises of the chosen kind and language (keeps the selection by id)."""
        from studio.core.content import Kind

        current = self.exercise_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        kind = self.kind_combo.currentData()
        self.exercise_list.clear()
        for item in self.library.items(Kind.EXERCISES, self.lang):
            if kind and item.exercise_kind != kind:
                continue
            row = QListWidgetItem(f"{item.title}\n{self.kind_label(item.exercise_kind)} · {item.duration_min} min")
            row.setData(ID_ROLE, item.id)
            row.setToolTip(item.title)
            self.exercise_list.addItem(row)
            if item.id == keep:
                self.exercise_list.setCurrentItem(row)
        if self.exercise_list.currentItem() is None and self.exercise_list.count():
            self.exercise_list.setCurrentRow(0)
        self._on_exercise_selected()

    def select_exercise(self, exercise_id: str) -> None:
        """Select an exercise in the list by id (clears the kind filter if needed)."""
        for _ in range(2):
            for row in range(self.exercise_list.count()):
                if self.exercise_list.item(row).data(ID_ROLE) == exercise_id:
                    self.exercise_list.setCurrentRow(row)
                    return
            self.kind_combo.setCurrentIndex(0)

    def _find(self, exercise_id: str, lang: str) -> Any:
        from studio.core.content import Kind

        return self.library.find(Kind.EXERCISES, exercise_id, lang)

    def _on_exercise_selected(self, *_args: object) -> None:
        item = self.exercise_list.currentItem()
        exercise = self._find(item.data(ID_ROLE), self.lang) if item is not None else None
        self.exercise = exercise
        self.start_button.setEnabled(exercise is not None)
        while self.plan_form.rowCount():
            self.plan_form.removeRow(0)
        self.plan_spins = []
        if exercise is None:
            self.title_label.setText(self.tr("No exercise selected"))
            self.meta_label.clear()
            self.statement_view.clear()
            self.history.clear()
            self.plan_total.clear()
            return
        self.title_label.setText(exercise.title)
        self.meta_label.setText(
            self.tr("%1 · %2 min · %3 phases")
            .replace("%1", self.kind_label(exercise.exercise_kind))
            .replace("%2", str(exercise.duration_min))
            .replace("%3", str(len(exercise.phases)))
        )
        self.statement_view.setHtml(self._statement_html(exercise))
        for phase in exercise.phases:
            spin = QDoubleSpinBox()
            spin.setRange(0.5, 180.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(float(phase.minutes))
            spin.setAccessibleName(self.tr("Minutes for %1").replace("%1", phase.title))
            spin.valueChanged.connect(self._update_plan_total)
            label = QLabel(phase.title)
            label.setWordWrap(True)
            self.plan_form.addRow(label, spin)
            self.plan_spins.append((phase, spin))
        self._update_plan_total()
        self.refresh_history()

    def _statement_html(self, exercise: Any) -> str:
        from html import escape

        def bullets(title: str, items: tuple[str, ...]) -> str:
            if not items:
                return ""
            return f"<h4>{escape(title)}</h4><ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"

        paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in exercise.statement.split("\n\n") if p.strip())
        minutes_word = escape(self.tr("min"))
        phases = "".join(f"<li><b>{escape(p.title)}</b> — {p.minutes:g} {minutes_word}</li>" for p in exercise.phases)
        phases_title = escape(self.tr("Phases"))
        html = paragraphs + f"<h4>{phases_title}</h4><ol>{phases}</ol>"
        html += bullets(self.tr("How the assessors judge it"), exercise.criteria)
        html += bullets(self.tr("Prepare"), exercise.preparation)
        html += bullets(self.tr("What good looks like"), exercise.good_behaviour)
        html += bullets(self.tr("What to avoid"), exercise.bad_behaviour)
        if exercise.fallback_from:
            note = escape(self.tr("Shown in the other language: no translation yet."))
            html = f"<p><i>{note}</i></p>" + html
        return html

    def _update_plan_total(self) -> None:
        total = sum(spin.value() for _phase, spin in self.plan_spins)
        planned = self.exercise.duration_min if self.exercise is not None else total
        text = self.tr("Total: %1 min").replace("%1", f"{total:g}")
        if abs(total - planned) > 1e-6:
            text += " " + self.tr("(the exercise suggests %1)").replace("%1", f"{planned:g}")
        self.plan_total.setText(text)

    def current_plan(self) -> ExercisePlan | None:
        """The plan the user set up for the selected exercise (None without a selection)."""
        if self.exercise is None:
            return None
        phases = tuple(PhasePlan(phase.id, phase.title, spin.value() * 60.0) for phase, spin in self.plan_spins)
        return ExercisePlan(self.exercise.id, phases, self.carry_check.isChecked())

    def refresh_history(self) -> None:
        """List the finished attempts at the selected exercise: date, time used, planned, average score."""
        self.history.clear()
        if self.exercise is None:
            return
        for attempt in self.repo.history(self.exercise.id):
            started = to_local(attempt.started_at)
            score = "—" if attempt.average_score is None else f"{attempt.average_score:.1f} / 5"
            item = QTreeWidgetItem(
                [
                    started.strftime("%Y-%m-%d %H:%M") if started else "",
                    format_duration(attempt.used_seconds),
                    format_duration(attempt.planned_seconds),
                    score,
                ]
            )
            item.setData(0, ID_ROLE, attempt.id)
            self.history.addTopLevelItem(item)
        if self.history.topLevelItemCount():
            self.history.setCurrentItem(self.history.topLevelItem(0))
        has = self.history.topLevelItemCount() > 0
        self.open_debrief_button.setEnabled(has)
        self.export_history_button.setEnabled(has)

    def _selected_history_id(self) -> int | None:
        item = self.history.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def open_selected_debrief(self) -> None:
        attempt_id = self._selected_history_id()
        if attempt_id is not None:
            self.show_debrief(attempt_id)

    def show_choose(self) -> None:
        self.refresh_history()
        self.stack.setCurrentWidget(self.choose_view)

    # ================================================================================================ running
    def start(self) -> None:
        """Start an attempt at the selected exercise with the plan as set up."""
        plan = self.current_plan()
        if plan is None:
            return
        self.start_attempt(plan, record=self.record_check.isChecked())

    def start_attempt(self, plan: ExercisePlan, *, record: bool = False) -> int:
        """Start an attempt with ``plan`` (the selected exercise's content supplies questions and criteria)."""
        if self.runner.active:
            self.finish()
        title = self.exercise.title if self.exercise is not None else plan.exercise_id
        self.notes = {}
        attempt_id = self.runner.begin(plan, self.lang, title, self.interview_id)
        self.alerts.prepare()
        self._enter_run_view()
        if record:
            self._start_recording()
        self.attempt_started.emit(attempt_id)
        return attempt_id

    def resume_attempt(self, attempt_id: int, session: Session) -> None:
        """Show and run a restored attempt (its notes come back from the store)."""
        row = self.repo.get(attempt_id)
        self.exercise = self._find(row.exercise_id, row.lang)
        self.notes = self.repo.notes(attempt_id)
        self._enter_run_view(row.title)
        self.alerts.prepare()
        self.runner.adopt(attempt_id, session)
        self.attempt_started.emit(attempt_id)

    def _enter_run_view(self, title: str | None = None) -> None:
        self.run_title.setText(title or (self.exercise.title if self.exercise is not None else ""))
        self.alert_label.clear()
        self.stack.setCurrentWidget(self.run_view)
        self.countdown.setFocus()
        self._show_phase()
        self.repaint_time()

    def _phase_questions(self, phase_id: str) -> tuple[str, ...]:
        if self.exercise is None:
            return ()
        for phase in self.exercise.phases:
            if phase.id == phase_id:
                return tuple(phase.questions)
        return ()

    def _show_phase(self) -> None:
        session = self.runner.session
        if session is None:
            return
        from html import escape

        phase = session.current_phase
        count = len(session.plan.phases)
        self.phase_label.setText(
            self.tr("Phase %1 of %2: %3")
            .replace("%1", str(session.phase_index + 1))
            .replace("%2", str(count))
            .replace("%3", phase.title)
        )
        questions = self._phase_questions(phase.id)
        if questions:
            self.questions_view.setHtml("<ul>" + "".join(f"<li>{escape(q)}</li>" for q in questions) + "</ul>")
        else:
            self.questions_view.setPlainText(self.tr("No guiding questions for this phase: use the notes."))
        self.notes_box.setTitle(self.tr("Notes: %1").replace("%1", phase.title))
        self._loading_notes = True
        try:
            self.notes_edit.setPlainText(self.notes.get(phase.id, ""))
            self.notes_edit.moveCursor(self.notes_edit.textCursor().MoveOperation.End)
        finally:
            self._loading_notes = False

    def _on_phase_changed(self, _index: int) -> None:
        self._show_phase()
        self._mark_phase()

    def _on_notes_changed(self) -> None:
        session = self.runner.session
        if self._loading_notes or session is None or session.state is SessionState.FINISHED:
            return
        phase_id = session.current_phase.id
        text = self.notes_edit.toPlainText()
        self.notes[phase_id] = text
        self.runner.note_changed(phase_id, text)

    def repaint_time(self) -> None:
        """Show the session's time now (remaining computed from its deadline; nothing is counted here)."""
        session = self.runner.session
        if session is None:
            return
        now = self.clock.monotonic()
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
                StripPhase(t.title, max(t.budget_s, 0.0), t.used_s, t.index == session.phase_index)
                for t in session.phase_times(now)
            ]
        )
        running = session.state is SessionState.RUNNING
        active = running or session.state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Pause (Space)") if running else self.tr("Resume (Space)"))
        self.pause_button.setEnabled(active)
        self.previous_button.setEnabled(active and session.phase_index > 0)
        self.next_button.setEnabled(active and not last)
        self.extend_button.setEnabled(active)
        self.finish_button.setEnabled(active)

    # ----- commands ----------------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        self.runner.toggle_pause()
        if self.voice is not None and self.voice.recording_state in ("recording", "paused"):
            session = self.runner.session
            want = "paused" if session is not None and session.state is SessionState.PAUSED else "recording"
            if self.voice.recording_state != want:
                self.voice.pause_recording()

    def next_phase(self) -> None:
        if not self.runner.next_phase() and self.runner.active:
            self.alert_label.setText(self.tr("This is the last phase: Ctrl+Enter finishes the exercise."))

    def previous_phase(self) -> None:
        self.runner.previous_phase()

    def extend(self) -> None:
        self.runner.extend(EXTEND_SECONDS)

    def finish(self) -> None:
        """Finish the running attempt and open its debrief."""
        if self.runner.active:
            self.runner.finish()

    def _on_attempt_finished(self, attempt_id: int) -> None:
        self._stop_recording(attempt_id)
        self.attempt_finished.emit(attempt_id)
        self.show_debrief(attempt_id)

    def _on_events(self, events: list[Event]) -> None:
        session = self.runner.session
        if session is None:
            return
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
            self.alert_label.setText(text)
            self.alerts.announce(title, text)

    def _on_away(self, prompt: AwayPrompt) -> None:
        minutes = max(1, round(prompt.away_seconds / 60))
        choice = ask(
            self,
            self.tr("Welcome back"),
            self.tr(
                "You were away %1 min. The timer was held at the moment you left. "
                "Count the time away, stay paused, or end the attempt there?"
            ).replace("%1", str(minutes)),
            [self.tr("Continue"), self.tr("Pause"), self.tr("End")],
        )
        self.runner.answer_away({0: "continue", 2: "end"}.get(choice, "pause"))

    # ----- recording ---------------------------------------------------------------------------------------
    def _start_recording(self) -> None:
        from studio.ui.voice.controller import VoiceController

        self.voice = VoiceController(self.context, self)
        self._marks = []
        try:
            self.voice.start_recording(str(self.settings.get("input_device")))
        except Exception as exc:
            log.warning("could not start recording the exercise: %s", exc)
            self.context.messages.error(self.tr("Recording could not start: %1").replace("%1", str(exc)))
            self.voice = None
            self.record_label.clear()
            return
        self.record_label.setText(self.tr("● Recording"))
        self.record_label.setStyleSheet("color: #d64541; font-weight: bold;")
        self._mark_phase()

    def _mark_phase(self) -> None:
        session = self.runner.session
        if self.voice is None or self.voice.recorder is None or session is None:
            return
        self._marks.append(
            {"t": float(self.voice.recorder.elapsed_seconds), "kind": "phase", "label": session.current_phase.id}
        )

    def _stop_recording(self, attempt_id: int | None) -> None:
        if self.voice is None:
            return
        voice, self.voice = self.voice, None
        self.record_label.clear()
        try:
            result = voice.stop_recording()
            voice.shutdown()
            if result is None or not result.frames:
                return
            from studio.store.voice import NewTake, VoiceRepository

            repo = VoiceRepository(self.context.store, self.context.paths.data_dir)  # type: ignore[arg-type]
            repo.add_take(
                NewTake(
                    result.path,
                    result.frames,
                    result.samplerate,
                    result.channels,
                    result.device_name,
                    "recorded",
                    tuple(self._marks),
                ),
                prompt_id=None,
                interview_id=self.interview_id,
                name=self.run_title.text(),
                session_id=attempt_id,
            )
            self.context.messages.info(self.tr("Your answer was recorded; it is in the Voice tab."))
        except Exception as exc:
            log.exception("could not store the exercise recording")
            self.context.messages.error(self.tr("The recording could not be saved: %1").replace("%1", str(exc)))

    # ================================================================================================ debrief
    def markdown_labels(self) -> MarkdownLabels:
        """The Markdown export's words, translated."""
        return MarkdownLabels(
            exercise=self.tr("Exercise"),
            started=self.tr("Started"),
            finished=self.tr("Finished"),
            not_finished=self.tr("not finished"),
            total=self.tr("Time used"),
            of_planned=self.tr("of {planned} planned"),
            carry_over=self.tr("Carry-over"),
            on=self.tr("on"),
            off=self.tr("off"),
            times=self.tr("Time per phase"),
            phase=self.tr("Phase"),
            planned=self.tr("Planned"),
            used=self.tr("Used"),
            overtime=self.tr("Overtime"),
            notes=self.tr("Notes"),
            no_notes=self.tr("(no notes)"),
            self_assessment=self.tr("Self-assessment"),
            criterion=self.tr("Criterion"),
            score=self.tr("Score"),
            note=self.tr("Note"),
            average=self.tr("Average"),
            questions=self.tr("Assessors' questions"),
            summary=self.tr("Summary"),
        )

    def show_debrief(self, attempt_id: int) -> None:
        """Show the debrief of a finished attempt: chart, self-scores, written answers."""
        row = self.repo.get(attempt_id)
        self._debrief_id = attempt_id
        exercise = self._find(row.exercise_id, row.lang)
        records = self.repo.phase_records(attempt_id)
        saved = self.repo.debrief(attempt_id)
        used = sum(r.used_seconds for r in records)
        planned = sum(r.planned_seconds for r in records)
        self.debrief_title.setText(self.tr("Debrief: %1").replace("%1", row.title))
        self.debrief_summary.setText(
            self.tr("Time used %1 of %2 planned.")
            .replace("%1", format_duration(used))
            .replace("%2", format_duration(planned))
        )
        self.chart.set_rows([ChartRow(r.title, r.planned_seconds, r.used_seconds) for r in records])

        while self.scores_grid.count():
            child = self.scores_grid.takeAt(0)
            if child is not None and child.widget() is not None:
                child.widget().deleteLater()
        scores = {s.criterion_id: s for s in saved.scores} if saved else {}
        criteria = tuple(exercise.criteria) if exercise is not None else tuple(s.title for s in scores.values())
        self._score_rows = []
        for i, criterion in enumerate(criteria):
            cid = f"c{i + 1}"
            label = QLabel(criterion)
            label.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setAccessibleName(self.tr("Score for: %1").replace("%1", criterion))
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note for: %1").replace("%1", criterion))
            note.setPlaceholderText(self.tr("Why this score?"))
            if cid in scores:
                spin.setValue(scores[cid].score)
                note.setText(scores[cid].note)
            self.scores_grid.addWidget(label, i, 0)
            self.scores_grid.addWidget(spin, i, 1)
            self.scores_grid.addWidget(note, i, 2)
            self._score_rows.append((cid, criterion, spin, note))
        self.scores_box.setVisible(bool(criteria))

        while self.answers_layout.count():
            child = self.answers_layout.takeAt(0)
            if child is not None and child.widget() is not None:
                child.widget().deleteLater()
        answers = {a.question_id: a.answer for a in saved.answers} if saved else {}
        questions = tuple(exercise.assessor_questions) if exercise is not None else ()
        self._answer_rows = []
        for i, question in enumerate(questions):
            qid = f"q{i + 1}"
            label = QLabel(question)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            edit = QPlainTextEdit(answers.get(qid, ""))
            edit.setAccessibleName(self.tr("Your answer to: %1").replace("%1", question))
            edit.setFixedHeight(64)
            self.answers_layout.addWidget(label)
            self.answers_layout.addWidget(edit)
            self._answer_rows.append((question, edit))
        self.answers_box.setVisible(bool(questions))
        self.summary_edit.setPlainText(saved.summary if saved else "")
        self.stack.setCurrentWidget(self.debrief_view)
        self.debrief_scroll.verticalScrollBar().setValue(0)

    def current_debrief(self) -> Debrief:
        """The self-assessment as filled in (unscored criteria are left out)."""
        scores = tuple(
            CriterionScore(cid, spin.value(), note.text().strip(), title)
            for cid, title, spin, note in self._score_rows
            if spin.value() > 0
        )
        answers = tuple(
            AssessorAnswer(question, edit.toPlainText().strip(), f"q{i + 1}")
            for i, (question, edit) in enumerate(self._answer_rows)
        )
        return Debrief(scores, answers, self.summary_edit.toPlainText().strip())

    def save_debrief(self) -> None:
        """Store the self-assessment of the attempt on show."""
        if self._debrief_id is None:
            return
        self.repo.save_debrief(self._debrief_id, self.current_debrief())
        self.context.messages.info(self.tr("Debrief saved."))
        self.refresh_history()
        self.debrief_saved.emit(self._debrief_id)

    def export_attempt(self, attempt_id: int, path: Path) -> Path:
        """Write an attempt (notes, scores, times) as Markdown to ``path``."""
        text = self.repo.export_markdown(attempt_id, self.markdown_labels())
        path.write_text(text, encoding="utf-8")
        return path

    def _ask_export_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export attempt"), suggested, self.tr("Markdown (*.md)")
        )
        return path

    def _export(self, attempt_id: int) -> None:
        if attempt_id == self._debrief_id and self.stack.currentWidget() is self.debrief_view:
            self.save_debrief()
        row = self.repo.get(attempt_id)
        stamp = to_local(row.started_at)
        name = f"{row.exercise_id}-{stamp.strftime('%Y%m%d-%H%M') if stamp else attempt_id}.md"
        chosen = self.choose_export_path(str(Path.home() / name))
        if not chosen:
            return
        try:
            written = self.export_attempt(attempt_id, Path(chosen))
        except Exception as exc:
            log.exception("export failed")
            self.context.messages.error(self.tr("The attempt could not be exported: %1").replace("%1", str(exc)))
            return
        self.context.messages.info(self.tr("Exported to %1.").replace("%1", str(written)))

    def _on_export_current(self) -> None:
        if self._debrief_id is not None:
            self._export(self._debrief_id)

    def _on_export_selected(self) -> None:
        attempt_id = self._selected_history_id()
        if attempt_id is not None:
            self._export(attempt_id)

    # ================================================================================================ persistence
    def offer_resume(self) -> None:
        """At start-up: an attempt left running or paused is offered for resuming (or discarding)."""
        from studio.core.exercise import SessionStateError

        store = self.context.store
        if self.runner.active or store is None or store.engine is None:
            return  # already running, or the studio closed before the offer came up
        row = self.repo.unfinished()
        if row is None or row.id is None:
            return
        started = to_local(row.started_at)
        choice = ask(
            self,
            self.tr("Unfinished exercise"),
            self.tr("“%1”, started %2, was not finished. Resume it where you left off?")
            .replace("%1", row.title)
            .replace("%2", started.strftime("%Y-%m-%d %H:%M") if started else "?"),
            [self.tr("Resume"), self.tr("Discard")],
        )
        if choice == 1:
            self.repo.abandon(row.id)
            self.context.messages.info(self.tr("The unfinished attempt was put aside."))
            return
        if choice != 0:
            return  # dismissed: ask again next time
        try:
            session = Session.restore(json.loads(row.state), self.clock, autosave_interval_s=2.0)
        except (SessionStateError, ValueError) as exc:
            log.exception("could not restore attempt %s", row.id)
            self.repo.abandon(row.id)
            self.context.messages.error(
                self.tr("The unfinished attempt could not be resumed (%1); it was kept aside.").replace("%1", str(exc))
            )
            return
        self.resume_attempt(row.id, session)

    def _on_interview_selected(self, interview_id: object) -> None:
        self.interview_id = interview_id if isinstance(interview_id, int) else None

    def can_close(self) -> bool:
        """Closing is always safe: the attempt is autosaved and offered for resuming next time."""
        return True

    def shutdown(self) -> None:
        """Save notes and state, stop timers, keep a recording in progress, release the sound device."""
        self.runner.shutdown()
        self._stop_recording(self.runner.attempt_id)
        self.alerts.shutdown()
