"""Clock credits through the services, on both engines: a member's overlapping shift, meeting and workshop
credit the union of their times once, each booking warns of the others, and meeting kinds credit the
category the centre chose for them."""

import uuid
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.meetings import Attendance, MeetingKind
from app.domain.members import MemberDraft
from app.services import credits, hours, meetings, members, rota
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.storage.models import AuditEntry, Shift, TimeCategory, TimeEntry
from app.storage.models.rota import ShiftTemplate

WEDNESDAY = date(2026, 11, 25)  # after the test clock's Monday


ARRIVED = date(2026, 11, 2)  # before the past days the tests credit: nobody is credited before arriving


@pytest.fixture
def amina(ctx):
    return members.add_member(ctx, MemberDraft(name="Amina", start_date=ARRIVED)).id


def category_id(ctx, code):
    with ctx.reading() as db:
        return db.exec(select(TimeCategory.id).where(TimeCategory.code == code)).one()


def credited(ctx, member_id):
    """(source, category code) → minutes of ``member_id``'s automatic credits."""
    with ctx.reading() as db:
        rows = db.exec(select(TimeEntry.source, TimeCategory.code, TimeEntry.minutes, TimeEntry.day)
                            .join(TimeCategory, TimeCategory.id == TimeEntry.category_id)
                            .where(TimeEntry.member_id == member_id, TimeEntry.automatic))
        return {(source, code, day): minutes for source, code, minutes, day in rows}


def take_shift(ctx, member_id, start=time(12), end=time(14), day=WEDNESDAY):
    with ctx.writing() as unit:
        shift_id = unit.add(Shift(day=day, start_time=start, end_time=end)).id
    return rota.claim_shift(ctx, shift_id, member_id)


def attend(ctx, member_id, kind=MeetingKind.CARE_REVIEW, day=WEDNESDAY, start=time(12, 30), end=time(14)):
    draft = MeetingDraft(title="Revue", day=day, start=start, end=end, kind=kind)
    meeting = meetings.create_meeting(ctx, draft)
    return meeting, meetings.set_attendance(ctx, meeting.id, {member_id: Attendance.PRESENT})


def lead_workshop(ctx, member_id, start=time(13), end=time(14), preparation=0):
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine du marché", capacity=8),
                               facilitators={member_id: preparation})
    return ws.add_session(ctx, workshop.id, ws.SessionDraft(WEDNESDAY, start, end))


def double_bookings(warnings):
    return [str(warning) for warning in warnings if "already" in str(warning)]


def test_the_reported_day_credits_two_hours_and_every_booking_warns(ctx, amina):
    assert double_bookings(take_shift(ctx, amina).warnings) == []
    _, warned = attend(ctx, amina)
    assert double_bookings(warned) == ["Amina is already on a reception shift from 12:00 to 14:00."]
    planned = lead_workshop(ctx, amina)
    assert double_bookings(planned.warnings) == [
        "Amina is already on a reception shift from 12:00 to 14:00.",
        "Amina is already at the meeting “Revue” from 12:30 to 14:00.",
    ]
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120}


def test_a_shift_taken_during_a_meeting_warns_and_keeps_the_time_it_began_first(ctx, amina):
    attend(ctx, amina)
    claimed = take_shift(ctx, amina)
    assert double_bookings(claimed.warnings) == [
        "Amina is already at the meeting “Revue” from 12:30 to 14:00."]
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120}


def test_when_the_first_activity_goes_the_next_one_gets_its_time_back(ctx, amina):
    claim = take_shift(ctx, amina)
    meeting, _ = attend(ctx, amina)
    lead_workshop(ctx, amina, preparation=30)
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120,
                                    ("workshop_session", "workshops", WEDNESDAY): 30}
    ctx.clock = lambda: rota.starts_at(ctx, WEDNESDAY, time(15))  # a no-show is marked once the shift started
    rota.mark_no_show(ctx, claim.claim_id)
    assert credited(ctx, amina) == {("meeting", "complex_care_reviews", WEDNESDAY): 90,
                                    ("workshop_session", "workshops", WEDNESDAY): 30}
    meetings.set_attendance(ctx, meeting.id, {amina: Attendance.ABSENT})
    assert credited(ctx, amina) == {("workshop_session", "workshops", WEDNESDAY): 90}


def test_a_meeting_moved_to_another_day_leaves_the_shift_its_time(ctx, amina):
    take_shift(ctx, amina, start=time(13), end=time(15))
    meeting, _ = attend(ctx, amina, start=time(12), end=time(14))
    assert credited(ctx, amina) == {("meeting", "complex_care_reviews", WEDNESDAY): 120,
                                    ("shift", "reception", WEDNESDAY): 60}
    thursday = date(2026, 11, 26)
    meetings.update_meeting(ctx, meeting.id, MeetingDraft(title="Revue", day=thursday, start=time(12),
                                                          end=time(14), kind=MeetingKind.CARE_REVIEW))
    assert credited(ctx, amina) == {("meeting", "complex_care_reviews", thursday): 120,
                                    ("shift", "reception", WEDNESDAY): 120}


def test_activities_apart_are_credited_in_full_without_a_warning(ctx, amina):
    take_shift(ctx, amina, start=time(9), end=time(12))
    _, warned = attend(ctx, amina, kind=MeetingKind.TEAM)
    assert double_bookings(warned) == []
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 180,
                                    ("meeting", "meetings", WEDNESDAY): 90}


def test_meeting_kinds_credit_their_own_categories_by_default(ctx, amina):
    defaults = credits.meeting_categories(ctx)
    assert defaults[MeetingKind.CARE_REVIEW] == category_id(ctx, "complex_care_reviews")
    assert defaults[MeetingKind.PARTNER] == category_id(ctx, "partnerships")
    assert defaults[MeetingKind.TEAM] == category_id(ctx, "meetings")
    attend(ctx, amina, kind=MeetingKind.PARTNER)
    assert credited(ctx, amina) == {("meeting", "partnerships", WEDNESDAY): 90}


def test_changing_a_kind_s_category_recredits_meetings_from_today_and_is_audited(ctx, amina):
    past = date(2026, 11, 20)
    attend(ctx, amina, kind=MeetingKind.COMMISSION, day=past)
    attend(ctx, amina, kind=MeetingKind.COMMISSION)
    thematic = category_id(ctx, "thematic_projects")
    credits.set_meeting_category(ctx, MeetingKind.COMMISSION, thematic)
    assert credits.meeting_categories(ctx)[MeetingKind.COMMISSION] == thematic
    assert credited(ctx, amina) == {("meeting", "meetings", past): 90,
                                    ("meeting", "thematic_projects", WEDNESDAY): 90}
    with ctx.reading() as db:
        audit = db.exec(select(AuditEntry).where(AuditEntry.entity == "setting")).all()
    assert [entry.action for entry in audit] == ["set"]


def test_a_kind_only_goes_to_an_active_self_management_category(ctx):
    with pytest.raises(RuleViolation):
        credits.set_meeting_category(ctx, MeetingKind.TEAM, category_id(ctx, "profession"))
    retired = category_id(ctx, "thematic_projects")
    hours.set_category_active(ctx, retired, False)
    with pytest.raises(RuleViolation):
        credits.set_meeting_category(ctx, MeetingKind.TEAM, retired)
    with pytest.raises(RuleViolation):
        credits.set_meeting_category(ctx, "picnic", category_id(ctx, "meetings"))
    assert credits.meeting_categories(ctx)[MeetingKind.TEAM] == category_id(ctx, "meetings")


def test_a_kind_whose_category_was_retired_credits_meetings(ctx, amina):
    thematic = category_id(ctx, "thematic_projects")
    credits.set_meeting_category(ctx, MeetingKind.TEAM, thematic)
    hours.set_category_active(ctx, thematic, False)
    assert credits.meeting_categories(ctx)[MeetingKind.TEAM] == category_id(ctx, "meetings")
    attend(ctx, amina, kind=MeetingKind.TEAM)
    assert credited(ctx, amina) == {("meeting", "meetings", WEDNESDAY): 90}


QUARTERS = st.tuples(st.integers(32, 68), st.integers(1, 12))  # a start from 08:00 and a length, in quarters


def at(quarters):
    return time(quarters * 15 // 60, quarters * 15 % 60)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shift=QUARTERS, meeting=QUARTERS, workshop=QUARTERS)
def test_whatever_the_times_the_credits_add_up_to_the_union(ctx, shift, meeting, workshop):
    member_id = members.add_member(ctx, MemberDraft(name=f"Membre {uuid.uuid4().hex[:8]}")).id
    spans = [(start, start + length) for start, length in (shift, meeting, workshop)]
    take_shift(ctx, member_id, at(spans[0][0]), at(spans[0][1]))
    attend(ctx, member_id, start=at(spans[1][0]), end=at(spans[1][1]))
    lead_workshop(ctx, member_id, at(spans[2][0]), at(spans[2][1]))
    shares = credited(ctx, member_id).values()
    union = {quarter for start, end in spans for quarter in range(start, end)}
    assert sum(shares) == 15 * len(union) <= 24 * 60
    assert all(minutes > 0 for minutes in shares)  # an activity left no time has no entry at all


def test_a_facilitator_added_to_a_workshop_is_warned_of_the_shift_at_its_session(ctx, amina):
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    take_shift(ctx, amina)
    planned = lead_workshop(ctx, bruno)
    workshop_id = planned.sessions[0].workshop_id
    saved = ws.update_workshop(ctx, workshop_id, ws.WorkshopDraft("Cuisine du marché", capacity=8),
                               facilitators={bruno: 0, amina: 0})
    assert [(w.params["day"], str(w.params["warning"])) for w in saved.warnings] == [
        (WEDNESDAY, "Amina is already on a reception shift from 12:00 to 14:00.")]
    kept = ws.update_workshop(ctx, workshop_id, ws.WorkshopDraft("Cuisine du marché", capacity=9),
                              facilitators={bruno: 0, amina: 0})
    assert kept.warnings == ()  # said once, when she was added
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120}


def test_a_swap_accepted_during_a_meeting_warns_the_taker(ctx, amina):
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    shift_id = take_shift(ctx, bruno).shift.id
    attend(ctx, amina)
    ctx.actor_id = bruno
    offer = rota.offer_swap(ctx, shift_id)
    ctx.actor_id = amina
    assert double_bookings(rota.accept_swap(ctx, offer)) == [
        "Amina is already at the meeting “Revue” from 12:30 to 14:00."]
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120}


def test_a_meeting_moved_onto_a_shift_warns_of_those_present(ctx, amina):
    take_shift(ctx, amina)
    meeting, warned = attend(ctx, amina, start=time(15), end=time(16))
    assert double_bookings(warned) == []
    moved = meetings.update_meeting(ctx, meeting.id, MeetingDraft(
        title="Revue", day=WEDNESDAY, start=time(13), end=time(15), kind=MeetingKind.CARE_REVIEW))
    assert double_bookings(moved.warnings) == ["Amina is already on a reception shift from 12:00 to 14:00."]
    renamed = meetings.update_meeting(ctx, meeting.id, MeetingDraft(
        title="Revue de parcours", day=WEDNESDAY, start=time(13), end=time(15), kind=MeetingKind.CARE_REVIEW))
    assert renamed.warnings == ()  # said when it moved
    assert credited(ctx, amina) == {("shift", "reception", WEDNESDAY): 120,
                                    ("meeting", "complex_care_reviews", WEDNESDAY): 60}


# --- nobody is credited outside their time in the team ---------------------------------------------------------

def test_nobody_is_marked_present_at_a_meeting_outside_their_time_in_the_team(ctx, amina):
    zoe = members.add_member(ctx, MemberDraft(name="Zoé", start_date=WEDNESDAY + timedelta(days=1))).id
    meeting, _ = attend(ctx, amina)
    with pytest.raises(RuleViolation, match="Zoé only joins the team on"):
        meetings.set_attendance(ctx, meeting.id, {amina: Attendance.EXCUSED, zoe: Attendance.PRESENT})
    assert meetings.get_meeting(ctx, meeting.id).present_ids() == [amina]  # nothing half-written
    meetings.set_attendance(ctx, meeting.id, {zoe: Attendance.EXCUSED})  # no hours: told as it was
    assert credited(ctx, zoe) == {}


def test_a_meeting_moved_before_someone_arrived_no_longer_credits_her(ctx, amina):
    zoe = members.add_member(ctx, MemberDraft(name="Zoé", start_date=date(2026, 11, 16))).id
    meeting, _ = attend(ctx, amina)
    meetings.set_attendance(ctx, meeting.id, {zoe: Attendance.PRESENT})
    earlier = date(2026, 11, 12)

    def move(day):
        meetings.update_meeting(ctx, meeting.id, MeetingDraft(title="Revue", day=day, start=time(12, 30),
                                                              end=time(14), kind=MeetingKind.CARE_REVIEW))

    move(earlier)  # the meeting is the team's business: it moves, and credits only who was in the team then
    assert credited(ctx, amina) == {("meeting", "complex_care_reviews", earlier): 90}
    assert credited(ctx, zoe) == {}
    move(WEDNESDAY)
    assert credited(ctx, zoe) == {("meeting", "complex_care_reviews", WEDNESDAY): 90}


def test_a_session_after_a_facilitators_contract_credits_only_the_others_and_says_why(ctx, amina):
    ended = WEDNESDAY - timedelta(days=1)
    zoe = members.add_member(ctx, MemberDraft(name="Zoé", start_date=ARRIVED, end_date=ended)).id
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine du marché", capacity=8),
                               facilitators={amina: 30, zoe: 30})
    planned = ws.add_session(ctx, workshop.id, ws.SessionDraft(WEDNESDAY, time(14), time(16)))
    assert [str(warning) for warning in planned.warnings] == ["Zoé's contract ends on 2026-11-24."]
    assert credited(ctx, amina) == {("workshop_session", "workshops", WEDNESDAY): 150}
    assert credited(ctx, zoe) == {}


def test_a_closed_day_opened_again_credits_no_holder_whose_contract_ended_meanwhile(ctx, amina):
    with ctx.writing() as unit:  # a shift of a weekly one: a closure removed brings it back
        weekly = unit.add(ShiftTemplate(weekday=WEDNESDAY.weekday(), start_time=time(12), end_time=time(14),
                                        valid_from=ARRIVED))
        shift_id = unit.add(Shift(day=WEDNESDAY, start_time=time(12), end_time=time(14), template_id=weekly.id)).id
    rota.claim_shift(ctx, shift_id, amina)
    draft = members.get_member(ctx, amina).draft()
    members.update_member(ctx, amina, replace(draft, end_date=WEDNESDAY - timedelta(days=1)))
    closure = rota.add_closure(ctx, WEDNESDAY, "Inventaire")
    rota.remove_closure(ctx, closure.id)  # the seat comes back with the shift; its hours no longer do
    assert credited(ctx, amina) == {}
