"""Interviews and settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("scheduled_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("stage", sqlmodel.AutoString(length=40), nullable=False),
        sa.Column("notes", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interview") as batch:
        batch.create_index("ix_interview_scheduled_at", ["scheduled_at"], unique=False)
    op.create_table(
        "setting",
        sa.Column("key", sqlmodel.AutoString(length=100), nullable=False),
        sa.Column("value", sqlmodel.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("interview") as batch:
        batch.drop_index("ix_interview_scheduled_at")
    op.drop_table("interview")
