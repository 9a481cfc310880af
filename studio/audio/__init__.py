"""Audio engine: devices, sources, recorder, crash-safe WAV, recovery, peaks pyramid, player, mic check, import.

Qt-free by contract: this package imports only numpy, soundfile, sounddevice (lazily, see
:mod:`studio.audio.devices`), the standard library and :mod:`studio.core`. The GUI *polls* the objects defined
here from a 30-60 Hz timer; no audio thread ever calls into the GUI.

Importing ``studio.audio`` is cheap: it does not import numpy, soundfile or sounddevice. Import the submodules
you need (``from studio.audio.recorder import Recorder``).
"""
