"""Exercise attempts: ``exercisesession`` becomes ``exerciseattempt``, ``session_id`` columns ``attempt_id``.

SQLite renames tables and columns in place (``ALTER TABLE ... RENAME``) and rewrites the foreign keys and indexes
that name them, so no table is copied: a copy would drop the old table, and with ``foreign_keys=ON`` dropping a
parent table deletes (cascade) or empties (set null) what refers to it. Hence ``recreate="never"``.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHILDREN = ("take", "phaserecord", "phasenote")


def _rename(old_table: str, new_table: str, old_column: str, new_column: str) -> None:
    op.rename_table(old_table, new_table)
    with op.batch_alter_table(new_table, recreate="never") as batch:
        batch.drop_index(f"ix_{old_table}_exercise_id")
        batch.create_index(f"ix_{new_table}_exercise_id", ["exercise_id"], unique=False)
    for child in CHILDREN:
        with op.batch_alter_table(child, recreate="never") as batch:
            batch.alter_column(old_column, new_column_name=new_column)
    with op.batch_alter_table("phaserecord", recreate="never") as batch:
        batch.drop_index(f"ix_phaserecord_{old_column}")
        batch.create_index(f"ix_phaserecord_{new_column}", [new_column], unique=False)


def upgrade() -> None:
    _rename("exercisesession", "exerciseattempt", "session_id", "attempt_id")


def downgrade() -> None:
    _rename("exerciseattempt", "exercisesession", "attempt_id", "session_id")
