"""S3 / S4: opening a 60-minute take's waveform, and zoom/pan repaints, against drawing raw samples.

S3: time to draw the overview of a 60-min 48-kHz take from its peaks (load + envelope + paint) and the number of
points handed to the plot, side by side with pyqtgraph drawing the raw samples (downsampled by pyqtgraph itself).
S4: p95 of zoom and pan repaints on the same take.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RATE = 48000
MINUTES = 60


def _make_take(folder: Path) -> Path:
    """A 60-min 16-bit WAV written block by block (speech-like bursts), with its peaks built."""
    import soundfile as sf

    from studio.audio.peaks import build_peaks_from_file, peaks_path_for

    path = folder / "long.wav"
    rng = np.random.default_rng(1)
    with sf.SoundFile(str(path), "w", RATE, 1, "PCM_16") as out:
        block = RATE * 10
        t = np.arange(block) / RATE
        for i in range(MINUTES * 6):
            env = (np.sin(2 * np.pi * 0.7 * t + i) > 0.2).astype(np.float32)
            out.write((0.4 * env * np.sin(2 * np.pi * 160 * t) + rng.normal(0, 0.01, block)).astype(np.float32))
    build_peaks_from_file(path).save(peaks_path_for(path))
    return path


def run(quick: bool = False) -> list[dict[str, object]]:
    import pyqtgraph as pg
    import soundfile as sf
    from PySide6.QtWidgets import QApplication

    from studio.audio.peaks import Peaks, peaks_path_for
    from studio.ui.voice.waveform import WaveformView

    app = QApplication.instance() or QApplication([])
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = _make_take(Path(tmp))
        width = 1200

        def open_ours() -> tuple[float, int]:
            view = WaveformView()
            view.resize(width, 240)
            view.show()
            start = time.perf_counter()
            view.set_peaks(Peaks.load(peaks_path_for(path)))
            view.repaint()
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            points = view.points_drawn
            view.close()
            return elapsed, points

        def open_raw() -> float:
            plot = pg.PlotWidget()
            plot.resize(width, 240)
            plot.show()
            start = time.perf_counter()
            data, _ = sf.read(str(path), dtype="float32")
            curve = plot.plot(data, pen="b")
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            plot.repaint()
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            plot.close()
            return elapsed

        repeats = 2 if quick else 5
        ours = [open_ours() for _ in range(repeats)]
        raw = [open_raw() for _ in range(1 if quick else 2)]
        ours_ms = statistics.median(o[0] for o in ours)
        raw_ms = statistics.median(raw)
        rows.append(
            {
                "id": "S3",
                "what": f"{MINUTES}-min take: overview drawn from peaks (vs raw samples)",
                "value": round(ours_ms, 1),
                "unit": "ms",
                "reference": round(raw_ms, 1),
                "ratio": round(ours_ms / raw_ms, 3),
                "target": "<= 200 ms",
            }
        )
        rows.append(
            {
                "id": "S3-points",
                "what": f"points handed to the plot at {width} px",
                "value": ours[0][1],
                "unit": "points",
                "reference": 2 * width,
                "ratio": round(ours[0][1] / (2 * width), 3),
                "target": "<= 2 x width",
            }
        )

        view = WaveformView()
        view.resize(width, 240)
        view.show()
        view.set_peaks(Peaks.load(peaks_path_for(path)))
        app.processEvents()
        times = []
        rng = np.random.default_rng(3)
        for i in range(60 if quick else 300):
            start = time.perf_counter()
            if i % 3 == 0:
                view.zoom(0.5 if rng.random() < 0.5 else 2.0, float(rng.uniform(0, MINUTES * 60)))
            else:
                view.pan(float(rng.uniform(-0.5, 0.5)))
            view.repaint()
            times.append((time.perf_counter() - start) * 1000)
        view.close()
        p95 = float(np.percentile(times, 95))
        rows.append(
            {
                "id": "S4",
                "what": "zoom / pan repaint of the 60-min take, p95",
                "value": round(p95, 2),
                "unit": "ms",
                "reference": None,
                "ratio": None,
                "target": "<= 8 ms",
            }
        )
    return rows
