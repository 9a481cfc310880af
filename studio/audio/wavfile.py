"""Crash-safe WAV writing and launch-time header repair.

The recorder writes takes as canonical 44-byte-header RIFF/WAVE PCM 16-bit files with its own small writer rather
than libsndfile, for two reasons measured on this machine (see ``shared/notes/platform-facts.md``):

* a WAV written by libsndfile says "0 frames" in its header until it is closed, so after a crash sox and Python's
  ``wave`` cannot read it; and the libsndfile command that fixes this is only reachable through soundfile's private
  handle;
* a plain ``os.write`` raises ``OSError`` with the real errno (``ENOSPC`` on a full disk), where soundfile only trips
  an ``assert`` on a short write.

Layout written by :class:`WavWriter` (little endian)::

    0  "RIFF" u32 riff_size = 36 + data_size
    8  "WAVE"
    12 "fmt " u32 16, u16 format=1 (PCM), u16 channels, u32 rate, u32 byte_rate, u16 block_align, u16 bits=16
    36 "data" u32 data_size
    44 interleaved int16 samples

After every block the data bytes are written first and then the two size fields are patched (two 4-byte
``pwrite`` calls), so the header is valid at every moment except for the microseconds between those calls; a
process killed there leaves a header that undercounts by one block, which :func:`repair_wav_header` fixes from the
file length at the next launch. :meth:`WavWriter.sync` (``fsync``) makes the bytes survive a power loss; the
recorder calls it at least every 0.5 s. A SIGKILL needs no fsync: written bytes are already in the page cache.

Float input is converted to int16 here (round to nearest, clip to [-32768, 32767], scale 32768) so that a value
``k / 32768`` round-trips exactly: the fake source's embedded sample counter relies on that.
"""

from __future__ import annotations

import errno
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from studio.audio.errors import AudioFileError

HEADER_SIZE = 44
_PCM = 1
_EXTENSIBLE = 0xFFFE


def float_to_int16(block: np.ndarray) -> np.ndarray:
    """Convert float samples in [-1, 1) to int16 with rounding and clipping (x * 32768).

    Args:
        block: float32/float64 samples, any shape.

    Returns:
        An int16 array of the same shape.
    """
    scaled = np.rint(np.asarray(block, dtype=np.float32) * 32768.0)
    np.clip(scaled, -32768.0, 32767.0, out=scaled)
    converted: np.ndarray = scaled.astype(np.int16)
    return converted


def _header_bytes(samplerate: int, channels: int, data_size: int) -> bytes:
    block_align = channels * 2
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_size,
        b"WAVE",
        b"fmt ",
        16,
        _PCM,
        channels,
        samplerate,
        samplerate * block_align,
        block_align,
        16,
        b"data",
        data_size,
    )


class WavWriter:
    """Append-only PCM 16-bit WAV writer whose header is rewritten after every block.

    Not thread-safe: one writer thread owns it.

    Args:
        path: File to create (truncated if it exists).
        samplerate: Frames per second.
        channels: Interleaved channels per frame.
    """

    def __init__(self, path: Path, samplerate: int, channels: int) -> None:
        self.path = Path(path)
        self.samplerate = int(samplerate)
        self.channels = int(channels)
        self.frames = 0
        self._frame_bytes = 2 * self.channels
        self._fd: int | None = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            self._write_all(_header_bytes(self.samplerate, self.channels, 0))
            os.fsync(self._fd)
        except OSError:
            self._close_fd()
            raise

    # The one seam tests use to simulate a full disk: override to raise OSError(ENOSPC).
    def _write_bytes(self, data: memoryview) -> int:
        assert self._fd is not None
        return os.write(self._fd, data)

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = self._write_bytes(view)
            if written <= 0:  # pragma: no cover - os.write raises instead on real disks
                raise OSError(errno.EIO, f"short write to {self.path}")
            view = view[written:]

    def write(self, block: np.ndarray) -> None:
        """Append frames and patch the header sizes.

        Args:
            block: float (scaled to int16) or int16 samples, shape (frames, channels) or (frames,) for mono.

        Raises:
            OSError: The write failed (disk full, I/O error). Whole frames already written stay valid: the header
                is patched to them before the error propagates.
        """
        if self._fd is None:
            raise ValueError(f"{self.path} is closed")
        samples = block if block.dtype == np.int16 else float_to_int16(block)
        data = np.ascontiguousarray(samples).tobytes()
        if len(data) % self._frame_bytes:
            raise ValueError(f"block of {len(data)} bytes is not whole {self.channels}-channel frames")
        before = self.frames
        try:
            self._write_all(data)
        except OSError:
            self._salvage_after_error(before)
            raise
        self.frames = before + len(data) // self._frame_bytes
        self._patch_sizes()

    def _salvage_after_error(self, frames_before: int) -> None:
        """After a failed write, keep whatever whole frames reached the file and make the header say so."""
        assert self._fd is not None
        try:
            size = os.fstat(self._fd).st_size
            frames = max(frames_before, (size - HEADER_SIZE) // self._frame_bytes)
            os.ftruncate(self._fd, HEADER_SIZE + frames * self._frame_bytes)
            os.lseek(self._fd, 0, os.SEEK_END)
            self.frames = frames
            self._patch_sizes()
        except OSError:
            pass  # the header stays at the previous count; recovery repairs it from the length later

    def _patch_sizes(self) -> None:
        assert self._fd is not None
        data_size = self.frames * self._frame_bytes
        os.pwrite(self._fd, struct.pack("<I", 36 + data_size), 4)
        os.pwrite(self._fd, struct.pack("<I", data_size), 40)

    def sync(self) -> None:
        """fsync the file so written frames survive a power loss."""
        if self._fd is not None:
            os.fsync(self._fd)

    def close(self) -> None:
        """Patch the header, fsync and close; safe to call twice and after an error."""
        if self._fd is None:
            return
        try:
            self._patch_sizes()
            os.fsync(self._fd)
        finally:
            self._close_fd()

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran."""
        return self._fd is None


@dataclass(frozen=True)
class WavLayout:
    """Where the parts of a RIFF/WAVE file are, as its header tells them.

    Attributes:
        samplerate: Frames per second.
        channels: Channels per frame.
        block_align: Bytes per frame.
        bits: Bits per sample.
        data_offset: Byte offset of the first sample.
        declared_data_size: The data chunk size written in the header.
        file_size: The actual file length.
    """

    samplerate: int
    channels: int
    block_align: int
    bits: int
    data_offset: int
    declared_data_size: int
    file_size: int

    @property
    def available_data_size(self) -> int:
        """Bytes of whole frames actually present after the data chunk header."""
        raw = max(0, self.file_size - self.data_offset)
        return raw - raw % self.block_align

    @property
    def is_truncated(self) -> bool:
        """True when the header promises more sample data than the file holds."""
        return self.declared_data_size > self.file_size - self.data_offset


def read_wav_layout(path: Path) -> WavLayout:
    """Parse the chunk headers of a RIFF/WAVE file without trusting its size fields.

    Args:
        path: The file.

    Returns:
        The layout.

    Raises:
        AudioFileError: Not a RIFF/WAVE file, or no ``fmt `` / ``data`` chunk.
    """
    path = Path(path)
    file_size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise AudioFileError(f"{path} is not a RIFF/WAVE file")
        fmt: tuple[int, int, int, int, int] | None = None
        offset = 12
        while offset + 8 <= file_size:
            handle.seek(offset)
            chunk_id, chunk_size = struct.unpack("<4sI", handle.read(8))
            if chunk_id == b"fmt ":
                body = handle.read(16)
                if len(body) < 16:
                    break
                fmt_tag, channels, rate, _byte_rate, block_align, bits = struct.unpack("<HHIIHH", body)
                fmt = (fmt_tag, channels, rate, block_align, bits)
            elif chunk_id == b"data":
                if fmt is None:
                    raise AudioFileError(f"{path} has its data chunk before its fmt chunk")
                _tag, channels, rate, block_align, bits = fmt
                if channels <= 0 or block_align <= 0 or rate <= 0:
                    raise AudioFileError(f"{path} has an invalid fmt chunk")
                return WavLayout(rate, channels, block_align, bits, offset + 8, chunk_size, file_size)
            offset += 8 + chunk_size + (chunk_size & 1)
    raise AudioFileError(f"{path} has no complete fmt and data chunks")


def repair_wav_header(path: Path) -> int:
    """Make the RIFF and data sizes agree with the file length (for a take whose writer was killed).

    A trailing partial frame is cut off. Files written by older versions with a "0 frames" header are fixed too.

    Args:
        path: The WAV file.

    Returns:
        The number of whole frames the repaired file holds.

    Raises:
        AudioFileError: The file has no usable RIFF/WAVE header.
    """
    layout = read_wav_layout(path)
    data_size = layout.available_data_size
    with open(path, "r+b") as handle:
        if layout.file_size != layout.data_offset + data_size:
            handle.truncate(layout.data_offset + data_size)
        if layout.declared_data_size != data_size or _riff_size(handle) != layout.data_offset - 8 + data_size:
            handle.seek(4)
            handle.write(struct.pack("<I", layout.data_offset - 8 + data_size))
            handle.seek(layout.data_offset - 4)
            handle.write(struct.pack("<I", data_size))
        handle.flush()
        os.fsync(handle.fileno())
    return data_size // layout.block_align


def _riff_size(handle: BinaryIO) -> int:
    handle.seek(4)
    return int(struct.unpack("<I", handle.read(4))[0])


def write_fresh_header(path: Path, samplerate: int, channels: int) -> None:
    """Give a file whose header never reached the disk a PCM 16-bit header, keeping any bytes after byte 44.

    Args:
        path: The file (may be shorter than a header).
        samplerate: Frames per second recorded in the capture state file.
        channels: Channels recorded in the capture state file.
    """
    with open(path, "r+b") as handle:
        handle.seek(0, os.SEEK_END)
        if handle.tell() < HEADER_SIZE:
            handle.truncate(HEADER_SIZE)
        handle.seek(0)
        handle.write(_header_bytes(samplerate, channels, 0))
        handle.flush()
        os.fsync(handle.fileno())
