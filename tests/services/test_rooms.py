"""The centre's rooms, on both engines: add, rename, retire; a retired room keeps its bookings but takes no new one."""

from datetime import date, time

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.meetings import MeetingKind
from app.domain.members import MemberDraft
from app.services import meetings, members, rooms
from app.services import workshops as ws
from app.services.errors import NotFound
from app.storage.models import AuditEntry, Room
from tests.conftest import at_the_first_commit, other_workstation

THURSDAY = date(2026, 11, 26)


def test_add_rename_and_retire_a_room(ctx):
    bleue = rooms.add_room(ctx, "  Salle   bleue ", 12)
    assert (bleue.name, bleue.capacity, bleue.active) == ("Salle bleue", 12, True)
    renamed = rooms.update_room(ctx, bleue.id, "Salle bleue (RDC)", 14)
    assert (renamed.name, renamed.capacity) == ("Salle bleue (RDC)", 14)
    bureau = rooms.add_room(ctx, "Bureau 2")
    assert bureau.capacity == 10
    rooms.set_room_active(ctx, bureau.id, False)
    assert [r.name for r in rooms.list_rooms(ctx)] == ["Salle bleue (RDC)"]
    assert [(r.name, r.active) for r in rooms.list_rooms(ctx, include_retired=True)] == [
        ("Bureau 2", False), ("Salle bleue (RDC)", True)
    ]
    assert [r.name for r in ws.list_rooms(ctx)] == ["Salle bleue (RDC)"]  # what the pickers offer
    with ctx.reading() as db:
        actions = [(e.action, e.entity) for e in db.exec(select(AuditEntry).where(AuditEntry.entity == "room"))]
    assert actions == [("add", "room"), ("edit", "room"), ("add", "room"), ("retire", "room")]


def test_names_are_unique_whatever_their_case_and_capacities_positive(ctx):
    rooms.add_room(ctx, "Salle bleue")
    with pytest.raises(RuleViolation, match="already a room called Salle bleue"):
        rooms.add_room(ctx, "salle BLEUE")
    other = rooms.add_room(ctx, "Bureau")
    with pytest.raises(RuleViolation, match="already a room"):
        rooms.update_room(ctx, other.id, "Salle bleue", 4)
    with pytest.raises(RuleViolation):
        rooms.add_room(ctx, "   ")
    with pytest.raises(RuleViolation):
        rooms.add_room(ctx, "Grande salle", 0)
    with pytest.raises(NotFound):
        rooms.update_room(ctx, 9999, "Nulle part", 3)


def test_the_database_itself_refuses_two_rooms_of_one_name(ctx):
    with pytest.raises(IntegrityError), ctx.writing() as unit:
        unit.add(Room(name="Salle bleue"))
        unit.add(Room(name="Salle bleue"))


def test_a_retired_room_takes_no_new_booking_but_keeps_the_ones_it_has(ctx):
    amina = members.add_member(ctx, MemberDraft(name="Amina")).id
    room = rooms.add_room(ctx, "Salle commune", 12)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine", capacity=8), facilitators={amina: 0})
    planned = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16), room.id)).sessions[0]
    draft = meetings.MeetingDraft(title="Réunion d'équipe", kind=MeetingKind.TEAM, day=THURSDAY,
                                  start=time(9), end=time(10), room_id=room.id)
    meeting = meetings.create_meeting(ctx, draft)
    rooms.set_room_active(ctx, room.id, False)

    # its bookings stay, and can still be moved while they keep it
    moved = ws.update_session(ctx, planned.id, ws.SessionDraft(THURSDAY, time(15), time(17), room.id))
    assert moved.sessions[0].room_id == room.id
    later = meetings.update_meeting(ctx, meeting.id, _moved(draft))
    assert later.room_id == room.id
    # but nothing new books it
    with pytest.raises(RuleViolation, match="no longer in use"):
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 12, 3), time(14), time(16), room.id))
    with pytest.raises(RuleViolation, match="no longer in use"):
        meetings.create_meeting(ctx, _moved(draft, day=date(2026, 12, 3)))
    with pytest.raises(RuleViolation, match="no longer in use"):
        meetings.create_weekly_series(ctx, _moved(draft, day=date(2026, 12, 3)), 2)
    other = meetings.create_meeting(ctx, _moved(draft, day=date(2026, 12, 4), room_id=None))
    with pytest.raises(RuleViolation, match="no longer in use"):
        meetings.update_meeting(ctx, other.id, _moved(draft, day=date(2026, 12, 4)))


def _moved(draft, **changes):
    from dataclasses import replace

    return replace(draft, **({"start": time(10), "end": time(11)} | changes))


def test_a_room_booked_at_two_workstations_at_once_is_booked_once(ctx, database_url, monkeypatch):
    """On PostgreSQL each found the room free and booked it: a meeting and a workshop in one room at once."""
    salle = rooms.add_room(ctx, "Salle bleue", 12)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine du marché", capacity=8))
    other, application = other_workstation(ctx, database_url)
    raised = at_the_first_commit(
        ctx, other, application, monkeypatch,
        lambda: meetings.create_meeting(ctx, meetings.MeetingDraft(
            "Réunion d'équipe", THURSDAY, time(14), time(16), room_id=salle.id)),
        lambda: ws.add_session(other, workshop.id, ws.SessionDraft(THURSDAY, time(15), time(17), salle.id)))
    assert [str(error) for error in raised] == [
        "Salle bleue is already booked on 2026-11-26 from 14:00 to 16:00 (Réunion d'équipe)."]
    assert ws.sessions_between(ctx, THURSDAY, THURSDAY) == []
