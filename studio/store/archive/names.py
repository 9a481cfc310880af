"""Names, types and errors shared by the backup-archive modules.

A backup archive is a zip with a fixed layout::

    manifest.json            format, version, created (UTC), app version, DB revision, every file with size + sha256
    db/studio.sqlite3        a consistent snapshot made with the SQLite online-backup API
    takes/YYYY/MM/<uuid>.wav the recordings, with their ``.peaks`` files beside them (stored, not deflated)
    content/...              the user's own content folder
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from studio.config import DB_FILENAME

ARCHIVE_FORMAT = "interview-studio-backup"
ARCHIVE_VERSION = 1
MANIFEST_NAME = "manifest.json"
DB_ENTRY = f"db/{DB_FILENAME}"
TAKES_TOP = "takes"
CONTENT_TOP = "content"
ALLOWED_TOP_FOLDERS = ("db", TAKES_TOP, CONTENT_TOP)
ARCHIVE_PREFIX = "interview-studio-backup-"
ARCHIVE_GLOB = f"{ARCHIVE_PREFIX}*.zip"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
STAMP_RE = re.compile(rf"^{re.escape(ARCHIVE_PREFIX)}(\d{{8}}T\d{{6}}Z)(?:-[a-z0-9-]+)?(?:-\d+)?\.zip$")
CHUNK = 1 << 20
STAGING_PREFIX = ".restore-staging-"
OLD_PREFIX = ".restore-old-"
BACKUP_TEMP_PREFIX = ".backup-"

ProgressFn = Callable[[int, int], None]
"""``progress(done_bytes, total_bytes)``, called from the worker thread that runs the operation."""


class ArchiveError(Exception):
    """A backup archive, restore, export or delete could not be done; the message names the file or entry.

    Attributes:
        entry: the archive entry (or file) at fault, when there is one.
    """

    def __init__(self, message: str, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry


@dataclass(frozen=True)
class ManifestFile:
    """One file listed in the manifest."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The validated ``manifest.json`` of an archive.

    Attributes:
        version: archive format version.
        created: when the archive was written (UTC).
        app_version: the studio version that wrote it.
        db_revision: the Alembic revision of the DB snapshot (None if the archive has no database).
        files: every file in the archive except the manifest itself.
    """

    version: int
    created: datetime
    app_version: str
    db_revision: str | None
    files: tuple[ManifestFile, ...]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


@dataclass
class RestoreResult:
    """What a restore did.

    Attributes:
        safety_backup: the archive of the data as it was just before the restore (None if there was no data).
        manifest: the manifest of the restored archive.
        files_restored: how many files were written.
    """

    safety_backup: Path | None
    manifest: Manifest
    files_restored: int = 0


@dataclass
class Progress:
    total: int
    callback: ProgressFn | None
    done: int = 0

    def advance(self, amount: int) -> None:
        self.done += amount
        if self.callback is not None:
            self.callback(min(self.done, self.total), self.total)


def archive_name(now: datetime | None = None, reason: str = "") -> str:
    """File name of a new archive: ``interview-studio-backup-<UTC stamp>[-reason].zip``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)
    suffix = f"-{re.sub(r'[^a-z0-9-]+', '-', reason.lower()).strip('-')}" if reason else ""
    return f"{ARCHIVE_PREFIX}{stamp}{suffix}.zip"


def list_archives(folder: Path) -> list[Path]:
    """The studio's backup archives in ``folder``, newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(ARCHIVE_GLOB) if p.is_file() and not p.is_symlink() and STAMP_RE.match(p.name)]
    return sorted(found, key=lambda p: (archive_time(p), p.name), reverse=True)


def archive_time(path: Path) -> datetime:
    """When an archive was made: from its name (robust against copied mtimes), else its modification time."""
    match = STAMP_RE.match(path.name)
    if match:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def unique_path(folder: Path, name: str) -> Path:
    target = folder / name
    counter = 1
    while target.exists():
        target = folder / f"{name.removesuffix('.zip')}-{counter}.zip"
        counter += 1
    return target


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def regular_files(root: Path) -> Iterator[Path]:
    """Regular files under ``root`` (symlinks are neither followed nor archived), in a stable order."""
    if not root.is_dir() or root.is_symlink():
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(STAGING_PREFIX))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                yield path
