"""Voice tab: record, replay, takes, delete/undo, export, import, compare, device loss, recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from studio.ui.voice.page import VoicePage
from studio.ui.voice.record_bar import timing_colour
from tests.gui.support import Recorder, close_shell
from tests.gui.voice_fakes import install_fakes

ROOT = Path(__file__).resolve().parents[2]


def _open(qapp: QApplication, qtbot: QtBot, **fake_kwargs: object) -> Shell:
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    install_fakes(shell.context, **fake_kwargs)  # type: ignore[arg-type]
    shell.recorder = Recorder()  # type: ignore[attr-defined]
    shell.context.messages.posted.connect(shell.recorder)  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    shell.window.show_tab("voice")
    return shell


@pytest.fixture
def voice(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> Iterator[tuple[Shell, VoicePage]]:
    shell = _open(qapp, qtbot)
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    yield shell, page
    close_shell(shell)


def _focus(qtbot: QtBot, page: VoicePage) -> None:
    """Put the keyboard focus inside the tab (on the waveform), where its single-key shortcuts live."""
    page.window().activateWindow()
    page.waveform.setFocus()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))


def _record(qtbot: QtBot, page: VoicePage, seconds: float) -> int:
    """Record by keyboard: R, wait for ``seconds`` of audio, Esc; returns the new take id."""
    _focus(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert page.controller.recording_state == "recording"
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= seconds, timeout=10000)
    with qtbot.waitSignal(page.take_saved, timeout=5000) as saved:
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    return int(saved.args[0])


def test_whole_loop_by_keyboard(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """R records, Esc stops and stores the take, Space plays it and the playhead moves, Space pauses."""
    _shell, page = voice
    take_id = _record(qtbot, page, 1.0)
    assert page.takes.topLevelItemCount() == 1
    take = page.repo.take(take_id)
    assert take is not None and take.duration >= 1.0
    assert (page.context.paths.data_dir / take.path).exists()
    assert page.waveform.duration == pytest.approx(take.duration, abs=0.05)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.controller.play_state == "playing")
    qtbot.waitUntil(lambda: page.waveform.playhead() > 0.2, timeout=5000)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.play_state == "paused"


def test_pause_resume_within_one_take(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """P pauses and resumes the same take: one take, elapsed excludes the pause."""
    _shell, page = voice
    _focus(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= 0.3, timeout=5000)
    qtbot.keyClick(page, Qt.Key.Key_P)
    assert page.controller.recording_state == "paused"
    assert page.record_bar.pause_button.text() == "Resume"
    qtbot.keyClick(page, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds >= 0.6, timeout=5000)
    with qtbot.waitSignal(page.take_saved):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.takes.topLevelItemCount() == 1


def test_takes_persist_across_restart(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """A take recorded in one window is listed in the next one, with its length."""
    first = _open(qapp, qtbot)
    page = first.window.page("voice")
    assert isinstance(page, VoicePage)
    _record(qtbot, page, 0.5)
    close_shell(first)
    second = _open(qapp, qtbot)
    page2 = second.window.page("voice")
    assert isinstance(page2, VoicePage)
    assert page2.takes.topLevelItemCount() == 1
    assert page2.takes.topLevelItem(0).text(2) == "0:00"
    close_shell(second)


def test_delete_and_undo_moves_files_to_trash_and_back(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """Delete moves the audio to trash/; Ctrl+Z restores both the file and the row."""
    shell, page = voice
    take_id = _record(qtbot, page, 0.5)
    take = page.repo.take(take_id)
    assert take is not None
    audio = page.context.paths.data_dir / take.path
    page.takes.topLevelItem(0).setSelected(True)
    page.take_list.delete_button.click()
    assert page.takes.topLevelItemCount() == 0
    assert not audio.exists() and (page.context.paths.data_dir / "trash" / take.path).exists()
    shell.window.undo_stack.undo()
    assert page.takes.topLevelItemCount() == 1 and audio.exists()


def test_export_wav_and_flac_readable(voice: tuple[Shell, VoicePage], qtbot: QtBot, tmp_path: Path) -> None:
    """Export writes a WAV and a FLAC that read back with the take's length."""
    _shell, page = voice
    take_id = _record(qtbot, page, 0.5)
    take = page.repo.take(take_id)
    assert take is not None
    for name in ("out.wav", "out.flac"):
        page.export_take(take_id, tmp_path / name)
        info = sf.info(str(tmp_path / name))
        assert info.frames == take.frames
        assert info.format == ("FLAC" if name.endswith("flac") else "WAV")


def test_import_and_bad_import(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """An odd-rate stereo FLAC imports as a take; a non-audio file gives a clear error and adds nothing."""
    shell, page = voice
    good = tmp_path / "answer.flac"
    sf.write(str(good), np.zeros((22050, 2), dtype=np.float32) + 0.1, 22050)
    page.import_path(good)
    assert page.takes.topLevelItemCount() == 1
    bad = tmp_path / "notes.wav"
    bad.write_bytes(b"this is not audio at all" * 50)
    page.import_path(bad)
    assert page.takes.topLevelItemCount() == 1
    errors = shell.recorder.texts("error")  # type: ignore[attr-defined]
    assert errors and "notes.wav" in errors[-1]


def test_compare_two_takes(voice: tuple[Shell, VoicePage], qtbot: QtBot) -> None:
    """Compare shows both takes' waveforms; switching keeps the relative position."""
    _shell, page = voice
    _record(qtbot, page, 0.5)
    _record(qtbot, page, 1.0)
    for i in range(2):
        page.takes.topLevelItem(i).setSelected(True)
    assert page.take_list.compare_button.isEnabled()
    dialog = page.compare_selected()
    assert dialog is not None
    durations = [view.duration for view in dialog.views]
    assert durations[0] == pytest.approx(0.5, abs=0.1) and durations[1] == pytest.approx(1.0, abs=0.1)
    assert all(view.points_drawn > 0 for view in dialog.views)
    dialog.play(0, 0.25)
    dialog.switch()
    assert dialog.active == 1
    assert page.controller.player.position_seconds == pytest.approx(0.5, abs=0.1)
    dialog.close()


def test_device_lost_message_and_take_kept(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """A microphone that stops delivering: an error message appears and the take is saved up to then."""
    shell = _open(qapp, qtbot, stop_at=0.8)
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    _focus(qtbot, page)
    with qtbot.waitSignal(page.take_saved, timeout=8000) as saved:
        qtbot.keyClick(page, Qt.Key.Key_R)
    take = page.repo.take(int(saved.args[0]))
    assert take is not None and take.duration == pytest.approx(0.8, abs=0.05)
    assert "device_lost" in take.marks
    assert any("stopped sending sound" in t for t in shell.recorder.texts("error"))  # type: ignore[attr-defined]
    close_shell(shell)


def test_overflow_marked_live(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """An input overflow is announced while recording and stored as a mark."""
    shell = _open(qapp, qtbot, overflow_at=(0.3,))
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    _focus(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "Dropout" in page.record_bar.live_label.text(), timeout=3000)
    assert page.controller.recording_state == "recording"
    with qtbot.waitSignal(page.take_saved):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    take = page.repo.take(page.selected_take_ids()[0])
    assert take is not None and "overflow" in take.marks
    close_shell(shell)


def test_no_device_reported_and_record_disabled(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """Without a microphone the tab says so and Record is disabled; the rest of the tab works."""
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    shell.context.audio.input_devices = list  # an empty device list
    qtbot.addWidget(shell.window)
    assert shell.open_store()
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    assert not page.record_bar.device_combo.currentData()
    assert not page.record_bar.record_button.isEnabled()
    assert "No microphone" in page.record_bar.live_label.text()
    assert page.take_list.import_button.isEnabled()
    close_shell(shell)


def test_timing_colours() -> None:
    """Green, then yellow from two thirds of the target, red past it."""
    assert timing_colour(10, 90) == "#2e9d57"
    assert timing_colour(70, 90) == "#c49000"
    assert timing_colour(95, 90) == "#d64541"


def test_interrupted_take_recovered_at_launch(qapp: QApplication, qtbot: QtBot, answers: list[int]) -> None:
    """A recorder killed mid-take: the next launch asks, and Recover adds a playable take."""
    data_dir = resolve_paths().ensure().data_dir
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.killtarget", str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("started ")
    wav = Path(line.split(" ", 1)[1].strip())
    qtbot.waitUntil(lambda: wav.exists() and wav.stat().st_size > 48000 * 2, timeout=10000)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    answers.append(0)  # Recover
    shell = _open(qapp, qtbot)
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    qtbot.waitUntil(lambda: page.takes.topLevelItemCount() == 1, timeout=5000)
    assert "interrupted" in answers.asked[0]  # type: ignore[attr-defined]
    take = page.repo.take(page.selected_take_ids()[0])
    assert take is not None and take.source == "recovered" and take.duration > 0.4
    close_shell(shell)


def _espeak(tmp_path: Path, name: str, wpm: int) -> Path:
    """English speech with a long pause in the middle, at a known rate."""
    out = tmp_path / name
    text = (
        "I have worked with key clients for five years. <break time='2500ms'/> "
        "Last year I raised renewals from seventy eight to ninety percent, and I want to grow with your team."
    )
    subprocess.run(["espeak-ng", "-m", "-v", "en-us", "-s", str(wpm), "-w", str(out), text], check=True)
    return out


def test_review_panel_cards_marks_trend_and_compare(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """Imported speech is analysed: pace card, the long pause shaded, a trend after two takes, compare deltas."""
    _shell, page = voice
    page.import_path(_espeak(tmp_path, "slow.wav", 130))
    first = page.selected_take_ids()[0]
    report = page.repo.report(first)
    assert report is not None and '"wpm"' in report.report
    titles = [page.review.cards.itemAt(i).widget().accessibleName() for i in range(page.review.cards.count())]
    assert "Pace" in titles and "Time in pauses" in titles
    shaded = [item.toolTip() for item in page.waveform._shade_items]
    assert "long_pause" in shaded
    assert page.pitch_view.isVisibleTo(page)
    page.import_path(_espeak(tmp_path, "fast.wav", 210))
    assert page.trend_view.isVisibleTo(page)
    assert "Pace: up" in page.review.trend_label.text()
    for i in range(2):
        page.takes.topLevelItem(i).setSelected(True)
    dialog = page.compare_selected()
    assert dialog is not None and dialog.table.rowCount() > 3
    pace_row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Pace")
    assert dialog.table.item(pace_row, 3).text().startswith("+")
    dialog.close()


def test_analysis_cancel(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """Cancel during the analysis stops it; the take stays unanalysed and can be analysed again."""
    _shell, page = voice
    calls: list[float] = []

    def cancel_on_progress(value: float) -> None:
        calls.append(value)
        page.cancel_analysis()

    page.review.set_progress = cancel_on_progress  # type: ignore[method-assign]
    page.import_path(_espeak(tmp_path, "long.wav", 160))
    take_id = page.selected_take_ids()[0]
    assert calls and page.repo.report(take_id) is None
    assert "cancelled" in page.review.status.text()
    assert page.review.analyse_button.isEnabled()


def test_exercise_take_reviewed_per_phase(voice: tuple[Shell, VoicePage], tmp_path: Path) -> None:
    """A take with exercise phase marks gets pace and pauses per phase in the review."""
    from studio.core.marks import PHASE, Mark

    _shell, page = voice
    page.import_path(_espeak(tmp_path, "answer.wav", 160))
    take_id = page.selected_take_ids()[0]
    take = page.repo.take(take_id)
    assert take is not None
    page.context.takes.set_marks(take_id, [Mark(0.0, PHASE, "analysis"), Mark(take.duration / 2, PHASE, "options")])
    page.refresh_takes(select=take_id)
    page.review.show_take(page.repo.take(take_id))
    text = page.review.phase_label.text()
    assert "analysis" in text and "options" in text and "wpm" in text
