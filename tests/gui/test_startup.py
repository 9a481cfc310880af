"""Start-up: the window is painted before the heavy modules are imported, and the store opens after."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.app import HEAVY_MODULES
from studio.config import Paths, resolve_paths
from studio.core.interviews import InterviewDraft
from studio.store.db import Store
from studio.store.interviews import InterviewRepository
from studio.ui import dialogs
from studio.ui.shell import Shell
from studio.ui.tasks import SyncTaskRunner
from tests.gui.support import Recorder, close_shell
from tests.support.permissions import read_only

ROOT = Path(__file__).resolve().parents[2]


def test_first_paint_without_heavy_modules(tmp_path: Path, data_dir: Path) -> None:
    """At first paint none of numpy, pyqtgraph, SQLAlchemy/SQLModel, sounddevice, soundfile is loaded."""
    probe = tmp_path / "probe.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_FIRST_PAINT_PROBE=str(probe))
    result = subprocess.run(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(probe.read_text())["heavy_loaded"]
    assert loaded == [], f"loaded before first paint: {loaded}"
    assert set(HEAVY_MODULES) >= {"numpy", "pyqtgraph", "sqlalchemy", "sqlmodel", "sounddevice", "soundfile"}


DOCUMENTED_VIEWS = (
    "welcome",
    "welcome-plan",
    "voice",
    "voice-review",
    "compare",
    "interview-setup",
    "interview-answer",
    "interview-summary",
    "interview-stories",
    "exercises",
    "exercise-debrief",
    "exercise-run",
    "checklists",
    "library",
    "settings",
)


def test_screenshot_mode_writes_every_documented_view(tmp_path: Path, data_dir: Path) -> None:
    """--screenshot DIR renders the welcome view, every tab's main views and the compare and settings dialogs in a
    1280×800 window and exits 0, with demo data in a temporary folder: the given data folder (here holding a damaged
    database, which once hung on a modal dialog) is not touched."""
    garbage = b"\x00garbage\xff" * 512
    (data_dir / "studio.sqlite3").write_bytes(garbage)
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir), "--lang", "en", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == sorted(f"{view}.png" for view in DOCUMENTED_VIEWS)
    assert all(QImage(str(p)).width() >= 1280 for p in out.glob("*.png"))  # whether it fits is test_text_fits's
    assert all(p.stat().st_size > 5000 for p in out.glob("*.png"))
    assert sorted(p.name for p in data_dir.iterdir()) == ["studio.sqlite3"]
    assert (data_dir / "studio.sqlite3").read_bytes() == garbage


# ----- a database that cannot be used now: say what is wrong, move nothing ---------------------------------------
def _healthy_db(rollback_journal: bool = False) -> tuple[Paths, bytes]:
    paths = resolve_paths().ensure()
    store, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    InterviewRepository(store).add(InterviewDraft("Acme", "Manager"))
    store.close()
    if rollback_journal:
        conn = sqlite3.connect(paths.db_path)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    return paths, paths.db_path.read_bytes()


def _shell(qapp: QApplication, qtbot: QtBot, paths: Paths) -> Shell:
    shell = Shell(qapp, paths, "en", runner=SyncTaskRunner())
    shell.busy_timeout = 0.2
    recorder = Recorder()
    shell.context.messages.posted.connect(recorder)
    shell.recorder = recorder  # type: ignore[attr-defined]
    qtbot.addWidget(shell.window)
    shell.window.show()
    return shell


def test_locked_database_asks_to_retry_then_opens(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the data: the user is asked to close it and retry; after that the same data opens."""
    paths, _original = _healthy_db(rollback_journal=True)
    code = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1],isolation_level=None); c.execute('BEGIN EXCLUSIVE');"
    code += "print('locked',flush=True); sys.stdin.read()"
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(paths.db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    asked: list[str] = []

    def release_and_retry(_parent: object, title: str, text: str, _choices: object) -> int:
        asked.append(text)
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
        return 0

    monkeypatch.setattr(dialogs.ask, "handler", release_and_retry)
    shell = _shell(qapp, qtbot, paths)
    try:
        assert shell.open_store()
        assert len(asked) == 1 and "another program is using your data" in asked[0]
        assert [i.company for i in InterviewRepository(shell.context.store).list()] == ["Acme"]  # type: ignore[arg-type]
        assert not paths.quarantine_dir.exists()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        close_shell(shell)


def test_database_from_newer_version_says_so_in_dialog_and_status_bar(qapp: QApplication, qtbot: QtBot) -> None:
    """An unknown schema revision: "made by a newer version" in the error and the status bar; nothing changed."""
    paths, _ = _healthy_db()
    conn = sqlite3.connect(paths.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = paths.db_path.read_bytes()
    shell = _shell(qapp, qtbot, paths)
    try:
        assert not shell.open_store()
        errors = shell.recorder.texts("error")  # type: ignore[attr-defined]
        assert len(errors) == 1 and "newer version of Interview Studio" in errors[0]
        assert "newer version" in shell.window.statusBar().currentMessage()
        assert shell.context.store is None
        assert paths.db_path.read_bytes() == before
        assert not paths.quarantine_dir.exists()
    finally:
        close_shell(shell)


def test_read_only_database_says_what_is_wrong_and_what_to_do(qapp: QApplication, qtbot: QtBot) -> None:
    """A read-only file: the message names the file and says to fix the permission; the status bar agrees."""
    paths, original = _healthy_db()
    shell = _shell(qapp, qtbot, paths)
    try:
        with read_only(paths.db_path):
            assert not shell.open_store()
        errors = shell.recorder.texts("error")  # type: ignore[attr-defined]
        assert len(errors) == 1 and str(paths.db_path) in errors[0] and "permission" in errors[0]
        assert "Ready" not in shell.window.statusBar().currentMessage()
        assert str(paths.db_path) in shell.window.statusBar().currentMessage()
        assert paths.db_path.read_bytes() == original
        assert not paths.quarantine_dir.exists()
    finally:
        close_shell(shell)
