"""Audio devices: lazy, guarded PortAudio loading, listing, choice by name, rate probing, rescan, status.

``sounddevice`` is imported on first use only, and an ``OSError`` from a missing ``libportaudio2`` is caught: the
studio starts without it, :func:`audio_status` explains what to install, and the recorder uses a
:class:`~studio.audio.sources.NullSource`.

Devices are remembered and chosen by *name* (PortAudio indices change after a replug or a rescan).

Typical use from the UI::

    status = audio_status()
    if not status.ok:
        bridge.notice(status.message)          # one actionable message
    names = [d.name for d in list_input_devices()]
    rate = choose_samplerate(settings.input_device, preferred=48000)
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from studio.audio.errors import AudioUnavailableError, DeviceBusyError, DeviceNotFoundError

MISSING_PORTAUDIO_MESSAGE = (
    "PortAudio library not found — install libportaudio2 (sudo apt install libportaudio2) and restart the studio"
)
NO_MICROPHONE_MESSAGE = "No microphone found — connect one, then use Rescan devices"
NO_OUTPUT_MESSAGE = "No audio output found — connect speakers or headphones, then use Rescan devices"

COMMON_RATES = (48000, 44100)


def _import_sounddevice() -> ModuleType:
    """Import sounddevice (a seam: tests replace it with a function raising OSError)."""
    return importlib.import_module("sounddevice")


class _Loader:
    """Caches the outcome of the one guarded import and counts open streams (for rescan)."""

    def __init__(self) -> None:
        self.module: ModuleType | None = None
        self.error: str | None = None
        self.tried = False
        self.open_streams = 0
        self.lock = threading.Lock()


_loader = _Loader()


def reset_for_tests() -> None:
    """Forget the cached import result so the next call imports again (tests only)."""
    global _loader
    _loader = _Loader()


def sounddevice_module() -> ModuleType:
    """Return the sounddevice module, importing it on first use.

    Returns:
        The imported module.

    Raises:
        AudioUnavailableError: PortAudio could not be loaded; the message says what to install.
    """
    loader = _loader
    with loader.lock:
        if not loader.tried:
            loader.tried = True
            try:
                loader.module = _import_sounddevice()
            except OSError as exc:  # sounddevice raises OSError when libportaudio2 is missing
                loader.error = f"{MISSING_PORTAUDIO_MESSAGE} ({exc})"
            except ImportError as exc:
                loader.error = f"The sounddevice package is missing — reinstall the studio ({exc})"
        if loader.module is None:
            raise AudioUnavailableError(loader.error or MISSING_PORTAUDIO_MESSAGE)
        return loader.module


def stream_opened() -> None:
    """Record that a stream was opened (sources and the player call this; rescan refuses while any is open)."""
    with _loader.lock:
        _loader.open_streams += 1


def stream_closed() -> None:
    """Record that a stream opened with :func:`stream_opened` was closed."""
    with _loader.lock:
        _loader.open_streams = max(0, _loader.open_streams - 1)


def open_stream_count() -> int:
    """How many streams this process has open right now."""
    return _loader.open_streams


@dataclass(frozen=True)
class DeviceInfo:
    """One PortAudio device as the UI shows it.

    Attributes:
        name: The device name (the key the studio remembers).
        hostapi: Host API name (ALSA, OSS, JACK...).
        max_input_channels: Input channels (0 for an output-only device).
        max_output_channels: Output channels (0 for an input-only device).
        default_samplerate: The device's default rate in Hz.
        is_default_input: True for PortAudio's default input device.
        is_default_output: True for PortAudio's default output device.
    """

    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool = False
    is_default_output: bool = False


def list_devices() -> list[DeviceInfo]:
    """List every device PortAudio knows (empty when PortAudio is unavailable)."""
    try:
        sd = sounddevice_module()
    except AudioUnavailableError:
        return []
    raw: Any = sd.query_devices()
    apis: Any = sd.query_hostapis()
    default_in, default_out = _default_indices(sd)
    result = []
    for index, dev in enumerate(raw):
        result.append(
            DeviceInfo(
                name=str(dev["name"]),
                hostapi=str(apis[dev["hostapi"]]["name"]),
                max_input_channels=int(dev["max_input_channels"]),
                max_output_channels=int(dev["max_output_channels"]),
                default_samplerate=float(dev["default_samplerate"]),
                is_default_input=index == default_in,
                is_default_output=index == default_out,
            )
        )
    return result


def _default_indices(sd: ModuleType) -> tuple[int, int]:
    try:
        pair = sd.default.device
        return int(pair[0]), int(pair[1])
    except (TypeError, ValueError, IndexError):
        return -1, -1


def list_input_devices() -> list[DeviceInfo]:
    """Devices with at least one input channel."""
    return [d for d in list_devices() if d.max_input_channels > 0]


def list_output_devices() -> list[DeviceInfo]:
    """Devices with at least one output channel."""
    return [d for d in list_devices() if d.max_output_channels > 0]


def find_device(name: str | None, kind: str = "input") -> DeviceInfo:
    """Find a device by exact name (or the default one when ``name`` is None).

    Args:
        name: Remembered device name, or None for PortAudio's default.
        kind: ``"input"`` or ``"output"``.

    Returns:
        The device.

    Raises:
        AudioUnavailableError: PortAudio is not available.
        DeviceNotFoundError: No such device (unplugged?), or no device of that kind at all.
    """
    sounddevice_module()
    candidates = list_input_devices() if kind == "input" else list_output_devices()
    if not candidates:
        raise DeviceNotFoundError(NO_MICROPHONE_MESSAGE if kind == "input" else NO_OUTPUT_MESSAGE)
    if name is None:
        for dev in candidates:
            if dev.is_default_input if kind == "input" else dev.is_default_output:
                return dev
        return candidates[0]
    for dev in candidates:
        if dev.name == name:
            return dev
    raise DeviceNotFoundError(f"The {kind} device “{name}” is not connected — pick another one or use Rescan devices")


def device_index(name: str | None, kind: str = "input") -> int | None:
    """Resolve a device name to the PortAudio index valid *right now* (never store the index).

    Args:
        name: Device name, or None for the default device.
        kind: ``"input"`` or ``"output"``.

    Returns:
        The index, or None for PortAudio's default device.
    """
    if name is None:
        return None
    sd = sounddevice_module()
    for index, dev in enumerate(sd.query_devices()):
        channels = dev["max_input_channels"] if kind == "input" else dev["max_output_channels"]
        if dev["name"] == name and channels > 0:
            return index
    raise DeviceNotFoundError(f"The {kind} device “{name}” is not connected — pick another one or use Rescan devices")


def supported_samplerates(name: str | None, channels: int = 1, preferred: int | None = None) -> list[int]:
    """Probe rates with PortAudio's settings check, in order: preferred, 48000, 44100, device default.

    Args:
        name: Input device name (None: default).
        channels: Channels to open.
        preferred: The user's preferred rate, tried first.

    Returns:
        The rates the device accepts, without duplicates, in probe order (may be empty).
    """
    sd = sounddevice_module()
    dev = find_device(name, "input")
    index = device_index(name, "input")
    order: list[int] = []
    for rate in (preferred, *COMMON_RATES, int(dev.default_samplerate)):
        if rate and rate not in order:
            order.append(int(rate))
    accepted = []
    for rate in order:
        try:
            sd.check_input_settings(device=index, channels=channels, samplerate=rate, dtype="float32")
        except Exception:  # PortAudioError or ValueError: this rate is not supported
            continue
        accepted.append(rate)
    return accepted


def choose_samplerate(name: str | None, channels: int = 1, preferred: int | None = 48000) -> int:
    """The first rate of :func:`supported_samplerates`.

    Raises:
        DeviceNotFoundError: The device accepts none of the probed rates.
    """
    rates = supported_samplerates(name, channels, preferred)
    if not rates:
        raise DeviceNotFoundError(f"The input device “{name or 'default'}” accepts none of 48000/44100 Hz")
    return rates[0]


def rescan() -> list[DeviceInfo]:
    """Re-initialise PortAudio so newly plugged devices (or a sound server started later) appear.

    Returns:
        The device list after the rescan.

    Raises:
        DeviceBusyError: A stream is open (recording, playing or a mic check); stop it first.
        AudioUnavailableError: PortAudio is not available.
    """
    sd = sounddevice_module()
    with _loader.lock:
        if _loader.open_streams:
            raise DeviceBusyError("Stop recording and playback before rescanning audio devices")
        sd._terminate()
        sd._initialize()
    return list_devices()


@dataclass(frozen=True)
class AudioStatus:
    """Whether the studio can record, with one actionable message when it cannot.

    Attributes:
        portaudio_loaded: The PortAudio library was found.
        has_input: At least one input device exists.
        has_output: At least one output device exists.
        message: Empty when recording works; else one sentence telling the user what to do.
    """

    portaudio_loaded: bool
    has_input: bool
    has_output: bool
    message: str

    @property
    def ok(self) -> bool:
        """True when recording is possible."""
        return self.portaudio_loaded and self.has_input


def audio_status() -> AudioStatus:
    """Check PortAudio and devices without raising (safe to call at start-up and after a rescan)."""
    try:
        sounddevice_module()
    except AudioUnavailableError as exc:
        return AudioStatus(False, False, False, str(exc))
    try:
        inputs = list_input_devices()
        outputs = list_output_devices()
    except Exception as exc:  # a broken PortAudio install: report it instead of crashing the start-up
        return AudioStatus(True, False, False, f"Audio devices could not be listed — {exc}")
    message = "" if inputs else NO_MICROPHONE_MESSAGE
    return AudioStatus(True, bool(inputs), bool(outputs), message)
