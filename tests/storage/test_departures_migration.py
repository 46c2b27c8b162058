"""0013 dates the departure of every member who had already left, so that nothing is owed after it."""

from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from app.storage.engine import alembic_config, create_cercle_engine

MEMBER = text(
    "INSERT INTO member (name, profession, colour, contract_minutes, self_management_minutes, working_days,"
    " start_date, active, version, created_at)"
    " VALUES (:name, '', '#1f5f99', 2100, 600, '01234', :start, :active, 1, '2026-01-05 08:00:00')"
)


def test_those_who_left_get_a_departure_dated_by_the_audit_log(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0012")
            for name, start, active in (("Amina", date(2026, 1, 5), True), ("Bruno", date(2026, 1, 5), False),
                                        ("Claire", date(2026, 3, 2), False)):
                connection.execute(MEMBER, {"name": name, "start": start, "active": active})
            ids = dict(connection.execute(text("SELECT name, id FROM member")).all())
            connection.execute(text(
                "INSERT INTO audit_entry (at, action, entity, entity_id) VALUES"
                " ('2026-06-12 15:00:00', 'deactivate', 'member', :bruno),"
                " ('2026-08-14 16:00:00', 'deactivate', 'member', :bruno)"
            ), {"bruno": ids["Bruno"]})
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            found = connection.execute(text(
                "SELECT member_id, last_day, back_on FROM departure ORDER BY member_id")).all()
            days = [(member_id, date.fromisoformat(str(day)[:10]), back) for member_id, day, back in found]
            assert days == [
                (ids["Bruno"], date(2026, 8, 14), None),  # the latest deactivation
                (ids["Claire"], date(2026, 3, 2), None),  # none in the log: not before they arrived
            ]
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0012")
            assert "departure" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
