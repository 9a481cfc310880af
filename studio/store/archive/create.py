"""Writing backup archives: one zip of the database snapshot, all takes and the user's content; scheduled backups."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import stat
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from studio import __version__
from studio.config import DB_FILENAME, Paths
from studio.store.archive.names import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    BACKUP_TEMP_PREFIX,
    CHUNK,
    CONTENT_TOP,
    DB_ENTRY,
    MANIFEST_NAME,
    TAKES_TOP,
    ArchiveError,
    Progress,
    ProgressFn,
    archive_name,
    archive_time,
    list_archives,
    regular_files,
    unique_path,
)

log = logging.getLogger(__name__)

# Already-compressed or noise-like audio gains nothing from deflate; storing it keeps backups fast.
_STORED_SUFFIXES = frozenset({".wav", ".flac", ".ogg", ".opus", ".mp3", ".m4a", ".aac", ".caf", ".rf64", ".aiff"})


def _snapshot_db(db_path: Path, target: Path) -> str | None:
    """Copy the live DB into ``target`` with the online-backup API; return its Alembic revision."""
    # mode=rw, not ro: a read-only connection cannot remove the -wal/-shm files it creates beside a closed DB.
    source = sqlite3.connect(db_path.resolve().as_uri() + "?mode=rw", uri=True, timeout=10)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            # A snapshot in WAL mode would need its -wal companion; a single self-contained file is what we want.
            dest.execute("PRAGMA journal_mode=DELETE")
            try:
                row = dest.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                row = None
        finally:
            dest.close()
    finally:
        source.close()
    return str(row[0]) if row else None


def create_backup(paths: Paths, dest_zip: Path, progress: ProgressFn | None = None) -> Path:
    """Write one archive of the database, all takes (with peaks) and the user's content.

    Safe while the store is open. The zip is written to a ``.partial`` file beside ``dest_zip`` and renamed when
    complete, so a crash never leaves a truncated archive under the final name.

    Args:
        paths: the studio's paths (data folder).
        dest_zip: where to write the archive (its folder is created). An existing file is never overwritten.
        progress: optional ``progress(done_bytes, total_bytes)``.

    Returns:
        The path of the archive written.

    Raises:
        ArchiveError: the destination exists or cannot be written, or a file could not be read.
    """
    dest_zip = Path(dest_zip)
    if dest_zip.exists():
        raise ArchiveError(f"backup not written: {dest_zip} already exists", str(dest_zip))
    try:
        dest_zip.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"cannot create the backup folder {dest_zip.parent}: {exc}", str(dest_zip)) from exc
    partial = dest_zip.with_name(dest_zip.name + ".partial")
    with tempfile.TemporaryDirectory(prefix=BACKUP_TEMP_PREFIX, dir=dest_zip.parent) as tmp:
        db_copy: Path | None = None
        revision: str | None = None
        if paths.db_path.is_file():
            db_copy = Path(tmp) / DB_FILENAME
            try:
                revision = _snapshot_db(paths.db_path, db_copy)
            except sqlite3.Error as exc:
                raise ArchiveError(f"cannot snapshot the database {paths.db_path}: {exc}", str(paths.db_path)) from exc
        sources: list[tuple[str, Path]] = []
        if db_copy is not None:
            sources.append((DB_ENTRY, db_copy))
        for top, root in ((TAKES_TOP, paths.takes_dir), (CONTENT_TOP, paths.user_content_dir)):
            for path in regular_files(root):
                sources.append((f"{top}/{path.relative_to(root).as_posix()}", path))
        total = sum(_size_or_zero(p) for _, p in sources)
        meter = Progress(total, progress)
        listed: list[dict[str, Any]] = []
        try:
            with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
                for name, path in sources:
                    listed.append(_write_entry(zf, name, path, meter))
                manifest = {
                    "format": ARCHIVE_FORMAT,
                    "version": ARCHIVE_VERSION,
                    "created": datetime.now(UTC).isoformat(),
                    "app_version": __version__,
                    "db_revision": revision,
                    "files": listed,
                }
                zf.writestr(
                    MANIFEST_NAME,
                    json.dumps(manifest, ensure_ascii=False, indent=1),
                    compress_type=zipfile.ZIP_DEFLATED,
                )
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            if dest_zip.exists():
                raise ArchiveError(f"backup not written: {dest_zip} appeared while writing", str(dest_zip))
            partial.replace(dest_zip)
        except OSError as exc:
            raise ArchiveError(f"cannot write the backup {dest_zip}: {exc}", str(dest_zip)) from exc
        finally:
            partial.unlink(missing_ok=True)
    log.info("backup written: %s (%d files, %d bytes)", dest_zip, len(listed), total)
    return dest_zip


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_entry(zf: zipfile.ZipFile, name: str, path: Path, meter: Progress) -> dict[str, Any]:
    """Stream one file into the zip, hashing what was actually written (a file may still be growing)."""
    info = zipfile.ZipInfo.from_file(path, name, strict_timestamps=False)
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_STORED if path.suffix.lower() in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                dst.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                meter.advance(len(chunk))
    except OSError as exc:
        raise ArchiveError(f"cannot read {path} for the backup: {exc}", name) from exc
    return {"path": name, "size": size, "sha256": digest.hexdigest()}


def auto_backup_due(paths: Paths, every_hours: float, now: datetime | None = None) -> bool:
    """Whether a scheduled backup is due: no archive yet, or the newest is ``every_hours`` old or older.

    ``every_hours <= 0`` means automatic backups are off (never due).
    """
    if every_hours <= 0:
        return False
    archives = list_archives(paths.backups_dir)
    if not archives:
        return True
    now = now or datetime.now(UTC)
    return now - archive_time(archives[0]) >= timedelta(hours=every_hours)


def run_auto_backup(
    paths: Paths, every_hours: float, keep: int, now: datetime | None = None, progress: ProgressFn | None = None
) -> Path | None:
    """Write a scheduled backup into the backups folder if one is due, then keep only the newest ``keep``.

    Returns:
        The new archive, or None when none was due.
    """
    if not auto_backup_due(paths, every_hours, now):
        return None
    target = unique_path(paths.backups_dir, archive_name(now, "auto"))
    written = create_backup(paths, target, progress)
    prune_archives(paths.backups_dir, keep)
    return written


def prune_archives(folder: Path, keep: int) -> list[Path]:
    """Remove the oldest studio archives in ``folder`` beyond the newest ``keep``; other files are left alone.

    Returns:
        The archives removed.

    Raises:
        ValueError: ``keep`` is below 1 (pruning never removes the last backup).
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1, got {keep}")
    removed = []
    for old in list_archives(folder)[keep:]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed
