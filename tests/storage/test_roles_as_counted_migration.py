"""0030 records on each meeting guest and each session co-facilitator the person's role they are counted in: every
row gets the person's role of the day of the migration (the role had no history: the best known), the database
refuses a row without a known role, and the step goes back and up again leaving the report as it was."""

from datetime import date, time

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.domain.people import PersonDraft, PersonRole
from app.services import meetings, people
from app.services import workshops as ws
from app.services.activity import activity_report, year_period
from app.storage.engine import alembic_config, create_cercle_engine, migrating, upgrade
from app.storage.models.people import PERSON_ROLES
from tests.services.test_people import meeting, team  # noqa: F401 - the fixture

PERSON = text("INSERT INTO person (name, role, phone, email, active, last_active, erased, created_at)"
              " VALUES (:name, :role, '', '', :yes, '2026-03-10', :no, '2026-01-05 08:00:00')")
GUEST = text("INSERT INTO meeting_guest (meeting_id, person_id, role) VALUES (:meeting, :person, :role)")


def roles(connection, table):
    return connection.execute(text(
        f"SELECT p.name, l.role FROM {table} l JOIN person p ON p.id = l.person_id ORDER BY l.id")).all()


def test_each_guest_and_co_facilitator_gets_the_persons_role(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0029")
            for name, role in (("Awa", "relay"), ("Bernard", "inhabitant"), ("Mme Roux", "partner_contact")):
                connection.execute(PERSON, {"name": name, "role": role, "yes": True, "no": False})
            person = dict(connection.execute(text("SELECT name, id FROM person")).all())
            connection.execute(text(
                "INSERT INTO meeting (kind, title, day, start_time, end_time, place, status, version)"
                " VALUES ('team', 'Réunion', '2026-03-02', '12:30:00', '14:00:00', '', 'held', 1)"))
            connection.execute(text(
                "INSERT INTO workshop (title, description, audience, status, capacity, is_cycle, version,"
                " created_at) VALUES ('Cuisine', '', '', 'planned', 12, :no, 1, '2026-01-05 08:00:00')"), {"no": False})
            connection.execute(text(
                "INSERT INTO workshop_session (workshop_id, day, start_time, end_time, status, attendance_count,"
                " notes) SELECT id, '2026-03-10', '14:00:00', '16:00:00', 'held', 6, '' FROM workshop"))
            for name in ("Awa", "Bernard"):
                connection.execute(text("INSERT INTO meeting_guest (meeting_id, person_id)"
                                        " SELECT id, :person FROM meeting"), {"person": person[name]})
            for name in ("Mme Roux", "Bernard"):
                connection.execute(text("INSERT INTO session_co_facilitator (session_id, person_id)"
                                        " SELECT id, :person FROM workshop_session"), {"person": person[name]})
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            assert roles(connection, "meeting_guest") == [("Awa", "relay"), ("Bernard", "inhabitant")]
            assert roles(connection, "session_co_facilitator") == [("Mme Roux", "partner_contact"),
                                                                   ("Bernard", "inhabitant")]
            awa_again = {"meeting": connection.execute(text("SELECT id FROM meeting")).scalar_one(),
                         "person": person["Awa"]}
        for role in ("picnic", None):  # the database refuses a guest counted in no known role
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execute(text("DELETE FROM meeting_guest WHERE person_id = :person"), awa_again)
                connection.execute(GUEST, {**awa_again, "role": role})
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0029")
            for table in ("meeting_guest", "session_co_facilitator"):
                assert "role" not in {column["name"] for column in inspect(connection).get_columns(table)}
                assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 2
    finally:
        engine.dispose()


def test_the_database_knows_every_role_of_a_person_and_no_other():
    assert PERSON_ROLES == str(tuple(role.value for role in PersonRole))


def test_the_step_back_and_up_again_leaves_the_people_involved_as_printed(ctx, team):  # noqa: F811
    """With no role changed since, today's roles are those the people were counted in: the same figures."""
    awa, bernard = (people.create_person(ctx, PersonDraft(name=name, role=role)).id
                    for name, role in (("Awa", PersonRole.RELAY), ("Bernard", PersonRole.INHABITANT)))
    held = meeting(ctx, date(2026, 3, 2)).id
    meetings.add_guest(ctx, held, awa)
    meetings.mark_held(ctx, held)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine")).id
    people.set_co_facilitators(ctx, workshop, [bernard])
    session = ws.add_session(ctx, workshop, ws.SessionDraft(date(2026, 3, 10), time(14), time(16))).sessions[0]
    ws.record_attendance(ctx, session.id, {}, 6)
    printed = activity_report(ctx, *year_period(2026))
    assert {c.label: c.value for c in printed.involved or ()} == {"inhabitant": 1, "relay": 1, "partner_contact": 0}
    with migrating(ctx.engine) as connection:
        command.downgrade(alembic_config(connection), "0029")
    upgrade(ctx.engine)
    assert activity_report(ctx, *year_period(2026)) == printed
