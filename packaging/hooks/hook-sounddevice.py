"""PyInstaller hook for sounddevice: bundle the system PortAudio so the frozen app runs where none is installed.

How sounddevice finds PortAudio (sounddevice.py, module level): on every OS it first tries
``ctypes.util.find_library('portaudio')`` and ``ffi.dlopen()``s the result; only on macOS and Windows does it fall
back to the ``_sounddevice_data/portaudio-binaries`` folder of its wheel. On Linux there is no fallback, and in a
frozen app ``find_library`` still consults the system (``ldconfig -p``), never the bundle. So:

1. this hook copies ``libportaudio.so.2`` (found with ``find_library`` and resolved through ``ldconfig -p``) into the
   bundle's top folder; PyInstaller's dependency scan adds what it links to (libasound, libjack...);
2. the runtime hook ``rthooks/pyi_rth_portaudio.py`` (listed in ``packaging/studio.spec``) wraps
   ``ctypes.util.find_library`` before the app imports sounddevice, so ``'portaudio'`` resolves to the bundled file.

This file replaces the pyinstaller-hooks-contrib hook of the same name (``hookspath`` comes first).
"""

from __future__ import annotations

import ctypes.util
import logging
import os
import platform
import re
import subprocess

try:
    from PyInstaller.utils.hooks import logger
except ImportError:  # imported by tests/unit/test_packaging.py without PyInstaller installed
    logger = logging.getLogger(__name__)

# ldconfig's architecture tag for the machine the bundle is built on (and for).
_LDCONFIG_ARCH = {"x86_64": "x86-64", "aarch64": "AArch64"}
_SEARCH_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib")


def _ldconfig_entries(soname: str) -> list[str]:
    """Paths ``ldconfig -p`` lists for ``soname``, those of this machine's architecture first."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
        except OSError:
            continue
        arch = _LDCONFIG_ARCH.get(platform.machine(), "")
        found = []
        for line in out.splitlines():
            match = re.match(r"\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)", line)
            if match and match.group(1) == soname:
                found.append((arch not in match.group(2), match.group(3)))
        return [path for _, path in sorted(found)]
    return []


def find_portaudio() -> str | None:
    """The path of the system's PortAudio shared library (its soname file, e.g. ``.../libportaudio.so.2``)."""
    name = ctypes.util.find_library("portaudio") or "libportaudio.so.2"
    candidates = [name] if os.path.isabs(name) else []
    candidates += _ldconfig_entries(os.path.basename(name))
    candidates += [os.path.join(folder, os.path.basename(name)) for folder in _SEARCH_DIRS]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    return None


binaries = []
hiddenimports = ["_sounddevice", "_cffi_backend"]

_portaudio = find_portaudio()
if _portaudio is None:
    logger.warning("hook-sounddevice: PortAudio not found (install libportaudio2); the bundle will have no audio")
else:
    logger.info("hook-sounddevice: bundling %s", _portaudio)
    # Keep the soname as the file name: that is what the runtime hook and the dynamic linker look for.
    binaries.append((_portaudio, "."))
