"""``--self-test``: open the store, load the content, probe the audio stack; print a report; exit 0 or 1."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from studio.config import Paths


def run_self_test(paths: Paths) -> int:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("qt", lambda: _check_qt()),
        ("store", lambda: _check_store(paths)),
        ("content", _check_content),
        ("audio", _check_audio),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
            print(f"ok    {name}: {detail}")
        except Exception as exc:
            failed += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
    print("self-test passed" if not failed else f"self-test failed ({failed} checks)")
    return 0 if not failed else 1


def _check_qt() -> str:
    qtcore = importlib.import_module("PySide6.QtCore")
    importlib.import_module("PySide6.QtWidgets")
    return f"Qt {qtcore.qVersion()}"


def _check_store(paths: Paths) -> str:
    from studio.store.db import Store

    store, report = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    try:
        from studio.store import migrate

        assert store.engine is not None
        rev = migrate.current_revision(store.engine)
    finally:
        store.close()
    note = f"; damaged file moved to {report.damaged_moved_to}" if report.damaged_moved_to else ""
    return f"{paths.db_path} at revision {rev}{note}"


def _check_content() -> str:
    try:
        content = importlib.import_module("studio.content")
    except ModuleNotFoundError:
        return "no content module yet"
    library = content.load_library()
    problems = library.check_pairs()
    if problems:
        raise RuntimeError(f"{len(problems)} items differ between Russian and English: {problems[0]}")
    return f"{len(library.all())} items loaded and validated, RU and EN paired"


def _check_audio() -> str:
    try:
        devices = importlib.import_module("studio.audio.devices")
    except ModuleNotFoundError:
        return "no audio module yet"
    status = devices.audio_status()
    # A machine without a microphone is fine for the studio: report, do not fail.
    return str(getattr(status, "message", status))
