"""Citizen satisfaction (issue 5): the per-dossier evaluation sheet and SIPAS-style paper surveys

Ratings at the desk use the existing ``rating`` table (one per dossier, enforced by ``core.satisfaction.ratings``);
this revision adds the evaluation sheet of docs/domain.md §3.1 (``evaluationsheet``, one per dossier) and
configurable paper questionnaires with their transcribed forms (``survey``, ``surveyresponse``).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "surveyresponse",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("form_no", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("keyed_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("keyed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["survey.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("surveyresponse", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_surveyresponse_keyed_at"), ["keyed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_surveyresponse_survey_id"), ["survey_id"], unique=False)

    op.create_table(
        "evaluationsheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("scored_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("scored_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossier.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evaluationsheet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluationsheet_dossier_id"), ["dossier_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("evaluationsheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluationsheet_dossier_id"))
    op.drop_table("evaluationsheet")
    with op.batch_alter_table("surveyresponse", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_surveyresponse_survey_id"))
        batch_op.drop_index(batch_op.f("ix_surveyresponse_keyed_at"))
    op.drop_table("surveyresponse")
    op.drop_table("survey")
