"""Clock credits: what reception shifts, meetings attended and workshops led credit to a member, once.

A member's activities of one day are credited together (``settle``): the clock time is the union of
their times, each minute going to the activity that started first (``app.domain.clock_time``), so
overlapping bookings never count twice. A workshop's preparation is not on the clock: it is added to the
session's share. A workshop session that has started is led by those it credits already: the workshop's
facilitators of today decide only the sessions still to come (``_workshops``). The category of a meeting's
time follows its kind, as the centre set it (``meeting_categories``); reception and workshops have their
own categories.

The same bookings say when someone is booked twice at the same time (``booked_twice``): reception,
meetings and workshops warn with it. Everything here runs INSIDE the caller's unit of work.
"""

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar

from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from app.domain.clock_time import Clock, ClockSpan, share_clock_time
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.meetings import Attendance, MeetingKind
from app.domain.rota import ShiftStatus
from app.domain.workshops import SessionStatus
from app.services import members, settings, time_entries
from app.services.context import Context, UnitOfWork, id_of
from app.storage.models import Member
from app.storage.models.hours import TimeCategory, TimeEntry
from app.storage.models.meetings import Meeting, MeetingAttendance
from app.storage.models.rota import Shift, ShiftClaim
from app.storage.models.workshops import Workshop, WorkshopFacilitator, WorkshopSession

SHIFT, MEETING, WORKSHOP = "shift", "meeting", "workshop_session"  # the sources of automatic time entries
# At the same start, reception goes before a meeting, a meeting before a workshop.
_RANK = {SHIFT: 0, MEETING: 1, WORKSHOP: 2}
RECEPTION_CATEGORY, MEETING_CATEGORY, WORKSHOP_CATEGORY = "reception", "meetings", "workshops"
KIND_SETTING = "meeting_kind_categories"
Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])

ON_SHIFT = QT_TRANSLATE_NOOP("Warnings", "{name} is already on a reception shift from {start} to {end}.")
IN_MEETING = QT_TRANSLATE_NOOP(
    "Warnings", "{name} is already at the meeting “{title}” from {start} to {end}."
)
LEADING_WORKSHOP = QT_TRANSLATE_NOOP(
    "Warnings", "{name} is already leading the workshop “{title}” from {start} to {end}."
)
_BOOKED_AS = {SHIFT: ON_SHIFT, MEETING: IN_MEETING, WORKSHOP: LEADING_WORKSHOP}
NOT_A_SELF_MANAGEMENT_CATEGORY = QT_TRANSLATE_NOOP(
    "Errors", "Meeting time goes to an active self-management category."
)
UNKNOWN_MEETING_KIND = QT_TRANSLATE_NOOP("Errors", "There is no kind of meeting called {kind}.")


@dataclass(frozen=True)
class Booking:
    """A member's activity on a day: its clock time (none for a cancelled workshop session, whose
    preparation is still credited), minutes outside the clock, and its category code."""

    source: str
    source_id: int
    member_id: int
    day: date
    start: time
    end: time
    on_clock: bool
    category: str
    title: str = ""
    extra_minutes: int = 0
    kept: bool = False  # credited as it stands: nothing here says what it is worth any more (``_workshops``)

    @property
    def key(self) -> tuple[str, int]:
        return self.source, self.source_id

    def span(self) -> ClockSpan:
        start = _minute(self.start)
        return ClockSpan(self.key, start, _minute(self.end) if self.on_clock else start,
                         (_RANK[self.source], self.source_id))


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


# --- the bookings, read from each area's tables -------------------------------------------------------


def _shifts(db: Session, member_id: int | None, day: date | None,
            source_id: int | None) -> list[Booking]:
    query = select(ShiftClaim, Shift).join(Shift, col(Shift.id) == ShiftClaim.shift_id).where(
        Shift.status == ShiftStatus.PLANNED, col(ShiftClaim.no_show).is_(False))
    query = _filtered(query, col(ShiftClaim.member_id), member_id, col(Shift.day), day, col(ShiftClaim.id),
                      source_id)
    return [Booking(SHIFT, id_of(claim), claim.member_id, shift.day, shift.start_time, shift.end_time, True,
                    RECEPTION_CATEGORY) for claim, shift in db.exec(query)]


def _meetings(db: Session, member_id: int | None, day: date | None,
              source_id: int | None) -> list[Booking]:
    query = select(MeetingAttendance.member_id, Meeting).join(
        Meeting, col(Meeting.id) == MeetingAttendance.meeting_id)
    query = query.where(MeetingAttendance.attendance == Attendance.PRESENT)
    query = _filtered(query, col(MeetingAttendance.member_id), member_id, col(Meeting.day), day,
                      col(Meeting.id), source_id)
    rows = list(db.exec(query))
    categories = _kind_categories(db) if rows else {}
    return [Booking(MEETING, id_of(meeting), member, meeting.day, meeting.start_time, meeting.end_time, True,
                    categories.get(meeting.kind, MEETING_CATEGORY), meeting.title)
            for member, meeting in rows]


def _workshops(db: Session, member_id: int | None, day: date | None, source_id: int | None,
               now: datetime | None = None, fresh: Collection[int] = ()) -> list[Booking]:
    """Who leads each session: the workshop's facilitators, but for a session started before ``now`` (local
    time) that credits someone already, those it credits (whoever ran it). One of them the workshop no longer
    names is ``kept``: their credit stays as it is, since their preparation is no longer known. A ``fresh``
    session is being credited for the first time: the first of its leaders credited is not all who ran it."""
    query = select(WorkshopSession, Workshop.title).join(Workshop, col(Workshop.id) == WorkshopSession.workshop_id)
    for column, value in ((col(WorkshopSession.day), day), (col(WorkshopSession.id), source_id)):
        if value is not None:
            query = query.where(column == value)
    rows = list(db.exec(query))
    named = _facilitators_of(db, {row.workshop_id for row, _ in rows})
    ran = _credited_leaders(db, [id_of(row) for row, _ in rows]) if now is not None else {}
    found: list[Booking] = []
    for row, title in rows:
        leaders: dict[int, int | None] = dict(named.get(row.workshop_id, {}))
        if id_of(row) in ran and id_of(row) not in fresh and started(row, now):
            leaders = {member: leaders.get(member) for member in ran[id_of(row)]}
        found.extend(
            Booking(WORKSHOP, id_of(row), member, row.day, row.start_time, row.end_time,
                    row.status != SessionStatus.CANCELLED, WORKSHOP_CATEGORY, title, preparation or 0,
                    kept=preparation is None)
            for member, preparation in leaders.items() if member_id in (None, member))
    return found


def _facilitators_of(db: Session, workshop_ids: set[int]) -> dict[int, dict[int, int | None]]:
    """Workshop id → its facilitators (member id → preparation minutes)."""
    query = select(WorkshopFacilitator).where(col(WorkshopFacilitator.workshop_id).in_(workshop_ids))
    named: dict[int, dict[int, int | None]] = {}
    for link in db.exec(query):
        named.setdefault(link.workshop_id, {})[link.member_id] = link.preparation_minutes
    return named


def _credited_leaders(db: Session, session_ids: list[int]) -> dict[int, set[int]]:
    """Session id → the members it credits, a withdrawal waiting in a validated week counting as done."""
    query = select(TimeEntry).where(TimeEntry.source == WORKSHOP, col(TimeEntry.source_id).in_(session_ids))
    latest: dict[tuple[int, int], int] = {}
    for entry in sorted(db.exec(query), key=lambda entry: entry.pending):  # the pending state comes last
        latest[(entry.source_id or 0, entry.member_id)] = entry.minutes
    ran: dict[int, set[int]] = {}
    for (session_id, member), minutes in latest.items():
        if minutes > 0:
            ran.setdefault(session_id, set()).add(member)
    return ran


def started(row: WorkshopSession, now: datetime | None) -> bool:
    """Whether the session has begun at ``now`` (the centre's local time)."""
    return now is not None and datetime.combine(row.day, row.start_time) <= now.replace(tzinfo=None)


def _filtered(query: Query, member_column: Mapped[int], member_id: int | None, day_column: Mapped[date],
              day: date | None, id_column: Mapped[int | None], source_id: int | None) -> Query:
    for column, value in ((member_column, member_id), (day_column, day), (id_column, source_id)):
        if value is not None:
            query = query.where(column == value)
    return query


_AREAS: dict[str, Callable[..., list[Booking]]] = {SHIFT: _shifts, MEETING: _meetings, WORKSHOP: _workshops}


def _area(db: Session, source: str, member_id: int | None, day: date | None, source_id: int | None,
          now: datetime | None, fresh: Collection[int] = ()) -> list[Booking]:
    """The bookings of one area; only a workshop's depend on the time it is (see ``_workshops``)."""
    if source == WORKSHOP:
        return _workshops(db, member_id, day, source_id, now, fresh)
    return _AREAS[source](db, member_id, day, source_id)


def bookings(db: Session, member_id: int, day: date, now: datetime | None = None,
             fresh: Collection[int] = ()) -> list[Booking]:
    """Everything ``member_id`` is booked for on ``day``, in a stable order; with ``now``, a workshop session
    started by then as it was credited (unless ``fresh``, see ``_workshops``)."""
    found = [booking for source in _AREAS for booking in _area(db, source, member_id, day, None, now, fresh)]
    return sorted(found, key=lambda booking: (booking.start, _RANK[booking.source], booking.source_id))


# --- crediting ----------------------------------------------------------------------------------------------


def settle(unit: UnitOfWork, member_id: int, day: date, fresh: Collection[int] = ()) -> None:
    """Make ``member_id``'s automatic credits of ``day`` match their bookings: each activity gets its share of
    the union of their clock times (plus its preparation), an activity no longer booked loses its credit, a
    ``kept`` one keeps it (its clock time still counts, so that nothing else is credited twice for it).

    A day outside the member's time in the team (before they arrive, after their contract, while away) credits
    nothing, whatever they are still booked for: the action that booked them was about others (a meeting moved,
    a session planned, a closed day opened again), or their dates changed since. The actions of the member's
    own refuse such a day beforehand (members.check_in_team)."""
    now = unit.context.local_now()
    member = unit.db.get(Member, member_id)
    assert member is not None, "a member is credited"
    in_team = members.team_time(unit.db, member)
    booked = bookings(unit.db, member_id, day, now, fresh) if in_team.covers(day) else []
    shares = share_clock_time([booking.span() for booking in booked])
    for booking in booked:
        if not booking.kept:
            time_entries.credit(unit, source=booking.source, source_id=booking.source_id, member_id=member_id,
                                day=day, minutes=shares[booking.key] + booking.extra_minutes,
                                category=booking.category)
    for source, source_id in _credited_keys(unit.db, member_id, day) - {b.key for b in booked}:
        found = _area(unit.db, source, member_id, None, source_id, now, fresh)
        if not any(b.day != day and in_team.covers(b.day) for b in found):  # booked another day: settled there
            time_entries.withdraw(unit, source=source, source_id=source_id, member_id=member_id)


def resettle(unit: UnitOfWork, source: str, source_id: int, members_changed: Collection[int] | None = None) -> None:
    """Credit anew everyone that ``source_id`` concerns, on its day now and on the day it was credited on; only
    ``members_changed`` when the change was theirs alone (a meeting's attendance: the others' bookings are as
    they were, and settling a day costs a dozen queries a member).

    A workshop session that credits nobody yet (one entered after it took place) credits all its leaders: each
    credit written here does not make the session one "that credits someone already" for the next leader."""
    booked = _area(unit.db, source, None, None, source_id, unit.context.local_now())
    now = {(b.member_id, b.day) for b in booked}
    before = set(unit.db.exec(select(col(TimeEntry.member_id), col(TimeEntry.day)).where(
        TimeEntry.source == source, TimeEntry.source_id == source_id)))
    fresh = (source_id,) if source == WORKSHOP and not before else ()
    for member_id, day in sorted(now) + sorted(before - now):
        if members_changed is None or member_id in members_changed:
            settle(unit, member_id, day, fresh)


def _credited_keys(db: Session, member_id: int, day: date) -> set[tuple[str, int]]:
    query = select(TimeEntry.source, TimeEntry.source_id).where(
        TimeEntry.member_id == member_id, TimeEntry.day == day, col(TimeEntry.source).in_(tuple(_AREAS)))
    # An automatic entry has both (a constraint says so): checked again for the type checker.
    return {(source, source_id) for source, source_id in db.exec(query)
            if source is not None and source_id is not None}


# --- booked twice -------------------------------------------------------------------------------------------


def booked_twice(db: Session, member_id: int, day: date, start: time, end: time, *,
                 besides: tuple[str, int] | None = None,
                 warning: type[CercleError] = CercleError) -> list[CercleError]:
    """A ``warning`` for each other activity ``member_id`` is booked for on ``day`` between ``start`` and
    ``end`` (``besides``: the activity being booked), naming it and its times."""
    member = db.get(Member, member_id)
    assert member is not None, "the member is booked"
    name = member.name
    return [
        warning(_BOOKED_AS[other.source], name=name, title=other.title, start=Clock.of(other.start),
                end=Clock.of(other.end))
        for other in bookings(db, member_id, day)
        if other.on_clock and other.key != besides and other.start < end and start < other.end
    ]


# --- meeting kinds and their categories ---------------------------------------------------------------------


def _kind_categories(db: Session) -> dict[str, str]:
    """Kind → category code. A kind the stored setting does not know yet takes its default; a kind set to a
    category since retired or deleted credits "Meetings" (hours never go to a category nobody can see)."""
    usable = set(db.exec(select(TimeCategory.code).where(
        TimeCategory.active, TimeCategory.is_self_management)))
    chosen = {**settings.defaults()[KIND_SETTING], **settings.read(db, KIND_SETTING)}
    return {kind: code if code in usable else MEETING_CATEGORY for kind, code in chosen.items()}


def meeting_category_codes(db: Session) -> set[str]:
    """The codes of the categories some kind of meeting credits its time to."""
    return set(_kind_categories(db).values())


def meeting_categories(ctx: Context) -> dict[MeetingKind, int]:
    """The category (id) each kind of meeting credits its time to."""
    with ctx.reading() as db:
        ids = {row.code: id_of(row) for row in db.exec(select(TimeCategory))}
        codes = _kind_categories(db)
    return {kind: ids[codes.get(kind, MEETING_CATEGORY)] for kind in MeetingKind}


def set_meeting_category(ctx: Context, kind: MeetingKind | str, category_id: int) -> None:
    """Credit the time of meetings of ``kind`` to ``category_id`` (audited). Meetings from today on are
    credited anew; earlier ones keep the category they were counted in: figures once sent stay the same."""
    if kind not in tuple(MeetingKind):
        raise RuleViolation(UNKNOWN_MEETING_KIND, kind=kind)
    with ctx.writing() as unit:
        category = unit.db.get(TimeCategory, category_id)
        if category is None or not category.active or not category.is_self_management:
            raise RuleViolation(NOT_A_SELF_MANAGEMENT_CATEGORY)
        mapping = dict(_kind_categories(unit.db))
        if mapping.get(kind) == category.code:
            return
        settings.write(unit, KIND_SETTING, {**mapping, str(kind): category.code})
        for meeting in unit.db.exec(select(Meeting).where(Meeting.kind == str(kind), Meeting.day >= ctx.today())):
            resettle(unit, MEETING, id_of(meeting))
