"""Intake desk: guidance slips (Mẫu 02/03) and the dossier's checklist, payment, delivery, handler

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 11:42:15.792129
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intakeguidance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("unit_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("procedure_code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("procedure_name", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("applicant_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("id_number", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("profile", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("intakeguidance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intakeguidance_at"), ["at"], unique=False)

    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("payment_method", sqlmodel.sql.sqltypes.AutoString(length=10), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("delivery", sqlmodel.sql.sqltypes.AutoString(length=10), server_default="desk", nullable=False)
        )
        batch_op.add_column(sa.Column("components", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(
            sa.Column("handler", sqlmodel.sql.sqltypes.AutoString(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("receipt_version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_index(batch_op.f("ix_dossier_handler"), ["handler"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_handler"))
        batch_op.drop_column("receipt_version")
        batch_op.drop_column("handler")
        batch_op.drop_column("components")
        batch_op.drop_column("delivery")
        batch_op.drop_column("payment_method")

    with op.batch_alter_table("intakeguidance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intakeguidance_at"))

    op.drop_table("intakeguidance")
