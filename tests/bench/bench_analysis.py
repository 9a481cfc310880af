"""Benchmark S2: delivery analysis speed against Praat, and a 60-min take's time and peak memory.

Rows (``run`` returns them; ``tests/bench/run.py`` prints and stores them):

* ``S2``: full ``analyze_file`` of a 134-s 48-kHz mono take (espeak-ng speech concatenated), in-process with the
  modules already imported (as in the app's worker), median of alternating runs, against Debian ``praat --run``
  of a script doing only Read + To Pitch (0, 75, 500) + To Intensity (75, 0, yes) on the same file (median wall
  time of the process). Target ratio <= 0.7.
* ``S2c``: the same through ``python -m studio analyze FILE --json`` (what ``interview-studio analyze`` runs) as a
  whole process (Python start-up and imports included), runs paired in turn with the same ``praat --run`` process.
  Target ratio <= 1.0.
* ``S9``: Stop -> review for a 2-min answer: ``analyze_file`` of a 120-s 48-kHz take in a worker thread, the
  report's JSON written and decoded again (what the review reads from the store), waited for from the calling
  thread; median wall time. Targets: <= 1.0 s, and <= 1.5x the in-process analysis of the same file
  (``S9-ratio``, runs alternated).
* ``S2-long-time`` / ``S2-long-rss`` / ``S2-long-traced``: a 60-min 48-kHz take analysed in a fresh process:
  wall time, growth of the peak RSS (VmHWM) over the RSS after imports (~115 MB: numpy, parselmouth), and the
  peak of memory traced by tracemalloc (numpy buffers; Praat's own allocations are not traced). In quick mode
  the long take is 10 min.

Every timed row also carries ``best`` (fastest run), ``runs`` and ``load`` (the 1-min load average when it was
measured): the machine is shared, so the median is the figure and the best shows what an idle machine gives.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[2]

PRAAT_SCRIPT = """form Pitch and intensity
    sentence file
endform
sound = Read from file: file$
pitch = To Pitch: 0, 75, 500
selectObject: sound
intensity = To Intensity: 75, 0, "yes"
"""

PHRASES = (
    ("en-us", "I led a team of five engineers and we shipped the new billing system in four months."),
    ("ru", "Я руководил командой из пяти инженеров, и мы запустили новую систему за четыре месяца."),
    ("en-us", "The hardest part was the migration of old customer data without any downtime."),
    ("ru", "Самым сложным был перенос старых данных клиентов без остановки сервиса."),
)

LONG_CHILD = """
import json, sys, time, tracemalloc

def status_kb(field):
    # VmHWM/VmRSS belong to this process image (ru_maxrss would carry the parent's peak across fork + exec).
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0

from studio.analysis import analyze_file
baseline_kb = status_kb("VmRSS")
tracemalloc.start()
start = time.perf_counter()
report = analyze_file(sys.argv[1], "en")
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"time": elapsed, "traced": peak, "rss_kb": status_kb("VmHWM"), "baseline_kb": baseline_kb,
                  "syllables": report.metrics["syllables"]}))
"""


def _speech_48k(folder: Path, seconds: float) -> np.ndarray:
    """Speech at 48 kHz: espeak-ng phrases (EN and RU) with short pauses, repeated to ``seconds``."""
    pieces = []
    for index, (voice, text) in enumerate(PHRASES):
        raw, resampled = folder / f"p{index}.wav", folder / f"p{index}_48k.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text], check=True, capture_output=True)
        subprocess.run(["sox", str(raw), "-r", "48000", str(resampled)], check=True, capture_output=True)
        samples, _ = sf.read(resampled, dtype="float32")
        pieces.append(np.concatenate((samples, np.zeros(int(0.4 * 48000), dtype=np.float32))))
    unit = np.concatenate(pieces)
    repeats = int(np.ceil(seconds * 48000 / unit.shape[0]))
    return np.tile(unit, repeats)[: int(seconds * 48000)]


def _write_long(path: Path, unit: np.ndarray, seconds: float) -> None:
    total = int(seconds * 48000)
    with sf.SoundFile(path, "w", 48000, 1, "PCM_16") as out:
        written = 0
        while written < total:
            chunk = unit[: total - written]
            out.write(chunk)
            written += chunk.shape[0]


def _time_praat(script: Path, audio: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["praat", "--run", str(script), str(audio)], check=True, capture_output=True)
    return time.perf_counter() - start


def _review_once(path: Path) -> float:
    """Stop -> review: analyse in a worker thread, store the JSON, decode it for the review; wall time."""
    import threading

    from studio.analysis import DeliveryReport, analyze_file

    result: dict[str, object] = {}

    def work() -> None:
        result["json"] = analyze_file(path, "en").to_json()

    start = time.perf_counter()
    worker = threading.Thread(target=work, name="analysis-worker")
    worker.start()
    worker.join()
    DeliveryReport.from_json(str(result["json"]))
    return time.perf_counter() - start


def _review_rows(folder: Path, samples: np.ndarray, repeats: int) -> list[dict]:
    """S9 rows: a 2-min answer analysed in a worker and decoded, against the in-process analysis alone."""
    from studio.analysis import analyze_file

    answer = folder / "answer120.wav"
    sf.write(answer, samples[: 120 * 48000], 48000, subtype="PCM_16")
    review: list[float] = []
    plain: list[float] = []
    for _ in range(repeats):
        review.append(_review_once(answer))
        start = time.perf_counter()
        analyze_file(answer, "en")
        plain.append(time.perf_counter() - start)
    review_s, plain_s = statistics.median(review), statistics.median(plain)
    answer.unlink()
    return [
        {
            "id": "S9",
            "what": "Stop -> review of a 2-min 48-kHz answer: worker-thread analysis + report JSON round trip",
            "value": round(review_s, 3),
            "unit": "s",
            "reference": 1.0,
            "ratio": round(review_s / 1.0, 3),
            "target": "<= 1.0 s",
            "best": round(min(review), 3),
            "runs": len(review),
            "load": round(os.getloadavg()[0], 2),
        },
        {
            "id": "S9-ratio",
            "what": "same, over the in-process analysis of that file (runs alternated)",
            "value": round(review_s, 3),
            "unit": "s",
            "reference": round(plain_s, 3),
            "ratio": round(review_s / plain_s, 3),
            "target": "<= 1.5x in-process analysis",
            "best": round(min(review), 3),
            "runs": len(review),
            "load": round(os.getloadavg()[0], 2),
        },
    ]


def run(quick: bool = False) -> list[dict]:
    """Measure S2 and the long-take figures; see the module docstring for the rows."""
    from studio.analysis import analyze_file

    rows: list[dict] = []
    repeats = 2 if quick else 7
    with tempfile.TemporaryDirectory(prefix="bench-analysis-") as tmp:
        folder = Path(tmp)
        take = folder / "take134.wav"
        samples = _speech_48k(folder, 134.0)
        sf.write(take, samples, 48000, subtype="PCM_16")
        script = folder / "reference.praat"
        script.write_text(PRAAT_SCRIPT)
        have_praat = shutil.which("praat") is not None
        analyze_file(take, "en")  # warm-up: imports, first-call costs
        ours: list[float] = []
        praat: list[float] = []
        for _ in range(repeats):  # alternate so both see the same machine load
            start = time.perf_counter()
            analyze_file(take, "en")
            ours.append(time.perf_counter() - start)
            if have_praat:
                praat.append(_time_praat(script, take))
        ours_s = statistics.median(ours)
        praat_s = statistics.median(praat) if praat else None
        rows.append(
            {
                "id": "S2",
                "what": "full delivery analysis of a 134-s 48-kHz take (in-process, median)",
                "value": round(ours_s, 3),
                "unit": "s",
                "reference": round(praat_s, 3) if praat_s else None,
                "ratio": round(ours_s / praat_s, 3) if praat_s else None,
                "target": "<= 0.7x praat --run To Pitch + To Intensity",
                "best": round(min(ours), 3),
                "runs": len(ours),
                "load": round(os.getloadavg()[0], 2),
            }
        )
        cli: list[float] = []
        praat_pair: list[float] = []
        for _ in range(max(3, repeats)):  # whole processes, paired in turn
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "studio", "analyze", str(take), "--json"],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            cli.append(time.perf_counter() - start)
            if have_praat:
                praat_pair.append(_time_praat(script, take))
        cli_s = statistics.median(cli)
        pair_s = statistics.median(praat_pair) if praat_pair else None
        rows.append(
            {
                "id": "S2c",
                "what": "same, as a whole process: python -m studio analyze --json (start-up + imports included)",
                "value": round(cli_s, 3),
                "unit": "s",
                "reference": round(pair_s, 3) if pair_s else None,
                "ratio": round(cli_s / pair_s, 3) if pair_s else None,
                "target": "<= 1.0x praat --run process, paired in turn",
                "best": round(min(cli), 3),
                "runs": len(cli),
                "load": round(os.getloadavg()[0], 2),
            }
        )
        rows.extend(_review_rows(folder, samples, repeats))
        take.unlink()
        minutes = 10 if quick else 60
        long_path = folder / "long.wav"
        _write_long(long_path, samples, minutes * 60.0)
        child = subprocess.run(
            [sys.executable, "-c", LONG_CHILD, str(long_path)], check=True, capture_output=True, text=True
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        file_mb = minutes * 60 * 48000 * 8 / 1e6
        rows.append(
            {
                "id": "S2-long-time",
                "what": f"analysis of a {minutes}-min 48-kHz take (fresh process)",
                "value": round(figures["time"], 2),
                "unit": "s",
                "reference": minutes * 60.0,
                "ratio": round(figures["time"] / (minutes * 60.0), 4),
                "target": "information (fraction of real time)",
            }
        )
        rows.append(
            {
                "id": "S2-long-rss",
                "what": f"peak RSS growth of that process over its post-import "
                f"{figures['baseline_kb'] / 1024:.0f} MB (the take as float64: {file_mb:.0f} MB)",
                "value": round((figures["rss_kb"] - figures["baseline_kb"]) / 1024, 1),
                "unit": "MB",
                "reference": round(file_mb, 1),
                "ratio": round((figures["rss_kb"] - figures["baseline_kb"]) / 1024 / file_mb, 3),
                "target": "bounded working set + per-frame features (~0.4 MB per minute of audio)",
            }
        )
        rows.append(
            {
                "id": "S2-long-traced",
                "what": "peak memory traced by tracemalloc during that analysis (numpy buffers)",
                "value": round(figures["traced"] / 1e6, 1),
                "unit": "MB",
                "reference": round(file_mb, 1),
                "ratio": round(figures["traced"] / 1e6 / file_mb, 4),
                "target": "bounded working set + per-frame features (~0.3 MB per minute of audio)",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
