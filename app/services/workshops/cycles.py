"""Closed cycles: people enrol once for all the sessions of a workshop, with a waiting list on the cycle,
drop-outs, and attendance taken per session (present, absent, excused).

Seats are given under a lock on the workshop row (as a session's places under a lock on the session), so that
two workstations enrolling at once never give more seats than the capacity.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.domain import cycles as cycle_rules
from app.domain import names
from app.domain import workshops as rules
from app.domain.cycles import CycleCount, CycleStatus, Presence, SessionCount
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.workshops import SessionStatus
from app.services import reminders
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed
from app.services.workshops.messages import (
    NOT_YET_HELD,
    PARTICIPANT_NAME_LENGTH,
    SESSION_CANCELLED,
    UNKNOWN_SESSION,
    UNKNOWN_WORKSHOP,
    check_offered,
    clean_text,
    get_row,
)
from app.services.workshops.sessions import credit_hours, live_sessions
from app.services.workshops.views import SessionView, session_views
from app.storage.models.workshops import (
    CycleAttendance,
    CycleEnrolment,
    Workshop,
    WorkshopFacilitator,
    WorkshopSession,
)

NOT_A_CYCLE = QT_TRANSLATE_NOOP("Errors", "This workshop is not a closed cycle.")
UNKNOWN_CYCLE_ENROLMENT = QT_TRANSLATE_NOOP("Errors", "This person is not enrolled in the cycle.")
ALREADY_IN_CYCLE = QT_TRANSLATE_NOOP("Errors", "{name} is already enrolled in this cycle.")
ALREADY_GONE = QT_TRANSLATE_NOOP("Errors", "{name} has already left the cycle.")
NOT_EXPECTED = QT_TRANSLATE_NOOP("Errors", "{name} was not a member of the cycle on {day}.")
CAME_AFTER_DROP_OUT = QT_TRANSLATE_NOOP(
    "Errors", "{name} came to the session of {day}: the drop-out cannot be earlier.")
SEATS = "cycle-promoted"  # the notifications' list of a cycle's promotions


@dataclass(frozen=True)
class CycleMemberView:
    id: int
    workshop_id: int
    name: str
    phone: str
    status: CycleStatus
    joined_on: date | None
    dropped_on: date | None
    erased: bool
    created_at: datetime


@dataclass(frozen=True)
class CycleEnrolResult:
    member: CycleMemberView
    waiting: bool


@dataclass(frozen=True)
class RollLine:
    """One line of a session's attendance list: a member expected that day, and what was recorded."""

    member_id: int
    name: str
    phone: str
    presence: Presence | None


@dataclass(frozen=True)
class CycleView:
    workshop_id: int
    title: str
    capacity: int
    members: tuple[CycleMemberView, ...]  # enrolled, then the waiting list in order, then those gone
    sessions: tuple[SessionCount, ...]  # the sessions not cancelled, in order
    count: CycleCount  # as of today


def _member_view(row: CycleEnrolment) -> CycleMemberView:
    return CycleMemberView(id_of(row), row.workshop_id, row.name, row.phone, CycleStatus(row.status),
                           row.joined_on, row.dropped_on, row.erased, row.created_at)


def _audit_picture(row: CycleEnrolment) -> dict[str, object]:
    """What the audit log keeps of a cycle enrolment: never the name or the phone (they are to be forgotten)."""
    return {"id": row.id, "workshop_id": row.workshop_id, "status": row.status,
            "joined_on": row.joined_on.isoformat() if row.joined_on else None,
            "dropped_on": row.dropped_on.isoformat() if row.dropped_on else None, "erased": row.erased}


def _cycle(db: Session, workshop_id: int, *, lock: bool = False) -> Workshop:
    workshop = get_row(db, Workshop, workshop_id, UNKNOWN_WORKSHOP, lock=lock)
    if not workshop.is_cycle:
        raise NotAllowed(NOT_A_CYCLE)
    return workshop


def _rows(db: Session, workshop_id: int) -> list[CycleEnrolment]:
    query = select(CycleEnrolment).where(CycleEnrolment.workshop_id == workshop_id)
    return list(db.exec(query.order_by(col(CycleEnrolment.seq))))


def has_cycle_enrolments(db: Session, workshop_id: int) -> bool:
    return db.exec(select(CycleEnrolment.id).where(CycleEnrolment.workshop_id == workshop_id)).first() is not None


def _next_seq(db: Session, workshop_id: int) -> int:
    last = db.exec(select(func.coalesce(func.max(CycleEnrolment.seq), 0))
                   .where(CycleEnrolment.workshop_id == workshop_id)).one()
    return int(last) + 1


def _seat_waiting(unit: UnitOfWork, workshop: Workshop, today: date) -> list[CycleEnrolment]:
    """Give the free seats of a cycle to its waiting list, first come first, from ``today``; who moved up.

    Called with the workshop locked."""
    rows = _rows(unit.db, id_of(workshop))
    free = workshop.capacity - sum(1 for r in rows if r.status == CycleStatus.ENROLLED)
    seated = [r for r in rows if r.status == CycleStatus.WAITING][:max(free, 0)]
    for row in seated:
        row.status, row.joined_on = CycleStatus.ENROLLED, today
    unit.db.flush()
    return seated


def promote(unit: UnitOfWork, workshop: Workshop, today: date) -> list[CycleEnrolment]:
    """Offer the seats freed (a drop-out, a larger capacity) to the waiting list; who moved up.

    Each promotion notifies the facilitators (no personal data in it), who tell the person.
    """
    promoted = _seat_waiting(unit, workshop, today)
    facilitators = list(unit.db.exec(
        select(WorkshopFacilitator.member_id).where(WorkshopFacilitator.workshop_id == workshop.id)))
    told = facilitators[0] if len(facilitators) == 1 else None
    coming = [s.day for s in live_sessions(unit.db, id_of(workshop)) if s.day >= today]
    for row in promoted:
        unit.audit("promote", Entity.CYCLE_ENROLMENT, row.id, after=_audit_picture(row))
        reminders.waiting_list_promoted(unit, member_id=told, participant_id=id_of(row), title=workshop.title,
                                        day=min(coming, default=today), list_name=SEATS)
    return promoted


def enrol_in_cycle(ctx: Context, workshop_id: int, name: str, phone: str = "") -> CycleEnrolResult:
    """Enrol someone once for the whole cycle: a seat from today if one is free, else the waiting list."""
    name, phone = clean_text(name, limit=PARTICIPANT_NAME_LENGTH), rules.normalise_phone(phone)
    with ctx.writing() as unit:
        workshop = _cycle(unit.db, workshop_id, lock=True)  # serialises the seats
        check_offered(workshop)
        same = select(CycleEnrolment.id).where(CycleEnrolment.workshop_id == workshop_id,
                                               CycleEnrolment.name_key == names.fold(name), CycleEnrolment.phone == phone)
        if unit.db.exec(same).first() is not None:
            raise RuleViolation(ALREADY_IN_CYCLE, name=name)
        row = CycleEnrolment(workshop_id=workshop_id, name=name, name_key=names.fold(name), phone=phone,
                             created_at=ctx.now(),
                             seq=_next_seq(unit.db, workshop_id), status=CycleStatus.WAITING)
        try:
            unit.add(row)
        except IntegrityError as error:  # another workstation enrolled the same person meanwhile
            raise RuleViolation(ALREADY_IN_CYCLE, name=name) from error
        seated = row in _seat_waiting(unit, workshop, ctx.today())  # the person is at the desk: nobody to tell
        unit.audit("register", Entity.CYCLE_ENROLMENT, row.id, after=_audit_picture(row))
        return CycleEnrolResult(_member_view(row), not seated)


def drop_out(ctx: Context, member_id: int, day: date | None = None) -> list[CycleMemberView]:
    """Someone leaves the cycle (or its waiting list) on ``day`` (today by default); the waiting people let in.

    Attendance marked for the sessions after that day goes (absences recorded before the drop-out was known);
    someone marked present after it cannot have dropped out then.
    """
    today = ctx.today()
    with ctx.writing() as unit:
        row = get_row(unit.db, CycleEnrolment, member_id, UNKNOWN_CYCLE_ENROLMENT)
        workshop = _cycle(unit.db, row.workshop_id, lock=True)
        unit.db.refresh(row)
        if row.status == CycleStatus.DROPPED_OUT:
            raise NotAllowed(ALREADY_GONE, name=row.name)
        day = cycle_rules.check_drop_out(row.name, row.joined_on, day or today, today)
        _forget_marks_after(unit.db, row, day)
        before = _audit_picture(row)
        row.status, row.dropped_on = CycleStatus.DROPPED_OUT, day
        unit.db.flush()
        unit.audit("drop_out", Entity.CYCLE_ENROLMENT, row.id, before=before, after=_audit_picture(row))
        return [_member_view(r) for r in promote(unit, workshop, today)]


def _forget_marks_after(db: Session, row: CycleEnrolment, day: date) -> None:
    marks = db.exec(select(CycleAttendance, WorkshopSession)
                    .join(WorkshopSession, col(WorkshopSession.id) == CycleAttendance.session_id)
                    .where(CycleAttendance.cycle_enrolment_id == row.id, WorkshopSession.day > day)).all()
    for mark, session in marks:
        if mark.presence == Presence.PRESENT:
            raise RuleViolation(CAME_AFTER_DROP_OUT, name=row.name, day=session.day.strftime("%d/%m/%Y"))
        db.delete(mark)
    db.flush()


# --- attendance ----------------------------------------------------------------------------------------


def _counted(row: CycleEnrolment) -> cycle_rules.Member:
    return cycle_rules.Member(id_of(row), row.created_at.date(), row.joined_on, row.dropped_on)


def _marks(db: Session, session_ids: Sequence[int]) -> dict[int, dict[int, Presence]]:
    marks: dict[int, dict[int, Presence]] = {s: {} for s in session_ids}
    if session_ids:
        for mark in db.exec(select(CycleAttendance).where(col(CycleAttendance.session_id).in_(session_ids))):
            marks[mark.session_id][mark.cycle_enrolment_id] = Presence(mark.presence)
    return marks


def session_roll(ctx: Context, session_id: int) -> list[RollLine]:
    """A cycle session's attendance list: its members that day (drop-outs gone after their day), with what was
    recorded (None: not yet), in the order they enrolled."""
    with ctx.reading() as db:
        session = get_row(db, WorkshopSession, session_id, UNKNOWN_SESSION)
        _cycle(db, session.workshop_id)
        marks = _marks(db, [session_id])[session_id]
        return [RollLine(id_of(r), r.name, r.phone, marks.get(id_of(r))) for r in _rows(db, session.workshop_id)
                if cycle_rules.expected_on(_counted(r), session.day)]


def record_cycle_attendance(ctx: Context, session_id: int, marks: dict[int, Presence]) -> SessionView:
    """After a cycle session: who was present, absent or excused (member id → presence). The session is held
    and its anonymous count is the people present."""
    with ctx.writing() as unit:
        session = get_row(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        _cycle(unit.db, session.workshop_id)
        if session.status == SessionStatus.CANCELLED:
            raise NotAllowed(SESSION_CANCELLED)
        if session.day > ctx.today():
            raise NotAllowed(NOT_YET_HELD)
        members = {id_of(r): r for r in _rows(unit.db, session.workshop_id)}
        for member_id in marks:
            member = members.get(member_id)
            if member is None or not cycle_rules.expected_on(_counted(member), session.day):
                raise RuleViolation(NOT_EXPECTED, name=member.name if member else "?",
                                    day=session.day.strftime("%d/%m/%Y"))
        stored = {m.cycle_enrolment_id: m for m in unit.db.exec(
            select(CycleAttendance).where(CycleAttendance.session_id == session_id))}
        with unit.change(session, Entity.WORKSHOP_SESSION, action="attendance"):
            for member_id, presence in marks.items():
                mark = stored.get(member_id) or CycleAttendance(
                    session_id=session_id, cycle_enrolment_id=member_id, presence=presence)
                mark.presence = Presence(presence)
                unit.db.add(mark)
            unit.db.flush()
            all_marks = _marks(unit.db, [session_id])[session_id]
            session.attendance_count = sum(1 for p in all_marks.values() if p == Presence.PRESENT)
            session.status = SessionStatus.HELD
        credit_hours(unit, session)
        unit.changed(Entity.CYCLE_ENROLMENT, tuple(marks))
        return session_views(unit.db, [session])[0]


# --- counts ----------------------------------------------------------------------------------------------


def cycle_counts(db: Session, workshop_id: int, until: date) -> tuple[list[SessionCount], CycleCount]:
    """A cycle's figures per session and in all, as they stood at the end of ``until``."""
    query = select(WorkshopSession).where(WorkshopSession.workshop_id == workshop_id,
                                          WorkshopSession.status != SessionStatus.CANCELLED)
    sessions = sorted(db.exec(query), key=lambda s: (s.day, s.start_time))
    marks = _marks(db, [id_of(s) for s in sessions])
    counted = [cycle_rules.Session(id_of(s), s.day, s.status == SessionStatus.HELD, marks[id_of(s)])
               for s in sessions]
    members = [_counted(r) for r in _rows(db, workshop_id)]
    return ([cycle_rules.count_session(s, members, until) for s in counted],
            cycle_rules.count_cycle(counted, members, until))


_LIST_ORDER = {CycleStatus.ENROLLED: 0, CycleStatus.WAITING: 1, CycleStatus.DROPPED_OUT: 2}


def get_cycle(ctx: Context, workshop_id: int) -> CycleView:
    """A cycle's people (enrolled, waiting in order, gone) and its figures per session and in all, as of today."""
    with ctx.reading() as db:
        workshop = _cycle(db, workshop_id)
        rows = sorted(_rows(db, workshop_id), key=lambda r: (_LIST_ORDER[CycleStatus(r.status)], r.seq))
        per_session, count = cycle_counts(db, workshop_id, ctx.today())
        return CycleView(workshop_id, workshop.title, workshop.capacity, tuple(map(_member_view, rows)),
                         tuple(per_session), count)
