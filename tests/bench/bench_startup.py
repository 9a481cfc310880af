"""S1: process start → main window painted (offscreen), against a bare PySide6 QApplication + QMainWindow.

Both are measured side by side in one run, alternating, as wall time from spawning the process until it prints
its first-paint line; the median of N runs each is reported with the ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class W(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
w = W()
w.resize(1200, 760)
w.show()
app.exec()
"""


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never painted")
    proc.wait(timeout=60)
    return elapsed


def run(quick: bool = False) -> list[dict[str, object]]:
    repeats = 3 if quick else 15
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bare_times, studio_times = [], []
    # The console script is how `make run` and the desktop file start the studio.
    script = Path(sys.executable).with_name("interview-studio")
    studio_cmd = [str(script)] if script.exists() else [sys.executable, "-m", "studio"]
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.json"
        studio_env = dict(env, STUDIO_FIRST_PAINT_PROBE=str(probe), STUDIO_DATA_DIR=str(Path(tmp) / "data"))
        # warm the file cache once for each, then alternate
        _time_to_paint([sys.executable, "-c", BARE], env)
        _time_to_paint(studio_cmd, studio_env)
        for _ in range(repeats):
            bare_times.append(_time_to_paint([sys.executable, "-c", BARE], env))
            studio_times.append(_time_to_paint(studio_cmd, studio_env))
    bare = statistics.median(bare_times) * 1000
    studio = statistics.median(studio_times) * 1000
    bare_best, studio_best = min(bare_times) * 1000, min(studio_times) * 1000
    return [
        {
            "id": "S1",
            "what": f"start → first paint, median of {repeats} (studio vs bare QMainWindow)",
            "value": round(studio, 1),
            "unit": "ms",
            "reference": round(bare, 1),
            "ratio": round(studio / bare, 3),
            "target": "<= 1.3x",
        },
        {
            "id": "S1-best",
            "what": f"start → first paint, fastest of {repeats} each (least disturbed by other load)",
            "value": round(studio_best, 1),
            "unit": "ms",
            "reference": round(bare_best, 1),
            "ratio": round(studio_best / bare_best, 3),
            "target": "<= 1.3x",
        },
    ]
