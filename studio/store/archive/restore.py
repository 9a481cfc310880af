"""Restoring a backup archive: validate, back up the current data, extract into staging, verify, swap by renames.

**The caller must close the** :class:`~studio.store.db.Store` **before** :func:`restore_backup` (and reopen it
after): the database file is replaced under any open connection.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from studio.config import DB_FILENAME, Paths
from studio.store.archive.create import create_backup
from studio.store.archive.names import (
    CONTENT_TOP,
    DB_ENTRY,
    OLD_PREFIX,
    STAGING_PREFIX,
    TAKES_TOP,
    ArchiveError,
    Manifest,
    Progress,
    ProgressFn,
    RestoreResult,
    archive_name,
    regular_files,
    sha256_file,
    unique_path,
)
from studio.store.archive.validate import (
    ArchiveLimits,
    check_database_file,
    open_zip,
    stream_entry,
    validate_archive,
)

log = logging.getLogger(__name__)


def _has_data(paths: Paths) -> bool:
    if paths.db_path.exists():
        return True
    return any(True for root in (paths.takes_dir, paths.user_content_dir) for _ in regular_files(root))


def _open_exclusive(target: Path) -> Any:
    """Create ``target`` for writing; never follow a symlink, never reuse an existing file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o644), "wb")


def _extract(zf: zipfile.ZipFile, manifest: Manifest, staging: Path, meter: Progress) -> int:
    staging_resolved = staging.resolve()
    infos = {info.filename: info for info in zf.infolist()}
    count = 0
    for item in manifest.files:
        target = staging.joinpath(*item.path.split("/"))
        # Belt and braces: the names were validated, but check the resolved location once more before writing.
        if not target.resolve().is_relative_to(staging_resolved):
            raise ArchiveError(f"archive entry {item.path!r} would be written outside the restore folder", item.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.parent.resolve().is_relative_to(staging_resolved):
                raise ArchiveError(
                    f"archive entry {item.path!r} would be written outside the restore folder", item.path
                )
            with _open_exclusive(target) as sink:
                written = stream_entry(zf, infos[item.path], item, sink)
                sink.flush()
                os.fsync(sink.fileno())
        except OSError as exc:
            raise ArchiveError(f"cannot restore archive entry {item.path!r}: {exc}", item.path) from exc
        meter.advance(written)
        count += 1
    return count


def _verify_staging(staging: Path, manifest: Manifest) -> None:
    for item in manifest.files:
        path = staging.joinpath(*item.path.split("/"))
        if not path.is_file() or path.stat().st_size != item.size or sha256_file(path) != item.sha256:
            raise ArchiveError(f"restored file {item.path!r} does not match the manifest", item.path)
    db = staging / "db" / DB_FILENAME
    if not db.is_file():
        raise ArchiveError(f"the archive holds no database ({DB_ENTRY})", DB_ENTRY)
    check_database_file(db, manifest.db_revision)


def restore_backup(
    zip_path: Path,
    paths: Paths,
    limits: ArchiveLimits | None = None,
    progress: ProgressFn | None = None,
) -> RestoreResult:
    """Replace the studio's data (database, takes, content) with an archive's.

    **Close the Store first** and reopen it afterwards: the database file is replaced.

    Steps: validate the archive (nothing is written if that fails); write a safety backup of the current data into
    the backups folder (skipped only when there is no data at all); extract into a staging folder inside the data
    folder, checking every size and sha256 and the database's integrity; then move the current database, takes and
    content into a holding folder and rename the restored ones into place. If anything fails before the end, the
    old data is moved back; the holding folder is removed only after the swap has succeeded. The backups folder is
    left as it is (it holds the safety backup).

    Args:
        zip_path: the archive to restore.
        paths: the studio's paths.
        limits: archive limits (defaults: :class:`ArchiveLimits`).
        progress: optional ``progress(done_bytes, total_bytes)`` for the extraction.

    Raises:
        ArchiveError: the archive is refused (the message names the entry) or the restore failed (data unchanged).
    """
    zip_path = Path(zip_path)
    manifest = validate_archive(zip_path, limits)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(paths.data_dir).free
    if manifest.total_bytes * 2 > free:  # the staged copy plus the safety backup
        raise ArchiveError(
            f"not enough free space in {paths.data_dir} to restore {zip_path.name} "
            f"({manifest.total_bytes} bytes needed twice, {free} free)",
            str(zip_path),
        )
    safety: Path | None = None
    if _has_data(paths):
        safety = create_backup(paths, unique_path(paths.backups_dir, archive_name(reason="before-restore")))
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=paths.data_dir))
    try:
        meter = Progress(manifest.total_bytes, progress)
        with open_zip(zip_path) as zf:
            count = _extract(zf, manifest, staging, meter)
        _verify_staging(staging, manifest)
        _swap_in(staging, paths)
    except OSError as exc:
        raise ArchiveError(f"restore of {zip_path.name} failed, the current data is unchanged: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("restored %s (%d files); safety backup %s", zip_path, count, safety)
    return RestoreResult(safety_backup=safety, manifest=manifest, files_restored=count)


def _swap_in(staging: Path, paths: Paths) -> None:
    """Move the live data aside and the staged data in, by renames inside the data folder; undo on failure."""
    live_db = paths.db_path
    pairs: list[tuple[Path, Path | None]] = [
        (live_db, staging / "db" / DB_FILENAME),
        (live_db.with_name(live_db.name + "-wal"), None),  # companions of the old DB must not meet the new one
        (live_db.with_name(live_db.name + "-shm"), None),
        (live_db.with_name(live_db.name + "-journal"), None),
        (paths.takes_dir, staging / TAKES_TOP),
        (paths.user_content_dir, staging / CONTENT_TOP),
    ]
    holding = Path(tempfile.mkdtemp(prefix=OLD_PREFIX, dir=paths.data_dir))
    moved_out: list[tuple[Path, Path]] = []
    moved_in: list[Path] = []
    try:
        for index, (live, _new) in enumerate(pairs):
            if live.exists() or live.is_symlink():
                aside = holding / f"{index}-{live.name}"
                live.rename(aside)
                moved_out.append((aside, live))
        for live, new in pairs:
            if new is not None and new.exists():
                new.rename(live)
                moved_in.append(live)
        paths.takes_dir.mkdir(exist_ok=True)
    except OSError as exc:
        for live in moved_in:
            if live.is_dir() and not live.is_symlink():
                shutil.rmtree(live, ignore_errors=True)
            else:
                live.unlink(missing_ok=True)
        for aside, live in reversed(moved_out):
            with contextlib.suppress(OSError):
                aside.rename(live)
        raise ArchiveError(f"restore failed while swapping folders in {paths.data_dir}: {exc}") from exc
    shutil.rmtree(holding, ignore_errors=True)
