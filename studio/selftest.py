"""``--self-test``: check the store, the disk, the content (built-in and the user's own) and the audio stack.

Read-only: nothing is created, moved or migrated (a missing database stays missing, a damaged one stays where it
is). Prints one line per check and exits 0 only when every check passed.
"""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable

from studio.config import Paths

# Below this much free space the studio cannot record or migrate safely.
MIN_FREE_BYTES = 50 * 1024 * 1024


class SelfTestError(Exception):
    """One check failed; the message says what and where."""


def run_self_test(paths: Paths, log_failure: Callable[[], str | None] = lambda: None) -> int:
    """Run every check, print a line for each, and return the exit code.

    Args:
        paths: the studio's folders.
        log_failure: reports why the log file could not be written (None when it could); checked last.
    """
    checks: list[tuple[str, Callable[[], str]]] = [
        ("qt", _check_qt),
        ("store", lambda: _check_store(paths)),
        ("disk", lambda: _check_disk(paths)),
        ("content", lambda: _check_content(paths)),
        ("audio", _check_audio),
        ("log", lambda: _check_log(paths, log_failure)),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
            print(f"ok    {name}: {detail}")
        except Exception as exc:
            failed += 1
            shown = str(exc) if isinstance(exc, SelfTestError) else f"{type(exc).__name__}: {exc}"
            print(f"FAIL  {name}: {' '.join(shown.split())}")
    print("self-test passed" if not failed else f"self-test failed ({failed} checks)", flush=True)
    return 0 if not failed else 1


def _check_qt() -> str:
    qtcore = importlib.import_module("PySide6.QtCore")
    importlib.import_module("PySide6.QtWidgets")
    return f"Qt {qtcore.qVersion()}"


def _check_store(paths: Paths) -> str:
    """The database as it is: readable, writable, not busy, not damaged, at a revision this version knows."""
    import sqlite3

    from studio.store import migrate
    from studio.store.engine import check_access, quick_check
    from studio.store.errors import StoreUnavailableError

    db = paths.db_path
    try:
        if not db.exists():
            check_access(db)  # the folder must be writable for the first start to create it
            return f"no database yet at {db} (the first start creates it)"
        problem = quick_check(db)
        if problem is not None:
            raise SelfTestError(f"{db} is damaged: {problem} (the next start moves it aside and offers a backup)")
        revision = migrate.stored_revision(db)
    except StoreUnavailableError as exc:
        raise SelfTestError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise SelfTestError(f"{db} cannot be read: {exc}") from exc
    head = migrate.head_revision()
    if not migrate.is_known(revision):
        raise SelfTestError(f"{db} was made by a newer version of Interview Studio (schema revision {revision!r})")
    if revision != head:
        return f"{db} is healthy at revision {revision} (the next start upgrades it to {head})"
    return f"{db} is healthy at revision {revision}"


def _check_disk(paths: Paths) -> str:
    free = shutil.disk_usage(paths.data_dir).free
    if free < MIN_FREE_BYTES:
        raise SelfTestError(f"the disk holding {paths.data_dir} is full ({free // (1024 * 1024)} MB free)")
    return f"{free // (1024 * 1024)} MB free in {paths.data_dir}"


def _check_content(paths: Paths) -> str:
    """Built-in and user content parse and validate (no cache is written); RU and EN are paired."""
    from studio.content import load_library

    library = load_library(user_dir=paths.user_content_dir, use_cache=False)
    broken = []
    if library.user_errors:
        broken.append(f"{len(library.user_errors)} of your content files are broken: {library.user_errors[0]}")
    if library.builtin_errors:
        broken.append(f"{len(library.builtin_errors)} built-in content files are broken: {library.builtin_errors[0]}")
    if broken:
        raise SelfTestError("; ".join(broken))
    problems = library.check_pairs()
    if problems:
        raise SelfTestError(f"{len(problems)} items differ between Russian and English: {problems[0]}")
    return f"{len(library.all())} items loaded and validated (yours included), RU and EN paired"


def _check_audio() -> str:
    devices = importlib.import_module("studio.audio.devices")
    status = devices.audio_status()
    # A machine without a microphone is fine for the studio: report, do not fail.
    return str(getattr(status, "message", status))


def _check_log(paths: Paths, log_failure: Callable[[], str | None]) -> str:
    import logging

    logging.getLogger("studio.selftest").info("self-test finished its checks")
    for handler in logging.getLogger().handlers:
        handler.flush()
    failure = log_failure()
    if failure is not None:
        raise SelfTestError(failure)
    return f"writing to {paths.log_file}"
