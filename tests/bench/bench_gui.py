"""S8: GUI event-loop stall while recording (fake source, real time) and analysing a 134-s take in the background.

A 10-ms heartbeat QTimer on the GUI thread records how late each tick is; the p99 lateness is the stall figure.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(quick: bool = False) -> list[dict[str, object]]:
    import soundfile as sf
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studio.audio.sources import FakeSource
    from studio.config import resolve_paths
    from studio.store.voice import NewTake
    from studio.ui import dialogs
    from studio.ui.screenshots import demo_speech
    from studio.ui.shell import Shell

    app = QApplication.instance() or QApplication([])
    dialogs.ask.handler = lambda *_a: -1
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(Path(tmp) / "data").ensure()
        shell = Shell(app, paths, "en")
        shell.context.audio.source_factory = lambda _n: FakeSource(signal="sine", samplerate=48000, blocksize=480)
        shell.context.audio.input_devices = lambda: ["Fake microphone"]
        shell.window.show()
        shell.open_store()
        page = shell.window.page("voice")
        long = paths.takes_dir / "long.wav"
        sf.write(str(long), demo_speech(134.0, rate=48000), 48000)
        take = page.repo.add_take(NewTake(long, int(134 * 48000), 48000, 1, "", "imported"), prompt_id=None)

        lateness: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            lateness.append(max(0.0, (now - last[0]) * 1000 - 10.0))
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(beat)
        page.record()
        heartbeat.start()
        page.analyse_take(take.id)
        deadline = time.perf_counter() + (8 if quick else 20)
        analysed = []
        page.analysed.connect(analysed.append)
        while time.perf_counter() < deadline or not analysed:
            app.processEvents()
            time.sleep(0.001)  # allowed: the benchmark pumps events while the heartbeat measures stalls
            if time.perf_counter() > deadline + 60:
                break
        heartbeat.stop()
        page.stop()
        shell.context.runner.wait_all()
        shell.window.close()
        shell.context.store.close()
    p99 = float(np.percentile(lateness, 99)) if lateness else float("nan")
    return [
        {
            "id": "S8",
            "what": "GUI stall while recording + analysing 134 s, heartbeat lateness p99",
            "value": round(p99, 1),
            "unit": "ms",
            "reference": 10.0,
            "ratio": None,
            "target": "<= 50 ms",
        }
    ]
