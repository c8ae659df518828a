"""Late dossiers and apologies: no schema change

The desk board, the apology workflow and the one-re-appointment rule (issue 4) use the tables that
0001 already made: ``apology`` (issued_at, reason, fault, new_due_at, signer, sent_via,
override_reason, created_by), ``dossier.new_due_at`` and ``dossierevent`` (kind ``apology_issued``).
The statutory ``dossier.due_at`` is never changed by an apology. This revision keeps its place in the
chain so that databases stamped 0005 stay valid.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
