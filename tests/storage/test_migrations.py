"""The migrations build exactly the tables the models describe, on both engines."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from app.storage.engine import open_database
from app.storage.models import AREAS, load_all_models


def test_migrations_match_the_models(database_url):
    engine = open_database(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, load_all_models())
    engine.dispose()
    assert differences == []


def test_every_table_has_a_named_primary_key(database_url):
    for table in load_all_models().sorted_tables:
        assert table.primary_key.name == f"pk_{table.name}"


def test_the_head_revision_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    from app.storage.engine import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_the_areas_list_every_table_of_their_module():
    import inspect
    from importlib import import_module

    from sqlmodel import SQLModel

    load_all_models()
    for area, names in AREAS.items():
        module = import_module(f"app.storage.models.{area}")
        tables = {name for name, value in vars(module).items()
                  if inspect.isclass(value) and issubclass(value, SQLModel) and value.__module__ == module.__name__}
        assert tables == set(names), area


def test_each_area_loads_alone_with_its_foreign_keys_resolved():
    """An area's tables load on first use: each module brings the tables its foreign keys refer to."""
    import subprocess
    import sys

    for area in AREAS:
        script = (f"import app.storage.models.{area}\n"
                  "from sqlmodel import SQLModel\n"
                  "[fk.column for table in SQLModel.metadata.tables.values() for fk in table.foreign_keys]\n")
        subprocess.run([sys.executable, "-c", script], check=True)
