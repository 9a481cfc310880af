"""Filled pauses, honest: marks on the waveform the user can hear and confirm or reject; the answers are stored per
voice and language, tune that user's threshold (and so the count on the card), and Settings can reset them."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.analysis.report import FilledMark, apply_filler_threshold
from studio.audio.importer import import_audio
from studio.core.filler_feedback import DEFAULT_THRESHOLD, user_threshold
from studio.store.filler_verdicts import FillerVerdictRepository
from studio.ui.dialogs.settings_dialog import SettingsDialog
from studio.ui.shell import Shell
from studio.ui.voice.page import VoicePage

VOICE = "Fake microphone"
# A sure mark, one just over the default threshold (a lone short word, say) and one under it (unsure).
CANDIDATES = [FilledMark(1.0, 1.4, 0.8), FilledMark(2.0, 2.35, 0.55), FilledMark(3.0, 3.3, 0.4)]


def _inject_candidates(shell: Shell, take_id: int, threshold: float = DEFAULT_THRESHOLD) -> None:
    """Give the take's stored report the filled-pause candidates above, marked at ``threshold``."""
    report = shell.context.takes.review(take_id)
    assert report is not None
    report = apply_filler_threshold(dataclasses.replace(report, filler_candidates=CANDIDATES), threshold)
    shell.context.takes.repo.save_report(take_id, report.analysis_version, "en", report.to_json())


def _take_with_candidates(shell: Shell, tmp_path: Path, device: str = VOICE) -> int:
    """A recorded take (espeak-ng speech, stored as the Voice tab stores a recording, analysed with the user's
    threshold for its voice) whose stored report carries the filled-pause candidates above."""
    wav = tmp_path / f"take-{device}.wav"
    text = "I have worked with key clients for five years, and last year I raised renewals to ninety percent."
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), text], check=True)
    imported = import_audio(wav, shell.context.paths.data_dir)
    result = SimpleNamespace(
        path=imported.path,
        peaks_path=None,
        frames=imported.frames,
        samplerate=imported.samplerate,
        channels=imported.channels,
        device_name=device,
        overflow_times=(),
        duration=imported.frames / imported.samplerate,
        ended_by=SimpleNamespace(value="user"),
    )
    take = shell.context.takes.store_result(result, analyse=False)
    assert take is not None and take.id is not None
    shell.context.takes.analyse(take.id, "en")
    _inject_candidates(shell, take.id)
    return take.id


class _Click:
    """A left click on a waveform item, as pyqtgraph hands it to ``mouseClickEvent``."""

    def __init__(self) -> None:
        self.accepted = False

    def button(self) -> Qt.MouseButton:
        return Qt.MouseButton.LeftButton

    def accept(self) -> None:
        self.accepted = True


def _filler_card_text(page: VoicePage) -> str:
    card = page.review.card("filled_pauses_per_min")
    assert card is not None
    return card.verdict_label.text()


def test_confirm_and_reject_tune_the_users_threshold(
    voice: tuple[Shell, VoicePage], qtbot: QtBot, tmp_path: Path, answers: list[int]
) -> None:
    """The card says "estimate" until a mark is confirmed; a click on a mark plays it and asks; "Yes" and "No" are
    stored for this voice and language, move the user's threshold and so the count on the card at once; the next
    analysis uses that threshold; another microphone keeps the default; Settings' reset makes it an estimate again."""
    shell, page = voice
    assert shell.context.store is not None
    verdicts = FillerVerdictRepository(shell.context.store)
    take_id = _take_with_candidates(shell, tmp_path)
    assert page.open_take(take_id)
    review, player = page.review, page.player

    # before any answer: an estimate, two counted marks and one faint unsure mark, all explained in the legend
    assert "estimate" in _filler_card_text(page)
    assert [(mark.confidence, sure) for mark, sure in player.fillers] == [(0.8, True), (0.55, True), (0.4, False)]
    assert len(page.waveform.filler_items) == 3
    assert {"filled_pause", "unsure_filler"} <= set(player.legend_kinds())
    assert shell.context.takes.review(take_id).metrics["filled_pause_count"] == 2  # type: ignore[union-attr]

    # click the first mark on the waveform: its passage plays and the check asks about it
    click = _Click()
    page.waveform.filler_items[0].mouseClickEvent(click)
    assert click.accepted
    assert page.controller.play_state == "playing"
    check = review.filler_check
    assert check.isVisibleTo(page) and "Mark 1 of 3" in check.question.text()
    qtbot.mouseClick(check.yes_button, Qt.MouseButton.LeftButton)
    assert verdicts.pairs(VOICE, "en") == [(0.8, True)]
    assert "estimate" not in _filler_card_text(page)  # confirmed once: the count is the user's, not a guess
    assert "Your answer: a filler" in check.answer_label.text()

    # by keyboard: Next (focused after answering), then "No, a word" on the mark just over the default threshold
    qtbot.keyClick(check.next_button, Qt.Key.Key_Space)
    assert "Mark 2 of 3" in check.question.text()
    qtbot.keyClick(check.no_button, Qt.Key.Key_Space)
    assert verdicts.pairs(VOICE, "en") == [(0.8, True), (0.55, False)]
    learnt = user_threshold(verdicts.pairs(VOICE, "en"))
    assert learnt > 0.55
    stored = shell.context.takes.review(take_id)
    assert stored is not None and stored.filler_threshold == pytest.approx(learnt, abs=1e-3)
    assert stored.metrics["filled_pause_count"] == 1  # re-marked at once, without a new analysis
    assert [(mark.confidence, sure) for mark, sure in player.fillers][:2] == [(0.8, True), (0.55, False)]
    card = review.card("filled_pauses_per_min")
    assert card is not None and "2 answers" in card.details_label.text()

    # the next analysis of this voice uses the learnt threshold
    shell.context.takes.analyse(take_id, "en")
    reanalysed = shell.context.takes.review(take_id)
    assert reanalysed is not None and reanalysed.filler_threshold == pytest.approx(learnt, abs=1e-3)
    _inject_candidates(shell, take_id, reanalysed.filler_threshold)

    # a take from another microphone keeps the detector's default and stays an estimate
    other = _take_with_candidates(shell, tmp_path, device="Headset")
    assert page.open_take(other)
    assert "estimate" in _filler_card_text(page)
    assert shell.context.takes.review(other).filler_threshold == DEFAULT_THRESHOLD  # type: ignore[union-attr]
    assert page.open_take(take_id)
    assert "estimate" not in _filler_card_text(page)
    assert "1 marked" in review.card("filled_pauses_per_min").details_label.text()  # type: ignore[union-attr]

    # Settings: reset forgets the answers; back in the window the same take is an estimate at the default again
    answers.append(0)
    SettingsDialog(shell, shell.window).reset_fillers_button.click()
    assert verdicts.count() == 0
    QApplication.sendEvent(review, QEvent(QEvent.Type.WindowActivate))
    assert "estimate" in _filler_card_text(page)
    stored = shell.context.takes.review(take_id)
    assert stored is not None and stored.filler_threshold == DEFAULT_THRESHOLD
    assert stored.metrics["filled_pause_count"] == 2


def test_check_the_marks_from_the_card_by_keyboard(
    voice: tuple[Shell, VoicePage], qtbot: QtBot, tmp_path: Path
) -> None:
    """Without the mouse: the card's "Check the marks" opens the first unanswered mark and plays it; Previous and
    Next walk the marks; answering the same mark twice keeps only the latest answer."""
    shell, page = voice
    assert shell.context.store is not None
    take_id = _take_with_candidates(shell, tmp_path)
    assert page.open_take(take_id)
    card = page.review.card("filled_pauses_per_min")
    assert card is not None
    button = card.check_button
    assert button is not None
    assert "(3)" in button.text()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    check = page.review.filler_check
    assert "Mark 1 of 3" in check.question.text() and page.controller.play_state == "playing"
    assert not check.previous_button.isEnabled()
    qtbot.keyClick(check.yes_button, Qt.Key.Key_Space)
    qtbot.keyClick(check.yes_button, Qt.Key.Key_Space)
    qtbot.keyClick(check.no_button, Qt.Key.Key_Space)
    assert FillerVerdictRepository(shell.context.store).pairs(VOICE, "en") == [(0.8, False)]
    for _ in range(2):
        qtbot.keyClick(check.next_button, Qt.Key.Key_Space)
    assert "Mark 3 of 3" in check.question.text() and "maybe a filler" in check.question.text()
    assert not check.next_button.isEnabled()
    qtbot.keyClick(check.close_button, Qt.Key.Key_Space)
    assert not check.isVisibleTo(page)
