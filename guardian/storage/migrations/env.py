"""Alembic's environment for Guardian's database.

Guardian runs its migrations in code (`guardian.storage.database.open_store`), passing an open
connection in `config.attributes["connection"]`, already inside the transaction that holds the
write lock. There is no alembic.ini, and logging is left as the application set it up.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from guardian.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    """Write the SQL for SQLite to Alembic's output instead of running it."""
    context.configure(
        dialect_name="sqlite",
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "Guardian's migrations need a connection in config.attributes['connection']; "
            "use guardian.storage.database.alembic_config(connection)"
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
