"""Database snapshots: a copy before every migration, and the newest kept ones offered after damage."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

KEEP_BACKUPS = 5
SNAPSHOT_GLOB = "studio-*.sqlite3"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def snapshot(db_path: Path, backups_dir: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Write a consistent copy of ``db_path`` with ``VACUUM INTO`` and prune old copies.

    Args:
        db_path: the live database.
        backups_dir: folder for the copies.
        reason: a short word put in the file name (``pre-0002``, ``manual``...).
        keep: how many snapshots to keep; the oldest beyond that are removed.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"studio-{_stamp()}-{reason}.sqlite3"
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()
    prune(backups_dir, keep)
    return target


def list_snapshots(backups_dir: Path) -> list[Path]:
    """Snapshots, newest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(SNAPSHOT_GLOB), key=lambda p: p.name, reverse=True)


def prune(backups_dir: Path, keep: int = KEEP_BACKUPS) -> None:
    """Remove the oldest snapshots beyond ``keep``."""
    for old in list_snapshots(backups_dir)[keep:]:
        old.unlink(missing_ok=True)
