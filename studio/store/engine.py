"""The SQLite engine: pragmas on every connection, integrity check on open.

``journal_mode=WAL``, ``synchronous=FULL`` and ``foreign_keys=ON`` are set in a connect hook, so every pooled
connection has them, not only the first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def make_engine(db_path: Path) -> Engine:
    """Create an engine for ``db_path`` with the studio's pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def quick_check(db_path: Path) -> str | None:
    """Run ``PRAGMA quick_check`` on a database file.

    Returns:
        None when the file is healthy (or absent), else a short description of the problem.
    """
    if not db_path.exists():
        return None
    try:
        with db_path.open("rb") as fh:
            header = fh.read(16)
        if db_path.stat().st_size and header != b"SQLite format 3\x00":
            return "not an SQLite database (bad header)"
        conn = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot read the file: {exc}"
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:5])
