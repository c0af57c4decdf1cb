"""Alembic environment: kronika always passes an open connection in."""

from alembic import context

from kronika.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
