"""The reception rota: templates, closures, shifts created ahead, claim, release, swap, draft rotas.

A held seat credits its hours to the member (``credits``, source "shift", keyed by the claim) in the
same transaction that takes it, once with the member's other activities at that time; releasing, a
no-show or a swap withdraws the credit.
Taking the last seat locks the shift first (BEGIN IMMEDIATE on SQLite, SELECT ... FOR UPDATE on
PostgreSQL), so two workstations racing for it never seat two people: the second is told who won.
"""

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import ColumnElement, and_, func, or_
from sqlmodel import Session, col, select

from app.domain import hours as hours_rules
from app.domain import rota as rules
from app.domain.clock_time import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.hours import Minutes, WorkedHolidays, monday_of
from app.domain.kept_years import month_days
from app.domain.meetings import MeetingStatus
from app.domain.rota import ShiftStatus, SwapStatus, check_closure_reason, check_label, check_times
from app.domain.workshops import SessionStatus
from app.services import credits, members, notifications, settings
from app.services.centre import HolidayShifts, holidays_off
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import INACTIVE_MEMBER, NO_ACTOR, UNKNOWN_MEMBER, NotAllowed, NotFound
from app.storage.models import Centre, Member
from app.storage.models.hours import Absence
from app.storage.models.meetings import Meeting
from app.storage.models.rota import (
    AbsenceSeat,
    Closure,
    MemberRota,
    RotaBatch,
    Shift,
    ShiftClaim,
    ShiftTemplate,
    SwapOffer,
)
from app.storage.models.workshops import Workshop, WorkshopSession

PLANNED, CANCELLED = ShiftStatus.PLANNED, ShiftStatus.CANCELLED  # the statuses most queries name
SOURCE = credits.SHIFT
CATEGORY = credits.RECEPTION_CATEGORY

UNKNOWN_SHIFT = QT_TRANSLATE_NOOP("Errors", "This shift does not exist.")
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "This weekly shift does not exist.")
UNKNOWN_SWAP = QT_TRANSLATE_NOOP("Errors", "This swap offer does not exist.")
UNKNOWN_CLAIM = QT_TRANSLATE_NOOP("Errors", "Nobody holds this seat.")
UNKNOWN_CLOSURE = QT_TRANSLATE_NOOP("Errors", "This closure does not exist.")
MEETING_ON_CLOSURE = QT_TRANSLATE_NOOP(
    "Warnings", "The meeting “{title}” from {start} to {end} is still planned that day: move it or cancel it.")
SESSION_ON_CLOSURE = QT_TRANSLATE_NOOP(
    "Warnings", "A session of the workshop “{title}” from {start} to {end} is still planned that day: move it "
    "or cancel it.")
NO_BATCH = QT_TRANSLATE_NOOP("Errors", "There is no applied rota to undo.")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Errors", "The day of the week must be between Monday and Sunday.")
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period must end after it starts.")
PAST_CHANGE = QT_TRANSLATE_NOOP("Errors", "A change of the weekly shifts applies from today on, not from {day}.")
SLOT_ENDS = QT_TRANSLATE_NOOP(
    "Errors", "This weekly shift ends on {day} (it was changed or ended): nothing of it can change after that day. "
    "Choose in the list the weekly shift in force on the day you want.")
SLOT_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "This weekly shift was changed meanwhile, perhaps at another workstation: nothing was saved. The list "
    "shows it as it is now: choose it again.")
SHIFT_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This shift was cancelled.")
SHIFT_STARTED = QT_TRANSLATE_NOOP("Errors", "This shift has already started.")
SHIFT_FULL = QT_TRANSLATE_NOOP("Errors", "This shift is full: {name} took the last seat.")
ALREADY_HELD = QT_TRANSLATE_NOOP("Errors", "{name} already holds this shift.")
NOT_HELD = QT_TRANSLATE_NOOP("Errors", "{name} does not hold this shift.")
OVERLAP = QT_TRANSLATE_NOOP("Errors", "{name} already holds the shift of {start}–{end} that day.")
ABSENT = QT_TRANSLATE_NOOP("Errors", "{name} is absent on {day}.")
TOO_LATE_TO_RELEASE = QT_TRANSLATE_NOOP(
    "Errors", "This shift starts in less than {hours} hours: it can no longer be released. Offer a swap instead.")
SWAP_CLOSED = QT_TRANSLATE_NOOP("Errors", "This swap offer was already answered or withdrawn.")
SWAP_NOT_FOR_YOU = QT_TRANSLATE_NOOP("Errors", "This swap offer is meant for someone else.")
SWAP_OWN = QT_TRANSLATE_NOOP("Errors", "You cannot take your own swap offer.")
WANTED_NOT_HELD = QT_TRANSLATE_NOOP("Errors", "The shift asked in return is not held by {name}.")
ROTA_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "The rota changed since it was proposed (a seat was taken meanwhile). Propose it again.")
BATCH_STARTED = QT_TRANSLATE_NOOP("Errors", "This rota cannot be undone: some of its shifts have already started.")
BATCH_UNDONE = QT_TRANSLATE_NOOP("Errors", "This rota was already undone.")
BAD_SLOTS = QT_TRANSLATE_NOOP("Errors", "Half-days are written like 0am,3pm (0 = Monday): {text}.")
PAST_CLOSURE = QT_TRANSLATE_NOOP(
    "Errors", "{day} has passed: the centre cannot be closed afterwards, the hours worked that day stay. "
    "A holder who did not come is marked as a no-show.")
CLOSURE_STARTED = QT_TRANSLATE_NOOP(
    "Errors", "The shift of {start}–{end} has already started: the centre can no longer be closed on {day}. "
    "A holder who did not come is marked as a no-show.")
PAST_OPENING = QT_TRANSLATE_NOOP("Errors", "{day} has passed: the centre cannot be opened afterwards.")
CANCEL_STARTED = QT_TRANSLATE_NOOP(
    "Errors", "This shift has already started: it can no longer be cancelled, the hours worked stay. "
    "A holder who did not come is marked as a no-show.")
CLOSED_DAY = QT_TRANSLATE_NOOP(
    "Errors", "The centre is closed on {day}: remove the closure first (Set up the rota, Closures) to add a shift "
    "that day.")
PAST_SHIFT = QT_TRANSLATE_NOOP("Errors", "{day}, {start} has passed: a shift is added before it starts.")
NO_SHOW_AHEAD = QT_TRANSLATE_NOOP(
    "Errors", "This shift has not started yet: a no-show is marked once it has. Release the seat or offer a swap "
    "instead.")

SEAT_FREED = QT_TRANSLATE_NOOP("Warnings", "{name}'s seat on {day}, {start}–{end}, is open again.")
SEAT_BACK = QT_TRANSLATE_NOOP("Warnings", "{name} gets the seat on {day}, {start}–{end}, back.")
SEAT_NOT_BACK = QT_TRANSLATE_NOOP(
    "Warnings", "{name} does not get the seat on {day}, {start}–{end}, back. {reason}")
NO_SHOW_KEPT = QT_TRANSLATE_NOOP(
    "Warnings", "{name} stays marked as a no-show on {day}, {start}–{end}: the shift had started when the absence "
    "was recorded.")
STAYS_CANCELLED = QT_TRANSLATE_NOOP(
    "Warnings", "The shift of {day}, {start}–{end}, has already started: it stays cancelled.")
NO_SHOW_MARKED = QT_TRANSLATE_NOOP(
    "Warnings", "{name} is marked as a no-show on {day}, {start}–{end}, a shift already started: its hours are not "
    "counted.")
STAYS_CANCELLED_HOLIDAY = QT_TRANSLATE_NOOP(
    "Warnings", "The shift of {day}, {start}–{end}, stays cancelled: that day is a public holiday the centre does "
    "not work.")
SEAT_CANCELLED = QT_TRANSLATE_NOOP(
    "Warnings", "{name} loses the seat on {day}, {start}–{end}, and its hours: the shift is cancelled.")
SHIFT_ON_HOLIDAY = QT_TRANSLATE_NOOP(
    "Notifications", "Your reception shift of {day}, {start}–{end}, is cancelled: that day became a public holiday "
    "of the centre's region.")
SHIFT_ON_HOLIDAY_OFF = QT_TRANSLATE_NOOP(
    "Notifications", "Your reception shift of {day}, {start}–{end}, is cancelled: the centre no longer works that "
    "public holiday.")
SHIFT_ON_CLOSURE = QT_TRANSLATE_NOOP(
    "Notifications", "Your reception shift of {day}, {start}–{end}, is cancelled: the centre is closed that day.")
SHIFT_ON_CLOSURE_WHY = QT_TRANSLATE_NOOP(
    "Notifications", "Your reception shift of {day}, {start}–{end}, is cancelled: the centre is closed that day "
    "({reason}).")
SHIFT_BACK = QT_TRANSLATE_NOOP(
    "Notifications", "Your reception shift of {day}, {start}–{end}, is on again: the centre is open that day after "
    "all, and your seat is still yours.")
NOT_WORKING_DAY = QT_TRANSLATE_NOOP("Warnings", "{day} is not one of {name}'s usual working days.")
OVER_SHARE = QT_TRANSLATE_NOOP(
    "Warnings", "With this shift {name} holds {held} of reception this week, more than their usual share of {share}.")


class RotaWarning(CercleError):
    """Something worth telling, that does not stop the action."""


# --- read objects ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateView:
    id: int
    weekday: int
    start: time
    end: time
    seats: int
    label: str
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class ClaimantView:
    claim_id: int
    member_id: int
    name: str
    colour: str
    no_show: bool
    batch_id: int | None


@dataclass(frozen=True)
class ShiftView:
    id: int
    day: date
    start: time
    end: time
    seats: int
    label: str
    status: ShiftStatus
    claimants: tuple[ClaimantView, ...]
    mine: bool

    @property
    def open_seats(self) -> int:
        return 0 if self.status != PLANNED else max(0, self.seats - len(self.claimants))

    @property
    def minutes(self) -> int:
        return rules.minutes_between(self.start, self.end)


@dataclass(frozen=True)
class WeekView:
    monday: date
    shifts: tuple[ShiftView, ...]
    closed: frozenset[date] = frozenset()  # public holidays and the centre's closures

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=offset) for offset in range(7))


@dataclass(frozen=True)
class ClaimResult:
    shift: ShiftView
    claim_id: int
    warnings: tuple[RotaWarning, ...] = ()


@dataclass(frozen=True)
class ClosureView:
    id: int
    day: date
    reason: str
    warnings: tuple[RotaWarning, ...] = ()  # what was planned on that day before, to move or cancel


@dataclass(frozen=True)
class SwapView:
    id: int
    shift: ShiftView
    from_member_id: int
    from_name: str
    to_member_id: int | None
    wanted: ShiftView | None
    status: SwapStatus


@dataclass(frozen=True)
class DraftRotaView:
    """A draft rota, with the seats it fills and who is who, ready to show and to apply."""

    first_day: date
    last_day: date
    draft: rules.DraftRota
    shifts: dict[int, ShiftView] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FairnessRow:
    member_id: int
    name: str
    colour: str
    fair_share_minutes: float
    held_minutes: int

    @property
    def gap_minutes(self) -> float:
        """Positive when the member held less than their share."""
        return self.fair_share_minutes - self.held_minutes


@dataclass(frozen=True)
class MemberRotaView:
    member_id: int
    exempt: bool
    preferred: frozenset[rules.Slot]
    unavailable: frozenset[rules.Slot]


# --- small helpers -----------------------------------------------------------------------------------


def parse_slots(text: str) -> frozenset[rules.Slot]:
    """'0am,3pm' → {(0, 'am'), (3, 'pm')}."""
    slots: set[rules.Slot] = set()
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        if len(part) != 3 or not part[0].isdigit() or int(part[0]) > 6 or part[1:] not in ("am", "pm"):
            raise RuleViolation(BAD_SLOTS, text=text)
        slots.add((int(part[0]), "am" if part[1:] == "am" else "pm"))
    return frozenset(slots)


def slots_text(slots: Iterable[rules.Slot]) -> str:
    return ",".join(f"{weekday}{half}" for weekday, half in sorted(slots))


def starts_at(ctx: Context, day: date, start: time) -> datetime:
    return datetime.combine(day, start, tzinfo=ctx.timezone)


def _started(ctx: Context, shift: Shift) -> bool:
    return starts_at(ctx, shift.day, shift.start_time) <= ctx.now()


def _actor(ctx: Context, member_id: int | None) -> int:
    member_id = ctx.actor_id if member_id is None else member_id
    if member_id is None:
        raise NotAllowed(NO_ACTOR)
    return member_id


def _member(db: Session, member_id: int, *, lock: bool = False) -> Member:
    """The member; with ``lock`` (before taking a seat), their row is share-locked until the commit on PostgreSQL:
    a departure or an absence being recorded (which lock it to write) is waited for, then seen."""
    query = select(Member).where(Member.id == member_id)
    if lock:
        query = query.with_for_update(read=True).execution_options(populate_existing=True)
    member = db.exec(query).first()
    if member is None:
        raise NotFound(UNKNOWN_MEMBER)
    return member


def _shift(db: Session, shift_id: int, *, lock: bool = False) -> Shift:
    query = select(Shift).where(Shift.id == shift_id)
    if lock:
        query = query.with_for_update()  # PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers
    shift = db.exec(query).first()
    if shift is None:
        raise NotFound(UNKNOWN_SHIFT)
    return shift


def _claimants(db: Session, shift_ids: Iterable[int]) -> dict[int, list[ClaimantView]]:
    ids = list(shift_ids)
    found: dict[int, list[ClaimantView]] = defaultdict(list)
    if not ids:
        return found
    rows = db.exec(
        select(  # type: ignore[call-overload]  # sqlmodel's select() is typed for up to four columns
            ShiftClaim.id, ShiftClaim.shift_id, ShiftClaim.member_id, Member.name, Member.colour,
            ShiftClaim.no_show, ShiftClaim.batch_id)
        .join(Member, Member.id == ShiftClaim.member_id)
        .where(col(ShiftClaim.shift_id).in_(ids))
        .order_by(ShiftClaim.claimed_at, ShiftClaim.id)
    )
    for claim_id, shift_id, member_id, name, colour, no_show, batch_id in rows:
        found[shift_id].append(ClaimantView(claim_id, member_id, name, colour, no_show, batch_id))
    return found


def _views(ctx: Context, db: Session, shifts: list[Shift]) -> list[ShiftView]:
    claimants = _claimants(db, (id_of(shift) for shift in shifts))
    return [_view(ctx, shift, claimants.get(id_of(shift), [])) for shift in shifts]


def _view(ctx: Context, shift: Shift, claimants: list[ClaimantView]) -> ShiftView:
    return ShiftView(id_of(shift), shift.day, shift.start_time, shift.end_time, shift.seats, shift.label,
                     ShiftStatus(shift.status), tuple(claimants), any(c.member_id == ctx.actor_id for c in claimants))


def _shift_view(ctx: Context, db: Session, shift: Shift) -> ShiftView:
    return _views(ctx, db, [shift])[0]


def _template_view(row: ShiftTemplate) -> TemplateView:
    return TemplateView(id_of(row), row.weekday, row.start_time, row.end_time, row.seats, row.label,
                        row.valid_from, row.valid_until)


# --- templates and closures --------------------------------------------------------------------------


def list_templates(ctx: Context, *, on: date | None = None) -> list[TemplateView]:
    """The weekly shifts valid on ``on`` (default: all of them, past ones too)."""
    with ctx.reading() as db:
        query = select(ShiftTemplate)
        if on is not None:
            query = query.where(ShiftTemplate.valid_from <= on).where(
                (col(ShiftTemplate.valid_until) == None) | (col(ShiftTemplate.valid_until) >= on))  # noqa: E711 - SQL
        rows = db.exec(query.order_by(col(ShiftTemplate.weekday), col(ShiftTemplate.start_time), col(ShiftTemplate.id)))
        return [_template_view(row) for row in rows]


def add_template(ctx: Context, weekday: int, start: time, end: time, seats: int = 1, label: str = "",
                 valid_from: date | None = None) -> TemplateView:
    """A new weekly shift, from ``valid_from`` (default today) on."""
    if not 0 <= weekday <= 6:
        raise RuleViolation(BAD_WEEKDAY)
    check_times(start, end, seats)
    label = check_label(label)
    with ctx.writing() as unit:
        return insert_template(unit, weekday, start, end, seats, label, valid_from or ctx.today())


def insert_template(unit: UnitOfWork, weekday: int, start: time, end: time, seats: int, label: str,
                    valid_from: date) -> TemplateView:
    """A new weekly shift (checked already) within a transaction under way."""
    row = unit.add(ShiftTemplate(weekday=weekday, start_time=start, end_time=end, seats=seats,
                                 label=label.strip(), valid_from=valid_from))
    unit.audit("add", "shift_template", row.id, after=row)
    return _template_view(row)


def change_template(ctx: Context, template_id: int, *, start: time, end: time, seats: int, label: str,
                    from_day: date, seen: TemplateView | None = None) -> TemplateView:
    """Change a weekly shift from ``from_day`` on: the old one ends the day before, a new one starts.
    ``seen``: the weekly shift as the window showed it; changed since (at another workstation), the change is
    refused, and so is a change from a day after its end (it was changed or ended meanwhile).

    Future shifts nobody holds follow the change; a shift with claimed seats keeps its times, and
    keeps at least as many seats as are held. Past shifts are never touched. The shifts a closure (or a
    public holiday) cancelled follow too: they come back with the new weekly shift when the day opens again.
    """
    check_times(start, end, seats)
    label = check_label(label)
    if from_day < ctx.today():
        raise RuleViolation(PAST_CHANGE, day=from_day)
    with ctx.writing() as unit:
        old = _template(unit.db, template_id, seen)
        return replace_template(unit, old, start=start, end=end, seats=seats, label=label, from_day=from_day)


def _template(db: Session, template_id: int, seen: TemplateView | None) -> ShiftTemplate:
    """The weekly shift, locked until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE serialises
    writers); with ``seen`` (as a window read it), refused when it was changed since: the window's change was
    meant for the weekly shift it showed."""
    row = db.get(ShiftTemplate, template_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFound(UNKNOWN_TEMPLATE)
    if seen is not None and _template_view(row) != seen:
        raise NotAllowed(SLOT_CHANGED)
    return row


def _check_still_valid(row: ShiftTemplate, day: date) -> None:
    """A weekly shift that ends before ``day`` has nothing to change or end from then: its days belong to the
    weekly shift that followed it, if any, and moving its end later would give them two (or bring back the
    shifts its end cancelled)."""
    if row.valid_until is not None and day > row.valid_until:
        raise NotAllowed(SLOT_ENDS, day=row.valid_until)


def replace_template(unit: UnitOfWork, old: ShiftTemplate, *, start: time, end: time, seats: int, label: str,
                     from_day: date) -> TemplateView:
    """:func:`change_template` (checked already) within a transaction under way."""
    _check_still_valid(old, from_day)
    if from_day <= old.valid_from:
        # Changed before or on its first day: it has no day to keep as it was, so it is changed itself. Ended the
        # day it began, it kept that day, listed and given a shift of its own beside the new one's.
        new = old
        with unit.change(old, Entity.SHIFT_TEMPLATE):
            old.start_time, old.end_time, old.seats, old.label = start, end, seats, label.strip()
    else:
        new = ShiftTemplate(weekday=old.weekday, start_time=start, end_time=end, seats=seats, label=label.strip(),
                            valid_from=from_day, valid_until=old.valid_until)
        with unit.change(old, Entity.SHIFT_TEMPLATE):
            old.valid_until = from_day - timedelta(days=1)
        unit.add(new)
        unit.audit("add", Entity.SHIFT_TEMPLATE, new.id, after=new)
    shifts = unit.db.exec(select(Shift).where(Shift.template_id == old.id, Shift.day >= from_day, or_(
        col(Shift.status) == PLANNED, col(Shift.closure_id) != None,  # noqa: E711 - SQL
        col(Shift.cancelled_for_holiday))))
    for shift in list(shifts):
        held = _claim_count(unit.db, id_of(shift))
        with unit.change(shift, Entity.SHIFT):
            shift.template_id = new.id
            shift.label = new.label
            if held == 0:
                shift.start_time, shift.end_time, shift.seats = start, end, seats
            else:
                shift.seats = max(seats, held)
    return _template_view(new)


def end_template(ctx: Context, template_id: int, last_day: date, seen: TemplateView | None = None) -> None:
    """No more shifts of this weekly shift after ``last_day``; the unclaimed ones already created are cancelled.
    ``seen``, and an end later than the one it has: as for :func:`change_template`."""
    if last_day < ctx.today() - timedelta(days=1):
        raise RuleViolation(PAST_CHANGE, day=last_day)
    with ctx.writing() as unit:
        row = _template(unit.db, template_id, seen)
        _check_still_valid(row, last_day)
        with unit.change(row, Entity.SHIFT_TEMPLATE, "end"):
            row.valid_until = max(last_day, row.valid_from)
        for shift in list(unit.db.exec(
                select(Shift).where(Shift.template_id == row.id, Shift.day > last_day, Shift.status == PLANNED))):
            if _claim_count(unit.db, id_of(shift)) == 0:
                _cancel_shift(unit, shift)


def list_closures(ctx: Context, first_day: date | None = None) -> list[ClosureView]:
    with ctx.reading() as db:
        query = select(Closure).where(Closure.cancelled == False)  # noqa: E712 - SQL
        if first_day is not None:
            query = query.where(Closure.day >= first_day)
        return [ClosureView(id_of(row), row.day, row.reason) for row in db.exec(query.order_by(col(Closure.day)))]


def add_closure(ctx: Context, day: date, reason: str = "") -> ClosureView:
    """Close the centre on ``day``: its shifts are cancelled and their credits withdrawn, each holder told by a
    notification (with the closure's reason). Not on a day gone by,
    nor once one of its shifts has started: hours worked are never taken back (a holder who did not come is
    marked as a no-show instead)."""
    if day < ctx.today():
        raise RuleViolation(PAST_CLOSURE, day=day)
    reason = check_closure_reason(reason)
    with ctx.writing() as unit:
        _lock_the_days(unit.db)
        shifts = list(unit.db.exec(select(Shift).where(Shift.day == day, Shift.status == PLANNED)
                                   .order_by(col(Shift.start_time), col(Shift.id)).with_for_update()))
        started = next((shift for shift in shifts if _started(ctx, shift)), None)
        if started is not None:
            raise NotAllowed(CLOSURE_STARTED, day=day, start=Clock.of(started.start_time),
                             end=Clock.of(started.end_time))
        row = unit.db.exec(select(Closure).where(Closure.day == day)).first()
        if row is None:
            row = unit.add(Closure(day=day, reason=reason))
        else:
            row.cancelled, row.reason = False, reason
            unit.db.flush()
        unit.audit("add", "closure", row.id, after=row)
        holders = _claimants(unit.db, (id_of(shift) for shift in shifts))
        for shift in shifts:
            _cancel_shift(unit, shift, id_of(row))
            _tell_holders(unit, shift, holders.get(id_of(shift), []), "shift-closed",
                          SHIFT_ON_CLOSURE_WHY if row.reason else SHIFT_ON_CLOSURE,
                          {"reason": row.reason} if row.reason else {})
        return ClosureView(id_of(row), row.day, row.reason, planned_on(unit.db, day))


def planned_on(db: Session, day: date) -> tuple[RotaWarning, ...]:
    """A warning for each meeting and workshop session still planned on ``day``: a closure added afterwards
    leaves them where they are (the people who come must be told), so whoever closes the centre is told."""
    found = db.exec(select(Meeting).where(Meeting.day == day, Meeting.status == MeetingStatus.PLANNED)
                    .order_by(col(Meeting.start_time), col(Meeting.id)))
    warnings = [RotaWarning(MEETING_ON_CLOSURE, title=meeting.title, start=Clock.of(meeting.start_time),
                            end=Clock.of(meeting.end_time)) for meeting in found]
    sessions = db.exec(
        select(WorkshopSession, Workshop.title).join(Workshop, col(Workshop.id) == WorkshopSession.workshop_id)
        .where(WorkshopSession.day == day, WorkshopSession.status == SessionStatus.PLANNED)
        .order_by(col(WorkshopSession.start_time), col(WorkshopSession.id)))
    warnings += [RotaWarning(SESSION_ON_CLOSURE, title=title, start=Clock.of(session.start_time),
                             end=Clock.of(session.end_time)) for session, title in sessions]
    return tuple(warnings)


def remove_closure(ctx: Context, closure_id: int) -> tuple[RotaWarning, ...]:
    """The centre opens that day after all: the shifts the closure cancelled come back, with the seats held
    before: one-off shifts, those of the weekly shifts valid that day, and any shift somebody holds, even if its
    weekly shift ended since (ending one keeps the held shifts). Refused for a day gone by, as a closure is; a shift
    already started stays cancelled: the centre was closed then; so does a shift of a weekly shift on a day that
    became a public holiday the centre does not work, until the day is worked. A holder who may no longer hold her seat (she
    left, is absent, or took another shift at that time meanwhile) does not get it back. The warnings say what did
    not come back; each holder who gets her seat back is told by a notification."""
    with ctx.writing() as unit:
        row = unit.db.exec(select(Closure).where(Closure.id == closure_id).with_for_update()
                           .execution_options(populate_existing=True)).first()
        if row is None or row.cancelled:
            raise NotFound(UNKNOWN_CLOSURE)
        if row.day < ctx.today():
            raise RuleViolation(PAST_OPENING, day=row.day)
        with unit.change(row, Entity.CLOSURE, "remove"):
            row.cancelled = True
        cancelled = list(unit.db.exec(select(Shift).where(Shift.closure_id == row.id)
                                      .order_by(col(Shift.start_time), col(Shift.id)).with_for_update()))
        warnings: list[RotaWarning] = []
        holiday = row.day in holidays_off(unit.db, [row.day.year])
        for shift in cancelled:
            if holiday and shift.template_id is not None and not _started(ctx, shift):
                warnings.append(_left_to_the_holiday(unit, shift))
            else:
                warnings += _after_closure(unit, shift)
        return tuple(warnings)


def _left_to_the_holiday(unit: UnitOfWork, shift: Shift) -> RotaWarning:
    """``shift``, of a weekly shift, stays cancelled when its closure is removed on a day that became a public
    holiday the centre does not work since: cancelled for the holiday from now on, it comes back with the day
    worked (a one-off shift, which may be added on a holiday on purpose, comes back with the closure gone)."""
    with unit.change(shift, Entity.SHIFT, "edit"):
        shift.closure_id, shift.cancelled_for_holiday = None, True
    return RotaWarning(STAYS_CANCELLED_HOLIDAY, **_said(shift))


def _after_closure(unit: UnitOfWork, shift: Shift) -> list[RotaWarning]:
    """Bring back ``shift``, which the closure just removed (or a public holiday no longer one) had cancelled (see
    :func:`remove_closure`); what to tell."""
    db = unit.db
    claims = list(db.exec(select(ShiftClaim).where(ShiftClaim.shift_id == shift.id)
                          .order_by(col(ShiftClaim.id))))
    started = _started(unit.context, shift)
    back = not started and (bool(claims) or _template_valid(db, shift))
    with unit.change(shift, Entity.SHIFT, "reopen" if back else "edit"):
        shift.closure_id = None  # cancelled from now on as any other shift, by hand
        shift.cancelled_for_holiday = False
        if back:
            shift.status = PLANNED
    if started:
        return [RotaWarning(STAYS_CANCELLED, **_said(shift))]
    warnings = []
    for claim in claims:
        member = _member(db, claim.member_id, lock=True)
        try:
            _check_may_hold(db, shift, member)
        except RuleViolation as refused:
            _unseat(unit, claim, "release")
            warnings.append(RotaWarning(SEAT_NOT_BACK, reason=refused, **_said(shift, member)))
        else:
            _credit(unit, claim)
            _tell(unit, shift, claim.member_id, "shift-back", SHIFT_BACK)
    return warnings


def _tell_holders(unit: UnitOfWork, shift: Shift, holders: Iterable[ClaimantView], key: str, text: str,
                  params: dict[str, str] | None = None) -> None:
    for holder in holders:
        _tell(unit, shift, holder.member_id, key, text, params)


def _tell(unit: UnitOfWork, shift: Shift, member_id: int, key: str, text: str,
          params: dict[str, str] | None = None) -> None:
    """A notification to the holder ``member_id`` of what became of ``shift``: once for this shift, holder and
    moment (a day closed, opened and closed again is told each time)."""
    notifications.add_notification(
        unit, kind="shift", text=text, member_id=member_id,
        params={"day": shift.day.isoformat(), "start": shift.start_time.strftime("%H:%M"),
                "end": shift.end_time.strftime("%H:%M"), **(params or {})},
        dedupe_key=f"{key}:{shift.id}:{member_id}:{unit.context.now().isoformat()}")


def _template_valid(db: Session, shift: Shift) -> bool:
    """Whether the shift is a one-off, or its weekly shift is valid on its day."""
    template = db.get(ShiftTemplate, shift.template_id) if shift.template_id is not None else None
    return template is None or (template.valid_from <= shift.day
                                and (template.valid_until is None or shift.day <= template.valid_until))


def _cancel_shift(unit: UnitOfWork, shift: Shift, closure_id: int | None = None, action: str = "cancel", *,
                  for_holiday: bool = False) -> None:
    with unit.change(shift, Entity.SHIFT, action):
        shift.status, shift.closure_id, shift.cancelled_for_holiday = CANCELLED, closure_id, for_holiday
    for claim in unit.db.exec(select(ShiftClaim).where(ShiftClaim.shift_id == shift.id)):
        credits.resettle(unit, SOURCE, id_of(claim))


def _lock_the_days(db: Session) -> None:
    """Lock the centre's row until the commit. Closing a day and adding shifts take it before reading the
    closures or the day's shifts: on PostgreSQL (READ COMMITTED) each would otherwise check before the other
    commits, and leave a shift on a closed day (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    db.exec(select(Centre.id).with_for_update()).first()


def closure_days(db: Session, first: date, last: date) -> set[date]:
    """The closures from ``first`` to ``last`` (public holidays aside)."""
    return set(db.exec(
        select(col(Closure.day)).where(Closure.day >= first, Closure.day <= last, Closure.cancelled == False)))  # noqa: E712


def _closed_days(db: Session, first: date, last: date) -> set[date]:
    """Closures, and the public holidays the centre does not work."""
    closed = closure_days(db, first, last)
    closed |= {day for day in holidays_off(db, range(first.year, last.year + 1)) if first <= day <= last}
    return closed


def create_shifts_ahead(ctx: Context, weeks: int | None = None) -> int:
    """Create the shifts of the weekly templates from today to ``weeks`` weeks ahead; return how many.

    Idempotent: a shift of a template on a day already there (even cancelled) is not created again.
    No shift on a closure or a public holiday of the centre's region, unless the centre works it.
    """
    weeks = settings.get(ctx, "shifts_weeks_ahead") if weeks is None else weeks
    with ctx.writing() as unit:
        return create_ahead(unit, weeks)


def create_ahead(unit: UnitOfWork, weeks: int) -> int:
    """:func:`create_shifts_ahead` within a transaction under way."""
    rules.check_weeks_ahead(weeks)
    first = unit.context.today()
    last = _horizon(first, weeks)
    rows = _create_between(unit, first, last)
    if rows:
        unit.audit("create_ahead", "shift", None,
                   after={"first_day": first, "last_day": last, "created": len(rows)})
    return len(rows)


def _horizon(today: date, weeks: int) -> date:
    """The last day shifts are created for, ``weeks`` weeks ahead (the end of a week)."""
    return monday_of(today) + timedelta(weeks=weeks) - timedelta(days=1)


def _create_between(unit: UnitOfWork, first: date, last: date, only: Collection[date] | None = None,
                    keep: Callable[[Shift], bool] = lambda _shift: True) -> list[Shift]:
    """Create the shifts of the weekly templates from ``first`` to ``last`` (on the days ``only`` holds, if given)
    that ``keep`` keeps, but on the days the centre is closed and those that have their shift already (even
    cancelled); return them."""
    db = unit.db
    _lock_the_days(db)
    closed = _closed_days(db, first, last)
    existing = set(db.exec(
        select(col(Shift.template_id), col(Shift.day)).where(Shift.day >= first, Shift.day <= last,
                                                   Shift.template_id != None)))  # noqa: E711
    templates = list(db.exec(select(ShiftTemplate)))
    rows = []
    day = first
    while day <= last:
        if day not in closed and (only is None or day in only):
            for template in templates:
                if (template.weekday == day.weekday() and template.valid_from <= day
                        and (template.valid_until is None or day <= template.valid_until)
                        and (template.id, day) not in existing):
                    rows.append(Shift(day=day, start_time=template.start_time, end_time=template.end_time,
                                      seats=template.seats, label=template.label, template_id=template.id))
        day += timedelta(days=1)
    rows = [row for row in rows if keep(row)]
    if rows:
        db.add_all(rows)
        db.flush()
    return rows


HOLIDAY = "cancel_holiday"  # the audit's action for a shift cancelled because its day became a public holiday


def follow_holidays(unit: UnitOfWork, old_region: str) -> HolidayShifts:
    """The centre's region just changed from ``old_region``, within that change's transaction: the reception
    shifts from today on follow its public holidays (those the centre works aside). Past shifts, and shifts
    already started, are never touched.

    A day that became a public holiday is closed as :func:`add_closure` closes one: its shifts are cancelled,
    held seats included, their hours withdrawn; each holder is told by a notification (and a warning, for whoever
    changed the region). A day that is no longer one gets its shifts as :func:`create_ahead` would, up to the
    planning horizon (not on a closure): the shifts a holiday cancelled come back, with the seats held before (as
    when a closure is removed, their holders told), the others are created."""
    return _follow(unit, lambda db, years: holidays_off(db, years, old_region), SHIFT_ON_HOLIDAY)


def follow_worked_holidays(unit: UnitOfWork, old: WorkedHolidays) -> HolidayShifts:
    """The public holidays the centre works just changed from ``old``, within that change's transaction: the
    reception shifts from today on follow as they do a change of region (see :func:`follow_holidays`). A holiday
    no longer worked loses its shifts, a holiday now worked gets them."""
    return _follow(unit, lambda db, years: holidays_off(db, years, worked=old), SHIFT_ON_HOLIDAY_OFF)


def _follow(unit: UnitOfWork, off_before: Callable[[Session, range], frozenset[date]], told: str) -> HolidayShifts:
    """The shifts from today on follow the public holidays the centre is closed, ``off_before`` those it was;
    ``told``, the notification of a holder whose shift is cancelled."""
    db, ctx = unit.db, unit.context
    _lock_the_days(db)
    today = ctx.today()
    horizon = _horizon(today, settings.read(db, "shifts_weeks_ahead"))
    latest = db.exec(select(func.max(Shift.day)).where(Shift.day >= today)).one()
    last = max(horizon, latest or today)
    years = range(today.year, last.year + 1)
    before = {day for day in off_before(db, years) if today <= day <= last}
    after = {day for day in holidays_off(db, years) if today <= day <= last}
    cancelled, warnings = _close_for_holidays(unit, sorted(after - before), told)
    created, more = _open_after_holidays(unit, sorted(before - after), horizon)
    return HolidayShifts(cancelled, created, tuple(warnings + more))


def _close_for_holidays(unit: UnitOfWork, days: list[date], told: str) -> tuple[int, list[RotaWarning]]:
    """Cancel the planned shifts not started of ``days``, new public holidays, each marked as cancelled for a
    holiday; how many, and the seats lost."""
    if not days:
        return 0, []
    db, ctx = unit.db, unit.context
    shifts = list(db.exec(select(Shift).where(col(Shift.day).in_(days), Shift.status == PLANNED)
                          .order_by(col(Shift.day), col(Shift.start_time), col(Shift.id)).with_for_update()))
    shifts = [shift for shift in shifts if not _started(ctx, shift)]  # the hours worked stay
    holders = _claimants(db, (id_of(shift) for shift in shifts))
    warnings = []
    for shift in shifts:
        _cancel_shift(unit, shift, action=HOLIDAY, for_holiday=True)
        held = holders.get(id_of(shift), [])
        warnings += [RotaWarning(SEAT_CANCELLED, name=holder.name, **_said(shift)) for holder in held]
        _tell_holders(unit, shift, held, "shift-holiday", told)
    return len(shifts), warnings


def _open_after_holidays(unit: UnitOfWork, days: list[date], horizon: date) -> tuple[int, list[RotaWarning]]:
    """Give ``days``, public holidays no longer, their shifts (see :func:`follow_holidays`); how many, and the seats
    not given back."""
    if not days:
        return 0, []
    db, ctx = unit.db, unit.context
    closures = dict(db.exec(select(col(Closure.day), col(Closure.id)).where(
        col(Closure.day).in_(days), Closure.cancelled == False)).all())  # noqa: E712 - SQL
    cancelled = db.exec(select(Shift).where(col(Shift.day).in_(days), col(Shift.cancelled_for_holiday))
                        .order_by(col(Shift.day), col(Shift.start_time), col(Shift.id)).with_for_update())
    back, warnings = 0, []
    for shift in list(cancelled):
        if shift.day in closures:  # the centre closed that day since: the shift comes back with the closure gone
            with unit.change(shift, Entity.SHIFT, "edit"):
                shift.cancelled_for_holiday, shift.closure_id = False, closures[shift.day]
            continue
        if _started(ctx, shift) or not (_claim_count(db, id_of(shift)) or _template_valid(db, shift)):
            with unit.change(shift, Entity.SHIFT, "edit"):
                shift.cancelled_for_holiday = False  # it stays cancelled, as any other shift cancelled by hand
            continue
        warnings += _after_closure(unit, shift)
        back += 1
    rows = _create_between(unit, days[0], min(days[-1], horizon), only=set(days),
                           keep=lambda shift: not _started(ctx, shift))
    if rows:
        unit.audit("create_after_holiday", "shift", None,
                   after={"days": sorted({row.day for row in rows}), "created": len(rows)})
    return back + len(rows), warnings


def has_shifts_ahead(ctx: Context) -> bool:
    """Whether the rota holds any shift from today on (a new centre has none)."""
    with ctx.reading() as db:
        found = db.exec(select(Shift.id).where(Shift.day >= ctx.today(), Shift.status == PLANNED)).first()
    return found is not None


def add_shift(ctx: Context, day: date, start: time, end: time, seats: int = 1, label: str = "") -> ShiftView:
    """A one-off shift, outside the weekly templates: an extra morning for a vaccination day, say. Not once its
    start has passed, nor on a closure (a public holiday is allowed: the centre opens that day on purpose)."""
    check_times(start, end, seats)
    label = check_label(label)
    if starts_at(ctx, day, start) <= ctx.now():
        raise RuleViolation(PAST_SHIFT, day=day, start=Clock.of(start))
    with ctx.writing() as unit:
        _lock_the_days(unit.db)
        if closure_days(unit.db, day, day):
            raise RuleViolation(CLOSED_DAY, day=day)
        row = unit.add(Shift(day=day, start_time=start, end_time=end, seats=seats, label=label.strip()))
        unit.audit("add", "shift", row.id, after=row)
        return _view(ctx, row, [])


def cancel_refusal(ctx: Context, shift: ShiftView) -> NotAllowed | None:
    """What :func:`cancel_shift` would say, refusing to cancel ``shift`` as it was read (cancelled already, or
    started); None if it would cancel it. Asked without writing: a window says why before anyone tries."""
    return _cancel_refusal(ctx, shift.status, shift.day, shift.start)


def _cancel_refusal(ctx: Context, status: str, day: date, start: time) -> NotAllowed | None:
    if status != PLANNED:
        return NotAllowed(SHIFT_CANCELLED)
    if starts_at(ctx, day, start) <= ctx.now():
        return NotAllowed(CANCEL_STARTED)  # a shift under way or past keeps the hours worked
    return None


def cancel_shift(ctx: Context, shift_id: int) -> tuple[RotaWarning, ...]:
    """Cancel a shift that has not started: its holders lose their seats and their credits, the swap offers of
    it are withdrawn. A shift under way or past keeps the hours worked (a holder who did not come is marked as a
    no-show instead). One warning names each holder, for whoever cancels to tell them."""
    with ctx.writing() as unit:
        shift = _shift(unit.db, shift_id, lock=True)
        refused = _cancel_refusal(ctx, shift.status, shift.day, shift.start_time)
        if refused is not None:
            raise refused
        holders = _claimants(unit.db, [id_of(shift)]).get(id_of(shift), [])
        _cancel_shift(unit, shift)
        _close_offers(unit, or_(col(SwapOffer.shift_id) == shift.id, col(SwapOffer.wanted_shift_id) == shift.id))
        return tuple(RotaWarning(SEAT_CANCELLED, name=holder.name, **_said(shift)) for holder in holders)


# --- views -------------------------------------------------------------------------------------------


def shifts_between(ctx: Context, first: date, last: date, *, include_cancelled: bool = False) -> list[ShiftView]:
    with ctx.reading() as db:
        return _shifts_between(ctx, db, first, last, include_cancelled)


def _shifts_between(ctx: Context, db: Session, first: date, last: date,
                    include_cancelled: bool = False) -> list[ShiftView]:
    query = select(Shift).where(Shift.day >= first, Shift.day <= last)
    if not include_cancelled:
        query = query.where(Shift.status == PLANNED)
    return _views(ctx, db, list(db.exec(query.order_by(col(Shift.day), col(Shift.start_time), col(Shift.id)))))


def week_view(ctx: Context, day: date) -> WeekView:
    """The shifts of the ISO week holding ``day``."""
    monday = monday_of(day)
    sunday = monday + timedelta(days=6)
    with ctx.reading() as db:
        return WeekView(monday, tuple(_shifts_between(ctx, db, monday, sunday)),
                        frozenset(_closed_days(db, monday, sunday)))


def month_view(ctx: Context, year: int, month: int) -> list[ShiftView]:
    first, last = month_days(year, month)
    return shifts_between(ctx, first, last)


def get_shift(ctx: Context, shift_id: int) -> ShiftView:
    with ctx.reading() as db:
        return _shift_view(ctx, db, _shift(db, shift_id))


def member_shifts(ctx: Context, member_id: int, first: date, last: date) -> list[ShiftView]:
    """The planned shifts ``member_id`` holds between two days."""
    with ctx.reading() as db:
        shifts = list(db.exec(
            select(Shift).join(ShiftClaim, col(ShiftClaim.shift_id) == Shift.id)
            .where(ShiftClaim.member_id == member_id, Shift.day >= first, Shift.day <= last, Shift.status == PLANNED)
            .order_by(col(Shift.day), col(Shift.start_time))))
        return _views(ctx, db, shifts)


# --- claim and release -------------------------------------------------------------------------------


def _claim_count(db: Session, shift_id: int) -> int:
    return db.exec(select(func.count()).select_from(ShiftClaim).where(ShiftClaim.shift_id == shift_id)).one()


_HALVES = {"am": hours_rules.MORNING, "pm": hours_rules.AFTERNOON}


def during(absence: hours_rules.Absence, day: date, start: time) -> bool:
    """Whether a shift of ``day`` starting at ``start`` falls in ``absence``: a half-day absence takes only the
    shifts of its half (a morning is what starts before noon)."""
    return _HALVES[rules.half_of_day(start)] in absence.halves_off(day)


def _is_absent(db: Session, member_id: int, day: date, start: time) -> bool:
    found = db.exec(select(Absence).where(
        Absence.member_id == member_id, Absence.first_day <= day, Absence.last_day >= day,
        Absence.cancelled == False))  # noqa: E712 - SQL
    return any(during(hours_rules.Absence(row.first_day, row.last_day, row.kind, row.half_day_start,
                                          row.half_day_end), day, start) for row in found)


def _check_may_take(ctx: Context, db: Session, shift: Shift, member: Member, *,
                    leaving: int | None = None) -> None:
    """Refuse a seat of a cancelled or started shift, or one ``member`` holds already or may not hold (see
    :func:`_check_may_hold`)."""
    if shift.status != PLANNED:
        raise NotAllowed(SHIFT_CANCELLED)
    if _started(ctx, shift):
        raise NotAllowed(SHIFT_STARTED)
    holders = db.exec(select(ShiftClaim.member_id).where(ShiftClaim.shift_id == shift.id)).all()
    if member.id in holders:
        raise RuleViolation(ALREADY_HELD, name=member.name)
    _check_may_hold(db, shift, member, leaving=leaving)


def _check_may_hold(db: Session, shift: Shift, member: Member, *, leaving: int | None = None) -> None:
    """Refuse a seat of ``shift`` to someone inactive, not in the team that day, absent, or holding an overlapping
    shift (``leaving`` aside)."""
    if not member.active:
        raise RuleViolation(INACTIVE_MEMBER, name=member.name)
    _check_on_duty(db, member, shift)
    same_day = db.exec(
        select(Shift).join(ShiftClaim, col(ShiftClaim.shift_id) == Shift.id)
        .where(ShiftClaim.member_id == member.id, Shift.day == shift.day, Shift.status == PLANNED,
               Shift.id != shift.id))
    for other in same_day:
        if other.id != leaving and other.start_time < shift.end_time and shift.start_time < other.end_time:
            raise RuleViolation(OVERLAP, name=member.name, start=other.start_time.strftime("%H:%M"),
                                end=other.end_time.strftime("%H:%M"))


def _check_on_duty(db: Session, member: Member, shift: Shift) -> None:
    """Refuse the hours of ``shift`` to a member out of the team that day, or absent at its time."""
    members.check_in_team(db, member, shift.day)
    if _is_absent(db, id_of(member), shift.day, shift.start_time):
        raise RuleViolation(ABSENT, name=member.name, day=shift.day)


def _seat(unit: UnitOfWork, shift: Shift, member: Member, batch_id: int | None = None) -> ShiftClaim:
    """Give ``member`` a seat of the locked ``shift``, crediting its hours; refuse when it is full."""
    if _claim_count(unit.db, id_of(shift)) >= shift.seats:
        last = unit.db.exec(
            select(Member.name).join(ShiftClaim, col(ShiftClaim.member_id) == Member.id)
            .where(ShiftClaim.shift_id == shift.id).order_by(col(ShiftClaim.claimed_at).desc(), col(ShiftClaim.id).desc())
        ).first()
        raise NotAllowed(SHIFT_FULL, name=last or "?")
    claim = unit.add(ShiftClaim(shift_id=id_of(shift), member_id=id_of(member), claimed_at=unit.context.now(),
                                batch_id=batch_id))
    _credit(unit, claim)
    unit.audit("claim", "shift", shift.id, after=claim)
    return claim


def _credit(unit: UnitOfWork, claim: ShiftClaim) -> None:
    """The hours of a seat, in the holder's balance as the claim now stands (idempotent)."""
    credits.resettle(unit, SOURCE, id_of(claim))


def _unseat(unit: UnitOfWork, claim: ShiftClaim, action: str) -> None:
    unit.audit(action, "shift", claim.shift_id, before=claim)
    unit.db.delete(claim)
    unit.db.flush()
    _credit(unit, claim)


def claim_shift(ctx: Context, shift_id: int, member_id: int | None = None) -> ClaimResult:
    """Take a seat of a shift, in one transaction; the result carries warnings worth reading."""
    member_id = _actor(ctx, member_id)
    with ctx.writing() as unit:
        db = unit.db
        member = _member(db, member_id, lock=True)  # the member first, the shift next: as a departure does
        shift = _shift(db, shift_id, lock=True)
        _check_may_take(ctx, db, shift, member)
        claim = _seat(unit, shift, member)
        warnings = _warnings(ctx, db, shift, member, claim)
        return ClaimResult(_shift_view(ctx, db, shift), id_of(claim), warnings)


def _warnings(ctx: Context, db: Session, shift: Shift, member: Member,
              claim: ShiftClaim) -> tuple[RotaWarning, ...]:
    warnings = _booked_twice(db, member, shift, claim)
    if str(shift.day.weekday()) not in member.working_days:
        warnings.append(RotaWarning(NOT_WORKING_DAY, day=shift.day, name=member.name))
    monday = monday_of(shift.day)
    week = list(db.exec(select(Shift).where(
        Shift.day >= monday, Shift.day <= monday + timedelta(days=6), Shift.status == PLANNED)))
    total = sum(s.seats * rules.minutes_between(s.start_time, s.end_time) for s in week)
    mine = set(db.exec(select(ShiftClaim.shift_id).where(
        ShiftClaim.member_id == member.id, col(ShiftClaim.shift_id).in_([s.id for s in week]))))
    held = sum(rules.minutes_between(s.start_time, s.end_time) for s in week if s.id in mine)
    share = fair_shares_now(db, total).get(id_of(member), 0.0)
    if held > share + 1e-9:
        warnings.append(RotaWarning(OVER_SHARE, name=member.name, held=Minutes(round(held)),
                                    share=Minutes(round(share))))
    return tuple(warnings)


def fair_shares_now(db: Session, total_minutes: int) -> dict[int, float]:
    """Each active member's share of ``total_minutes`` of reception."""
    return rules.fair_shares(total_minutes, _candidates(db, None, None, {}, {}))


def release_shift(ctx: Context, shift_id: int, member_id: int | None = None) -> None:
    """Give a seat back, until ``release_notice_hours`` before the shift; after that, swap it."""
    member_id = _actor(ctx, member_id)
    with ctx.writing() as unit:
        notice = settings.read(unit.db, "release_notice_hours")  # in the transaction: one connection
        shift = _shift(unit.db, shift_id, lock=True)
        claim = _claim_of(unit.db, id_of(shift), member_id)
        if _within_notice(ctx, shift.day, shift.start_time, notice):
            raise NotAllowed(TOO_LATE_TO_RELEASE, hours=notice)
        _unseat(unit, claim, "release")
        _close_offers(unit, _offers_of_seat(id_of(shift), member_id))


def release_refusal(ctx: Context, shift: ShiftView) -> NotAllowed | None:
    """What :func:`release_shift` would say about the seat held on ``shift`` as it was read, if it is too late
    to give it back; None if it would be given back. Asked without writing: a window says it before asking."""
    notice = release_notice_passed(ctx, shift.day, shift.start)
    return None if notice is None else NotAllowed(TOO_LATE_TO_RELEASE, hours=notice)


def release_notice_passed(ctx: Context, day: date, start: time) -> int | None:
    """The hours of notice a release needs (``release_notice_hours``) when the shift of ``day`` at ``start``
    begins within them: a seat taken on it now could not be given back, only swapped. None when it could."""
    notice: int = settings.get(ctx, "release_notice_hours")
    return notice if _within_notice(ctx, day, start, notice) else None


def _within_notice(ctx: Context, day: date, start: time, notice: int) -> bool:
    return starts_at(ctx, day, start) - ctx.now() < timedelta(hours=notice)


def _offers_of_seat(shift_id: int, member_id: int) -> ColumnElement[bool]:
    """The swap offers of ``member_id``'s seat on ``shift_id``: made of it, or asking it in return."""
    return or_(and_(col(SwapOffer.shift_id) == shift_id, col(SwapOffer.from_member_id) == member_id),
               and_(col(SwapOffer.wanted_shift_id) == shift_id, col(SwapOffer.to_member_id) == member_id))


def _close_offers(unit: UnitOfWork, which: ColumnElement[bool]) -> None:
    """Withdraw the open swap offers ``which`` selects: nothing is left to swap, or nobody to swap with."""
    for offer in list(unit.db.exec(select(SwapOffer).where(SwapOffer.status == SwapStatus.OFFERED, which)
                                   .order_by(col(SwapOffer.id)).with_for_update())):
        with unit.change(offer, Entity.SWAP, "cancelled"):
            offer.status, offer.answered_at = SwapStatus.CANCELLED, unit.context.now()


def _claim_of(db: Session, shift_id: int, member_id: int) -> ShiftClaim:
    """The claim, locked (PostgreSQL): a departure or an absence taking it away meanwhile is waited for, then the
    claim is found gone instead of deleted twice."""
    claim = db.exec(select(ShiftClaim).where(ShiftClaim.shift_id == shift_id, ShiftClaim.member_id == member_id)
                    .with_for_update().execution_options(populate_existing=True)).first()
    if claim is None:
        raise RuleViolation(NOT_HELD, name=_member(db, member_id).name)
    return claim


def _booked_twice(db: Session, member: Member, shift: Shift, claim: ShiftClaim) -> list[RotaWarning]:
    """Where ``member``, seated by ``claim``, is booked elsewhere at the time of ``shift``."""
    booked = credits.booked_twice(db, id_of(member), shift.day, shift.start_time, shift.end_time,
                                  besides=(SOURCE, id_of(claim)), warning=RotaWarning)
    return cast(list[RotaWarning], booked)  # built as the class it is given


def _member_names(db: Session) -> dict[int, str]:
    return {id_of(member): member.name for member in db.exec(select(Member))}


def has_started(ctx: Context, shift: ShiftView) -> bool:
    """Whether ``shift`` has started by now: from then on, a holder who did not come is marked as a no-show."""
    return starts_at(ctx, shift.day, shift.start) <= ctx.now()


def mark_no_show(ctx: Context, claim_id: int, no_show: bool = True) -> None:
    """Record that the holder did not come (their credit is withdrawn), or undo that mark (it is credited again),
    whoever is at the desk: the one who did not come is not there to say so. Not while the holder is out of the
    team or absent: a departure or an absence dated back made that no-show, and the hours would count twice."""
    with ctx.writing() as unit:
        found = unit.db.get(ShiftClaim, claim_id)
        if found is None:
            raise NotFound(UNKNOWN_CLAIM)
        member = _member(unit.db, found.member_id, lock=True)  # the member first, the shift next, as a claim does
        shift = _shift(unit.db, found.shift_id, lock=True)
        claim = unit.db.get(ShiftClaim, claim_id, populate_existing=True)  # as it is under the locks
        if claim is None:
            raise NotFound(UNKNOWN_CLAIM)  # released meanwhile, at another workstation
        if no_show and not _started(ctx, shift):
            raise NotAllowed(NO_SHOW_AHEAD)  # else the seat stays taken, by nobody who will come
        if claim.no_show and not no_show:
            _check_on_duty(unit.db, member, shift)
        _set_no_show(unit, claim, no_show)


def _set_no_show(unit: UnitOfWork, claim: ShiftClaim, no_show: bool) -> None:
    before = claim.model_dump()
    claim.no_show = no_show
    unit.db.flush()
    _credit(unit, claim)
    unit.audit("no_show" if no_show else "showed_up", "shift", claim.shift_id, before=before, after=claim)


# --- members off the desk: a departure, an absence ----------------------------------------------------


def leave_shifts(unit: UnitOfWork, member: Member, first_day: date, last_day: date | None = None,
                 concerns: Callable[[Shift], bool] = lambda _shift: True) -> tuple[RotaWarning, ...]:
    """Take ``member`` off the shifts they hold from ``first_day`` to ``last_day`` (None: from then on) that
    ``concerns``, within a transaction under way (the member's row locked already). A shift not started yet has its
    seat open again, its hours withdrawn as a release does, whatever the notice: a seat nobody will hold must
    show empty. A shift already started keeps its holder as a no-show: no hours. Swap offers of these seats are
    withdrawn. One warning names each shift."""
    return tuple(warning for _shift, warning in _leave(unit, member, first_day, last_day, concerns))


def _leave(unit: UnitOfWork, member: Member, first_day: date, last_day: date | None,
           concerns: Callable[[Shift], bool]) -> list[tuple[Shift, RotaWarning]]:
    """:func:`leave_shifts`, each shift left with its warning."""
    left = []
    for claim, shift in _held_from(unit.db, id_of(member), first_day, last_day):
        started = _started(unit.context, shift)
        if not concerns(shift) or (started and claim.no_show):
            continue
        if started:
            _set_no_show(unit, claim, True)
        else:
            _unseat(unit, claim, "release")
        _close_offers(unit, _offers_of_seat(id_of(shift), id_of(member)))
        left.append((shift, RotaWarning(NO_SHOW_MARKED if started else SEAT_FREED, **_said(shift, member))))
    return left


def _said(shift: Shift, member: Member | None = None) -> dict[str, object]:
    """What a warning about a seat of ``shift`` names: its day and times, and its holder."""
    named: dict[str, object] = {"day": shift.day, "start": Clock.of(shift.start_time),
                                "end": Clock.of(shift.end_time)}
    if member is not None:
        named["name"] = member.name
    return named


def leave_outside_dates(unit: UnitOfWork, member: Member) -> tuple[RotaWarning, ...]:
    """The member's start or end date just changed, within its transaction (the member's row locked already): she
    leaves the shifts she holds before her arrival and after the end of her contract (see :func:`leave_shifts`), and
    the swap offers made to her of shifts on those days are withdrawn (she could not take them)."""
    outside = []
    warnings: tuple[RotaWarning, ...] = ()
    if member.start_date is not None:
        warnings += leave_shifts(unit, member, date.min, member.start_date - timedelta(days=1))
        outside.append(col(Shift.day) < member.start_date)
    if member.end_date is not None:
        warnings += leave_shifts(unit, member, member.end_date + timedelta(days=1))
        outside.append(col(Shift.day) > member.end_date)
    if outside:
        _close_offers(unit, and_(col(SwapOffer.to_member_id) == id_of(member),
                                 col(SwapOffer.shift_id).in_(select(Shift.id).where(or_(*outside)))))
    return warnings


def leave_for_absence(unit: UnitOfWork, member: Member, absence_id: int,
                      absence: hours_rules.Absence) -> tuple[RotaWarning, ...]:
    """An absence just added, within its transaction (the member's row locked already): the member leaves the shifts
    of its half days (see :func:`leave_shifts`), and the absence keeps which, so that cancelling it gives them
    back (:func:`back_from_absence`)."""
    left = _leave(unit, member, absence.start, absence.end,
                  lambda shift: during(absence, shift.day, shift.start_time))
    unit.db.add_all(AbsenceSeat(absence_id=absence_id, shift_id=id_of(shift)) for shift, _warning in left)
    unit.db.flush()
    return tuple(warning for _shift, warning in left)


def back_from_absence(unit: UnitOfWork, member: Member, absence_id: int) -> tuple[RotaWarning, ...]:
    """An absence just cancelled, within its transaction (the member's row locked already): the member gets back
    the seats it took her off that are still free, on shifts not started, as long as she may take them (another
    absence, the dates of her contract, a shift she took since at the same time keep her off). A seat somebody
    took meanwhile stays theirs. A no-show the absence marked stays one: whether she came is not known. One warning
    says each seat, by day, given back or not and why."""
    shift_ids = unit.db.exec(select(AbsenceSeat.shift_id).where(AbsenceSeat.absence_id == absence_id)
                             .order_by(col(AbsenceSeat.shift_id))).all()  # locked in the order a rota applies
    shifts = [_shift(unit.db, shift_id, lock=True) for shift_id in shift_ids]
    shifts.sort(key=lambda shift: (shift.day, shift.start_time, id_of(shift)))
    return tuple(warning for shift in shifts if (warning := _give_back(unit, member, shift)) is not None)


def _give_back(unit: UnitOfWork, member: Member, shift: Shift) -> RotaWarning | None:
    """Seat ``member`` again on the locked ``shift`` an absence took her off, if she may; what to tell."""
    held = unit.db.exec(select(ShiftClaim).where(ShiftClaim.shift_id == shift.id,
                                                 ShiftClaim.member_id == member.id)).first()
    if held is not None:  # the absence marked her a no-show (or the mark was taken off since)
        return RotaWarning(NO_SHOW_KEPT, **_said(shift, member)) if held.no_show else None
    try:
        _check_may_take(unit.context, unit.db, shift, member)
        _seat(unit, shift, member)  # refused, writing nothing, when the shift is full
    except (RuleViolation, NotAllowed) as refused:
        return RotaWarning(SEAT_NOT_BACK, reason=refused, **_said(shift, member))
    return RotaWarning(SEAT_BACK, **_said(shift, member))


def leave_team(unit: UnitOfWork, member: Member, last_day: date) -> tuple[RotaWarning, ...]:
    """A departure after ``last_day``, within its transaction: the member leaves the shifts after it (see
    :func:`leave_shifts`), and every open swap offer from or to them is withdrawn."""
    warnings = leave_shifts(unit, member, last_day + timedelta(days=1))
    _close_offers(unit, or_(col(SwapOffer.from_member_id) == id_of(member),
                            col(SwapOffer.to_member_id) == id_of(member)))
    return warnings


def _held_from(db: Session, member_id: int, first_day: date, last_day: date | None) -> list[tuple[ShiftClaim, Shift]]:
    """The member's claims of planned shifts between two days, in order, locked (PostgreSQL): a release at another
    workstation meanwhile waits, then finds the claim gone."""
    query = (select(ShiftClaim, Shift).join(Shift, col(Shift.id) == ShiftClaim.shift_id)
             .where(ShiftClaim.member_id == member_id, Shift.status == PLANNED, Shift.day >= first_day))
    if last_day is not None:
        query = query.where(Shift.day <= last_day)
    query = query.order_by(col(Shift.day), col(Shift.start_time), col(Shift.id)).with_for_update(of=ShiftClaim)
    return list(db.exec(query))


# --- swaps -------------------------------------------------------------------------------------------


def offer_swap(ctx: Context, shift_id: int, to_member_id: int | None = None,
               wanted_shift_id: int | None = None) -> int:
    """Offer one's shift to a member (or to anyone), maybe for one of theirs; returns the offer's id."""
    from_id = _actor(ctx, None)
    with ctx.writing() as unit:
        shift = _shift(unit.db, shift_id)
        _claim_of(unit.db, id_of(shift), from_id)
        if to_member_id is not None and not (recipient := _member(unit.db, to_member_id)).active:
            raise RuleViolation(INACTIVE_MEMBER, name=recipient.name)  # an offer nobody could ever accept
        if wanted_shift_id is not None and to_member_id is not None:
            wanted = _shift(unit.db, wanted_shift_id)
            if unit.db.exec(select(ShiftClaim).where(ShiftClaim.shift_id == wanted.id,
                                                          ShiftClaim.member_id == to_member_id)).first() is None:
                raise RuleViolation(WANTED_NOT_HELD, name=_member(unit.db, to_member_id).name)
        offer = unit.add(SwapOffer(shift_id=id_of(shift), from_member_id=from_id, to_member_id=to_member_id,
                                   wanted_shift_id=wanted_shift_id if to_member_id is not None else None,
                                   created_at=ctx.now()))
        unit.audit("offer", "swap", offer.id, after=offer)
        return id_of(offer)


def _open_offer(db: Session, offer_id: int) -> SwapOffer:
    offer = db.exec(select(SwapOffer).where(SwapOffer.id == offer_id).with_for_update()
                    .execution_options(populate_existing=True)).first()
    if offer is None:
        raise NotFound(UNKNOWN_SWAP)
    if offer.status != SwapStatus.OFFERED:
        raise NotAllowed(SWAP_CLOSED)
    return offer


def accept_swap(ctx: Context, offer_id: int) -> tuple[RotaWarning, ...]:
    """Take the offered shift (and hand over the one asked in return), all in one transaction. Returns where
    the taker (or the giver, for the shift asked in return) is booked elsewhere at the time of their new seat."""
    taker_id = _actor(ctx, None)
    with ctx.writing() as unit:
        db = unit.db
        # The members before the offer and the shifts, in the order a departure locks them, which closes offers.
        giver_id = db.exec(select(SwapOffer.from_member_id).where(SwapOffer.id == offer_id)).first()
        if giver_id is None:
            raise NotFound(UNKNOWN_SWAP)
        giver, taker = _member(db, giver_id, lock=True), _member(db, taker_id, lock=True)
        offer = _open_offer(db, offer_id)
        if offer.from_member_id == taker_id:
            raise NotAllowed(SWAP_OWN)
        if offer.to_member_id is not None and offer.to_member_id != taker_id:
            raise NotAllowed(SWAP_NOT_FOR_YOU)
        shift = _shift(db, offer.shift_id, lock=True)
        wanted = _shift(db, offer.wanted_shift_id, lock=True) if offer.wanted_shift_id else None
        given_claim = _claim_of(db, id_of(shift), id_of(giver))
        wanted_claim = _claim_of(db, id_of(wanted), id_of(taker)) if wanted else None
        _check_may_take(ctx, db, shift, taker, leaving=wanted.id if wanted else None)
        if wanted:
            _check_may_take(ctx, db, wanted, giver, leaving=shift.id)
        _unseat(unit, given_claim, "swap_out")
        if wanted_claim:
            _unseat(unit, wanted_claim, "swap_out")
        seats = [(_seat(unit, shift, taker), shift, taker)]
        if wanted:
            seats.append((_seat(unit, wanted, giver), wanted, giver))
        with unit.change(offer, Entity.SWAP, "accept"):
            offer.status, offer.answered_at, offer.answered_by = SwapStatus.ACCEPTED, ctx.now(), taker_id
        return tuple(
            warning for claim, seat, member in seats for warning in _booked_twice(db, member, seat, claim))


def decline_swap(ctx: Context, offer_id: int) -> None:
    """Say no to an offer meant for oneself; its author withdraws it with ``cancel_swap``."""
    _close_offer(ctx, offer_id, SwapStatus.DECLINED)


def cancel_swap(ctx: Context, offer_id: int) -> None:
    _close_offer(ctx, offer_id, SwapStatus.CANCELLED)


def _close_offer(ctx: Context, offer_id: int, status: SwapStatus) -> None:
    actor = _actor(ctx, None)
    with ctx.writing() as unit:
        offer = _open_offer(unit.db, offer_id)
        author_only = status == SwapStatus.CANCELLED
        if author_only and offer.from_member_id != actor:
            raise NotAllowed(SWAP_NOT_FOR_YOU)
        if not author_only and offer.to_member_id not in (None, actor):
            raise NotAllowed(SWAP_NOT_FOR_YOU)
        with unit.change(offer, Entity.SWAP, status):
            offer.status, offer.answered_at, offer.answered_by = status, ctx.now(), actor


def pending_swaps(ctx: Context, member_id: int | None = None) -> list[SwapView]:
    """Open offers that concern ``member_id``: made by them, meant for them, or for anyone."""
    member_id = _actor(ctx, member_id)
    with ctx.reading() as db:
        offers = list(db.exec(
            select(SwapOffer).where(SwapOffer.status == SwapStatus.OFFERED).order_by(col(SwapOffer.id))))
        offers = [o for o in offers if member_id in (o.from_member_id, o.to_member_id) or o.to_member_id is None]
        ids = {o.shift_id for o in offers} | {o.wanted_shift_id for o in offers if o.wanted_shift_id}
        shifts = {s.id: s for s in _views(ctx, db, list(db.exec(select(Shift).where(col(Shift.id).in_(ids)))))}
        names = _member_names(db)
        return [SwapView(id_of(o), shifts[o.shift_id], o.from_member_id, names.get(o.from_member_id, "?"),
                         o.to_member_id, None if o.wanted_shift_id is None else shifts.get(o.wanted_shift_id),
                         SwapStatus(o.status))
                for o in offers if shifts[o.shift_id].day >= ctx.today()]


# --- members' rota settings --------------------------------------------------------------------------


def get_member_rota(ctx: Context, member_id: int) -> MemberRotaView:
    with ctx.reading() as db:
        row = db.exec(select(MemberRota).where(MemberRota.member_id == member_id)).first()
        return _member_rota_view(member_id, row)


def member_rotas(ctx: Context, member_ids: Collection[int]) -> dict[int, MemberRotaView]:
    """Each member's reception settings, read at once (the set-up lists the whole team)."""
    with ctx.reading() as db:
        rows = {row.member_id: row for row in db.exec(
            select(MemberRota).where(col(MemberRota.member_id).in_(list(member_ids))))}
    return {member_id: _member_rota_view(member_id, rows.get(member_id)) for member_id in member_ids}


def _member_rota_view(member_id: int, row: MemberRota | None) -> MemberRotaView:
    if row is None:
        return MemberRotaView(member_id, False, frozenset(), frozenset())
    return MemberRotaView(member_id, row.exempt, parse_slots(row.preferences), parse_slots(row.unavailability))


def set_member_rota(ctx: Context, member_id: int, *, exempt: bool = False, preferences: str = "",
                    unavailability: str = "") -> MemberRotaView:
    """A member's reception settings; half-days are written like '0am,3pm' (0 = Monday)."""
    preferred, unavailable = parse_slots(preferences), parse_slots(unavailability)
    with ctx.writing() as unit:
        _member(unit.db, member_id)
        row = (unit.db.exec(select(MemberRota).where(MemberRota.member_id == member_id)).first()
               or MemberRota(member_id=member_id))
        with unit.change(row, Entity.MEMBER_ROTA):
            row.exempt, row.preferences, row.unavailability = exempt, slots_text(preferred), slots_text(unavailable)
        return MemberRotaView(member_id, exempt, preferred, unavailable)


# --- draft rotas, batches, fairness ---------------------------------------------------------------


def _held_minutes(db: Session, first: date, last: date) -> dict[int, int]:
    """Minutes of reception each member held (no-shows excluded) between two days."""
    minutes: dict[int, int] = defaultdict(int)
    rows = db.exec(
        select(col(ShiftClaim.member_id), col(Shift.start_time), col(Shift.end_time))
        .join(Shift, col(Shift.id) == ShiftClaim.shift_id)
        .where(Shift.day >= first, Shift.day <= last, Shift.status == PLANNED, ShiftClaim.no_show == False))  # noqa: E712
    for member_id, start, end in rows:
        minutes[member_id] += rules.minutes_between(start, end)
    return minutes


def _candidates(db: Session, first: date | None, last: date | None, past: dict[int, int],
                busy: dict[int, list[tuple[date, time, time]]]) -> list[rules.Candidate]:
    settings_of = {row.member_id: row for row in db.exec(select(MemberRota))}
    absent: dict[int, set[date]] = defaultdict(set)
    if first is not None and last is not None:
        for absence in db.exec(select(Absence).where(
                Absence.cancelled == False, Absence.last_day >= first, Absence.first_day <= last)):  # noqa: E712
            day = max(first, absence.first_day)
            while day <= min(last, absence.last_day):
                absent[absence.member_id].add(day)  # half days count as whole ones for drafts
                day += timedelta(days=1)
    team = list(db.exec(select(Member).where(Member.active).order_by(col(Member.id))))
    if first is not None and last is not None:
        _add_days_out_of_team(db, team, first, last, absent)
    candidates = []
    for member in team:
        member_id = id_of(member)
        extra = settings_of.get(member_id)
        candidates.append(rules.Candidate(
            member_id=member_id,
            self_management_minutes=member.self_management_minutes,
            working_days=frozenset(int(digit) for digit in member.working_days),
            unavailable=parse_slots(extra.unavailability) if extra else frozenset(),
            absent_days=frozenset(absent[member_id]),
            exempt=extra.exempt if extra else False,
            past_minutes=past.get(member_id, 0),
            preferred=parse_slots(extra.preferences) if extra else frozenset(),
            busy=tuple(busy.get(member_id, ())),
        ))
    return candidates


def _add_days_out_of_team(db: Session, team: list[Member], first: date, last: date,
                          absent: dict[int, set[date]]) -> None:
    """Count the days before a member arrives, after their contract ends or while they are away as absent ones:
    a draft gives them no seat then."""
    departures = members.departures(db, [id_of(member) for member in team])
    days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    for member in team:
        time_in_team = hours_rules.TeamTime(member.start_date, member.end_date, departures.get(id_of(member), ()))
        absent[id_of(member)].update(day for day in days if not time_in_team.covers(day))


def check_period(first_day: date, last_day: date) -> None:
    """Refuse a period that ends before it starts (a draft rota, a member's calendar)."""
    if last_day < first_day:
        raise RuleViolation(BAD_PERIOD)


def draft_rota(ctx: Context, first_day: date | None = None, last_day: date | None = None, *,
               weights: rules.Weights = rules.Weights(), time_limit_s: float = 2.0) -> DraftRotaView:
    """Propose who takes the open seats of a period (default: the next four weeks from tomorrow)."""
    first_day = first_day or ctx.today() + timedelta(days=1)
    last_day = last_day or first_day + timedelta(weeks=4) - timedelta(days=1)
    check_period(first_day, last_day)
    window = settings.get(ctx, "fairness_window_weeks")
    with ctx.reading() as db:
        shifts = list(db.exec(select(Shift).where(
            Shift.day >= first_day, Shift.day <= last_day, Shift.status == PLANNED
        ).order_by(col(Shift.day), col(Shift.start_time))))
        views = {view.id: view for view in _views(ctx, db, shifts)}
        past = _held_minutes(db, first_day - timedelta(weeks=window), last_day)
        busy: dict[int, list[tuple[date, time, time]]] = defaultdict(list)
        seats: list[rules.Seat] = []
        for view in views.values():
            for claimant in view.claimants:
                busy[claimant.member_id].append((view.day, view.start, view.end))
            if starts_at(ctx, view.day, view.start) <= ctx.now():
                continue
            seats.extend(rules.Seat(view.id, index, view.day, view.start, view.end)
                         for index in range(len(view.claimants), view.seats))
        candidates = _candidates(db, first_day, last_day, past, busy)
        names = _member_names(db)
    draft = rules.draft_rota(seats, candidates, time_limit_s=time_limit_s, weights=weights)
    return DraftRotaView(first_day, last_day, draft, views, names)


def apply_draft(ctx: Context, view: DraftRotaView) -> int:
    """Seat everyone as the draft says, in one transaction, as a batch that can be undone; returns its id."""
    with ctx.writing() as unit:
        db = unit.db
        batch = unit.add(RotaBatch(applied_at=ctx.now(), by_member_id=ctx.actor_id,
                                   first_day=view.first_day, last_day=view.last_day))
        by_shift: dict[int, list[int]] = defaultdict(list)
        for assignment in view.draft.assignments:
            by_shift[assignment.shift_id].append(assignment.member_id)
        team = {member_id: _member(db, member_id, lock=True)
                for member_id in sorted({a.member_id for a in view.draft.assignments})}
        for shift_id, member_ids in sorted(by_shift.items()):
            shift = _shift(db, shift_id, lock=True)
            if _claim_count(db, id_of(shift)) + len(member_ids) > shift.seats:
                raise NotAllowed(ROTA_CHANGED)
            for member_id in member_ids:
                member = team[member_id]
                try:
                    _check_may_take(ctx, db, shift, member)
                except (RuleViolation, NotAllowed) as error:
                    raise NotAllowed(ROTA_CHANGED) from error
                _seat(unit, shift, member, batch.id)
        unit.audit("apply", "rota_batch", batch.id, after=batch)
        return id_of(batch)


def last_batch(ctx: Context) -> int | None:
    """The most recent applied rota not undone yet."""
    with ctx.reading() as db:
        return db.exec(select(RotaBatch.id).where(RotaBatch.undone_at == None)  # noqa: E711
                            .order_by(col(RotaBatch.id).desc())).first()


def undo_batch(ctx: Context, batch_id: int | None = None) -> int:
    """Withdraw the claims an applied rota made, while none of its shifts has started; returns how many."""
    batch_id = batch_id if batch_id is not None else last_batch(ctx)
    if batch_id is None:
        raise NotFound(NO_BATCH)
    with ctx.writing() as unit:
        db = unit.db
        batch = db.exec(select(RotaBatch).where(RotaBatch.id == batch_id).with_for_update()).first()
        if batch is None:
            raise NotFound(NO_BATCH)
        if batch.undone_at is not None:
            raise NotAllowed(BATCH_UNDONE)
        claims = list(db.exec(select(ShiftClaim).where(ShiftClaim.batch_id == batch.id)))
        shifts = {s.id: s for s in db.exec(select(Shift).where(col(Shift.id).in_({c.shift_id for c in claims})))}
        if any(_started(ctx, shift) for shift in shifts.values()):
            raise NotAllowed(BATCH_STARTED)
        for claim in claims:
            _unseat(unit, claim, "undo_rota")
        with unit.change(batch, Entity.ROTA_BATCH, "undo"):
            batch.undone_at = ctx.now()
        return len(claims)


def fairness_report(ctx: Context, weeks: int | None = None) -> list[FairnessRow]:
    """Reception held in the last ``weeks`` weeks (default: the fairness window) against each member's
    fair share of it, the members furthest below their share first."""
    weeks = weeks or settings.get(ctx, "fairness_window_weeks")
    last = ctx.today()
    first = last - timedelta(weeks=weeks)
    with ctx.reading() as db:
        held = _held_minutes(db, first, last)
        candidates = _candidates(db, None, None, held, {})
        shares = rules.fair_shares(sum(held.get(c.member_id, 0) for c in candidates if not c.exempt), candidates)
        team = {m.id: m for m in db.exec(select(Member).where(Member.active))}
    rows = [FairnessRow(c.member_id, team[c.member_id].name, team[c.member_id].colour,
                        shares[c.member_id], held.get(c.member_id, 0)) for c in candidates]
    return sorted(rows, key=lambda row: (-row.gap_minutes, row.name))
