"""The first start of a real centre: its coordinator, then a short guided set-up that can be left and resumed.

The centre is created, then its first member, the coordinator, who always has a PIN. The set-up then
goes through STEPS: the region and opening hours (the reception follows them), the reception shifts
made from those hours, the other members. The step still to do is the setting ``setup_step``: whoever
began it is offered to resume it at the next start.
"""

from collections.abc import Iterable
from datetime import date, time

from sqlmodel import Session, col, select

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import PIN_MAX_DIGITS, PIN_MIN_DIGITS, MemberDraft, validate_member
from app.services import centre, members, rota, settings
from app.services.context import Context, UnitOfWork
from app.services.members import MemberView
from app.storage.models import ShiftTemplate

STEPS = ("centre", "reception", "members")
DONE = "done"

FIRST_MEMBER_PIN = QT_TRANSLATE_NOOP(
    "Errors", "The first member opens the centre to everyone else: choose a PIN of {min} to {max} digits."
)
NOT_FIRST_MEMBER = QT_TRANSLATE_NOOP("Errors", "The centre already has members: enter as one of them.")
NO_RECEPTION_DAY = QT_TRANSLATE_NOOP("Errors", "Choose at least one day with reception.")
RECEPTION_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "The reception already has weekly slots: change them in Reception, “Set up the rota…”."
)


def create_centre(ctx: Context, draft: centre.CentreDraft) -> centre.CentreView:
    """Create the centre, its guided set-up to do."""
    draft = centre.validate(draft)
    with ctx.writing() as unit:
        view = centre.insert(unit, draft)
        settings.write(unit, "setup_step", STEPS[0])
    centre.apply_timezone(ctx, view)
    return view


def add_coordinator(ctx: Context, draft: MemberDraft, pin: str) -> MemberView:
    """The first member, who adds the others: only in a centre without active members, and always with a
    PIN, since whoever enters under this name holds the whole centre. They lead the set-up."""
    draft = validate_member(draft)
    try:
        pin_hash = members.hash_pin(pin)
    except RuleViolation as error:
        raise RuleViolation(FIRST_MEMBER_PIN, min=PIN_MIN_DIGITS, max=PIN_MAX_DIGITS) from error
    with ctx.writing() as unit:
        # The first member made at two workstations: one after the other, the second then finds the first's.
        settings.read_locked(unit, "setup_step")
        if members.has_active_members(unit.db):
            raise RuleViolation(NOT_FIRST_MEMBER)
        coordinator = members.insert(unit, draft, pin_hash)
        settings.write(unit, "setup_coordinator", coordinator.id)
        return coordinator


def current_step(ctx: Context) -> str:
    """The step of the set-up still to do, or DONE."""
    step = settings.get(ctx, "setup_step")
    return step if step in STEPS else DONE


def offered_to(ctx: Context, member_id: int) -> bool:
    """Whether ``member_id``, entering, is offered to resume the set-up: the one who began it, or anyone
    when that member is no longer active."""
    if current_step(ctx) == DONE:
        return False
    coordinator = settings.get(ctx, "setup_coordinator")
    return coordinator in (member_id, 0) or coordinator not in {m.id for m in members.list_members(ctx)}


def save_centre(ctx: Context, draft: centre.CentreDraft) -> centre.CentreView:
    """The first step: the centre's details, region and opening hours."""
    draft = centre.validate(draft)
    with ctx.writing() as unit:
        settings.read_locked(unit, "setup_step")  # before the centre's row, as create_reception: no deadlock
        view = centre.update(unit, draft)
        _reach(unit, "reception")
    centre.apply_timezone(ctx, view)
    return view


def create_reception(ctx: Context, weekdays: Iterable[int], shifts: Iterable[tuple[time, time]],
                     seats: int) -> int:
    """The second step: a weekly slot for each of ``shifts`` on each of ``weekdays``, then the shifts of
    the coming weeks; returns how many shifts were created."""
    weekdays, shifts = sorted(set(weekdays)), list(shifts)
    if not weekdays:
        raise RuleViolation(NO_RECEPTION_DAY)
    for start, end in shifts:
        rota.check_times(start, end, seats)
    weeks = settings.get(ctx, "shifts_weeks_ahead")
    with ctx.writing() as unit:
        settings.read_locked(unit, "setup_step")  # the step done at two workstations: one after the other
        if _has_weekly_slots(unit.db, ctx.today()):  # made at another workstation: each shift would be doubled
            raise RuleViolation(RECEPTION_EXISTS)
        for weekday in weekdays:
            for start, end in shifts:
                rota.insert_template(unit, weekday, start, end, seats, "", ctx.today())
        created = rota.create_ahead(unit, weeks)
        _reach(unit, "members")
        return created


def _has_weekly_slots(db: Session, day: date) -> bool:
    valid = (col(ShiftTemplate.valid_until) == None) | (col(ShiftTemplate.valid_until) >= day)  # noqa: E711 - SQL
    query = select(ShiftTemplate.id).where(ShiftTemplate.valid_from <= day).where(valid).limit(1)
    return db.exec(query).first() is not None


def skip_reception(ctx: Context) -> None:
    """The second step, left to Reception › Set up the rota (or done there already)."""
    with ctx.writing() as unit:
        _reach(unit, "members")


def finish(ctx: Context) -> None:
    with ctx.writing() as unit:
        _reach(unit, DONE)


def _reach(unit: UnitOfWork, step: str) -> None:
    """Move the set-up on to ``step``; never back (a step done again leaves the progress as it is)."""
    order = (*STEPS, DONE)
    stored = settings.read(unit.db, "setup_step")
    if order.index(step) > (order.index(stored) if stored in order else len(order)):
        settings.write(unit, "setup_step", step)
