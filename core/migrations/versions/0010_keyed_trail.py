"""The keyed audit trail and its witnesses (issue 13)

``audithead`` learns which scheme its chain uses (1: the unkeyed SHA-256 links of revision 0009,
2: HMAC-SHA-256 links keyed with the office key, core/security/audit.py) and the database's own identity,
which backups, the desk's witness file and printed reports name. A chain of scheme 1 is re-signed
with the office key the first time a desk holding the key writes to it (the key never reaches a
migration). ``reportsubmission`` keeps the trail's head (sequence and short fingerprint) at the
moment a report was frozen, as printed on it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audithead", sa.Column("scheme", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("audithead", sa.Column("database_id", sa.String(length=32), nullable=False, server_default=""))
    op.add_column("reportsubmission", sa.Column("trail_seq", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("reportsubmission", sa.Column("trail_mark", sa.String(length=20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reportsubmission") as batch:
        batch.drop_column("trail_mark")
        batch.drop_column("trail_seq")
    with op.batch_alter_table("audithead") as batch:
        batch.drop_column("database_id")
        batch.drop_column("scheme")
