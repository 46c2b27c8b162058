"""People who are not staff at a meeting: inhabitants, habitants-relais, partners' contacts.

A guest is named in the minutes and counted among the people involved; a guest is never a member: never in a
quorum (only members take positions), never credited time (credits go to members marked present).

The API other areas rely on: ``add_guest(ctx, meeting_id, person_id)``, ``remove_guest``,
``invite_relays(ctx, meeting_id)`` (every active habitant-relais at once) and ``guests(ctx, meeting_id)``,
which gives :class:`GuestView` objects with the name, the role and the partner's name.
"""

from sqlmodel import Session, col, select

from app.domain.people import PersonRole
from app.services import people
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.meetings.rows import editable
from app.services.meetings.views import GuestView
from app.storage.models.meetings import Meeting
from app.storage.models.people import MeetingGuest, Person


def guest_views(db: Session, meeting_id: int) -> tuple[GuestView, ...]:
    """The meeting's guests, in the directory's order, each in the role recorded for the meeting (the person's
    own while it is planned, kept once held: minutes printed again name them as they were)."""
    roles = dict(db.exec(select(MeetingGuest.person_id, MeetingGuest.role)
                         .where(MeetingGuest.meeting_id == meeting_id)).all())
    return tuple(GuestView(person_id=view.id, name=view.name, role=PersonRole(roles[view.id]), partner_id=view.partner_id,
                           partner_name=view.partner_name, erased=view.erased)
                 for view in people.views_of(db, roles).values())


def guests(ctx: Context, meeting_id: int) -> tuple[GuestView, ...]:
    with ctx.reading() as db:
        return guest_views(db, meeting_id)


def _add(unit: UnitOfWork, meeting: Meeting, person_id: int) -> bool:
    """Add one guest to the (locked) meeting; False when already there."""
    person = people.present_person(unit, person_id)
    exists = unit.db.exec(select(MeetingGuest).where(MeetingGuest.meeting_id == meeting.id,
                                                     MeetingGuest.person_id == person_id)).first()
    if exists:
        return False
    row = unit.add(MeetingGuest(meeting_id=id_of(meeting), person_id=person_id, role=person.role))
    people.seen_on(person, meeting.day)
    unit.db.add(person)
    unit.audit("add_guest", Entity.MEETING, meeting.id, after=row)
    unit.changed(Entity.PERSON, (person_id,))
    return True


def add_guest(ctx: Context, meeting_id: int, person_id: int) -> bool:
    """``person_id`` attends the meeting (its minutes still a draft); False when already a guest."""
    with ctx.writing() as unit:
        return _add(unit, editable(unit, meeting_id), person_id)


def invite_relays(ctx: Context, meeting_id: int) -> int:
    """Every active habitant-relais attends the meeting (the group's monthly meeting); how many were added."""
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        relays = unit.db.exec(select(Person.id).where(Person.role == PersonRole.RELAY.value, col(Person.active),
                                                      ~col(Person.erased)).order_by(col(Person.id))).all()
        return sum(_add(unit, meeting, person_id) for person_id in relays if person_id is not None)


def remove_guest(ctx: Context, meeting_id: int, person_id: int) -> None:
    with ctx.writing() as unit:
        editable(unit, meeting_id)
        row = unit.db.exec(select(MeetingGuest).where(MeetingGuest.meeting_id == meeting_id,
                                                      MeetingGuest.person_id == person_id)).first()
        if row is not None:
            unit.audit("remove_guest", Entity.MEETING, meeting_id, before=row)
            unit.db.delete(row)
