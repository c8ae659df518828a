"""Search keys: folded (no diacritics, đ→d, lower case) copies of names, filled for existing rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from core.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _backfill(table: str, source: str, key: str) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {source} FROM {table}")).all()
    statement = sa.text(f"UPDATE {table} SET {key} = :key WHERE id = :id")
    batch = [{"id": row_id, "key": fold(value)} for row_id, value in rows]
    if batch:
        connection.execute(statement, batch)


def upgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_procedure_name_key"), ["name_key"], unique=False)
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("applicant_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_dossier_applicant_key"), ["applicant_key"], unique=False)
    _backfill("procedure", "name", "name_key")
    _backfill("dossier", "applicant_name", "applicant_key")


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_applicant_key"))
        batch_op.drop_column("applicant_key")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_name_key"))
        batch_op.drop_column("name_key")
