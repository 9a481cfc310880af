"""Schema migrations (Alembic, batch mode) run programmatically against the studio's engine.

Alembic is imported only when a migration is needed: opening an up-to-date database reads the stored revision with
sqlite3 and compares it with ``HEAD``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision, known without loading Alembic (a test checks it equals the scripts' head).
HEAD = "0004"


def stored_revision(db_path: Path) -> str | None:
    """The revision recorded in the file, read with sqlite3 without changing it (None when empty or never migrated).

    Raises:
        sqlite3.Error: the file cannot be read (busy, not permitted, damaged): anything but a missing table.
    """
    if not db_path.exists():
        return None
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    finally:
        conn.close()
    return str(row[0]) if row else None


def is_known(revision: str | None) -> bool:
    """Whether this version's migration scripts know ``revision`` (None: an empty, never-migrated file)."""
    return revision is None or revision == HEAD or revision in all_revisions()


def _config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision the migration scripts define."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return str(head)


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty, never-migrated file)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
    return None if rev is None else str(rev)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the database to ``target`` (default: the newest revision)."""
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
