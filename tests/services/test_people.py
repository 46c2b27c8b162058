"""People who are not staff, on both engines: the directory and its consent rule, guests at meetings (never
in a quorum, never credited), co-facilitators, erasure on request and after the retention period with the
counts of people involved kept, the minutes naming the guests."""

import json
from datetime import date, time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from app.domain.errors import RuleViolation
from app.domain.imports import Kind
from app.domain.meetings import Attendance, MeetingKind
from app.domain.members import MemberDraft
from app.domain.people import PersonDraft, PersonRole
from app.exports import minutes as minutes_export
from app.services import activity, decisions, hours, imports, meetings, members, people, settings
from app.services import workshops as ws
from app.services.errors import NotAllowed
from app.services.meetings import MeetingDraft
from app.storage.models import AuditEntry
from app.storage.models.people import Person

TODAY = date(2026, 11, 23)  # the test clock's day
LAST_WEEK = TODAY - timedelta(days=7)


@pytest.fixture
def team(ctx):
    arrived = date(2026, 1, 5)  # before the meetings the tests hold
    ids = [members.add_member(ctx, MemberDraft(name=f"Membre {n:02}", start_date=arrived)).id for n in range(12)]
    ctx.actor_id = ids[0]
    return ids


@pytest.fixture
def cpam(ctx):
    return ws.add_partner(ctx, ws.PartnerDraft("CPAM de l'Isère")).id


def person(ctx, name, role=PersonRole.RELAY, **fields):
    return people.create_person(ctx, PersonDraft(name=name, role=role, **fields))


def meeting(ctx, day=LAST_WEEK, kind=MeetingKind.TEAM):
    draft = MeetingDraft(title="Réunion", day=day, start=time(12, 30), end=time(14), kind=kind)
    return meetings.create_meeting(ctx, draft)


def test_contact_data_only_with_a_consent_date(ctx, team):
    with pytest.raises(RuleViolation):
        person(ctx, "Awa", phone="06 12 34 56 78")
    with pytest.raises(RuleViolation):
        person(ctx, "Awa", email="awa@example.org", consent_on=TODAY + timedelta(days=1))
    with pytest.raises(RuleViolation):
        person(ctx, "   ")
    awa = person(ctx, "Awa", phone="0612345678", consent_on=TODAY)
    assert (awa.phone, awa.role, awa.last_active) == ("06 12 34 56 78", PersonRole.RELAY, TODAY)
    nameless = person(ctx, "Pseudo")  # a pseudonym alone needs no consent
    assert nameless.consent_on is None
    with ctx.writing() as unit, pytest.raises(IntegrityError):  # the database holds the rule too
        unit.add(Person(name="Sans accord", phone="06 00 00 00 00", last_active=TODAY))


def test_a_partner_belongs_only_to_a_partners_contact(ctx, team, cpam):
    with pytest.raises(RuleViolation):
        person(ctx, "Mme Roux", PersonRole.INHABITANT, partner_id=cpam)
    roux = person(ctx, "Mme Roux", PersonRole.PARTNER_CONTACT, partner_id=cpam)
    assert roux.partner_name == "CPAM de l'Isère"


def test_the_directory_is_searched_by_name_organisation_and_role(ctx, team, cpam):
    person(ctx, "Awa")
    person(ctx, "Bernard", PersonRole.INHABITANT)
    roux = person(ctx, "Mme Roux", PersonRole.PARTNER_CONTACT, partner_id=cpam)
    assert [p.name for p in people.list_people(ctx)] == ["Awa", "Bernard", "Mme Roux"]
    assert [p.name for p in people.list_people(ctx, search="cpam")] == ["Mme Roux"]
    assert [p.name for p in people.list_people(ctx, roles=[PersonRole.RELAY])] == ["Awa"]
    people.set_active(ctx, roux.id, False)
    assert [p.name for p in people.list_people(ctx)] == ["Awa", "Bernard"]
    assert len(people.list_people(ctx, include_inactive=True)) == 3


def test_the_audit_log_holds_no_name_nor_contact(ctx, team):
    awa = person(ctx, "Awa Diallo", phone="06 12 34 56 78", email="awa@example.org", consent_on=TODAY)
    people.update_person(ctx, awa.id, PersonDraft(name="Awa D.", role=PersonRole.RELAY))
    people.erase_person(ctx, awa.id)
    logged = " ".join(f"{e.before} {e.after}" for e in people_audit(ctx))
    assert "Awa" not in logged and "06 12" not in logged and "example.org" not in logged
    assert '"has_phone": true' in logged


def test_guests_never_enter_a_quorum_nor_the_balances(ctx, team):
    held = meeting(ctx)
    meetings.set_attendance(ctx, held.id, {member: Attendance.PRESENT for member in team})
    proposal = decisions.create_draft(ctx, title="Samedi", text="Ouvrir le samedi.",
                                      deadline=ctx.now() + timedelta(days=7), quorum_percent=100)
    decisions.submit(ctx, proposal.summary.id)
    before = decisions.get_proposal(ctx, proposal.summary.id).tally
    hours_before = hours.team_view(ctx, LAST_WEEK, TODAY)
    for name in ("Awa", "Bernard", "Chantal"):
        meetings.add_guest(ctx, held.id, person(ctx, name).id)
    after = decisions.get_proposal(ctx, proposal.summary.id).tally
    assert (after.active_members, after.quorum_needed) == (before.active_members, before.quorum_needed) == (12, 12)
    assert hours.team_view(ctx, LAST_WEEK, TODAY).rows == hours_before.rows
    assert len(members.list_members(ctx)) == 12  # not in the team's lists
    assert [g.name for g in meetings.guests(ctx, held.id)] == ["Awa", "Bernard", "Chantal"]


def test_a_guest_is_added_once_and_removed(ctx, team):
    held, awa = meeting(ctx), person(ctx, "Awa")
    assert meetings.add_guest(ctx, held.id, awa.id) is True
    assert meetings.add_guest(ctx, held.id, awa.id) is False
    meetings.remove_guest(ctx, held.id, awa.id)
    assert meetings.guests(ctx, held.id) == ()
    people.set_active(ctx, awa.id, False)
    with pytest.raises(NotAllowed):
        meetings.add_guest(ctx, held.id, awa.id)


def test_every_habitant_relais_invited_in_one_action(ctx, team, cpam):
    monthly = meeting(ctx, TODAY + timedelta(days=3), MeetingKind.RELAYS)
    awa, _bernard = person(ctx, "Awa"), person(ctx, "Bernard", PersonRole.INHABITANT)
    person(ctx, "Chantal")
    people.set_active(ctx, person(ctx, "Dalila").id, False)
    meetings.add_guest(ctx, monthly.id, awa.id)
    assert meetings.invite_relays(ctx, monthly.id) == 1  # Chantal; Awa was there, Dalila left
    assert [g.name for g in meetings.guests(ctx, monthly.id)] == ["Awa", "Chantal"]
    assert meetings.get_meeting(ctx, monthly.id).summary.kind == MeetingKind.RELAYS


def test_minutes_name_the_guests_partners_with_their_organisation(ctx, team, cpam, qapp):
    held = meeting(ctx)
    meetings.add_guest(ctx, held.id, person(ctx, "Awa").id)
    meetings.add_guest(ctx, held.id, person(ctx, "Mme Roux", PersonRole.PARTNER_CONTACT, partner_id=cpam).id)
    text = minutes_export.minutes_markdown(minutes_export.minutes_of(ctx, held.id))
    assert "Awa (habitant-relais)" in text
    assert "CPAM de l'Isère (Mme Roux)" in text  # the contact under the organisation present


def test_erasure_keeps_the_people_involved_and_the_report(ctx, team, cpam):
    held = meeting(ctx)
    meetings.mark_held(ctx, held.id)
    awa, roux = person(ctx, "Awa"), person(ctx, "Mme Roux", PersonRole.PARTNER_CONTACT, partner_id=cpam)
    bernard = person(ctx, "Bernard", PersonRole.INHABITANT)
    meetings.add_guest(ctx, held.id, awa.id)
    meetings.add_guest(ctx, held.id, roux.id)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine"))
    session = ws.add_session(ctx, workshop.id, ws.SessionDraft(LAST_WEEK, time(14), time(16))).sessions[0]
    people.set_co_facilitators(ctx, workshop.id, [bernard.id, awa.id])  # named before the session is recorded
    ws.record_attendance(ctx, session.id, {}, 8)
    assert {p.name for p in people.co_facilitators(ctx, workshop.id)} == {"Awa", "Bernard"}
    first = activity.activity_report(ctx, date(2026, 1, 1), date(2026, 12, 31))
    counts = {c.label: c.value for c in first.involved or ()}
    assert counts == {"inhabitant": 1, "relay": 1, "partner_contact": 1}
    people.erase_person(ctx, awa.id)
    erased = people.get_person(ctx, awa.id)
    assert (erased.name, erased.phone, erased.erased, erased.active) == ("", "", True, False)
    assert activity.activity_report(ctx, date(2026, 1, 1), date(2026, 12, 31)).involved == first.involved
    assert [g.erased for g in meetings.guests(ctx, held.id)] == [False, True]  # Mme Roux, then the erased
    with pytest.raises(NotAllowed):
        people.update_person(ctx, awa.id, PersonDraft(name="Awa"))


def test_people_are_forgotten_after_the_retention_period(ctx, team):
    settings.put(ctx, "participant_retention_months", 6)
    old, recent = person(ctx, "Ancienne"), person(ctx, "Récente")
    meetings.add_guest(ctx, meeting(ctx, date(2026, 12, 10)).id, recent.id)  # seen again then
    assert people.erase_expired_people(ctx, date(2027, 2, 1)) == 0  # both seen within six months
    assert people.erase_expired_people(ctx, date(2027, 5, 24)) == 1  # Ancienne, last seen 23/11/2026
    assert people.get_person(ctx, old.id).erased and not people.get_person(ctx, recent.id).erased
    assert people.erase_expired_people(ctx, date(2027, 5, 24)) == 0  # idempotent
    assert json.loads(people_audit(ctx, "erase_expired")[-1].after)["count"] == 1


def test_a_habitant_relais_is_kept_while_co_facilitating_and_forgotten_after(ctx, team):
    settings.put(ctx, "participant_retention_months", 6)
    fatou = person(ctx, "Fatou")  # seen today, 23/11/2026, never again by herself
    walk = ws.add_workshop(ctx, ws.WorkshopDraft("Marche santé", capacity=10), co_facilitator_ids=[fatou.id])
    first = date(2026, 11, 26)
    ws.add_series(ctx, walk.id, ws.SessionDraft(first, time(10), time(11)), count=40)  # planned afterwards
    last = max(session.day for session in ws.get_workshop(ctx, walk.id).sessions)
    assert people.erase_expired_people(ctx, date(2027, 6, 1)) == 0  # sessions past and planned ahead
    assert people.erase_expired_people(ctx, last + timedelta(days=170)) == 0  # the last session is recent
    assert people.erase_expired_people(ctx, last + timedelta(days=190)) == 1
    assert people.get_person(ctx, fatou.id).erased


def people_audit(ctx, *actions):
    """The audit entries about people (of these actions only, when given)."""
    query = select(AuditEntry).where(AuditEntry.entity == "person")
    if actions:
        query = query.where(col(AuditEntry.action).in_(actions))
    with ctx.reading() as db:
        return list(db.exec(query.order_by(col(AuditEntry.id))))


def test_the_directory_is_imported_from_a_spreadsheet_once(ctx, team, cpam, tmp_path):
    sheet = tmp_path / "annuaire.csv"
    sheet.write_text("Nom;Rôle;Partenaire;Téléphone;Accord\n"
                     "Awa;Habitante-relais;;06 12 34 56 78;02/11/2026\n"
                     "Mme Roux;;CPAM de l'Isère;;\n"
                     "Sonia;habitant;;;\n", encoding="utf-8")
    result = imports.import_file(ctx, Kind.PEOPLE, sheet)
    assert (result.created, result.updated) == (3, 0)
    found = {p.name: p for p in people.list_people(ctx)}
    assert (found["Awa"].role, found["Awa"].phone, found["Awa"].consent_on) == (
        PersonRole.RELAY, "06 12 34 56 78", date(2026, 11, 2))
    assert (found["Mme Roux"].role, found["Mme Roux"].partner_name) == (PersonRole.PARTNER_CONTACT,
                                                                         "CPAM de l'Isère")
    again = imports.import_file(ctx, Kind.PEOPLE, sheet)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert "Awa" not in " ".join(f"{e.before} {e.after}" for e in people_audit(ctx))


def test_an_import_with_a_bad_line_writes_nothing(ctx, team, tmp_path):
    sheet = tmp_path / "annuaire.csv"
    sheet.write_text("Nom;Rôle;Partenaire;Téléphone\n"
                     "Awa;relais;;06 12 34 56 78\n"
                     "Mme Roux;;Nulle part;\n"
                     "Sonia;voisine;;\n", encoding="utf-8")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.PEOPLE, sheet)
    assert [error.line for error in refused.value.errors] == [2, 3, 4]  # no consent; unknown partner; role
    assert people.list_people(ctx) == []


def test_the_directory_shows_the_last_day_someone_came_never_a_planned_one(ctx, team):
    """A planned meeting keeps the person longer (the retention counts from it) but is not a visit yet."""
    awa, new = person(ctx, "Awa"), person(ctx, "Nouvelle")
    held, not_marked = meeting(ctx, LAST_WEEK - timedelta(days=7)), meeting(ctx)
    planned = meeting(ctx, TODAY + timedelta(days=10))
    for each in (held, not_marked, planned):
        meetings.add_guest(ctx, each.id, awa.id)
    meetings.set_attendance(ctx, held.id, {team[0]: Attendance.PRESENT})
    meetings.mark_held(ctx, held.id)  # the later one, never marked held, did not count
    shown = {view.name: view for view in people.list_people(ctx)}
    assert (shown["Awa"].last_came, shown["Awa"].last_active) == (held.day, planned.day)
    assert shown["Nouvelle"].last_came is None and people.get_person(ctx, awa.id).last_came == held.day
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine"))
    day = LAST_WEEK + timedelta(days=2)
    session = ws.add_session(ctx, workshop.id, ws.SessionDraft(day, time(14), time(16))).sessions[0]
    people.set_co_facilitators(ctx, workshop.id, [new.id])
    assert people.get_person(ctx, new.id).last_came is None  # the session is not held yet
    ws.record_attendance(ctx, session.id, {}, count=5)
    assert people.get_person(ctx, new.id).last_came == session.day
