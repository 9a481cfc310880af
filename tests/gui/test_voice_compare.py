"""A/B compare: differences in each metric's own terms, colour only for a change that matters, one time scale for
both takes, and a metric table that gets the room."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.analysis.report import ANALYSIS_VERSION, DeliveryReport
from studio.ui.shell import Shell
from studio.ui.voice.analysis_view import compare_rows
from studio.ui.voice.page import VoicePage


def _report(**metrics: float) -> DeliveryReport:
    """A current English report with just these metrics."""
    return DeliveryReport(
        analysis_version=ANALYSIS_VERSION, language="en", duration_s=60.0, rate=48000, channels=1, metrics=metrics
    )


def _row(rows: list[tuple[str, str, str, str, bool | None]], name: str) -> tuple[str, str, bool | None]:
    found = next(row for row in rows if row[0] == name)
    return found[0], found[3], found[4]


def test_decibel_metrics_differ_in_db_not_per_cent() -> None:
    """Loudness and voice over noise: the change is said in dB; a small one is not coloured."""
    rows = compare_rows(_report(loudness_lufs=-23.0, snr_db=20.0), _report(loudness_lufs=-22.0, snr_db=26.0))
    assert _row(rows, "Loudness")[1:] == ("+1.0 dB", None)
    assert _row(rows, "Voice over noise")[1:] == ("+6.0 dB", True)
    assert all("%" not in row[3] for row in rows)


def test_no_colour_for_a_change_that_does_not_matter() -> None:
    """+0 % and −1 % are not coloured; a real slowdown towards the band is good, away from it bad."""
    same = compare_rows(_report(wpm=140.0, f0_sd_st=3.0), _report(wpm=140.4, f0_sd_st=2.97))
    assert _row(same, "Pace")[1:] == ("0 %", None)
    assert _row(same, "Pitch variation")[1:] == ("\u22121 %", None)
    towards = compare_rows(_report(wpm=200.0), _report(wpm=160.0))
    assert _row(towards, "Pace")[1:] == ("\u221220 %", True)
    away = compare_rows(_report(wpm=150.0), _report(wpm=190.0))
    assert _row(away, "Pace")[2] is False
    inside = compare_rows(_report(wpm=110.0), _report(wpm=150.0))
    assert _row(inside, "Pace")[2] is None  # both comfortable: neither better


def test_time_in_pauses_differs_in_points() -> None:
    """A share (time in pauses) changes in percentage points, not per cent of itself."""
    rows = compare_rows(_report(pause_share=0.24), _report(pause_share=0.21))
    assert _row(rows, "Time in pauses")[1] == "\u22123 pts"


def _take(qtbot: QtBot, page: VoicePage, seconds: float) -> int:
    page.record()
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= seconds, timeout=10000)
    with qtbot.waitSignal(page.take_saved, timeout=5000) as saved:
        page.stop()
    return int(saved.args[0])


def test_dialog_one_time_scale_all_rows_and_late_reports(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """Both waveforms span the longer take; every metric row is visible in a laptop-sized dialog; a report stored
    after the dialog opened fills the table."""
    _shell, page = voice
    short, long = _take(qtbot, page, 0.5), _take(qtbot, page, 1.5)
    page.take_list.refresh()
    for i in range(2):
        page.takes.topLevelItem(i).setSelected(True)
    dialog = page.compare_selected()
    assert dialog is not None
    spans = [view.visible_range()[1] - view.visible_range()[0] for view in dialog.views]
    assert spans[0] == pytest.approx(spans[1], abs=0.01) and spans[0] >= 1.4
    metrics = {
        "wpm": 150.0,
        "pause_share": 0.2,
        "loudness_lufs": -23.0,
        "snr_db": 20.0,
        "f0_sd_st": 3.0,
        "filled_pauses_per_min": 2.0,
        "long_pauses_per_min": 1.0,
        "longest_pause_s": 1.5,
        "rush_index": 1.0,
        "articulation_rate": 4.5,
        "f0_range_st": 9.0,
        "duration_s": 60.0,
    }
    page.context.takes.save_review(short, _report(**metrics))
    page.context.takes.save_review(long, _report(**{**metrics, "wpm": 190.0}))
    page.context.takes.analysed.emit(long)
    assert dialog.table.rowCount() == len(metrics)
    dialog.resize(1280, 800)  # a maximised dialog on a laptop screen
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    table = dialog.table
    last = table.rowCount() - 1
    assert table.visualRect(table.model().index(last, 0)).bottom() <= table.viewport().height()
    dialog.close()


def test_two_selected_summary_follows_new_reports(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """Two takes selected before they are analysed: their side-by-side summary updates when the reports arrive,
    and lists only what changed enough to matter."""
    _shell, page = voice
    first, second = _take(qtbot, page, 0.5), _take(qtbot, page, 0.5)
    for i in range(2):
        page.takes.topLevelItem(i).setSelected(True)
    assert sorted(page.selected_take_ids()) == sorted([first, second])
    page.context.takes.save_review(first, _report(wpm=200.0, snr_db=20.0, loudness_lufs=-23.0))
    page.context.takes.save_review(second, _report(wpm=150.0, snr_db=20.5, loudness_lufs=-23.5))
    text = page.review.pair_label.text()
    assert "Pace" in text and "Loudness" not in text and "Voice over noise" not in text
