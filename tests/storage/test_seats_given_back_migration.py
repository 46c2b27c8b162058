"""0027 keeps which seats an absence freed (none for the absences before it) and which closure cancelled a shift: of
the shifts cancelled on the day of a closure in force, those the audit log says were cancelled after the closure was
added."""

from alembic import command
from sqlalchemy import inspect, text

from app.storage.engine import alembic_config, create_cercle_engine

SHIFT = text("INSERT INTO shift (day, start_time, end_time, seats, label, status)"
             " VALUES (:day, :start, '12:00:00', 1, :label, :status) RETURNING id")
CLOSURE = text("INSERT INTO closure (day, reason, cancelled) VALUES (:day, '', :cancelled) RETURNING id")
AUDIT = text("INSERT INTO audit_entry (at, system, action, entity, entity_id)"
             " VALUES ('2026-11-20 08:00:00', 'tests', :action, :entity, :id)")


def test_the_shifts_a_closure_in_force_cancelled_are_linked_to_it(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0026")

            def add(statement, **values):
                return connection.execute(statement, values).scalar_one()

            def audit(action, entity, row_id):
                connection.execute(AUDIT, {"action": action, "entity": entity, "id": row_id})

            shifts = {label: add(SHIFT, day=day, start=start, label=label, status=status)
                      for label, day, start, status in (
                          ("by hand before", "2026-12-04", "08:30:00", "cancelled"),
                          ("by the closure", "2026-12-04", "09:00:00", "cancelled"),
                          ("unaudited", "2026-12-04", "09:30:00", "cancelled"),
                          ("added since", "2026-12-04", "10:00:00", "planned"),
                          ("closure removed", "2026-12-11", "08:30:00", "cancelled"))}
            audit("cancel", "shift", shifts["by hand before"])
            friday = add(CLOSURE, day="2026-12-04", cancelled=False)
            audit("add", "closure", friday)
            audit("cancel", "shift", shifts["by the closure"])
            removed = add(CLOSURE, day="2026-12-11", cancelled=True)
            audit("add", "closure", removed)
            audit("cancel", "shift", shifts["closure removed"])
            connection.execute(text("INSERT INTO member (name, profession, colour, contract_minutes,"
                                    " self_management_minutes, working_days, active, version, created_at, phone,"
                                    " email) VALUES ('Amina', '', '#1f5f99', 2100, 600, '01234', :yes, 1,"
                                    " '2026-03-12 08:00:00', '', '')"), {"yes": True})
            connection.execute(text("INSERT INTO absence (member_id, first_day, last_day, kind, half_day_start,"
                                    " half_day_end, note, cancelled, created_at) SELECT id, '2026-12-07',"
                                    " '2026-12-08', 'sick', :no, :no, '', :no, '2026-12-01 08:00:00' FROM member"),
                               {"no": False})
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            linked = dict(connection.execute(text("SELECT label, closure_id FROM shift")).all())
            assert linked == {"by hand before": None, "by the closure": friday, "unaudited": None,
                              "added since": None, "closure removed": None}
            assert connection.execute(text("SELECT count(*) FROM absence_seat")).scalar_one() == 0
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0026")
            assert "absence_seat" not in inspect(connection).get_table_names()
            assert "closure_id" not in {column["name"] for column in inspect(connection).get_columns("shift")}
            assert connection.execute(text("SELECT count(*) FROM shift")).scalar_one() == 5
    finally:
        engine.dispose()
