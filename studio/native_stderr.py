"""Keep native decoder chatter (libmpg123's ``[src/libmpg123/...] error: ...`` lines) off the user's terminal.

Those lines are written by C code straight to file descriptor 2, past Python's ``sys.stderr``. While a decode
runs, descriptor 2 points at a temporary file; afterwards the lines are handed back so the caller can report them in
one line of its own. Captures are serialised: descriptor 2 is process-wide.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Iterator

_LOCK = threading.Lock()
_MAX_CAPTURED = 1 << 16


@contextlib.contextmanager
def captured_native_stderr() -> Iterator[list[str]]:
    """Redirect descriptor 2 while the block runs; the yielded list holds the captured lines once it ends."""
    lines: list[str] = []
    with _LOCK:
        with contextlib.suppress(AttributeError, ValueError, OSError):
            sys.stderr.flush()
        try:
            saved = os.dup(2)
        except OSError:  # no descriptor 2 at all (a windowed app): nothing to protect
            yield lines
            return
        try:
            with tempfile.TemporaryFile() as sink:
                os.dup2(sink.fileno(), 2)
                try:
                    yield lines
                finally:
                    os.dup2(saved, 2)
                sink.seek(0)
                text = sink.read(_MAX_CAPTURED).decode("utf-8", "replace")
                lines.extend(line for line in text.splitlines() if line.strip())
        finally:
            os.close(saved)
