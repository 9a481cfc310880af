"""Subprocess entry for the kill harness: record from a real-time fake source until SIGKILLed.

Usage: ``python -m tests.support.killtarget DATA_DIR [BLOCKSIZE]``. Prints ``started <wav path>`` once the
source is running, then records the fake counter signal at real-time pace until killed (or for 60 s at most).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from studio.audio.recorder import Recorder
from studio.audio.sources import FakeSource


def main(argv: list[str]) -> int:
    """Record until killed; returns 0 if nobody killed it within 60 s."""
    data_dir = Path(argv[0])
    blocksize = int(argv[1]) if len(argv) > 1 else 480
    recorder = Recorder.for_data_dir(FakeSource(samplerate=48000, blocksize=blocksize, duration=60.0), data_dir)
    recorder.start()
    sys.stdout.write(f"started {recorder.path}\n")
    sys.stdout.flush()
    threading.Event().wait(60.0)
    recorder.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
