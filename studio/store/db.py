"""Opening the store: integrity check, damaged files moved aside (never deleted), migrations with a backup first.

One ``Store`` per process. Writes go through short-lived sessions on the GUI thread (tiny commits) or the task
runner; ``synchronous=FULL`` makes every commit durable before it returns.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from studio.store import backup, migrate
from studio.store.engine import make_engine, quick_check

log = logging.getLogger(__name__)


@dataclass
class OpenReport:
    """What happened while opening the store, for the UI to tell the user.

    Attributes:
        damaged_moved_to: where an unreadable database was moved aside (None when all was well).
        damage: the integrity problem found.
        backups: snapshots available to restore, newest first (offered after damage).
        migrated_from: the revision before migrating (None when no migration ran).
        backup_before_migration: the snapshot written before migrating.
    """

    damaged_moved_to: Path | None = None
    damage: str | None = None
    backups: list[Path] = field(default_factory=list)
    migrated_from: str | None = None
    backup_before_migration: Path | None = None


class Store:
    """The studio's SQLite database."""

    def __init__(self, db_path: Path, backups_dir: Path, quarantine_dir: Path) -> None:
        self.db_path = db_path
        self.backups_dir = backups_dir
        self.quarantine_dir = quarantine_dir
        self.engine: Engine | None = None

    @classmethod
    def open(cls, db_path: Path, backups_dir: Path, quarantine_dir: Path) -> tuple[Store, OpenReport]:
        """Open (creating or migrating as needed) the database at ``db_path``."""
        store = cls(db_path, backups_dir, quarantine_dir)
        report = store._open()
        return store, report

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def reopen(self) -> OpenReport:
        """Open again after ``close()`` (same file)."""
        return self._open()

    def _open(self) -> OpenReport:
        report = OpenReport()
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        problem = quick_check(self.db_path)
        if problem is not None:
            report.damage = problem
            report.damaged_moved_to = self._move_aside()
            report.backups = backup.list_snapshots(self.backups_dir)
            log.error(
                "database %s failed its check (%s); moved to %s",
                self.db_path,
                problem,
                report.damaged_moved_to,
            )
        self.engine = make_engine(self.db_path)
        current = migrate.stored_revision(self.db_path)
        head = migrate.HEAD
        if current != head:
            if current is not None:
                report.migrated_from = current
                report.backup_before_migration = backup.snapshot(self.db_path, self.backups_dir, f"pre-{head}")
            migrate.upgrade(self.engine)
        return report

    def _move_aside(self) -> Path:
        """Move the damaged file (and its WAL/SHM companions) into the quarantine folder."""
        self.quarantine_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.quarantine_dir / f"{self.db_path.stem}-{stamp}{self.db_path.suffix}"
        shutil.move(str(self.db_path), str(target))
        for suffix in ("-wal", "-shm"):
            companion = self.db_path.with_name(self.db_path.name + suffix)
            if companion.exists():
                shutil.move(str(companion), str(target.with_name(target.name + suffix)))
        return target

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short-lived session for one unit of work; commits on success, rolls back on error."""
        assert self.engine is not None, "store is closed"
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def restore_snapshot(self, snapshot_path: Path) -> None:
        """Replace the live database with a snapshot (the current file is snapshotted first if healthy)."""
        self.close()
        if self.db_path.exists() and quick_check(self.db_path) is None:
            backup.snapshot(self.db_path, self.backups_dir, "before-restore")
        for suffix in ("-wal", "-shm"):
            self.db_path.with_name(self.db_path.name + suffix).unlink(missing_ok=True)
        tmp = self.db_path.with_name(self.db_path.name + ".restoring")
        shutil.copyfile(snapshot_path, tmp)
        tmp.replace(self.db_path)
        self._open()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
