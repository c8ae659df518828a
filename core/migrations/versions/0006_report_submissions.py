"""Monthly report submissions: each submitted revision's figures and file, frozen with a SHA-256 checksum

The monthly report itself (core/reports) reads the dossier table through the existing covering index
``ix_dossier_result_received`` (result_at, received_at, due_at, field) for the carried-over part, so no
index is added here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reportsubmission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("period_kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("file_data", sa.LargeBinary(), nullable=False),
        sa.Column("checksum", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_code", "month", "period_kind", "revision", name="uq_report_submission_revision"),
    )
    with op.batch_alter_table("reportsubmission", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reportsubmission_month"), ["month"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reportsubmission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reportsubmission_month"))
    op.drop_table("reportsubmission")
