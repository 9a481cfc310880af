"""Opening the store: damaged files are moved aside (never deleted) and the newest backup is offered."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.config import Paths
from studio.core.interviews import InterviewDraft
from studio.store import migrate, snapshots
from studio.store.db import Store
from studio.store.engine import make_engine, quick_check
from studio.store.errors import StoreAccessError, StoreBusyError, StoreTooNewError
from studio.store.interviews import InterviewRepository
from tests.support.permissions import call_unprivileged, read_only, shared_folder


def _open(paths: Paths) -> tuple[Store, object]:
    return Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)


def test_corrupt_file_moved_aside_not_deleted(paths: Paths) -> None:
    """Garbage in the DB file: the bytes survive in the quarantine folder, a fresh DB opens, the user is told."""
    garbage = b"\x00garbage\xff" * 4096
    paths.db_path.write_bytes(garbage)
    store, report = _open(paths)
    try:
        assert report.damage  # type: ignore[attr-defined]
        moved = report.damaged_moved_to  # type: ignore[attr-defined]
        assert moved is not None and moved.read_bytes() == garbage
        assert moved.parent == paths.quarantine_dir
        assert InterviewRepository(store).list() == []
    finally:
        store.close()


def test_damaged_page_detected_and_backup_offered(paths: Paths) -> None:
    """A database whose pages were overwritten is caught by quick_check; the snapshot is listed, newest first."""
    store, _ = _open(paths)
    InterviewRepository(store).add(InterviewDraft("Acme", "Manager"))
    snap = snapshots.snapshot(paths.db_path, paths.backups_dir, "manual")
    store.close()
    data = bytearray(paths.db_path.read_bytes())
    for offset in range(4096, len(data), 97):  # scribble over every page after the header page
        data[offset] = 0xFF
    paths.db_path.write_bytes(bytes(data))
    store, report = _open(paths)
    try:
        assert report.damaged_moved_to is not None  # type: ignore[attr-defined]
        assert report.backups[0] == snap  # type: ignore[attr-defined]
        store.restore_snapshot(snap)
        assert [r.company for r in InterviewRepository(store).list()] == ["Acme"]
    finally:
        store.close()


def test_backups_pruned_to_keep(paths: Paths) -> None:
    """Only the newest N snapshots are kept."""
    store, _ = _open(paths)
    repo = InterviewRepository(store)
    for index in range(4):
        repo.add(InterviewDraft(f"Company {index}", "Manager"))  # a different database each time
        snapshots.snapshot(paths.db_path, paths.backups_dir, "manual", keep=2)
    store.close()
    assert len(snapshots.list_snapshots(paths.backups_dir)) == 2


# ----- a healthy database that cannot be used now is never treated as damaged ----------------------------------
def _healthy_db(paths: Paths, journal_mode: str = "WAL") -> bytes:
    """A real studio database with one interview, closed; returns its bytes."""
    store, _ = _open(paths)
    InterviewRepository(store).add(InterviewDraft("Acme", "Manager"))
    store.close()
    if journal_mode != "WAL":
        conn = sqlite3.connect(paths.db_path)
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
        conn.close()
    return paths.db_path.read_bytes()


@contextlib.contextmanager
def _exclusive_lock_in_other_process(db: Path) -> Iterator[None]:
    """Another process holds ``BEGIN EXCLUSIVE`` on ``db`` until the block ends."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()


def test_busy_database_is_not_moved_and_says_busy(paths: Paths) -> None:
    """Another process holding BEGIN EXCLUSIVE: the open waits, then says "in use"; the file stays where it is."""
    original = _healthy_db(paths, journal_mode="DELETE")
    with _exclusive_lock_in_other_process(paths.db_path), pytest.raises(StoreBusyError) as caught:
        Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir, busy_timeout=0.2)
    assert "another copy of Interview Studio or another program" in str(caught.value)
    assert paths.db_path.read_bytes() == original
    assert not paths.quarantine_dir.exists()
    store, report = _open(paths)  # once the other program lets go, the same data opens
    try:
        assert report.damage is None  # type: ignore[attr-defined]
        assert [i.company for i in InterviewRepository(store).list()] == ["Acme"]
    finally:
        store.close()


def test_read_only_database_is_not_moved_and_named(paths: Paths) -> None:
    """A read-only database file: a clear error naming the file; nothing moved, nothing created beside it."""
    original = _healthy_db(paths)
    with read_only(paths.db_path), pytest.raises(StoreAccessError) as caught:
        _open(paths)
    assert str(paths.db_path) in str(caught.value) and "read-only" in str(caught.value)
    assert paths.db_path.read_bytes() == original
    assert not paths.quarantine_dir.exists()


def test_unreadable_database_is_not_moved_and_named() -> None:
    """A database the user may not read (mode 000): a clear error naming the file and the permission; not moved."""
    with shared_folder() as folder:
        paths = Paths(folder, folder / "logs", folder / "cache")
        original = _healthy_db(paths)
        paths.db_path.chmod(0)
        with pytest.raises(StoreAccessError) as caught:
            call_unprivileged(lambda: _open(paths)[1])
        message = str(caught.value)
        assert str(paths.db_path) in message and "cannot be read" in message and "permission" in message.lower()
        paths.db_path.chmod(0o644)
        assert paths.db_path.read_bytes() == original
        assert not paths.quarantine_dir.exists()


def test_damaged_database_in_read_only_folder_gives_clear_error(paths: Paths) -> None:
    """A damaged file in a folder that cannot be written: one clear error, no PermissionError traceback, file kept."""
    garbage = b"\x00garbage\xff" * 512
    paths.db_path.write_bytes(garbage)
    with read_only(paths.data_dir), pytest.raises(StoreAccessError) as caught:
        _open(paths)
    assert str(paths.data_dir) in str(caught.value)
    assert paths.db_path.read_bytes() == garbage


def test_quick_check_counts_only_corruption_as_damage(paths: Paths) -> None:
    """quick_check: busy raises StoreBusyError (not a damage string); a file that is not SQLite is damage."""
    _healthy_db(paths, journal_mode="DELETE")
    with _exclusive_lock_in_other_process(paths.db_path), pytest.raises(StoreBusyError):
        quick_check(paths.db_path, busy_timeout=0.1)
    assert quick_check(paths.db_path) is None
    paths.db_path.write_bytes(b"not a database at all" * 100)
    assert quick_check(paths.db_path) == "not an SQLite database (bad header)"


# ----- a database from a newer version ------------------------------------------------------------------------
def test_database_from_newer_version_opens_nothing_destructive(paths: Paths) -> None:
    """An unknown Alembic revision: "made by a newer version", the file untouched, no snapshot, nothing moved."""
    _healthy_db(paths)
    conn = sqlite3.connect(paths.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = paths.db_path.read_bytes()
    with pytest.raises(StoreTooNewError) as caught:
        _open(paths)
    assert "newer version" in str(caught.value) and caught.value.revision == "9999_future"
    assert paths.db_path.read_bytes() == before
    assert snapshots.list_snapshots(paths.backups_dir) == []
    assert not paths.quarantine_dir.exists()


# ----- snapshots survive failing start-ups -------------------------------------------------------------------
def _db_at_first_revision(paths: Paths) -> None:
    engine = make_engine(paths.db_path)
    migrate.upgrade(engine, migrate.all_revisions()[0])
    engine.dispose()


def test_failing_startups_do_not_rotate_good_snapshots_out(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seven start-ups whose migration fails write one pre-migration snapshot, and the older good one survives."""
    _db_at_first_revision(paths)
    good = snapshots.snapshot(paths.db_path, paths.backups_dir, "manual")
    conn = sqlite3.connect(paths.db_path)  # the user worked on after that snapshot
    conn.execute("CREATE TABLE scratch (x)")
    conn.commit()
    conn.close()

    def broken_upgrade(_engine: object, target: str = "head") -> None:
        raise RuntimeError("migration failed")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    for _ in range(7):
        with pytest.raises(RuntimeError):
            _open(paths)
    kept = snapshots.list_snapshots(paths.backups_dir)
    assert good in kept
    assert len(kept) == 2


def test_prune_never_removes_the_last_good_snapshot(paths: Paths) -> None:
    """Newer snapshot files that are damaged do not push out the newest one that passes integrity_check."""
    store, _ = _open(paths)
    store.close()
    good = snapshots.snapshot(paths.db_path, paths.backups_dir, "manual")
    for index in range(6):
        bad = paths.backups_dir / f"studio-29990101T0000{index:02d}000000Z-pre-9999.sqlite3"
        bad.write_bytes(b"damaged" * 100)
    snapshots.prune(paths.backups_dir, keep=3)
    kept = snapshots.list_snapshots(paths.backups_dir)
    assert good in kept
    assert len(kept) == 4
