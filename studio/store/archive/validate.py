"""Checking a backup archive completely, treating it as hostile, before a single byte is restored from it."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from studio.store.archive.names import (
    ALLOWED_TOP_FOLDERS,
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    CHUNK,
    DB_ENTRY,
    MANIFEST_NAME,
    ArchiveError,
    Manifest,
    ManifestFile,
)

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


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


def open_zip(zip_path: Path) -> zipfile.ZipFile:
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


def stream_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected: ManifestFile, sink: Any | None) -> int:
    """Decompress one entry (into ``sink`` if given), checking its size and sha256 against the manifest."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
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


def check_database_file(db: Path, claimed_revision: str | None) -> None:
    """Check a database taken out of an archive: it opens, passes ``integrity_check``, holds tables, and its own
    Alembic revision is known to this version and equals what the manifest claims.

    Raises:
        ArchiveError: naming :data:`DB_ENTRY` and what is wrong.
    """
    import sqlite3

    from studio.store import migrate
    from studio.store.engine import integrity_problem

    problem = integrity_problem(db)
    if problem is not None:
        raise ArchiveError(f"the database in the archive ({DB_ENTRY}) is damaged or unusable: {problem}", DB_ENTRY)
    try:
        revision = migrate.stored_revision(db)
    except sqlite3.Error as exc:
        raise ArchiveError(f"the database in the archive ({DB_ENTRY}) cannot be read: {exc}", DB_ENTRY) from exc
    if revision is None:
        raise ArchiveError(f"the database in the archive ({DB_ENTRY}) has no schema revision", DB_ENTRY)
    if revision not in _known_revisions():
        raise ArchiveError(
            f"{DB_ENTRY} is at schema revision {revision!r}, unknown to this version "
            f"(made by a newer Interview Studio?)",
            DB_ENTRY,
        )
    if revision != claimed_revision:
        raise ArchiveError(
            f"{DB_ENTRY} is at schema revision {revision!r}, but {MANIFEST_NAME} says {claimed_revision!r}",
            DB_ENTRY,
        )


def _check_archived_database(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, item: ManifestFile, claimed: str | None
) -> None:
    """Copy the archive's database into a private temporary folder and check it there."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="studio-archive-check-") as tmp:
        db = Path(tmp) / "check.sqlite3"
        with db.open("wb") as sink:
            stream_entry(zf, info, item, sink)
        check_database_file(db, claimed)


def validate_archive(zip_path: Path, limits: ArchiveLimits | None = None, check_data: bool = True) -> Manifest:
    """Check an archive completely before anything is restored from it.

    Refuses, with an :class:`ArchiveError` naming the entry: a corrupt zip; absolute names, ``..`` or ``.``
    components, backslashes, control characters; symbolic links and other non-regular entries; encrypted entries;
    entries outside ``manifest.json``, ``db/``, ``takes/``, ``content/``; duplicate names; too many entries, an
    oversized entry or total, a compression ratio bomb; a missing, malformed or newer-format manifest; files not
    listed in the manifest or listed but absent; an archive without a database; sizes or sha256 that differ, and
    (``check_data``) a database that does not open, fails ``integrity_check``, holds no tables, or whose own schema
    revision is unknown here or differs from the manifest's claim.

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
    with open_zip(zip_path) as zf:
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
            entry = files.get(item.path)
            if entry is None:
                raise ArchiveError(f"{MANIFEST_NAME} lists {item.path!r}, which the archive lacks", item.path)
            if entry.file_size != item.size:
                raise ArchiveError(
                    f"archive entry {item.path!r} is {entry.file_size} bytes, the manifest says {item.size}",
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
                if item.path == DB_ENTRY:
                    _check_archived_database(zf, files[item.path], item, manifest.db_revision)
                else:
                    stream_entry(zf, files[item.path], item, None)
        if DB_ENTRY not in listed:
            raise ArchiveError(
                f"{zip_path} holds no database ({DB_ENTRY}): it would replace your data with nothing", DB_ENTRY
            )
    return manifest
