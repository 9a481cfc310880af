"""Test doubles for the Voice tab: a fake output stream for the Player, and context seams."""

from __future__ import annotations

from typing import Any

from studio.audio.player import FakeOutputStream, Player
from studio.audio.sources import FakeSource


def install_fakes(context: Any, speed: float = 1.0, **source_kwargs: Any) -> list[FakeSource]:
    """Make the Voice tab record from FakeSources and play into FakeOutputs; returns the sources made."""
    made: list[FakeSource] = []

    def source_factory(_name: str) -> FakeSource:
        kwargs = {"signal": "sine", "amplitude": 0.3, "samplerate": 16000, "blocksize": 160}
        kwargs.update(source_kwargs)
        source = FakeSource(**kwargs)
        made.append(source)
        return source

    context.audio.source_factory = source_factory
    context.audio.player_factory = lambda _name: Player(
        stream_factory=lambda **kw: FakeOutputStream(speed=speed, **kw), blocksize=256
    )
    context.audio.input_devices = lambda: ["Fake microphone"]
    return made
