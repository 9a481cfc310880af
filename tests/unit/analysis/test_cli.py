"""Command line `analyze FILE [--lang ru|en] [--json]`: output, exit codes and messages."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.analysis.cli import main


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_readable_report(speech_file: Path) -> None:
    """The default output lists metrics with verdict codes and exits 0."""
    code, out, err = _run(["analyze", str(speech_file), "--lang", "en"])
    assert code == 0 and err == ""
    assert "Pace" in out and "wpm" in out and "[ok]" in out
    assert str(speech_file) in out


def test_json_report(speech_file: Path) -> None:
    """--json prints the report JSON (the same shape the store keeps)."""
    code, out, _ = _run([str(speech_file), "--json", "--lang", "ru"])
    assert code == 0
    doc = json.loads(out)
    assert doc["language"] == "ru" and "wpm" in doc["metrics"]


@pytest.mark.parametrize("content", [b"", b"plain text, not audio\n"])
def test_bad_file_exits_1_naming_it(tmp_path: Path, content: bytes) -> None:
    """An unreadable or non-audio file: message on stderr naming the file, exit code 1, nothing on stdout."""
    path = tmp_path / "notes.mp3"
    path.write_bytes(content)
    code, out, err = _run(["analyze", str(path)])
    assert code == 1 and out == ""
    assert "notes.mp3" in err


def test_missing_file_exits_1(tmp_path: Path) -> None:
    """A missing file exits 1 with its name on stderr."""
    code, _, err = _run([str(tmp_path / "gone.wav")])
    assert code == 1 and "gone.wav" in err


@pytest.mark.parametrize("argv", [[], ["--lang", "de", "x.wav"], ["a.wav", "b.wav"], ["--bogus", "a.wav"]])
def test_bad_arguments_exit_2(argv: list[str]) -> None:
    """Missing file, unknown language or options exit 2 with usage on stderr."""
    code, out, err = _run(argv)
    assert code == 2 and out == ""
    assert "usage:" in err


def test_help_exits_0() -> None:
    """--help prints usage and exits 0 without analysing anything."""
    code, out, err = _run(["--help"])
    assert code == 0
    assert "usage:" in out + err


def test_header_out_of_bounds_is_one_line(tmp_path: Path) -> None:
    """A WAV header claiming a 1-Hz rate is refused at once with one line naming the file (exit 1)."""
    header = bytearray(44)
    header[0:4], header[8:16], header[36:40] = b"RIFF", b"WAVEfmt ", b"data"
    header[16:20] = (16).to_bytes(4, "little")
    header[20:22], header[22:24] = (1).to_bytes(2, "little"), (1).to_bytes(2, "little")
    header[24:28], header[28:32] = (1).to_bytes(4, "little"), (2).to_bytes(4, "little")
    header[32:34], header[34:36] = (2).to_bytes(2, "little"), (16).to_bytes(2, "little")
    header[40:44] = (2000).to_bytes(4, "little")
    path = tmp_path / "one_hertz.wav"
    path.write_bytes(bytes(header) + bytes(2000))
    code, out, err = _run([str(path)])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "one_hertz.wav" in err and "sample rate 1 Hz" in err


def test_readable_report_shows_warnings_and_filler_confidence(tmp_path: Path, speech_file: Path) -> None:
    """A file shorter than its header claims is analysed; the readable report says so in a warning line."""
    data = bytearray(speech_file.read_bytes())
    data_at = data.index(b"data")
    size = int.from_bytes(data[data_at + 4 : data_at + 8], "little")
    data[data_at + 4 : data_at + 8] = (size * 2).to_bytes(4, "little")  # claim twice the data that is there
    path = tmp_path / "short.wav"
    path.write_bytes(bytes(data))
    code, out, _ = _run([str(path), "--filler-threshold", "0.3"])
    assert code == 0
    assert "Warning: short.wav is shorter than its header claims" in out


def test_filler_threshold_outside_0_1_is_refused(speech_file: Path) -> None:
    """--filler-threshold must lie within 0..1."""
    code, _, err = _run([str(speech_file), "--filler-threshold", "1.5"])
    assert code == 1 and "--filler-threshold" in err


def test_mp3_decoder_noise_is_one_line_on_stderr(tmp_path: Path) -> None:
    """A damaged MP3 is analysed; libmpg123's own lines never reach the terminal, one summary line does."""
    import random
    import subprocess
    import sys

    import numpy as np
    import soundfile as sf

    t = np.arange(16000 * 3) / 16000
    good = tmp_path / "ok.mp3"
    sf.write(str(good), (0.3 * np.sin(2 * np.pi * 200 * t)).astype("float32"), 16000, format="MP3")
    data = bytearray(good.read_bytes())
    rng = random.Random(1)
    for i in range(2000, len(data) - 2000, 97):
        data[i] = rng.randrange(256)
    bad = tmp_path / "damaged.mp3"
    bad.write_bytes(bytes(data))
    done = subprocess.run(
        [sys.executable, "-m", "studio", "analyze", str(bad)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) <= 1 and all(line.startswith("interview-studio analyze:") for line in lines)


PROBE = """
import os, runpy, sys
sys.argv = ["studio", "analyze", sys.argv[1], "--json"]
try:
    runpy.run_module("studio", run_name="__main__")
except SystemExit as exc:
    code = exc.code
heavy = {"PySide6", "pyqtgraph", "sqlalchemy", "sqlmodel", "sounddevice"}
heavy = sorted({m.split(".")[0] for m in sys.modules} & heavy)
print(code, os.environ.get("OPENBLAS_NUM_THREADS"), ",".join(heavy) or "-", file=sys.stderr)
"""


def test_analyze_start_up_loads_only_what_it_needs(speech_file: Path) -> None:
    """`python -m studio analyze` loads no Qt, plot, store or audio-device module, and asks for one BLAS thread."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(speech_file)], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(done.stdout)["language"] == "en"
    assert done.stderr.strip().splitlines()[-1] == "0 1 -"
