"""R2: a process killed at the N-th database write (N = 1…200) never leaves a damaged database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event

from studio.core.interviews import InterviewDraft
from studio.store.db import Store
from studio.store.interviews import InterviewRepository
from studio.store.settings import SettingsRepository

WRITES = 200


def _child(db: Path, crash_at: int) -> None:
    """Open the store and write until the crash_at-th statement that changes data, then die without cleanup."""
    store, _ = Store.open(db, db.parent / "backups", db.parent / "damaged")
    assert store.engine is not None
    count = 0

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        nonlocal count
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            count += 1
            if count == crash_at:
                os._exit(17)  # like SIGKILL: no commit, no close, no atexit

    event.listen(store.engine, "before_cursor_execute", before)
    interviews = InterviewRepository(store)
    settings = SettingsRepository(store)
    for i in range(WRITES):
        row = interviews.add(InterviewDraft(f"Company {i}", "Role"))
        assert row.id is not None
        settings.set("target_seconds", 60 + i)
        if i % 3 == 0:
            interviews.delete(row.id)
    os._exit(0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_crash_at_every_write_leaves_a_sound_database(tmp_path: Path) -> None:
    """Fork a writer that dies at write N for N = 1…200: every time, integrity_check is ok and the store reopens."""
    # A process crash (unlike power loss) does not depend on fsync, so RAM-backed storage keeps this fast.
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        tmp_path = Path(tempfile.mkdtemp(dir=shm, prefix="studio-r2-"))
    template = tmp_path / "template.sqlite3"
    Store.open(template, tmp_path / "backups", tmp_path / "damaged")[0].close()  # migrated once, copied per run
    for crash_at in range(1, WRITES + 1):
        db = tmp_path / f"crash{crash_at}" / "studio.sqlite3"
        db.parent.mkdir()
        shutil.copyfile(template, db)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                _child(db, crash_at)
            finally:
                os._exit(3)
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 17, f"child did not crash at write {crash_at}"
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"damaged after write {crash_at}"
        finally:
            conn.close()
        store, report = Store.open(db, db.parent / "backups", db.parent / "damaged")
        try:
            assert report.damaged_moved_to is None
            committed = InterviewRepository(store).list()
            assert len(committed) <= crash_at
        finally:
            store.close()
        shutil.rmtree(db.parent)
    if str(tmp_path).startswith("/dev/shm/"):
        shutil.rmtree(tmp_path)
