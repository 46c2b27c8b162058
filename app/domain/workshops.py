"""Rules of workshops: statuses, places and waiting list, series of sessions, rooms, phones, retention."""

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.recurrence import BAD_COUNT, MAX_OCCURRENCES

MAX_PLACES = 20
MAX_SESSIONS = MAX_OCCURRENCES  # a series repeating by a rule, or of dates chosen: one limit, one message
# People at one session, walk-ins included. Not the capacity: an open session may draw far more people than
# the places it books. A bound all the same, the attendance dialog's, so that a slip (a phone number typed in
# the count) never reaches the yearly figures sent to the funders.
MAX_ATTENDANCE = 999

CAPACITY_TOO_SMALL = QT_TRANSLATE_NOOP("Errors", "A workshop has room for at least one person.")
PLACES_RANGE = QT_TRANSLATE_NOOP("Errors", "A registration is for 1 to 20 places.")
ABOVE_CAPACITY = QT_TRANSLATE_NOOP(
    "Errors", "This session takes {capacity} people: a registration cannot ask for more places.")
END_NOT_AFTER_START = QT_TRANSLATE_NOOP("Errors", "The end time must be after the start time.")
NOT_A_PHONE = QT_TRANSLATE_NOOP("Errors", "This is not a phone number: {text}")
ATTENDANCE_RANGE = QT_TRANSLATE_NOOP("Errors", "The people there number between 0 and 999.")
RETENTION_TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "Participants are kept for at least one month.")


# The statuses, as the database stores them.


class WorkshopStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


def is_offered(status: str) -> bool:
    """Whether a workshop of ``status`` is offered to the neighbourhood: registered for, on the poster and in
    the calendar. A workshop still an idea, or cancelled, is not (its sessions stay, for the team)."""
    return status not in (WorkshopStatus.IDEA, WorkshopStatus.CANCELLED)


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class EnrolmentStatus(StrEnum):
    """A participant's places in a session: held, on the waiting list, or given up."""

    CONFIRMED = "confirmed"
    WAITING = "waiting"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Enrolment:
    """A request for ``places`` places; ``created_seq`` orders requests first come, first served."""

    id: int
    places: int
    created_seq: int


@dataclass(frozen=True)
class Allocation:
    """Enrolment ids holding their places, and those on the waiting list, each in order."""

    confirmed: tuple[int, ...]
    waiting: tuple[int, ...]


def allocate(capacity: int, enrolments_in_order: Iterable[Enrolment]) -> Allocation:
    """First come, first served, in strict order among the requests the session can hold.

    An enrolment is confirmed only if all its places fit. Once one waits, every later one waits
    too: a small late request never jumps ahead of a family that asked first. A request for more places
    than the whole capacity (lowered since it was made) waits without holding anyone back: it could never
    come in, and nobody waits while seats stay empty for ever.
    """
    ordered = sorted(enrolments_in_order, key=lambda r: (r.created_seq, r.id))
    confirmed: list[int] = []
    free = capacity
    for enrolment in (r for r in ordered if r.places <= capacity):
        if enrolment.places > free:
            break
        confirmed.append(enrolment.id)
        free -= enrolment.places
    return Allocation(tuple(confirmed), tuple(r.id for r in ordered if r.id not in confirmed))


def promote_after_cancel(
    capacity: int, enrolments: Iterable[Enrolment], cancelled_id: int
) -> Allocation:
    """The allocation once ``cancelled_id`` is gone: nobody confirmed loses a place, waiters move up."""
    return allocate(capacity, (r for r in enrolments if r.id != cancelled_id))


def newly_promoted(before: Allocation, after: Allocation) -> tuple[int, ...]:
    """Who was waiting before and is confirmed after (the people to tell), in order."""
    waiting_before = set(before.waiting)
    return tuple(id_ for id_ in after.confirmed if id_ in waiting_before)


def validate_capacity(capacity: int) -> int:
    if capacity < 1:
        raise RuleViolation(CAPACITY_TOO_SMALL)
    return capacity


def validate_places(places: int, capacity: int | None = None) -> int:
    """``places`` for one registration, within the limit and (given) the session's ``capacity``."""
    if not 1 <= places <= MAX_PLACES:
        raise RuleViolation(PLACES_RANGE)
    if capacity is not None and places > capacity:
        raise RuleViolation(ABOVE_CAPACITY, capacity=capacity)
    return places


def validate_attendance(count: int) -> int:
    if not 0 <= count <= MAX_ATTENDANCE:
        raise RuleViolation(ATTENDANCE_RANGE)
    return count


def validate_times(start: time, end: time) -> None:
    if end <= start:
        raise RuleViolation(END_NOT_AFTER_START)


_PHONE_SEPARATORS = re.compile(r"[\s.\-]")  # \s covers the non-breaking spaces of pasted numbers
_INTERNATIONAL_PREFIX = re.compile(r"^(?:\+33|0033)")
_FRENCH_NUMBER = re.compile(r"0[1-9]\d{8}")


def has_started(day: date, start: time, now: datetime) -> bool:
    """Whether a session of ``day`` at ``start`` has begun at ``now``, the centre's local time."""
    return (day, start) <= (now.date(), now.time())


def normalise_phone(text: str) -> str:
    """A French phone number written "06 12 34 56 78", or "" when none is given.

    Accepts spaces, dots and dashes between digits and the +33 / 0033 prefixes.
    """
    if not text.strip():
        return ""
    digits = _INTERNATIONAL_PREFIX.sub("0", _PHONE_SEPARATORS.sub("", text))
    if not _FRENCH_NUMBER.fullmatch(digits):
        raise RuleViolation(NOT_A_PHONE, text=text.strip())
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def _check_session_count(count: int) -> None:
    if not 1 <= count <= MAX_SESSIONS:
        raise RuleViolation(BAD_COUNT)


def chosen_dates(dates: Iterable[date]) -> list[date]:
    """Dates picked one by one on a calendar: sorted, without repeats, within the series limit."""
    unique = sorted(set(dates))
    _check_session_count(len(unique))
    return unique


def next_working_day(after: date, closed: Callable[[date], bool]) -> date:
    """The first day after ``after`` that is neither a weekend nor ``closed`` (a public holiday, a closure)."""
    day = after + timedelta(days=1)
    while day.weekday() >= 5 or closed(day):
        day += timedelta(days=1)
    return day


def overlaps(a_start: time, a_end: time, b_start: time, b_end: time) -> bool:
    """Whether two time ranges of one day overlap; one ending when the other starts does not."""
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Booking:
    """A room taken on a day from ``start`` to ``end``; ``label`` says by what, for the message."""

    room_id: int
    day: date
    start: time
    end: time
    label: str


def room_conflicts(candidate: Booking, existing: Sequence[Booking]) -> list[Booking]:
    """The existing bookings of the same room on the same day that overlap the candidate."""
    return [
        booking
        for booking in existing
        if booking.room_id == candidate.room_id
        and booking.day == candidate.day
        and overlaps(candidate.start, candidate.end, booking.start, booking.end)
    ]


def retention_cutoff(today: date, months: int) -> date:
    """``months`` calendar months before ``today`` (31 May - 3 months = 28 or 29 February).

    Sessions held before this date get their participants erased.
    """
    if months < 1:
        raise RuleViolation(RETENTION_TOO_SHORT)
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
