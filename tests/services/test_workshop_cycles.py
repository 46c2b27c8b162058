"""Closed cycles through the services, on both engines: one enrolment for all sessions, a waiting list on the
cycle, drop-outs, attendance per session, counts per session and per cycle, erasure keeping the figures."""

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.domain.cycles import CycleStatus, Presence
from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import members
from app.services import workshops as ws
from app.services.activity import CycleLine, activity_report, year_period
from app.services.errors import NotAllowed
from app.storage.models import Notification
from app.storage.models.workshops import CycleEnrolment

P, A, E = Presence.PRESENT, Presence.ABSENT, Presence.EXCUSED
THURSDAYS = [date(2026, 2, 5), date(2026, 2, 12), date(2026, 2, 19), date(2026, 2, 26), date(2026, 3, 5)]


def on(ctx, day: date) -> None:
    ctx.clock = lambda: datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


@pytest.fixture
def cycle(ctx):
    """"Travail social de groupe", three seats, five Thursdays of February and March 2026."""
    amina = members.add_member(ctx, MemberDraft(name="Amina", start_date=date(2026, 1, 5))).id  # before it
    theme = ws.add_theme(ctx, "Accès aux droits")
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Travail social de groupe", capacity=3, theme_id=theme.id,
                                                     is_cycle=True), facilitators={amina: 0})
    ws.add_series(ctx, workshop.id, ws.SessionDraft(THURSDAYS[0], time(14), time(16)), count=5)
    return workshop


def sessions(ctx, workshop_id):
    return sorted(ws.get_workshop(ctx, workshop_id).sessions, key=lambda s: s.day)


def counts(ctx, workshop_id):
    view = ws.get_cycle(ctx, workshop_id)
    return list(view.sessions), view.count


def enrol_four(ctx, workshop_id):
    on(ctx, date(2026, 1, 20))
    return [ws.enrol_in_cycle(ctx, workshop_id, name) for name in ("Ana", "Béa", "Chloé", "Dan")]


def test_enrolled_once_expected_at_every_session(ctx, cycle):
    results = enrol_four(ctx, cycle.id)
    assert [r.waiting for r in results] == [False, False, False, True]
    for session in sessions(ctx, cycle.id):
        assert [line.name for line in ws.session_roll(ctx, session.id)] == ["Ana", "Béa", "Chloé"]
    per_session, count = counts(ctx, cycle.id)
    assert [c.expected for c in per_session] == [3] * 5
    assert [c.present for c in per_session] == [None] * 5  # nothing has happened yet
    assert (count.enrolled, count.waiting, count.sessions_held, count.completed) == (3, 1, 0, 0)


def test_a_session_refuses_per_session_enrolment_in_a_cycle(ctx, cycle):
    with pytest.raises(NotAllowed):
        ws.enrol(ctx, sessions(ctx, cycle.id)[0].id, "Ana")


def test_one_enrolment_per_person_and_cycle(ctx, cycle):
    ws.enrol_in_cycle(ctx, cycle.id, "Ana", "06 12 34 56 78")
    with pytest.raises(RuleViolation):
        ws.enrol_in_cycle(ctx, cycle.id, "ana", "0612345678")
    ws.enrol_in_cycle(ctx, cycle.id, "Ana", "06 00 00 00 01")  # another Ana


def test_the_database_refuses_the_same_person_twice(ctx, cycle):
    with ctx.writing() as unit, pytest.raises(IntegrityError):
        for seq in (1, 2):
            unit.add(CycleEnrolment(workshop_id=cycle.id, name="Ana", name_key="ana", seq=seq))


def test_the_database_refuses_an_enrolled_person_without_a_seat_day(ctx, cycle):
    with ctx.writing() as unit, pytest.raises(IntegrityError):
        unit.add(CycleEnrolment(workshop_id=cycle.id, name="Ana", seq=1, status=CycleStatus.ENROLLED))


def test_a_drop_out_lets_the_first_waiting_person_in_and_leaves_the_later_lists(ctx, cycle):
    ana, bea, chloe, _dan = (r.member for r in enrol_four(ctx, cycle.id))
    first, second, third, *_ = sessions(ctx, cycle.id)
    on(ctx, THURSDAYS[0])
    ws.record_cycle_attendance(ctx, first.id, {ana.id: P, bea.id: P, chloe.id: E})
    on(ctx, THURSDAYS[1])
    promoted = ws.drop_out(ctx, bea.id)
    assert [m.name for m in promoted] == ["Dan"]
    assert promoted[0].joined_on == THURSDAYS[1]
    with ctx.reading() as db:
        assert db.exec(select(Notification)).first() is not None  # the facilitator is told
    assert [line.name for line in ws.session_roll(ctx, second.id)] == ["Ana", "Béa", "Chloé", "Dan"]
    assert [line.name for line in ws.session_roll(ctx, third.id)] == ["Ana", "Chloé", "Dan"]
    with pytest.raises(RuleViolation):  # Béa was not a member any more on the 19th
        on(ctx, THURSDAYS[2])
        ws.record_cycle_attendance(ctx, third.id, {bea.id: P})
    view = ws.get_cycle(ctx, cycle.id)
    assert [(m.name, m.status) for m in view.members] == [
        ("Ana", CycleStatus.ENROLLED), ("Chloé", CycleStatus.ENROLLED), ("Dan", CycleStatus.ENROLLED),
        ("Béa", CycleStatus.DROPPED_OUT)]


def test_drop_outs_are_dated_in_the_past_and_after_the_last_presence(ctx, cycle):
    ana, *_ = (r.member for r in enrol_four(ctx, cycle.id))
    first, second, *_ = sessions(ctx, cycle.id)
    on(ctx, THURSDAYS[1])
    ws.record_cycle_attendance(ctx, first.id, {ana.id: P})
    ws.record_cycle_attendance(ctx, second.id, {ana.id: A})
    with pytest.raises(RuleViolation):
        ws.drop_out(ctx, ana.id, THURSDAYS[2])  # tomorrow has not happened
    with pytest.raises(RuleViolation):
        ws.drop_out(ctx, ana.id, date(2026, 2, 1))  # she came on the 5th
    ws.drop_out(ctx, ana.id, THURSDAYS[0])  # her absence of the 12th goes: she had left
    assert [line.name for line in ws.session_roll(ctx, second.id)] == ["Béa", "Chloé", "Dan"]
    with pytest.raises(NotAllowed):
        ws.drop_out(ctx, ana.id)


def test_counts_per_session_and_per_cycle(ctx, cycle):
    ana, bea, chloe, dan = (r.member for r in enrol_four(ctx, cycle.id))
    rows = sessions(ctx, cycle.id)
    on(ctx, THURSDAYS[0])
    ws.record_cycle_attendance(ctx, rows[0].id, {ana.id: P, bea.id: P, chloe.id: A})
    on(ctx, THURSDAYS[1])
    ws.drop_out(ctx, bea.id)
    ws.record_cycle_attendance(ctx, rows[1].id, {ana.id: P, bea.id: E, chloe.id: P, dan.id: P})
    per_session, count = counts(ctx, cycle.id)
    assert [(c.expected, c.present, c.absent, c.excused) for c in per_session[:2]] == [(3, 2, 1, 0), (4, 3, 0, 1)]
    assert [c.expected for c in per_session[2:]] == [3, 3, 3]  # Béa no longer expected
    assert (count.enrolled, count.dropped_out, count.waiting, count.completed) == (4, 1, 0, 0)
    assert count.attendance_rate == pytest.approx(5 / 7)
    assert rows[0].id in {s.id for s in ws.get_workshop(ctx, cycle.id).sessions}
    assert ws.get_session(ctx, rows[1].id).attendance_count == 3
    on(ctx, THURSDAYS[4])
    for row in rows[2:]:
        ws.record_cycle_attendance(ctx, row.id, {ana.id: P, chloe.id: P, dan.id: A})
    _, count = counts(ctx, cycle.id)
    assert (count.sessions_held, count.enrolled, count.completed, count.dropped_out) == (5, 4, 3, 1)


def test_attendance_waits_for_the_session(ctx, cycle):
    ana, *_ = (r.member for r in enrol_four(ctx, cycle.id))
    with pytest.raises(NotAllowed):
        ws.record_cycle_attendance(ctx, sessions(ctx, cycle.id)[0].id, {ana.id: P})


def test_a_larger_capacity_lets_the_waiting_list_in(ctx, cycle):
    enrol_four(ctx, cycle.id)
    detail = ws.get_workshop(ctx, cycle.id).workshop
    ws.update_workshop(ctx, cycle.id, ws.WorkshopDraft(detail.title, 4, detail.theme_id, is_cycle=True))
    assert [m.status for m in ws.get_cycle(ctx, cycle.id).members] == [CycleStatus.ENROLLED] * 4


def test_switching_a_workshop_with_people_enrolled_is_refused(ctx, cycle):
    enrol_four(ctx, cycle.id)
    detail = ws.get_workshop(ctx, cycle.id).workshop
    with pytest.raises(RuleViolation):
        ws.update_workshop(ctx, cycle.id, ws.WorkshopDraft(detail.title, 3, detail.theme_id, is_cycle=False))
    plain = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=5))
    session = ws.add_session(ctx, plain.id, ws.SessionDraft(THURSDAYS[0], time(10), time(12))).sessions[0]
    ws.enrol(ctx, session.id, "Ana")
    with pytest.raises(RuleViolation):
        ws.update_workshop(ctx, plain.id, ws.WorkshopDraft("Cuisine", 5, is_cycle=True))
    empty = ws.add_workshop(ctx, ws.WorkshopDraft("Marche", capacity=5))
    assert ws.update_workshop(ctx, empty.id, ws.WorkshopDraft("Marche", 5, is_cycle=True)).is_cycle


def test_erasure_keeps_the_figures_and_the_different_people(ctx, cycle):
    ana, bea, chloe, _dan = (r.member for r in enrol_four(ctx, cycle.id))
    rows = sessions(ctx, cycle.id)
    on(ctx, THURSDAYS[4])
    for row in rows:
        ws.record_cycle_attendance(ctx, row.id, {ana.id: P, bea.id: P, chloe.id: A})
    before = counts(ctx, cycle.id)
    summary_before = ws.yearly_summary(ctx, 2026)
    assert summary_before[0][0].unique_participants == 2
    on(ctx, date(2026, 11, 23))
    assert ws.erase_expired_participants(ctx, date(2027, 6, 1)) == 4
    assert all(m.erased and not m.name for m in ws.get_cycle(ctx, cycle.id).members)
    on(ctx, THURSDAYS[4])
    assert counts(ctx, cycle.id) == before
    assert ws.yearly_summary(ctx, 2026) == summary_before


def test_forget_and_export_a_cycle_member(ctx, cycle):
    ana, *_ = (r.member for r in enrol_four(ctx, cycle.id))
    on(ctx, THURSDAYS[0])
    ws.record_cycle_attendance(ctx, sessions(ctx, cycle.id)[0].id, {ana.id: P})
    data = json.loads(ws.export_participant(ctx, "ana"))
    assert data["cycles"][0]["workshop"] == "Travail social de groupe"
    assert data["cycles"][0]["attendance"] == {"2026-02-05": "present"}
    summary = ws.yearly_summary(ctx, 2026)
    assert ws.forget_participant(ctx, "Ana") == 1
    assert ws.yearly_summary(ctx, 2026) == summary


def held_cycle(ctx, cycle):
    """The whole cycle held: Béa drops out after the second session, Dan takes her seat."""
    ana, bea, chloe, dan = (r.member for r in enrol_four(ctx, cycle.id))
    rows = sessions(ctx, cycle.id)
    on(ctx, THURSDAYS[1])
    ws.record_cycle_attendance(ctx, rows[0].id, {ana.id: P, bea.id: P, chloe.id: E})
    ws.record_cycle_attendance(ctx, rows[1].id, {ana.id: P, bea.id: A, chloe.id: P})
    ws.drop_out(ctx, bea.id)
    on(ctx, THURSDAYS[4])
    for row in rows[2:]:
        ws.record_cycle_attendance(ctx, row.id, {ana.id: P, chloe.id: P, dan.id: P})
    on(ctx, date(2026, 11, 23))


def test_the_activity_report_has_a_line_per_cycle(ctx, cycle):
    held_cycle(ctx, cycle)
    report = activity_report(ctx, *year_period(2026))
    assert report.cycles == (CycleLine("Travail social de groupe", THURSDAYS[0], THURSDAYS[4], 5, 5, 4, 3, 1, 0,
                                       pytest.approx(13 / 16)),)  # Dan, let in on the 12th, expected that day
    assert report.by_workshop[0].attendances == 13
    assert report.by_workshop[0].unique_participants == 4


def test_a_cycle_going_on_has_no_completed_yet(ctx, cycle):
    held_cycle(ctx, cycle)
    spring = activity_report(ctx, date(2026, 1, 1), date(2026, 2, 20))
    (line,) = spring.cycles
    assert (line.sessions_held, line.enrolled, line.completed, line.dropped_out) == (3, 4, None, 1)
    assert activity_report(ctx, date(2026, 4, 1), date(2026, 6, 30)).cycles == ()  # no session then


def test_the_activity_report_is_the_same_after_erasure(ctx, cycle):
    held_cycle(ctx, cycle)
    printed = activity_report(ctx, *year_period(2026))
    ws.forget_participant(ctx, "Chloé")
    assert activity_report(ctx, *year_period(2026)) == printed
    ws.erase_expired_participants(ctx, date(2030, 1, 1))
    assert activity_report(ctx, *year_period(2026)) == printed


steps = st.lists(st.tuples(st.sampled_from(["enrol", "drop"]), st.integers(0, 9), st.integers(0, 6)),
                 min_size=1, max_size=14)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(capacity=st.integers(1, 3), drawn=steps)
def test_enrolments_and_drop_outs_never_give_more_seats_than_the_capacity(ctx, capacity, drawn):
    """Day after day, people enrol and drop out (some drop-outs dated back): on no day are more members
    expected than there are seats, the waiting list moves up first come first, and each session's expected
    members are those enrolled that day."""
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe", capacity=capacity, is_cycle=True))
    ws.add_series(ctx, workshop.id, ws.SessionDraft(THURSDAYS[0], time(14), time(16)), count=5)
    day = date(2026, 1, 26)
    for index, (action, who, back) in enumerate(drawn):
        day += timedelta(days=3)
        on(ctx, day)
        members = ws.get_cycle(ctx, workshop.id).members
        if action == "enrol":
            ws.enrol_in_cycle(ctx, workshop.id, f"P{index}")
        elif members and members[who % len(members)].status != CycleStatus.DROPPED_OUT:
            member = members[who % len(members)]
            ws.drop_out(ctx, member.id, max(day - timedelta(days=back), member.joined_on or date.min))
    view = ws.get_cycle(ctx, workshop.id)
    for session in view.sessions:
        assert session.expected <= capacity
    waiting = [m.id for m in view.members if m.status == CycleStatus.WAITING]
    if waiting:  # first come, first served: nobody who came after someone still waiting ever had a seat
        assert all(m.joined_on is None for m in view.members if m.id > min(waiting))
