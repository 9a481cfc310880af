"""Migrations: from an empty file and from every revision up to head; the models match the migrated schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def _fill_0002(engine: Any) -> None:
    """One exercise attempt of revision 0002 with a phase record, a note, a take and that take's report."""
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO exercisesession (id, exercise_id, lang, title, status, state, debrief, started_at,"
                " updated_at) VALUES (7, 'support_requests_case', 'ru', 'Кейс', 'finished', '{}', '{}',"
                " '2026-01-01 10:00:00', '2026-01-01 10:30:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO phaserecord (id, session_id, phase_id, title, position, planned_seconds, used_seconds)"
                " VALUES (1, 7, 'read', 'Read', 0, 120.0, 95.5)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO phasenote (session_id, phase_id, text, updated_at)"
                " VALUES (7, 'read', 'TAM = 3M x 12', '2026-01-01 10:05:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO take (id, uuid, session_id, path, name, frames, samplerate, channels, duration,"
                " device_name, source, marks, rating, favourite, notes, created_at) VALUES (3, 'u3', 7,"
                " 'takes/a.wav', 'Кейс', 48000, 48000, 1, 1.0, '', 'recorded', '[]', 0, 0, '', '2026-01-01 10:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO deliveryreport (id, take_id, analysis_version, language, report, created_at)"
                " VALUES (1, 3, 1, 'ru', '{}', '2026-01-01 10:31:00')"
            )
        )


@pytest.mark.parametrize("start", ["0001", "0002"])
def test_exercise_attempt_rename_keeps_every_row(tmp_path: Path, start: str) -> None:
    """0003 renames the attempt table and its columns in place: attempts, phases, notes, takes and reports all stay."""
    from sqlalchemy import text

    engine = make_engine(tmp_path / "old.sqlite3")
    try:
        migrate.upgrade(engine, start)
        if start == "0001":
            migrate.upgrade(engine, "0002")
        _fill_0002(engine)
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM exerciseattempt WHERE id = 7")).scalar_one() == "Кейс"
            assert conn.execute(text("SELECT attempt_id FROM phaserecord")).scalar_one() == 7
            assert conn.execute(text("SELECT attempt_id, text FROM phasenote")).one() == (7, "TAM = 3M x 12")
            assert conn.execute(text("SELECT attempt_id FROM take WHERE id = 3")).scalar_one() == 7
            assert conn.execute(text("SELECT count(*) FROM deliveryreport")).scalar_one() == 1
            tables = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
            assert "exercisesession" not in tables
            for child in ("take", "phaserecord", "phasenote"):
                targets = {row[2] for row in conn.execute(text(f"PRAGMA foreign_key_list({child})"))}
                assert "exerciseattempt" in targets and "exercisesession" not in targets
        with engine.begin() as conn:  # the foreign keys still act: deleting the attempt cascades / sets null
            conn.execute(text("DELETE FROM exerciseattempt WHERE id = 7"))
            assert conn.execute(text("SELECT count(*) FROM phaserecord")).scalar_one() == 0
            assert conn.execute(text("SELECT count(*) FROM phasenote")).scalar_one() == 0
            assert conn.execute(text("SELECT attempt_id FROM take WHERE id = 3")).scalar_one() is None
    finally:
        engine.dispose()


def test_exercise_attempt_rename_downgrades(tmp_path: Path) -> None:
    """0003 can be undone: the 0002 names come back with the rows."""
    from alembic import command
    from sqlalchemy import text

    engine = make_engine(tmp_path / "down.sqlite3")
    try:
        migrate.upgrade(engine, "0002")
        _fill_0002(engine)
        migrate.upgrade(engine, "0003")
        cfg = migrate._config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT session_id FROM phaserecord")).scalar_one() == 7
            assert conn.execute(text("SELECT session_id FROM take WHERE id = 3")).scalar_one() == 7
            assert conn.execute(text("SELECT count(*) FROM exercisesession")).scalar_one() == 1
    finally:
        engine.dispose()


def test_exercise_tables_match_the_models(tmp_path: Path) -> None:
    """The exercise attempt tables built by the migrations are exactly the models (names, keys, indexes)."""
    engine = make_engine(tmp_path / "cmp.sqlite3")
    mine = {"exerciseattempt", "exercisesession", "phaserecord", "phasenote", "take"}
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        ours = [d for d in diffs if _table_of(d) in mine]
        assert ours == []
    finally:
        engine.dispose()


def _table_of(diff: Any) -> str:
    """The table a compare_metadata difference is about."""
    first = diff[0] if isinstance(diff, list) else diff
    for item in first[1:]:
        table = getattr(item, "table", None)
        if table is not None and hasattr(table, "name"):
            return str(table.name)
        if hasattr(item, "name") and hasattr(item, "columns"):
            return str(item.name)
        if isinstance(item, str):
            return item
    return ""
