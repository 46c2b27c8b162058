"""What the services themselves refuse, whatever the page's buttons say, on both engines: a session held is
neither cancelled, moved nor registered for, a session started is not moved; the sessions of a workshop
cancelled (or still an idea) take no registration; one person is registered once per session; a cycle's
session keeps its roll; a count of people there stays sane. The clock is the suite's: Monday 23 November
2026, 09:00 in Paris."""

from datetime import date, time

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.workshops import SessionStatus, WorkshopStatus
from app.exports.workshops import workshops_calendar
from app.services import workshops as ws
from app.services.errors import NotAllowed
from app.storage.models.workshops import WorkshopSession

LAST_THURSDAY, TODAY, NEXT_THURSDAY = date(2026, 11, 19), date(2026, 11, 23), date(2026, 11, 26)


@pytest.fixture
def workshop(ctx):
    return ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=4))


def plan(ctx, workshop, day, start=time(14)):
    draft = ws.SessionDraft(day, start, time(start.hour + 2))
    return ws.add_session(ctx, workshop.id, draft).sessions[0]


@pytest.fixture
def held(ctx, workshop):
    session = plan(ctx, workshop, LAST_THURSDAY)
    paul = ws.enrol(ctx, session.id, "Paul").enrolment
    ws.record_attendance(ctx, session.id, {paul.id: True})
    return session


def test_a_session_held_is_neither_cancelled_moved_nor_registered_for(ctx, held):
    with pytest.raises(NotAllowed):
        ws.cancel_session(ctx, held.id)
    with pytest.raises(NotAllowed):
        ws.update_session(ctx, held.id, ws.SessionDraft(date(2027, 6, 3), time(14), time(16)))
    with pytest.raises(NotAllowed):
        ws.enrol(ctx, held.id, "Retardataire")
    kept = ws.get_session(ctx, held.id)
    assert (kept.status, kept.day, kept.attendance_count) == (SessionStatus.HELD, LAST_THURSDAY, 1)
    assert [e.name for e in ws.list_enrolments(ctx, held.id)] == ["Paul"]


def test_a_session_started_is_not_moved_but_may_be_cancelled_when_it_did_not_happen(ctx, workshop):
    this_morning = plan(ctx, workshop, TODAY, time(9))  # 09:00: it starts now
    with pytest.raises(NotAllowed):
        ws.update_session(ctx, this_morning.id, ws.SessionDraft(NEXT_THURSDAY, time(9), time(11)))
    afternoon = plan(ctx, workshop, TODAY, time(14))
    assert ws.update_session(ctx, afternoon.id, ws.SessionDraft(NEXT_THURSDAY, time(14), time(16))).sessions
    ws.cancel_session(ctx, this_morning.id)
    assert ws.get_session(ctx, this_morning.id).status == SessionStatus.CANCELLED


def test_the_yearly_summary_counts_no_day_to_come(ctx, workshop, held):
    coming = plan(ctx, workshop, NEXT_THURSDAY)
    with ctx.writing() as unit:  # as a session held could be moved to a day to come before
        row = unit.db.exec(select(WorkshopSession).where(WorkshopSession.id == coming.id)).one()
        row.status, row.attendance_count = SessionStatus.HELD, 7
    by_workshop, _by_theme = ws.yearly_summary(ctx, 2026)
    assert [(line.sessions_held, line.participants) for line in by_workshop] == [(1, 1)]


@pytest.mark.parametrize("status", [WorkshopStatus.CANCELLED, WorkshopStatus.IDEA])
def test_a_workshop_cancelled_or_still_an_idea_takes_no_registration_and_is_not_published(ctx, workshop, status):
    session = plan(ctx, workshop, NEXT_THURSDAY)
    offered = plan(ctx, ws.add_workshop(ctx, ws.WorkshopDraft("Marche", capacity=8)), NEXT_THURSDAY, time(10))
    ws.update_workshop(ctx, workshop.id, ws.WorkshopDraft("Cuisine", capacity=4, status=status))
    with pytest.raises(NotAllowed):
        ws.enrol(ctx, session.id, "Nadia")
    assert [s.id for s in ws.public_sessions(ctx, TODAY, NEXT_THURSDAY)] == [offered.id]
    calendar = workshops_calendar(ctx, TODAY, NEXT_THURSDAY).decode()
    assert "SUMMARY:Marche" in calendar and "SUMMARY:Cuisine" not in calendar
    cycle = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe", capacity=4, is_cycle=True, status=status))
    with pytest.raises(NotAllowed):
        ws.enrol_in_cycle(ctx, cycle.id, "Nadia")


def test_one_person_is_registered_once_for_a_session(ctx, workshop):
    session = plan(ctx, workshop, NEXT_THURSDAY)
    ws.enrol(ctx, session.id, "Élodie", "06 12 34 56 78")
    with pytest.raises(RuleViolation):
        ws.enrol(ctx, session.id, "ÉLODIE", "0612345678")
    other = ws.enrol(ctx, session.id, "Élodie", "07 00 00 00 00")  # another phone: another person
    ws.cancel_enrolment(ctx, other.enrolment.id)
    assert ws.enrol(ctx, session.id, "Élodie", "07 00 00 00 00").enrolment.status == "confirmed"  # back again
    assert len(ws.list_enrolments(ctx, session.id)) == 2


def test_a_cycle_session_keeps_its_roll_and_a_count_stays_sane(ctx, workshop):
    cycle = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe de parole", capacity=2, is_cycle=True))
    session = plan(ctx, cycle, LAST_THURSDAY)
    ws.enrol_in_cycle(ctx, cycle.id, "Awa")
    with pytest.raises(NotAllowed):
        ws.record_attendance(ctx, session.id, {}, count=40)
    assert ws.get_session(ctx, session.id).status == SessionStatus.PLANNED
    other = plan(ctx, workshop, LAST_THURSDAY, time(9))
    for wrong in (-1, 1000):
        with pytest.raises(RuleViolation):
            ws.record_attendance(ctx, other.id, {}, count=wrong)
    assert ws.record_attendance(ctx, other.id, {}, count=999).attendance_count == 999


def test_a_series_has_one_limit_whether_by_a_rule_or_by_dates(ctx, workshop):
    first = ws.SessionDraft(date(2027, 1, 5), time(10), time(11))
    with pytest.raises(RuleViolation) as by_rule:
        ws.add_series(ctx, workshop.id, first, count=105)
    with pytest.raises(RuleViolation) as by_dates:
        ws.add_series(ctx, workshop.id, first, dates=[date.fromordinal(739800 + 7 * n) for n in range(105)])
    assert by_rule.value.args[0] == by_dates.value.args[0]
    assert ws.add_series(ctx, workshop.id, first, count=102).sessions  # but the public holidays left out
