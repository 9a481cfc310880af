"""Why the database could not be used, when it is *not* damaged: busy, not permitted, too new, or out of space.

None of these ever moves or replaces the user's file. Only real corruption (``quick_check`` rows other than "ok",
or SQLite's CORRUPT/NOTADB) counts as damage; see :func:`studio.store.engine.quick_check`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})


class StoreUnavailableError(Exception):
    """The database exists and is not damaged, but cannot be used now; the message names the file and the cause.

    Attributes:
        path: the file (or folder) at fault.
    """

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), (str(self), self.path)


class StoreBusyError(StoreUnavailableError):
    """Another program (or another copy of the studio) holds a lock on the database longer than we wait."""


class StoreAccessError(StoreUnavailableError):
    """The file or its folder cannot be read or written with the current permissions (or is on a read-only disk)."""


class StoreTooNewError(StoreUnavailableError):
    """The database was made by a newer version of the studio (its schema revision is unknown here).

    Attributes:
        revision: the revision stored in the file.
    """

    def __init__(self, message: str, path: Path, revision: str) -> None:
        super().__init__(message, path)
        self.revision = revision

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), (str(self), self.path, self.revision)


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (a sqlite3 error, or a SQLAlchemy error wrapping one)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error means the file itself is corrupt (not busy, locked, read-only or unreadable)."""
    return result_code(exc) in DAMAGE_CODES


def unavailable(exc: BaseException, path: Path) -> StoreUnavailableError:
    """The :class:`StoreUnavailableError` that explains a non-damage SQLite or OS error on ``path``."""
    code = result_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusyError(
            f"{path} is in use by another copy of Interview Studio or another program (it stayed locked)", path
        )
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH) or isinstance(exc, PermissionError):
        return StoreAccessError(f"{path} cannot be written: permission denied or read-only ({exc})", path)
    if code == SQLITE_CANTOPEN:
        return StoreAccessError(f"{path} cannot be opened: check the permissions of the file and its folder", path)
    if code == SQLITE_FULL or getattr(exc, "errno", None) == 28:
        return StoreUnavailableError(f"the disk holding {path} is full", path)
    if isinstance(exc, sqlite3.Error | OSError):
        return StoreUnavailableError(f"{path} cannot be used now: {exc}", path)
    return StoreUnavailableError(f"{path} cannot be used now: {type(exc).__name__}: {exc}", path)
