"""0028 records on each workshop session the theme, partners and co-facilitators it is done under: every session,
whatever its status, gets its workshop's of the day of the migration (the links had no dates: the best known);
the step goes back and up again leaving the reports as they were."""

from alembic import command
from sqlalchemy import inspect, text

from app.services import workshops as ws
from app.services.activity import activity_report
from app.storage.engine import alembic_config, create_cercle_engine, migrating, upgrade
from tests.services.test_activity import YEAR, centre  # noqa: F401 - the fixture

WORKSHOP = text("INSERT INTO workshop (title, theme_id, description, audience, status, capacity, is_cycle, version,"
                " created_at) VALUES (:title, :theme, '', '', 'planned', 12, :no, 1, '2026-01-05 08:00:00')")
SESSION = text("INSERT INTO workshop_session (workshop_id, day, start_time, end_time, status, attendance_count,"
               " notes) VALUES (:workshop, :day, '14:00:00', '16:00:00', :status, :count, '')")
SESSIONS = (("Cuisine", "2026-03-10", "held", 6), ("Cuisine", "2026-05-12", "cancelled", None),
            ("Cuisine", "2026-12-01", "planned", None), ("Café", "2026-03-12", "held", 3))


def test_each_session_gets_its_workshops_theme_partners_and_co_facilitators(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0027")
            connection.execute(text("INSERT INTO workshop_theme (name, active) VALUES ('Nutrition', :yes)"),
                               {"yes": True})
            for name in ("CPAM", "PMI"):
                connection.execute(text("INSERT INTO partner (name, kind, contact_person, phone, email, notes,"
                                        " active) VALUES (:name, '', '', '', '', '', :yes)"), {"name": name, "yes": True})
            connection.execute(text("INSERT INTO person (name, role, phone, email, active, last_active, erased,"
                                    " created_at) VALUES ('Awa', 'relay', '', '', :yes, '2026-03-10', :no,"
                                    " '2026-01-05 08:00:00')"), {"yes": True, "no": False})
            theme = connection.execute(text("SELECT id FROM workshop_theme")).scalar_one()
            partners = dict(connection.execute(text("SELECT name, id FROM partner")).all())
            awa = connection.execute(text("SELECT id FROM person")).scalar_one()
            for title, theme_id in (("Cuisine", theme), ("Café", None)):
                connection.execute(WORKSHOP, {"title": title, "theme": theme_id, "no": False})
            workshops = dict(connection.execute(text("SELECT title, id FROM workshop")).all())
            for partner in ("CPAM", "PMI"):
                connection.execute(text("INSERT INTO workshop_partner (workshop_id, partner_id) VALUES (:w, :p)"),
                                   {"w": workshops["Cuisine"], "p": partners[partner]})
            connection.execute(text("INSERT INTO workshop_co_facilitator (workshop_id, person_id) VALUES (:w, :p)"),
                               {"w": workshops["Cuisine"], "p": awa})
            for title, day, status, count in SESSIONS:
                connection.execute(SESSION, {"workshop": workshops[title], "day": day, "status": status, "count": count})
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            themes = connection.execute(text(
                "SELECT w.title, s.day, s.theme_id FROM workshop_session s JOIN workshop w ON w.id = s.workshop_id"
                " ORDER BY s.id")).all()
            assert [(title, theme_id) for title, _day, theme_id in themes] == [
                ("Cuisine", theme), ("Cuisine", theme), ("Cuisine", theme), ("Café", None)]
            linked = connection.execute(text(
                "SELECT s.status, p.name FROM session_partner l JOIN workshop_session s ON s.id = l.session_id"
                " JOIN partner p ON p.id = l.partner_id ORDER BY s.id, p.name")).all()
            assert linked == [("held", "CPAM"), ("held", "PMI"), ("cancelled", "CPAM"), ("cancelled", "PMI"),
                              ("planned", "CPAM"), ("planned", "PMI")]
            co_leads = connection.execute(text(
                "SELECT s.status, l.person_id FROM session_co_facilitator l"
                " JOIN workshop_session s ON s.id = l.session_id ORDER BY s.id")).all()
            assert co_leads == [("held", awa), ("cancelled", awa), ("planned", awa)]
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0027")
            tables = set(inspect(connection).get_table_names())
            assert not {"session_partner", "session_co_facilitator"} & tables
            assert "theme_id" not in {c["name"] for c in inspect(connection).get_columns("workshop_session")}
            assert connection.execute(text("SELECT count(*) FROM workshop_session")).scalar_one() == 4
    finally:
        engine.dispose()


def test_the_step_back_and_up_again_leaves_the_reports_as_printed(centre):  # noqa: F811
    """With nothing changed since, today's links are what the sessions were done under: the same figures."""
    printed = [activity_report(centre, *YEAR), activity_report(centre, *YEAR, partner="PMI"),
               activity_report(centre, *YEAR, theme="Nutrition"), ws.yearly_summary(centre, 2026)]
    with migrating(centre.engine) as connection:
        command.downgrade(alembic_config(connection), "0027")
    upgrade(centre.engine)
    assert [activity_report(centre, *YEAR), activity_report(centre, *YEAR, partner="PMI"),
            activity_report(centre, *YEAR, theme="Nutrition"), ws.yearly_summary(centre, 2026)] == printed
