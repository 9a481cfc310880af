"""Fixtures shared by the audio unit tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest


@pytest.fixture
def cpu_burners() -> Iterator[int]:
    """Keep two threads busy with numpy work (it releases the GIL, so both cores are really loaded)."""
    stop = threading.Event()

    def burn() -> None:
        a = np.random.default_rng(0).standard_normal((256, 256))
        while not stop.is_set():
            a = np.tanh(a @ a.T * 1e-3)

    threads = [threading.Thread(target=burn, name=f"burner-{i}", daemon=True) for i in range(2)]
    for t in threads:
        t.start()
    yield len(threads)
    stop.set()
    for t in threads:
        t.join()
