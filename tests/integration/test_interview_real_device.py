"""A mock-interview answer recorded through the real (virtual) PulseAudio device: stored, analysed, replayable."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.config import resolve_paths
from studio.core.interview_drill import ANSWER, REVIEW
from studio.store.settings import SettingsRepository
from studio.ui import dialogs
from studio.ui.interview.page import InterviewPage
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.integration.conftest import normalised_xcorr

pytestmark = pytest.mark.integration


def test_drill_answer_records_from_pulse_device(
    pulse_server: Any, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """The microphone chosen in the Voice tab ('pulse'): R answers while speech plays into the sink, Space
    ends; the answer's take holds the speech (cross-correlation), is analysed, and carries the question's name."""
    monkeypatch.setattr(dialogs.ask, "handler", lambda *_a: -1)
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store() and shell.context.store is not None
    SettingsRepository(shell.context.store).set("input_device", pulse_server.device)
    host = shell.window.hosts.get("interview")
    page = host.page if host is not None else None
    own = not isinstance(page, InterviewPage)
    if own:
        page = InterviewPage(shell.context, shell.window)
        qtbot.addWidget(page)
        page.show()
    assert isinstance(page, InterviewPage)
    try:
        page.setup.count.setValue(1)
        page.setup.request_start()
        run = page.run
        qtbot.keyClick(run, Qt.Key.Key_R)
        assert page.controller.drill is not None and page.controller.drill.phase == ANSWER
        recorder = page.controller.voice.recorder
        assert recorder is not None and recorder.device_name == "pulse"
        qtbot.waitUntil(lambda: recorder.elapsed_seconds > 0.3, timeout=5000)
        player = subprocess.Popen(["paplay", str(pulse_server.speech)], env=pulse_server.env)
        qtbot.waitUntil(lambda: player.poll() is not None, timeout=20000)
        assert player.returncode == 0
        target = recorder.elapsed_seconds + 0.5
        qtbot.waitUntil(lambda: recorder.elapsed_seconds > target, timeout=5000)
        qtbot.keyClick(run, Qt.Key.Key_Space)
        assert page.controller.drill.phase == REVIEW
        [answer] = page.controller.answers()
        assert answer.take_id is not None
        take = shell.context.takes.take(answer.take_id)
        assert take is not None and take.device_name == "pulse" and take.name == answer.question_text
        path = shell.context.takes.path(take)
        recorded, rate = sf.read(str(path), dtype="float64")
        reference, ref_rate = sf.read(str(pulse_server.speech), dtype="float64")
        assert rate == ref_rate
        score, _lag = normalised_xcorr(recorded, reference)
        assert score > 0.95
        report = shell.context.takes.review(answer.take_id)
        assert report is not None and (report.metrics.get("wpm") or 0) > 60
        assert run.review.figures.item(1, 0).text() not in ("", "—")  # the pace is shown after the answer
    finally:
        if own:
            page.shutdown()
            page.close()
        shell.window.close()
        shell.context.store.close()
