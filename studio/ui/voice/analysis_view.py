"""What the delivery review shows: translated metric names and verdicts, cards, the pitch contour and trends.

The numbers and judgments come from ``studio.analysis`` and ``studio.core.delivery``; this module only words and
draws them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studio.core import delivery

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport

# The cards shown for a take, in order: (metric id, how to format its value).
CARD_METRICS = (
    "wpm",
    "pause_share",
    "long_pauses_per_min",
    "f0_sd_st",
    "filled_pauses_per_min",
    "rush_index",
    "loudness_lufs",
    "snr_db",
)
COMPARE_METRICS = (
    "duration_s",
    "wpm",
    "articulation_rate",
    "pause_share",
    "long_pauses_per_min",
    "longest_pause_s",
    "f0_sd_st",
    "f0_range_st",
    "filled_pauses_per_min",
    "rush_index",
    "loudness_lufs",
    "snr_db",
)
TREND_METRICS = ("wpm", "pause_share", "f0_sd_st", "filled_pauses_per_min")


def metric_label(metric_id: str) -> str:
    labels = {
        "duration_s": QCoreApplication.translate("delivery", "Length"),
        "speech_s": QCoreApplication.translate("delivery", "Speaking time"),
        "pause_share": QCoreApplication.translate("delivery", "Time in pauses"),
        "long_pauses_per_min": QCoreApplication.translate("delivery", "Long pauses"),
        "longest_pause_s": QCoreApplication.translate("delivery", "Longest pause"),
        "syllable_rate": QCoreApplication.translate("delivery", "Syllable rate"),
        "articulation_rate": QCoreApplication.translate("delivery", "Articulation rate"),
        "wpm": QCoreApplication.translate("delivery", "Pace"),
        "rush_index": QCoreApplication.translate("delivery", "Rushing at the end"),
        "f0_median_hz": QCoreApplication.translate("delivery", "Median pitch"),
        "f0_range_st": QCoreApplication.translate("delivery", "Pitch range"),
        "f0_sd_st": QCoreApplication.translate("delivery", "Pitch variation"),
        "loudness_lufs": QCoreApplication.translate("delivery", "Loudness"),
        "snr_db": QCoreApplication.translate("delivery", "Voice over noise"),
        "clipping_share": QCoreApplication.translate("delivery", "Clipped samples"),
        "filled_pauses_per_min": QCoreApplication.translate("delivery", "Filled pauses (uh, um)"),
    }
    return labels.get(
        metric_id, delivery.metric_info(metric_id).label if metric_id in delivery.METRIC_IDS else metric_id
    )


def verdict_text(code: str) -> str:
    texts = {
        "ok": QCoreApplication.translate("delivery", "Within the comfortable range."),
        "too_slow": QCoreApplication.translate(
            "delivery", "Slower than comfortable: keep the energy up and shorten hesitations."
        ),
        "too_fast": QCoreApplication.translate(
            "delivery", "Faster than comfortable: slow down and let key points land."
        ),
        "rushing": QCoreApplication.translate(
            "delivery", "You speed up towards the end: keep the pace steady to the last sentence."
        ),
        "monotone": QCoreApplication.translate(
            "delivery", "Little pitch variation: vary your intonation to stress key points."
        ),
        "too_many_fillers": QCoreApplication.translate(
            "delivery", "Many filled pauses (uh, um): pause silently instead."
        ),
        "long_pauses": QCoreApplication.translate(
            "delivery", "Several long pauses: prepare the structure so you keep the thread."
        ),
        "too_quiet": QCoreApplication.translate(
            "delivery", "The recording is very quiet: move closer to the microphone or raise the input level."
        ),
        "clipped": QCoreApplication.translate(
            "delivery", "The recording is distorted (clipped): lower the input level or move back."
        ),
        "noisy": QCoreApplication.translate(
            "delivery", "Background noise is high: find a quieter room or move closer to the microphone."
        ),
        "no_speech": QCoreApplication.translate("delivery", "No speech was found in the recording."),
    }
    return texts.get(code, code)


def format_value(metric_id: str, value: float | None) -> str:
    if value is None:
        return "—"
    if metric_id == "wpm":
        return QCoreApplication.translate("delivery", "%1 wpm").replace("%1", f"{value:.0f}")
    if metric_id in ("pause_share", "clipping_share"):
        return f"{value * 100:.0f} %"
    if metric_id in ("long_pauses_per_min", "filled_pauses_per_min"):
        return QCoreApplication.translate("delivery", "%1 per min").replace("%1", f"{value:.1f}")
    if metric_id in ("f0_sd_st", "f0_range_st"):
        return QCoreApplication.translate("delivery", "%1 semitones").replace("%1", f"{value:.1f}")
    if metric_id == "rush_index":
        return f"×{value:.2f}"
    if metric_id == "loudness_lufs":
        return f"{value:.0f} LUFS"
    if metric_id == "snr_db":
        return QCoreApplication.translate("delivery", "%1 dB").replace("%1", f"{value:.0f}")
    if metric_id in ("duration_s", "longest_pause_s", "speech_s"):
        return QCoreApplication.translate("delivery", "%1 s").replace("%1", f"{value:.1f}")
    if metric_id in ("syllable_rate", "articulation_rate"):
        return QCoreApplication.translate("delivery", "%1 syll./s").replace("%1", f"{value:.1f}")
    return f"{value:.2f}"


def band_text(metric_id: str, low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    if low is None:
        return QCoreApplication.translate("delivery", "comfortable: up to %1").replace(
            "%1", format_value(metric_id, high)
        )
    if high is None:
        return QCoreApplication.translate("delivery", "comfortable: from %1").replace(
            "%1", format_value(metric_id, low)
        )
    return (
        QCoreApplication.translate("delivery", "comfortable: %1 – %2")
        .replace("%1", format_value(metric_id, low))
        .replace("%2", format_value(metric_id, high))
    )


def cards(report: DeliveryReport) -> list[tuple[str, str, str, str]]:
    """(title, value, band, verdict) per card metric of a report."""
    metrics = report.metrics
    language = report.language
    verdicts = {v.metric: v for v in delivery.judge(metrics, language)}
    out = []
    if "syllables" in verdicts and verdicts["syllables"].code == "no_speech":
        out.append((QCoreApplication.translate("delivery", "Speech"), "—", "", verdict_text("no_speech")))
    for metric_id in CARD_METRICS:
        value = metrics.get(metric_id)
        if value is None:
            continue
        verdict = verdicts.get(metric_id)
        band = band_text(metric_id, verdict.low, verdict.high) if verdict else ""
        text = verdict_text(verdict.code) if verdict else ""
        if verdict and verdict.code != "ok":
            text = f"<span style='color:#c0392b'>{text}</span>"
        out.append((metric_label(metric_id), format_value(metric_id, value), band, text))
    return out


def compare_rows(a: DeliveryReport, b: DeliveryReport) -> list[tuple[str, str, str, str, bool | None]]:
    """Rows for the compare table: (metric, A, B, change, B better?) — green where B is better."""
    ma, mb = a.metrics, b.metrics
    language = b.language
    bands = delivery.bands(language)
    rows = []
    for metric_id in COMPARE_METRICS:
        va, vb = ma.get(metric_id), mb.get(metric_id)
        if va is None or vb is None:
            continue
        change = f"{(vb - va) / abs(va) * 100:+.0f} %" if va else "—"
        rows.append(
            (
                metric_label(metric_id),
                format_value(metric_id, va),
                format_value(metric_id, vb),
                change,
                b_is_better(metric_id, float(va), float(vb), bands.get(metric_id)),
            )
        )
    return rows


def b_is_better(metric_id: str, va: float, vb: float, band: tuple[float | None, float | None] | None) -> bool | None:
    """True/False when take B is better/worse on this metric; None when equal or not judged."""
    if va == vb:
        return None
    direction = delivery.direction(metric_id) if metric_id in delivery.METRIC_IDS else "in_band"
    if direction == "higher":
        return vb > va
    if direction == "lower":
        return vb < va
    if band is None:
        return None

    def distance(v: float) -> float:
        low, high = band
        if low is not None and v < low:
            return low - v
        if high is not None and v > high:
            return v - high
        return 0.0

    da, db = distance(va), distance(vb)
    return None if da == db else db < da


def trend_lines(series: dict[str, list[float | None]]) -> list[str]:
    """One line per trend metric that really changed (≥ 10 %) between the last two analysed takes."""
    lines = []
    for metric_id in TREND_METRICS:
        values = series.get(metric_id, [])
        result = delivery.trend(values, metric_id)
        if result.direction == "same" or result.change is None:
            continue
        pct = f"{abs(result.change) * 100:.0f} %"
        word = (
            QCoreApplication.translate("delivery", "up %1")
            if result.direction == "up"
            else QCoreApplication.translate("delivery", "down %1")
        )
        mark = "" if result.improved is None else (" ✓" if result.improved else " ✗")
        lines.append(f"{metric_label(metric_id)}: {word.replace('%1', pct)}{mark}")
    return lines


def shading(report: DeliveryReport) -> list[tuple[float, float, str]]:
    """Waveform spans for a report: pauses, long pauses, filled pauses, and windows paced outside the band."""
    spans: list[tuple[float, float, str]] = [
        (pause.start, pause.end, "long_pause" if pause.long else "pause") for pause in report.pauses
    ]
    spans.extend((filled.start, filled.end, "filled_pause") for filled in report.filled_pauses)
    for window in report.pace_windows:
        code = delivery.verdict_code("wpm", float(window.wpm), report.language)
        if code in ("too_fast", "too_slow"):
            spans.append((window.start, window.end, "fast" if code == "too_fast" else "slow"))
    return spans


class PitchView(pg.PlotWidget):
    """The pitch contour under the waveform, on the same time axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pitch contour"))
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setMaximumHeight(90)
        self.setBackground(self.palette().base().color())
        self.getPlotItem().setLabel("left", self.tr("Hz"))
        self.getPlotItem().hideAxis("bottom")
        self.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self._dots = pg.ScatterPlotItem(size=2, pen=None, brush=pg.mkBrush("#8e44ad"))
        self.addItem(self._dots)

    def set_contour(self, times: list[float], hz: list[float]) -> None:
        self._dots.setData(times, hz)
        if hz:
            low, high = min(hz), max(hz)
            self.setYRange(max(50.0, low * 0.9), high * 1.1, padding=0)

    def clear_contour(self) -> None:
        self._dots.setData([], [])


class TrendView(pg.PlotWidget):
    """Pace of every analysed take of the prompt, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pace across takes"))
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setFixedHeight(110)
        self.setBackground(self.palette().base().color())
        self.getPlotItem().setLabel("left", self.tr("wpm"))
        self.getPlotItem().setLabel("bottom", self.tr("take"))
        self.getViewBox().setMouseEnabled(x=False, y=False)
        self._line = pg.PlotDataItem(pen=pg.mkPen("#2c7be5", width=2), symbol="o", symbolSize=6)
        self.addItem(self._line)
        self._band = pg.LinearRegionItem(orientation="horizontal", movable=False, brush=pg.mkBrush(46, 157, 87, 40))
        self.addItem(self._band)

    def set_series(self, values: list[float], band: tuple[float | None, float | None] | None) -> None:
        self._line.setData(list(range(1, len(values) + 1)), values)
        self.getPlotItem().getAxis("bottom").setTicks([[(i, str(i)) for i in range(1, len(values) + 1)]])
        if band and band[0] is not None and band[1] is not None:
            self._band.setRegion(band)
            self._band.show()
        else:
            self._band.hide()
