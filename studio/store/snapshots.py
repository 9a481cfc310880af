"""Database snapshots: a copy before every migration, and the newest kept ones offered after damage.

A snapshot identical to one already kept is not written again (a start-up that fails before the migration ends
would otherwise push the good copies out one by one), and pruning never removes the newest snapshot that passes
``integrity_check`` at a revision this version can open.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from studio.fsutil import fsync_dir
from studio.store.engine import integrity_problem

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
SNAPSHOT_GLOB = "studio-*.sqlite3"
_PARTIAL_SUFFIX = ".partial"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot(db_path: Path, backups_dir: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Write a consistent copy of ``db_path`` with ``VACUUM INTO`` and prune old copies.

    When a kept snapshot already holds exactly the same bytes, no new file is written and that one is returned.

    Args:
        db_path: the live database.
        backups_dir: folder for the copies.
        reason: a short word put in the file name (``pre-0002``, ``manual``...).
        keep: how many snapshots to keep; the oldest beyond that are removed (see :func:`prune`).
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = backups_dir / f"studio-{_stamp()}-{reason}.sqlite3"
    partial = target.with_name(target.name + _PARTIAL_SUFFIX)
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    size = partial.stat().st_size
    digest = _sha256(partial)
    for existing in list_snapshots(backups_dir):
        try:
            same = existing.stat().st_size == size and _sha256(existing) == digest
        except OSError:
            continue
        if same:
            partial.unlink(missing_ok=True)
            log.info("snapshot of %s not written: identical to %s", db_path, existing.name)
            return existing
    partial.replace(target)
    fsync_dir(backups_dir)
    prune(backups_dir, keep)
    return target


def list_snapshots(backups_dir: Path) -> list[Path]:
    """Snapshots, newest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(SNAPSHOT_GLOB), key=lambda p: p.name, reverse=True)


def is_good(snapshot_path: Path) -> bool:
    """Whether a snapshot passes ``integrity_check`` and is at a schema revision this version can open."""
    if integrity_problem(snapshot_path) is not None:
        return False
    from studio.store import migrate

    try:
        revision = migrate.stored_revision(snapshot_path)
    except sqlite3.Error:
        return False
    return migrate.is_known(revision)


def prune(backups_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Remove the oldest snapshots beyond ``keep``, sparing the newest good one (see :func:`is_good`).

    Returns:
        The snapshots removed.
    """
    found = list_snapshots(backups_dir)
    if len(found) <= keep:
        return []
    kept, older = found[:keep], found[keep:]
    spared: Path | None = None
    if not any(is_good(p) for p in kept):
        spared = next((p for p in older if is_good(p)), None)
    removed = []
    for old in older:
        if old != spared:
            old.unlink(missing_ok=True)
            removed.append(old)
    return removed
