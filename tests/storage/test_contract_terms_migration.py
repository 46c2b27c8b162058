"""0026 gives each member one contract term with their contract, from the Monday of the earliest day their balance
uses: their start date, opening balance or first entry, else the day their record was created."""

from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from app.storage.engine import alembic_config, create_cercle_engine

MEMBER = text(
    "INSERT INTO member (name, profession, colour, contract_minutes, self_management_minutes, working_days,"
    " start_date, active, version, created_at, phone, email)"
    " VALUES (:name, '', '#1f5f99', :contract, :self_management, :days, :start, :active, 1,"
    " '2026-03-12 08:00:00', '', '')"
)


def test_each_member_gets_their_contract_from_the_first_week_their_balance_counts(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0025")
            for name, contract, self_management, days, start, active in (
                    ("Amina", 2100, 600, "01234", date(2026, 1, 7), True),  # a Wednesday
                    ("Bruno", 1680, 480, "0123", date(2026, 2, 2), False),  # an opening balance before it
                    ("Claire", 1050, 300, "012", None, True),  # an entry, no start date
                    ("David", 2100, 600, "01234", None, True)):  # nothing: the day the record was created
                connection.execute(MEMBER, {"name": name, "contract": contract, "self_management": self_management,
                                            "days": days, "start": start, "active": active})
            ids = dict(connection.execute(text("SELECT name, id FROM member")).all())
            connection.execute(text("INSERT INTO opening_balance (member_id, week_start, profession_minutes,"
                                    " self_management_minutes) VALUES (:id, '2025-12-29', 60, -30)"),
                               {"id": ids["Bruno"]})
            category = connection.execute(text("SELECT min(id) FROM time_category")).scalar_one()  # seeded
            connection.execute(text(
                "INSERT INTO time_entry (member_id, day, category_id, minutes, note, automatic, pending,"
                " created_at) VALUES (:id, '2026-04-16', :category, 60, '', :no, :no, '2026-04-16 18:00:00')"),
                {"id": ids["Claire"], "category": category, "no": False})
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            found = connection.execute(text(
                "SELECT m.name, t.effective_from, t.contract_minutes, t.self_management_minutes, t.working_days"
                " FROM contract_term t JOIN member m ON m.id = t.member_id ORDER BY m.name")).all()
            assert [(name, date.fromisoformat(str(day)[:10]), *rest) for name, day, *rest in found] == [
                ("Amina", date(2026, 1, 5), 2100, 600, "01234"),
                ("Bruno", date(2025, 12, 29), 1680, 480, "0123"),
                ("Claire", date(2026, 4, 13), 1050, 300, "012"),
                ("David", date(2026, 3, 9), 2100, 600, "01234"),
            ]
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0025")
            assert "contract_term" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
