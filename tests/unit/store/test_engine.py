"""Pragmas hold on every connection, and the integrity check tells healthy files from damaged ones."""

from __future__ import annotations

from pathlib import Path

from studio.store.db import Store
from studio.store.engine import make_engine, quick_check


def test_pragmas_on_every_pooled_connection(tmp_path: Path) -> None:
    """Two connections open at once both have WAL, synchronous=FULL and foreign keys on."""
    engine = make_engine(tmp_path / "x.sqlite3")
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                raw = conn.connection.dbapi_connection
                assert raw is not None
                assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
                assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        engine.dispose()


def test_store_sessions_use_the_pragmas(store: Store) -> None:
    """A session from the store runs on a connection with the pragmas set."""
    from sqlalchemy import text

    with store.session() as session:
        assert session.exec(text("PRAGMA synchronous")).one()[0] == 2  # type: ignore[call-overload]
        assert session.exec(text("PRAGMA foreign_keys")).one()[0] == 1  # type: ignore[call-overload]


def test_quick_check_healthy_absent_and_garbage(tmp_path: Path, store: Store) -> None:
    """quick_check: None for a good or missing file, a reason for garbage."""
    assert quick_check(store.db_path) is None
    assert quick_check(tmp_path / "missing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert quick_check(junk) is not None
