"""Plain-language review: each card leads with a verdict and one tip, the numbers and units sit behind Details,
'Time in pauses' is judged, fast/slow windows are shaded only when really off and every band has a legend."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.analysis.report import Window
from studio.core.delivery import WPM_BANDS
from studio.ui.shell import Shell
from studio.ui.voice.page import VoicePage
from studio.ui.voice.review_cards import ReviewCard


def _take(page: VoicePage, tmp_path: Path, **metrics: float) -> int:
    """An imported, analysed take whose stored report then gets the given metric values."""
    wav = tmp_path / "take.wav"
    text = "I have worked with key clients for five years. Last year I raised renewals to ninety percent."
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(wav), text], check=True)
    page.import_path(wav)
    take_id = page.selected_take_ids()[0]
    if metrics:
        report = page.context.takes.review(take_id)
        assert report is not None
        report = dataclasses.replace(report, metrics={**report.metrics, **metrics})
        page.context.takes.repo.save_report(take_id, report.analysis_version, "en", report.to_json())
        take = page.context.takes.take(take_id)
        assert take is not None
        page.review.show_take(take)
    return take_id


def _cards(page: VoicePage) -> dict[str, ReviewCard]:
    found = {}
    for index in range(page.review.cards.count()):
        widget = page.review.cards.itemAt(index).widget()
        if isinstance(widget, ReviewCard):
            found[widget.metric_id] = widget
    return found


def test_card_leads_with_verdict_and_tip_numbers_behind_details(
    voice: tuple[Shell, VoicePage], tmp_path: Path, qtbot: QtBot
) -> None:
    """A fast take: "A little fast — 182 words a minute", a warn state, one tip naming the band and the guide's
    "pause after each key point"; the unit (wpm, LUFS) and the band appear only in Details, opened by keyboard."""
    _shell, page = voice
    _take(page, tmp_path, wpm=182.0, loudness_lufs=-23.0, snr_db=30.0)
    cards = _cards(page)
    pace = cards["wpm"]
    assert pace.verdict_label.property("role") == "verdict"
    assert pace.verdict_label.text() == "A little fast — 182 words a minute"
    assert pace.verdict_label.property("state") == "warn"
    low, high = WPM_BANDS["en"]
    assert pace.tip_label.text() == f"Aim for {low:.0f}–{high:.0f} words a minute. Pause after each key point."
    assert "wpm" not in pace.verdict_label.text() + pace.tip_label.text()
    assert not pace.details_label.isVisibleTo(page)
    qtbot.keyClick(pace.details_button, Qt.Key.Key_Space)  # Space opens Details, it does not start playback
    assert pace.details_label.isVisibleTo(page)
    assert "182 wpm" in pace.details_label.text() and "comfortable: 100 wpm – 165 wpm" in pace.details_label.text()
    assert page.controller.play_state != "playing"
    loudness = cards["loudness_lufs"]
    assert "LUFS" not in loudness.verdict_label.text() + loudness.tip_label.text()
    assert "-23 LUFS" in loudness.details_label.text()
    assert loudness.verdict_label.property("state") == "ok"


def test_time_in_pauses_has_a_band_and_a_verdict(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """'Time in pauses' says whether it is too little, about right or too much, with its band in Details."""
    _shell, page = voice
    _take(page, tmp_path, pause_share=0.03)
    card = _cards(page)["pause_share"]
    assert card.verdict_label.text() == "Hardly any pauses — 3 % of the time"
    assert card.verdict_label.property("state") == "over"
    assert "pause lets it land" in card.tip_label.text()
    assert "comfortable: 10 % – 40 %" in card.details_label.text()


def test_comfortable_take_is_not_shaded_fast_and_every_band_has_a_legend(
    voice: tuple[Shell, VoicePage], tmp_path: Path
) -> None:
    """Windows a little over the band (wobble) are not shaded; one clearly over or under is, and the legend names
    every kind of band drawn — pauses, fast, slow — with its threshold."""
    shell, page = voice
    take_id = _take(page, tmp_path)
    report = shell.context.takes.review(take_id)
    assert report is not None
    high = WPM_BANDS["en"][1]
    windows = [Window(0, 10, 0, high * 1.05), Window(10, 20, 0, high * 1.3), Window(20, 30, 0, 60.0)]
    report = dataclasses.replace(report, pace_windows=windows, metrics={**report.metrics, "wpm": 150.0})
    shell.context.takes.repo.save_report(take_id, report.analysis_version, "en", report.to_json())
    take = shell.context.takes.take(take_id)
    assert take is not None
    page.review.show_take(take)
    assert _cards(page)["wpm"].verdict_label.text().startswith("Comfortable pace")
    shaded = [(region.getRegion(), region.toolTip()) for region in page.waveform._shade_items]
    assert ((10.0, 20.0), "fast") in shaded and ((20.0, 30.0), "slow") in shaded
    assert all(kind != "fast" or span == (10.0, 20.0) for span, kind in shaded)
    kinds = page.player.legend_kinds()
    assert "fast" in kinds and "slow" in kinds
    if report.pauses:
        assert "pause" in kinds or "long_pause" in kinds
    assert (
        "fast",
        f"Faster than {high * 1.1:.0f} words a minute",
    ) in page.player.legend_items
    assert f"Faster&nbsp;than&nbsp;{high * 1.1:.0f}" in page.player.legend_label.text()


def test_no_report_no_legend(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """Without a review (nothing selected) the waveform shows no bands and no legend."""
    _shell, page = voice
    _take(page, tmp_path)
    assert page.player.legend_label.isVisibleTo(page)
    page.take_list.tree.clearSelection()
    assert not page.player.legend_label.isVisibleTo(page)
    assert page.waveform._shade_items == [] and page.waveform.filler_items == []


def test_length_card_follows_the_self_introduction_guide(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """A take of the self-introduction is judged against the prompt's target length, first, with the guide's tip."""
    _shell, page = voice
    assert page.prompt_bar.current().kind == "self_intro"  # type: ignore[union-attr]
    _take(page, tmp_path)
    first = page.review.cards.itemAt(0).widget()
    assert isinstance(first, ReviewCard) and first.metric_id == "duration_s"
    target = page.prompt_bar.target_seconds()
    assert first.verdict_label.text().startswith("Too short — 0:0")
    assert f"(target {target // 60}:{target % 60:02d})" in first.verdict_label.text()
    assert first.verdict_label.property("state") == "over"
    assert first.tip_label.text() == "Add one result with a number and say why this role interests you."
