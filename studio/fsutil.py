"""The one way the studio replaces a file: write a temporary file beside it, fsync it, rename it over, fsync the folder.

After a crash the target holds either its old content or the new one, never a mix, and the rename itself survives
a power loss. Every writer of a whole file (JSON state, TOML, peaks, exports, Markdown) goes through here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TEMP_SUFFIX = ".part"


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_path(path: Path) -> Path:
    """The temporary name used while ``path`` is being written (in the same folder, so the rename is atomic)."""
    return path.with_name(path.name + TEMP_SUFFIX)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Open a binary handle whose content replaces ``path`` only when the block ends without an exception."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (text is encoded with ``encoding``) atomically and durably."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_writer(path) as handle:
        handle.write(payload)
