"""Opening the store: integrity check, damaged files moved aside (never deleted), migrations with a backup first.

One ``Store`` per process. Writes go through short-lived sessions on the GUI thread (tiny commits) or the task
runner; ``synchronous=FULL`` makes every commit durable before it returns.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine
from sqlmodel import Session

from studio.store import migrate, snapshots
from studio.store.engine import BUSY_TIMEOUT_S, check_access, make_engine, quick_check
from studio.store.errors import StoreAccessError, StoreTooNewError, unavailable

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

    def __init__(
        self, db_path: Path, backups_dir: Path, quarantine_dir: Path, busy_timeout: float = BUSY_TIMEOUT_S
    ) -> None:
        self.db_path = db_path
        self.backups_dir = backups_dir
        self.quarantine_dir = quarantine_dir
        self.busy_timeout = busy_timeout
        self.engine: Engine | None = None

    @classmethod
    def open(
        cls, db_path: Path, backups_dir: Path, quarantine_dir: Path, busy_timeout: float = BUSY_TIMEOUT_S
    ) -> tuple[Store, OpenReport]:
        """Open (creating or migrating as needed) the database at ``db_path``.

        Raises:
            StoreUnavailableError: the file is busy, not permitted, made by a newer version, or the disk is full:
                a healthy file that is left exactly as it was (see :mod:`studio.store.errors`).
        """
        store = cls(db_path, backups_dir, quarantine_dir, busy_timeout)
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
        folder = self.db_path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            message = f"the data folder {folder} cannot be created: {exc.strerror or exc}"
            raise StoreAccessError(message, folder) from exc
        problem = quick_check(self.db_path, self.busy_timeout)
        if problem is not None:
            report.damage = problem
            report.damaged_moved_to = self._move_aside()
            report.backups = snapshots.list_snapshots(self.backups_dir)
            log.error(
                "database %s failed its check (%s); moved to %s",
                self.db_path,
                problem,
                report.damaged_moved_to,
            )
        check_access(self.db_path)
        try:
            current = migrate.stored_revision(self.db_path)
        except sqlite3.Error as exc:
            raise unavailable(exc, self.db_path) from exc
        head = migrate.HEAD
        if current != head and not migrate.is_known(current):
            raise StoreTooNewError(
                f"{self.db_path} was made by a newer version of Interview Studio (schema revision {current!r}; "
                f"this version knows up to {head!r}). Nothing was changed: use the newer version, "
                "or restore an older backup.",
                self.db_path,
                str(current),
            )
        engine = make_engine(self.db_path, self.busy_timeout)
        try:
            if current != head:
                if current is not None:
                    report.migrated_from = current
                    report.backup_before_migration = snapshots.snapshot(self.db_path, self.backups_dir, f"pre-{head}")
                migrate.upgrade(engine)
            with engine.connect() as conn:  # the pragmas (WAL needs the folder writable) run on this first connect
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlalchemy.exc.DBAPIError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            raise unavailable(exc, self.db_path) from exc
        self.engine = engine
        return report

    def _move_aside(self) -> Path:
        """Move the damaged file (and its WAL/SHM companions) into the quarantine folder."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.quarantine_dir / f"{self.db_path.stem}-{stamp}{self.db_path.suffix}"
        try:
            self.quarantine_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(self.db_path), str(target))
            for suffix in ("-wal", "-shm"):
                companion = self.db_path.with_name(self.db_path.name + suffix)
                if companion.exists():
                    shutil.move(str(companion), str(target.with_name(target.name + suffix)))
        except OSError as exc:
            raise StoreAccessError(
                f"{self.db_path} is damaged, but it cannot be moved aside into {self.quarantine_dir}: "
                f"{exc.strerror or exc}. Nothing was changed; make the data folder writable and start again.",
                self.quarantine_dir,
            ) from exc
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
            snapshots.snapshot(self.db_path, self.backups_dir, "before-restore")
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
