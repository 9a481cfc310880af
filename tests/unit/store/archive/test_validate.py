"""A backup is judged by the database inside it, not by what its manifest claims."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from studio.config import Paths
from studio.core.interviews import InterviewDraft
from studio.store import archive, migrate
from studio.store.archive import ArchiveError
from studio.store.db import Store
from studio.store.interviews import InterviewRepository


def _live_data(paths: Paths) -> bytes:
    store, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    InterviewRepository(store).add(InterviewDraft("Acme", "Manager"))
    store.close()
    return paths.db_path.read_bytes()


def _archive_with_db(tmp_path: Path, db_bytes: bytes | None, claimed_revision: str | None) -> Path:
    """A well-formed archive (names, sizes, sha256 all correct) around the given database bytes."""
    target = tmp_path / "incoming.zip"
    files = []
    entries: list[tuple[str, bytes]] = []
    if db_bytes is not None:
        entries.append((archive.DB_ENTRY, db_bytes))
    for name, data in entries:
        files.append({"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "format": archive.ARCHIVE_FORMAT,
        "version": archive.ARCHIVE_VERSION,
        "created": "2026-11-30T10:00:00+00:00",
        "app_version": "9.9",
        "db_revision": claimed_revision,
        "files": files,
    }
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in entries:
            zf.writestr(name, data)
        zf.writestr(archive.MANIFEST_NAME, json.dumps(manifest))
    return target


def _database_bytes(tmp_path: Path, revision: str | None, with_tables: bool = True) -> bytes:
    db = tmp_path / "made.sqlite3"
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    if with_tables:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    else:
        conn.execute("PRAGMA user_version = 7")  # a valid SQLite file with a header page and no tables
    conn.commit()
    conn.close()
    return db.read_bytes()


def _refused(zip_path: Path, paths: Paths, live: bytes, pattern: str) -> None:
    with pytest.raises(ArchiveError, match=pattern) as caught:
        archive.validate_archive(zip_path)
    assert caught.value.entry == archive.DB_ENTRY
    with pytest.raises(ArchiveError, match=pattern):
        archive.restore_backup(zip_path, paths)
    assert paths.db_path.read_bytes() == live


def test_future_database_refused_even_when_manifest_claims_a_known_revision(paths: Paths, tmp_path: Path) -> None:
    """The revision is read from the archive's own database: an unknown one is refused, whatever the manifest says."""
    live = _live_data(paths)
    zip_path = _archive_with_db(tmp_path, _database_bytes(tmp_path, "9999_future"), migrate.HEAD)
    _refused(zip_path, paths, live, "unknown to this version")


def test_manifest_revision_must_match_the_database(paths: Paths, tmp_path: Path) -> None:
    """A manifest that misstates the database's revision is refused."""
    live = _live_data(paths)
    first = migrate.all_revisions()[0]
    zip_path = _archive_with_db(tmp_path, _database_bytes(tmp_path, first), migrate.HEAD)
    _refused(zip_path, paths, live, "manifest.json says")


def test_empty_database_with_correct_checksums_refused(paths: Paths, tmp_path: Path) -> None:
    """A 0-byte database entry (checksums correct) would wipe everything: refused, live data untouched."""
    live = _live_data(paths)
    zip_path = _archive_with_db(tmp_path, b"", migrate.HEAD)
    _refused(zip_path, paths, live, "empty")


def test_database_without_tables_refused(paths: Paths, tmp_path: Path) -> None:
    """A valid SQLite file that holds no tables is not a studio database."""
    live = _live_data(paths)
    zip_path = _archive_with_db(tmp_path, _database_bytes(tmp_path, None, with_tables=False), migrate.HEAD)
    _refused(zip_path, paths, live, "no tables")


def test_manifest_only_archive_refused(paths: Paths, tmp_path: Path) -> None:
    """An archive holding only a manifest would replace all live data with nothing: refused."""
    live = _live_data(paths)
    zip_path = _archive_with_db(tmp_path, None, None)
    _refused(zip_path, paths, live, "holds no database")


def test_real_backup_still_validates_and_restores(paths: Paths, tmp_path: Path) -> None:
    """The checks accept what the studio itself writes."""
    _live_data(paths)
    zip_path = archive.create_backup(paths, tmp_path / "real.zip")
    manifest = archive.validate_archive(zip_path)
    assert manifest.db_revision == migrate.head_revision()
    archive.restore_backup(zip_path, paths)
    store, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    try:
        assert [i.company for i in InterviewRepository(store).list()] == ["Acme"]
    finally:
        store.close()
