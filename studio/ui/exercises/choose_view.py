"""The start view of the Exercises tab: filters and list, the statement, this attempt's plan and options, history.

It reads exercises from the studio's one content library (``context.library``) and the history from the exercise
repository; starting, opening a debrief and exporting are the page's business (it listens to the signals).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.exercise import ExercisePlan, PhasePlan, format_duration
from studio.ui.icons import icon
from studio.ui.style import GRID
from studio.ui.timefmt import when_text
from studio.ui.widgets.wheel_guard import guard_wheel
from studio.ui.widgets.wrap_check import WrapCheckBox

KINDS = ("case", "role_play", "group_task", "presentation")
ID_ROLE = Qt.ItemDataRole.UserRole


class ChooseView(QWidget):
    """Pick an exercise, set up the plan of this attempt, see earlier attempts.

    Signals:
        start_requested(): the user pressed Start.
        debrief_requested(int): open the debrief of this attempt.
        export_requested(int): export this attempt to Markdown.
        exercise_changed(): another exercise (or none) is selected.
    """

    start_requested = Signal()
    debrief_requested = Signal(int)
    export_requested = Signal(int)
    exercise_changed = Signal()

    def __init__(self, context: Any, settings: Any, repo: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.repo = repo
        self.exercise: Any = None  # the content item selected
        self.plan_spins: list[tuple[Any, QDoubleSpinBox]] = []
        self._build()
        self._connect()

    # ----- building -------------------------------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        """Translated name of an exercise kind."""
        labels = {
            "case": self.tr("Case"),
            "role_play": self.tr("Role-play"),
            "group_task": self.tr("Group task"),
            "presentation": self.tr("Presentation"),
        }
        return labels.get(kind, kind)

    def _build(self) -> None:
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
        self.exercise_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows when the pane is resized
        self.exercise_list.setSpacing(GRID // 4)
        filters = QFormLayout()
        filters.setHorizontalSpacing(GRID)
        filters.setVerticalSpacing(GRID)
        filters.addRow(self.tr("&Kind:"), self.kind_combo)
        filters.addRow(self.tr("L&anguage:"), self.lang_combo)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, GRID, 0)
        ll.setSpacing(GRID)
        ll.addLayout(filters)
        ll.addWidget(self.exercise_list, 1)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setProperty("role", "title")
        self.meta_label = QLabel()
        self.meta_label.setProperty("role", "caption")
        self.statement_view = QTextBrowser()
        self.statement_view.setAccessibleName(self.tr("Exercise statement"))
        self.statement_view.setOpenLinks(False)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(GRID, 0, GRID, 0)
        ml.setSpacing(GRID)
        ml.addWidget(self.title_label)
        ml.addWidget(self.meta_label)
        ml.addWidget(self.statement_view, 1)

        self.plan_box = QGroupBox(self.tr("Your plan for this attempt"))
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setSpacing(GRID)
        plan_hint = QLabel(self.tr("Minutes per phase: set your own pace."))
        plan_hint.setProperty("role", "caption")
        plan_hint.setWordWrap(True)
        self.plan_form = QFormLayout()
        self.plan_form.setHorizontalSpacing(GRID * 2)
        self.plan_form.setVerticalSpacing(GRID)
        self.plan_total = QLabel()
        self.plan_total.setProperty("role", "caption")
        self.plan_total.setWordWrap(True)
        self.carry_check = WrapCheckBox(self.tr("Carry spare or overrun time to later phases"))
        self.carry_check.setChecked(bool(self.settings.get("carry_over")))
        self.chime_check = WrapCheckBox(self.tr("Chime at phase ends and 5 / 1 min before"))
        self.chime_check.setChecked(bool(self.settings.get("chimes")))
        self.notify_check = WrapCheckBox(self.tr("Notify at the same moments"))
        self.notify_check.setChecked(bool(self.settings.get("notifications")))
        self.record_check = WrapCheckBox(self.tr("Record my answer"))
        self.record_check.setToolTip(
            self.tr("Records the oral part; phase changes are marked in the take (debrief and Voice tab)")
        )
        self.start_button = QPushButton(icon("start", "accent_text"), self.tr("&Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start the exercise"))
        self.start_button.setDefault(True)
        checks = (self.carry_check, self.chime_check, self.notify_check, self.record_check)
        for check in checks:
            check.setAccessibleName(check.text())

        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Earlier attempts"))
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Time used"), self.tr("Planned"), self.tr("Score")])
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(GRID * 10)
        self.open_debrief_button = QPushButton(self.tr("Open debrief"))
        self.export_history_button = QPushButton(icon("markdown"), self.tr("Export…"))
        self.export_history_button.setToolTip(self.tr("Export the selected attempt to Markdown"))
        self.export_history_button.setAccessibleName(self.tr("Export to Markdown"))
        history_box = QGroupBox(self.tr("Earlier attempts"))
        hl = QVBoxLayout(history_box)
        hl.setSpacing(GRID)
        hl.addWidget(self.history, 1)
        hb = QHBoxLayout()
        hb.addWidget(self.open_debrief_button)
        hb.addWidget(self.export_history_button)
        hb.addStretch(1)
        hl.addLayout(hb)

        plan_layout.addWidget(plan_hint)
        plan_layout.addLayout(self.plan_form)
        plan_layout.addWidget(self.plan_total)
        for check in checks:
            plan_layout.addWidget(check)
        plan_layout.addSpacing(GRID)
        plan_layout.addWidget(self.start_button)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(GRID, 0, 0, 0)
        rl.setSpacing(GRID * 2)
        rl.addWidget(self.plan_box)
        rl.addWidget(history_box, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([GRID * 28, GRID * 48, GRID * 50])  # the plan's pane fits the history's four columns
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.reload_exercises)
        self.lang_combo.currentIndexChanged.connect(self.reload_exercises)
        self.exercise_list.currentItemChanged.connect(self._on_exercise_selected)
        self.carry_check.toggled.connect(lambda on: self.settings.set("carry_over", bool(on)))
        self.chime_check.toggled.connect(lambda on: self.settings.set("chimes", bool(on)))
        self.notify_check.toggled.connect(lambda on: self.settings.set("notifications", bool(on)))
        self.start_button.clicked.connect(self.start_requested)
        self.history.itemDoubleClicked.connect(lambda *_: self._on_open_debrief())
        self.open_debrief_button.clicked.connect(self._on_open_debrief)
        self.export_history_button.clicked.connect(self._on_export)

    # ----- the list -------------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        """The language the exercises are shown in."""
        return str(self.lang_combo.currentData() or "en")

    def set_language(self, lang: str) -> None:
        """Show the exercises in ``lang`` (the list reloads)."""
        index = self.lang_combo.findData(lang)
        if index >= 0 and index != self.lang_combo.currentIndex():
            self.lang_combo.setCurrentIndex(index)

    def reload_exercises(self) -> None:
        """Fill the list with the exercises of the chosen kind and language (keeps the selection by id)."""
        from studio.core.content import Kind

        current = self.exercise_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        kind = self.kind_combo.currentData()
        library = self.context.library.current
        self.exercise_list.blockSignals(True)
        try:
            self.exercise_list.clear()
            items = library.items(Kind.EXERCISES, self.lang) if library is not None else []
            for item in items:
                if kind and item.exercise_kind != kind:
                    continue
                minutes = self.tr("%1 min").replace("%1", str(item.duration_min))
                row = QListWidgetItem(f"{item.title}\n{self.kind_label(item.exercise_kind)} · {minutes}")
                row.setData(ID_ROLE, item.id)
                row.setToolTip(item.title)
                self.exercise_list.addItem(row)
                if item.id == keep:
                    self.exercise_list.setCurrentItem(row)
            if self.exercise_list.currentItem() is None and self.exercise_list.count():
                self.exercise_list.setCurrentRow(0)
        finally:
            self.exercise_list.blockSignals(False)
        self._on_exercise_selected()

    def select_exercise(self, exercise_id: str) -> bool:
        """Select an exercise in the list by id (clears the kind filter if needed); False if it is not listed."""
        for _ in range(2):
            for row in range(self.exercise_list.count()):
                if self.exercise_list.item(row).data(ID_ROLE) == exercise_id:
                    self.exercise_list.setCurrentRow(row)
                    return True
            self.kind_combo.setCurrentIndex(0)
        return False

    def find(self, exercise_id: str, lang: str) -> Any:
        """The content item of an exercise in a language (None if the library lacks it or is not loaded)."""
        from studio.core.content import Kind

        library = self.context.library.current
        return None if library is None else library.find(Kind.EXERCISES, exercise_id, lang)

    def _on_exercise_selected(self, *_args: object) -> None:
        item = self.exercise_list.currentItem()
        exercise = self.find(item.data(ID_ROLE), self.lang) if item is not None else None
        self.exercise = exercise
        self.start_button.setEnabled(exercise is not None)
        while self.plan_form.rowCount():
            self.plan_form.removeRow(0)
        self.plan_spins = []
        if exercise is None:
            self.title_label.setText(self.tr("No exercise selected"))
            self.meta_label.clear()
            self.statement_view.clear()
            self.plan_total.clear()
        else:
            self._show_exercise(exercise)
        self.refresh_history()
        self.exercise_changed.emit()

    def _show_exercise(self, exercise: Any) -> None:
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
            guard_wheel(spin)
            spin.setAccessibleName(self.tr("Minutes for %1").replace("%1", phase.title))
            spin.valueChanged.connect(self._update_plan_total)
            label = QLabel(phase.title)
            label.setWordWrap(True)
            self.plan_form.addRow(label, spin)
            self.plan_spins.append((phase, spin))
        self._update_plan_total()

    def _statement_html(self, exercise: Any) -> str:
        def bullets(title: str, items: tuple[str, ...]) -> str:
            if not items:
                return ""
            return f"<h4>{escape(title)}</h4><ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"

        paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in exercise.statement.split("\n\n") if p.strip())
        minutes_word = escape(self.tr("min"))
        phases = "".join(f"<li><b>{escape(p.title)}</b> — {p.minutes:g} {minutes_word}</li>" for p in exercise.phases)
        heading = escape(self.tr("Phases"))  # outside the f-string, where lupdate can see it
        html = paragraphs + f"<h4>{heading}</h4><ol>{phases}</ol>"
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

    # ----- history --------------------------------------------------------------------------------------------
    def refresh_history(self) -> None:
        """List the finished attempts at the selected exercise: date, time used, planned, average score."""
        self.history.clear()
        attempts = self.repo.history(self.exercise.id) if self.exercise is not None else []
        for attempt in attempts:
            score = "—" if attempt.average_score is None else f"{attempt.average_score:.1f} / 5"
            item = QTreeWidgetItem(
                [
                    when_text(attempt.started_at),
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

    def selected_attempt(self) -> int | None:
        """The attempt selected in the history, if any."""
        item = self.history.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _on_open_debrief(self) -> None:
        attempt_id = self.selected_attempt()
        if attempt_id is not None:
            self.debrief_requested.emit(attempt_id)

    def _on_export(self) -> None:
        attempt_id = self.selected_attempt()
        if attempt_id is not None:
            self.export_requested.emit(attempt_id)
