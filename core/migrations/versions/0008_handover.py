"""Hand-over to the provincial system (issue 9): each dossier's hand-over state and report uploads

``dossier`` gains ``handover`` (not_needed | pending | entered), the provincial system's own code
``province_code``, and who entered it when (``handover_by``, ``handover_at``). Server defaults make
every existing row "not_needed": a dossier accepted before this revision is not on the hand-over
list. ``reportupload`` records which monthly reports are still to upload and who uploaded them when.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "handover", sqlmodel.sql.sqltypes.AutoString(length=12), server_default="not_needed", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("province_code", sqlmodel.sql.sqltypes.AutoString(length=60), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("handover_by", sqlmodel.sql.sqltypes.AutoString(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("handover_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_dossier_handover"), ["handover"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_province_code"), ["province_code"], unique=False)

    op.create_table(
        "reportupload",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=True),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("month"),
    )


def downgrade() -> None:
    op.drop_table("reportupload")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_province_code"))
        batch_op.drop_index(batch_op.f("ix_dossier_handover"))
        batch_op.drop_column("handover_at")
        batch_op.drop_column("handover_by")
        batch_op.drop_column("province_code")
        batch_op.drop_column("handover")
