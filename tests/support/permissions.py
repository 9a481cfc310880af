"""Make files read-only or unreadable for real, even when the tests run as root (as in CI containers).

Root ignores file modes, so for root a read-only file is made immutable (``chattr +i``) and "unreadable" is tested
from a forked child that has dropped to the ``nobody`` user.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")
NOBODY = 65534
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    result = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return result.returncode == 0


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files or folders unwritable for this process while the block runs (immutable for root)."""
    done: list[tuple[Path, int]] = []
    try:
        for path in paths:
            mode = path.stat().st_mode
            if IS_ROOT:
                if not _chattr("+i", path):
                    pytest.skip("cannot make a file read-only for root here (no chattr +i)")
            else:
                path.chmod(mode & ~0o222)
            done.append((path, mode))
        yield
    finally:
        for path, mode in reversed(done):
            if IS_ROOT:
                _chattr("-i", path)
            else:
                path.chmod(mode)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A temporary folder another (unprivileged) user can reach: pytest's own tmp folders are private to us."""
    folder = Path(tempfile.mkdtemp(prefix="studio-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def call_unprivileged(fn: Callable[[], T]) -> T:
    """Run ``fn`` as a user without special rights: in this process normally, in a forked child as ``nobody`` for root.

    The child's result or exception comes back pickled; an exception is re-raised here.
    """
    if not IS_ROOT:
        return fn()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        payload: tuple[str, Any]
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            payload = ("ok", fn())
        except BaseException as exc:
            payload = ("error", exc)
        try:
            data = pickle.dumps(payload)
        except Exception as exc:
            data = pickle.dumps(("error", RuntimeError(f"unpicklable result: {exc!r}")))
        with os.fdopen(write_end, "wb") as fh:
            fh.write(data)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value
