"""0032 keeps in the shift itself that a public holiday cancelled it: of the shifts cancelled by no closure, those
whose latest audit entry is their cancellation for a holiday (the best known); the database refuses the mark on a
planned shift, and the step goes back leaving the shifts as they were."""

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.storage.engine import alembic_config, create_cercle_engine, migrating

SHIFT = text("INSERT INTO shift (day, start_time, end_time, seats, label, status, closure_id)"
             " VALUES (:day, '08:30:00', '12:30:00', 1, :label, :status, :closure) RETURNING id")
CLOSURE = text("INSERT INTO closure (day, reason, cancelled) VALUES (:day, '', :no) RETURNING id")
AUDIT = text("INSERT INTO audit_entry (at, system, action, entity, entity_id)"
             " VALUES ('2026-11-20 08:00:00', 'tests', :action, 'shift', :id)")


def test_the_shifts_a_holiday_cancelled_are_marked_from_the_audit_log(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0031")
            closure = connection.execute(CLOSURE, {"day": "2026-12-24", "no": False}).scalar_one()
            shifts = {label: connection.execute(SHIFT, {"day": day, "label": label, "status": status,
                                                        "closure": closure if by_closure else None}).scalar_one()
                      for label, day, status, by_closure in (
                          ("holiday", "2026-12-26", "cancelled", False),
                          ("holiday then by hand", "2026-12-27", "cancelled", False),
                          ("holiday, seat released since", "2027-01-02", "cancelled", False),
                          ("by hand", "2027-01-09", "cancelled", False),
                          ("unaudited", "2027-01-16", "cancelled", False),
                          ("holiday, given back", "2027-01-23", "planned", False),
                          ("closure", "2026-12-24", "cancelled", True))}
            for label, actions in (("holiday", ["claim", "cancel_holiday"]),
                                   ("holiday then by hand", ["cancel_holiday", "cancel"]),
                                   ("holiday, seat released since", ["cancel_holiday", "release"]),
                                   ("by hand", ["cancel"]),
                                   ("holiday, given back", ["cancel_holiday", "reopen"]),
                                   ("closure", ["cancel_holiday"])):
                for action in actions:
                    connection.execute(AUDIT, {"action": action, "id": shifts[label]})
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            found = dict(connection.execute(text("SELECT label, cancelled_for_holiday FROM shift")).all())
            assert {label for label, mark in found.items() if mark} == {"holiday"}
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text("UPDATE shift SET cancelled_for_holiday = :yes WHERE label = 'holiday, given back'"),
                               {"yes": True})
        with engine.begin() as connection:  # a new shift is not marked unless said
            connection.execute(text("INSERT INTO shift (day, start_time, end_time, seats, label, status)"
                                    " VALUES ('2027-01-30', '08:30:00', '12:30:00', 1, 'new', 'planned')"))
            assert not connection.execute(text(
                "SELECT cancelled_for_holiday FROM shift WHERE label = 'new'")).scalar_one()
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0031")
            assert "cancelled_for_holiday" not in {c["name"] for c in inspect(connection).get_columns("shift")}
            assert connection.execute(text("SELECT count(*) FROM shift WHERE status = 'cancelled'")).scalar_one() == 6
    finally:
        engine.dispose()
