"""Alembic environment: Cercle passes its own connection; SQLite gets batch mode for ALTERs."""

from alembic import context

from app.storage.models import load_all_models

target_metadata = load_all_models()


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Cercle runs its migrations with a connection of its own (see app.storage.engine)")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
