"""Start-up: the window is painted before the heavy modules are imported, and the store opens after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from studio.app import HEAVY_MODULES

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


def test_screenshot_mode_writes_one_png_per_tab(tmp_path: Path, data_dir: Path) -> None:
    """--screenshot DIR renders every tab and exits 0."""
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["checklists.png", "exercises.png", "library.png", "voice.png"]
    assert all(p.stat().st_size > 5000 for p in out.glob("*.png"))
