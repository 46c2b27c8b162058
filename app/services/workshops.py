"""Workshops for the neighbourhood: themes, workshops, sessions and series, rooms, registrations with a
waiting list, attendance, facilitators' hours, partners, yearly summaries, and participants' privacy.

Participants are recorded with a first name or pseudonym and maybe a phone, and erased after
``participant_retention_months``; the anonymous counts of each session stay, and so do the different
people of each year (``ParticipantTally``), so that a summary reprinted later gives the same numbers.
"""

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from app.domain import workshops as rules
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.members import name_key
from app.domain.upcoming import upcoming_first
from app.services import credits, rooms, reminders, settings
from app.services.centre import holidays_off
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork
from app.services.errors import NotAllowed, NotFound, StaleEdit
from app.storage.models import Member, Partner, Room
from app.storage.models.hours import Absence
from app.storage.models.rota import Closure
from app.storage.models.workshops import (
    ParticipantTally,
    Registration,
    Workshop,
    WorkshopFacilitator,
    WorkshopPartner,
    WorkshopSession,
    WorkshopTheme,
)

WORKSHOP_STATUSES = ("idea", "planned", "confirmed", "held", "cancelled")
CATEGORY = credits.WORKSHOP_CATEGORY
TIME_SOURCE = credits.WORKSHOP

UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP("Errors", "This workshop does not exist.")
UNKNOWN_SESSION = QT_TRANSLATE_NOOP("Errors", "This workshop session does not exist.")
UNKNOWN_REGISTRATION = QT_TRANSLATE_NOOP("Errors", "This registration does not exist.")
UNKNOWN_THEME = QT_TRANSLATE_NOOP("Errors", "This workshop theme does not exist.")
UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "This partner does not exist.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give a name.")
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give the workshop a title.")
DUPLICATE_THEME = QT_TRANSLATE_NOOP("Errors", "There is already a theme called {name}.")
DUPLICATE_PARTNER = QT_TRANSLATE_NOOP("Errors", "There is already a partner called {name}.")
BAD_STATUS = QT_TRANSLATE_NOOP("Errors", "Unknown workshop status: {status}.")
BAD_PREPARATION = QT_TRANSLATE_NOOP("Errors", "Preparation takes between 0 and 24 hours.")
SESSION_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This session is cancelled.")
NOT_YET_HELD = QT_TRANSLATE_NOOP("Errors", "Attendance is recorded once the session has taken place.")
REGISTRATION_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This registration is already cancelled.")
BAD_ATTENDANCE = QT_TRANSLATE_NOOP("Errors", "An attendance count is zero or more.")
FACILITATOR_ABSENT = QT_TRANSLATE_NOOP("Errors", "{name} is absent that day.")
BOOKED_ON_DAY = QT_TRANSLATE_NOOP("Errors", "{day}: {warning}")
ABOVE_ROOM = QT_TRANSLATE_NOOP(
    "Errors", "The workshop takes {capacity} people but {room} only {room_capacity}."
)
PUBLIC_HOLIDAY = QT_TRANSLATE_NOOP("Errors", "{day} is a public holiday.")
CLOSED_DAY = QT_TRANSLATE_NOOP("Errors", "The centre is closed on {day}.")
ERASED_NAME = QT_TRANSLATE_NOOP("Workshops", "(erased)")


class SessionWarning(CercleError):
    """Something worth telling about a session that does not stop planning it."""


# --- read objects ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeView:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class FacilitatorView:
    member_id: int
    name: str
    preparation_minutes: int


@dataclass(frozen=True)
class PartnerView:
    id: int
    name: str
    kind: str
    contact_person: str
    phone: str
    email: str
    notes: str
    active: bool
    workshops: tuple[str, ...] = ()  # titles of the workshops done with this partner


@dataclass(frozen=True)
class PartnerDraft:
    name: str
    kind: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class WorkshopDraft:
    title: str
    capacity: int = 12
    theme_id: int | None = None
    description: str = ""
    audience: str = ""
    status: str = "planned"


@dataclass(frozen=True)
class WorkshopView:
    id: int
    title: str
    theme_id: int | None
    theme: str
    description: str
    audience: str
    status: str
    capacity: int
    version: int
    next_day: date | None = None
    session_count: int = 0
    warnings: tuple[SessionWarning, ...] = ()  # after a save: new facilitators booked elsewhere meanwhile

    def draft(self) -> WorkshopDraft:
        return WorkshopDraft(
            self.title, self.capacity, self.theme_id, self.description, self.audience, self.status
        )


@dataclass(frozen=True)
class SessionDraft:
    day: date
    start: time
    end: time
    room_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SessionView:
    id: int
    workshop_id: int
    title: str
    day: date
    start: time
    end: time
    room_id: int | None
    room: str
    status: str
    series_id: int | None
    attendance_count: int | None
    notes: str
    capacity: int
    confirmed_places: int = 0
    waiting_places: int = 0

    @property
    def minutes(self) -> int:
        return _minutes(self.start, self.end)


@dataclass(frozen=True)
class RegistrationView:
    id: int
    session_id: int
    name: str
    phone: str
    places: int
    status: str
    attended: bool | None
    erased: bool
    created_at: datetime


@dataclass(frozen=True)
class WorkshopDetail:
    workshop: WorkshopView
    sessions: tuple[SessionView, ...]
    facilitators: tuple[FacilitatorView, ...]
    partners: tuple[PartnerView, ...]


@dataclass(frozen=True)
class PlanResult:
    """Sessions created or changed, with what is worth telling (holiday, absent facilitator...)."""

    sessions: tuple[SessionView, ...]
    warnings: tuple[SessionWarning, ...] = ()


@dataclass(frozen=True)
class RegisterResult:
    registration: RegistrationView
    waiting: bool


@dataclass(frozen=True)
class SummaryLine:
    """One line of the yearly summary: a workshop or a theme."""

    label: str
    sessions_held: int
    participants: int
    unique_participants: int
    partners: tuple[str, ...] = field(default=())


# --- helpers -----------------------------------------------------------------------------------------


def _minutes(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _get(db: Session, model, row_id: int, message: str, *, lock: bool = False):
    row = db.get(model, row_id, with_for_update=lock) if lock else db.get(model, row_id)
    if row is None:
        raise NotFound(message)
    return row


def _theme_names(db: Session) -> dict[int, str]:
    return {theme.id: theme.name for theme in db.exec(select(WorkshopTheme))}


def _workshop_view(
    workshop: Workshop,
    themes: dict[int, str],
    sessions: Sequence[WorkshopSession] = (),
    today: date | None = None,
) -> WorkshopView:
    live = [s for s in sessions if s.status != "cancelled"]
    upcoming = sorted(s.day for s in live if today is None or s.day >= today)
    return WorkshopView(
        id=workshop.id,
        title=workshop.title,
        theme_id=workshop.theme_id,
        theme=themes.get(workshop.theme_id, "") if workshop.theme_id else "",
        description=workshop.description,
        audience=workshop.audience,
        status=workshop.status,
        capacity=workshop.capacity,
        version=workshop.version,
        next_day=upcoming[0] if upcoming else None,
        session_count=len(live),
    )


def _places(db: Session, session_ids: Collection[int]) -> dict[tuple[int, str], int]:
    if not session_ids:
        return {}
    rows = db.exec(
        select(Registration.session_id, Registration.status, func.sum(Registration.places))
        .where(Registration.session_id.in_(session_ids), Registration.status != "cancelled")
        .group_by(Registration.session_id, Registration.status)
    )
    return {(session_id, status): int(total) for session_id, status, total in rows}


def _session_views(db: Session, rows: Sequence[WorkshopSession]) -> list[SessionView]:
    workshops = (
        {
            w.id: w
            for w in db.exec(select(Workshop).where(Workshop.id.in_({r.workshop_id for r in rows})))
        }
        if rows
        else {}
    )
    rooms = {room.id: room.name for room in db.exec(select(Room))}
    places = _places(db, [r.id for r in rows])
    return [
        SessionView(
            id=row.id,
            workshop_id=row.workshop_id,
            title=workshops[row.workshop_id].title,
            day=row.day,
            start=row.start_time,
            end=row.end_time,
            room_id=row.room_id,
            room=rooms.get(row.room_id, ""),
            status=row.status,
            series_id=row.series_id,
            attendance_count=row.attendance_count,
            notes=row.notes,
            capacity=workshops[row.workshop_id].capacity,
            confirmed_places=places.get((row.id, "confirmed"), 0),
            waiting_places=places.get((row.id, "waiting"), 0),
        )
        for row in sorted(rows, key=lambda r: (r.day, r.start_time, r.id))
    ]


def _registration_view(row: Registration) -> RegistrationView:
    return RegistrationView(
        row.id,
        row.session_id,
        row.name,
        row.phone,
        row.places,
        row.status,
        row.attended,
        row.erased,
        row.created_at,
    )


def _clean(text: str, message: str = NAME_REQUIRED) -> str:
    text = " ".join(text.split())
    if not text:
        raise RuleViolation(message)
    return text


# --- themes ------------------------------------------------------------------------------------------


def list_themes(ctx: Context, *, include_inactive: bool = False) -> list[ThemeView]:
    with ctx.reading() as db:
        rows = db.exec(select(WorkshopTheme))
        return sorted((ThemeView(t.id, t.name, t.active) for t in rows if include_inactive or t.active),
                      key=lambda t: name_key(t.name))


def _check_theme_name(db: Session, name: str, theme_id: int | None) -> None:
    query = select(WorkshopTheme.id).where(func.lower(WorkshopTheme.name) == name.lower())
    if theme_id is not None:
        query = query.where(WorkshopTheme.id != theme_id)
    if db.exec(query).first() is not None:
        raise RuleViolation(DUPLICATE_THEME, name=name)


def add_theme(ctx: Context, name: str) -> ThemeView:
    name = _clean(name)
    with ctx.writing() as unit:
        _check_theme_name(unit.db, name, None)
        theme = unit.add(WorkshopTheme(name=name))
        unit.audit("add", "workshop", None, after={"theme": theme.model_dump()})
        return ThemeView(theme.id, theme.name, theme.active)


def rename_theme(ctx: Context, theme_id: int, name: str, *, active: bool = True) -> ThemeView:
    name = _clean(name)
    with ctx.writing() as unit:
        theme = _get(unit.db, WorkshopTheme, theme_id, UNKNOWN_THEME)
        _check_theme_name(unit.db, name, theme_id)
        before = theme.model_dump()
        theme.name, theme.active = name, active
        unit.audit(
            "edit_theme", "workshop", None, before={"theme": before}, after={"theme": theme.model_dump()}
        )
        return ThemeView(theme.id, theme.name, theme.active)


# --- workshops ---------------------------------------------------------------------------------------


def _validate_workshop(draft: WorkshopDraft) -> WorkshopDraft:
    rules.validate_capacity(draft.capacity)
    if draft.status not in WORKSHOP_STATUSES:
        raise RuleViolation(BAD_STATUS, status=draft.status)
    return WorkshopDraft(
        _clean(draft.title, TITLE_REQUIRED),
        draft.capacity,
        draft.theme_id,
        draft.description.strip(),
        draft.audience.strip(),
        draft.status,
    )


def _apply_workshop(db: Session, workshop: Workshop, draft: WorkshopDraft) -> None:
    if draft.theme_id is not None:
        _get(db, WorkshopTheme, draft.theme_id, UNKNOWN_THEME)
    workshop.title, workshop.capacity, workshop.theme_id = draft.title, draft.capacity, draft.theme_id
    workshop.description, workshop.audience, workshop.status = draft.description, draft.audience, draft.status


def list_workshops(ctx: Context, *, include_cancelled: bool = True) -> list[WorkshopView]:
    """Every workshop, the next ones first, then the most recent."""
    today = ctx.today()
    with ctx.reading() as db:
        themes = _theme_names(db)
        by_workshop: dict[int, list[WorkshopSession]] = {}
        for row in db.exec(select(WorkshopSession)):
            by_workshop.setdefault(row.workshop_id, []).append(row)
        views = [
            _workshop_view(w, themes, by_workshop.get(w.id, ()), today)
            for w in db.exec(select(Workshop))
            if include_cancelled or w.status != "cancelled"
        ]
    return sorted(views, key=lambda v: (v.next_day is None, v.next_day or date.min, -v.id))


def get_workshop(ctx: Context, workshop_id: int) -> WorkshopDetail:
    with ctx.reading() as db:
        return _detail(db, workshop_id, ctx.today())


def _detail(db: Session, workshop_id: int, today: date) -> WorkshopDetail:
    """A workshop with its sessions, facilitators and partners, read in ``db``."""
    workshop = _get(db, Workshop, workshop_id, UNKNOWN_WORKSHOP)
    rows = list(db.exec(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop_id)))
    facilitators = tuple(sorted(
        (FacilitatorView(member.id, member.name, link.preparation_minutes)
         for link, member in db.exec(
            select(WorkshopFacilitator, Member)
            .join(Member, Member.id == WorkshopFacilitator.member_id)
            .where(WorkshopFacilitator.workshop_id == workshop_id))),
        key=lambda f: name_key(f.name)))
    partners = tuple(sorted(
        (_partner_view(partner) for partner in db.exec(
            select(Partner)
            .join(WorkshopPartner, WorkshopPartner.partner_id == Partner.id)
            .where(WorkshopPartner.workshop_id == workshop_id))),
        key=lambda p: name_key(p.name)))
    return WorkshopDetail(
        _workshop_view(workshop, _theme_names(db), rows, today),
        tuple(upcoming_first(_session_views(db, rows), today, lambda s: (s.day, s.start))),
        facilitators,
        partners,
    )


def add_workshop(
    ctx: Context,
    draft: WorkshopDraft,
    *,
    facilitators: dict[int, int] | None = None,
    partner_ids: Iterable[int] = (),
) -> WorkshopView:
    """Create a workshop, with its facilitators (member id → preparation minutes) and partners."""
    draft = _validate_workshop(draft)
    facilitators = _validate_facilitators(facilitators or {})
    with ctx.writing() as unit:
        workshop = Workshop(created_at=ctx.now())
        _apply_workshop(unit.db, workshop, draft)
        unit.add(workshop)
        _replace_facilitators(unit, workshop, facilitators)
        _replace_partners(unit, workshop, partner_ids)
        unit.audit("add", "workshop", workshop.id, after=workshop)
        return _workshop_view(workshop, _theme_names(unit.db))


def update_workshop(
    ctx: Context,
    workshop_id: int,
    draft: WorkshopDraft,
    *,
    facilitators: dict[int, int] | None = None,
    partner_ids: Iterable[int] | None = None,
    expected_version: int | None = None,
) -> WorkshopView:
    """Save a workshop and, when given, who facilitates it (member id → preparation minutes per session;
    their hours follow) and its partners: one transaction, all of it or nothing. A larger capacity promotes
    people from the waiting lists of its sessions. The view's warnings say where a new facilitator is
    booked elsewhere during a coming session.

    With ``expected_version`` (the version the editor started from), a workshop saved meanwhile by another
    workstation raises StaleEdit carrying the WorkshopDetail as saved, and nothing is written.
    """
    draft = _validate_workshop(draft)
    if facilitators is not None:
        facilitators = _validate_facilitators(facilitators)
    with ctx.writing() as unit:
        workshop = _get(unit.db, Workshop, workshop_id, UNKNOWN_WORKSHOP, lock=True)
        if expected_version is not None and workshop.version != expected_version:
            raise StaleEdit(_detail(unit.db, workshop_id, ctx.today()))
        before = workshop.model_dump()
        _apply_workshop(unit.db, workshop, draft)
        workshop.version += 1
        unit.db.flush()
        for row in _live_sessions(unit.db, workshop_id):
            _reallocate(unit, workshop, row)
        unit.audit("edit", "workshop", workshop.id, before=before, after=workshop)
        warnings = ()
        if facilitators is not None:
            warnings = _set_facilitators(unit, workshop, facilitators, ctx.today())
        if partner_ids is not None:
            _set_partners(unit, workshop, partner_ids)
        return replace(_workshop_view(workshop, _theme_names(unit.db)), warnings=warnings)


def _validate_facilitators(facilitators: dict[int, int]) -> dict[int, int]:
    for minutes in facilitators.values():
        if not 0 <= minutes <= 24 * 60:
            raise RuleViolation(BAD_PREPARATION)
    return dict(facilitators)


def _replace_facilitators(unit: UnitOfWork, workshop: Workshop, facilitators: dict[int, int]) -> None:
    db = unit.db
    current = {
        f.member_id: f
        for f in db.exec(
            select(WorkshopFacilitator).where(WorkshopFacilitator.workshop_id == workshop.id)
        )
    }
    for member_id in facilitators:
        _get(db, Member, member_id, QT_TRANSLATE_NOOP("Errors", "This member does not exist."))
    for member_id, link in current.items():
        if member_id not in facilitators:
            db.delete(link)  # the audit entry keeps the picture of who facilitated
    for member_id, minutes in facilitators.items():
        link = current.get(member_id) or WorkshopFacilitator(workshop_id=workshop.id, member_id=member_id)
        link.preparation_minutes = minutes
        db.add(link)
    db.flush()


def _replace_partners(unit: UnitOfWork, workshop: Workshop, partner_ids: Iterable[int]) -> None:
    db = unit.db
    wanted = set(partner_ids)
    for partner_id in wanted:
        _get(db, Partner, partner_id, UNKNOWN_PARTNER)
    current = {
        link.partner_id: link
        for link in db.exec(select(WorkshopPartner).where(WorkshopPartner.workshop_id == workshop.id))
    }
    for partner_id, link in current.items():
        if partner_id not in wanted:
            db.delete(link)
    for partner_id in wanted - set(current):
        db.add(WorkshopPartner(workshop_id=workshop.id, partner_id=partner_id))
    db.flush()


def _set_facilitators(unit: UnitOfWork, workshop: Workshop, facilitators: dict[int, int],
                      today: date) -> tuple[SessionWarning, ...]:
    """Replace the facilitators of a saved workshop, credit their hours anew and audit the change (if any).
    Returns where a facilitator just added is booked elsewhere during a coming session."""
    before = _facilitator_minutes(unit.db, workshop.id)
    after = {str(k): v for k, v in facilitators.items()}
    if after == before:
        return ()
    _replace_facilitators(unit, workshop, facilitators)
    for row in unit.db.exec(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop.id)):
        _credit_hours(unit, row)
    unit.audit(
        "facilitators",
        "workshop",
        workshop.id,
        before={"facilitators": before},
        after={"facilitators": after},
    )
    added = [member_id for member_id in facilitators if str(member_id) not in before]
    return _booked_elsewhere(unit.db, workshop.id, added, today)


def _booked_elsewhere(db: Session, workshop_id: int, member_ids: list[int],
                      today: date) -> tuple[SessionWarning, ...]:
    """For each coming session of the workshop, the other activities ``member_ids`` are booked for then."""
    coming = sorted((row for row in _live_sessions(db, workshop_id) if row.day >= today),
                    key=lambda row: (row.day, row.start_time))
    return tuple(
        SessionWarning(BOOKED_ON_DAY, day=row.day, warning=warning)
        for row in coming for member_id in member_ids
        for warning in credits.booked_twice(db, member_id, row.day, row.start_time, row.end_time,
                                            besides=(TIME_SOURCE, row.id))
    )


def _set_partners(unit: UnitOfWork, workshop: Workshop, partner_ids: Iterable[int]) -> None:
    """Replace the partners of a saved workshop and audit the change (if any)."""
    wanted = sorted(set(partner_ids))
    current = sorted(
        unit.db.exec(
            select(WorkshopPartner.partner_id).where(WorkshopPartner.workshop_id == workshop.id)
        )
    )
    if wanted == current:
        return
    _replace_partners(unit, workshop, wanted)
    unit.audit("partners", "workshop", workshop.id, before={"partners": current}, after={"partners": wanted})
    unit.changed(Entity.PARTNER, tuple(set(current) ^ set(wanted)))  # its list shows the workshops done


def _facilitator_minutes(db: Session, workshop_id: int) -> dict[str, int]:
    return {
        str(f.member_id): f.preparation_minutes
        for f in db.exec(
            select(WorkshopFacilitator).where(WorkshopFacilitator.workshop_id == workshop_id)
        )
    }


# --- hours -------------------------------------------------------------------------------------------


def _credit_hours(unit: UnitOfWork, row: WorkshopSession) -> None:
    """Each facilitator is credited the session (once with their other activities at that time) and its
    preparation; a cancelled session, preparation only."""
    unit.db.flush()
    credits.resettle(unit, TIME_SOURCE, row.id)


# --- rooms -------------------------------------------------------------------------------------------


RoomView = rooms.RoomView


def list_rooms(ctx: Context) -> list[RoomView]:
    """The centre's rooms in use, for the pickers."""
    return rooms.list_rooms(ctx)


def suggest_session(ctx: Context, start: time, end: time) -> SessionDraft:
    """A new session's defaults: the next working day (no weekend, public holiday or closure) from
    ``start`` to ``end``, in the first room in use that is free then (no room when all are taken)."""
    with ctx.reading() as db:
        closures = set(
            db.exec(select(Closure.day).where(Closure.day > ctx.today(), Closure.cancelled.is_(False)))
        )
        closures |= holidays_off(db, (ctx.today().year, ctx.today().year + 1))
        day = rules.next_working_day(ctx.today(), closures.__contains__)
        free = (
            room.id
            for room in db.exec(select(Room).where(Room.active).order_by(Room.name))
            if rooms.is_free(db, room.id, day, start, end)
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


def _warnings(db: Session, workshop: Workshop, draft: SessionDraft,
              session_id: int | None = None) -> list[SessionWarning]:

    found: list[SessionWarning] = []
    if draft.day in holidays_off(db, (draft.day.year,)):
        found.append(SessionWarning(PUBLIC_HOLIDAY, day=draft.day))
    if db.exec(select(Closure.id).where(Closure.day == draft.day, Closure.cancelled.is_(False))).first():
        found.append(SessionWarning(CLOSED_DAY, day=draft.day))
    if draft.room_id is not None:
        room = db.get(Room, draft.room_id)
        if room is not None and workshop.capacity > room.capacity:
            found.append(
                SessionWarning(
                    ABOVE_ROOM, capacity=workshop.capacity, room=room.name, room_capacity=room.capacity
                )
            )
    for link, member in db.exec(
        select(WorkshopFacilitator, Member)
        .join(Member, Member.id == WorkshopFacilitator.member_id)
        .where(WorkshopFacilitator.workshop_id == workshop.id)
    ):
        if db.exec(
            select(Absence.id).where(
                Absence.member_id == member.id,
                Absence.first_day <= draft.day,
                Absence.last_day >= draft.day,
                Absence.cancelled.is_(False),
            )
        ).first():
            found.append(SessionWarning(FACILITATOR_ABSENT, name=member.name))
        found.extend(credits.booked_twice(db, member.id, draft.day, draft.start, draft.end,
                                          besides=(TIME_SOURCE, session_id), warning=SessionWarning))
    return found


def session_warnings(ctx: Context, workshop_id: int, draft: SessionDraft) -> list[SessionWarning]:
    """What is worth telling before planning ``draft`` (the dialog shows it as you type)."""
    with ctx.reading() as db:
        return _warnings(db, _get(db, Workshop, workshop_id, UNKNOWN_WORKSHOP), draft)


# --- sessions ----------------------------------------------------------------------------------------


def _validate_session(draft: SessionDraft) -> SessionDraft:
    rules.validate_times(draft.start, draft.end)
    return draft


def _plan(ctx: Context, workshop_id: int, drafts: list[SessionDraft]) -> PlanResult:
    with ctx.writing() as unit:
        workshop = _get(unit.db, Workshop, workshop_id, UNKNOWN_WORKSHOP, lock=True)
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
        for row in rows:
            _credit_hours(unit, row)
            unit.audit("plan", "workshop_session", row.id, after=row)
        unit.changed(Entity.WORKSHOP, (workshop_id,))  # its list shows the sessions planned
        return PlanResult(tuple(_session_views(unit.db, rows)), tuple(warnings))


def add_session(ctx: Context, workshop_id: int, draft: SessionDraft) -> PlanResult:
    """Plan one session; a room booked at that time is refused, the rest comes as warnings."""
    return _plan(ctx, workshop_id, [_validate_session(draft)])


def add_series(
    ctx: Context,
    workshop_id: int,
    first: SessionDraft,
    *,
    every_weeks: int = 1,
    count: int = 1,
    dates: Iterable[date] | None = None,
) -> PlanResult:
    """Plan a series: ``count`` sessions every week or fortnight from ``first.day``, or on chosen ``dates``.

    All or nothing: one room conflict refuses the whole series.
    """
    _validate_session(first)
    days = (
        rules.chosen_dates(dates)
        if dates is not None
        else rules.series_dates(first.day, every_weeks=every_weeks, count=count)
    )
    drafts = [SessionDraft(day, first.start, first.end, first.room_id, first.notes) for day in days]
    return _plan(ctx, workshop_id, drafts)


def update_session(
    ctx: Context, session_id: int, draft: SessionDraft, *, following: bool = False
) -> PlanResult:
    """Change one session, or (``following``) it and the later sessions of its series.

    The later ones move by as many days as this one and take its times, room and notes.
    """
    _validate_session(draft)
    with ctx.writing() as unit:
        row = _get(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == "cancelled":
            raise NotAllowed(SESSION_CANCELLED)
        workshop = _get(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP)
        shift = draft.day - row.day
        targets = [row]
        if following and row.series_id is not None:
            targets = sorted(
                unit.db.exec(
                    select(WorkshopSession).where(
                        WorkshopSession.series_id == row.series_id,
                        WorkshopSession.day >= row.day,
                        WorkshopSession.status == "planned",
                    )
                ),
                key=lambda r: r.day,
            )
        exclude = {target.id for target in targets}
        drafts = [
            SessionDraft(target.day + shift, draft.start, draft.end, draft.room_id, draft.notes.strip())
            for target in targets
        ]
        for target, new in zip(targets, drafts):
            _check_room(unit.db, new, exclude, target.room_id)
        warnings: list[SessionWarning] = []
        for target, new in zip(targets, drafts):
            before = target.model_dump()
            target.day, target.start_time, target.end_time = new.day, new.start, new.end
            target.room_id, target.notes = new.room_id, new.notes
            warnings.extend(_warnings(unit.db, workshop, new, target.id))
            unit.db.flush()
            _credit_hours(unit, target)
            unit.audit("edit", "workshop_session", target.id, before=before, after=target)
        unit.changed(Entity.WORKSHOP, (workshop.id,))
        return PlanResult(tuple(_session_views(unit.db, targets)), tuple(warnings))


def cancel_session(ctx: Context, session_id: int) -> list[RegistrationView]:
    """Cancel a session; returns the people registered (confirmed or waiting), so that someone tells them.

    The facilitators keep their preparation time.
    """
    with ctx.writing() as unit:
        row = _get(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == "cancelled":
            raise NotAllowed(SESSION_CANCELLED)
        before = row.model_dump()
        row.status = "cancelled"
        unit.db.flush()
        _credit_hours(unit, row)
        unit.audit("cancel", "workshop_session", row.id, before=before, after=row)
        unit.changed(Entity.WORKSHOP, (row.workshop_id,))
        return [_registration_view(r) for r in _active_registrations(unit.db, row.id)]


def sessions_between(
    ctx: Context, first: date, last: date, *, include_cancelled: bool = True
) -> list[SessionView]:
    """Every session from ``first`` to ``last`` included, in order (the calendar and the exports)."""
    with ctx.reading() as db:
        query = select(WorkshopSession).where(WorkshopSession.day >= first, WorkshopSession.day <= last)
        if not include_cancelled:
            query = query.where(WorkshopSession.status != "cancelled")
        return _session_views(db, list(db.exec(query)))


def month_sessions(ctx: Context, year: int, month: int) -> list[SessionView]:
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return sessions_between(ctx, first, last)


def get_session(ctx: Context, session_id: int) -> SessionView:
    with ctx.reading() as db:
        return _session_views(db, [_get(db, WorkshopSession, session_id, UNKNOWN_SESSION)])[0]


def _live_sessions(db: Session, workshop_id: int) -> list[WorkshopSession]:
    return list(
        db.exec(
            select(WorkshopSession).where(
                WorkshopSession.workshop_id == workshop_id, WorkshopSession.status == "planned"
            )
        )
    )


# --- registrations -----------------------------------------------------------------------------------


def _active_registrations(db: Session, session_id: int) -> list[Registration]:
    return list(
        db.exec(
            select(Registration)
            .where(Registration.session_id == session_id, Registration.status != "cancelled")
            .order_by(Registration.seq)
        )
    )


def _reallocate(unit: UnitOfWork, workshop: Workshop, row: WorkshopSession) -> list[Registration]:
    """Move waiting people up as far as places allow (nobody confirmed loses a place); who moved up.

    Each promotion notifies the facilitators (no personal data in the notice).
    """
    registrations = _active_registrations(unit.db, row.id)
    stored = rules.Allocation(
        tuple(r.id for r in registrations if r.status == "confirmed"),
        tuple(r.id for r in registrations if r.status == "waiting"),
    )
    after = rules.allocate(
        workshop.capacity, (rules.Registration(r.id, r.places, r.seq) for r in registrations)
    )
    promoted_ids = set(rules.newly_promoted(stored, after))
    promoted = [r for r in registrations if r.id in promoted_ids]
    facilitator_ids = [
        f.member_id
        for f in unit.db.exec(
            select(WorkshopFacilitator).where(WorkshopFacilitator.workshop_id == workshop.id)
        )
    ]
    # One notice per promotion: to the facilitator, or to everyone when several (or none) facilitate.
    told = facilitator_ids[0] if len(facilitator_ids) == 1 else None
    for registration in promoted:
        registration.status = "confirmed"
        unit.audit("promote", "registration", registration.id, after=_audit_picture(registration))
        reminders.waiting_list_promoted(
            unit, member_id=told, participant_id=registration.id, title=workshop.title, day=row.day
        )
    unit.db.flush()
    return promoted


def _audit_picture(row: Registration) -> dict:
    """What the audit log keeps of a registration: never the name or the phone (they are to be forgotten)."""
    return {
        "id": row.id,
        "session_id": row.session_id,
        "places": row.places,
        "status": row.status,
        "attended": row.attended,
        "erased": row.erased,
    }


def list_registrations(
    ctx: Context, session_id: int, *, include_cancelled: bool = False
) -> list[RegistrationView]:
    """A session's registrations, first come first, the waiting list after the confirmed."""
    with ctx.reading() as db:
        query = select(Registration).where(Registration.session_id == session_id).order_by(Registration.seq)
        rows = [r for r in db.exec(query) if include_cancelled or r.status != "cancelled"]
        order = {"confirmed": 0, "waiting": 1, "cancelled": 2}
        return [_registration_view(r) for r in sorted(rows, key=lambda r: (order[r.status], r.seq))]


def register(ctx: Context, session_id: int, name: str, phone: str = "", places: int = 1) -> RegisterResult:
    """Register someone (first name or pseudonym, maybe a phone): confirmed if the places fit, else waiting."""
    name = _clean(name)
    phone = rules.normalise_phone(phone)
    rules.validate_places(places)
    with ctx.writing() as unit:
        row = _get(
            unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True
        )  # serialises the places
        if row.status == "cancelled":
            raise NotAllowed(SESSION_CANCELLED)
        workshop = _get(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP)
        seq = (
            unit.db.exec(
                select(func.coalesce(func.max(Registration.seq), 0)).where(
                    Registration.session_id == session_id
                )
            ).one()
            + 1
        )
        registration = Registration(
            session_id=session_id,
            name=name,
            phone=phone,
            places=places,
            seq=seq,
            created_at=ctx.now(),
            status="waiting",
        )
        unit.add(registration)
        existing = _active_registrations(unit.db, session_id)
        allocation = rules.allocate(
            workshop.capacity, (rules.Registration(r.id, r.places, r.seq) for r in existing)
        )
        if registration.id in allocation.confirmed:
            registration.status = "confirmed"
        unit.db.flush()
        unit.audit("register", "registration", registration.id, after=_audit_picture(registration))
        return RegisterResult(_registration_view(registration), registration.status == "waiting")


def cancel_registration(ctx: Context, registration_id: int) -> list[RegistrationView]:
    """Cancel a registration; the waiting people it lets in, so that the facilitators tell them."""
    with ctx.writing() as unit:
        registration = _get(unit.db, Registration, registration_id, UNKNOWN_REGISTRATION)
        row = _get(unit.db, WorkshopSession, registration.session_id, UNKNOWN_SESSION, lock=True)
        unit.db.refresh(registration)
        if registration.status == "cancelled":
            raise NotAllowed(REGISTRATION_CANCELLED)
        before = _audit_picture(registration)
        registration.status = "cancelled"
        unit.db.flush()
        unit.audit(
            "cancel", "registration", registration.id, before=before, after=_audit_picture(registration)
        )
        promoted = []
        if row.status == "planned":
            promoted = _reallocate(unit, _get(unit.db, Workshop, row.workshop_id, UNKNOWN_WORKSHOP), row)
        return [_registration_view(r) for r in promoted]


def record_attendance(
    ctx: Context, session_id: int, attended: dict[int, bool], count: int | None = None
) -> SessionView:
    """After the session: who came (registration id → came) and the number of people there.

    ``count`` defaults to the places of those who came; walk-ins make it larger. The session is held.
    """
    if count is not None and count < 0:
        raise RuleViolation(BAD_ATTENDANCE)
    with ctx.writing() as unit:
        row = _get(unit.db, WorkshopSession, session_id, UNKNOWN_SESSION, lock=True)
        if row.status == "cancelled":
            raise NotAllowed(SESSION_CANCELLED)
        if row.day > ctx.today():
            raise NotAllowed(NOT_YET_HELD)
        before = row.model_dump()
        registrations = {r.id: r for r in _active_registrations(unit.db, session_id)}
        for registration_id, came in attended.items():
            registration = registrations.get(registration_id)
            if registration is None:
                raise NotFound(UNKNOWN_REGISTRATION)
            registration.attended = came
        came_places = sum(r.places for r in registrations.values() if r.attended)
        row.attendance_count = came_places if count is None else count
        row.status = "held"
        unit.db.flush()
        _credit_hours(unit, row)
        unit.audit("attendance", "workshop_session", row.id, before=before, after=row)
        unit.changed(Entity.REGISTRATION, tuple(attended))  # marked came or not, audited with the session
        return _session_views(unit.db, [row])[0]


# --- privacy -----------------------------------------------------------------------------------------


Group = tuple[str, int, int]  # ("workshop", year, workshop id) or ("theme", year, theme id or 0)


def _known_people(db: Session, years: Collection[int]) -> dict[Group, set[tuple[str, str]]]:
    """The people still known by name who came to the held sessions of those years, by workshop and theme."""
    people: dict[Group, set[tuple[str, str]]] = {}
    if not years:
        return people
    came = (
        select(WorkshopSession.day, WorkshopSession.workshop_id, Workshop.theme_id, Registration.name,
               Registration.phone)
        .join(WorkshopSession, WorkshopSession.id == Registration.session_id)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(WorkshopSession.status == "held", Registration.attended.is_(True),
               Registration.erased.is_(False), WorkshopSession.day >= date(min(years), 1, 1),
               WorkshopSession.day <= date(max(years), 12, 31))
    )
    for day, workshop_id, theme_id, name, phone in db.exec(came):
        if day.year in years:
            person = (name.casefold(), phone)
            people.setdefault(("workshop", day.year, workshop_id), set()).add(person)
            people.setdefault(("theme", day.year, theme_id or 0), set()).add(person)
    return people


def _tallies(db: Session, year: int) -> dict[Group, int]:
    rows = db.exec(select(ParticipantTally).where(ParticipantTally.year == year))
    return {(row.scope, row.year, row.ref_id): row.people for row in rows}


def add_to_tallies(db: Session, counts: dict[Group, int]) -> None:
    """Add people no longer known by name to the yearly counts (the demo writes its own erased rows)."""
    for (scope, year, ref_id), people in counts.items():
        row = db.exec(
            select(ParticipantTally)
            .where(ParticipantTally.year == year, ParticipantTally.scope == scope,
                   ParticipantTally.ref_id == ref_id)
            .with_for_update()
        ).first() or ParticipantTally(year=year, scope=scope, ref_id=ref_id)
        row.people += people
        db.add(row)
    db.flush()


def _erase(db: Session, rows: Sequence[Registration]) -> None:
    """Erase names and phones, first counting the people who stop being known by name.

    A person who came three times in a year counts once: what the erasure takes away from the people
    still known by name, of each workshop and theme of each year, goes to the tallies.
    """
    session_ids = {row.session_id for row in rows}
    years = {day.year for day in db.exec(
        select(WorkshopSession.day).where(WorkshopSession.id.in_(session_ids)))} if rows else set()
    before = _known_people(db, years)
    for row in rows:
        row.name, row.phone, row.erased = "", "", True
    db.flush()
    after = _known_people(db, years)
    gone = {group: len(people) - len(after.get(group, ())) for group, people in before.items()}
    add_to_tallies(db, {group: count for group, count in gone.items() if count})


def erase_expired_participants(ctx: Context, today: date) -> int:
    """Erase names and phones of registrations to sessions older than the retention period; how many.

    The places, statuses and attendance counts stay (anonymous). Idempotent: for the scheduler.
    """
    cutoff = rules.retention_cutoff(today, int(settings.get(ctx, "participant_retention_months")))
    with ctx.writing() as unit:
        rows = list(
            unit.db.exec(
                select(Registration)
                .join(WorkshopSession, WorkshopSession.id == Registration.session_id)
                .where(WorkshopSession.day < cutoff, Registration.erased.is_(False))
            )
        )
        _erase(unit.db, rows)
        if rows:
            unit.audit(
                "erase_expired",
                "registration",
                None,
                after={"count": len(rows), "before": cutoff.isoformat()},
            )
        return len(rows)


def _same_person(db: Session, name: str, phone: str) -> list[Registration]:
    query = select(Registration).where(
        func.lower(Registration.name) == name.lower(), Registration.erased.is_(False)
    )
    if phone:
        query = query.where(Registration.phone == phone)
    return list(db.exec(query.order_by(Registration.id)))


def forget_participant(ctx: Context, name: str, phone: str = "") -> int:
    """Erase one person everywhere (their name, and their phone when given); how many registrations."""
    name, phone = _clean(name), rules.normalise_phone(phone)
    with ctx.writing() as unit:
        rows = _same_person(unit.db, name, phone)
        _erase(unit.db, rows)
        unit.audit("forget", "registration", None, after={"count": len(rows)})
        return len(rows)


def export_participant(ctx: Context, name: str, phone: str = "") -> str:
    """Everything Cercle holds about one person (their right of access), as JSON text."""
    name, phone = _clean(name), rules.normalise_phone(phone)
    with ctx.reading() as db:
        rows = _same_person(db, name, phone)
        sessions = {
            s.id: s
            for s in _session_views(db, [db.get(WorkshopSession, r.session_id) for r in rows])
        }
        data = {
            "name": name,
            "phone": phone,
            "registrations": [
                {
                    "workshop": sessions[r.session_id].title,
                    "day": sessions[r.session_id].day.isoformat(),
                    "start": sessions[r.session_id].start.strftime("%H:%M"),
                    "name": r.name,
                    "phone": r.phone,
                    "places": r.places,
                    "status": r.status,
                    "attended": r.attended,
                    "registered_at": r.created_at.isoformat(),
                }
                for r in rows
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=2)


# --- partners ----------------------------------------------------------------------------------------


def _partner_view(partner: Partner, workshops: tuple[str, ...] = ()) -> PartnerView:
    return PartnerView(
        partner.id,
        partner.name,
        partner.kind,
        partner.contact_person,
        partner.phone,
        partner.email,
        partner.notes,
        partner.active,
        workshops,
    )


def _validate_partner(draft: PartnerDraft) -> PartnerDraft:
    return PartnerDraft(
        _clean(draft.name),
        draft.kind.strip(),
        draft.contact_person.strip(),
        rules.normalise_phone(draft.phone),
        draft.email.strip(),
        draft.notes.strip(),
    )


def list_partners(ctx: Context, *, include_inactive: bool = False) -> list[PartnerView]:
    """The partners directory, each with the titles of its workshops."""
    with ctx.reading() as db:
        titles: dict[int, list[str]] = {}
        for partner_id, title in db.exec(
            select(WorkshopPartner.partner_id, Workshop.title)
            .join(Workshop, Workshop.id == WorkshopPartner.workshop_id)
            .order_by(Workshop.title)
        ):
            titles.setdefault(partner_id, []).append(title)
        return sorted(
            (_partner_view(p, tuple(titles.get(p.id, ()))) for p in db.exec(select(Partner))
             if include_inactive or p.active),
            key=lambda p: name_key(p.name))


def _check_partner_name(db: Session, name: str, partner_id: int | None) -> None:
    query = select(Partner.id).where(func.lower(Partner.name) == name.lower())
    if partner_id is not None:
        query = query.where(Partner.id != partner_id)
    if db.exec(query).first() is not None:
        raise RuleViolation(DUPLICATE_PARTNER, name=name)


def add_partner(ctx: Context, draft: PartnerDraft) -> PartnerView:
    draft = _validate_partner(draft)
    with ctx.writing() as unit:
        _check_partner_name(unit.db, draft.name, None)
        partner = unit.add(Partner(**draft.__dict__))
        unit.audit("add", "partner", partner.id, after=partner)
        return _partner_view(partner)


def update_partner(ctx: Context, partner_id: int, draft: PartnerDraft, *, active: bool = True) -> PartnerView:
    draft = _validate_partner(draft)
    with ctx.writing() as unit:
        partner = _get(unit.db, Partner, partner_id, UNKNOWN_PARTNER, lock=True)
        _check_partner_name(unit.db, draft.name, partner_id)
        before = partner.model_dump()
        for key, value in draft.__dict__.items():
            setattr(partner, key, value)
        partner.active = active
        unit.db.flush()
        unit.audit("edit", "partner", partner.id, before=before, after=partner)
        return _partner_view(partner)


# --- yearly summary ----------------------------------------------------------------------------------


def yearly_summary(ctx: Context, year: int) -> tuple[list[SummaryLine], list[SummaryLine]]:
    """Per workshop and per theme: sessions held, participants (anonymous counts), different people
    (those still known by name, plus those counted when their names were erased), partners.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.reading() as db:
        themes = _theme_names(db)
        held = list(
            db.exec(
                select(WorkshopSession).where(
                    WorkshopSession.day >= first,
                    WorkshopSession.day <= last,
                    WorkshopSession.status == "held",
                )
            )
        )
        workshops = {w.id: w for w in db.exec(select(Workshop))}
        partners: dict[int, set[str]] = {}
        for workshop_id, name in db.exec(
            select(WorkshopPartner.workshop_id, Partner.name).join(
                Partner, Partner.id == WorkshopPartner.partner_id
            )
        ):
            partners.setdefault(workshop_id, set()).add(name)
        known = _known_people(db, {year})
        tallies = _tallies(db, year)

    def line(label: str, group: Group, workshop_ids: set[int]) -> SummaryLine:
        rows = [row for row in held if row.workshop_id in workshop_ids]
        return SummaryLine(
            label=label,
            sessions_held=len(rows),
            participants=sum(row.attendance_count or 0 for row in rows),
            unique_participants=tallies.get(group, 0) + len(known.get(group, ())),
            partners=tuple(sorted(set().union(*(partners.get(w, set()) for w in workshop_ids)))),
        )

    active_ids = {row.workshop_id for row in held}
    by_workshop = [
        line(workshops[w].title, ("workshop", year, w), {w})
        for w in sorted(active_ids, key=lambda w: workshops[w].title)
    ]
    by_theme_ids: dict[int, set[int]] = {}
    for w in active_ids:
        by_theme_ids.setdefault(workshops[w].theme_id or 0, set()).add(w)
    by_theme = sorted(
        (line(themes.get(theme_id, ""), ("theme", year, theme_id), ids)
         for theme_id, ids in by_theme_ids.items()),
        key=lambda summary: summary.label,
    )
    return by_workshop, by_theme
