"""Checklists, voice takes and reports, exercise sessions.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklistrun",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("template_id", sqlmodel.AutoString(length=120), nullable=False),
        sa.Column("template_lang", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklistrun") as batch:
        batch.create_index("ix_checklistrun_interview_id", ["interview_id"], unique=False)
    op.create_table(
        "checklistitem",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("section", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("text", sqlmodel.AutoString(), nullable=False),
        sa.Column("hint", sqlmodel.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.AutoString(), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False),
        sa.Column("checked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["checklistrun.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklistitem") as batch:
        batch.create_index("ix_checklistitem_run_id", ["run_id"], unique=False)
    op.create_table(
        "usertemplate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sqlmodel.AutoString(length=120), nullable=False),
        sa.Column("lang", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("toml", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("usertemplate") as batch:
        batch.create_index("ix_usertemplate_template_id", ["template_id"], unique=False)
    op.create_table(
        "prompt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.AutoString(length=20), nullable=False),
        sa.Column("ref", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("lang", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=500), nullable=False),
        sa.Column("script", sqlmodel.AutoString(), nullable=False),
        sa.Column("target_seconds", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exercisesession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sqlmodel.AutoString(length=120), nullable=False),
        sa.Column("lang", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("status", sqlmodel.AutoString(length=20), nullable=False),
        sa.Column("state", sqlmodel.AutoString(), nullable=False),
        sa.Column("debrief", sqlmodel.AutoString(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exercisesession") as batch:
        batch.create_index("ix_exercisesession_exercise_id", ["exercise_id"], unique=False)
    op.create_table(
        "take",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sqlmodel.AutoString(length=40), nullable=False),
        sa.Column("prompt_id", sa.Integer(), nullable=True),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("path", sqlmodel.AutoString(length=500), nullable=False),
        sa.Column("name", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("frames", sa.Integer(), nullable=False),
        sa.Column("samplerate", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("duration", sa.Float(), nullable=False),
        sa.Column("device_name", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("source", sqlmodel.AutoString(length=20), nullable=False),
        sa.Column("marks", sqlmodel.AutoString(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("notes", sqlmodel.AutoString(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["prompt_id"], ["prompt.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["exercisesession.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("take") as batch:
        batch.create_index("ix_take_prompt_id", ["prompt_id"], unique=False)
        batch.create_index("ix_take_interview_id", ["interview_id"], unique=False)
    op.create_table(
        "deliveryreport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("take_id", sa.Integer(), nullable=False),
        sa.Column("analysis_version", sa.Integer(), nullable=False),
        sa.Column("language", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("report", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["take_id"], ["take.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("take_id"),
    )
    op.create_table(
        "phaserecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sqlmodel.AutoString(length=80), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("planned_seconds", sa.Float(), nullable=False),
        sa.Column("used_seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["exercisesession.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("phaserecord") as batch:
        batch.create_index("ix_phaserecord_session_id", ["session_id"], unique=False)
    op.create_table(
        "phasenote",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sqlmodel.AutoString(length=80), nullable=False),
        sa.Column("text", sqlmodel.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["exercisesession.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "phase_id"),
    )


def downgrade() -> None:
    op.drop_table("phasenote")
    op.drop_table("phaserecord")
    op.drop_table("deliveryreport")
    op.drop_table("take")
    op.drop_table("exercisesession")
    op.drop_table("prompt")
    op.drop_table("usertemplate")
    op.drop_table("checklistitem")
    op.drop_table("checklistrun")
