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


def test_agenda_items_of_an_older_database_get_version_one_and_the_step_goes_back(database_url):
    """0009 adds the agenda items' version to a database that already holds meetings, and removes it again."""
    from alembic import command
    from sqlalchemy import inspect, text

    from app.storage.engine import alembic_config, create_cercle_engine

    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0008")
            connection.execute(text(
                "INSERT INTO meeting (kind, title, day, start_time, end_time, place, status, version)"
                " VALUES ('team', 'Réunion', '2026-11-23', '12:30:00', '14:00:00', '', 'planned', 1)"
            ))
            meeting_id = connection.execute(text("SELECT id FROM meeting")).scalar_one()
            connection.execute(text(
                "INSERT INTO agenda_item (meeting_id, position, kind, title, planned_minutes, spent_minutes,"
                " notes, removed) VALUES (:meeting, 1, 'discussion', 'Budget', 10, 0, 'Le loyer', :no)"
            ), {"meeting": meeting_id, "no": False})
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(text("SELECT notes, version FROM agenda_item")).one() == ("Le loyer", 1)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0008")
            columns = {column["name"] for column in inspect(connection).get_columns("agenda_item")}
            assert "version" not in columns and "notes" in columns
    finally:
        engine.dispose()


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
