""" "Delete all my data" removes every place the studio wrote, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.config import Paths, resolve_paths, write_location_pointer
from studio.store import wipe
from studio.store.db import Store


def _use_the_studio(paths: Paths) -> None:
    """Leave a file in every place a session of the studio writes to."""
    store, _ = Store.open(paths.db_path, paths.backups_dir, paths.quarantine_dir)
    store.close()
    for path in (
        paths.takes_dir / "2026" / "11" / "a.wav",
        paths.takes_dir / "2026" / "11" / "a.wav.peaks",
        paths.user_content_dir / "questions" / "mine.en.toml",
        paths.backups_dir / "interview-studio-backup-20261130T100000Z.zip",
        paths.trash_dir / "old.wav",
        paths.quarantine_dir / "studio-x.sqlite3",
        paths.log_file,
        paths.cache_dir / "content-cache.json",
        paths.data_dir / "window.ini",
        paths.data_dir / "window.ini.lock",
        paths.data_dir / "studio.sqlite3.part",
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_delete_all_leaves_only_the_users_other_files(data_dir: Path) -> None:
    """After "delete all" the data folder holds only what the user put there themselves."""
    paths = resolve_paths().ensure()
    _use_the_studio(paths)
    (paths.data_dir / "my-notes.txt").write_text("not the studio's")
    wipe.delete_all_data(paths, confirmed=True)
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["my-notes.txt"]


def test_delete_all_removes_content_cache_left_in_the_platform_cache(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A content cache an older version wrote to ~/.cache despite --data-dir is removed too; nothing else there."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    platform_cache = tmp_path / "xdg-cache" / "InterviewStudio"
    platform_cache.mkdir(parents=True)
    (platform_cache / "content-cache.json").write_text("{}")
    (platform_cache / "someone-else.txt").write_text("keep")
    paths = resolve_paths().ensure()
    wipe.delete_all_data(paths, confirmed=True)
    assert sorted(p.name for p in platform_cache.iterdir()) == ["someone-else.txt"]


def test_delete_all_forgets_a_moved_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pointer to a moved data folder goes when that folder's data is deleted; a pointer elsewhere stays."""
    moved = tmp_path / "moved"
    moved.mkdir()
    write_location_pointer(moved)
    monkeypatch.delenv("STUDIO_DATA_DIR")
    paths = resolve_paths().ensure()
    assert paths.data_dir == moved
    from studio.config import location_pointer_file

    wipe.delete_all_data(paths, confirmed=True)
    assert not location_pointer_file().exists()
    other = tmp_path / "other"
    other.mkdir()
    write_location_pointer(other)
    wipe.delete_all_data(resolve_paths(tmp_path / "third").ensure(), confirmed=True)
    assert location_pointer_file().exists()
