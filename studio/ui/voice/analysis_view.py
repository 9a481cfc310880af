"""What the delivery review shows: translated metric names and verdicts, cards, the pitch contour and trends.

The numbers and judgments come from ``studio.analysis`` and ``studio.core.delivery``; this module only words and
draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from studio.core import delivery
from studio.ui.voice.review_words import tip_text, verdict_text

if TYPE_CHECKING:
    from studio.analysis.report import DeliveryReport, FilledMark

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


def minutes(seconds: float) -> str:
    """m:ss, as the timer shows lengths."""
    whole = int(seconds)  # truncated, as the timer shows a take's length
    return f"{whole // 60}:{whole % 60:02d}"


def headline(metric_id: str, code: str, level: str, value: float | None, count: float | None = None) -> str:
    """The verdict line of a card: what the number means, in a few plain words, with the number in everyday units.

    ``count`` is the plain count behind a per-minute value where the count reads better (long pauses), or the
    target length for the length card.
    """
    v = value if value is not None else 0.0
    if code == "no_speech":
        return QCoreApplication.translate("delivery", "No speech found")
    if metric_id == "duration_s":
        texts = {
            ("ok", "ok"): QCoreApplication.translate("delivery", "Right length — %1 (target %2)"),
            ("too_long", "warn"): QCoreApplication.translate("delivery", "A little long — %1 (target %2)"),
            ("too_long", "over"): QCoreApplication.translate("delivery", "Too long — %1 (target %2)"),
            ("too_short", "warn"): QCoreApplication.translate("delivery", "A little short — %1 (target %2)"),
            ("too_short", "over"): QCoreApplication.translate("delivery", "Too short — %1 (target %2)"),
        }
        return (
            texts.get((code, level), texts[("ok", "ok")]).replace("%1", minutes(v)).replace("%2", minutes(count or 0.0))
        )
    if metric_id == "wpm":
        n = f"{v:.0f}"
        texts = {
            ("ok", "ok"): QCoreApplication.translate("delivery", "Comfortable pace — %1 words a minute"),
            ("too_fast", "warn"): QCoreApplication.translate("delivery", "A little fast — %1 words a minute"),
            ("too_fast", "over"): QCoreApplication.translate("delivery", "Too fast — %1 words a minute"),
            ("too_slow", "warn"): QCoreApplication.translate("delivery", "A little slow — %1 words a minute"),
            ("too_slow", "over"): QCoreApplication.translate("delivery", "Too slow — %1 words a minute"),
        }
        return texts.get((code, level), texts[("ok", "ok")]).replace("%1", n)
    if metric_id == "pause_share":
        n = f"{v * 100:.0f} %"
        texts = {
            ("ok", "ok"): QCoreApplication.translate("delivery", "Pauses in balance — %1 of the time"),
            ("few_pauses", "warn"): QCoreApplication.translate("delivery", "Few pauses — %1 of the time"),
            ("few_pauses", "over"): QCoreApplication.translate("delivery", "Hardly any pauses — %1 of the time"),
            ("many_pauses", "warn"): QCoreApplication.translate("delivery", "Many pauses — %1 of the time"),
            ("many_pauses", "over"): QCoreApplication.translate("delivery", "Long silences — %1 of the time"),
        }
        return texts.get((code, level), texts[("ok", "ok")]).replace("%1", n)
    if metric_id == "long_pauses_per_min":
        # the count, not the rate: "2.9 a minute" for one pause in a 20-s take reads as nonsense
        if count is None:
            count = v
        if count <= 0:
            return QCoreApplication.translate("delivery", "No long silences")
        return QCoreApplication.translate("delivery", "Long silences: %1").replace("%1", f"{count:.0f}")
    if metric_id == "f0_sd_st":
        if code == "ok":
            return QCoreApplication.translate("delivery", "Lively intonation")
        if level == "over":
            return QCoreApplication.translate("delivery", "Monotone voice")
        return QCoreApplication.translate("delivery", "Rather flat voice")
    if metric_id == "filled_pauses_per_min":
        n = f"{v:.1f}"
        if v <= 0 and code == "ok":
            return QCoreApplication.translate("delivery", "No fillers found")
        if v <= 0 and code == "fillers_estimate":
            return QCoreApplication.translate("delivery", "No fillers found — an estimate")
        texts_by_code = {
            "ok": QCoreApplication.translate("delivery", "Few fillers — %1 a minute"),
            "too_many_fillers": QCoreApplication.translate("delivery", "Many fillers (uh, um) — %1 a minute"),
            "fillers_estimate": QCoreApplication.translate("delivery", "About %1 fillers a minute — an estimate"),
            "fillers_estimate_high": QCoreApplication.translate(
                "delivery", "Possibly many fillers — %1 a minute, an estimate"
            ),
            "fillers_unsure": QCoreApplication.translate("delivery", "Fillers: not sure yet"),
        }
        return texts_by_code.get(code, texts_by_code["ok"]).replace("%1", n)
    if metric_id == "rush_index":
        if code == "ok":
            return QCoreApplication.translate("delivery", "Steady to the end")
        return QCoreApplication.translate("delivery", "You speed up at the end")
    if metric_id == "loudness_lufs":
        if code == "ok":
            return QCoreApplication.translate("delivery", "Recording level is fine")
        return QCoreApplication.translate("delivery", "Very quiet recording")
    if metric_id == "snr_db":
        if code == "ok":
            return QCoreApplication.translate("delivery", "Little background noise")
        return QCoreApplication.translate("delivery", "Noisy background")
    return verdict_text(code)


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


# Per-minute metrics whose card headline names the plain count instead.
_COUNTS = {"long_pauses_per_min": "long_pause_count"}


@dataclass(frozen=True)
class Card:
    """One review card.

    Attributes:
        metric: Metric id ("syllables" for the no-speech card).
        title: Translated metric name.
        headline: The verdict in plain words, with the number.
        state: "ok", "warn", "over" (style sheet states) or "" for an estimate that is neither.
        tip: One concrete tip.
        details: The measured value with its unit and the comfortable band (for the Details expander).
    """

    metric: str
    title: str
    headline: str
    state: str
    tip: str
    details: str


def cards(
    report: DeliveryReport,
    *,
    fillers_calibrated: bool = False,
    filler_note: str = "",
    length: delivery.Advice | None = None,
    target_s: float = 0.0,
) -> list[Card]:
    """The cards of a report, in :data:`CARD_METRICS` order (a no-speech card first when nothing was said).

    Args:
        report: The take's report.
        fillers_calibrated: The user confirmed a filled-pause mark for this voice and language (the filler count is
            then not only an estimate).
        filler_note: Extra line for the filled-pause details (how the threshold was set).
        length: The take's length judged against its prompt's target (``delivery.length_advice``), shown first.
        target_s: That target (s).
    """
    metrics = report.metrics
    language = report.language
    advice = {a.verdict.metric: a for a in delivery.advise(metrics, language, fillers_calibrated=fillers_calibrated)}
    out: list[Card] = []
    if "syllables" in advice and advice["syllables"].verdict.code == "no_speech":
        out.append(
            Card(
                "syllables",
                QCoreApplication.translate("delivery", "Speech"),
                headline("syllables", "no_speech", "over", None),
                "over",
                tip_text("check_microphone", language),
                verdict_text("no_speech"),
            )
        )
    if length is not None:
        low, high = length.verdict.low or 0.0, length.verdict.high or 0.0
        out.append(
            Card(
                "duration_s",
                metric_label("duration_s"),
                headline("duration_s", length.verdict.code, length.level, length.verdict.value, target_s),
                length.level,
                tip_text(length.tip, language),
                QCoreApplication.translate("delivery", "comfortable: %1 – %2")
                .replace("%1", minutes(low))
                .replace("%2", minutes(high)),
            )
        )
    for metric_id in CARD_METRICS:
        value = metrics.get(metric_id)
        if value is None:
            continue
        found = advice.get(metric_id)
        if found is None:
            continue
        verdict = found.verdict
        details = format_value(metric_id, value)
        band = band_text(metric_id, verdict.low, verdict.high)
        if band:
            details = f"{details} · {band}"
        extra = _details_extra(report, metric_id)
        if metric_id == "filled_pauses_per_min" and filler_note:
            extra = f"{extra} {filler_note}".strip()
        if extra:
            details = f"{details}<br>{extra}"
        out.append(
            Card(
                metric_id,
                metric_label(metric_id),
                headline(metric_id, verdict.code, found.level, value, metrics.get(_COUNTS.get(metric_id, ""))),
                "" if found.level == "info" else found.level,
                tip_text(found.tip, language),
                details,
            )
        )
    return out


def _details_extra(report: DeliveryReport, metric_id: str) -> str:
    """A second details line where one more number helps: syllable rate, pause counts, filler counts."""
    metrics = report.metrics
    if metric_id == "wpm" and metrics.get("syllable_rate") is not None:
        return QCoreApplication.translate("delivery", "Measured as %1 (words are estimated from syllables).").replace(
            "%1", format_value("syllable_rate", metrics["syllable_rate"])
        )
    if metric_id == "pause_share" and metrics.get("pause_count") is not None:
        return (
            QCoreApplication.translate("delivery", "%1 pauses of 0.25 s or more; the longest %2.")
            .replace("%1", f"{metrics['pause_count']:.0f}")
            .replace("%2", format_value("longest_pause_s", metrics.get("longest_pause_s")))
        )
    if metric_id == "filled_pauses_per_min":
        marked = metrics.get("filled_pause_count") or 0.0
        unsure = metrics.get("unsure_filled_pause_count") or 0.0
        return (
            QCoreApplication.translate("delivery", "%1 marked, %2 unsure.")
            .replace("%1", f"{marked:.0f}")
            .replace("%2", f"{unsure:.0f}")
        )
    return ""


# Units measured on a decibel scale: their difference is said in dB (a ratio of decibels means nothing).
DB_UNITS = ("dB", "dBFS", "LUFS", "LU")
# The smallest loudness difference a listener notices between two spoken takes (house choice, about 2 dB).
DB_MIN_CHANGE = 2.0
# Shares shown in % change in percentage points.
SHARE_METRICS = ("pause_share", "clipping_share")
MINUS = "\u2212"


def _signed(value: float, decimals: int) -> str:
    """``+1.5`` / ``−1.5`` / ``0`` (no sign when it rounds to zero; a real minus sign)."""
    text = f"{abs(value):.{decimals}f}"
    if float(text) == 0.0:
        return f"{0:.{decimals}f}"
    return ("+" if value > 0 else MINUS) + text


def change_text(metric_id: str, va: float, vb: float) -> tuple[str, bool]:
    """How B differs from A, in the metric's own terms, and whether the difference is big enough to matter.

    Decibel metrics (loudness, speech-to-noise) differ in dB and matter from :data:`DB_MIN_CHANGE`; shares differ in
    percentage points; everything else in per cent of A. Those matter from the trend's 10 %.
    """
    unit = delivery.metric_info(metric_id).unit if metric_id in delivery.METRIC_IDS else ""
    if unit in DB_UNITS:
        diff = vb - va
        text = QCoreApplication.translate("delivery", "%1 dB").replace("%1", _signed(diff, 1))
        return text, round(abs(diff), 9) >= DB_MIN_CHANGE
    meaningful = delivery.trend([va, vb]).direction != "same"
    if metric_id in SHARE_METRICS:
        points = (vb - va) * 100
        return QCoreApplication.translate("delivery", "%1 pts").replace("%1", _signed(points, 0)), meaningful
    if not va:
        return "—", meaningful
    return f"{_signed((vb - va) / abs(va) * 100, 0)} %", meaningful


def compare_rows(a: DeliveryReport, b: DeliveryReport) -> list[tuple[str, str, str, str, bool | None]]:
    """Rows for the compare table: (metric, A, B, change, B better?).

    "B better?" is None unless the change is big enough to matter (:func:`change_text`) and the metric has a good
    direction: more, less, or nearer its comfortable band (pace towards the band is better, away from it worse).
    """
    ma, mb = a.metrics, b.metrics
    bands = delivery.bands(b.language)
    rows = []
    for metric_id in COMPARE_METRICS:
        va, vb = ma.get(metric_id), mb.get(metric_id)
        if va is None or vb is None:
            continue
        change, meaningful = change_text(metric_id, float(va), float(vb))
        better = b_is_better(metric_id, float(va), float(vb), bands.get(metric_id)) if meaningful else None
        rows.append((metric_label(metric_id), format_value(metric_id, va), format_value(metric_id, vb), change, better))
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
    """Waveform spans for a report: pauses, long pauses, and 10-s windows paced clearly outside the band.

    A window is shaded only when it lies outside the band by more than ``delivery.WINDOW_MARGIN`` (the
    window-to-window wobble of steady speech), so a take whose pace card says "comfortable" is not half shaded.
    Filled pauses are marks of their own (:func:`filler_marks`).
    """
    spans: list[tuple[float, float, str]] = [
        (pause.start, pause.end, "long_pause" if pause.long else "pause") for pause in report.pauses
    ]
    for window in report.pace_windows:
        code = delivery.window_code(float(window.wpm), report.language)
        if code in ("too_fast", "too_slow"):
            spans.append((window.start, window.end, "fast" if code == "too_fast" else "slow"))
    return spans


def filler_marks(report: DeliveryReport) -> list[tuple[FilledMark, bool]]:
    """The filled-pause candidates worth a look, in time order: (mark, sure) — sure ones are counted, the others
    are under the threshold by less than ``UNSURE_MARGIN`` (drawn fainter)."""
    from studio.analysis.report import UNSURE_MARGIN

    threshold = report.filler_threshold
    shown = [
        (c, c.confidence >= threshold) for c in report.filler_candidates if c.confidence >= threshold - UNSURE_MARGIN
    ]
    if not report.filler_candidates:  # a report without candidates: its marks are all there is
        shown = [(mark, True) for mark in report.filled_pauses]
    return sorted(shown, key=lambda pair: pair[0].start)


def legend(report: DeliveryReport) -> list[tuple[str, str]]:
    """(kind, text) for every kind of band or mark the waveform shows for this report, in a fixed order."""
    kinds = {kind for _s, _e, kind in shading(report)}
    marks = filler_marks(report)
    if any(sure for _m, sure in marks):
        kinds.add("filled_pause")
    if any(not sure for _m, sure in marks):
        kinds.add("unsure_filler")
    slow_below, fast_above = delivery.window_limits(report.language)
    texts = {
        "pause": QCoreApplication.translate("delivery", "Pause"),
        "long_pause": QCoreApplication.translate("delivery", "Long pause"),
        "fast": QCoreApplication.translate("delivery", "Faster than %1 words a minute").replace(
            "%1", f"{fast_above:.0f}"
        ),
        "slow": QCoreApplication.translate("delivery", "Slower than %1 words a minute").replace(
            "%1", f"{slow_below:.0f}"
        ),
        "filled_pause": QCoreApplication.translate("delivery", "Filler (uh, um): click to hear and check"),
        "unsure_filler": QCoreApplication.translate("delivery", "Maybe a filler"),
    }
    return [
        (kind, texts[kind])
        for kind in ("pause", "long_pause", "fast", "slow", "filled_pause", "unsure_filler")
        if kind in kinds
    ]
