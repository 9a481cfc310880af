"""The delivery review of the Voice tab: one card per metric (a verdict in plain words, one tip, and the numbers
behind a Details toggle), the filled-pause check, pace per exercise phase, the trend of the prompt up to the shown
take, and a side-by-side summary when two takes are selected.

Reports come typed from the take service (``DeliveryReport``); the analysis runs there too, and this panel follows
it through the service's signals (started, progressed, analysed, failed) for whichever take it shows.

Filled pauses: the user checks marks here ("Yes, a filler" / "No, a word"); each answer is stored for the take's
voice (input device) and language, the user's threshold is learnt again from all their answers
(``studio.core.filler_feedback``) and the shown report is re-marked at once (``apply_filler_threshold``, no new
analysis) and stored. Every report shown is re-marked for the user's current threshold the same way.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core import delivery
from studio.store.filler_verdicts import FillerVerdictRepository
from studio.ui import icons
from studio.ui.style import GRID
from studio.ui.voice import analysis_view as av
from studio.ui.voice.charts import TrendView
from studio.ui.voice.exercise_takes import ExerciseTakes, attempt_id_of
from studio.ui.voice.review_cards import FillerCheck, KeyButton, ReviewCard, StatusLabel, change_colour

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport, FilledMark
    from studio.store.models import Take
    from studio.ui.context import StudioContext


class ReviewPanel(QWidget):
    """Signals:
    analyse_requested(): the user asked to analyse the shown take.
    cancel_requested(): the user cancelled its running analysis.
    report_shown(object): the shown take's ``DeliveryReport``, or None (for the waveform shading and pitch).
    passage_requested(float, float): play this passage (start, end in seconds): a filled-pause mark being checked.
    """

    analyse_requested = Signal()
    cancel_requested = Signal()
    report_shown = Signal(object)
    passage_requested = Signal(float, float)

    def __init__(self, context: StudioContext, exercises: ExerciseTakes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.takes = context.takes
        self.exercises = exercises
        self.take_id: int | None = None
        self.report: DeliveryReport | None = None
        self._shown_calibrated = False
        self.voice = ""
        self.filler_index = -1
        self.filler_check = FillerCheck()
        self.filler_check.answered.connect(self.answer_filler)
        self.filler_check.hear_requested.connect(self._on_hear_filler)
        self.filler_check.step_requested.connect(self._on_step_filler)
        self.title = QLabel(self.tr("Delivery review"))
        self.title.setProperty("role", "subtitle")
        self.status = StatusLabel(self.tr("Select a take to see its review."))
        self.status.setWordWrap(True)
        self.analyse_button = QPushButton(icons.icon("analyse"), self.tr("&Analyse"))
        self.analyse_button.setToolTip(self.tr("Measure pace, pauses, pitch, loudness and filled pauses"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(GRID)
        self.cards.setVerticalSpacing(GRID)
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        self.pair_label.setAccessibleName(self.tr("The two selected takes side by side"))
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.phase_label.setAccessibleName(self.tr("Delivery by exercise phase"))
        self.numbers_label = QLabel()
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setTextFormat(Qt.TextFormat.RichText)
        self.numbers_label.setAccessibleName(self.tr("Every measure with its comfortable range"))
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        self.trend_hint = QLabel(self.tr("Record another take of this prompt to see what changed."))
        self.trend_hint.setWordWrap(True)
        self.trend_hint.setProperty("role", "caption")
        self.trend_caption = QLabel(self.tr("Pace across your takes (the band is comfortable)"))
        self.trend_caption.setWordWrap(True)
        self.trend_caption.setProperty("role", "caption")
        self.trend_view = TrendView()
        self.trend_view.hide()
        self.trend_caption.hide()
        # Summary: the verdicts a coach would say first (and the pace line over the takes); Details: every number;
        # Trend: what changed since the previous take
        summary = QWidget()
        content = QVBoxLayout(summary)
        content.setContentsMargins(0, GRID, GRID // 2, 0)
        content.setSpacing(GRID)
        content.addWidget(self.filler_check)  # scrolls with the cards: never squeezed in a short panel
        content.addLayout(self.cards)
        for widget in (self.pair_label, self.trend_caption, self.trend_view):
            content.addWidget(widget)
        content.addStretch(1)
        self.scroll_area = self._scroll(summary, self.tr("Delivery metrics"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, GRID, GRID // 2, 0)
        details_layout.setSpacing(GRID * 2)
        details_layout.addWidget(self.numbers_label)
        details_layout.addWidget(self.phase_label)
        details_layout.addStretch(1)
        trend = QWidget()
        trend_layout = QVBoxLayout(trend)
        trend_layout.setContentsMargins(0, GRID, GRID // 2, 0)
        trend_layout.setSpacing(GRID)
        trend_layout.addWidget(self.trend_label)
        trend_layout.addWidget(self.trend_hint)
        trend_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Review sections"))
        self.tabs.setDocumentMode(True)
        # every tab's word whole (no scroll arrows, no elision) in a panel a third of the window wide
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setStyleSheet(f"QTabBar::tab {{ padding: {GRID}px {GRID}px; }}")
        self.tabs.addTab(self.scroll_area, self.tr("Summary"))
        self.tabs.addTab(self._scroll(details, self.tr("Details")), self.tr("Details"))
        self.tabs.addTab(self._scroll(trend, self.tr("Trend")), self.tr("Trend"))
        row = QHBoxLayout()
        row.setSpacing(GRID)
        row.addWidget(self.analyse_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self.analyse_button.clicked.connect(self.analyse_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.takes.analysis_started.connect(self._on_analysis_started)
        self.takes.analysis_progressed.connect(self._on_analysis_progressed)
        self.takes.analysed.connect(self._on_analysed)
        self.takes.analysis_failed.connect(self._on_analysis_failed)
        self.set_busy(False)
        self.analyse_button.setEnabled(False)

    @staticmethod
    def _scroll(content: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        area.setAccessibleName(name)
        return area

    # ----- state -------------------------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.analyse_button.setVisible(not busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(self.tr("Analysing…"))

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(int(round(fraction * 100)))

    def set_analysable(self, can: bool, reason: str = "") -> None:
        self.analyse_button.setEnabled(can)
        if reason:
            self.status.setText(reason)

    def clear(self, message: str = "") -> None:
        """Empty every section; ``message`` (or the hint to select a take) in the status line."""
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, whenever the event loop deletes it
                widget.deleteLater()
        for label in (self.pair_label, self.phase_label, self.trend_label, self.numbers_label):
            label.setText("")
        self.trend_view.hide()
        self.trend_caption.hide()
        self.trend_hint.show()
        self.status.setText(message or self.tr("Select a take to see its review."))

    def _show_cards(self, cards: list[av.Card]) -> None:
        self.numbers_label.setText(
            "".join(f"<p><b>{html.escape(card.title)}</b><br>{card.details}</p>" for card in cards)
        )
        for index, card in enumerate(cards):
            widget = ReviewCard(card)
            if card.metric == "filled_pauses_per_min" and self._filler_list():
                check = KeyButton(self.tr("&Check the marks (%1)").replace("%1", str(len(self._filler_list()))))
                check.setToolTip(self.tr("Hear each mark and say whether it was a filler; the count learns from you"))
                check.clicked.connect(self.start_filler_check)
                widget.add_action(check)
            self.cards.addWidget(widget, index, 0)
            widget.show()  # now, not when the layout gets round to it: tests and screen readers see it at once

    def card(self, metric_id: str) -> ReviewCard | None:
        """The shown card of a metric, if any."""
        for index in range(self.cards.count()):
            widget = self.cards.itemAt(index).widget()
            if isinstance(widget, ReviewCard) and widget.metric_id == metric_id:
                return widget
        return None

    # ----- one take ----------------------------------------------------------------------------------------
    def show_take(self, take: Take) -> None:
        """Cards, phases and trend of a take; a stale report is recomputed, a missing one offered for analysis."""
        if take.id != self.take_id:
            self.scroll_area.verticalScrollBar().setValue(0)  # a new take starts at its first card
            self.filler_check.hide()
            self.filler_index = -1
        self.take_id = take.id
        self.report = None
        self.voice = take.device_name
        assert take.id is not None
        self.clear(" ")
        if self.takes.is_analysing(take.id):
            self.set_busy(True)
            self.report_shown.emit(None)
            return
        self.set_busy(False)
        self.set_analysable(True)
        report = self.takes.review(take.id)
        if report is None:
            if self.takes.reviews([take.id], current_only=False):
                self.report_shown.emit(None)
                self.takes.analyse(take.id)  # the analysis improved since: recompute
                return
            self.status.setText(self.tr("Not analysed yet."))
            self.report_shown.emit(None)
            return
        report = self._with_user_threshold(take.id, report)
        self.report = report
        self._shown_calibrated = self._calibrated(report)
        length, target = self._length(take)
        self._show_cards(
            av.cards(
                report,
                fillers_calibrated=self._shown_calibrated,
                filler_note=self._threshold_note(report),
                length=length,
                target_s=target,
            )
        )
        if not self.filler_check.isHidden():
            self._ask_filler(self.filler_index)
        self.status.setText("")
        self._show_phases(take, report)
        self._show_trend(take, report)
        self.report_shown.emit(report)

    def _length(self, take: Take) -> tuple[delivery.Advice | None, float]:
        """The take's length against its prompt's target length (the guides' advice for the self-introduction)."""
        if take.prompt_id is None:
            return None, 0.0
        prompt = next((p for p in self.takes.repo.prompts() if p.id == take.prompt_id), None)
        if prompt is None or prompt.target_seconds <= 0:
            return None, 0.0
        target = float(prompt.target_seconds)
        advice = delivery.length_advice(take.duration, target, self_introduction=prompt.kind == "self_intro")
        return advice, target

    def _show_phases(self, take: Take, report: DeliveryReport) -> None:
        """For a take recorded during an exercise: pace and time in pauses per phase, from the phase marks."""
        from studio.core.marks import phase_marks

        marks = phase_marks(self.takes.marks(take))
        if not marks:
            return
        rows = delivery.per_phase(
            marks,
            report.duration_s or take.duration,
            report.nuclei,
            [(pause.start, pause.end) for pause in report.pauses],
            report.language,
        )
        titles = self.exercises.phase_titles(take)
        lines = "".join(
            f"<tr><td>{titles.get(row.label, row.label)}</td><td>&nbsp;{av.format_value('wpm', row.wpm)}</td>"
            f"<td>&nbsp;{av.format_value('pause_share', row.pause_share)}</td></tr>"
            for row in rows
        )
        header = self.tr("By exercise phase (pace, time in pauses):")
        self.phase_label.setText(f"<b>{header}</b><table>{lines}</table>")

    def _series_takes(self, take: Take) -> list[Take]:
        """The takes the shown one is compared with, oldest first, ending with the shown take itself."""
        from studio.ui.takes import ALL_TAKES, EXERCISE_TAKES, PROMPT_TAKES

        if take.prompt_id is not None:
            rows = self.takes.takes(PROMPT_TAKES, prompt_id=take.prompt_id)
        elif attempt_id_of(take) is not None:
            exercise = self.exercises.exercise_id(take)
            rows = [r for r in self.takes.takes(EXERCISE_TAKES) if self.exercises.exercise_id(r) == exercise]
        else:
            rows = [r for r in self.takes.takes(ALL_TAKES) if r.id == take.id]
        rows = list(reversed(rows))
        ids = [r.id for r in rows]
        return rows[: ids.index(take.id) + 1] if take.id in ids else [take]

    def _show_trend(self, take: Take, report: DeliveryReport) -> None:
        """Pace across the analysed takes of the same prompt up to this one, and what changed since the previous."""
        rows = self._series_takes(take)
        reports = self.takes.reviews([r.id for r in rows if r.id is not None])
        series: dict[str, list[float | None]] = {m: [] for m in av.TREND_METRICS}
        for row in rows:
            found = reports.get(row.id or -1)
            if found is None:
                continue
            for metric_id in av.TREND_METRICS:
                series[metric_id].append(found.metrics.get(metric_id))
        paces = [float(v) for v in series["wpm"] if v is not None]
        self.trend_view.setVisible(len(paces) >= 2)
        self.trend_caption.setVisible(len(paces) >= 2)
        self.trend_view.set_series(paces, delivery.bands(report.language).get("wpm"))
        if len(paces) < 2:
            return
        lines = av.trend_lines(series)
        header = self.tr("Compared with the previous take:")
        body = "<br>".join(lines) if lines else self.tr("no change of 10 % or more.")
        self.trend_label.setText(f"<b>{header}</b><br>{body}")
        self.trend_hint.hide()

    # ----- filled pauses: the user's check ----------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Back from Settings (a reset of the filled-pause answers) or another window: show the review again when
        # the user's threshold or calibration changed meanwhile.
        if event.type() == QEvent.Type.WindowActivate:
            self._refresh_if_answers_changed()
        return super().event(event)

    def _refresh_if_answers_changed(self) -> None:
        from studio.core.filler_feedback import is_calibrated, user_threshold

        report, take_id = self.report, self.take_id
        if report is None or take_id is None or self.context.store is None or not self.context.store.is_open:
            return
        pairs = self._verdicts().pairs(self.voice, report.language)
        threshold_moved = bool(report.filler_candidates) and abs(user_threshold(pairs) - report.filler_threshold) > 1e-9
        if threshold_moved or is_calibrated(pairs) != self._shown_calibrated:
            take = self.takes.take(take_id)
            if take is not None:
                self.show_take(take)

    def _verdicts(self) -> FillerVerdictRepository:
        assert self.context.store is not None
        return FillerVerdictRepository(self.context.store)

    def _calibrated(self, report: DeliveryReport) -> bool:
        from studio.core.filler_feedback import is_calibrated

        return is_calibrated(self._verdicts().pairs(self.voice, report.language))

    def _threshold_note(self, report: DeliveryReport) -> str:
        answers = len(self._verdicts().pairs(self.voice, report.language))
        if not answers:
            return self.tr("The detector's default threshold (%1); check some marks to tune it to your voice.").replace(
                "%1", f"{report.filler_threshold:.2f}"
            )
        return (
            self.tr("Threshold %1, learnt from your %2 answers for this microphone and language.")
            .replace("%1", f"{report.filler_threshold:.2f}")
            .replace("%2", str(answers))
        )

    def _with_user_threshold(self, take_id: int, report: DeliveryReport) -> DeliveryReport:
        """The report re-marked for the user's current threshold (stored when it changed; no new analysis)."""
        from studio.analysis.report import apply_filler_threshold
        from studio.core.filler_feedback import user_threshold

        if not report.filler_candidates:
            return report
        threshold = user_threshold(self._verdicts().pairs(self.voice, report.language))
        if abs(threshold - report.filler_threshold) < 1e-9:
            return report
        marked = apply_filler_threshold(report, threshold)
        self.takes.save_review(take_id, marked)
        return marked

    def _filler_list(self) -> list[tuple[FilledMark, bool]]:
        return av.filler_marks(self.report) if self.report is not None else []

    def start_filler_check(self) -> None:
        """Ask about the first mark not yet answered (or the first mark), and play it."""
        marks = self._filler_list()
        if not marks or self.take_id is None or self.report is None:
            return
        repo, language = self._verdicts(), self.report.language
        first = next(
            (
                i
                for i, (mark, _sure) in enumerate(marks)
                if repo.verdict_for(self.voice, language, self.take_id, mark.start) is None
            ),
            0,
        )
        self.ask_filler_at(first)

    def ask_filler(self, mark: FilledMark) -> None:
        """A mark was clicked on the waveform (its passage is already playing): ask about it."""
        for index, (candidate, _sure) in enumerate(self._filler_list()):
            if abs(candidate.start - mark.start) < 1e-6:
                self._ask_filler(index)
                self.filler_check.yes_button.setFocus()
                return

    def ask_filler_at(self, index: int) -> None:
        """Ask about mark number ``index`` (in time order) and play it."""
        self._ask_filler(index)
        if 0 <= self.filler_index < len(self._filler_list()):
            self._on_hear_filler()
            self.filler_check.yes_button.setFocus()

    def _ask_filler(self, index: int) -> None:
        marks = self._filler_list()
        if not marks or self.report is None or self.take_id is None:
            self.filler_check.hide()
            self.filler_index = -1
            return
        index = min(max(0, index), len(marks) - 1)
        self.filler_index = index
        mark, sure = marks[index]
        answer = self._verdicts().verdict_for(self.voice, self.report.language, self.take_id, mark.start)
        self.filler_check.show_mark(mark, sure, index + 1, len(marks), answer)
        self.tabs.setCurrentWidget(self.scroll_area)  # the check lives in the Summary
        self.scroll_area.ensureWidgetVisible(self.filler_check)

    def _on_hear_filler(self) -> None:
        marks = self._filler_list()
        if 0 <= self.filler_index < len(marks):
            mark = marks[self.filler_index][0]
            self.passage_requested.emit(mark.start, mark.end)

    def _on_step_filler(self, step: int) -> None:
        self.ask_filler_at(self.filler_index + step)

    def answer_filler(self, confirmed: bool) -> None:
        """Store the answer about the asked mark, learn the threshold again and re-mark the shown report at once."""
        from studio.store.filler_verdicts import FillerVerdict

        marks = self._filler_list()
        if self.take_id is None or self.report is None or not 0 <= self.filler_index < len(marks):
            return
        mark = marks[self.filler_index][0]
        self._verdicts().add(
            FillerVerdict(
                self.voice, self.report.language, self.take_id, mark.start, mark.end, mark.confidence, confirmed
            )
        )
        take = self.takes.take(self.take_id)
        if take is None:
            return
        keep = mark.start
        self.show_take(take)  # re-marks the report for the new threshold and stores it
        # the list may have changed (a mark dropped out of view): keep asking about the same mark
        for index, (candidate, _sure) in enumerate(self._filler_list()):
            if abs(candidate.start - keep) < 1e-6:
                self._ask_filler(index)
                break
        else:
            self.filler_check.show_answer(confirmed)
        self.filler_check.next_button.setFocus()

    # ----- no take or several ------------------------------------------------------------------------------
    def show_selection(self, takes: list[Take], names: list[str]) -> None:
        """No take selected: the hint. Two: both side by side. More: how many."""
        self.take_id = None
        self.report = None
        self.filler_check.hide()
        self.set_busy(False)
        self.set_analysable(False)
        self.report_shown.emit(None)
        if not takes:
            self.clear()
            return
        if len(takes) != 2:
            self.clear(self.tr("%1 takes selected.").replace("%1", str(len(takes))))
            return
        older, newer = sorted(zip(takes, names, strict=True), key=lambda pair: (pair[0].created_at, pair[0].id))
        self.clear(
            self.tr("A: %1, B: %2. Compare plays them side by side.").replace("%1", older[1]).replace("%2", newer[1])
        )
        reports = self.takes.reviews([older[0].id or -1, newer[0].id or -1])
        a, b = reports.get(older[0].id or -1), reports.get(newer[0].id or -1)
        if a is None or b is None:
            self.pair_label.setText(self.tr("Analyse both takes to see how the metrics changed."))
            return
        # a narrow panel: only what changed enough to matter, better or worse; Compare shows every measure
        rows = [row for row in av.compare_rows(a, b) if row[4] is not None]
        if not rows:
            self.pair_label.setText(self.tr("No measure changed enough to matter; Compare shows them all."))
            return
        cells = "".join(
            f"<tr><td>{name}</td><td>&nbsp;{va}&nbsp;→&nbsp;{vb}</td>"
            f"<td style='color:{change_colour(better)}'>&nbsp;{change}</td></tr>"
            for name, va, vb, change, better in rows
        )
        head = self.tr("What changed from A to B:")
        self.pair_label.setText(f"<b>{head}</b><table>{cells}</table>")

    # ----- the take service's analysis signals -------------------------------------------------------------
    def _on_analysis_started(self, take_id: int) -> None:
        if take_id == self.take_id:
            self.set_busy(True)

    def _on_analysis_progressed(self, take_id: int, fraction: float) -> None:
        if take_id == self.take_id:
            self.set_progress(fraction)

    def _on_analysed(self, take_id: int) -> None:
        take = self.takes.take(take_id) if take_id == self.take_id else None
        if take is not None:
            self.show_take(take)

    def _on_analysis_failed(self, take_id: int, error: str) -> None:
        if take_id != self.take_id:
            return
        self.set_busy(False)
        self.report_shown.emit(None)
        if error:
            self.clear(self.tr("The analysis failed: %1").replace("%1", error))
            self.context.messages.error(self.tr("The analysis failed: %1").replace("%1", error))
        else:
            self.clear(self.tr("Analysis cancelled."))
        self.set_analysable(True)
