"""The Qt binding itself: regressions in PySide6 that would crash the studio."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    valued = Signal(int)


def test_signal_emit_keeps_bool_refcounts(qapp: object) -> None:
    """PySide6 6.12.0 dropped a reference to True per emit and aborted the process; the pinned binding must not."""
    emitter = _Emitter()
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        emitter.fired.emit()
        emitter.valued.emit(1)
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
