"""Alembic environment: runs on the connection `core.storage.upgrade` hands over."""

from alembic import context
from sqlmodel import SQLModel

import core.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` command line, for developers
    from core.storage import open_database

    connection = open_database(config.get_main_option("sqlalchemy.url"), migrate=False).engine.connect()

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
