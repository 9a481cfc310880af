"""Session fixtures for the delivery-analysis tests: espeak-ng speech synthesised once per session."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.unit.analysis.material import EN_TEXT, Audio


@pytest.fixture(scope="session")
def espeak(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Audio]:
    """Synthesise speech with espeak-ng into a session folder, once per distinct request."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (make test installs it)")
    folder = tmp_path_factory.mktemp("espeak")
    cache: dict[tuple[str, str, int, bool], Audio] = {}

    def synth(text: str, voice: str = "en-us", wpm: int = 160, ssml: bool = False) -> Audio:
        key = (text, voice, wpm, ssml)
        if key not in cache:
            name = hashlib.sha1(repr(key).encode()).hexdigest()[:16] + ".wav"
            path = folder / name
            command = ["espeak-ng", "-v", voice, "-s", str(wpm), "-w", str(path)]
            if ssml:
                command.append("-m")
            subprocess.run([*command, text], check=True, capture_output=True, timeout=60)
            samples, rate = sf.read(path, dtype="float32")
            cache[key] = (samples, int(rate))
        return cache[key]

    return synth


@pytest.fixture(scope="session")
def speech_file(espeak: Callable[..., Audio], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 15-s English take with a little background noise, as a float WAV at espeak's rate."""
    samples, rate = espeak(EN_TEXT, "en-us", 160)
    noise = np.random.default_rng(7).normal(0.0, 10 ** (-60 / 20), samples.shape[0]).astype(np.float32)
    path = tmp_path_factory.mktemp("take") / "take.wav"
    sf.write(path, samples + noise, rate, subtype="FLOAT")
    return path
