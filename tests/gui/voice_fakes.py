"""Test doubles for the Voice tab: a fake output stream for the Player, and context seams."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from studio.audio.player import Player, StopPlayback
from studio.audio.sources import FakeSource


class FakeOutput:
    """Pulls the player's callback on a thread at real-time pace (or faster) like an output device."""

    def __init__(
        self,
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
        callback: Callable[..., None],
        finished_callback: Callable[[], None],
        speed: float = 1.0,
        **_: Any,
    ) -> None:
        self.channels, self.blocksize = channels, blocksize
        self.callback, self.finished_callback = callback, finished_callback
        self.period = blocksize / samplerate / speed
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-output", daemon=True)

    def _run(self) -> None:
        try:
            while not self._halt.wait(self.period):
                out = np.zeros((self.blocksize, self.channels), dtype=np.float32)
                try:
                    self.callback(out, self.blocksize, None, None)
                except StopPlayback:
                    break
        finally:
            self.finished_callback()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._halt.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()

    def close(self) -> None:
        self.stop()


def install_fakes(context: Any, speed: float = 1.0, **source_kwargs: Any) -> list[FakeSource]:
    """Make the Voice tab record from FakeSources and play into FakeOutputs; returns the sources made."""
    made: list[FakeSource] = []

    def source_factory(_name: str) -> FakeSource:
        kwargs = {"signal": "sine", "amplitude": 0.3, "samplerate": 16000, "blocksize": 160}
        kwargs.update(source_kwargs)
        source = FakeSource(**kwargs)
        made.append(source)
        return source

    context.extras["source_factory"] = source_factory
    context.extras["player_factory"] = lambda _name: Player(
        stream_factory=lambda **kw: FakeOutput(speed=speed, **kw), blocksize=256
    )
    context.extras["input_devices"] = lambda: ["Fake microphone"]
    return made
