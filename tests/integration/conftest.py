"""A private PulseAudio daemon with a null sink: a real audio device for the recorder and player tests.

Recipe and traps from ``shared/notes/platform-facts.md``:

* the daemon runs with its own ``XDG_RUNTIME_DIR`` (mode 700) and ``HOME`` in a temp folder, and
  ``PULSE_SERVER`` is exported to this process (``os.environ``) for the session so PortAudio's ALSA ``pulse``
  device and ``paplay`` reach it;
* trap 1: a bare null sink starts on a 2-s render cycle and silently loses audio captured in that window, so a
  ``module-null-source`` is looped into the sink with ``latency_msec=20`` and the fixture waits until ``pactl``
  reports a sink latency under 50 ms;
* trap 2: PortAudio enumerates devices when it initialises, so it is re-initialised after the daemon is up.

Missing tools make the fixture FAIL with what to install (``make test`` apt-installs them), never skip.
The daemon is stopped by its PID at the end of the session.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from studio.audio import devices

REQUIRED_TOOLS = {
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
    "paplay": "pulseaudio-utils",
    "espeak-ng": "espeak-ng",
    "sox": "sox",
}
INSTALL_HINT = (
    "run `make test` (it apt-installs pulseaudio pulseaudio-utils libasound2-plugins libportaudio2 espeak-ng sox)"
)
SINK = "studio_sink"
RATE = 48000
PA_CONFIG = f"""
load-module module-native-protocol-unix auth-anonymous=1
load-module module-null-sink sink_name={SINK} rate={RATE} channels=1
load-module module-null-source source_name=studio_silence rate={RATE} channels=1
load-module module-loopback source=studio_silence sink={SINK} latency_msec=20
set-default-sink {SINK}
set-default-source {SINK}.monitor
"""
SPEECH_TEXT = (
    "Tell me about a time you led a difficult project. I organised the team, set clear goals, "
    "and we shipped two weeks early."
)


@dataclass(frozen=True)
class PulseServer:
    """The running daemon.

    Attributes:
        pid: Daemon process id.
        env: Environment for child processes (``paplay``) that must reach it.
        device: PortAudio device name that records from the sink monitor and plays into the sink.
        speech: 48 kHz mono espeak-ng speech WAV.
    """

    pid: int
    env: dict[str, str]
    device: str
    speech: Path

    @staticmethod
    def xcorr(recorded: np.ndarray, reference: np.ndarray) -> tuple[float, int]:
        """Best normalised cross-correlation of ``reference`` inside ``recorded`` and its lag (FFT based)."""
        return normalised_xcorr(recorded, reference)


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"private PulseAudio: {what} not reached within {timeout:.0f} s")
        time.sleep(0.05)  # allowed: polling the daemon's readiness with a deadline


def _sink_latency_us(env: dict[str, str]) -> int | None:
    out = subprocess.run(["pactl", "list", "sinks"], env=env, capture_output=True, text=True, check=False).stdout
    match = re.search(r"^\s*Latency: (\d+) usec", out, re.MULTILINE)
    return int(match.group(1)) if match else None


def normalised_xcorr(recorded: np.ndarray, reference: np.ndarray) -> tuple[float, int]:
    """Best normalised cross-correlation of ``reference`` inside ``recorded`` and its lag (FFT based)."""
    rec = np.asarray(recorded, dtype=np.float64)
    ref = np.asarray(reference, dtype=np.float64)
    if rec.size < ref.size:
        rec = np.concatenate((rec, np.zeros(ref.size - rec.size)))
    n = 1 << int(np.ceil(np.log2(rec.size + ref.size)))
    corr = np.fft.irfft(np.fft.rfft(rec, n) * np.conj(np.fft.rfft(ref, n)), n)[: rec.size - ref.size + 1]
    lag = int(np.argmax(corr))
    segment = rec[lag : lag + ref.size]
    denom = np.sqrt(np.dot(segment, segment) * np.dot(ref, ref))
    return (float(np.dot(segment, ref) / denom) if denom else 0.0), lag


@pytest.fixture(scope="session")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """Start the private daemon, make PortAudio see it, and produce the speech sample."""
    missing = [f"{tool} ({pkg})" for tool, pkg in REQUIRED_TOOLS.items() if shutil.which(tool) is None]
    if not glob.glob("/usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so"):
        missing.append("ALSA pulse plugin (libasound2-plugins)")
    if missing:
        pytest.fail(f"integration audio tools missing: {', '.join(missing)} — {INSTALL_HINT}", pytrace=False)
    status = devices.audio_status()
    if not status.portaudio_loaded:
        pytest.fail(f"{status.message} — {INSTALL_HINT}", pytrace=False)

    root = tmp_path_factory.mktemp("pulse")
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    os.chmod(runtime, 0o700)
    home = root / "home"
    home.mkdir()
    config = root / "studio.pa"
    config.write_text(PA_CONFIG)
    server = f"unix:{runtime}/pulse/native"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home), "PULSE_SERVER": server}
    log = open(root / "pulseaudio.log", "wb")  # noqa: SIM115 - closed in teardown
    proc = subprocess.Popen(
        ["pulseaudio", "-n", f"--file={config}", "--daemonize=no", "--exit-idle-time=-1"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    saved = {key: os.environ.get(key) for key in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
    os.environ["PULSE_SERVER"] = server
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    try:

        def _ready() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"pulseaudio exited with {proc.returncode}; see {root / 'pulseaudio.log'}")
            return subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False).returncode == 0

        _wait_for(_ready, 15.0, "daemon answering")
        _wait_for(lambda: (_sink_latency_us(env) or 10**9) < 50_000, 15.0, "sink latency < 50 ms")
        devices.rescan()  # trap 2: PortAudio must enumerate after the daemon is up
        names = [d.name for d in devices.list_input_devices()]
        if "pulse" not in names:
            pytest.fail(f"PortAudio does not list the ALSA 'pulse' device after rescan (has {names})")
        speech = root / "speech.wav"
        raw = root / "speech-raw.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(raw), SPEECH_TEXT], check=True)
        subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(speech)], check=True)
        yield PulseServer(proc.pid, env, "pulse", speech)
    finally:
        os.kill(proc.pid, 15)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, 9)
            proc.wait()
        log.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if devices.open_stream_count() == 0:
            devices.rescan()  # forget the daemon's devices
