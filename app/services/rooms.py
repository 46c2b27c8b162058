"""The centre's rooms: add, rename, retire; and their bookings across areas: a room is never booked twice
at the same time, by a workshop or a meeting.

Both the workshops and the meetings services check here, so each sees the other's bookings. A retired
room keeps its past and already planned bookings but is offered to no new one.
"""

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.domain import workshops as rules
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.imports import DEFAULT_ROOM_CAPACITY, MAX_ROOM_CAPACITY, NAME_LIMITS, Kind
from app.domain.members import name_key
from app.domain.names import fold, tidy
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork
from app.services.errors import NotFound, StaleEdit
from app.storage.models import Room
from app.storage.models.meetings import Meeting
from app.storage.models.workshops import Workshop, WorkshopSession

ROOM_TAKEN = QT_TRANSLATE_NOOP("Errors", "{room} is already booked on {day} from {start} to {end} ({label}).")
UNKNOWN_ROOM = QT_TRANSLATE_NOOP("Errors", "This room does not exist.")
ROOM_NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "A room needs a name.")
ROOM_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A room's name has at most {limit} characters.")
DUPLICATE_ROOM = QT_TRANSLATE_NOOP("Errors", "There is already a room called {name}.")
ROOM_CAPACITY = QT_TRANSLATE_NOOP("Errors", "A room takes at least one person.")
ROOM_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "A room takes at most {limit} people.")
ROOM_RETIRED = QT_TRANSLATE_NOOP("Errors", "{room} is no longer in use: choose another room.")


@dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    capacity: int
    active: bool = True


def _view(room: Room) -> RoomView:
    return RoomView(room.id, room.name, room.capacity, room.active)


def list_rooms(ctx: Context, *, include_retired: bool = False) -> list[RoomView]:
    """The rooms in use, by name (with ``include_retired``, the retired ones too, for the settings)."""
    with ctx.reading() as db:
        query = select(Room)
        if not include_retired:
            query = query.where(Room.active)
        return sorted((_view(room) for room in db.exec(query)), key=lambda room: name_key(room.name))


def _load(db: Session, room_id: int, *, lock: bool = False) -> Room:
    """The room; ``lock``: its row locked until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE
    serialises writers), so that an edit compares with the room as the last writer committed it, and bookings of
    it come one after the other. FOR NO KEY UPDATE: the rows that refer to the room are not held up."""
    room = db.get(Room, room_id, with_for_update={"key_share": True} if lock else None, populate_existing=lock)
    if room is None:
        raise NotFound(UNKNOWN_ROOM)
    return room


def tidy_name(name: str) -> str:
    name = tidy(name)
    if not name:
        raise RuleViolation(ROOM_NAME_REQUIRED)
    if len(name) > NAME_LIMITS[Kind.ROOMS]:
        raise RuleViolation(ROOM_NAME_TOO_LONG, limit=NAME_LIMITS[Kind.ROOMS])
    return name


def find_by_name(db: Session, name: str) -> Room | None:
    """The room of that name whatever its case ("salle bleue" is "Salle bleue")."""
    return next((room for room in db.exec(select(Room)) if fold(room.name) == fold(name)), None)


def _check_unique(db: Session, name: str, room_id: int | None) -> None:
    other = find_by_name(db, name)
    if other is not None and other.id != room_id:
        raise RuleViolation(DUPLICATE_ROOM, name=other.name)


def _check_capacity(capacity: int) -> None:
    if capacity < 1:
        raise RuleViolation(ROOM_CAPACITY)
    if capacity > MAX_ROOM_CAPACITY:
        raise RuleViolation(ROOM_TOO_LARGE, limit=MAX_ROOM_CAPACITY)


def add_room(ctx: Context, name: str, capacity: int = DEFAULT_ROOM_CAPACITY) -> RoomView:
    name = tidy_name(name)
    _check_capacity(capacity)
    with ctx.writing() as unit:
        _check_unique(unit.db, name, None)
        return _view(create(unit, name, capacity))


def create(unit: UnitOfWork, name: str, capacity: int) -> Room:
    """Insert a room (already checked) inside ``unit``, audited: for :func:`add_room` and the imports."""
    with named(name):
        room = unit.add(Room(name=name, capacity=capacity))
    unit.audit("add", "room", room.id, after=room)
    return room


@contextmanager
def named(name: str) -> Iterator[None]:
    """Writing a room named ``name``: another workstation that gave a room that name at this very moment (each
    found it free) is said as the name taken, not as the database's refusal."""
    try:
        yield
    except IntegrityError as error:
        raise RuleViolation(DUPLICATE_ROOM, name=name) from error


def update_room(ctx: Context, room_id: int, name: str, capacity: int, expected: RoomView | None = None) -> RoomView:
    """Rename a room or change its capacity; its bookings follow (they refer to it, not to its name).

    ``expected``: the room as the edit started from it; renamed or resized since (at another workstation), the
    edit raises StaleEdit carrying the room as saved, and nothing is written."""
    name = tidy_name(name)
    _check_capacity(capacity)
    with ctx.writing() as unit:
        room = _load(unit.db, room_id, lock=True)
        if expected is not None and (room.name, room.capacity) != (expected.name, expected.capacity):
            raise StaleEdit(_view(room))
        _check_unique(unit.db, name, room_id)
        with named(name):
            change(unit, room, name=name, capacity=capacity)
        return _view(room)


def change(unit: UnitOfWork, room: Room, **values: object) -> bool:
    """Set ``values`` on ``room`` inside ``unit`` and audit the edit; False (and no entry) when nothing changes."""
    if all(getattr(room, key) == value for key, value in values.items()):
        return False
    with unit.change(room, Entity.ROOM):
        for key, value in values.items():
            setattr(room, key, value)
    return True


def set_room_active(ctx: Context, room_id: int, active: bool) -> RoomView:
    """Retire a room (no new booking; its history and planned bookings stay) or bring it back."""
    with ctx.writing() as unit:
        room = _load(unit.db, room_id)
        with unit.change(room, Entity.ROOM, "reactivate" if active else "retire"):
            room.active = active
        return _view(room)


def check_bookable(db: Session, room_id: int | None, already_booked: int | None = None) -> None:
    """Refuse an unknown room, or a retired one unless it is the room the booking already had."""
    if room_id is None:
        return
    room = _load(db, room_id)
    if not room.active and room_id != already_booked:
        raise RuleViolation(ROOM_RETIRED, room=room.name)


def bookings(
    db: Session, day: date, *, exclude_sessions: Collection[int] = (), exclude_meetings: Collection[int] = ()
) -> list[rules.Booking]:
    """Every room booking of ``day``: workshop sessions that are not cancelled, and meetings."""
    sessions = db.exec(
        select(WorkshopSession, Workshop.title)
        .join(Workshop, col(Workshop.id) == WorkshopSession.workshop_id)
        .where(WorkshopSession.day == day, WorkshopSession.status != rules.SessionStatus.CANCELLED,
               col(WorkshopSession.room_id).is_not(None))
    )
    meetings = db.exec(select(Meeting).where(Meeting.day == day, col(Meeting.room_id).is_not(None)))
    return [
        rules.Booking(row.room_id, row.day, row.start_time, row.end_time, title)
        for row, title in sessions
        if row.room_id is not None and row.id not in exclude_sessions  # as queried; said again for the types
    ] + [
        rules.Booking(row.room_id, row.day, row.start_time, row.end_time, row.title)
        for row in meetings
        if row.room_id is not None and row.id not in exclude_meetings
    ]


def is_free(db: Session, room_id: int, day: date, start: time, end: time) -> bool:
    """Whether nothing books ``room_id`` on ``day`` between ``start`` and ``end``."""
    return not rules.room_conflicts(rules.Booking(room_id, day, start, end, ""), bookings(db, day))


def check_free(
    db: Session, room_id: int | None, day: date, start: time, end: time, *,
    exclude_sessions: Collection[int] = (), exclude_meetings: Collection[int] = (),
) -> None:
    """Refuse, with the booking in the way, a room already taken at that time.

    The room is locked first, until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE serialises
    writers): another workstation booking it at this very moment, a meeting or a workshop, waits, then finds this
    booking; each found the room free before, and booked it."""
    if room_id is None:
        return
    _load(db, room_id, lock=True)
    candidate = rules.Booking(room_id, day, start, end, "")
    existing = bookings(db, day, exclude_sessions=exclude_sessions, exclude_meetings=exclude_meetings)
    conflicts = rules.room_conflicts(candidate, existing)
    if conflicts:
        taken = conflicts[0]
        room = db.get(Room, room_id)
        raise RuleViolation(ROOM_TAKEN, room=room.name if room else "", day=day,
                            start=taken.start.strftime("%H:%M"), end=taken.end.strftime("%H:%M"), label=taken.label)
