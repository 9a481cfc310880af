"""Migrations: from an empty file and from every revision up to head; the models match the migrated schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from studio.store import migrate, models  # noqa: F401  (models register the tables)
from studio.store.db import Store
from studio.store.engine import make_engine


def test_head_constant_matches_scripts() -> None:
    """migrate.HEAD (used to skip loading Alembic at start) is the newest migration script."""
    assert migrate.head_revision() == migrate.HEAD


def test_empty_database_upgrades_to_head(tmp_path: Path) -> None:
    """A new file is migrated to the newest revision."""
    engine = make_engine(tmp_path / "new.sqlite3")
    try:
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", migrate.all_revisions())
def test_each_revision_upgrades_to_head(tmp_path: Path, start: str) -> None:
    """A database made by any earlier revision reaches head, with a backup written first."""
    db = tmp_path / "old.sqlite3"
    engine = make_engine(db)
    migrate.upgrade(engine, start)
    engine.dispose()
    store, report = Store.open(db, tmp_path / "backups", tmp_path / "damaged")
    try:
        assert store.engine is not None
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        if start != migrate.head_revision():
            assert report.migrated_from == start
            assert report.backup_before_migration is not None and report.backup_before_migration.exists()
        else:
            assert report.migrated_from is None
    finally:
        store.close()


def test_models_match_migrated_schema(tmp_path: Path) -> None:
    """No difference between the SQLModel tables and what the migrations built."""
    engine = make_engine(tmp_path / "cmp.sqlite3")
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diffs == []
    finally:
        engine.dispose()
