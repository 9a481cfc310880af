"""Alembic environment: always run with a connection handed in by ``studio.store.migrate``."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from studio.store import models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the studio never runs alembic from its CLI
    raise RuntimeError("studio migrations run only through studio.store.migrate")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
