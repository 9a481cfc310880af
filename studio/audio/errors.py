"""Exceptions raised by the audio engine.

Every message names what was wrong (file, device, setting) so the UI can show it as is through its message bridge.
"""

from __future__ import annotations


class AudioError(Exception):
    """Base class of every error the audio engine raises on purpose."""


class AudioUnavailableError(AudioError):
    """PortAudio could not be loaded or has no usable device; the message says what to do."""


class DeviceNotFoundError(AudioError):
    """No device with the requested name exists (devices are chosen by name, never by index)."""


class DeviceBusyError(AudioError):
    """An operation that needs every stream closed (rescan) was asked for while a stream is open."""


class RecorderError(AudioError):
    """The recorder could not start or was used in the wrong state."""


class AudioFileError(AudioError):
    """An audio file is empty, truncated, not audio, or could not be written; the message names the file."""


class RecoveryError(AudioError):
    """An interrupted take could not be recovered; the message names the file."""
