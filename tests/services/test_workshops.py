"""Workshops through the services, on both engines: series, rooms, waiting list, hours, privacy, summary."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import CheckConstraint, event, func
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.domain.workshops import EnrolmentStatus, SessionStatus, WorkshopStatus
from app.services import members, settings
from app.services import workshops as ws
from app.services.changes import Entity
from app.storage.models import Notification, Room, TimeEntry
from app.storage.models.audit import AuditEntry
from app.storage.models.rota import Closure
from app.storage.models.workshops import Enrolment, Workshop, WorkshopSession

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def room(ctx):
    with ctx.writing() as unit:
        return unit.add(Room(name="Salle commune", capacity=12)).id


@pytest.fixture
def amina(ctx):
    return members.add_member(ctx, MemberDraft(name="Amina")).id


@pytest.fixture
def workshop(ctx, amina):
    partner = ws.add_partner(
        ctx,
        ws.PartnerDraft(name="Centre social Romain Rolland", kind="centre social", phone="04.76.00.00.01"),
    )
    theme = ws.add_theme(ctx, "Nutrition")
    return ws.add_workshop(
        ctx,
        ws.WorkshopDraft("Cuisine du marché", capacity=4, theme_id=theme.id),
        facilitators={amina: 30},
        partner_ids=[partner.id],
    )


def count(ctx, model):
    with ctx.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_weekly_series_with_a_partner(ctx, workshop, room, amina):
    result = ws.add_series(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16), room), count=6)
    days = [s.day for s in result.sessions]
    assert days == [
        date(2026, 11, 26),
        date(2026, 12, 3),
        date(2026, 12, 10),
        date(2026, 12, 17),
        date(2026, 12, 24),
        date(2026, 12, 31),
    ]
    assert {s.series_id for s in result.sessions} == {result.sessions[0].id}
    detail = ws.get_workshop(ctx, workshop.id)
    assert [p.name for p in detail.partners] == ["Centre social Romain Rolland"]
    assert detail.partners[0].phone == "04 76 00 00 01"
    assert [f.name for f in detail.facilitators] == ["Amina"]
    assert ws.list_partners(ctx)[0].workshops == ("Cuisine du marché",)
    with ctx.reading() as session:  # 2 h of session + 30 min of preparation, each
        minutes = session.exec(select(TimeEntry.minutes).where(TimeEntry.member_id == amina)).all()
    assert minutes == [150] * 6


def test_fortnightly_and_chosen_dates(ctx, workshop):
    fortnight = ws.add_series(
        ctx, workshop.id, ws.SessionDraft(THURSDAY, time(10), time(11)), every_weeks=2, count=3
    )
    assert [s.day for s in fortnight.sessions] == [date(2026, 11, 26), date(2026, 12, 10), date(2026, 12, 24)]
    chosen = ws.add_series(
        ctx,
        workshop.id,
        ws.SessionDraft(THURSDAY, time(10), time(11)),
        dates=[date(2027, 1, 8), date(2027, 1, 5), date(2027, 1, 8)],
    )
    assert [s.day for s in chosen.sessions] == [date(2027, 1, 5), date(2027, 1, 8)]


def test_a_room_booked_twice_is_refused_and_nothing_written(ctx, workshop, room):
    ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16), room))
    before = count(ctx, WorkshopSession)
    with pytest.raises(RuleViolation, match="already booked"):
        ws.add_series(
            ctx, workshop.id, ws.SessionDraft(date(2026, 11, 19), time(15), time(17), room), count=3
        )
    assert count(ctx, WorkshopSession) == before
    ws.add_session(
        ctx, workshop.id, ws.SessionDraft(THURSDAY, time(16), time(17), room)
    )  # back to back is fine


def test_edit_following_sessions_moves_them_together(ctx, workshop, room):
    sessions = ws.add_series(
        ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16), room), count=4
    ).sessions
    ws.update_session(
        ctx, sessions[2].id, ws.SessionDraft(sessions[2].day, time(9), time(11), room), following=True
    )
    starts = [s.start for s in ws.get_workshop(ctx, workshop.id).sessions]
    assert starts == [time(14), time(14), time(9), time(9)]


def test_waiting_list_moves_up_when_a_place_frees(ctx, workshop, amina):
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    )
    first = ws.enrol(ctx, session_id, "Nadia", "06 12 34 56 78", places=3)
    second = ws.enrol(ctx, session_id, "Yves", places=2)
    third = ws.enrol(ctx, session_id, "Lou", places=1)
    assert not first.waiting and second.waiting and third.waiting  # strict order: Lou waits behind Yves
    promoted = ws.cancel_enrolment(ctx, first.enrolment.id)
    assert [r.name for r in promoted] == ["Yves", "Lou"]
    assert [(r.name, r.status) for r in ws.list_enrolments(ctx, session_id)] == [
        ("Yves", EnrolmentStatus.CONFIRMED),
        ("Lou", EnrolmentStatus.CONFIRMED),
    ]
    with ctx.reading() as session:
        notices = session.exec(select(Notification).where(Notification.kind == "waiting-list")).all()
    assert len(notices) == 2 and all("Yves" not in n.params for n in notices)


def test_a_session_dated_outside_the_calendar_is_refused_and_nothing_is_planned(ctx, workshop):
    """Like an absence or a meeting: once in, a day is computed with (its week, the week after)."""
    for day in (date(9999, 12, 31), date(1926, 11, 26)):
        with pytest.raises(RuleViolation, match="outside the years Cercle keeps"):
            ws.add_session(ctx, workshop.id, ws.SessionDraft(day, time(14), time(16)))
    with ctx.reading() as db:
        assert db.exec(select(func.count()).select_from(WorkshopSession)).one() == 0


def test_more_places_than_the_session_takes_are_refused_and_a_lowered_capacity_blocks_nobody(ctx, workshop):
    session_id = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    with pytest.raises(RuleViolation, match="This session takes 4 people"):
        ws.enrol(ctx, session_id, "Famille Diallo", places=5)
    awa = ws.enrol(ctx, session_id, "Awa", places=1)
    family = ws.enrol(ctx, session_id, "Famille Diallo", places=4)
    chloe = ws.enrol(ctx, session_id, "Chloé", places=1)
    assert family.waiting and chloe.waiting  # strict order: Chloé waits behind the family
    ws.update_workshop(ctx, workshop.id, ws.WorkshopDraft("Cuisine du marché", capacity=3))
    assert [(r.name, r.status) for r in ws.list_enrolments(ctx, session_id)] == [  # the family can never come in
        ("Awa", EnrolmentStatus.CONFIRMED), ("Chloé", EnrolmentStatus.CONFIRMED),
        ("Famille Diallo", EnrolmentStatus.WAITING)]
    assert ws.cancel_enrolment(ctx, awa.enrolment.id) == []


def test_cancelled_session_returns_the_enrolled_and_credits_preparation_only(ctx, workshop, amina):
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    )
    ws.enrol(ctx, session_id, "Nadia")
    told = ws.cancel_session(ctx, session_id)
    assert [r.name for r in told] == ["Nadia"]
    with ctx.reading() as session:
        assert session.exec(select(TimeEntry.minutes).where(TimeEntry.member_id == amina)).all() == [30]


def test_attendance_and_retention_erase_names_but_keep_counts(ctx, workshop):
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 3, 5), time(14), time(16))).sessions[0].id
    )
    recent = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 5), time(14), time(16)))
        .sessions[0]
        .id
    )
    nadia = ws.enrol(ctx, session_id, "Nadia", "0612345678", places=2).enrolment
    ws.enrol(ctx, recent, "Nadia", "0612345678")
    ws.record_attendance(ctx, session_id, {nadia.id: True}, count=3)
    assert (
        json.loads(ws.export_participant(ctx, "nadia", "06 12 34 56 78"))["registrations"][0]["places"] == 2
    )
    assert ws.erase_expired_participants(ctx, date(2026, 11, 23)) == 1  # 6 months by default
    assert ws.erase_expired_participants(ctx, date(2026, 11, 23)) == 0  # idempotent
    kept = ws.list_enrolments(ctx, session_id)[0]
    assert (kept.name, kept.phone, kept.places, kept.attended, kept.erased) == ("", "", 2, True, True)
    assert ws.get_session(ctx, session_id).attendance_count == 3
    assert ws.list_enrolments(ctx, recent)[0].name == "Nadia"
    by_workshop, by_theme = ws.yearly_summary(ctx, 2026)
    assert (
        by_workshop[0].sessions_held,
        by_workshop[0].participants,
        by_workshop[0].unique_participants,
    ) == (1, 3, 1)
    assert by_theme[0].label == "Nutrition" and by_theme[0].partners == ("Centre social Romain Rolland",)
    assert ws.forget_participant(ctx, "Nadia") == 1
    assert json.loads(ws.export_participant(ctx, "Nadia"))["registrations"] == []


def test_shorter_retention_setting_is_used(ctx, workshop):
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 9, 1), time(14), time(16))).sessions[0].id
    )
    ws.enrol(ctx, session_id, "Lou")
    assert ws.erase_expired_participants(ctx, date(2026, 11, 23)) == 0
    settings.put(ctx, "participant_retention_months", 2)
    assert ws.erase_expired_participants(ctx, date(2026, 11, 23)) == 1


@pytest.mark.parametrize(
    "action",
    [
        lambda ctx, w, s: ws.add_session(ctx, w, ws.SessionDraft(THURSDAY, time(16), time(14))),
        lambda ctx, w, s: ws.add_workshop(ctx, ws.WorkshopDraft("Vide", capacity=0)),
        lambda ctx, w, s: ws.update_workshop(ctx, w, ws.WorkshopDraft("Vide", capacity=-1)),
        lambda ctx, w, s: ws.add_series(ctx, w, ws.SessionDraft(THURSDAY, time(9), time(10)), count=105),
        lambda ctx, w, s: ws.enrol(ctx, s, "Nadia", "12 34"),
        lambda ctx, w, s: ws.enrol(ctx, s, "Nadia", places=0),
        lambda ctx, w, s: ws.enrol(ctx, s, "   "),
        lambda ctx, w, s: ws.add_partner(ctx, ws.PartnerDraft(name="CPAM", phone="not a phone")),
    ],
    ids=[
        "end-before-start",
        "capacity-zero",
        "capacity-negative",
        "series-105",
        "bad-phone",
        "no-places",
        "no-name",
        "partner-phone",
    ],
)
def test_bad_input_is_refused_with_nothing_written(ctx, workshop, action):
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    )
    counts = [count(ctx, model) for model in (Workshop, WorkshopSession, Enrolment)]
    with pytest.raises(RuleViolation):
        action(ctx, workshop.id, session_id)
    assert [count(ctx, model) for model in (Workshop, WorkshopSession, Enrolment)] == counts
    assert ws.get_workshop(ctx, workshop.id).workshop.capacity == 4


@pytest.mark.parametrize("action", [
    lambda ctx, w, s, n: ws.add_workshop(ctx, ws.WorkshopDraft("t" * n(200), capacity=5)),
    lambda ctx, w, s, n: ws.add_workshop(ctx, ws.WorkshopDraft("Marche", capacity=5, audience="a" * n(200))),
    lambda ctx, w, s, n: ws.add_theme(ctx, "t" * n(80)),
    lambda ctx, w, s, n: ws.enrol(ctx, s, "n" * n(80)),
    lambda ctx, w, s, n: ws.add_partner(ctx, ws.PartnerDraft("p" * n(120))),
    lambda ctx, w, s, n: ws.add_partner(ctx, ws.PartnerDraft("PMI", kind="k" * n(80))),
    lambda ctx, w, s, n: ws.add_partner(ctx, ws.PartnerDraft("PMI", contact_person="c" * n(120))),
    lambda ctx, w, s, n: ws.add_partner(ctx, ws.PartnerDraft("PMI", email="e" * n(120))),
], ids=["title", "audience", "theme", "participant", "partner", "kind", "contact", "email"])
def test_a_text_longer_than_its_column_is_refused_and_one_as_long_is_kept(ctx, workshop, action):
    session_id = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    counts = [count(ctx, model) for model in (Workshop, Enrolment)]
    with pytest.raises(RuleViolation, match="is too long: at most"):
        action(ctx, workshop.id, session_id, lambda limit: limit + 1)
    assert [count(ctx, model) for model in (Workshop, Enrolment)] == counts
    action(ctx, workshop.id, session_id, lambda limit: limit)  # the database keeps it whole, on both engines


def test_warnings_for_holiday_and_room_capacity(ctx, workshop, room):
    big = ws.update_workshop(ctx, workshop.id, ws.WorkshopDraft("Cuisine du marché", capacity=20))
    result = ws.add_session(ctx, big.id, ws.SessionDraft(date(2026, 12, 25), time(14), time(16), room))
    texts = [str(w) for w in result.warnings]
    assert any("public holiday" in t for t in texts) and any("only 12" in t for t in texts)


def test_a_room_is_never_booked_twice_by_a_workshop_and_a_meeting(ctx, workshop, room):
    from app.services import meetings

    meeting = meetings.MeetingDraft(title="Réunion d'équipe", day=THURSDAY, start=time(9), end=time(12),
                                    room_id=room)
    meetings.create_meeting(ctx, meeting)
    with pytest.raises(RuleViolation, match="Réunion"):
        ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(11), time(13), room))
    ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16), room))
    with pytest.raises(RuleViolation, match="already booked"):
        meetings.create_meeting(ctx, replace(meeting, start=time(15), end=time(17)))
    with ctx.reading() as session:
        assert len(ws.room_bookings(session, THURSDAY)) == 2


def test_warnings_for_a_facilitator_on_reception_or_absent(ctx, workshop, amina):
    from app.storage.models import Absence, Shift, ShiftClaim

    with ctx.writing() as unit:
        shift = unit.add(Shift(day=THURSDAY, start_time=time(13), end_time=time(15)))
        unit.add(ShiftClaim(shift_id=shift.id, member_id=amina, claimed_at=ctx.now()))
        unit.add(Absence(member_id=amina, first_day=date(2026, 12, 3), last_day=date(2026, 12, 4)))
    on_shift = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16)))
    assert [str(w) for w in on_shift.warnings] == ["Amina is already on a reception shift from 13:00 to 15:00."]
    absent = ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 12, 3), time(14), time(16)))
    assert [str(w) for w in absent.warnings] == ["Amina is absent that day."]
    assert ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(16), time(17))).warnings == ()


def test_attendance_waits_for_the_session_and_a_cancelled_one_takes_none(ctx, workshop):
    from app.services.errors import NotAllowed

    future = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    with pytest.raises(NotAllowed):
        ws.record_attendance(ctx, future, {}, count=3)
    ws.cancel_session(ctx, future)
    with pytest.raises(NotAllowed):
        ws.enrol(ctx, future, "Lou")
    assert ws.get_session(ctx, future).attendance_count is None


def test_the_holiday_warning_reads_the_day_the_french_way(ctx, workshop, qapp):
    from app import i18n

    ascension = ws.SessionDraft(date(2027, 5, 6), time(14), time(16))
    result = ws.add_session(ctx, workshop.id, ascension)
    try:
        i18n.install(qapp, "fr")
        texts = [i18n.message(w) for w in result.warnings]
    finally:
        i18n.install(qapp, "en")
    assert "Le jeudi 6 mai 2027 est un jour férié." in texts


def test_sessions_start_with_the_next_one_and_facilitators_in_french_order(ctx, workshop, amina):
    others = [members.add_member(ctx, MemberDraft(name=name)).id for name in ("Élodie", "Fatou")]
    team = dict.fromkeys([amina, *others], 30)
    ws.update_workshop(ctx, workshop.id, ws.WorkshopDraft("Cuisine du marché", capacity=4), facilitators=team)
    assert [f.name for f in ws.get_workshop(ctx, workshop.id).facilitators] == ["Amina", "Élodie", "Fatou"]
    past, later, soon = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(day, time(14), time(16))).sessions[0]
        for day in (date(2026, 11, 2), date(2026, 12, 7), date(2026, 11, 30))
    )
    assert [s.id for s in ws.get_workshop(ctx, workshop.id).sessions] == [soon.id, later.id, past.id]


def test_a_new_session_is_suggested_on_the_next_working_day_in_a_free_room(ctx, workshop):
    ctx.clock = lambda: datetime(2026, 12, 24, 9, 0, tzinfo=UTC)  # a Thursday; Friday is Christmas
    with ctx.writing() as unit:
        first, second = (unit.add(Room(name=name, capacity=12)).id for name in ("Atelier", "Bureau"))
        unit.add(Room(name="Annexe", capacity=12, active=False))  # set aside: never suggested
    suggestion = ws.suggest_session(ctx, time(14), time(16))
    assert suggestion == ws.SessionDraft(date(2026, 12, 28), time(14), time(16), first)  # Monday, the first room

    ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 12, 28), time(15), time(17), first))
    assert ws.suggest_session(ctx, time(14), time(16)).room_id == second  # "Atelier" is taken at 15:00
    assert ws.suggest_session(ctx, time(10), time(12)).room_id == first  # but free in the morning
    ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 12, 28), time(13), time(14, 30), second))
    assert ws.suggest_session(ctx, time(14), time(16)).room_id is None  # every room taken: none chosen

    with ctx.writing() as unit:
        unit.add(Closure(day=date(2026, 12, 28), reason="Pont"))
    assert ws.suggest_session(ctx, time(14), time(16)).day == date(2026, 12, 29)


def test_planning_and_cancelling_tell_the_workshop_changed_without_an_audit_row_of_their_own(ctx, workshop):
    """The workshop's list shows its sessions: it hears about them, but the log keeps only the sessions' rows."""
    heard: list[tuple[str, tuple[int, ...]]] = []
    ctx.events.subscribe(lambda entity, ids: heard.append((entity, ids)))
    session_id = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id
    ws.cancel_session(ctx, session_id)
    assert heard.count((Entity.WORKSHOP, (workshop.id,))) == 2
    with ctx.reading() as session:
        logged = session.exec(select(AuditEntry.entity, AuditEntry.action)
                              .where(AuditEntry.entity_id.in_([workshop.id, session_id]))).all()
    assert ("workshop", "plan") not in logged and ("workshop", "cancel_session") not in logged
    assert ("workshop_session", "plan") in logged and ("workshop_session", "cancel") in logged


@pytest.mark.parametrize(
    "model, statuses",
    [(Workshop, WorkshopStatus), (WorkshopSession, SessionStatus), (Enrolment, EnrolmentStatus)],
)
def test_the_statuses_are_those_the_database_accepts(model, statuses):
    """The StrEnums name the texts the tables store: no value added or dropped without a migration."""
    (check,) = [c for c in model.__table__.constraints
                if isinstance(c, CheckConstraint) and str(c.sqltext).startswith("status IN")]
    assert str(check.sqltext) == "status IN ({})".format(", ".join(f"'{status}'" for status in statuses))


def test_the_list_of_workshops_counts_their_sessions_without_loading_them(ctx, workshop, room):
    """Ten years of sessions are counted by the database: the list loads no session, and says for each workshop
    what its detail, which loads them, says (the next day from today, the sessions not cancelled)."""
    ws.add_series(ctx, workshop.id, ws.SessionDraft(date(2026, 10, 1), time(14), time(16), room), count=12)
    other = ws.add_workshop(ctx, ws.WorkshopDraft("Marche du mardi", capacity=8))
    cancelled = ws.add_series(ctx, other.id, ws.SessionDraft(THURSDAY, time(10), time(11)), count=2).sessions[0]
    ws.cancel_session(ctx, cancelled.id)
    ws.add_workshop(ctx, ws.WorkshopDraft("Sans séance", capacity=8))
    loaded = []

    def note(target, _context) -> None:
        loaded.append(target)

    event.listen(WorkshopSession, "load", note)
    try:
        listed = ws.list_workshops(ctx)
    finally:
        event.remove(WorkshopSession, "load", note)
    assert loaded == []
    assert listed == [ws.get_workshop(ctx, view.id).workshop for view in listed]
    assert [(view.title, view.next_day, view.session_count) for view in listed] == [
        ("Cuisine du marché", THURSDAY, 12), ("Marche du mardi", date(2026, 12, 3), 1), ("Sans séance", None, 0)]
