"""One studio per data folder: a second launch brings the first window forward instead of opening the data twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.ui.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_second_claim_forwards_to_the_first(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> None:
    """The first claim wins; a second claim on the same folder fails and makes the first announce `activated`."""
    first = SingleInstance(data_dir)
    second = SingleInstance(data_dir)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
    finally:
        first.release()
        second.release()


def test_other_folders_are_independent(qapp: QApplication, tmp_path: Path, data_dir: Path) -> None:
    """Two data folders (two profiles) can each have their own running studio."""
    one, other = SingleInstance(data_dir), SingleInstance(tmp_path / "other")
    try:
        assert one.claim() and other.claim()
    finally:
        one.release()
        other.release()


def test_socket_left_by_a_crashed_copy_is_replaced(qapp: QApplication, data_dir: Path) -> None:
    """A stale socket file nobody answers on does not stop the next start."""
    crashed = QLocalServer()
    assert crashed.listen(server_name(data_dir))
    path = crashed.fullServerName()
    crashed.close()
    Path(path).touch()  # what a killed process leaves behind: the file, no listener
    claim = SingleInstance(data_dir)
    try:
        assert claim.claim()
    finally:
        claim.release()


def test_second_launch_exits_and_raises_the_first(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> None:
    """`interview-studio` started again on the same data folder exits 0 with one line and raises the first window."""
    first = SingleInstance(data_dir)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=60000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "studio", "--data-dir", str(data_dir)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "already open" in err and "Traceback" not in err
        assert not (data_dir / "studio.sqlite3").exists()
    finally:
        first.release()
