"""Name search index: an FTS5 table over the folded applicant names (SQLite only), and received_day.

SQLite's LIKE '%…%' reads every row (≈200 ms on 1,000,000 dossiers); FTS5 answers in milliseconds.
The index is kept in step by triggers. PostgreSQL searches the same folded column with LIKE
(a pg_trgm index can be added there), so no SQL outside this migration depends on it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FTS = "dossier_search"


def upgrade() -> None:
    op.create_index("ix_dossier_received_day_seq", "dossier", ["received_day", "seq"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(applicant_key, content='dossier', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    op.execute(
        f"CREATE TRIGGER dossier_search_ai AFTER INSERT ON dossier BEGIN "
        f"INSERT INTO {FTS}(rowid, applicant_key) VALUES (new.id, new.applicant_key); END"
    )
    op.execute(
        f"CREATE TRIGGER dossier_search_ad AFTER DELETE ON dossier BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key); END"
    )
    op.execute(
        f"CREATE TRIGGER dossier_search_au AFTER UPDATE OF applicant_key ON dossier BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key); "
        f"INSERT INTO {FTS}(rowid, applicant_key) VALUES (new.id, new.applicant_key); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("dossier_search_ai", "dossier_search_ad", "dossier_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS}")
    op.drop_index("ix_dossier_received_day_seq", "dossier")
