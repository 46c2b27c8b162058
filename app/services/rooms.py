"""Room bookings across areas: a room is never booked twice at the same time, by a workshop or a meeting.

Both the workshops and the meetings services check here, so each sees the other's bookings.
"""

from collections.abc import Collection
from datetime import date, time

from sqlmodel import Session, select

from app.domain import workshops as rules
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.storage.models import Room
from app.storage.models.meetings import Meeting
from app.storage.models.workshops import Workshop, WorkshopSession

ROOM_TAKEN = QT_TRANSLATE_NOOP("Errors", "{room} is already booked on {day} from {start} to {end} ({label}).")


def bookings(
    session: Session, day: date, *, exclude_sessions: Collection[int] = (), exclude_meetings: Collection[int] = ()
) -> list[rules.Booking]:
    """Every room booking of ``day``: workshop sessions that are not cancelled, and meetings."""
    sessions = session.exec(
        select(WorkshopSession, Workshop.title)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(WorkshopSession.day == day, WorkshopSession.status != "cancelled",
               WorkshopSession.room_id.is_not(None))
    )
    meetings = session.exec(select(Meeting).where(Meeting.day == day, Meeting.room_id.is_not(None)))
    return [
        rules.Booking(row.room_id, row.day, row.start_time, row.end_time, title)
        for row, title in sessions
        if row.id not in exclude_sessions
    ] + [
        rules.Booking(row.room_id, row.day, row.start_time, row.end_time, row.title)
        for row in meetings
        if row.id not in exclude_meetings
    ]


def is_free(session: Session, room_id: int, day: date, start: time, end: time) -> bool:
    """Whether nothing books ``room_id`` on ``day`` between ``start`` and ``end``."""
    return not rules.room_conflicts(rules.Booking(room_id, day, start, end, ""), bookings(session, day))


def check_free(
    session: Session, room_id: int | None, day: date, start: time, end: time, *,
    exclude_sessions: Collection[int] = (), exclude_meetings: Collection[int] = (),
) -> None:
    """Refuse, with the booking in the way, a room already taken at that time."""
    if room_id is None:
        return
    candidate = rules.Booking(room_id, day, start, end, "")
    existing = bookings(session, day, exclude_sessions=exclude_sessions, exclude_meetings=exclude_meetings)
    conflicts = rules.room_conflicts(candidate, existing)
    if conflicts:
        taken = conflicts[0]
        room = session.get(Room, room_id)
        raise RuleViolation(ROOM_TAKEN, room=room.name if room else "", day=day.isoformat(),
                            start=taken.start.strftime("%H:%M"), end=taken.end.strftime("%H:%M"), label=taken.label)
