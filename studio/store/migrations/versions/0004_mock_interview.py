"""Mock interview and STAR story bank: practice plans, sessions, answers, stories and their question links.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practiceplan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("question_ids", sqlmodel.AutoString(), nullable=False),
        sa.Column("settings", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "story",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.AutoString(length=300), nullable=False),
        sa.Column("situation", sqlmodel.AutoString(), nullable=False),
        sa.Column("task", sqlmodel.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.AutoString(), nullable=False),
        sa.Column("result", sqlmodel.AutoString(), nullable=False),
        sa.Column("metric", sqlmodel.AutoString(), nullable=False),
        sa.Column("metric_how", sqlmodel.AutoString(), nullable=False),
        sa.Column("competencies", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "mocksession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("lang", sqlmodel.AutoString(length=5), nullable=False),
        sa.Column("status", sqlmodel.AutoString(length=20), nullable=False),
        sa.Column("state", sqlmodel.AutoString(), nullable=False),
        sa.Column("recording", sqlmodel.AutoString(length=500), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["practiceplan.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mocksession") as batch:
        batch.create_index("ix_mocksession_interview_id", ["interview_id"], unique=False)
    op.create_table(
        "mockanswer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("take_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("question_text", sqlmodel.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("limit_s", sa.Integer(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("self_check", sqlmodel.AutoString(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("note", sqlmodel.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["mocksession.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["take_id"], ["take.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mockanswer") as batch:
        batch.create_index("ix_mockanswer_session_id", ["session_id"], unique=False)
        batch.create_index("ix_mockanswer_take_id", ["take_id"], unique=False)
        batch.create_index("ix_mockanswer_question_id", ["question_id"], unique=False)
    op.create_table(
        "storyquestion",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sqlmodel.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", "question_id"),
    )
    op.create_table(
        "starredquestion",
        sa.Column("question_id", sqlmodel.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("question_id"),
    )
    op.create_table(
        "employerquestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("text", sqlmodel.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("employerquestion") as batch:
        batch.create_index("ix_employerquestion_interview_id", ["interview_id"], unique=False)


def downgrade() -> None:
    op.drop_table("employerquestion")
    op.drop_table("starredquestion")
    op.drop_table("storyquestion")
    op.drop_table("mockanswer")
    op.drop_table("mocksession")
    op.drop_table("story")
    op.drop_table("practiceplan")
