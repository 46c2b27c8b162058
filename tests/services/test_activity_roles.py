"""A figure once printed never changes, on both engines: a person counted among the people involved in one role
(a guest at a meeting held, a co-facilitator of a session held) stays counted in it when their role changes
later, and after they are erased; a meeting or a session still planned counts them in their role of the day it
is held."""

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from app.domain.people import PersonRole
from app.services import meetings, people
from app.services import workshops as ws
from app.services.activity import activity_report, year_period
from tests.services.test_people import meeting, person, team  # noqa: F401 - the fixture

LAST_YEAR, THIS_YEAR = year_period(2025), year_period(2026)  # the tests' today is Monday 23 November 2026
BOTH_YEARS = (LAST_YEAR[0], THIS_YEAR[1])
INHABITANT, RELAY = {"inhabitant": 1, "relay": 0, "partner_contact": 0}, {"inhabitant": 0, "relay": 1,
                                                                         "partner_contact": 0}


def involved(ctx, period):
    return {count.label: count.value for count in activity_report(ctx, *period).involved or ()}


def made_relay(ctx, person_id):
    """The person dialog's save with the role changed."""
    people.update_person(ctx, person_id, replace(people.get_person(ctx, person_id).draft(), role=PersonRole.RELAY))


def later(ctx, day):
    """The same centre seen on ``day`` at noon."""
    return replace(ctx, clock=lambda: datetime(day.year, day.month, day.day, 11, tzinfo=UTC))


@pytest.fixture
def awa(ctx):
    return person(ctx, "Awa", PersonRole.INHABITANT).id


def test_a_guest_made_a_relay_stays_an_inhabitant_in_the_meetings_held_before(ctx, team, awa):  # noqa: F811
    last_june = meeting(ctx, date(2025, 6, 2)).id
    meetings.add_guest(ctx, last_june, awa)
    meetings.mark_held(ctx, last_june)
    coming = meeting(ctx, date(2026, 11, 30)).id  # planned, Awa invited as an inhabitant
    meetings.add_guest(ctx, coming, awa)
    assert involved(ctx, LAST_YEAR) == INHABITANT
    printed = activity_report(ctx, *LAST_YEAR)

    made_relay(ctx, awa)
    assert activity_report(ctx, *LAST_YEAR) == printed
    assert [guest.role for guest in meetings.guests(ctx, last_june)] == ["inhabitant"]  # its minutes, as printed
    assert [guest.role for guest in meetings.guests(ctx, coming)] == ["relay"]  # planned: as she is now
    march = meeting(ctx, date(2026, 3, 2)).id
    meetings.add_guest(ctx, march, awa)
    meetings.mark_held(ctx, march)
    assert involved(ctx, THIS_YEAR) == RELAY
    december = later(ctx, date(2026, 12, 1))
    meetings.mark_held(december, coming)  # held after the change: in her role of then
    assert involved(december, (date(2026, 11, 30), date(2026, 11, 30))) == RELAY
    assert involved(december, BOTH_YEARS) == {"inhabitant": 1, "relay": 1, "partner_contact": 0}  # in each role

    people.erase_person(december, awa)
    assert activity_report(december, *LAST_YEAR) == printed
    assert involved(december, THIS_YEAR) == RELAY


def test_a_co_facilitator_made_a_relay_stays_an_inhabitant_in_the_sessions_held_before(ctx, awa):
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine")).id
    people.set_co_facilitators(ctx, workshop, [awa])
    last_october, first_december = (  # the second still planned
        ws.add_session(ctx, workshop, ws.SessionDraft(day, time(14), time(16))).sessions[0].id
        for day in (date(2025, 10, 7), date(2026, 12, 1)))
    ws.record_attendance(ctx, last_october, {}, 8)
    assert involved(ctx, LAST_YEAR) == INHABITANT
    printed = activity_report(ctx, *LAST_YEAR)

    made_relay(ctx, awa)
    assert activity_report(ctx, *LAST_YEAR) == printed
    december = later(ctx, date(2026, 12, 2))
    ws.record_attendance(december, first_december, {}, 5)  # planned before the change, held after it
    people.set_co_facilitators(december, workshop, [])  # the workshop's sessions held keep their own
    assert involved(december, THIS_YEAR) == RELAY
    assert involved(december, BOTH_YEARS) == {"inhabitant": 1, "relay": 1, "partner_contact": 0}

    people.erase_person(december, awa)
    assert activity_report(december, *LAST_YEAR) == printed
    assert involved(december, THIS_YEAR) == RELAY
