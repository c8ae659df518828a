"""Accounts, the audit trail and protected personal data (issue 7)

``user`` holds the accounts (argon2 hashes, roles, lockout); ``auditevent`` + ``audithead`` the
hash-chained audit trail. CCCD, phone and address become encrypted text (core/security/protect.py): their
plain indexes go, and keyed hashes ``id_number_hash`` / ``phone_hash`` (indexed) take over exact
look-ups. Existing values are encrypted by `core.security.protected_rows.protect_existing` the first time the
database is opened with the office key (the key never reaches a migration). On SQLite the column
types are left as they are (SQLite does not enforce lengths, and rebuilding ``dossier`` would drop
the triggers of the name search index); on PostgreSQL they widen to TEXT.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_PROTECTED = ("id_number", "phone", "address")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_index("ix_dossier_id_number", table_name="dossier")
    op.drop_index("ix_dossier_phone", table_name="dossier")
    if postgres:
        for table in ("dossier", "intakeguidance"):
            for column in _PROTECTED:
                op.alter_column(table, column, type_=sa.Text(), existing_nullable=False, server_default="")
    op.add_column(
        "dossier",
        sa.Column("id_number_hash", sqlmodel.sql.sqltypes.AutoString(length=32), server_default="", nullable=False),
    )
    op.add_column(
        "dossier",
        sa.Column("phone_hash", sqlmodel.sql.sqltypes.AutoString(length=32), server_default="", nullable=False),
    )
    op.create_index("ix_dossier_id_number_hash", "dossier", ["id_number_hash"], unique=False)
    op.create_index("ix_dossier_phone_hash", "dossier", ["phone_hash"], unique=False)

    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq"),
    )
    op.create_index("ix_auditevent_at", "auditevent", ["at"], unique=False)
    op.create_table(
        "audithead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("audithead")
    op.drop_index("ix_auditevent_at", table_name="auditevent")
    op.drop_table("auditevent")
    op.drop_table("user")
    op.drop_index("ix_dossier_phone_hash", table_name="dossier")
    op.drop_index("ix_dossier_id_number_hash", table_name="dossier")
    op.drop_column("dossier", "phone_hash")
    op.drop_column("dossier", "id_number_hash")
    op.create_index("ix_dossier_phone", "dossier", ["phone"], unique=False)
    op.create_index("ix_dossier_id_number", "dossier", ["id_number"], unique=False)
