"""The SQLite engine: pragmas on every connection, integrity check on open.

``journal_mode=WAL``, ``synchronous=FULL`` and ``foreign_keys=ON`` are set in a connect hook, so every pooled
connection has them, not only the first.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from studio.store.errors import StoreAccessError, is_damage, unavailable

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0

PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def make_engine(db_path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    """Create an engine for ``db_path`` with the studio's pragmas on every connection.

    Args:
        busy_timeout: seconds a statement waits for another connection's lock before SQLite reports "busy".
    """
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": busy_timeout},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_access(db_path: Path) -> None:
    """Make sure the database file (if present) can be read and written, and its folder written (WAL companions).

    Opens the file for reading and writing without changing a byte; creates nothing.

    Raises:
        StoreAccessError: the file or folder cannot be read or written; the message names which and why.
    """
    folder = db_path.parent
    if db_path.exists():
        try:
            with db_path.open("rb") as fh:
                fh.read(16)
        except IsADirectoryError as exc:
            raise StoreAccessError(f"{db_path} is a folder, not a database file", db_path) from exc
        except OSError as exc:
            raise StoreAccessError(
                f"{db_path} cannot be read: {exc.strerror or exc} (check the file's permissions)", db_path
            ) from exc
        try:
            with db_path.open("r+b"):
                pass
        except OSError as exc:
            raise StoreAccessError(
                f"{db_path} is read-only: {exc.strerror or exc} (the studio needs to write to it)", db_path
            ) from exc
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreAccessError(f"the folder {folder} is read-only (the studio needs to write to it)", folder)


def quick_check(db_path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> str | None:
    """Run ``PRAGMA quick_check`` on a database file; tell real damage apart from everything else.

    Only corruption is damage: ``quick_check`` rows other than "ok", a file that is not an SQLite database, or
    SQLite reporting CORRUPT/NOTADB. Busy, locked, unreadable or read-only files are healthy files we cannot use
    now: they raise instead, so nobody moves them aside. Nothing is created or changed.

    Args:
        db_path: the database file.
        busy_timeout: seconds to wait for another program's lock before giving up.

    Returns:
        None when the file is healthy (or absent), else a short description of the damage.

    Raises:
        StoreUnavailableError: (or a subclass) busy, not permitted, out of space or another I/O problem.
    """
    if not db_path.exists() and not db_path.is_symlink():
        return None
    check_access(db_path)
    try:
        with db_path.open("rb") as fh:
            header = fh.read(16)
        size = db_path.stat().st_size
    except OSError as exc:
        raise unavailable(exc, db_path) from exc
    if size and header != SQLITE_HEADER:
        return "not an SQLite database (bad header)"
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=busy_timeout)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return str(exc)
        raise unavailable(exc, db_path) from exc
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:5])


def integrity_problem(db_path: Path) -> str | None:
    """Full ``PRAGMA integrity_check`` of a file that nobody else uses (a snapshot, a staged restore).

    Returns:
        None when the file opens, passes and holds at least one table; else what is wrong.
    """
    try:
        with db_path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return f"cannot read it: {exc}"
    if header != SQLITE_HEADER:
        return "not an SQLite database" if header else "the file is empty"
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:5])
    if not tables:
        return "it holds no tables"
    return None
