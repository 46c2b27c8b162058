"""Sessions of a workshop: planning one or a series, the suggestions and warnings that go with it, the room
bookings, changing and cancelling them, and recording who came. The facilitators' hours follow each change.
"""

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, time
from typing import Any, TypeVar, cast

from sqlmodel import Session, col, select

from app.domain import workshops as rules
from app.domain.kept_years import check_calendar_days, month_days
from app.domain.recurrence import Recurrence
from app.domain.workshops import SessionStatus
from app.services import credits, members, recurring, rooms
from app.services.centre import holidays_off
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed, NotFound, StaleEdit
from app.services.workshops.enrolments import active_enrolments
from app.services.workshops.messages import (
    ABOVE_ROOM,
    CLOSED_DAY,
    CYCLE_SESSION,
    FACILITATOR_ABSENT,
    NOT_YET_HELD,
    PUBLIC_HOLIDAY,
    SESSION_CANCELLED,
    TIME_SOURCE,
    UNKNOWN_ENROLMENT,
    UNKNOWN_SESSION,
    UNKNOWN_WORKSHOP,
    SessionWarning,
    check_not_held,
    check_to_come,
    get_row,
)
from app.services.workshops.views import (
    EnrolmentView,
    PlanResult,
    SessionDraft,
    SessionView,
    enrolment_view,
    session_views,
)
from app.storage.models import Member, Room
from app.storage.models.hours import Absence
from app.storage.models.people import Person, SessionCoFacilitator, WorkshopCoFacilitator
from app.storage.models.rota import Closure
from app.storage.models.workshops import (
    SessionPartner,
    Workshop,
    WorkshopFacilitator,
    WorkshopPartner,
    WorkshopSession,
)

RoomView = rooms.RoomView
Link = TypeVar("Link", SessionPartner, SessionCoFacilitator)  # what a session is done with


# --- hours -------------------------------------------------------------------------------------------


def credit_hours(unit: UnitOfWork, row: WorkshopSession) -> None:
    """Each facilitator is credited the session (once with their other activities at that time) and its
    preparation; a cancelled session, preparation only."""
    unit.db.flush()
    credits.resettle(unit, TIME_SOURCE, id_of(row))


# --- what a session is done under ----------------------------------------------------------------------


def follow_workshop(db: Session, workshop: Workshop) -> None:
    """The workshop's sessions still planned (just planned, or when it changes) are done under its theme, with
    its partners and co-facilitators (in their roles) as they are now. Those held or cancelled keep what they
    were done under: the reports printed counted them so.

    The sessions are locked: one being recorded as held meanwhile waits and then keeps what it was done under
    (PostgreSQL leaves it out once held; SQLite runs one writer at a time)."""
    rows = list(db.exec(select(WorkshopSession).where(
        WorkshopSession.workshop_id == workshop.id, WorkshopSession.status == SessionStatus.PLANNED)
        .with_for_update().execution_options(populate_existing=True)))
    for row in rows:
        row.theme_id = workshop.theme_id
        db.add(row)
    session_ids = [id_of(row) for row in rows]
    partners = db.exec(select(WorkshopPartner.partner_id).where(WorkshopPartner.workshop_id == workshop.id))
    _relink(db, SessionPartner, "partner_id", session_ids, {partner_id: {} for partner_id in partners})
    # the people locked: a role being changed meanwhile is waited for, then copied as it became
    co_leads = db.exec(select(WorkshopCoFacilitator.person_id, Person.role)
                       .join(Person, col(Person.id) == WorkshopCoFacilitator.person_id)
                       .where(WorkshopCoFacilitator.workshop_id == workshop.id).with_for_update())
    _relink(db, SessionCoFacilitator, "person_id", session_ids,
            {person_id: {"role": role} for person_id, role in co_leads})
    db.flush()


def _relink(db: Session, table: type[Link], column: str, session_ids: list[int],
            wanted: Mapping[int, dict[str, Any]]) -> None:
    """Each of ``session_ids`` is linked in ``table`` to the ``wanted`` values of ``column``, no other, each link
    with the fields ``wanted`` gives for its value."""
    kept = set()
    for link in db.exec(select(table).where(col(table.session_id).in_(session_ids))):
        value = getattr(link, column)
        if value in wanted:
            kept.add((link.session_id, value))
            db.add(link.sqlmodel_update(wanted[value]))
        else:
            db.delete(link)
    db.add_all(table.model_validate({"session_id": session_id, column: value, **fields})
               for session_id in session_ids for value, fields in wanted.items() if (session_id, value) not in kept)


# --- rooms and suggestions ---------------------------------------------------------------------------


def list_rooms(ctx: Context) -> list[RoomView]:
    """The centre's rooms in use, for the pickers."""
    return rooms.list_rooms(ctx)


def suggest_session(ctx: Context, start: time, end: time) -> SessionDraft:
    """A new session's defaults: the next working day (no weekend, public holiday or closure) from
    ``start`` to ``end``, in the first room in use that is free then (no room when all are taken)."""
    with ctx.reading() as db:
        closures = set(
            db.exec(select(col(Closure.day)).where(Closure.day > ctx.today(), col(Closure.cancelled).is_(False)))
        )
        closures |= holidays_off(db, (ctx.today().year, ctx.today().year + 1))
        day = rules.next_working_day(ctx.today(), closures.__contains__)
        free = (
            id_of(room)
            for room in db.exec(select(Room).where(Room.active).order_by(col(Room.name)))
            if rooms.is_free(db, id_of(room), day, start, end)
        )
        return SessionDraft(day, start, end, next(free, None))


def room_bookings(
    db: Session, day: date, *, exclude_sessions: Collection[int] = ()
) -> list[rules.Booking]:
    """Every room booking of ``day``: workshop sessions (but ``exclude_sessions``) and meetings."""
    return rooms.bookings(db, day, exclude_sessions=exclude_sessions)


def _check_room(
    db: Session, draft: SessionDraft, exclude: Collection[int], already_booked: int | None = None
) -> None:
    rooms.check_bookable(db, draft.room_id, already_booked)
    rooms.check_free(db, draft.room_id, draft.day, draft.start, draft.end, exclude_sessions=exclude)


# --- warnings ----------------------------------------------------------------------------------------


def _absent(db: Session, member_id: int, day: date) -> bool:
    return db.exec(
        select(Absence.id).where(
            Absence.member_id == member_id,
            Absence.first_day <= day,
            Absence.last_day >= day,
            col(Absence.cancelled).is_(False),
        )
    ).first() is not None


def _warnings(db: Session, workshop: Workshop, draft: SessionDraft,
              session_id: int | None = None) -> list[SessionWarning]:
    found: list[SessionWarning] = []
    if draft.day in holidays_off(db, (draft.day.year,)):
        found.append(SessionWarning(PUBLIC_HOLIDAY, day=draft.day))
    if db.exec(select(Closure.id).where(Closure.day == draft.day, col(Closure.cancelled).is_(False))).first():
        found.append(SessionWarning(CLOSED_DAY, day=draft.day))
    if draft.room_id is not None:
        room = db.get(Room, draft.room_id)
        if room is not None and workshop.capacity > room.capacity:
            found.append(
                SessionWarning(
                    ABOVE_ROOM, capacity=workshop.capacity, room=room.name, room_capacity=room.capacity
                )
            )
    besides = (TIME_SOURCE, session_id) if session_id is not None else None
    for member in db.exec(
        select(Member)
        .join(WorkshopFacilitator, col(WorkshopFacilitator.member_id) == Member.id)
        .where(WorkshopFacilitator.workshop_id == workshop.id)
    ):
        if _absent(db, id_of(member), draft.day):
            found.append(SessionWarning(FACILITATOR_ABSENT, name=member.name))
        if (outside := members.team_time(db, member).outside(draft.day)) is not None:  # credited nothing then
            message, named = outside
            found.append(SessionWarning(message, name=member.name, day=named))
        booked = credits.booked_twice(db, id_of(member), draft.day, draft.start, draft.end,
                                      besides=besides, warning=SessionWarning)
        found.extend(cast(list[SessionWarning], booked))  # built as the class it is given
    return found


def session_warnings(ctx: Context, workshop_id: int, draft: SessionDraft) -> list[SessionWarning]:
    """What is worth telling before planning ``draft`` (the dialog shows it as you type)."""
    with ctx.reading() as db:
        return _warnings(db, get_row(db, Workshop, workshop_id, UNKNOWN_WORKSHOP), draft)


# --- planning and changing ---------------------------------------------------------------------------


def _validate_session(draft: SessionDraft) -> SessionDraft:
    check_calendar_days(draft.day)  # its facilitators' hours are credited in its week
    rules.validate_times(draft.start, draft.end)
    return draft


def _plan(
    ctx: Context, workshop_id: int, first: SessionDraft, days_of: Callable[[Session], Sequence[date]]
) -> PlanResult:
    """Plan ``first`` on each of the days ``days_of`` finds, within the same transaction."""
    with ctx.writing() as unit:
        workshop = get_row(unit.db, Workshop, workshop_id, UNKNOWN_WORKSHOP, lock=True)
        drafts = [replace(first, day=day) for day in days_of(unit.db)]
        for draft in drafts:
            _check_room(unit.db, draft, ())
        rows: list[WorkshopSession] = []
        warnings: list[SessionWarning] = []
        for draft in drafts:
            row = WorkshopSession(
                workshop_id=workshop_id,
                day=draft.day,
                start_time=draft.start,
                end_time=draft.end,
                room_id=draft.room_id,
                notes=draft.notes.strip(),
            )
            unit.add(row)
            if len(drafts) > 1:  # a series is named after its first session
                row.series_id = rows[0].id if rows else row.id
            rows.append(row)
            warnings.extend(_warnings(unit.db, workshop, draft, row.id))
        unit.db.flush()
        follow_workshop(unit.db, workshop)
        for row in rows:
            credit_hours(unit, row)
            unit.audit("plan", Entity.WORKSHOP_SESSION, row.id, after=row)
        unit.changed(Entity.WORKSHOP, (workshop_id,))  # its list shows the sessions planned
        return PlanResult(tuple(session_views(unit.db, rows)), tuple(warnings))


def add_session(ctx: Context, workshop_id: int, draft: SessionDraft) -> PlanResult:
    """Plan one session; a room booked at that time is refused, the rest comes as warnings."""
    return _plan(ctx, workshop_id, _validate_session(draft), lambda _db: [draft.day])


def add_series(
    ctx: Context,
    workshop_id: int,
    first: SessionDraft,
    *,
    every_weeks: int = 1,
    count: int = 1,
    dates: Iterable[date] | None = None,
    rule: Recurrence | None = None,
    chosen: Iterable[date] = (),
) -> PlanResult:
    """Plan a series: on the days of ``rule`` (by default ``count`` sessions every ``every_weeks`` weeks) from
    ``first.day`` but the public holidays, closures and ``chosen`` days, or on chosen ``dates``.

    All or nothing: one room conflict refuses the whole series.
    """
    _validate_session(first)
    if dates is not None:
        picked = rules.chosen_dates(dates)
        return _plan(ctx, workshop_id, first, lambda _db: picked)
    rule = rule or Recurrence(interval=every_weeks, count=count)
    return _plan(ctx, workshop_id, first, lambda db: rules.chosen_dates(
        recurring.plan_days(db, first.day, rule, chosen).to_plan()))


def _following(db: Session, row: WorkshopSession) -> list[WorkshopSession]:
    """``row`` and the later planned sessions of its series, in order."""
    if row.series_id is None:
        return [row]
    return sorted(
        db.exec(
            select(WorkshopSession).where(
                WorkshopSession.series_id == row.series_id,
                WorkshopSession.day >= row.day,
                WorkshopSession.status == SessionStatus.PLANNED,
            )
        ),
        key=lambda r: r.day,
    )


def update_session(
    ctx: Context, session_id: int, draft: SessionDraft, *, following: bool = False,
    expected: SessionView | None = None, moved_from: date | None = None,
) -> PlanResult:
    """Change one session, or (``following``) it and the later sessions of its series.

    The later ones move by as many days as the edit moved this one from ``moved_from`` (by default the day it
    has), and take its times, room and notes.
    ``expected``: the session as the edit started from it; moved or changed since (at another workstation), the
    edit raises StaleEdit carrying the session as saved, and nothing is written: saving it would put the session
    back where it was, unseen, and move the following ones by the other's move. Saved again over the session as
    saved, ``moved_from`` is still the day the edit started from: the following ones move only as the person
    moved it.
    """
    _validate_session(draft)
    with ctx.writing() as unit:
        row = get_row(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == SessionStatus.CANCELLED:
            raise NotAllowed(SESSION_CANCELLED)
        check_to_come(row, ctx.local_now())  # the following ones of its series come after it
        if expected is not None and _as_planned(row) != _as_seen(expected):
            raise StaleEdit(session_views(unit.db, [row])[0])
        workshop = get_row(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP)
        shift = draft.day - (moved_from or row.day)
        targets = _following(unit.db, row) if following else [row]
        exclude = {id_of(target) for target in targets}
        drafts = [
            SessionDraft(draft.day if target is row else target.day + shift, draft.start, draft.end, draft.room_id,
                         draft.notes.strip())
            for target in targets
        ]
        for target, new in zip(targets, drafts):
            _check_room(unit.db, new, exclude, target.room_id)
        warnings: list[SessionWarning] = []
        for target, new in zip(targets, drafts):
            with unit.change(target, Entity.WORKSHOP_SESSION):
                target.day, target.start_time, target.end_time = new.day, new.start, new.end
                target.room_id, target.notes = new.room_id, new.notes
            warnings.extend(_warnings(unit.db, workshop, new, target.id))
            credit_hours(unit, target)
        unit.changed(Entity.WORKSHOP, (id_of(workshop),))
        return PlanResult(tuple(session_views(unit.db, targets)), tuple(warnings))


def _as_planned(row: WorkshopSession) -> SessionDraft:
    """What an edit of the session saves, as it is saved."""
    return SessionDraft(row.day, row.start_time, row.end_time, row.room_id, row.notes)


def _as_seen(view: SessionView) -> SessionDraft:
    """What an edit of the session saves, as ``view`` shows it."""
    return SessionDraft(view.day, view.start, view.end, view.room_id, view.notes)


def cancel_session(ctx: Context, session_id: int) -> list[EnrolmentView]:
    """Cancel a session; returns the people enrolled (confirmed or waiting), so that someone tells them.

    The facilitators keep their preparation time. A session held keeps its attendance and hours; one whose
    time has passed without being held may still be cancelled: that is how the team says it did not happen.
    """
    with ctx.writing() as unit:
        row = get_row(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == SessionStatus.CANCELLED:
            raise NotAllowed(SESSION_CANCELLED)
        check_not_held(row)
        with unit.change(row, Entity.WORKSHOP_SESSION, action="cancel"):
            row.status = SessionStatus.CANCELLED
        credit_hours(unit, row)
        unit.changed(Entity.WORKSHOP, (row.workshop_id,))
        return [enrolment_view(r) for r in active_enrolments(unit.db, session_id)]


def record_attendance(
    ctx: Context, session_id: int, attended: dict[int, bool], count: int | None = None
) -> SessionView:
    """After the session: who came (enrolment id → came) and the number of people there.

    ``count`` defaults to the places of those who came; walk-ins make it larger. The session is held.
    A closed cycle's session is recorded per member (``record_cycle_attendance``): its count is theirs.
    """
    if count is not None:
        rules.validate_attendance(count)
    with ctx.writing() as unit:
        row = get_row(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == SessionStatus.CANCELLED:
            raise NotAllowed(SESSION_CANCELLED)
        if get_row(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP).is_cycle:
            raise NotAllowed(CYCLE_SESSION)
        if row.day > ctx.today():
            raise NotAllowed(NOT_YET_HELD)
        with unit.change(row, Entity.WORKSHOP_SESSION, action="attendance"):
            enrolments = {id_of(r): r for r in active_enrolments(unit.db, session_id)}
            for enrolment_id, came in attended.items():
                if enrolment_id not in enrolments:
                    raise NotFound(UNKNOWN_ENROLMENT)
                enrolments[enrolment_id].attended = came
            came_places = sum(r.places for r in enrolments.values() if r.attended)
            row.attendance_count = came_places if count is None else count
            row.status = SessionStatus.HELD
        credit_hours(unit, row)
        unit.changed(Entity.ENROLMENT, tuple(attended))  # marked came or not, audited with the session
        return session_views(unit.db, [row])[0]


# --- reading -----------------------------------------------------------------------------------------


def sessions_between(
    ctx: Context, first: date, last: date, *, include_cancelled: bool = True
) -> list[SessionView]:
    """Every session from ``first`` to ``last`` included, in order (the calendar and the exports)."""
    with ctx.reading() as db:
        query = select(WorkshopSession).where(WorkshopSession.day >= first, WorkshopSession.day <= last)
        if not include_cancelled:
            query = query.where(WorkshopSession.status != SessionStatus.CANCELLED)
        return session_views(db, list(db.exec(query)))


def public_sessions(ctx: Context, first: date, last: date) -> list[SessionView]:
    """What the poster and the calendar show the neighbourhood from ``first`` to ``last``: the sessions not
    cancelled of the workshops offered (not an idea, not cancelled), in order."""
    with ctx.reading() as db:
        offered = [id_of(w) for w in db.exec(select(Workshop)) if rules.is_offered(w.status)]
        query = select(WorkshopSession).where(
            WorkshopSession.day >= first, WorkshopSession.day <= last,
            WorkshopSession.status != SessionStatus.CANCELLED, col(WorkshopSession.workshop_id).in_(offered))
        return session_views(db, list(db.exec(query)))


def month_sessions(ctx: Context, year: int, month: int) -> list[SessionView]:
    first, last = month_days(year, month)
    return sessions_between(ctx, first, last)


def get_session(ctx: Context, session_id: int) -> SessionView:
    with ctx.reading() as db:
        return session_views(db, [get_row(db, WorkshopSession, session_id, UNKNOWN_SESSION)])[0]


def live_sessions(db: Session, workshop_id: int) -> list[WorkshopSession]:
    """The sessions of a workshop still planned (neither held nor cancelled)."""
    return list(
        db.exec(
            select(WorkshopSession).where(
                WorkshopSession.workshop_id == workshop_id, WorkshopSession.status == SessionStatus.PLANNED
            )
        )
    )
