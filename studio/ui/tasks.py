"""The one task runner: background work whose results come back on the GUI thread.

``run_task(fn, on_done, on_error, on_progress)`` runs ``fn(progress)`` in a QThreadPool worker; ``progress`` is a
callable taking a float 0..1 that the worker may call. Callbacks always run on the GUI thread (queued signals),
so they may touch widgets. Tests swap in ``SyncTaskRunner``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[float], None]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class TaskHandle:
    """Lets the caller ask a running task to stop; ``fn`` checks ``handle.cancelled``."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, handle: TaskHandle) -> None:
        super().__init__()
        self._fn, self._relay, self._handle = fn, relay, handle

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._handle)
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            log.exception("background task failed")
            self._handle.finished.set()
            self._emit(self._relay.failed, exc)
        else:
            self._handle.finished.set()
            self._emit(self._relay.done, result)

    def _progress(self, value: float) -> None:
        self._emit(self._relay.progressed, value)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window (and the relay with it) went away while the task ran: nobody to tell
            log.info("a background task finished after its window closed; result dropped")


class TaskRunner(QObject):
    """Runs callables in a thread pool; see module docstring."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run_task(
        self,
        fn: Callable[[Progress, TaskHandle], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> TaskHandle:
        relay = _Relay()
        handle = TaskHandle()
        self._relays.add(relay)

        def finish_ok(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        def finish_err(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is not None:
                on_error(exc)

        relay.done.connect(finish_ok)
        relay.failed.connect(finish_err)
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self._pool.start(_Job(fn, relay, handle))
        return handle

    def wait_all(self, msecs: int = 30000) -> bool:
        """Block until every task ends (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """Runs tasks immediately on the calling thread (tests)."""

    def run_task(
        self,
        fn: Callable[[Progress, TaskHandle], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        try:
            result = fn(on_progress or (lambda _p: None), handle)
        except Exception as exc:
            handle.finished.set()
            if on_error is None:
                raise
            on_error(exc)
        else:
            handle.finished.set()
            if on_done is not None:
                on_done(result)
        return handle

    def wait_all(self, msecs: int = 30000) -> bool:
        return True
