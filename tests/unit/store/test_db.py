"""Opening the store: damaged files are moved aside (never deleted) and the newest backup is offered."""

from __future__ import annotations

from studio.config import Paths
from studio.core.interviews import InterviewDraft
from studio.store import backup
from studio.store.db import Store
from studio.store.interviews import InterviewRepository


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
    snap = backup.snapshot(paths.db_path, paths.backups_dir, "manual")
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
    store.close()
    for _ in range(4):
        backup.snapshot(paths.db_path, paths.backups_dir, "manual", keep=2)
    assert len(backup.list_snapshots(paths.backups_dir)) == 2
