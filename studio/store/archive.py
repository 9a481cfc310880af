"""Backup archives, restore, export and "delete all my data" (Qt-free; run through the task runner).

A backup archive is a zip with a fixed layout::

    manifest.json            format, version, created (UTC), app version, DB revision, every file with size + sha256
    db/studio.sqlite3        a consistent snapshot made with the SQLite online-backup API
    takes/YYYY/MM/<uuid>.wav the recordings, with their ``.peaks`` files beside them (stored, not deflated)
    content/...              the user's own content folder

Restore treats every archive as hostile until proven otherwise: :func:`validate_archive` checks names, types,
sizes, compression ratios and the manifest before a single byte is written, and :func:`restore_backup` extracts
into a staging folder inside the data folder, verifies every hash, and only then swaps folders with renames. The
current data is always backed up first and stays recoverable until the swap has finished.

**The caller must close the** :class:`~studio.store.db.Store` **before** :func:`restore_backup` **and**
:func:`delete_all_data` (and reopen it after a restore): both replace the database file under any open connection.
:func:`create_backup` and :func:`export_data` are safe with the store open (the backup API copies a consistent
snapshot while others read and write).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from studio import __version__
from studio.config import DB_FILENAME, Paths
from studio.core.delivery import METRIC_IDS

log = logging.getLogger(__name__)

ARCHIVE_FORMAT = "interview-studio-backup"
ARCHIVE_VERSION = 1
MANIFEST_NAME = "manifest.json"
DB_ENTRY = f"db/{DB_FILENAME}"
TAKES_TOP = "takes"
CONTENT_TOP = "content"
ALLOWED_TOP_FOLDERS = ("db", TAKES_TOP, CONTENT_TOP)
ARCHIVE_PREFIX = "interview-studio-backup-"
ARCHIVE_GLOB = f"{ARCHIVE_PREFIX}*.zip"
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_STAMP_RE = re.compile(rf"^{re.escape(ARCHIVE_PREFIX)}(\d{{8}}T\d{{6}}Z)(?:-[a-z0-9-]+)?(?:-\d+)?\.zip$")
# Already-compressed or noise-like audio gains nothing from deflate; storing it keeps backups fast.
_STORED_SUFFIXES = frozenset({".wav", ".flac", ".ogg", ".opus", ".mp3", ".m4a", ".aac", ".caf", ".rf64", ".aiff"})
_CHUNK = 1 << 20
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
_STAGING_PREFIX = ".restore-staging-"
_OLD_PREFIX = ".restore-old-"

ProgressFn = Callable[[int, int], None]
"""``progress(done_bytes, total_bytes)``, called from the worker thread that runs the operation."""

# Headline metrics of a delivery report exported with each take (ids from studio.core.delivery.METRICS).
HEADLINE_METRICS: tuple[str, ...] = tuple(
    m
    for m in (
        "duration_s",
        "speech_s",
        "wpm",
        "syllable_rate",
        "articulation_rate",
        "pause_share",
        "long_pause_count",
        "longest_pause_s",
        "filled_pauses_per_min",
        "f0_median_hz",
        "f0_sd_st",
        "loudness_lufs",
        "snr_db",
    )
    if m in METRIC_IDS
)


class ArchiveError(Exception):
    """A backup archive, restore, export or delete could not be done; the message names the file or entry.

    Attributes:
        entry: the archive entry (or file) at fault, when there is one.
    """

    def __init__(self, message: str, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry


@dataclass(frozen=True)
class ArchiveLimits:
    """What a restorable archive may hold; anything beyond is refused before extraction.

    Attributes:
        max_entries: number of zip entries (folders included).
        max_entry_bytes: uncompressed size of one entry (a 2-hour 48 kHz float WAV is ~1.4 GB).
        max_total_bytes: uncompressed size of all entries together.
        max_ratio: uncompressed/compressed size above which an entry larger than ``ratio_min_bytes`` is a bomb.
        ratio_min_bytes: entries smaller than this are not ratio-checked (tiny files compress absurdly well).
        max_name_length: length of an entry name in characters.
        max_manifest_bytes: size of ``manifest.json``.
    """

    max_entries: int = 200_000
    max_entry_bytes: int = 4 << 30
    max_total_bytes: int = 64 << 30
    max_ratio: float = 200.0
    ratio_min_bytes: int = 1 << 20
    max_name_length: int = 1024
    max_manifest_bytes: int = 64 << 20


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
class _Progress:
    total: int
    callback: ProgressFn | None
    done: int = 0

    def advance(self, amount: int) -> None:
        self.done += amount
        if self.callback is not None:
            self.callback(min(self.done, self.total), self.total)


# ----- names ----------------------------------------------------------------------------------------------------
def archive_name(now: datetime | None = None, reason: str = "") -> str:
    """File name of a new archive: ``interview-studio-backup-<UTC stamp>[-reason].zip``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP_FORMAT)
    suffix = f"-{re.sub(r'[^a-z0-9-]+', '-', reason.lower()).strip('-')}" if reason else ""
    return f"{ARCHIVE_PREFIX}{stamp}{suffix}.zip"


def list_archives(folder: Path) -> list[Path]:
    """The studio's backup archives in ``folder``, newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(ARCHIVE_GLOB) if p.is_file() and not p.is_symlink() and _STAMP_RE.match(p.name)]
    return sorted(found, key=lambda p: (_archive_time(p), p.name), reverse=True)


def _archive_time(path: Path) -> datetime:
    """When an archive was made: from its name (robust against copied mtimes), else its modification time."""
    match = _STAMP_RE.match(path.name)
    if match:
        return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _unique_path(folder: Path, name: str) -> Path:
    target = folder / name
    counter = 1
    while target.exists():
        target = folder / f"{name.removesuffix('.zip')}-{counter}.zip"
        counter += 1
    return target


# ----- backup ---------------------------------------------------------------------------------------------------
def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


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


def _regular_files(root: Path) -> Iterator[Path]:
    """Regular files under ``root`` (symlinks are neither followed nor archived), in a stable order."""
    if not root.is_dir() or root.is_symlink():
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(_STAGING_PREFIX))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                yield path


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
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=dest_zip.parent) as tmp:
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
            for path in _regular_files(root):
                sources.append((f"{top}/{path.relative_to(root).as_posix()}", path))
        total = sum(_size_or_zero(p) for _, p in sources)
        meter = _Progress(total, progress)
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


def _write_entry(zf: zipfile.ZipFile, name: str, path: Path, meter: _Progress) -> dict[str, Any]:
    """Stream one file into the zip, hashing what was actually written (a file may still be growing)."""
    info = zipfile.ZipInfo.from_file(path, name, strict_timestamps=False)
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = zipfile.ZIP_STORED if path.suffix.lower() in _STORED_SUFFIXES else zipfile.ZIP_DEFLATED
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
            for chunk in iter(lambda: src.read(_CHUNK), b""):
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
    return now - _archive_time(archives[0]) >= timedelta(hours=every_hours)


def run_auto_backup(
    paths: Paths, every_hours: float, keep: int, now: datetime | None = None, progress: ProgressFn | None = None
) -> Path | None:
    """Write a scheduled backup into the backups folder if one is due, then keep only the newest ``keep``.

    Returns:
        The new archive, or None when none was due.
    """
    if not auto_backup_due(paths, every_hours, now):
        return None
    target = _unique_path(paths.backups_dir, archive_name(now, "auto"))
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


# ----- validation -----------------------------------------------------------------------------------------------
def _check_name(name: str, limits: ArchiveLimits, is_dir: bool = False) -> tuple[str, ...]:
    """Return the path components of a safe entry name, or raise naming the entry."""
    shown = repr(name)
    if not name:
        raise ArchiveError("archive entry with an empty name", name)
    if len(name) > limits.max_name_length:
        raise ArchiveError(f"archive entry {shown} has a name longer than {limits.max_name_length}", name)
    if "\\" in name:
        raise ArchiveError(f"archive entry {shown} contains a backslash", name)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise ArchiveError(f"archive entry {shown} contains a control character", name)
    if name.startswith("/") or _WINDOWS_DRIVE.match(name):
        raise ArchiveError(f"archive entry {shown} has an absolute path", name)
    parts = name.rstrip("/").split("/") if name.endswith("/") else name.split("/")
    if any(part == ".." for part in parts):
        raise ArchiveError(f"archive entry {shown} has a '..' component", name)
    if any(part in ("", ".") for part in parts):
        raise ArchiveError(f"archive entry {shown} has an empty or '.' component", name)
    if any(len(part.encode("utf-8", "surrogatepass")) > 255 for part in parts):
        raise ArchiveError(f"archive entry {shown} has a component longer than 255 bytes", name)
    if name == MANIFEST_NAME:
        return tuple(parts)
    if parts[0] not in ALLOWED_TOP_FOLDERS:
        raise ArchiveError(
            f"archive entry {shown} is outside the expected folders ({', '.join(ALLOWED_TOP_FOLDERS)})", name
        )
    if parts[0] == "db" and name not in (DB_ENTRY, "db/"):
        raise ArchiveError(f"archive entry {shown}: the db folder may only hold {DB_ENTRY}", name)
    if len(parts) == 1 and not is_dir:
        raise ArchiveError(f"archive entry {shown} is a file where a folder belongs", name)
    return tuple(parts)


def _check_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    shown = repr(info.filename)
    if kind == stat.S_IFLNK:
        raise ArchiveError(f"archive entry {shown} is a symbolic link", info.filename)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ArchiveError(f"archive entry {shown} is not a regular file (mode {oct(mode)})", info.filename)
    if info.flag_bits & 0x1:
        raise ArchiveError(f"archive entry {shown} is encrypted", info.filename)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ArchiveError(f"archive entry {shown} uses an unsupported compression method", info.filename)


def _check_sizes(info: zipfile.ZipInfo, limits: ArchiveLimits) -> None:
    shown = repr(info.filename)
    if info.file_size > limits.max_entry_bytes:
        raise ArchiveError(
            f"archive entry {shown} is too large ({info.file_size} bytes; limit {limits.max_entry_bytes})",
            info.filename,
        )
    if info.file_size >= limits.ratio_min_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise ArchiveError(
                f"archive entry {shown} expands {ratio:.0f}x (limit {limits.max_ratio:.0f}x): a zip bomb?",
                info.filename,
            )


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ArchiveError(f"{MANIFEST_NAME} is not valid JSON: {exc}", MANIFEST_NAME) from exc
    if not isinstance(data, dict) or data.get("format") != ARCHIVE_FORMAT:
        raise ArchiveError(f"{MANIFEST_NAME} is not an Interview Studio backup manifest", MANIFEST_NAME)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(f"{MANIFEST_NAME} has no valid 'version'", MANIFEST_NAME)
    if version > ARCHIVE_VERSION:
        raise ArchiveError(
            f"{MANIFEST_NAME}: archive version {version} was made by a newer Interview Studio "
            f"(this one reads up to {ARCHIVE_VERSION})",
            MANIFEST_NAME,
        )
    try:
        created = datetime.fromisoformat(str(data.get("created")))
    except ValueError as exc:
        raise ArchiveError(f"{MANIFEST_NAME} has no valid 'created' time", MANIFEST_NAME) from exc
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    revision = data.get("db_revision")
    if revision is not None and not isinstance(revision, str):
        raise ArchiveError(f"{MANIFEST_NAME} has an invalid 'db_revision'", MANIFEST_NAME)
    raw_files = data.get("files")
    if not isinstance(raw_files, list):
        raise ArchiveError(f"{MANIFEST_NAME} has no 'files' list", MANIFEST_NAME)
    files = []
    for index, item in enumerate(raw_files):
        if not isinstance(item, dict):
            raise ArchiveError(f"{MANIFEST_NAME}: files[{index}] is not an object", MANIFEST_NAME)
        path, size, sha = item.get("path"), item.get("size"), item.get("sha256")
        if (
            not isinstance(path, str)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
            or not isinstance(sha, str)
            or not re.fullmatch(r"[0-9a-f]{64}", sha)
        ):
            raise ArchiveError(f"{MANIFEST_NAME}: files[{index}] ({path!r}) lacks a valid path, size or sha256", path)
        files.append(ManifestFile(path, size, sha))
    return Manifest(
        version=version,
        created=created,
        app_version=str(data.get("app_version", "")),
        db_revision=revision,
        files=tuple(files),
    )


def _open_zip(zip_path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(zip_path)
    except FileNotFoundError as exc:
        raise ArchiveError(f"backup archive {zip_path} does not exist", str(zip_path)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(f"{zip_path} is not a readable zip archive: {exc}", str(zip_path)) from exc


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, refusing more than ``limit`` bytes whatever the headers claim."""
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ArchiveError(f"archive entry {info.filename!r} is corrupt: {exc}", info.filename) from exc
    if len(data) > limit:
        raise ArchiveError(f"archive entry {info.filename!r} is larger than {limit} bytes", info.filename)
    return data


def _stream_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected: ManifestFile, sink: Any | None) -> int:
    """Decompress one entry (into ``sink`` if given), checking its size and sha256 against the manifest."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > expected.size:
                    raise ArchiveError(
                        f"archive entry {info.filename!r} holds more data than its manifest size {expected.size}",
                        info.filename,
                    )
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError) as exc:
        raise ArchiveError(f"archive entry {info.filename!r} is corrupt: {exc}", info.filename) from exc
    if size != expected.size or digest.hexdigest() != expected.sha256:
        raise ArchiveError(
            f"archive entry {info.filename!r} does not match its manifest (size or sha256 differ)", info.filename
        )
    return size


def _known_revisions() -> list[str]:
    from studio.store import migrate

    return migrate.all_revisions()


def validate_archive(zip_path: Path, limits: ArchiveLimits | None = None, check_data: bool = True) -> Manifest:
    """Check an archive completely before anything is restored from it.

    Refuses, with an :class:`ArchiveError` naming the entry: a corrupt zip; absolute names, ``..`` or ``.``
    components, backslashes, control characters; symbolic links and other non-regular entries; encrypted entries;
    entries outside ``manifest.json``, ``db/``, ``takes/``, ``content/``; duplicate names; too many entries, an
    oversized entry or total, a compression ratio bomb; a missing, malformed or newer-format manifest; files not
    listed in the manifest or listed but absent; sizes or sha256 that differ (``check_data``); a database from a
    newer schema than this version knows.

    Args:
        zip_path: the archive.
        limits: size and count limits (defaults: :class:`ArchiveLimits`).
        check_data: also decompress every entry and compare its sha256 (reads the whole archive once).

    Returns:
        The validated manifest.
    """
    limits = limits or ArchiveLimits()
    zip_path = Path(zip_path)
    if zip_path.is_symlink() or (zip_path.exists() and not zip_path.is_file()):
        raise ArchiveError(f"backup archive {zip_path} is not a regular file", str(zip_path))
    with _open_zip(zip_path) as zf:
        try:
            infos = zf.infolist()
        except (zipfile.BadZipFile, ValueError) as exc:  # pragma: no cover - ZipFile() already parsed the directory
            raise ArchiveError(f"{zip_path} is not a readable zip archive: {exc}", str(zip_path)) from exc
        if len(infos) > limits.max_entries:
            raise ArchiveError(f"{zip_path} has {len(infos)} entries (limit {limits.max_entries})", str(zip_path))
        seen: set[str] = set()
        total = 0
        files: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if not name:  # zipfile's own is_dir() fails on it
                raise ArchiveError(f"archive entry {name!r} has an empty name", name)
            _check_name(name, limits, is_dir=info.is_dir())
            _check_type(info)
            if name in seen:
                raise ArchiveError(f"archive entry {name!r} appears more than once", name)
            seen.add(name)
            _check_sizes(info, limits)
            total += info.file_size
            if total > limits.max_total_bytes:
                raise ArchiveError(
                    f"{zip_path} expands to more than {limits.max_total_bytes} bytes (at entry {name!r})", name
                )
            if not info.is_dir():
                files[name] = info
        # A folder entry must not collide with a file entry or its parents ("takes/a" file and "takes/a/b").
        for name in files:
            parent = PurePosixPath(name).parent
            while str(parent) not in (".", ""):
                if str(parent) in files:
                    raise ArchiveError(f"archive entry {name!r} lies below the file entry {str(parent)!r}", name)
                parent = parent.parent
        manifest_info = files.pop(MANIFEST_NAME, None)
        if manifest_info is None:
            raise ArchiveError(f"{zip_path} has no {MANIFEST_NAME}: not an Interview Studio backup", MANIFEST_NAME)
        if manifest_info.file_size > limits.max_manifest_bytes:
            raise ArchiveError(f"{MANIFEST_NAME} is too large ({manifest_info.file_size} bytes)", MANIFEST_NAME)
        manifest = _parse_manifest(_read_bounded(zf, manifest_info, limits.max_manifest_bytes))
        listed = {f.path: f for f in manifest.files}
        if len(listed) != len(manifest.files):
            raise ArchiveError(f"{MANIFEST_NAME} lists a file twice", MANIFEST_NAME)
        for name in files:
            if name not in listed:
                raise ArchiveError(f"archive entry {name!r} is not listed in {MANIFEST_NAME}", name)
        for item in manifest.files:
            info = files.get(item.path)
            if info is None:
                raise ArchiveError(f"{MANIFEST_NAME} lists {item.path!r}, which the archive lacks", item.path)
            if info.file_size != item.size:
                raise ArchiveError(
                    f"archive entry {item.path!r} is {info.file_size} bytes, the manifest says {item.size}",
                    item.path,
                )
        if manifest.db_revision is not None and manifest.db_revision not in _known_revisions():
            raise ArchiveError(
                f"{DB_ENTRY} is at schema revision {manifest.db_revision!r}, unknown to this version "
                f"(made by a newer Interview Studio?)",
                DB_ENTRY,
            )
        if check_data:
            for item in manifest.files:
                _stream_entry(zf, files[item.path], item, None)
    return manifest


# ----- restore --------------------------------------------------------------------------------------------------
def _has_data(paths: Paths) -> bool:
    if paths.db_path.exists():
        return True
    return any(True for root in (paths.takes_dir, paths.user_content_dir) for _ in _regular_files(root))


def _open_exclusive(target: Path) -> Any:
    """Create ``target`` for writing; never follow a symlink, never reuse an existing file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o644), "wb")


def _extract(zf: zipfile.ZipFile, manifest: Manifest, staging: Path, meter: _Progress) -> int:
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
                written = _stream_entry(zf, infos[item.path], item, sink)
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
        if not path.is_file() or path.stat().st_size != item.size or _sha256_file(path) != item.sha256:
            raise ArchiveError(f"restored file {item.path!r} does not match the manifest", item.path)
    db = staging / "db" / DB_FILENAME
    if db.exists():
        from studio.store.engine import quick_check

        problem = quick_check(db)
        if problem is not None:
            raise ArchiveError(f"the database in the archive ({DB_ENTRY}) is damaged: {problem}", DB_ENTRY)


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
        safety = create_backup(paths, _unique_path(paths.backups_dir, archive_name(reason="before-restore")))
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=paths.data_dir))
    try:
        meter = _Progress(manifest.total_bytes, progress)
        with _open_zip(zip_path) as zf:
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
    holding = Path(tempfile.mkdtemp(prefix=_OLD_PREFIX, dir=paths.data_dir))
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


# ----- export ---------------------------------------------------------------------------------------------------
ExportFormat = Literal["csv", "json"]


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value


def _headline(report_json: str | None) -> dict[str, float | None]:
    """The headline metrics of a stored delivery report (``{"metrics": {...}}`` or a flat dict)."""
    out: dict[str, float | None] = dict.fromkeys(HEADLINE_METRICS)
    if not report_json:
        return out
    try:
        data = json.loads(report_json)
    except ValueError:
        return out
    metrics = data.get("metrics", data) if isinstance(data, dict) else {}
    if not isinstance(metrics, dict):
        return out
    for key in HEADLINE_METRICS:
        value = metrics.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:  # drop NaN
            out[key] = float(value)
    return out


@dataclass
class ExportTables:
    """Everything exported, as plain rows (lists of dicts with JSON-friendly values)."""

    interviews: list[dict[str, Any]] = field(default_factory=list)
    takes: list[dict[str, Any]] = field(default_factory=list)
    exercise_sessions: list[dict[str, Any]] = field(default_factory=list)
    exercise_phases: list[dict[str, Any]] = field(default_factory=list)
    checklist_runs: list[dict[str, Any]] = field(default_factory=list)


def collect_export(store: Any) -> ExportTables:
    """Read every interview, take (with headline metrics), exercise attempt (with phases) and checklist run."""
    from sqlmodel import col, select

    from studio.store.models import (
        ChecklistItem,
        ChecklistRun,
        DeliveryReportRow,
        ExerciseSession,
        Interview,
        PhaseRecord,
        Take,
    )

    tables = ExportTables()
    with store.session() as session:
        for interview in session.exec(select(Interview).order_by(col(Interview.id))):
            row = interview.model_dump(include={"id", "company", "role", "scheduled_at", "stage", "notes"})
            row["created_at"] = interview.created_at
            tables.interviews.append(row)
        reports = {r.take_id: r for r in session.exec(select(DeliveryReportRow))}
        for take in session.exec(select(Take).order_by(col(Take.id))):
            row = take.model_dump(
                include={
                    "id",
                    "uuid",
                    "name",
                    "interview_id",
                    "prompt_id",
                    "session_id",
                    "path",
                    "duration",
                    "samplerate",
                    "channels",
                    "source",
                    "rating",
                    "favourite",
                    "created_at",
                    "deleted_at",
                }
            )
            report = reports.get(take.id) if take.id is not None else None
            row["analysis_version"] = report.analysis_version if report else None
            row["analysis_language"] = report.language if report else None
            row.update(_headline(report.report if report else None))
            tables.takes.append(row)
        phases: dict[int, list[dict[str, Any]]] = {}
        for phase in session.exec(select(PhaseRecord).order_by(col(PhaseRecord.session_id), col(PhaseRecord.position))):
            item = phase.model_dump(
                include={"session_id", "phase_id", "title", "position", "planned_seconds", "used_seconds"}
            )
            phases.setdefault(phase.session_id, []).append(item)
            tables.exercise_phases.append(item)
        for attempt in session.exec(select(ExerciseSession).order_by(col(ExerciseSession.id))):
            row = attempt.model_dump(
                include={"id", "exercise_id", "lang", "title", "interview_id", "status", "started_at", "finished_at"}
            )
            own = phases.get(attempt.id or -1, [])
            row["planned_seconds"] = sum(p["planned_seconds"] for p in own)
            row["used_seconds"] = sum(p["used_seconds"] for p in own)
            row["phases"] = [{k: v for k, v in p.items() if k != "session_id"} for p in own]
            tables.exercise_sessions.append(row)
        items: dict[int, list[bool]] = {}
        for run_id, checked in session.exec(select(ChecklistItem.run_id, ChecklistItem.checked)):
            items.setdefault(run_id, []).append(bool(checked))
        for run in session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id))):
            row = run.model_dump(
                include={"id", "interview_id", "template_id", "template_lang", "title", "archived", "created_at"}
            )
            ticks = items.get(run.id or -1, [])
            row["items_total"] = len(ticks)
            row["items_checked"] = sum(ticks)
            row["readiness"] = round(sum(ticks) / len(ticks), 4) if ticks else None
            row["updated_at"] = run.updated_at
            tables.checklist_runs.append(row)
    for rows in (
        tables.interviews,
        tables.takes,
        tables.exercise_sessions,
        tables.exercise_phases,
        tables.checklist_runs,
    ):
        for row in rows:
            for key, value in row.items():
                row[key] = _iso(value)
    return tables


_CSV_TABLES = ("interviews", "takes", "exercise_sessions", "exercise_phases", "checklist_runs")


def export_data(source: Paths | Any, dest: Path, fmt: ExportFormat) -> list[Path]:
    """Export all interviews, takes (with headline delivery metrics), exercise attempts and checklist runs.

    Args:
        source: an open :class:`~studio.store.db.Store`, or the studio's :class:`Paths` (the store is then
            opened, migrated if needed, and closed again).
        dest: for ``json`` the file to write (``.json`` added if missing); for ``csv`` a folder that receives
            ``interviews.csv``, ``takes.csv``, ``exercise_sessions.csv``, ``exercise_phases.csv``,
            ``checklist_runs.csv`` (UTF-8 with BOM so spreadsheet programs detect the encoding).
        fmt: ``"csv"`` or ``"json"``.

    Returns:
        The files written.

    Raises:
        ArchiveError: unknown format or the destination cannot be written.
    """
    if fmt not in ("csv", "json"):
        raise ArchiveError(f"unknown export format {fmt!r} (use 'csv' or 'json')")
    dest = Path(dest)
    if isinstance(source, Paths):
        from studio.store.db import Store

        store, _report = Store.open(source.db_path, source.backups_dir, source.quarantine_dir)
        try:
            tables = collect_export(store)
        finally:
            store.close()
    else:
        tables = collect_export(source)
    try:
        if fmt == "json":
            target = dest if dest.suffix.lower() == ".json" else dest.with_name(dest.name + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            payload = {
                "format": "interview-studio-export",
                "version": 1,
                "exported": datetime.now(UTC).isoformat(),
                "app_version": __version__,
                **{name: getattr(tables, name) for name in _CSV_TABLES if name != "exercise_phases"},
            }
            _atomic_write(target, json.dumps(payload, ensure_ascii=False, indent=2))
            return [target]
        dest.mkdir(parents=True, exist_ok=True)
        written = []
        for name in _CSV_TABLES:
            rows = getattr(tables, name)
            target = dest / f"{name}.csv"
            _atomic_write(target, _csv_text(rows, _csv_columns(name, rows)), encoding="utf-8-sig")
            written.append(target)
        return written
    except OSError as exc:
        raise ArchiveError(f"cannot write the export to {dest}: {exc}", str(dest)) from exc


def _csv_columns(name: str, rows: list[dict[str, Any]]) -> list[str]:
    if rows:
        return [k for k in rows[0] if k != "phases"]
    defaults = {
        "interviews": ["id", "company", "role", "scheduled_at", "stage", "notes", "created_at"],
        "takes": ["id", "uuid", "name", "duration", "created_at", *HEADLINE_METRICS],
        "exercise_sessions": ["id", "exercise_id", "status", "started_at", "finished_at"],
        "exercise_phases": ["session_id", "phase_id", "title", "position", "planned_seconds", "used_seconds"],
        "checklist_runs": ["id", "title", "items_total", "items_checked", "readiness"],
    }
    return defaults[name]


def _csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


def _atomic_write(target: Path, text: str, encoding: str = "utf-8") -> None:
    tmp = target.with_name(target.name + ".partial")
    with tmp.open("w", encoding=encoding, newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(target)


# ----- delete everything ----------------------------------------------------------------------------------------
def delete_all_data(paths: Paths, *, confirmed: bool) -> list[Path]:
    """Remove every piece of the user's data: database, takes, content, backups, trash, damaged files, cache, logs.

    Nothing is kept (no safety backup: that is the point). Only the studio's own files and folders inside the data
    folder are removed, never the data folder itself or anything else in it (the user may have pointed
    ``--data-dir`` at a folder that holds other things). **Close the Store first.** Window geometry kept by Qt's
    QSettings is not touched here (the UI clears it).

    Args:
        paths: the studio's paths.
        confirmed: must be True: the UI asks the user first; a False here is a programming error.

    Returns:
        The files and folders removed.

    Raises:
        ArchiveError: not confirmed, or something could not be removed (named).
    """
    if confirmed is not True:
        raise ArchiveError("delete_all_data needs the user's confirmation (confirmed=True)")
    db = paths.db_path
    targets: list[Path] = [
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        db.with_name(db.name + "-journal"),
        paths.takes_dir,
        paths.user_content_dir,
        paths.backups_dir,
        paths.trash_dir,
        paths.quarantine_dir,
        paths.cache_dir,
        paths.log_dir,
    ]
    if paths.data_dir.is_dir():
        targets += sorted(
            p for p in paths.data_dir.iterdir() if p.name.startswith((_STAGING_PREFIX, _OLD_PREFIX, ".backup-"))
        )
    removed = []
    for target in targets:
        # With platform folders, logs and cache live outside the data folder: only their own folder goes there.
        if paths.data_dir not in target.parents and target not in (paths.cache_dir, paths.log_dir):
            continue
        try:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
            else:
                continue
        except OSError as exc:
            raise ArchiveError(f"could not delete {target}: {exc}", str(target)) from exc
        removed.append(target)
    log.warning("all user data deleted from %s (%d items)", paths.data_dir, len(removed))
    return removed
