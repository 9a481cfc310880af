"""The Voice tab records through the real (virtual) PulseAudio device and lists the take with its duration."""

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
from studio.ui import dialogs
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from studio.ui.voice.page import VoicePage

pytestmark = pytest.mark.integration


def test_voice_tab_records_from_pulse_device(
    pulse_server: Any, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    """Pick the 'pulse' microphone by name, R while speech plays into the sink, Esc: take listed with its length."""
    monkeypatch.setattr(dialogs.ask, "handler", lambda *_a: -1)
    shell = Shell(qapp, resolve_paths().ensure(), "en", runner=SyncTaskRunner())
    qtbot.addWidget(shell.window)
    shell.window.show()
    assert shell.open_store()
    page = shell.window.page("voice")
    assert isinstance(page, VoicePage)
    try:
        devices = page.record_bar.device_combo
        index = devices.findData(pulse_server.device)
        assert index >= 0, [devices.itemData(i) for i in range(devices.count())]
        devices.setCurrentIndex(index)
        shell.window.activateWindow()
        page.waveform.setFocus()
        qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
        qtbot.keyClick(page, Qt.Key.Key_R)
        assert page.controller.recording_state == "recording"
        qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds > 0.3, timeout=5000)
        player = subprocess.Popen(["paplay", str(pulse_server.speech)], env=pulse_server.env)
        qtbot.waitUntil(lambda: player.poll() is not None, timeout=20000)
        assert player.returncode == 0
        target = page.controller.recorder.elapsed_seconds + 0.5
        qtbot.waitUntil(lambda: page.controller.recorder.elapsed_seconds > target, timeout=5000)
        with qtbot.waitSignal(page.take_saved, timeout=5000) as saved:
            qtbot.keyClick(page, Qt.Key.Key_Escape)
        take = page.repo.take(int(saved.args[0]))
        assert take is not None and take.device_name == "pulse"
        info = sf.info(str(page.repo.absolute(take)))
        speech = sf.info(str(pulse_server.speech)).duration
        assert take.duration == pytest.approx(info.duration, abs=0.01)
        assert take.duration > speech + 0.5
        assert page.takes.topLevelItemCount() == 1
        minutes, seconds = divmod(int(take.duration), 60)
        assert page.takes.topLevelItem(0).text(2) == f"{minutes}:{seconds:02d}"
        assert "overflow" not in take.marks
    finally:
        shell.window.close()
        assert shell.context.store is not None
        shell.context.store.close()
