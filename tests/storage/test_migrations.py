"""The migrations build exactly the tables the models describe, on both engines."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import app.storage.models  # noqa: F401 - every table on the metadata
from app.storage.engine import open_database


def test_migrations_match_the_models(database_url):
    engine = open_database(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_every_table_has_a_named_primary_key(database_url):
    for table in SQLModel.metadata.sorted_tables:
        assert table.primary_key.name == f"pk_{table.name}"


def test_the_head_revision_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    from app.storage.engine import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
