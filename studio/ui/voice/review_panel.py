"""The delivery review of the Voice tab: metric cards with band and verdict, pace per exercise phase, the trend of
the prompt up to the shown take, and a side-by-side summary when two takes are selected.

Reports come typed from the take service (``DeliveryReport``); the analysis runs there too, and this panel follows
it through the service's signals (started, progressed, analysed, failed) for whichever take it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.ui.voice import analysis_view as av
from studio.ui.voice.exercise_takes import ExerciseTakes, attempt_id_of

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport
    from studio.store.models import Take
    from studio.ui.context import StudioContext


class ReviewPanel(QWidget):
    """Signals:
    analyse_requested(): the user asked to analyse the shown take.
    cancel_requested(): the user cancelled its running analysis.
    report_shown(object): the shown take's ``DeliveryReport``, or None (for the waveform shading and pitch).
    """

    analyse_requested = Signal()
    cancel_requested = Signal()
    report_shown = Signal(object)

    def __init__(self, context: StudioContext, exercises: ExerciseTakes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.takes = context.takes
        self.exercises = exercises
        self.take_id: int | None = None
        self.title = QLabel(self.tr("<b>Delivery review</b>"))
        self.status = QLabel(self.tr("Select a take to see its review."))
        self.status.setWordWrap(True)
        self.analyse_button = QPushButton(self.tr("&Analyse"))
        self.analyse_button.setToolTip(self.tr("Measure pace, pauses, pitch, loudness and filled pauses"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Analysis progress"))
        self.cards = QGridLayout()
        self.cards.setHorizontalSpacing(8)
        self.cards.setVerticalSpacing(6)
        content_box = QWidget()
        content = QVBoxLayout(content_box)
        content.setContentsMargins(0, 0, 4, 0)
        content.addLayout(self.cards)
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        self.pair_label.setAccessibleName(self.tr("The two selected takes side by side"))
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.phase_label.setAccessibleName(self.tr("Delivery by exercise phase"))
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        self.trend_view = av.TrendView()
        self.trend_view.hide()
        for widget in (self.pair_label, self.phase_label, self.trend_label, self.trend_view):
            content.addWidget(widget)
        content.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content_box)
        self.scroll_area.setAccessibleName(self.tr("Delivery metrics"))
        row = QHBoxLayout()
        row.addWidget(self.analyse_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.scroll_area, 1)
        self.analyse_button.clicked.connect(self.analyse_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.takes.analysis_started.connect(self._on_analysis_started)
        self.takes.analysis_progressed.connect(self._on_analysis_progressed)
        self.takes.analysed.connect(self._on_analysed)
        self.takes.analysis_failed.connect(self._on_analysis_failed)
        self.set_busy(False)
        self.analyse_button.setEnabled(False)

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
                widget.deleteLater()
        for label in (self.pair_label, self.phase_label, self.trend_label):
            label.setText("")
        self.trend_view.hide()
        self.status.setText(message or self.tr("Select a take to see its review."))

    def _show_cards(self, cards: list[tuple[str, str, str, str]]) -> None:
        for index, (title, value, band, verdict) in enumerate(cards):
            card = QLabel(
                f"<b>{title}:</b> <span style='font-size:13pt'>{value}</span><br><small>{band}</small><br>{verdict}"
            )
            card.setWordWrap(True)
            card.setAccessibleName(title)
            card.setFrameShape(QLabel.Shape.StyledPanel)
            card.setMargin(6)
            self.cards.addWidget(card, index, 0)

    # ----- one take ----------------------------------------------------------------------------------------
    def show_take(self, take: Take) -> None:
        """Cards, phases and trend of a take; a stale report is recomputed, a missing one offered for analysis."""
        if take.id != self.take_id:
            self.scroll_area.verticalScrollBar().setValue(0)  # a new take starts at its first card
        self.take_id = take.id
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
        self._show_cards(av.cards(report))
        self.status.setText("")
        self._show_phases(take, report)
        self._show_trend(take, report)
        self.report_shown.emit(report)

    def _show_phases(self, take: Take, report: DeliveryReport) -> None:
        """For a take recorded during an exercise: pace and time in pauses per phase, from the phase marks."""
        from studio.core import delivery
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
        from studio.core import delivery

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
        self.trend_view.set_series(paces, delivery.bands(report.language).get("wpm"))
        if len(paces) < 2:
            return
        lines = av.trend_lines(series)
        header = self.tr("Compared with the previous take:")
        body = "<br>".join(lines) if lines else self.tr("no change of 10 % or more.")
        self.trend_label.setText(f"<b>{header}</b><br>{body}")

    # ----- no take or several ------------------------------------------------------------------------------
    def show_selection(self, takes: list[Take], names: list[str]) -> None:
        """No take selected: the hint. Two: both side by side. More: how many."""
        self.take_id = None
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
        cells = "".join(
            f"<tr><td>{name}</td><td>&nbsp;{va}</td><td>&nbsp;{vb}</td>"
            f"<td style='color:{'' if better is None else '#2e9d57' if better else '#d64541'}'>&nbsp;{change}</td></tr>"
            for name, va, vb, change, better in av.compare_rows(a, b)
        )
        head = f"<tr><th></th><th>{self.tr('A')}</th><th>{self.tr('B')}</th><th>{self.tr('Change')}</th></tr>"
        self.pair_label.setText(f"<table>{head}{cells}</table>")

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
