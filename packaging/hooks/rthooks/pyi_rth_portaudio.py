"""Runtime hook (runs before the app's code): let sounddevice load the PortAudio bundled with the frozen app.

sounddevice calls ``ctypes.util.find_library('portaudio')`` at import and has no bundled-library fallback on Linux.
We answer that one query with the bundled ``libportaudio.so.2`` when it is there; every other query, and a bundle
without the library, falls through to the system as before.
"""

import ctypes.util
import os
import sys


def _install() -> None:
    bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libportaudio.so.2")
    if not os.path.isfile(bundled):
        return
    system_find_library = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        if name == "portaudio":
            return bundled
        return system_find_library(name)

    ctypes.util.find_library = find_library


_install()
