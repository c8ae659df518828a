"""Scanned papers and results kept with the dossier (issue 16)

``attachment`` holds one row per file attached to a dossier's component or to its result (the file
itself is an encrypted blob: in a folder beside a SQLite file, or in ``attachment_blob`` on PostgreSQL,
core/file_store.py). ``dossier.digitized_source`` says where the dossier's ``digitized`` flag comes
from: every dossier that exists at the upgrade keeps its flag as ``recorded`` (so the months already
reported do not fall to 0 %), dossiers received at the desk from now on get ``files``.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "dossier",
        sa.Column(
            "digitized_source", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False, server_default="recorded"
        ),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.Integer(), nullable=True),
        sa.Column("is_result", sa.Boolean(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("media_type", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("blob", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("thumbnail_blob", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("attached_by", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("attached_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_id", "sha256", name="uq_attachment_dossier_sha256"),
    )
    op.create_index(op.f("ix_attachment_dossier_id"), "attachment", ["dossier_id"], unique=False)
    op.create_table(
        "attachment_blob",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("attachment_blob")
    op.drop_index(op.f("ix_attachment_dossier_id"), table_name="attachment")
    op.drop_table("attachment")
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("digitized_source")
