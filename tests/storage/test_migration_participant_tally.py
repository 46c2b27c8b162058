"""0013 keeps the yearly summary of a database whose participants were already erased: each erased
registration of a held session counted as one person before the step, and counts as one after it."""

from alembic import command
from sqlalchemy import inspect, text

from app.storage.engine import alembic_config, create_cercle_engine

ROWS = [  # session day, theme, attended, erased
    ("2025-03-05", 1, True, True), ("2025-03-12", 1, True, True), ("2025-03-12", 1, False, True),
    ("2025-03-19", 1, True, False), ("2026-01-07", None, True, True),
]
THEME = "INSERT INTO workshop_theme (id, name, active) VALUES (1, 'Nutrition', :yes)"
WORKSHOP = ("INSERT INTO workshop (id, title, theme_id, description, audience, status, capacity, version, "
            "created_at) VALUES (:id, 'Atelier', :theme, '', '', 'held', 12, 1, '2025-01-01 00:00:00')")
SESSION = ("INSERT INTO workshop_session (id, workshop_id, day, start_time, end_time, status, notes) "
           "VALUES (:id, :id, :day, '14:00:00', '16:00:00', 'held', '')")
REGISTRATION = ("INSERT INTO registration (session_id, name, phone, places, created_at, seq, status, "
                "attended, erased) VALUES (:id, '', '', 1, '2025-01-01 00:00:00', 1, 'confirmed', :came, "
                ":erased)")


def test_erased_registrations_of_an_older_database_count_once_each(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0012")
            connection.execute(text(THEME), {"yes": True})
            for number, (day, theme, came, erased) in enumerate(ROWS, start=1):
                row = {"id": number, "day": day, "theme": theme, "came": came, "erased": erased}
                for statement in (WORKSHOP, SESSION, REGISTRATION):
                    connection.execute(text(statement), row)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0014")
            counts = set(connection.execute(text("SELECT year, scope, ref_id, people FROM participant_tally")))
            assert counts == {(2025, "workshop", 1, 1), (2025, "workshop", 2, 1), (2025, "theme", 1, 2),
                              (2026, "workshop", 5, 1), (2026, "theme", 0, 1)}
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0013")
            assert "participant_tally" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
