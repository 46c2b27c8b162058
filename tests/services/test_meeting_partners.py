"""Partner meetings through the services, on both engines (issue 17, point 4): the kinds "partner meeting"
and "steering committee" credit the members' time to partnerships, the partner organisations present are
recorded (audited, a pair once, refused once the minutes are approved), and they never count as members."""

import uuid
from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.domain.consensus import Stance
from app.domain.errors import RuleViolation
from app.domain.meetings import PARTNER_KINDS, Attendance, MeetingKind
from app.domain.members import MemberDraft
from app.services import credits, decisions, hours, meetings, members
from app.services import settings as centre_settings
from app.services import workshops as ws
from app.services.errors import NotAllowed, NotFound
from app.services.meetings import MeetingDraft
from app.storage.models import AuditEntry, MeetingPartner, TimeCategory, TimeEntry
from tests.services.test_meetings import held_ahead_of_its_time

MONDAY = date(2026, 11, 23)  # the test clock's day
LAST_MONDAY = date(2026, 11, 16)  # a week that has happened: its hours count
WEDNESDAY = date(2026, 11, 18)


@pytest.fixture
def team(ctx):
    ids = [members.add_member(ctx, MemberDraft(name=name, start_date=date(2026, 11, 2))).id
           for name in ("Amina", "Bruno", "Chloé")]
    ctx.actor_id = ids[0]
    return ids


@pytest.fixture
def partners(ctx):
    return {name: ws.add_partner(ctx, ws.PartnerDraft(name, kind=kind)).id
            for name, kind in (("CPAM", "Assurance maladie"), ("ARS", "Agence régionale de santé"),
                               ("Centre social Romain Rolland", "Centre social"))}


def meeting(ctx, kind=MeetingKind.STEERING_COMMITTEE, day=WEDNESDAY, title="Comité de pilotage"):
    return meetings.create_meeting(ctx, MeetingDraft(title=title, day=day, start=time(10), end=time(12), kind=kind))


def category_id(ctx, code):
    with ctx.reading() as db:
        return db.exec(select(TimeCategory.id).where(TimeCategory.code == code)).one()


def test_both_partner_kinds_credit_the_members_time_to_partnerships(ctx, team):
    assert PARTNER_KINDS == {MeetingKind.PARTNER, MeetingKind.STEERING_COMMITTEE}
    partnerships = category_id(ctx, "partnerships")
    chosen = credits.meeting_categories(ctx)
    assert chosen[MeetingKind.PARTNER] == chosen[MeetingKind.STEERING_COMMITTEE] == partnerships
    steering = meeting(ctx)
    partner = meeting(ctx, MeetingKind.PARTNER, day=WEDNESDAY + timedelta(days=1), title="Réseau RTSDS")
    team_meeting = meeting(ctx, MeetingKind.TEAM, day=LAST_MONDAY, title="Réunion d'équipe")
    amina, bruno, _chloe = team
    meetings.set_attendance(ctx, steering.id, {amina: Attendance.PRESENT, bruno: Attendance.EXCUSED})
    meetings.set_attendance(ctx, partner.id, {amina: Attendance.PRESENT, bruno: Attendance.PRESENT})
    meetings.set_attendance(ctx, team_meeting.id, {amina: Attendance.PRESENT})
    amina_week = hours.week_grid(ctx, amina, LAST_MONDAY)
    assert amina_week.category_total(partnerships) == 240  # two hours at each partner meeting
    assert amina_week.category_total(category_id(ctx, "meetings")) == 120  # the team meeting stays a meeting
    assert hours.week_grid(ctx, bruno, LAST_MONDAY).category_total(partnerships) == 120  # excused at the committee
    before = hours.week_grid(ctx, bruno, LAST_MONDAY).balance_self_management
    meetings.set_attendance(ctx, steering.id, {bruno: Attendance.PRESENT})
    after = hours.week_grid(ctx, bruno, LAST_MONDAY)
    assert after.category_total(partnerships) == 240
    assert after.balance_self_management == before + 120  # the balance counts the committee's two hours


def test_a_centre_that_chose_its_categories_before_the_steering_committee_credits_it_to_partnerships(ctx, team):
    old_choice = {"team": "meetings", "general_assembly": "meetings", "commission": "thematic_projects",
                  "care_review": "complex_care_reviews", "partner": "partnerships"}
    with ctx.writing() as unit:
        centre_settings.write(unit, credits.KIND_SETTING, old_choice)
    chosen = credits.meeting_categories(ctx)
    assert chosen[MeetingKind.STEERING_COMMITTEE] == category_id(ctx, "partnerships")
    assert chosen[MeetingKind.COMMISSION] == category_id(ctx, "thematic_projects")


def credited(ctx, meeting_id):
    """category code → minutes credited for the meeting."""
    with ctx.reading() as db:
        rows = db.exec(select(TimeCategory.code, TimeEntry.minutes)
                       .join(TimeEntry, TimeEntry.category_id == TimeCategory.id)
                       .where(TimeEntry.source == "meeting", TimeEntry.source_id == meeting_id))
        return dict(rows.all())


def test_the_steering_committee_s_category_is_the_centre_s_choice(ctx, team):
    """Set to another category, its time from today on goes there; "Partnerships" retired, to Meetings."""
    steering = meeting(ctx, day=MONDAY + timedelta(days=2))
    meetings.set_attendance(ctx, steering.id, {team[0]: Attendance.PRESENT})
    assert credited(ctx, steering.id) == {"partnerships": 120}
    credits.set_meeting_category(ctx, MeetingKind.STEERING_COMMITTEE, category_id(ctx, "thematic_projects"))
    assert credited(ctx, steering.id) == {"thematic_projects": 120}
    credits.set_meeting_category(ctx, "steering_committee", category_id(ctx, "partnerships"))
    hours.set_category_active(ctx, category_id(ctx, "partnerships"), False)
    assert credits.meeting_categories(ctx)[MeetingKind.STEERING_COMMITTEE] == category_id(ctx, "meetings")


def test_the_organisations_present_are_recorded_by_name_and_audited_once(ctx, team, partners):
    steering = meeting(ctx)
    present = meetings.set_meeting_partners(ctx, steering.id, [partners["CPAM"], partners["ARS"]])
    assert [p.name for p in present] == ["ARS", "CPAM"]
    assert all(p.contacts == () for p in present)  # the people come with the directory of non-staff people
    assert [p.name for p in meetings.get_meeting(ctx, steering.id).partners] == ["ARS", "CPAM"]
    meetings.set_meeting_partners(ctx, steering.id, [partners["CPAM"], partners["ARS"]])  # no change
    meetings.set_meeting_partners(ctx, steering.id, [partners["Centre social Romain Rolland"], partners["CPAM"]])
    detail = meetings.get_meeting(ctx, steering.id)
    assert [p.name for p in detail.partners] == ["Centre social Romain Rolland", "CPAM"]
    with ctx.reading() as db:
        audit = db.exec(select(AuditEntry).where(AuditEntry.action == "partners")
                        .order_by(AuditEntry.id)).all()
    assert [(entry.entity, entry.entity_id) for entry in audit] == [("meeting", steering.id)] * 2
    assert '"partners": []' in (audit[0].before or "")


def test_any_kind_of_meeting_may_have_a_partner_present(ctx, team, partners):
    review = meeting(ctx, MeetingKind.COMMISSION, title="Commission santé mentale")
    assert [p.name for p in meetings.set_meeting_partners(ctx, review.id, [partners["ARS"]])] == ["ARS"]


def test_an_unknown_or_retired_organisation_is_refused_and_nothing_is_written(ctx, team, partners):
    steering = meeting(ctx)
    with pytest.raises(NotFound):
        meetings.set_meeting_partners(ctx, steering.id, [partners["CPAM"], 9999])
    ars = ws.list_partners(ctx)[0]
    assert ars.name == "ARS"
    ws.update_partner(ctx, ars.id, ws.PartnerDraft("ARS"), active=False)
    with pytest.raises(RuleViolation) as refused:
        meetings.set_meeting_partners(ctx, steering.id, [partners["CPAM"], ars.id])
    assert "ARS" in str(refused.value)
    assert meetings.get_meeting(ctx, steering.id).partners == ()


def test_a_retired_organisation_stays_where_it_was_present(ctx, team, partners):
    steering = meeting(ctx)
    meetings.set_meeting_partners(ctx, steering.id, [partners["ARS"]])
    ws.update_partner(ctx, partners["ARS"], ws.PartnerDraft("ARS"), active=False)
    meetings.set_meeting_partners(ctx, steering.id, [partners["ARS"], partners["CPAM"]])  # ARS was there
    assert [p.name for p in meetings.get_meeting(ctx, steering.id).partners] == ["ARS", "CPAM"]


def test_approved_minutes_keep_their_organisations(ctx, team, partners):
    steering = meeting(ctx, day=MONDAY - timedelta(days=7))
    meetings.set_meeting_partners(ctx, steering.id, [partners["CPAM"]])
    meetings.mark_held(ctx, steering.id)
    meetings.approve_minutes(ctx, steering.id)
    with pytest.raises(NotAllowed):
        meetings.set_meeting_partners(ctx, steering.id, [])
    assert [p.name for p in meetings.get_meeting(ctx, steering.id).partners] == ["CPAM"]


def test_the_database_keeps_one_row_per_meeting_and_organisation(ctx, team, partners):
    steering = meeting(ctx)
    with pytest.raises(IntegrityError), ctx.writing() as unit:
        unit.add(MeetingPartner(meeting_id=steering.id, partner_id=partners["CPAM"]))
        unit.add(MeetingPartner(meeting_id=steering.id, partner_id=partners["CPAM"]))
    with pytest.raises(IntegrityError), ctx.writing() as unit:
        unit.add(MeetingPartner(meeting_id=steering.id, partner_id=9999))


def test_organisations_are_never_counted_as_members_present(ctx, team, partners):
    """A decision taken at a steering committee counts the members only, whoever else came."""
    amina, bruno, chloe = team
    steering = meeting(ctx, day=MONDAY)
    draft = decisions.create_draft(ctx, title="Charte partenariale", text="Nous signons la charte.",
                                   deadline=ctx.now() + timedelta(days=7), quorum_percent=100)
    decisions.submit(ctx, draft.summary.id)
    ctx.actor_id = bruno
    decisions.endorse(ctx, draft.summary.id)
    ctx.actor_id = amina
    meetings.build_agenda(ctx, steering.id)
    meetings.set_attendance(ctx, steering.id, {m: Attendance.PRESENT for m in team})
    meetings.set_meeting_partners(ctx, steering.id, list(partners.values()))
    assert sorted(meetings.present_member_ids(ctx, steering.id)) == sorted(team)
    for member_id in team:
        meetings.record_position(ctx, steering.id, draft.summary.id, member_id, Stance.AGREE)
    meetings.close_decision(ctx, steering.id, draft.summary.id, "Charte signée.")
    decision = meetings.get_meeting(ctx, steering.id).decisions[0]
    assert (decision.status, decision.agree) == ("adopted", 3)  # 3 of 3 members: the quorum of 100 % is met
    assert chloe in meetings.present_member_ids(ctx, steering.id)


def test_the_directory_counts_the_meetings_held_with_each_partner_up_to_today(ctx, team, partners):
    for day, held in ((WEDNESDAY, True), (LAST_MONDAY, False), (MONDAY + timedelta(days=3), True)):
        found = meeting(ctx, day=day)
        meetings.set_meeting_partners(ctx, found.id, [partners["CPAM"]])
        if held and day < MONDAY:
            meetings.mark_held(ctx, found.id)
        elif held:  # the last one, marked held ahead of its day (no longer allowed), has not happened yet
            held_ahead_of_its_time(ctx, found.id)
    assert {p.name: p.meetings for p in ws.list_partners(ctx)} == {
        "ARS": 0, "Centre social Romain Rolland": 0, "CPAM": 1}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choices=st.lists(st.sets(st.sampled_from(["CPAM", "ARS", "Centre social Romain Rolland"])), max_size=6))
def test_the_last_choice_is_kept_and_each_change_audited_once(ctx, team, partners, choices):
    found = meeting(ctx, title=f"Comité {uuid.uuid4().hex[:8]}")
    changes, before = 0, set()
    for chosen in choices:
        meetings.set_meeting_partners(ctx, found.id, [partners[name] for name in chosen])
        changes += chosen != before
        before = chosen
    assert {p.name for p in meetings.get_meeting(ctx, found.id).partners} == before
    with ctx.reading() as db:
        audited = db.exec(select(AuditEntry).where(AuditEntry.action == "partners",
                                                   AuditEntry.entity_id == found.id)).all()
    assert len(audited) == changes
